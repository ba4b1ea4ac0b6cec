"""Understanding: how long the problem has lasted, in words the duration patterns lacked.

Each case is a paraphrase of a class of phrasing, not a sentence of the annotated set.
"""

from __future__ import annotations

import pytest

from twitchcheck.understanding import understand
from twitchcheck.understanding.text import clean_text


def course(text: str) -> set[str]:
    found = understand(clean_text(text)).findings
    return {f for f in ("short_duration", "over_three_weeks", "long_duration", "sudden_onset") if f in found}


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday written short
    ("my upper lid has twitched since weds", {"short_duration"}),
    ("cheek flickering, started on fri", {"short_duration"}),
    # the whole week
    ("her lower lid has been jumping all week", {"short_duration"}),
    # "been going" and "going on" without "for"
    ("the jerking has been going 10 minutes", {"short_duration", "sudden_onset"}),
    ("my lid has been twitching, going on 7 months now", {"over_three_weeks", "long_duration"}),
    # since a time of the day
    ("numb lips and twitching cheek since 0700", {"short_duration", "sudden_onset"}),
    ("my mouth has drooped since 9am", {"short_duration", "sudden_onset"}),
])
def test_durations_in_short_forms(text, expected):
    assert course(text) == expected


@pytest.mark.parametrize("text", [
    "I sat down and my eye twitched",
    "my eye twitches when I sit in the sun",
])
def test_words_that_are_no_weekday(text):
    assert course(text) == set()


def test_a_year_is_no_time_of_the_day():
    assert course("my eyelid has twitched since 2016") == {"over_three_weeks", "long_duration"}


def statuses(text: str) -> dict[str, str]:
    return {finding: mention.status for finding, mention in understand(clean_text(text)).findings.items()}


# A clinician's note names who saw it without a possessive or after "per".
@pytest.mark.parametrize("text", [
    "Twitching of L lower lid, continues during sleep per wife.",
    "R cheek spasms. Husband reports they go on in his sleep.",
    "her mum is telling me she twitches in her sleep",
])
def test_who_saw_it_in_a_note(text):
    assert statuses(text).get("persists_in_sleep") == "reported_by_other"


# Nothing while asleep denies it; a movement "without pauses" is not denied.
@pytest.mark.parametrize("text", [
    "When she sleeps, nothing.",
    "while he is asleep it's gone",
])
def test_nothing_in_sleep(text):
    assert statuses(text).get("persists_in_sleep") == "absent"


def test_a_movement_without_pauses_that_goes_on_in_sleep():
    found = statuses("rippling of the cheek all day without pauses, and it continues in sleep")
    assert found.get("persists_in_sleep") == "present"


# A clinician names the muscle: the orbicularis oculi is the eye, the perioral muscles the mouth, with
# the side as a letter.
@pytest.mark.parametrize(("text", "finding", "side", "site"), [
    ("55F, 2/12 twitching R orbicularis oculi, intermittent", "eyelid_twitching", "right", "eye"),
    ("Myokymia of L perioral muscles, continuous, 4/52", "lower_face_twitching", "left", "mouth_corner"),
    ("fasciculation in the R orbicularis oris on and off", "lower_face_twitching", "right", "mouth_corner"),
])
def test_muscles_named_in_a_note(text, finding, side, site):
    result = understand(clean_text(text))
    assert result.findings[finding].status == "present"
    assert result.attributes.side == side
    assert site in result.attributes.sites
