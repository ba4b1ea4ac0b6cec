"""How the readable answer is put together: each thing said once, to the right person, with advice that fits
the level of urgency. All texts here are our own."""

from __future__ import annotations

import re

import pytest

from tests.conftest import DATA, read_jsonl
from twitchcheck import consult
from twitchcheck.answer.address import third_person
from twitchcheck.knowledge.loader import knowledge

DISCLAIMER_START = "This is not a diagnosis."


def body(text: str) -> str:
    return text.split("\nReferences\n")[0]


def section(text: str, heading: str) -> str:
    """The lines under ``heading`` up to the next blank line."""
    match = re.search(rf"^{re.escape(heading)}\n(.*?)(?:\n\n|\Z)", text, re.S | re.M)
    return match.group(1) if match else ""


def cited_sentences(text: str) -> list[str]:
    """Sentences that end with reference markers: the knowledge base's claims as shown."""
    return [s.strip() for s in re.findall(r"[^.?!\[\]]+[.?!)] (?:\[\d+\])+", body(text)) if len(s) > 30]


SEVERAL_QUESTIONS = [
    "My left eye has been twitching shut for a year and now my left cheek jumps with it. What is this, and do I "
    "need a scan?",
    "I'm 44. The right side of my face has been pulling up for eight months, eye and mouth together. Is it "
    "dangerous, and will it go away?",
    "For ten days my right lower lid keeps flickering. What can I do about it at home, and do I need to see a doctor?",
    "My eyes feel gritty and I keep blinking. What can I do myself to help?",
]


@pytest.mark.parametrize("text", SEVERAL_QUESTIONS)
def test_each_cited_sentence_is_said_once(text):
    sentences = cited_sentences(consult(text).answer_text)
    repeated = {s for s in sentences if sentences.count(s) > 1}
    assert not repeated


def test_no_cited_sentence_is_repeated_across_the_case_set():
    for case in read_jsonl(DATA / "cases.jsonl"):
        sentences = cited_sentences(consult(case["text"]).answer_text)
        assert len(sentences) == len(set(sentences)), case["id"]


def test_an_answer_said_above_keeps_its_direct_reply_and_points_there():
    result = consult(SEVERAL_QUESTIONS[0])
    answers = section(result.answer_text, "Your questions")
    assert "- Is a scan needed? An MRI scan is advisable" in answers
    assert '"Do you need an MRI?"' in answers
    # the answer entry itself stays complete for API users
    imaging = next(a for a in result.answers if a.intent == "imaging")
    assert len(imaging.text) > 80


@pytest.mark.parametrize("text", [
    "I started prochlorperazine for dizziness two days ago and now my jaw keeps clamping and my tongue pushes out. "
    "What do I do?",
    "Since yesterday my left eyelid droops more and more by the evening and I see double when I'm tired. Should I worry?",
])
def test_the_mri_section_speaks_of_a_scan_only(text):
    mri = section(consult(text).answer_text, "Do you need an MRI?")
    assert mri
    assert "would change" not in mri and "breathing" not in mri


@pytest.mark.parametrize("text", [
    "Woke up with the left half of my face weak, forehead too, and I can't shut my left eye. Arms and speech are "
    "fine. Do I need a brain scan?",
    "Since this afternoon the right side of my face won't move, I can't raise that eyebrow, no other symptoms. "
    "Should I have an MRI?",
])
def test_the_mri_reason_is_about_a_scan_not_the_triage_repeated(text):
    result = consult(text)
    imaging = next(a for a in result.answers if a.intent == "imaging")
    assert result.triage.reasons[0] not in imaging.text
    assert "scan" in imaging.text.lower()


AMBULANCE = [
    "My husband's face has just dropped on the right and he can't lift his right arm. What should I do?",
    "Ten minutes ago my dad's mouth went crooked and now his speech is slurred. Help",
]


@pytest.mark.parametrize("text", AMBULANCE)
def test_no_warning_signs_when_an_ambulance_is_the_advice(text):
    result = consult(text)
    assert result.triage.level == "emergency_ambulance"
    assert "sooner if" not in result.answer_text
    assert "Self-care" not in result.answer_text


def test_an_emergency_lists_only_what_turns_it_into_an_ambulance_call():
    result = consult("I took metoclopramide yesterday and today my eyes keep rolling up and my neck twists. Help!")
    assert result.triage.level == "emergency"
    text = result.answer_text
    assert "sooner if" not in text
    escalation = section(text, "Call an ambulance (999, 112 or 911) instead if there is:")
    assert "breathing" in escalation


@pytest.mark.parametrize("text", [
    "My dad is 70. Half an hour ago his face went droopy on the right and his right arm is weak. Is it Bell's palsy?",
    "My right arm went weak and my face droops on the right since half an hour. Could this be Bell's palsy?",
])
def test_an_unlikely_condition_asked_about_is_answered_with_why_not(text):
    result = consult(text)
    assert result.differential[0].condition == "stroke"
    named = next(a for a in result.answers if a.intent == "what_is_it")
    assert named.text.startswith("Probably not")
    assert "most people recover" not in named.text.lower()


@pytest.mark.parametrize("text", [
    "Twenty minutes ago the left side of my mum's face drooped and her speech is slurred. Is it Bell's palsy?",
    "My face drooped on the left an hour ago and my speech is slurred. Could it be Bell's palsy?",
])
def test_a_condition_asked_about_in_a_stroke_emergency_never_reassures(text):
    result = consult(text)
    assert result.triage.level == "emergency_ambulance"
    named = next(a for a in result.answers if a.intent == "what_is_it")
    assert named.text.startswith("Probably not") or "stroke" in named.text.split(".")[1].lower()


def test_an_emergency_that_may_be_a_stroke_says_it_must_be_ruled_out():
    # whichever condition leads, the answer must not reassure while the stroke rule is what decided
    result = consult("My mum's face just dropped on one side and her speech is slurred, it started ten minutes ago.")
    assert result.triage.level == "emergency_ambulance"
    leading = section(result.answer_text, "What it most likely is")
    if result.differential[0].condition != "stroke":
        assert "ruled out first" in leading


RELATIVES = [
    ("My 10 year old son has been blinking hard and sniffing for months. Will he grow out of it?", "son"),
    ("My wife (50) has had her left lower eyelid flickering for a week. Is that something to worry about?", "wife"),
    ("Our daughter is 7 and keeps scrunching her nose and blinking. She can stop it for a bit. Is it a tic?",
     "daughter"),
]


@pytest.mark.parametrize("text, relation", RELATIVES)
def test_follow_up_questions_speak_of_the_relative(text, relation):
    result = consult(text)
    assert result.patient.subject == "other"
    assert result.next_questions
    for question in result.next_questions:
        assert not re.search(r"\byou(r)?\b", question.text, re.I), question.text
    assert f"Questions about your {relation}" in result.answer_text
    assert f"examines your {relation}" in result.answer_text


@pytest.mark.parametrize("sex", ["male", "female", None])
def test_every_follow_up_question_can_be_turned_to_a_relative(sex):
    for finding in knowledge().findings.values():
        turned = third_person(finding.question, sex)
        assert not re.search(r"\byou(r|rs|rself)?\b", turned, re.I), (finding.id, turned)


@pytest.mark.parametrize("sex", ["male", "female", None, "unknown"])
def test_third_person_rules_written_once_give_what_each_match_expanded_gave(sex):
    from twitchcheck.answer.address import PRONOUNS
    from twitchcheck.answer.questions import phrases

    words = PRONOUNS.get(sex, PRONOUNS[None])
    for finding in knowledge().findings.values():
        expected = finding.question
        for pattern, replacement in phrases()["third_person"]:
            expected = re.sub(rf"\b{pattern}\b", lambda match, r=replacement: match.expand(r.format(**words)), expected)
        assert third_person(finding.question, sex) == expected, finding.id


def test_evidence_words_groups_each_kind_in_order():
    from types import SimpleNamespace

    from twitchcheck.answer.questions import phrases, evidence_words

    words = phrases()["evidence"]
    entry = SimpleNamespace(evidence_for=["x"], evidence_against=[
        "a blink is unusual for it", "no fever", "nothing about the jaw", "nothing about a tic is unusual for it",
        "a droop", "no pain", "b is unusual for it"])
    assert evidence_words(entry) == " ".join([
        words["against"].format(items="a droop"),
        words["unusual"].format(items="a blink; nothing about a tic; b"),
        words["denied"].format(items="fever; pain"),
        words["missing"].format(items="the jaw; a tic is unusual for it")])
    assert evidence_words(SimpleNamespace(evidence_for=["x", "y"], evidence_against=[])) == \
        words["for"].format(items="x; y")


def test_third_person_keeps_the_grammar():
    assert third_person("Do you ever see double?", "female") == "Does she ever see double?"
    assert third_person("Do your eyes squeeze shut?", "male") == "Do his eyes squeeze shut?"
    assert third_person("Have you had a fever?", None) == "Have they had a fever?"
    assert third_person("Is it worse when you are tired or have slept badly?", "male") == \
        "Is it worse when he is tired or has slept badly?"


@pytest.mark.parametrize("text", [
    "I've had a twitch under my right eye for six days. How long should I wait before I see my GP?",
    "My upper lip on the right has been flickering for three days. When should I see a doctor about it?",
])
def test_a_question_about_when_to_see_a_doctor_is_answered_with_when(text):
    result = consult(text)
    assert result.triage.level == "self_care"
    advice = section(result.answer_text, "What to do now")
    assert "most likely explanation" not in advice
    when = next(line for line in section(result.answer_text, "Your questions").splitlines()
                if line.startswith("- Is a doctor needed, and how soon?"))
    assert "two weeks" in when


@pytest.mark.parametrize("text", [
    "I had my thyroid taken out three days ago; my fingers and toes tingle, my lips too, and my hands keep cramping. "
    "Is this bad?",
    "Since my neck operation on Monday my lips tingle, my hands and feet are numb and my fingers lock into a claw.",
])
def test_symptoms_of_the_condition_itself_are_not_called_a_separate_problem(text):
    result = consult(text)
    assert result.differential[0].condition == "hypocalcemia_tetany"
    assert not result.other_concerns
    assert "separate problem" not in result.answer_text


def test_a_separate_problem_still_gets_its_own_advice():
    result = consult("My right eyelid has been flickering for a week, and for months my hands and feet tingle at night.")
    assert [c.id for c in result.other_concerns] == ["numb_hands_and_feet"]


def test_an_emergency_outside_our_field_is_not_followed_by_we_cannot_answer():
    result = consult("My brother has sudden crushing chest pain spreading to his jaw and he is sweating. What do we do?")
    assert result.triage.level is not None and result.triage.level.startswith("emergency")
    assert "cannot answer it reliably" not in result.answer_text


@pytest.mark.parametrize("text", [
    "My eyelid has been twitching for a week. Would acupuncture help?",
    "My lower lid has flickered on and off for two weeks. Is acupuncture worth a try?",
])
def test_a_treatment_the_likely_condition_does_not_list_is_answered_from_its_topic(text):
    result = consult(text)
    treatment = next(a for a in result.answers if a.intent == "treatment")
    assert "no reliable evidence" not in treatment.text.lower()
    assert "acupuncture" in treatment.text.lower()


def test_titles_name_the_question_plainly():
    result = consult("My left lid twitches since Monday. Is it stress? Could it run in families? Is it the coffee?")
    answers = section(result.answer_text, "Your questions")
    assert "- Is it stress?" in answers and "- Does it run in families?" in answers
    assert "((" not in result.answer_text and "))" not in result.answer_text


def test_evidence_against_reads_as_sentences():
    for case in read_jsonl(DATA / "cases.jsonl"):
        text = consult(case["text"]).answer_text
        assert "nothing about" not in text and "is unusual for it" not in text, case["id"]


@pytest.mark.parametrize("text", [
    "I have had a twitch in my left upper lip for four days.",
    "My eye blinks a lot lately.",
])
def test_an_uncertain_leading_condition_says_so_plainly(text):
    result = consult(text)
    assert result.differential[0].probability < 0.6
    assert "We cannot be sure" in section(result.answer_text, "What it most likely is")


@pytest.mark.parametrize("text", ["Why is this happening to my face?", "What is wrong with my eye? Why does it do this?"])
def test_a_question_with_nothing_to_judge_says_so_once_and_asks_for_a_description(text):
    result = consult(text)
    assert not result.differential and result.answers
    assert "did not describe symptoms" not in result.answers[0].text
    assert "write what happens" in result.answers[0].text
    assert result.answer_text.count("We could not find a description") == 1


@pytest.mark.parametrize("text, start", [
    ("My 6 year old daughter has started blinking really hard, many times a minute, for the past month. Is it a tic?",
     "Probably yes"),
    ("My 8 year old has been blinking hard and rubbing his eyes for two weeks; his eyes are red and itchy. Could it be "
     "a tic?", "Possibly"),
])
def test_a_condition_asked_about_is_answered_yes_or_no_first(text, start):
    named = next(a for a in consult(text).answers if a.intent == "what_is_it")
    assert named.text.startswith(start)


@pytest.mark.parametrize("text", [
    "My son is 8 and has twitched his nose and grunted for months. Which doctor should we see?",
    "My right lower eyelid has flickered for ten days. Which doctor should I see?",
])
def test_a_question_about_whom_to_see_is_answered_in_full_where_it_is_asked(text):
    result = consult(text)
    specialist = next(line for line in section(result.answer_text, "Your questions").splitlines()
                      if line.startswith("- Which doctor"))
    assert "GP" in specialist and "See " not in specialist.split("?", 1)[1][:5]


@pytest.mark.parametrize("text", [
    "Four days ago my dad's whole right face drooped and now he cannot feel the right side of his face; his right eye "
    "won't close. He can lift both arms. Could this be a stroke?",
    "My left face went numb an hour ago and my left hand feels numb too. Is this a stroke?",
])
def test_the_condition_an_emergency_rule_names_is_never_answered_probably_not(text):
    result = consult(text)
    assert result.triage.level.startswith("emergency")
    named = next(a for a in result.answers if a.intent == "what_is_it" and a.about == "stroke")
    assert not named.text.startswith("Probably not")
    if result.differential[0].condition != "stroke":
        assert "ruled out urgently" in named.text
