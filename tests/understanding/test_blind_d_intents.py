"""Questions missed in the blind case set d, fixed as classes: each with phrasings of our own.

Each table holds wordings by different imagined writers, none of them the case text.
"""

from __future__ import annotations

import pytest

from twitchcheck.understanding import understand
from twitchcheck.understanding.text import clean_text


def asked(text: str) -> set[tuple[str, str | None]]:
    return {(i.intent, i.about) for i in understand(clean_text(text)).intents}


# A cause asked in other words: "is my body telling me something?", "is it psychological?" (L011, L063;
# "all in my head" stays a question of what it is only, as K006 reads it).
@pytest.mark.parametrize("text", [
    "Three nights of no sleep and my lid is flickering. Is my body telling me to slow down?",
    "my eye keeps jumping after a mad week, is this my body's way of telling me something",
    "Lower lid twitching since the exams. Is it my body telling me off for the late nights?",
])
def test_the_body_telling_you_something_asks_the_cause(text):
    assert any(intent == "cause" for intent, _ in asked(text))


@pytest.mark.parametrize("text", [
    "My lip pulls to one side when people look at me. Is it psychological?",
    "The doctors found nothing wrong with my face spasms. Could it be psychosomatic?",
    "my jaw pulls sideways only when im stressed, is this something psychological?",
])
def test_asking_whether_it_is_psychological_asks_the_cause_too(text):
    found = asked(text)
    assert any(intent == "cause" for intent, _ in found)
    assert ("what_is_it", "functional_facial_spasm") in found


# "Was it just X?" guesses at what it was, as "is it just X?" does (L042).
@pytest.mark.parametrize("text", [
    "Last night my arm went numb for ten minutes and my face felt odd. Was it just a pinched nerve?",
    "My cheek jumped all evening then stopped. Was that just tiredness or something else?",
    "Yesterday my lid drooped for an hour. Was this just a migraine?",
])
def test_was_it_just_asks_what_it_was(text):
    assert any(intent == "what_is_it" for intent, _ in asked(text))


# A plan to wait and see how the person is later, told for approval, asks how urgent it is (L041).
@pytest.mark.parametrize("text", [
    "His face has gone lopsided. We were going to put him to bed and see how he is tomorrow.",
    "my wife's mouth is drooping. I was going to wait until the morning and call the GP",
    "Her speech is odd. We were planning to see how she is after a nap.",
])
def test_a_plan_to_wait_and_see_asks_the_urgency(text):
    assert ("urgency", None) in asked(text)


# "Do I really need one?" after a scan was proposed asks about the scan (L002).
@pytest.mark.parametrize("text", [
    "My cousin says a flickering eyelid means I must get a brain scan. Do I really need one?",
    "The optician suggested an MRI for my twitching lid. Do I need it?",
    "Everyone online says to demand an MRI for this. Should I really get one?",
])
def test_do_i_need_one_after_a_scan_asks_about_imaging(text):
    assert ("imaging", None) in asked(text)


# A clinician's abbreviation of botulinum toxin (L026).
@pytest.mark.parametrize("text", [
    "Blepharospasm well controlled, now jaw-opening dystonia. Is BoNT to the masseters reasonable?",
    "55M with hemifacial spasm. BoNT-A or MVD?",
])
def test_bont_asks_about_botulinum_toxin(text):
    assert ("treatment", "botulinum_toxin") in asked(text)
