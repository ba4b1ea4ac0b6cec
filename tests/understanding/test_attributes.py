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


def _course(text: str) -> dict[str, str]:
    return {finding: mention.status for finding, mention in read(text).findings.items()}


@pytest.mark.parametrize(("text", "finding", "status"), [
    # a side named for the complaint, even in a fragment of its own
    ("my eyelid flutters. left upper lid.", "one_side_only", "present"),
    ("The lower lid under my right eye has been quivering.", "one_side_only", "present"),
    # a side is as certain as the movement it places
    ("My boyfriend says that when I laugh, my left eye narrows.", "one_side_only", "reported_by_other"),
    # plural eyes or lids doing the movement are both eyes
    ("my eyes keep blinking all the time", "both_eyes", "present"),
    ("her lids keep drooping by the evening", "both_eyes", "present"),
    # never both at once denies both eyes
    ("it jumps in one eye or the other but never both at once", "both_eyes", "absent"),
    ("The twitch picks the left or the right eye, never both together.", "both_eyes", "absent"),
])
def test_where_the_complaint_is(text, finding, status):
    assert _course(text).get(finding) == status


@pytest.mark.parametrize("text", [
    # a singular eye or lid does not say which side, or that only one is affected
    "my eyelid keeps jumping for days",
    "his eye twitches all day, what is it",
    # twitching that moves between the eyes is not on one side only
    "Sometimes my left eye twitches, sometimes the right one.",
    "The flutter moves from one eye to the other every few days, left then right.",
])
def test_not_one_side_only(text):
    assert "one_side_only" not in _course(text)
