"""Understanding: danger signs in the words people use for them (a stroke's speech and hand, waking
with it, a heart attack's pressure, a seizure's dribbling and awareness).

Each case is a paraphrase of a class of phrasing, not a sentence of the annotated set.
"""

from __future__ import annotations

import pytest

from twitchcheck.understanding import understand
from twitchcheck.understanding.text import clean_text


def statuses(text: str) -> dict[str, str]:
    return {finding: mention.status for finding, mention in understand(clean_text(text)).findings.items()}


# Speech that sounds drunk or thick is slurred speech.
@pytest.mark.parametrize("text", [
    "she's talking like she's drunk and she never touches alcohol",
    "his voice sounds thick since this morning",
    "my words are coming out all mushy",
    "he is speaking like he has had a few",
])
def test_speech_that_sounds_drunk_or_thick(text):
    assert statuses(text).get("speech_difficulty") == "present"


# A dropped g ("droopin", "talkin") is folded back to the word of the knowledge base.
@pytest.mark.parametrize(("text", "finding"), [
    ("his face is droopin on one side", "facial_droop"),
    ("she keeps slurrin her words", "speech_difficulty"),
    ("my eyelid keeps jumpin", "eyelid_twitching"),
])
def test_a_dropped_g(text, finding):
    assert statuses(text).get(finding) == "present"


def test_a_dropped_g_form_that_is_a_word_of_its_own_stays_that_word():
    # "thin" is the knowledge base's own word (wasting), not "thing"
    assert statuses("my hand has got thin between the thumb and finger").get("muscle_wasting") == "present"


# A hand that lets things fall, will not do what it is asked, or cannot do fine work is a weak limb.
@pytest.mark.parametrize("text", [
    "the glass just fell out of her right hand",
    "my keys slipped from my fingers twice this morning",
    "his left hand isn't doing what he tells it",
    "my arm won't do what I want it to",
    "I couldn't do up the zip on my coat",
    "she can't manage her buttons this morning",
])
def test_a_clumsy_hand(text):
    assert statuses(text).get("limb_weakness") == "present"


def test_a_hand_that_holds_things_is_not_weak():
    assert "limb_weakness" not in statuses("I held the cup in my hand and my eye twitched")


# A forehead that stays still when asked to move is weak, in non-native word order too.
@pytest.mark.parametrize("text", [
    "when I try to frown my forehead on the left not move",
    "my eyebrow on that side does not move when I look up",
])
def test_a_forehead_that_does_not_move(text):
    assert statuses(text).get("forehead_weakness") == "present"


# Waking to find it there is a start within hours.
@pytest.mark.parametrize("text", [
    "I woke up on Sunday with my mouth hanging down on the right",
    "she woke at 6 to find her face had dropped",
    "last night I wake up and my arm is numb",
])
def test_waking_with_it_is_a_sudden_onset(text):
    assert statuses(text).get("sudden_onset") == "present"


def test_waking_up_with_it_every_day_is_no_sudden_onset():
    assert "sudden_onset" not in statuses("most mornings I wake up and my eyelid flickers for a while")


# A heart attack's pressure or heaviness told further from the word "chest", or going to the arm,
# is a heart attack's chest pain; the heavy arm it goes to is not a weak limb.
@pytest.mark.parametrize("text", [
    "a tight pressure right in the centre of my chest since an hour",
    "heaviness across the middle of her chest that goes into her jaw",
    "a squeezing in his chest going down his left arm",
])
def test_a_heart_attack_pressure(text):
    found = statuses(text)
    assert found.get("heart_attack_signs") == "present"
    assert "limb_weakness" not in found


# A seizure: dribbling is drooling; knowing what is going on denies lost awareness.
@pytest.mark.parametrize(("text", "finding", "status"), [
    ("during the fit she dribbled down her chin", "drooling", "present"),
    ("his mouth jerked and he was dribbling", "drooling", "present"),
    ("her face jerked but she knew what was going on the whole time", "impaired_awareness", "absent"),
    ("he could answer us and was aware of everything", "impaired_awareness", "absent"),
])
def test_a_seizure_told_in_lay_words(text, finding, status):
    assert statuses(text).get(finding) == status


# A danger sign that passed lately still counts as now, and is a passing episode too; its side stays.
@pytest.mark.parametrize(("text", "finding", "side"), [
    ("earlier today I lost the sight in my right eye for ten minutes, like a blind being pulled down over it, "
     "then it came back", "vision_loss", "right"),
    ("an hour ago the left side of my face went numb for twenty minutes, then the feeling came back",
     "facial_numbness", "left"),
])
def test_a_danger_sign_that_passed_lately_is_now_and_an_episode(text, finding, side):
    result = understand(clean_text(text))
    found = {f: m.status for f, m in result.findings.items()}
    assert found.get(finding) == "present"
    assert found.get("past_neuro_episode") == "present"
    assert found.get("one_side_only") == "present"
    assert result.attributes.side == side


def test_a_droop_that_passed_lately_is_no_history_of_a_palsy():
    found = statuses("an hour ago my smile went crooked for ten minutes, then it went back to normal")
    assert found.get("facial_droop") == "present"
    assert "history_facial_palsy" not in found


# "then it was fine" ends an episode told before it, as "then it went back to normal" does.
@pytest.mark.parametrize("text", [
    "two years ago my leg went numb for a day and then it was fine",
    "in the spring his arm went weak for an hour, then he was normal",
])
def test_then_it_was_fine_ends_an_episode(text):
    found = statuses(text)
    assert "historical" in found.values()
    assert found.get("past_neuro_episode") == "present"


# A jaw or mouth forced open is a dystonia, not a droop; a droop beside it stays a droop.
@pytest.mark.parametrize("text", [
    "for months her jaw keeps dropping open when she talks",
    "his mouth jerks open and his eyes squeeze shut",
])
def test_a_jaw_forced_open_is_no_droop(text):
    assert "facial_droop" not in statuses(text)


def test_a_droop_beside_a_jaw_forced_open():
    found = statuses("my dad's mouth is drooping on the left and his jaw keeps dropping open")
    assert found.get("facial_droop") == "present"
