"""Answers: cited, readable, every question answered, and reviewed wording (golden files)."""

from __future__ import annotations

import os
import re
import statistics

import pytest
from typer.testing import CliRunner

from tests.conftest import DATA, read_jsonl
from twitchcheck import consult
from twitchcheck.interfaces.cli import app
from twitchcheck.knowledge.loader import knowledge

GOLDEN = DATA.parent / "answer" / "golden"
SEED = DATA.parent.parent / "src" / "twitchcheck" / "knowledge" / "data" / "examples" / "seed_question.txt"

#: Representative consultations whose wording is reviewed on every change.
GOLDEN_CASES = {
    "seed_question": SEED.read_text(encoding="utf-8"),
    "stroke": "My wife's face suddenly drooped on the left 30 minutes ago and she can't lift her left arm. What should we do?",
    "hemifacial_spasm": "I'm a 61 year old woman. For 18 months my left eye has been twitching shut, and for the last few "
                        "months my left cheek and mouth twitch along with it. What is it and do I need a scan?",
    "general_question": "Can botox injections cure hemifacial spasm permanently?",
    "out_of_scope": "How do I reset my router password?",
}


@pytest.mark.parametrize("name", sorted(GOLDEN_CASES))
def test_answer_text_matches_its_golden_file(name):
    """Run with UPDATE_GOLDEN=1 to accept new wording after reading the diff."""
    text = consult(GOLDEN_CASES[name]).answer_text
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("UPDATE_GOLDEN") or not path.exists():
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_every_differential_is_cited_and_every_citation_resolves():
    kb = knowledge()
    for case in read_jsonl(DATA / "cases.jsonl"):
        result = consult(case["text"])
        if result.differential:
            assert result.citations, case["id"]
        cited = {c.id for c in result.citations}
        assert cited <= set(kb.references), case["id"]
        markers = {int(n) for n in re.findall(r"\[(\d+)\]", result.answer_text)}
        assert markers <= set(range(1, len(result.citations) + 1)), case["id"]
        for entry in result.answers:
            assert set(entry.refs) <= set(kb.references)


def test_every_question_asked_gets_an_answer():
    for case in read_jsonl(DATA / "cases.jsonl"):
        result = consult(case["text"])
        asked = {(a.intent, a.about) for a in result.answers}
        assert all(a.text.strip() for a in result.answers), case["id"]
        assert len(asked) == len(result.answers), case["id"]


def test_words_of_certainty_follow_the_probabilities():
    result = consult("My right upper eyelid has been flickering for three days, on and off. Nothing else moves.")
    top = result.differential[0]
    assert top.probability >= 0.6 and top.likelihood_words == "most likely"
    assert all(d.likelihood_words in ("less likely", "unlikely", "possible") for d in result.differential[2:])


def test_median_reading_grade_is_at_most_eight():
    textstat = pytest.importorskip("textstat")
    grades = []
    for case in read_jsonl(DATA / "cases.jsonl"):
        body = consult(case["text"]).answer_text.split("\nReferences\n")[0]
        grades.append(textstat.flesch_kincaid_grade(re.sub(r"\[\d+\]", "", body)))
    assert statistics.median(grades) <= 8


def test_numb_hands_and_feet_get_their_own_advice():
    result = consult(SEED.read_text(encoding="utf-8"))
    assert [c.id for c in result.other_concerns] == ["numb_hands_and_feet"]
    assert "hands and feet" in result.answer_text


def test_cause_question_about_the_accident_is_answered_about_trauma():
    result = consult(SEED.read_text(encoding="utf-8"))
    trauma = next(a for a in result.answers if a.intent == "cause" and a.about == "trauma")
    assert "injury" in trauma.text.lower()


def test_clinician_note_on_the_command_line():
    outcome = CliRunner().invoke(app, ["consult", "--clinician", GOLDEN_CASES["hemifacial_spasm"]])
    assert outcome.exit_code == 0, outcome.output
    assert "Clinician summary" in outcome.output and "Assessment:" in outcome.output


@pytest.mark.parametrize("text", [
    "For the past few days the left corner of my mouth keeps twitching by itself. How long should I wait to see a doctor?",
    "im 45 and my upper lip on the right has been flickering on and off since sunday. will it go away?",
])
def test_a_twitch_away_from_the_eyelid_is_described_where_it_is(text):
    # the benign twitch leads, but its words are those of a cheek or lip twitch, not of an eyelid
    result = consult(text)
    assert result.differential[0].condition == "eyelid_myokymia"
    leading = result.answer_text.split("What else it could be")[0]
    assert "cheek or lip" in leading and "part of one eyelid" not in leading
    assert "lubricating drops" not in result.answer_text


def test_an_eyelid_twitch_keeps_the_eyelid_words():
    result = consult("my left lower eyelid has been twitching for three days, will it go away?")
    assert "part of one eyelid" in result.answer_text.split("What else it could be")[0]
