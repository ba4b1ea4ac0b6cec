"""Reading misses of the blind case set d, fixed as classes: each with phrasings of our own.

Each table holds wordings by different imagined writers, none of them the case text.
"""

from __future__ import annotations

import pytest

from twitchcheck.understanding import understand
from twitchcheck.understanding.text import clean_text


def statuses(text: str) -> dict[str, str]:
    return {finding: mention.status for finding, mention in understand(clean_text(text)).findings.items()}


def asked(text: str) -> set[tuple[str, str | None]]:
    return {(i.intent, i.about) for i in understand(clean_text(text)).intents}


# A relative's illness told after "and" belongs to the relative, not the writer's twitch before it;
# a stroke, heart attack or cancer in the family is no family history of a movement disorder (L012).
@pytest.mark.parametrize("text", [
    "My left eye keeps flickering and my dad had a stroke in the spring so I'm nervous.",
    "my lower lid has been jumping all week and my nan had a mini stroke last month",
    "The corner of my eye twitches and my brother has had two heart attacks, should I worry?",
    "Eyelid twitching for days and my mother had a brain tumour when she was my age.",
])
def test_a_relatives_illness_after_and_leaves_the_writers_twitch_alone(text):
    found = statuses(text)
    assert found.get("eyelid_twitching") == "present"
    assert "family_history_movement" not in found


@pytest.mark.parametrize("text", [
    "My eyelid twitches and my mother has blepharospasm.",
    "my cheek pulls and my dad had hemifacial spasm, it runs in the family",
])
def test_a_relatives_movement_disorder_is_still_a_family_history(text):
    assert statuses(text).get("family_history_movement") == "present"


# "both sides" of the mouth, lips or face say the face is even, not that both eyes are affected (L012).
@pytest.mark.parametrize("text", [
    "Right upper lid flickers. In the mirror both sides of my face look the same when I grin.",
    "my eyelid is jumping but both sides of my lips move equally",
    "Only my left eye twitches; both sides of the mouth lift normally when I smile.",
])
def test_both_sides_of_the_mouth_or_face_are_not_both_eyes(text):
    assert "both_eyes" not in statuses(text)


@pytest.mark.parametrize("text", [
    "It happens on both sides, both eyes screw shut.",
    "my lids flutter on both sides",
])
def test_both_sides_of_the_eyes_still_count(text):
    assert statuses(text).get("both_eyes") == "present"


# "too", "as well", "also" after a cheek, lip or chin twitch say it spread from the eye only when an
# eye is in the sentence: a chin that twitches too, beside a weak hand and a quivering tongue, is no
# spread and no eyelid twitch (L066).
@pytest.mark.parametrize("text", [
    "Her arm has got weaker over the year and her chin quivers too.",
    "My thigh muscles flicker all day, and my lower lip twitches as well.",
    "my tongue trembles when I stick it out and my lip also jerks sometimes",
])
def test_a_lower_face_twitch_too_without_an_eye_is_no_spread(text):
    found = statuses(text)
    assert found.get("lower_face_twitching") == "present"
    assert "spread_to_lower_face" not in found
    assert "eyelid_twitching" not in found


@pytest.mark.parametrize("text", [
    "My right eyelid has jumped for months and my cheek twitches too now.",
    "the eye flutters and the corner of my mouth jerks as well",
    "Left eye has twitched since June. Now my cheek twitches too.",
])
def test_a_lower_face_twitch_too_beside_an_eye_is_spread(text):
    assert statuses(text).get("spread_to_lower_face") == "present"


# The eye and the mouth that move together, or a lid twitch that pulls the cheek up, have spread (L031, L033).
@pytest.mark.parametrize("text", [
    "For a year now the twitching on her left side has got worse, the eye and the mouth go together.",
    "it started as a flicker under my eye over the summer, lately my eye and cheek twitch together",
    "His eyelid and his mouth corner move together when it comes on.",
    "I've had a jumping lower lid since spring and over the past month it has begun dragging my mouth up too.",
    "The twitch under my left eye is now pulling my cheek upwards every few minutes.",
    "my eyelid spasms and lately it pulls the corner of my mouth up with it",
])
def test_eye_and_mouth_moving_together_is_spread(text):
    assert statuses(text).get("spread_to_lower_face") == "present"


# Slurred speech with a hand that has wasted and fumbles buttons, over months and never sudden, is a
# slowly progressive weakness: a neurologist soon, not an ambulance; the same words within hours stay
# an emergency (L066).
@pytest.mark.parametrize("text", [
    "My mum is 70. Her words have been getting slurred over the past year. Her left hand has gone thin and "
    "she can't do up her buttons any more. Her chin twitches as well. It was never sudden. What could this be?",
    "Over 8 months my husband's speech has slowly got thick and slurred. His right hand can't do up buttons "
    "and the muscle by his thumb has wasted away. His tongue ripples when he rests it. Nothing came on suddenly.",
    "I'm 62 and for about half a year my speech is slurring more and my arm is weaker, it has been gradual, "
    "not sudden, and the muscles of my arm and my lip flicker.",
])
def test_slowly_progressive_speech_and_limb_weakness_is_not_an_ambulance(text):
    from twitchcheck.pipeline import consult
    result = consult(text)
    assert result.triage.level in {"consultation_24", "consultation"}
    assert result.differential[0].condition == "motor_neuron_disease"


@pytest.mark.parametrize("text", [
    "His speech went slurred and he can't lift his right arm. It wasn't sudden, it crept up over the afternoon.",
    "Since this morning my words are slurred and my hand can't do up buttons, not sudden, it built up slowly.",
])
def test_speech_and_limb_trouble_within_hours_stays_an_ambulance(text):
    from twitchcheck.pipeline import consult
    assert consult(text).triage.level == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "It was never a sudden event, more a slow creep.",
    "nothing sudden about it, it came on gradually",
    "It wasn't sudden at all.",
])
def test_a_denied_sudden_start(text):
    assert statuses(text).get("sudden_onset") == "absent"


# A lid "going down" is a droop, and "two image(s)", "two pictures" are double vision, as non-native
# writers put them (L049).
@pytest.mark.parametrize("text", [
    "In the evening my right eyelid is going down and I must lift it with my finger.",
    "my upper lid keeps going down when I am tired from work",
    "After reading, the lid of my left eye is going down over the eye.",
])
def test_a_lid_going_down_is_a_droop(text):
    assert statuses(text).get("ptosis") == "present"


@pytest.mark.parametrize("text", [
    "Sometimes when I watch TV I see two image of it.",
    "when I drive at night I see two pictures of the cars",
    "Since one week I see every thing two times in the evening.",
])
def test_two_images_are_double_vision(text):
    assert statuses(text).get("double_vision") == "present"


# A list of tics that names a pulling mouth corner beside hard blinks is two tics, not a twitch that
# spread from the eye (L053).
@pytest.mark.parametrize("text", [
    "I've had tics all my life, mostly eye blinking and mouth corner pulls.",
    "His tics are nose wrinkling, mouth corner pulls and throat clearing.",
    "Tourette's since age 8 - winks, mouth corner pulls, neck jerks.",
])
def test_a_mouth_corner_pull_in_a_list_of_tics_is_no_spread(text):
    found = statuses(text)
    assert found.get("lower_face_twitching") == "present"
    assert "spread_to_lower_face" not in found


def test_an_eye_that_shuts_as_the_mouth_corner_pulls_is_still_spread():
    assert statuses("When my left eye shuts, my mouth corner pulls over to that side.").get(
        "spread_to_lower_face") == "present"


# Someone else's guess at a deficiency ("my friend says it's low magnesium") is no known low calcium;
# a measured low level is (L010).
@pytest.mark.parametrize("text", [
    "My lid twitches. My sister reckons it's low magnesium.",
    "eye flickering for a week, my mum thinks its a lack of calcium or magnesium",
    "Lower lid jumping. The lady in the health shop said it is probably low magnesium.",
    "My eyelid jumps. Could it be low calcium?",
])
def test_someone_elses_guess_at_low_magnesium_is_no_low_calcium_risk(text):
    assert statuses(text).get("low_calcium_risk") not in {"present", "reported_by_other"}


@pytest.mark.parametrize("text", [
    "My blood test showed low magnesium and now my eyelid twitches.",
    "I'm on dialysis and my lip keeps twitching.",
])
def test_a_measured_low_level_is_a_low_calcium_risk(text):
    assert statuses(text).get("low_calcium_risk") == "present"


# A cosmetic question about the skin around the eyes is outside what we cover, Botox or not; a side
# effect of cosmetic Botox on the lid is not (L069).
@pytest.mark.parametrize("text", [
    "What's the best serum for fine lines under my eyes? I'm 52.",
    "Is cosmetic Botox for my forehead lines and crow's feet worth it at 38?",
    "which eye cream gets rid of dark circles and wrinkles around the eyes",
])
def test_a_cosmetic_question_is_out_of_scope(text):
    from twitchcheck.pipeline import consult
    assert consult(text).in_scope is False


def test_a_lid_drooping_after_cosmetic_botox_is_in_scope():
    from twitchcheck.pipeline import consult
    assert consult("I had cosmetic Botox for crow's feet last week and now my left eyelid droops.").in_scope is True
