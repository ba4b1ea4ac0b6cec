"""Understanding: what the words mean (the lexicon, the findings' phrases and combinations).

Each case is a paraphrase of a class of phrasing, not a sentence of the annotated set.
"""

from __future__ import annotations

import pytest

from twitchcheck.understanding import understand
from twitchcheck.understanding.text import clean_text


def statuses(text: str) -> dict[str, str]:
    return {finding: mention.status for finding, mention in understand(clean_text(text)).findings.items()}


# One eye that closes by itself twitches shut (hemifacial spasm); a squeeze, a clamp or both eyes
# at once is the forced closure of blepharospasm.
@pytest.mark.parametrize(
    ("text", "present", "not_found"),
    [
        ("my right eye keeps shutting by itself many times a day", "eyelid_twitching", "forced_eye_closure"),
        ("his left eye closes on its own every few minutes", "eyelid_twitching", "forced_eye_closure"),
        ("both my eyes clamp shut in the supermarket", "forced_eye_closure", None),
        ("my eyes squeeze shut and I cannot open them for seconds", "forced_eye_closure", None),
        ("the lid shuts on its own now and then", "eyelid_twitching", "forced_eye_closure"),
    ],
)
def test_an_eye_closing_by_itself_and_eyes_forced_shut(text, present, not_found):
    found = statuses(text)
    assert found.get(present) == "present"
    assert not_found is None or not_found not in found


@pytest.mark.parametrize(
    "text",
    [
        "I'm scared they will squeeze shut on the motorway and I won't be able to open them",
        "what if one day they clamp shut and I can't open them",
    ],
)
def test_a_feared_forced_closure(text):
    assert statuses(text).get("forced_eye_closure") == "hypothetical"


# Spread: the cheek or mouth moving with the eye, in the words people use for it.
@pytest.mark.parametrize(
    "text",
    [
        "apparently my right eye closes and my cheek goes up with it",
        "my eye twitches and now the corner of my mouth gets pulled along",
        "it began in my left eye and now my cheek gets pulled in too",
    ],
)
def test_the_cheek_or_mouth_moving_with_the_eye_is_spread(text):
    found = statuses(text)
    assert found.get("spread_to_lower_face") in ("present", "reported_by_other")
    assert found.get("eyelid_twitching") == found["spread_to_lower_face"]
    assert found.get("lower_face_twitching") == found["spread_to_lower_face"]


@pytest.mark.parametrize(
    "text",
    [
        "the corner of my lip kind of pulls sometimes",
        "my face and mouth jerked, then my right hand joined in",
    ],
)
def test_a_pull_or_another_part_joining_in_is_not_spread(text):
    assert "spread_to_lower_face" not in statuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "my wife says my eye keeps winking at her",
        "my colleagues ask why I keep winking at them",
    ],
)
def test_winking_by_itself_is_a_twitch_not_synkinesis(text):
    found = statuses(text)
    assert "eyelid_twitching" in found
    assert "synkinesis_with_movement" not in found


@pytest.mark.parametrize(
    "text",
    [
        "my left eye flickers when I'm talking on the phone",
        "my eyelid jumps when I chat with people",
    ],
)
def test_a_twitch_while_talking_is_not_synkinesis(text):
    found = statuses(text)
    assert found.get("eyelid_twitching") == "present"
    assert "synkinesis_with_movement" not in found


@pytest.mark.parametrize(
    "text",
    [
        "When I laugh my eye narrows, and when I blink hard the corner of my mouth pulls up.",
        "When she eats her eye closes, and when she blinks her mouth lifts up.",
    ],
)
def test_both_halves_of_synkinesis_explain_their_own_words(text):
    found = statuses(text)
    assert found.get("synkinesis_with_movement") == "present"
    assert "spread_to_lower_face" not in found


@pytest.mark.parametrize(
    ("text", "finding", "not_found"),
    [
        ("when I shut my eyes tight the corner of my mouth goes up", "synkinesis_with_movement", "spread_to_lower_face"),
        ("if I close my eye firmly my lip lifts", "synkinesis_with_movement", "spread_to_lower_face"),
        ("when the eye clamps shut the corner of the mouth pulls up too", "spread_to_lower_face",
         "synkinesis_with_movement"),
    ],
)
def test_closing_the_eyes_on_purpose_is_synkinesis_a_spasm_closing_them_is_spread(text, finding, not_found):
    found = statuses(text)
    assert found.get(finding) == "present"
    assert not_found not in found


# Tics of the head, shoulder and nose are other body tics; their words are not an arm, a twitching eye or a
# neck pulled by dystonia.
@pytest.mark.parametrize(
    ("text", "not_found"),
    [
        ("my daughter keeps shrugging her shoulder and blinking", {"arm_jerking", "limb_weakness"}),
        ("he shakes his head quickly, lifts his shoulder and blinks", {"arm_jerking", "jaw_or_tongue_dystonia"}),
        ("I keep scrunching up my nose when I read", set()),
        ("she wrinkles her nose over and over", set()),
    ],
)
def test_tics_of_the_head_shoulder_and_nose(text, not_found):
    found = statuses(text)
    assert found.get("other_body_tics") == "present"
    assert not (not_found & set(found))


@pytest.mark.parametrize(
    ("text", "finding", "status"),
    [
        ("no other weird movements, only the blinking", "other_body_tics", "absent"),
        ("he doesn't make any noises or other movements", "other_body_tics", "absent"),
        ("he doesn't make any noises or other movements", "vocal_tics", "absent"),
        ("i make this little hmm noise when it happens", "vocal_tics", "present"),
        ("she makes a sound like a tiny cough, over and over", "vocal_tics", "present"),
        ("she also made a small throat-clearing sound", "vocal_tics", "present"),
    ],
)
def test_sounds_and_other_movements(text, finding, status):
    assert statuses(text).get(finding) == status


@pytest.mark.parametrize(
    "text",
    [
        "humming a song helps the spasm for a while",
        "if I hum it stops for a moment",
    ],
)
def test_humming_that_eases_a_spasm_is_not_a_vocal_tic(text):
    assert "vocal_tics" not in statuses(text)


# A jaw locked or pulled open and a tongue pushing out are dystonia; repeated chewing or smacking
# is an oral movement; one does not make the other.
@pytest.mark.parametrize(
    ("text", "present", "not_found"),
    [
        ("his jaw is pulling open and his tongue pushing forward", "jaw_or_tongue_dystonia", "oral_movements"),
        ("since this morning her jaw is locked and her tongue keeps twisting", "jaw_or_tongue_dystonia",
         "oral_movements"),
        ("my neck keeps twisting to the right and I can't stop it", "jaw_or_tongue_dystonia", "oral_movements"),
        ("her head has been turning to the left by itself for months", "jaw_or_tongue_dystonia", None),
        ("sometimes his tongue pokes out of his mouth", "jaw_or_tongue_dystonia", None),
        ("he keeps chewing on nothing and smacking his lips", "oral_movements", "jaw_or_tongue_dystonia"),
    ],
)
def test_dystonia_of_jaw_tongue_and_neck_and_oral_movements(text, present, not_found):
    found = statuses(text)
    assert found.get(present) == "present"
    assert not_found is None or not_found not in found


# A lip pulled down and held is the tonic pull; a mouth corner pulled to one side in a spasm is not.
@pytest.mark.parametrize(
    ("text", "found_tonic"),
    [
        ("my lower lip gets dragged down to the left and stays there for a minute", True),
        ("the corner of her mouth gets pulled sideways and is held there for seconds", True),
        ("the corner of my mouth pulls to the left side when the eye closes", False),
        ("the left side of the mouth pulls up to the ear with the eye", False),
    ],
)
def test_a_lip_pulled_down_and_held(text, found_tonic):
    found = statuses(text)
    assert ("lip_pulled_down_tonic" in found) == found_tonic
    if found_tonic:
        assert "lower_face_twitching" not in found


# After an episode: weakness for a while is post-event weakness (Todd's paresis), tiredness is
# post-episode exhaustion, not a trigger.
@pytest.mark.parametrize(
    ("text", "finding", "status"),
    [
        ("Afterwards his left hand was floppy for half an hour.", "post_event_weakness", "present"),
        ("She was sleepy afterwards and her right arm stayed weak for about an hour.", "post_event_weakness",
         "present"),
        ("afterwards he is back to normal, no weakness at all", "post_event_weakness", "absent"),
        ("After each attack she is wiped out and sleeps for hours.", "after_episode_exhaustion", "present"),
        ("afterwards he's himself again, not tired or muddled", "after_episode_exhaustion", "absent"),
    ],
)
def test_after_an_episode(text, finding, status):
    assert statuses(text).get(finding) == status


def test_tiredness_after_an_episode_is_not_a_trigger():
    assert "trigger_fatigue" not in statuses("After the attack she is exhausted for the rest of the day.")


@pytest.mark.parametrize(
    "text",
    [
        "her face jerked and then foam was coming out of her mouth",
        "spit was dripping from his mouth while it happened",
    ],
)
def test_saliva_coming_from_the_mouth_is_drooling(text):
    assert statuses(text).get("drooling") == "present"


# Denials by concept: the words for speech with a word for fine, unless a negation turns them round.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("his speech sounds fine to me", "absent"),
        ("I can talk fine and my arms are ok", "absent"),
        ("her speaking is normal", "absent"),
        ("no trouble with swallowing or talking", "absent"),
        ("he has trouble talking since this morning", "present"),
        ("he isn't talking normally", None),
        ("she is not able to lift her arms", None),
    ],
)
def test_speech_denied_by_concepts_and_a_negation_turning_a_denial_round(text, status):
    found = statuses(text)
    finding = "limb_weakness" if "arms" in text and "lift" in text else "speech_difficulty"
    assert found.get(finding) == status


@pytest.mark.parametrize(
    "text",
    [
        "Nothing else on my face twitches.",
        "the rest of my face stays still",
        "no other part of her face moves",
        "it's just the eye, nothing in the cheek",
    ],
)
def test_the_rest_of_the_face_still_denies_spread(text):
    found = statuses(text)
    assert found.get("spread_to_lower_face") == "absent"
    assert found.get("lower_face_twitching") == "absent"


def test_the_rest_of_the_face_twitching_is_not_a_denial():
    assert statuses("now the rest of my face is twitching too").get("spread_to_lower_face") != "absent"


@pytest.mark.parametrize(
    "text",
    [
        "I'm not numb anywhere and my hearing is fine",
        "there has been no numbness or weakness anywhere",
    ],
)
def test_numbness_denied_anywhere(text):
    found = statuses(text)
    assert found.get("facial_numbness") == "absent"
    assert found.get("limb_numbness_one_side") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "she cannot sleep lying down because she gets out of breath",
        "he gets short of breath when he lies down and sleeps propped up on pillows",
    ],
)
def test_breathless_lying_flat(text):
    assert statuses(text).get("breathless_lying_flat") == "present"


# Triggers: the exposure in everyday words; a guess at the cause or a distraction is not one.
@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("I've been drinking two monsters a day", "trigger_caffeine"),
        ("had like 4 red bulls yesterday lol", "trigger_caffeine"),
        ("I only slept 4 hours last night", "trigger_fatigue"),
        ("the baby means broken sleep for weeks", "trigger_fatigue"),
        ("he plays games till 2am on the console", "trigger_screens"),
        ("work is insane at the moment", "trigger_stress"),
        ("I get nervous before presentations and it gets worse", "trigger_stress"),
        ("im so stresed at work", "trigger_stress"),
    ],
)
def test_triggers_in_everyday_words(text, finding):
    assert statuses(text).get(finding) == "present"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("My GP said it was just stress.", "trigger_stress"),
        ("We put it down to tiredness at first.", "trigger_fatigue"),
        ("it goes away completely when he is gaming", "trigger_screens"),
        ("she started a new blood pressure tablet", "trigger_screens"),
        ("After the fit she slept for three hours.", "trigger_fatigue"),
    ],
)
def test_a_guess_a_distraction_or_a_pill_is_not_a_trigger(text, finding):
    assert finding not in statuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "when she is busy knitting it calms down",
        "if we read a story together it vanishes",
        "when he is on his playstation it almost disappears",
    ],
)
def test_it_stops_when_distracted(text):
    assert statuses(text).get("distractible_variable") == "present"


def test_not_stopping_reading_about_it_is_no_distraction():
    assert "distractible_variable" not in statuses("I can't stop reading about it online.")


@pytest.mark.parametrize("text", ["sunny days are the worst for it", "it is worse in bright shops"])
def test_bright_places_make_it_worse(text):
    assert statuses(text).get("light_sensitivity") == "present"


# Sensations, signs and history in the words people use (each row: text, finding, status; None = not found).
@pytest.mark.parametrize(
    ("text", "finding", "status"),
    [
        ("my girlfriend says my eye twitches while I'm asleep", "facial_numbness", None),
        ("my lips tingle and my hands cramp up into a claw", "hands_feet_numbness", None),
        ("my lips tingle and my hands cramp up into a claw", "hand_cramps", "present"),
        ("her fingers keep going stiff since the operation", "hand_cramps", "present"),
        ("his hand went into a spasm when they took his blood pressure", "hand_cramps", "present"),
        ("the skin on my forehead has gone hard and shiny", "skin_change_face", "present"),
        ("that cheek looks sunken and dented", "skin_change_face", "present"),
        ("the skin of my face looks thinner on the left", "muscle_wasting", None),
        ("the left side of my face feels stiff", "face_tightness", "present"),
        ("it feels like a mask on that side", "face_tightness", "present"),
        ("I'm terrified the palsy is coming back", "facial_droop", "hypothetical"),
        ("when I fall asleep my eyelid twitches", "ptosis", None),
        ("my lids are droopier by the evening", "ptosis", "present"),
        ("she cannot up the left eyebrow", "forehead_weakness", "present"),
        ("I can raise both eyebrows fine", "forehead_weakness", "absent"),
        ("I can close both eyes fine", "cannot_close_eye", "absent"),
        ("I can close both eyes fine", "forced_eye_closure", None),
        ("his heart was racing and skipping beats", "chest_palpitations", "present"),
        ("my eyelid beats like a heartbeat", "chest_palpitations", None),
        ("I was staring at my laptop until midnight", "impaired_awareness", None),
        ("she is totally with it during them", "impaired_awareness", "absent"),
        ("he hasn't had any headaches", "sudden_severe_headache", "absent"),
        ("she said the room was spinning", "vertigo_imbalance", "present"),
        ("I nearly fell over in the kitchen", "head_trauma_history", None),
        ("my mother had something similar when she was older", "family_history_movement", "present"),
        ("his arms and legs were shaking", "widespread_fasciculations", None),
        ("little twitches keep popping up in my calves", "widespread_fasciculations", "present"),
        ("the twitch is worse when I'm tired", "fatigable_weakness", None),
        ("I'm scared her throat will swell shut", "breathing_swallowing_difficulty", "hypothetical"),
        ("she is struggling to swallow", "swallowing_difficulty", "present"),
        ("swallowing is fine", "swallowing_difficulty", "absent"),
        ("food tasted of nothing on that side", "taste_change", "present"),
        ("got a temperature too", "fever", "present"),
        ("her temprature was 38.5 last night", "fever", "present"),
        ("pressing a fingertip by my eye makes the spasm let go", "sensory_trick", "present"),
        ("stabbing pains in my cheek, a cold breeze or brushing my teeth sets them off", "pain_triggered_by_touch_or_chewing",
         "present"),
        ("my magnesium and vitamin D were low", "low_calcium_risk", "present"),
        ("the drops the optician gave made no difference at all", "relieved_by_drops", "absent"),
        ("since my Bell's palsy my eye twitches when I chew", "synkinesis_with_movement", "present"),
        ("I can't stop blinking and rub my eyes", "sensory_trick", None),
    ],
)
def test_sensations_signs_and_history(text, finding, status):
    assert statuses(text).get(finding) == status


@pytest.mark.parametrize(
    ("text", "finding", "status"),
    [
        ("he keeps pushing his tongue out without meaning to", "jaw_or_tongue_dystonia", "present"),
        ("her tongue keeps poking forward", "jaw_or_tongue_dystonia", "present"),
        ("her right eye is closing itself and the mouth corner of same side pull up", "spread_to_lower_face", "present"),
        ("he couldn't get his words out this morning", "speech_difficulty", "present"),
        ("the eyebrow on that side lifts while the eye is shutting", "eyebrow_rises_with_closure", "present"),
        ("I can smile normally", "facial_droop", "absent"),
        ("her lip is swollen, is this an allergy?", "eye_irritation", None),
        ("my cheek has twitched for days and now my left arm and leg feel numb", "facial_numbness", None),
        ("my cheek has twitched for days and now my left arm and leg feel numb", "limb_numbness_one_side", "present"),
    ],
)
def test_more_meanings(text, finding, status):
    assert statuses(text).get(finding) == status


# A past episode of numbness, weakness or lost or double vision that went away is a past neurological
# episode (findings' past_means); a past spell of dizziness is not one.
@pytest.mark.parametrize(
    ("text", "past_episode"),
    [
        ("Two years ago I had numbness in my left arm for a week that went away.", True),
        ("Two years ago I had double vision for a week that cleared up.", True),
        ("Last spring I had a spell of vertigo for a few days that went away.", False),
    ],
)
def test_a_past_neurological_episode(text, past_episode):
    assert ("past_neuro_episode" in statuses(text)) == past_episode


def test_only_a_mention_that_stays_explains_another_away():
    found = statuses("she has pins and needles round her mouth and her face twitches when you tap her cheek")
    assert found.get("perioral_tingling") == "present"
    assert found.get("face_twitching") == "present"


@pytest.mark.parametrize(
    ("text", "finding", "status"),
    [
        ("my wife says it doesn't stop when I'm asleep", "persists_in_sleep", "reported_by_other"),
        ("his tongue wriggles like a bag of worms", "tongue_fasciculations", "present"),
        ("his tongue wriggles like a bag of worms", "continuous_rippling", None),
        ("it goes away when I lie down in the dark", "distractible_variable", None),
        ("it goes away when he is playing football", "distractible_variable", "present"),
        ("her whole body went stiff and shaking, with foam coming from her mouth", "lower_face_twitching", None),
    ],
)
def test_sleep_tongue_distraction_and_a_convulsion(text, finding, status):
    assert statuses(text).get(finding) == status


@pytest.mark.parametrize(
    ("text", "finding", "status"),
    [
        ("when she is busy chatting with friends it never happens", "distractible_variable", "present"),
        ("He has taken risperidone for twelve years.", "long_term_dopamine_blocker", "present"),
        ("He has taken risperidone for twelve years.", "new_dopamine_blocker", None),
        ("She was given metoclopramide yesterday.", "new_dopamine_blocker", "present"),
    ],
)
def test_it_never_happens_when_busy_and_long_use_of_a_drug(text, finding, status):
    assert statuses(text).get(finding) == status


@pytest.mark.parametrize(
    "text",
    ["one side of my face has a constant wave-like rippling under the skin", "the left side of his face ripples like worms"],
)
def test_rippling_of_the_side_of_the_face_is_a_twitch_of_the_face(text):
    found = statuses(text)
    assert found.get("continuous_rippling") == "present"
    assert found.get("face_twitching") == "present"


@pytest.mark.parametrize(
    ("text", "finding", "status"),
    [
        ("it has never spread anywhere else", "spread_to_lower_face", "absent"),
        ("I've been sleeping badly for weeks", "trigger_fatigue", "present"),
        ("I stay up until 2am most nights", "trigger_fatigue", "present"),
        ("I go to sleep at 3 o'clock and get up at 7", "trigger_fatigue", "present"),
        ("she is breathing fine and can swallow", "breathing_swallowing_difficulty", "absent"),
        ("she is breathing fine and can swallow", "swallowing_difficulty", "absent"),
        ("he keeps jerking his shoulder and blinking", "other_body_tics", "present"),
        ("he keeps jerking his shoulder and blinking", "arm_jerking", None),
        ("paraesthesia in both hands and feet since this morning", "hands_feet_numbness", "present"),
        ("she chokes on water now", "swallowing_difficulty", "present"),
        ("he coughs whenever he drinks", "swallowing_difficulty", "present"),
        ("the muscle at the base of my thumb has gone thin", "muscle_wasting", "present"),
        ("Nothing in my arm, only the face.", "arm_jerking", "absent"),
        ("I can close my eye tight", "cannot_close_eye", "absent"),
        ("speech normal, arms fine", "limb_weakness", "absent"),
        ("she can't lift her right arm properly", "limb_weakness", "present"),
        ("it started in my right eye and now also the cheek and mouth", "spread_to_lower_face", "present"),
        ("my eye shuts and the corner of my mouth pulls up", "spread_to_lower_face", "present"),
        ("my eye shuts and my mouth pulls down and stays like that", "spread_to_lower_face", None),
        ("the twitching began in my cheek and has crept up to my eye", "eyelid_twitching", "present"),
        ("the twitching began in my cheek and has crept up to my eye", "spread_to_lower_face", None),
        ("the corner of my mouth won't go up when I smile", "spread_to_lower_face", None),
        ("I'm scared it will make my eye droop", "ptosis", "hypothetical"),
        ("the optician gave me drops for my eyes", "ptosis", None),
        ("I'm running on flat whites at night", "fatigable_weakness", None),
        ("the flicker is worse in the evening", "fatigable_weakness", None),
        ("the eye is red, really sore and my vision is blurry", "painful_red_eye", "present"),
        ("I fractured my skull in a fall years ago", "head_trauma_history", "present"),
        ("if he sucks a sweet it gets better", "sensory_trick", "present"),
        ("he is not on any mental health meds", "long_term_dopamine_blocker", "absent"),
        ("when she's playing outside she doesn't do it at all", "distractible_variable", "present"),
        ("he doesn't screw his eyes shut, it's only blinking", "forced_eye_closure", "absent"),
        ("he doesn't screw his eyes shut, it's only blinking", "cannot_close_eye", None),
    ],
)
def test_more_ways_of_saying(text, finding, status):
    assert statuses(text).get(finding) == status


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("my lips n fingers are tingleing like pins n needles", "perioral_tingling"),
        ("her eye keeps blinkin and twichin", "eyelid_twitching"),
    ],
)
def test_text_speak_and_misspellings(text, finding):
    assert statuses(text).get(finding) == "present"


@pytest.mark.parametrize(
    ("text", "finding", "status"),
    [
        ("his tongue quivers in his mouth and he gets twitches in his legs", "lower_face_twitching", None),
        ("his tongue quivers in his mouth and he gets twitches in his legs", "face_twitching", None),
        ("we are painting the flat in the evenings", "fatigable_weakness", None),
        ("when I'm busy at work I don't notice it", "distractible_variable", "present"),
        ("sharp lancinating pain in my cheek set off by chewing", "shock_like_pain", "present"),
        ("intermittent, painless, nil spread", "spread_to_lower_face", "absent"),
        ("both his eyes have been blinking for months", "increased_blinking", "present"),
        ("she keeps tripping over things this week", "vertigo_imbalance", "present"),
        ("he keeps pulling his mouth to one side, over and over", "lower_face_twitching", "present"),
        ("it goes away completely when he is asleep", "persists_in_sleep", "absent"),
    ],
)
def test_still_more_ways_of_saying(text, finding, status):
    assert statuses(text).get(finding) == status


# Words muddled or swapped are trouble speaking; a leg dragged or giving way is a weak leg.
@pytest.mark.parametrize(("text", "finding"), [
    ("since this afternoon she keeps muddling her words", "speech_difficulty"),
    ("he gets the names of things wrong since lunch", "speech_difficulty"),
    ("I'm dragging my left leg since this morning", "limb_weakness"),
    ("my right knee keeps giving way since yesterday", "limb_weakness"),
])
def test_muddled_words_and_a_dragged_leg(text, finding):
    assert statuses(text).get(finding) == "present"


@pytest.mark.parametrize("text", [
    "I keep mixing up my tablets and my eyelid twitches",
    "what is the name of this? my eyelid twitches",
])
def test_words_about_other_things_are_not_speech_trouble(text):
    assert "speech_difficulty" not in statuses(text)


@pytest.mark.parametrize(("text", "found"), [
    ("crushing pain in his chest going into his jaw", True),
    ("my chest feels heavy and I'm clammy", True),
    ("there is a lot of pressure at work and my eye twitches", False),
    ("my eye feels heavy by the evening", False),
])
def test_the_chest_pain_of_a_heart_attack(text, found):
    assert ("heart_attack_signs" in statuses(text)) is found


@pytest.mark.parametrize(("text", "finding"), [
    ("My left upper lid has flickered on and off for a week.", "eyelid_twitching"),
    ("The right half of my face went weak this morning, the forehead as well.", "forehead_weakness"),
    ("my face is weak on the left, forehead too", "forehead_weakness"),
])
def test_past_tense_flicker_and_a_forehead_named_with_the_weakness(text, finding):
    assert statuses(text).get(finding) == "present"


@pytest.mark.parametrize(("text", "found"), [
    ("the left side of his mouth has been jerking every few seconds since breakfast", True),
    ("her cheek jerks every two seconds and won't stop", True),
    ("my eyelid twitches every few seconds for a minute, then stops", False),
])
def test_jerks_at_a_steady_short_interval_are_rhythmic(text, found):
    assert ("rhythmic_jerking" in statuses(text)) is found
