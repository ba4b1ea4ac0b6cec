"""The status of a finding: whose it is, whether it is denied, feared, doubted, over or seen by others.

Each case is a paraphrase of a class of phrasing, not a snippet of the extraction set."""

from __future__ import annotations

import pytest

from twitchcheck.understanding import understand
from twitchcheck.understanding.text import clean_text


def _status(text: str, finding: str) -> str | None:
    return understand(clean_text(text)).status(finding)


@pytest.mark.parametrize("text", [
    "My uncle has MS and he says that is how his started. My eyelid jumps. Could this be MS too?",
    "my grandmother had multiple sclerosis. is my twitching eye a sign of ms?",
])
def test_a_relatives_illness_outranks_the_worry_about_it(text):
    assert _status(text, "known_ms") == "other_person"


@pytest.mark.parametrize("text", [
    "I worry it is the same bells palsy my grandad had, my left eye twitches",
    "Is this the start of the Bell's palsy my nan had? my eyelid flickers",
])
def test_a_relatives_cue_after_the_illness_still_makes_it_theirs(text):
    assert _status(text, "history_facial_palsy") == "other_person"
    assert _status(text, "eyelid_twitching") == "present"


@pytest.mark.parametrize("text", [
    "my lid keeps jumping and I am convinced I have MS",
    "eyelid twitch for a week, do I have MS?",
])
def test_a_guess_that_leads_into_the_mention_is_a_guess(text):
    assert _status(text, "known_ms") == "hypothetical"


@pytest.mark.parametrize(("text", "finding"), [
    ("my flatmate spotted my left eyelid twitching while we watched tv", "eyelid_twitching"),
    ("My teenage daughter says I keep blinking a lot when I read", "increased_blinking"),
    ("The optician said my eyes are dry. My lid flutters.", "eye_irritation"),
    ("my bf tells me my cheek twitching happens at night", "lower_face_twitching"),
    ("People at work keep asking why my eye keeps twitching", "eyelid_twitching"),
])
def test_what_someone_else_saw_or_said_is_reported_by_them(text, finding):
    assert _status(text, finding) == "reported_by_other"


@pytest.mark.parametrize("text", [
    "My wife says I snore. My right eyelid twitches all day.",
    "my husband noticed nothing, but my eye keeps twitching",
])
def test_a_report_does_not_reach_the_writers_own_sentence(text):
    assert _status(text, "eyelid_twitching") == "present"


@pytest.mark.parametrize(("text", "finding"), [
    ("my jaw kind of pulls open on its own when I talk", "jaw_or_tongue_dystonia"),
    ("my cheek sort of twitches every few minutes", "lower_face_twitching"),
])
def test_sort_of_describes_how_not_whether(text, finding):
    assert _status(text, finding) == "present"


@pytest.mark.parametrize("text", [
    "I think I feel a bit dizzy since my left eyelid started twitching",
    "maybe I have been more tired since the twitch in my eyelid began",
])
def test_a_doubt_does_not_reach_past_since(text):
    assert _status(text, "eyelid_twitching") == "present"


@pytest.mark.parametrize(("text", "finding"), [
    ("My eyes squeeze shut. If I get the injections, could they leave me with a droopy eyelid?", "ptosis"),
    ("my GP suggested tablets for the spasm, would they give me double vision?", "double_vision"),
])
def test_a_question_about_what_a_treatment_could_do_is_hypothetical(text, finding):
    assert _status(text, finding) == "hypothetical"


@pytest.mark.parametrize(("text", "finding"), [
    ("Two summers ago my right hand went numb for a couple of days, but it cleared up. Now my eyelid twitches.",
     "limb_numbness_one_side"),
    ("I had a high fever at the weekend, that's all cleared up now. Today my eyelid flickers.", "fever"),
    ("Years ago I lost the vision in one eye for ten days and it came back. My lid jumps now.", "vision_loss"),
    ("after the operation I got cramps in my hands for a week, sorted with tablets. my eye twitches now",
     "hand_cramps"),
])
def test_an_episode_told_with_its_end_is_over(text, finding):
    assert _status(text, finding) == "historical"
    assert _status(text, "eyelid_twitching") == "present"


@pytest.mark.parametrize("text", [
    "My eyelid twitches. My face looks normal when it isn't twitching.",
    "my lid twitches a lot; when it's not twitching I feel completely fine",
])
def test_when_it_is_not_doing_it_is_a_time_not_a_denial(text):
    assert _status(text, "eyelid_twitching") == "present"


@pytest.mark.parametrize(("text", "finding"), [
    ("No weakness in his arms or legs, his smile is even and his left eye twitches", "facial_droop"),
    ("none of the tingling in the legs, the smile is even, but the eyelid jumps", "facial_droop"),
])
def test_a_denial_that_a_wide_mention_spans_still_denies(text, finding):
    assert _status(text, finding) == "absent"


@pytest.mark.parametrize("text", [
    "My left eyelid flutters. I have not noticed numbness anywhere.",
    "eyelid jumping for a week, no tingling anywhere and no numbness or weakness anywhere",
])
def test_numbness_denied_anywhere_is_denied_in_the_face_and_limbs(text):
    assert _status(text, "facial_numbness") == "absent"
    assert _status(text, "limb_numbness_one_side") == "absent"


@pytest.mark.parametrize("text", [
    "My right lower lid twitches many times a day. Nothing else twitches.",
    "upper eyelid flickering for a month, the rest of my face stays still",
    "My eyelid twitches but it's just the eye, no other part of my face twitches.",
])
def test_a_twitch_limited_to_the_eye_denies_the_lower_face(text):
    assert _status(text, "spread_to_lower_face") == "absent"
    assert _status(text, "lower_face_twitching") == "absent"
    assert _status(text, "eyelid_twitching") == "present"


@pytest.mark.parametrize("text", [
    "my mum and my uncle both have blepharospasm and now my own eyes keep clamping shut",
    "my sister and my aunt both had hemifacial spasm; now i have my eye twitching",
])
def test_relatives_named_together_for_their_illness_are_not_the_patient(text):
    assert understand(clean_text(text)).patient.subject == "writer"


@pytest.mark.parametrize("text", [
    "My son is 12. He blinks hard all day. I keep wondering whether the tics come from the screens.",
    "My daughter is 7 and blinks a lot. I keep wondering if the blinking is from her tablet.",
])
def test_the_writers_wondering_does_not_make_them_the_patient(text):
    assert understand(clean_text(text)).patient.subject == "other"


@pytest.mark.parametrize(("text", "finding"), [
    ("My eyelid twitches. My left cheek twitches too, but maybe I'm imagining it.", "lower_face_twitching"),
    ("my eye has been twitching a week. my mouth corner twitches sometimes, I'm not sure.", "lower_face_twitching"),
    ("Eyelid flutters all day. I might also be blinking a lot more, not sure.", "increased_blinking"),
])
def test_a_doubt_told_afterwards_makes_it_uncertain(text, finding):
    assert _status(text, finding) == "uncertain"
    assert _status(text, "eyelid_twitching") == "present"


@pytest.mark.parametrize("text", [
    "My eyelid twitches and I'm not sure why.",
    "my eye keeps twitching, not sure what to do",
])
def test_not_knowing_why_is_not_a_doubt_about_the_symptom(text):
    assert _status(text, "eyelid_twitching") == "present"


@pytest.mark.parametrize("text", [
    "eyelid twitching on and off, I'm afraid it could spread down to my cheek twitching like my dad's",
    "my lid jumps and I am worried one day it will move on to my mouth twitching too",
])
def test_a_place_a_twitch_is_feared_to_reach_is_not_the_persons_own(text):
    assert _status(text, "lower_face_twitching") != "present"
    assert _status(text, "eyelid_twitching") == "present"


@pytest.mark.parametrize("text", [
    "I'm scared that my eye twitching is a brain tumour",
    "terrified my cheek twitch means something bad",
])
def test_the_symptom_a_worry_starts_from_is_real(text):
    found = understand(clean_text(text))
    assert found.present("eyelid_twitching") or found.present("lower_face_twitching")


@pytest.mark.parametrize("text", [
    "my eyelid jumps all day, I'm afraid it will end up like my mum's",
    "My eye twitches just like my grandfather's did before his stroke",
])
def test_a_relative_named_to_compare_with_is_not_the_patient(text):
    assert understand(clean_text(text)).patient.subject == "writer"


@pytest.mark.parametrize("text", [
    "My eyes squeeze shut all the time. I'm not sure if my eyelids twitch too.",
    "my eyes clamp shut by themselves in shops, maybe my eyelids twitch as well",
])
def test_what_an_affirmed_finding_entails_outranks_a_doubt_about_it(text):
    assert _status(text, "eyelid_twitching") == "present"


@pytest.mark.parametrize(("text", "finding"), [
    ("Both eyes keep clamping shut. If I touch the side of my eye it stops for a while.", "sensory_trick"),
    ("my eyelid jumps all day and if I drink coffee it gets worse", "trigger_caffeine"),
])
def test_what_happens_if_something_is_done_is_real(text, finding):
    assert _status(text, finding) == "present"


@pytest.mark.parametrize(("text", "finding"), [
    ("My eye twitches. If it spreads to my cheek, what does that mean?", "spread_to_lower_face"),
    ("what if my face droops one day?", "facial_droop"),
])
def test_what_might_happen_is_still_hypothetical(text, finding):
    assert _status(text, finding) == "hypothetical"


def test_a_cue_names_only_findings_of_the_catalogue():
    from twitchcheck.knowledge.loader import cross_check, knowledge

    kb = knowledge()
    broken = kb.model_copy(update={"context": [*kb.context, kb.context[0].model_copy(update={"not_for": ["no_such"]})]})
    assert any("not_for unknown finding no_such" in problem for problem in cross_check(broken))


@pytest.mark.parametrize(("text", "finding"), [
    ("my right eyelid has been flickering for a week. could it be the caffeine?", "trigger_caffeine"),
    ("My daughter blinks hard all day. Is it from the screens?", "trigger_screens"),
])
def test_an_exposure_asked_about_as_the_cause_is_the_persons(text, finding):
    assert _status(text, finding) == "present"


@pytest.mark.parametrize(("text", "finding"), [
    ("My mouth corner twitches since this morning. His speech sounds fine and he can speak normally.",
     "speech_difficulty"),
    ("left eyelid twitch, I can talk fine and swallowing is normal", "speech_difficulty"),
    ("left eyelid twitch, I can talk fine and swallowing is normal", "swallowing_difficulty"),
    ("My right eye twitches. I can smile normally and close my eyes fine.", "facial_droop"),
    ("My right eye twitches. I can smile normally and close my eyes fine.", "cannot_close_eye"),
])
def test_a_function_said_to_work_denies_its_trouble(text, finding):
    assert _status(text, finding) == "absent"


@pytest.mark.parametrize("text", [
    "My son blinks and grunts all day, but when he is reading it does not happen at all.",
    "her eyes tic a lot. when she is drawing it not happen",
])
def test_a_negation_that_is_part_of_what_is_said_does_not_deny_it(text):
    assert _status(text, "distractible_variable") == "present"


@pytest.mark.parametrize(("text", "finding"), [
    ("my eyelid twitches but my cheek doesn't twitch", "lower_face_twitching"),
    ("his eye blinks a lot, it does not happen when he sleeps", "persists_in_sleep"),
])
def test_a_negation_between_the_words_of_a_mention_still_denies(text, finding):
    assert _status(text, finding) == "absent"


@pytest.mark.parametrize("text", [
    "My eyelid flickers every evening. I just have one cup of coffee at breakfast.",
    "eyelid twitch for two weeks, I hardly drink coffee",
])
def test_a_small_amount_of_coffee_denies_a_lot_of_it(text):
    assert _status(text, "trigger_caffeine") == "absent"


@pytest.mark.parametrize(("text", "finding"), [
    ("since the fall (no injuries, only a bruise) my lower lip pulls down and stays pulled", "lip_pulled_down_tonic"),
    ("my eyelid (not painful at all) keeps jumping", "eyelid_twitching"),
])
def test_a_denial_in_brackets_ends_with_them(text, finding):
    assert _status(text, finding) == "present"


@pytest.mark.parametrize(("text", "finding"), [
    ("My eyelid jumps. I don't get any numbness in my face.", "facial_numbness"),
    ("his lid has twitched for a week, he doesn't slur his words", "speech_difficulty"),
    ("my eye twitches, it didn't spread to my cheek", "spread_to_lower_face"),
    ("I don't think it's spreading, it is only the lower lid", "spreading_or_worsening"),
    ("lid flickering all week, i dont drink coffee at all", "trigger_caffeine"),
])
def test_a_negated_verb_denies_what_follows_it(text, finding):
    assert _status(text, finding) == "absent"


@pytest.mark.parametrize("text", [
    "my cheek doesn't twitch, only my eye",
    "my mouth does not jump, but my left eyelid twitches all day",
])
def test_a_mention_that_goes_on_into_a_contrasting_clause_belongs_to_it(text):
    assert _status(text, "eyelid_twitching") == "present"
    assert _status(text, "lower_face_twitching") == "absent"


@pytest.mark.parametrize(("text", "finding"), [
    ("my left eyelid flickers. I read online that the twitching often spreads to your cheek", "spread_to_lower_face"),
    ("Eye twitching for 10 days and now I've read about MS and can't stop thinking about it", "known_ms"),
    ("my lid jumps all day, I've been reading about ALS and muscle wasting", "muscle_wasting"),
])
def test_what_the_person_read_is_not_said_of_them(text, finding):
    assert _status(text, finding) == "hypothetical"
    assert _status(text, "eyelid_twitching") == "present"


@pytest.mark.parametrize(("text", "finding"), [
    ("My lid has jumped for months. Now my cheek feels heavy. Is that a sign it's spreading?", "spreading_or_worsening"),
    ("I pressed my cheek and my lip twitched. Does that mean I have low calcium?", "low_calcium_risk"),
    ("My eye twitches all day. Is this a sign that my face will droop?", "facial_droop"),
    ("my eyelid twitches, does that mean I have MS?", "known_ms"),
])
def test_asking_what_something_means_is_hypothetical(text, finding):
    assert _status(text, finding) == "hypothetical"


@pytest.mark.parametrize("text", [
    "No numbness or weakness anywhere, just the eyelid twitching away",
    "nothing hurts, just my eyelid that keeps jumping",
])
def test_just_after_a_denial_starts_the_complaint(text):
    assert _status(text, "eyelid_twitching") == "present"


@pytest.mark.parametrize(("text", "finding"), [
    ("my cheek twitches since lunch. breathing is fine, no wheezing", "breathing_swallowing_difficulty"),
    ("Eyelid flutters. Vision NAD, nil spread.", "vision_loss"),
    ("Eyelid flutters. Vision NAD, nil spread.", "spread_to_lower_face"),
    ("left eye twitching for a week, face and arms fine", "limb_weakness"),
    ("my eyelid jumps but I can raise both eyebrows and frown", "forehead_weakness"),
    ("the lid has flickered for a month, it hasn't gone anywhere else", "spread_to_lower_face"),
    ("Whole left side of my face ripples. No droop, no numbness.", "facial_numbness"),
])
def test_a_function_said_to_be_fine_or_a_clinical_nil_denies_its_trouble(text, finding):
    assert _status(text, finding) == "absent"


@pytest.mark.parametrize(("text", "finding"), [
    ("since an hour he is not talking normally and his face droops", "speech_difficulty"),
    ("she isn't swallowing ok since this morning", "swallowing_difficulty"),
    ("since this morning I can't close both eyes tightly", "cannot_close_eye"),
    ("I am unable to shut my eye tight since lunch", "cannot_close_eye"),
    ("I can hardly close my eyes tightly today", "cannot_close_eye"),
])
def test_a_negation_right_before_a_denial_undoes_it(text, finding):
    assert _status(text, finding) != "absent"


@pytest.mark.parametrize("text", [
    "since an hour he is not talking normally and his face droops",
    "I have no headache and my face droops on the left",
])
def test_a_new_subject_after_and_ends_a_denial(text):
    assert _status(text, "facial_droop") == "present"


@pytest.mark.parametrize("text", [
    "My eyelid twitches and I'm not numb anywhere",
    "eye twitch, I have not noticed numbness anywhere",
])
def test_a_denial_that_needs_its_negation_keeps_it(text):
    assert _status(text, "facial_numbness") == "absent"


def test_vision_said_to_be_fine_does_not_deny_double_vision():
    assert _status("My eyelid twitches, my vision is fine.", "double_vision") is None
    assert _status("My eyelid twitches, my vision is fine.", "vision_loss") == "absent"


@pytest.mark.parametrize(("text", "finding"), [
    ("Is it normal for my eyelid to twitch for a month?", "eyelid_twitching"),
    ("is it bad that my cheek has been twitching all week", "lower_face_twitching"),
])
def test_a_question_about_what_the_person_has_is_not_a_doubt_that_they_have_it(text, finding):
    assert _status(text, finding) == "present"


@pytest.mark.parametrize(("text", "finding"), [
    ("my eyes blink hard and if I try to hold it in, the urge builds up", "suppressible_with_urge"),
    ("I had pain behind my ear for a day before and now my face droops", "ear_pain"),
    ("the night before, I had an ache behind my ear; this morning my smile is crooked", "ear_pain"),
    ("my eyelid twitches and it seems to get worse when I'm exhausted from night shifts", "trigger_fatigue"),
    ("The GP said my scan is normal. my eye twitches", "seen_by_doctor"),
])
def test_conditions_lead_ups_and_hedges_on_when_are_real(text, finding):
    assert _status(text, finding) == "present"


@pytest.mark.parametrize(("text", "finding", "status"), [
    ("my mate from work says my eye keeps twitching", "eyelid_twitching", "reported_by_other"),
    ("my eye twitches. A friend from work had Bell's palsy", "history_facial_palsy", "other_person"),
    ("What is the hearing loss risk after the operation?", "hearing_loss", "hypothetical"),
    ("his eyelid was twitching last week, now not. today his arm is weak", "eyelid_twitching", "historical"),
])
def test_whose_it_is_a_risk_asked_about_and_an_episode_now_over(text, finding, status):
    assert _status(text, finding) == status


@pytest.mark.parametrize(("text", "finding"), [
    ("Two years ago I lost the sight in my left eye for a week, then it came back. Now my cheek ripples.",
     "vision_loss"),
    ("In 2019 my left arm went numb for a few days and then it all went back to normal. My lid twitches now.",
     "limb_numbness_one_side"),
    ("Years back my hand went weak for a while, and then it passed. This month my eyelid flutters.", "limb_weakness"),
])
def test_an_episode_whose_end_is_told_after_then_is_over(text, finding):
    assert _status(text, finding) == "historical"


def test_a_twitch_that_came_back_is_back():
    assert _status("my eyelid twitched for a week then stopped, and then it came back worse",
                   "eyelid_twitching") == "present"


@pytest.mark.parametrize(("text", "finding"), [
    ("Yesterday my left arm went numb for ten minutes, then it all went back to normal. My eye twitches.",
     "limb_numbness_one_side"),
    ("An hour ago I lost vision in my right eye for a few minutes and then it came back.", "vision_loss"),
])
def test_a_danger_sign_that_passed_only_lately_still_counts(text, finding):
    assert _status(text, finding) == "present"


@pytest.mark.parametrize("text", [
    "My eyelid jumps. I can smile and close my eyes tight.",
    "left lid twitching, he can frown and shut his eyes tightly",
])
def test_closing_the_eyes_tightly_denies_an_eye_that_will_not_close(text):
    assert _status(text, "cannot_close_eye") == "absent"


@pytest.mark.parametrize(("text", "finding"), [
    ("My eyelid jumps. No trouble swallowing or talking.", "speech_difficulty"),
    ("I have no difficulty speaking or swallowing, my eyelid jumps", "swallowing_difficulty"),
    ("left eye twitch; he has no trouble breathing or swallowing", "swallowing_difficulty"),
])
def test_a_denial_reaches_what_or_joins_to_it(text, finding):
    assert _status(text, finding) == "absent"


def test_a_joined_item_that_is_a_mention_of_its_own_is_left_alone():
    found = understand(clean_text("no weakness or numbness in my arms or legs, my eye twitches"))
    assert found.status("facial_numbness") is None
    assert found.status("limb_numbness_one_side") == "absent"


@pytest.mark.parametrize(("text", "finding"), [
    ("my eye twitches, no trouble with my speech", "speech_difficulty"),
    ("Lid flickering all week. No problems with my vision.", "vision_loss"),
])
def test_a_negation_that_runs_into_a_mention_still_denies_it(text, finding):
    assert _status(text, finding) == "absent"


def test_a_negation_that_is_the_mentions_own_does_not_deny_it():
    assert _status("my eye twitches. there is no feeling in my face since this morning", "facial_numbness") == "present"


@pytest.mark.parametrize("text", [
    "It didn't stop even when he dozed off.",
    "the jerking did not stop even when she fell asleep",
])
def test_a_movement_that_did_not_stop_in_sleep_goes_on_in_sleep(text):
    assert _status(text, "persists_in_sleep") == "present"


@pytest.mark.parametrize(("text", "status"), [
    # asking whether a condition had before has come back reports no symptom
    ("Three years ago I had Bell's palsy on the left. Now my right eye twitches. Is my Bell's palsy coming back?",
     "hypothetical"),
    # opening by saying one has it is a statement, whatever the sentence then asks
    ("I have Bell's palsy, is it serious?", "present"),
])
def test_a_condition_named_in_a_question(text, status):
    assert _status(text, "facial_droop") == status


@pytest.mark.parametrize("text", [
    "46F with an 8-month history of involuntary clenching of the left jaw, several times a day",
    "Pt 50M, 3 week hx of L eyelid twitching",
])
def test_a_clinicians_dated_history_of_is_a_complaint_that_goes_on(text):
    statuses = understand(clean_text(text)).findings
    assert any(m.status == "present" for f, m in statuses.items() if f in ("jaw_clenching_one_side", "eyelid_twitching"))


@pytest.mark.parametrize("text", [
    "woke up with the left side of my face weak so I figured Bell's palsy, also my left hand is clumsy",
    "we assumed it was Bell's palsy, her mouth droops since lunch",
])
def test_a_guess_at_a_condition_is_not_a_diagnosis(text):
    assert understand(clean_text(text)).diagnosed_conditions == []


@pytest.mark.parametrize("text", [
    # a negation stays in its clause: what a contrasting clause after it asserts is not denied
    "My lids don't droop or clamp shut, I only feel a faint flicker",
    "my eyes do not squeeze closed; I just notice a tiny flutter now and then",
    "The eye doesn't hurt or water, but it keeps flickering",
    "Both eyes never screw shut - it is only a small flutter",
])
def test_a_negation_does_not_deny_what_a_contrasting_clause_asserts(text):
    assert _status(text, "eyelid_twitching") == "present"


@pytest.mark.parametrize(("text", "finding"), [
    # ... and still denies what its own clause says
    ("My lids don't droop or clamp shut, I only feel a faint flicker", "forced_eye_closure"),
    ("my eyes do not squeeze closed; I just notice a tiny flutter now and then", "forced_eye_closure"),
    # a negation in the later clause denies it there
    ("My lids don't clamp shut, and I don't get any flutter either", "eyelid_twitching"),
])
def test_a_negation_still_denies_its_own_clause(text, finding):
    assert _status(text, finding) == "absent"
