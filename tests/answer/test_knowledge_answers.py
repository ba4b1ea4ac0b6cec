"""Medical statements in answers that fit the person: a lip twitch is not treated as an eyelid twitch, a
question about Botox over the years gets the long-run answer, a worry about blindness is answered. All texts
here are our own."""

from __future__ import annotations

import re

import pytest

from twitchcheck import consult


def section(text: str, heading: str) -> str:
    """The lines under ``heading`` up to the next blank line."""
    match = re.search(rf"^{re.escape(heading)}\n(.*?)(?:\n\n|\Z)", text, re.S | re.M)
    return match.group(1) if match else ""


def warning_signs(text: str) -> str:
    """The list of signs to act on, whatever its heading ("See a doctor sooner if", "Get help sooner if")."""
    match = re.search(r"^[^\n]*sooner if\n(.*?)(?:\n\n|\Z)", text, re.S | re.M)
    assert match, "no warning signs"
    return match.group(1)


def test_a_lip_twitch_is_not_named_or_treated_as_an_eyelid_twitch():
    result = consult("My upper lip on the left has been twitching for three days. What treatment is there for it?")
    leading = section(result.answer_text, "What it most likely is")
    assert "eyelid" not in leading.split(".")[0].lower()
    treatment = next(a for a in result.answers if a.intent == "treatment")
    assert "drops" not in treatment.text and "eyelid injection" not in treatment.text

@pytest.mark.parametrize("text", [
    "Do Botox shots for blepharospasm lose their effect after years of treatment?",
    "I've had botox for hemifacial spasm for 8 years. Will the injections lose their effect at some point?",
])
def test_a_question_about_botox_in_the_long_run_gets_the_long_run_answer(text):
    treatment = next(a for a in consult(text).answers if a.intent == "treatment")
    assert "does not usually stop working" in treatment.text

def test_blindness_is_answered_for_blepharospasm():
    result = consult("My mother is 70. Both her eyes keep squeezing shut, more and more over three years, worse in "
                     "bright light. Will she go blind?")
    assert result.differential[0].condition == "blepharospasm"
    assert "does not harm the eyes or the sight" in result.answer_text


@pytest.mark.parametrize("text", [
    "Twenty minutes ago the left side of my mum's face drooped and her speech is slurred. Is it Bell's palsy?",
    "My mum's face just dropped on one side and her speech is slurred, it started ten minutes ago.",
])
def test_bells_palsy_is_never_described_as_not_a_stroke(text):
    assert "It is not a stroke" not in consult(text).answer_text


def test_an_emergency_outside_our_field_says_when_to_call_an_ambulance():
    result = consult("My brother has sudden crushing chest pain spreading to his jaw and he is sweating. What do we do?")
    assert result.triage.level == "emergency_ambulance"
    assert "heart attack" in result.answer_text


@pytest.mark.parametrize("text", [
    "My dad has had burning pain in his right ear for two days, now blisters in the ear and his face droops on that "
    "side. What should we do?",
    "Painful blisters came up inside my left ear yesterday and today the left side of my face is weak.",
])
def test_a_palsy_with_ear_blisters_is_described_as_ramsay_hunt(text):
    leading = section(consult(text).answer_text, "What it most likely is")
    assert leading.startswith("Ramsay Hunt syndrome")
    assert "shingles" in leading


@pytest.mark.parametrize("text", [
    "My uncle is 60 and has been on haloperidol for years. For a few months he has been smacking his lips and "
    "chewing with nothing in his mouth. What treatment is there?",
    "For two years on risperidone my brother has been grimacing, and his tongue moves around in his mouth all day. "
    "What treatment helps?",
])
def test_tardive_movements_get_the_words_and_treatments_of_tardive_dyskinesia(text):
    result = consult(text)
    assert result.differential[0].condition == "drug_induced_dyskinesia"
    treatment = next(a for a in result.answers if a.intent == "treatment")
    assert "acute dystonic reaction" not in treatment.text
    assert "Do not wait for an acute reaction" not in result.answer_text


@pytest.mark.parametrize("text", [
    "I came off my bike last week and banged my head. Since then my left lower lid flickers. Could the fall cause it?",
    "I banged my head last week and now my eyelid twitches. Could the accident have caused it?",
])
def test_a_recent_knock_to_the_head_is_not_answered_as_years_ago(text):
    trauma = next(a for a in consult(text).answers if a.intent == "cause" and a.about == "trauma")
    assert "years later" not in trauma.text


@pytest.mark.parametrize("text", [
    "I'm 35 and for five months my left eye and cheek spasm together. What is it?",
    "I am 58. My right eye has been closing by itself and my mouth pulls up with it for a year. Is it serious?",
])
def test_warning_signs_are_things_to_watch_for_not_facts_of_the_history(text):
    signs = warning_signs(consult(text).answer_text)
    assert "before the age of 40" not in signs and "began in the cheek" not in signs


@pytest.mark.parametrize("text", [
    "My son is 9 and for three weeks his cheek has a constant wriggling under the skin. How soon should he be seen?",
    "Our 12 year old daughter has had a rippling under the skin of her cheek that never stops, for a month.",
])
def test_a_child_is_not_warned_about_being_a_child(text):
    assert "child or teenager" not in warning_signs(consult(text).answer_text)


def test_steroids_are_found_for_a_question_about_medicines_for_bells_palsy():
    result = consult("Since this morning the right side of my face is weak, forehead too, nothing else. Would "
                     "steroid tablets help?")
    treatment = next(a for a in result.answers if a.intent == "treatment")
    assert "prednisolone" in treatment.text


def signs_or_none(text: str) -> str:
    match = re.search(r"^[^\n]*sooner if\n(.*?)(?:\n\n|\Z)", text, re.S | re.M)
    return match.group(1) if match else ""


@pytest.mark.parametrize("text, already", [
    ("For a year my left eye and cheek have twitched together, and now the left side of my face has gone weaker and "
     "my hearing on the left is worse.", "weak or numb"),
    ("My son is 9. For three weeks his right cheek has had a constant wriggling under the skin that never stops, and "
     "this week he stumbles and his speech is thick. How soon should he be seen?", "unsteadiness"),
])
def test_a_warning_sign_the_person_already_has_and_the_advice_acted_on_is_not_repeated(text, already):
    result = consult(text)
    assert result.triage.level == "consultation_24"
    assert already not in signs_or_none(result.answer_text)


def test_every_warning_sign_names_known_findings():
    from twitchcheck.knowledge.loader import knowledge

    kb = knowledge()
    for condition in kb.conditions.values():
        for sign in [*condition.red_flags, *(s for p in condition.presentations for s in p.red_flags)]:
            assert set(sign.findings) <= set(kb.findings), (condition.id, sign.text[:40])
