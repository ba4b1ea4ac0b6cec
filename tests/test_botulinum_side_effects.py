"""A droop, double vision or a weaker face after botulinum toxin (Botox) injections: read as the
injection's known side effect (ranked, triaged and explained that way), while the danger signs still
decide first and a twitch that returns months later is the toxin wearing off (our own phrasings)."""

from __future__ import annotations

import pytest

from twitchcheck.knowledge.schema import TRIAGE_ORDER
from twitchcheck.pipeline import consult
from twitchcheck.understanding import understand
from twitchcheck.understanding.text import clean_text

def _probability(consultation, condition: str) -> float:
    return next((d.probability for d in consultation.differential if d.condition == condition), 0.0)


SPASM_TREATED = [
    "I've been getting botox for blepharospasm for years. The last round was 12 days ago and since then my right "
    "upper lid hangs lower and things look doubled when I read",
    "my botax injections for the blepharospasm were 3 weeks ago, now one lid sags",
    "Had my toxin injections for hemifacial spasm last Tuesday. Since Friday my eyelid on that side droops",
]


@pytest.mark.parametrize("text", SPASM_TREATED)
def test_a_droop_after_injections_for_a_spasm_is_not_put_down_to_myasthenia(text):
    consultation = consult(text)
    assert consultation.differential[0].condition != "myasthenia_gravis", text
    assert _probability(consultation, "myasthenia_gravis") < 0.5, text


@pytest.mark.parametrize("text", SPASM_TREATED)
def test_a_droop_after_injections_is_a_visit_to_the_treating_clinic(text):
    consultation = consult(text)
    assert consultation.triage.level == "consultation", text
    assert "side effect" in consultation.answer_text and "clinic that gave the injection" in consultation.answer_text
    assert "swallowing" in consultation.answer_text  # what would make it an emergency


def test_a_crooked_smile_after_injections_for_hemifacial_spasm_is_the_injection_not_a_stroke():
    consultation = consult("I have hemifacial spasm and get Botox every 3 months. Since the last injection 8 days ago "
                           "the corner of my mouth on that side sags when I smile")
    assert consultation.differential[0].condition == "hemifacial_spasm"
    assert consultation.triage.level == "consultation"
    assert "side effect" in consultation.answer_text


def test_a_droopy_lid_after_cosmetic_botox_is_explained_as_its_side_effect():
    consultation = consult("Got baby botox for my frown lines 6 days ago and now my left eyelid is heavy and droopy")
    assert consultation.triage.level == "consultation"
    assert "side effect of the injections" in consultation.answer_text
    assert _probability(consultation, "myasthenia_gravis") < 0.5
    # cosmetic injections are no evidence of a spasm
    assert consultation.differential[0].condition not in ("hemifacial_spasm", "blepharospasm")


def test_asking_whether_the_botox_did_it_is_answered_about_its_side_effects():
    consultation = consult("Could the botox I had for my blepharospasm a fortnight ago be why my lid is drooping now?")
    causes = [a for a in consultation.answers if a.intent == "cause"]
    assert causes and causes[0].about == "botulinum_toxin"
    assert "side effect" in causes[0].text


def test_a_twitch_back_months_after_the_last_injection_is_wearing_off_not_a_side_effect():
    consultation = consult("The spasms in my left eye came back about 14 weeks after my last botox shot. "
                           "Has the botox stopped working for me?")
    assert consultation.differential[0].condition in ("blepharospasm", "hemifacial_spasm")
    assert "side effect of the injection" not in consultation.answer_text
    treatment = [a for a in consultation.answers if a.intent == "treatment"]
    assert treatment and "wear off" in treatment[0].text


@pytest.mark.parametrize(("text", "expected"), [
    ("i had botox for my blepharospasm in march", "present"),
    ("botox shots for my spasm every 12 weeks, the next one is due", "present"),
    ("My neurologist wants me to try botox for the spasms", None),
    ("should I get botox for my eye twitch?", "hypothetical"),
])
def test_botulinum_treatment_is_read_only_when_it_was_given(text, expected):
    assert understand(clean_text(text)).status("botulinum_treatment") == expected


@pytest.mark.parametrize(("text", "at_least"), [
    # the toxin spreading: swallowing or breathing trouble with the droop is an emergency
    ("I had botox for blepharospasm 10 days ago and now my lids droop and I choke when I swallow", "emergency"),
    ("since my botox injection last week my eyelid droops and I am struggling to breathe", "emergency"),
    # a stroke's signs are no side effect, whatever the injections
    ("I get botox for hemifacial spasm. Suddenly an hour ago my face drooped and my right arm went weak",
     "emergency_ambulance"),
    ("had cosmetic botox 2 weeks ago, this morning my mouth suddenly dropped on one side and my speech is slurred",
     "emergency_ambulance"),
    ("Botox for my spasm last month. Today my vision suddenly went double", "emergency"),
])
def test_danger_signs_after_botox_are_still_emergencies(text, at_least):
    level = consult(text).triage.level
    assert TRIAGE_ORDER.index(level) <= TRIAGE_ORDER.index(at_least), (text, level)
