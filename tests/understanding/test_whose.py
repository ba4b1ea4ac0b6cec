"""Understanding: whose complaint a message tells of (the evidence tally of ``whose.py``), with age and sex."""

from __future__ import annotations

import pytest

from twitchcheck.understanding import understand
from twitchcheck.understanding.text import clean_text


def _patient(text: str) -> tuple:
    patient = understand(clean_text(text)).patient
    return patient.subject, patient.relation, patient.age, patient.sex


@pytest.mark.parametrize(("text", "expected"), [
    # a clinician's note: the patient is someone else, with no relation to the writer
    ("Pt F 52, c/o R lower lid twitch x 3/52, no ptosis, no diplopia. ?myokymia. Reassure?",
     ("other", None, 52, "female")),
    ("Triage: 61 y/o M, hx HTN, presents with L facial droop since 0700, GCS 15.", ("other", None, 61, "male")),
    ("M 38. Hx of L upper lid fasciculations 2/12, NAD on exam, ?caffeine. Needs bloods?", ("other", None, 38, "male")),
    ("Patient is a 45 year old man with a right hemifacial spasm for 2 years. Botox helps. MRI?",
     ("other", None, 45, "male")),
    # shorthand about oneself is still the writer
    ("I'm 44, F. My left eyelid twitches since Monday.", ("writer", None, 44, "female")),
    ("44F here, my left eyelid jumps, hx of migraines", ("writer", None, 44, "female")),
    ("My GP said it's nothing ?stress. Hx of migraines. My left eyelid twitches.", ("writer", None, None, None)),
])
def test_a_clinicians_note_is_about_someone_else(text, expected):
    assert _patient(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("I'm posting on behalf of my dad, who is 80. His left eye keeps closing by itself.", ("other", "dad", 80, "male")),
    ("Asking for my wife: her lower lip has been twitching for a week.", ("other", "wife", None, "female")),
    ("This is about my grandmother (85). She says her cheek jumps when she talks.",
     ("other", "grandmother", 85, "female")),
    ("It's not me, it's my husband: his cheek keeps jumping when he chews.", ("other", "husband", None, "male")),
])
def test_a_writer_writing_for_a_relative(text, expected):
    assert _patient(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("my 6yo has started blinking a lot and rubbing his eyes", ("other", None, 6, "male")),
    ("our 11 year old keeps scrunching her eyes shut in class", ("other", None, 11, "female")),
    ("I have a 3 year old daughter. She blinks a lot when she watches TV.", ("other", "daughter", 3, "female")),
    ("My son keeps blinking hard. He is 8.", ("other", "son", 8, "male")),
    ("He's 70 and his smile went crooked an hour ago", ("other", None, 70, "male")),
    # the writer's own age is not the child's
    ("My son keeps blinking. I am 40 and worried.", ("other", "son", None, "male")),
    ("this is for my little boy, 4, who keeps sniffing and blinking", ("other", "boy", 4, "male")),
    ("Question for my father in law, 81: his chin has been quivering for months", ("other", "father", 81, "male")),
    ("I am doctor. My patient, 55 year male, has twitching of left eye for 3 months.", ("other", "patient", 55, "male")),
])
def test_a_child_or_someone_named_by_age_or_pronoun(text, expected):
    assert _patient(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the relative tells of their own symptom: theirs, whoever cannot see it
    ("My daughter (12) says her right eye flickers at school.", ("other", "daughter", 12, "female")),
    ("My dad, 67, says his lip keeps quivering. I can't see it myself.", ("other", "dad", 67, "male")),
    ("my wife (50ish) has had her right eyelid jumping for a month. She thinks it droops a bit but I can't see it.",
     ("other", "wife", 50, "female")),
    # someone who only reports or gives an opinion about the writer's symptom is not the patient
    ("My partner noticed that my eye twitches when I'm asleep.", ("writer", None, None, None)),
    ("My husband thinks I'm imagining it but my lower lid flickers every evening.", ("writer", None, None, None)),
    ("My wife is a nurse. She says my eyelid twitch is nothing.", ("writer", None, None, None)),
    ("My friend is a GP and told me my twitch is stress.", ("writer", None, None, None)),
])
def test_who_reports_and_whose_symptom_it_is(text, expected):
    assert _patient(text) == expected


@pytest.mark.parametrize("text", [
    "My sister has MS. My left eye has been twitching for 2 weeks, should I worry?",
    "my dad has Parkinson's, now my hand trembles and my eyelid flutters",
    "My uncle had a stroke last year. I've had a twitching lip for days.",
    "My brother has Bell's palsy. I'm scared, because my own eye twitches now.",
    "I look after my dad, who has Parkinson's, and I'm exhausted. My eye twitches all day.",
    "my dad had bells palsy when he was young, now i have a twitch in my cheek",
    "My neighbour has hemifacial spasm. Could my eyelid twitch become that?",
    "My twin sister and I both have twitching eyelids.",
])
def test_a_relative_named_for_their_own_illness_is_not_the_patient(text):
    assert _patient(text)[:2] == ("writer", None)


@pytest.mark.parametrize("text", [
    "Since my husband passed away I sleep badly and my eye twitches",
    "My late wife used to tease me about my blinking; now my eyelid twitches all day.",
    "My mum died of a stroke. Now my face feels weak on one side.",
])
def test_someone_who_has_died_is_not_the_patient(text):
    assert _patient(text)[:2] == ("writer", None)


@pytest.mark.parametrize(("text", "expected"), [
    ("Sixty-five, female. Right eyelid twitch for a month.", (65, "female")),
    ("Eighty, still driving. My left lid flickers now and then.", (80, None)),
    ("I'm in my early fifties and my cheek twitches.", (52, None)),
    ("I'm 50ish and my upper lid keeps fluttering.", (50, None)),
    ("Forty-three year old woman, eyelid twitching for a week.", (43, "female")),
    ("Lower lid flickering for ten days. 58, male, no other problems.", (58, "male")),
    ("Bit stressed, I'm a bloke in my thirties and my eyelid twitches", (35, "male")),
    ("Good evening, my name is Maria, 47. My lower lid flickers.", (47, None)),
])
def test_age_and_sex_in_words(text, expected):
    assert _patient(text)[2:] == expected


@pytest.mark.parametrize("text", [
    "Twenty, sometimes thirty times a day my eyelid jumps.",
    "Two, maybe three days ago my eye started twitching.",
])
def test_a_count_at_the_start_is_not_an_age(text):
    assert _patient(text)[2] is None


@pytest.mark.parametrize(("text", "expected"), [
    # what began within the day outweighs what has lasted, whoever is told of first
    ("I've had an eye twitch for weeks. This morning my husband's face drooped.", ("other", "husband")),
    ("My husband's twitch has been going for months. This morning my face drooped.", ("writer", None)),
    ("My daughter keeps blinking. An hour ago I suddenly lost the sight in my left eye.", ("writer", None)),
    # as much told of a relative as of the writer: the relative's
    ("My son keeps blinking. I blink a lot too.", ("other", "son")),
    ("I have a twitchy lid, and my son's jaw has locked since his injection", ("other", "son")),
    # a relative named together with the writer does not take the writer's complaint
    ("My twin sister and I both have twitching eyelids.", ("writer", None)),
    ("Me and my brother both get eye twitches when we are tired.", ("writer", None)),
    ("A relative was diagnosed with blepharospasm. He has lost his job because he can't keep his eyes open.",
     ("other", "relative")),
])
def test_whose_complaint_when_two_are_told_of(text, expected):
    assert _patient(text)[:2] == expected


def test_what_a_sentence_says_of_another_relative_stays_theirs():
    """The father is the patient; the Bell's palsy the aunt had stays hers."""
    found = understand(clean_text("my dad is 74. an hour ago the left side of his mouth started drooping, "
                                  "so maybe it's bells palsy like my aunt had?")).findings
    assert found["facial_droop"].status == "present"
    assert "history_facial_palsy" not in found or found["history_facial_palsy"].status != "present"


def test_the_writer_who_looks_after_a_relative_keeps_their_own_stress():
    found = understand(clean_text("My left lower lid flickers all day. I look after my mother, who has dementia, "
                                  "and it's very stressful.")).findings
    assert found["trigger_stress"].status == "present"


@pytest.mark.parametrize(("text", "own"), [
    ("A colleague of mine had her mouth pulling to one side for months, and I'm scared my eye twitch will do that.",
     {"eyelid_twitching"}),
    ("a neighbour at church had her face droop on one side and needed an operation, so now I worry about my eyelid",
     set()),
])
def test_what_a_sentence_tells_of_a_relative_it_names_is_theirs(text, own):
    """What the colleague or neighbour had is theirs; only the writer's own words are the writer's."""
    assert understand(clean_text(text)).present_findings == own
