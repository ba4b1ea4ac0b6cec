"""Attributes of the complaint and the course findings derived from them: side, sites, how long."""

from __future__ import annotations

import pytest

from twitchcheck.understanding import understand
from twitchcheck.understanding.text import clean_text


def read(text: str):
    return understand(clean_text(text))


@pytest.mark.parametrize(("text", "expected"), [
    # a limb's side is not the side of the face
    ("My eyelid keeps twitching. My left leg has felt weaker for a week, or maybe I imagine it.", None),
    ("Twitches everywhere, calves and back, and my right hand seems clumsier than it was.", None),
    # a past problem elsewhere does not place the twitch
    ("My eyelid flutters. Two years ago my right arm went numb for a day and then recovered.", None),
    # the direction a head or neck turns is not a side of the face; the direction a mouth is pulled is
    ("Since this morning my head keeps turning to the right and my tongue sticks out.", None),
    ("Sometimes the corner of my mouth is dragged to the left for a few seconds.", "left"),
    # an ability that denies a problem places nothing
    ("My eyelid is jumping. I can shut both eyes fine and my smile is even.", None),
    # both lids, with the lid named
    ("Every evening both of my lower lids flicker.", "both"),
    ("In the afternoons both my upper eyelids sag.", "both"),
    # a side named in a fragment of its own still counts
    ("my eyelid twitches nonstop. right bottom lid. what is it", "right"),
])
def test_side_of_the_face(text, expected):
    assert read(text).attributes.side == expected
