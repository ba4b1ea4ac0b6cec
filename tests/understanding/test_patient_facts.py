"""Understanding: the patient's age and sex as people state them."""

from __future__ import annotations

import pytest

from twitchcheck.understanding import understand
from twitchcheck.understanding.text import clean_text


@pytest.mark.parametrize(("text", "subject", "age", "sex"), [
    # translated ages: "a man of 50 years"
    ("I am a woman of 38 years and my lid jumps all day.", "writer", 38, "female"),
    ("Man of 62 years, my cheek twitches since one month.", "writer", 62, "male"),
    # a decade with a sex letter after a comma or slash
    ("Mid 40s, M. My eyelid flutters in the evening.", "writer", 45, "male"),
    ("late 20s / f - my eye has twitched for a week", "writer", 28, "female"),
    # the writer saying who they are to a relative named first
    ("My daughter has Tourette's. Now I (her dad, 52) have a jumpy eyelid.", "writer", 52, "male"),
    ("Our boy has Tourette's. And me, his mother, I now have a twitching lid.", "writer", None, "female"),
    # breastfeeding and pregnancy are the writer's unless a relative is named before them
    ("My eye twitches. Can I take magnesium while breastfeeding?", "writer", None, "female"),
    ("My eye twitches since I gave birth in May.", "writer", None, "female"),
    ("My wife is pregnant and I sleep badly. My eye twitches.", "writer", None, None),
])
def test_age_and_sex(text, subject, age, sex):
    patient = understand(clean_text(text)).patient
    assert (patient.subject, patient.age, patient.sex) == (subject, age, sex)


@pytest.mark.parametrize(("text", "relation"), [
    # someone named for their job, who gives an opinion, is not the patient
    ("My dad's left arm went weak this morning. My neighbour is a paramedic and says it's probably a trapped nerve.",
     "dad"),
    ("My eyelid jumps all day. My cousin is a GP and she thinks it's stress.", None),
    ("Her mouth pulls to the right since Friday. My friend, who is a nurse, says Bell's palsy.", None),
])
def test_someone_named_for_their_job_is_not_the_patient(text, relation):
    patient = understand(clean_text(text)).patient
    assert patient.relation == relation


@pytest.mark.parametrize("text", ["I'm 34, x5 and 12 years old", "a 5 yo and a 7yo", "12345 years old, 45F", "ab12 yo 23 yo",
                                  "Mr 45m", "he is (45) and 46f", "F34 - 30-ish", "34, male, 40ish", "no number here",
                                  "MY 61 YEAR OLD MUM", "Straße 42 years old"])
def test_an_age_pattern_that_begins_with_a_number_is_tried_where_numbers_begin(text):
    """The numbers-only fast path finds the first match a search finds."""
    from twitchcheck.understanding.patient import _NUMBER, _NUMBER_FIRST

    starts = [number.start() for number in _NUMBER.finditer(text)]
    for pattern in _NUMBER_FIRST:
        fast = next(filter(None, (pattern.match(text, start) for start in starts)), None)
        searched = pattern.search(text)
        assert (fast and fast.span(), fast and fast.groups()) == (searched and searched.span(),
                                                                   searched and searched.groups()), pattern.pattern
