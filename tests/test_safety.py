"""Emergencies written the way people write them are never under-triaged (a table of our own phrasings)."""

from __future__ import annotations

import pytest

from twitchcheck import consult
from twitchcheck.knowledge.schema import TRIAGE_ORDER

CASES = [
    # a face told as changed, not yet as drooping, with a stroke sign
    ("his face looks funny and he is slurring his words", "emergency_ambulance"),
    # a relative's fit told with what it left behind is theirs and now (not a past illness of the family)
    ("my husband had a fit and afterwards his arm was weak", "emergency"),
    ("my son had a fit and he can't remember what happened", "emergency"),
    ("My son had a seizure today", "emergency"),
    ("my mum had a seizure, now she can't speak properly", "emergency"),
    ("my face is numb on one side and my arm feels weak, started 10 min ago", "emergency_ambulance"),
    ("My father can't speak properly since an hour and his mouth is crooked", "emergency_ambulance"),
    ("Suddenly my vision went double and my left face is drooping", "emergency_ambulance"),
    ("He cannot lift his arm, his face drooped, he's 70", "emergency_ambulance"),
    ("my mom's face went lopsided an hour ago and she's talking gibberish", "emergency_ambulance"),
    ("my throat feels like it's closing after the antipsychotic injection and my jaw is stuck", "emergency_ambulance"),
    ("i have myasthenia and today i can barely swallow and my breathing is getting hard", "emergency_ambulance"),
    ("i am 25, my eyelid twitches. also i have the worst headache of my life since 20 min", "emergency"),
    ("my daughter has a high fever and her face and arm keep jerking and she won't wake up properly", "emergency"),
    ("took prochlorperazine for vertigo, now my tongue is sticking out and i cant pull it back", "emergency"),
    ("my son got an injection for vomiting and now his jaw is locked and his eyes are stuck looking up", "emergency"),
    ("After my parathyroid operation my hands are cramping like claws and my lips are tingling", "emergency"),
    ("twitching eye and now I can't feel the right side of my body", "emergency"),
    ("my baby's face is twitching on one side and she's not responding", "emergency"),
    ("my wife's speech is slurred and she is confused since this morning", "emergency"),
    ("my mums mouth is droopy and she cant hold her cup, started just now", "emergency_ambulance"),
    ("help my husband collapsed and his face twitched and he is not waking up", "emergency_ambulance"),
    ("my 3 year old is having a seizure his face is jerking", "emergency_ambulance"),
    ("my eye is twitching and my vision is blurry in that eye today, painful and red", "emergency"),
    ("pls help my brother face half paralyze suddenly and hand not moving", "emergency_ambulance"),
    # speech and a limb together, no face and no "suddenly" (found on a blind case set, session 3)
    ("my dad's words are slurred since breakfast and his left hand is weak and clumsy", "emergency_ambulance"),
    ("Quick one about my mum's blood pressure pills. Also she can't get her words out today and her leg gave way",
     "emergency_ambulance"),
    ("My husband's face went weak on the right an hour ago, forehead as well, and the room is spinning for him. "
     "My friend is a nurse and says with the forehead involved it is Bell's palsy", "emergency_ambulance"),
    # rhythmic jerking that goes on through sleep for hours: possibly a seizure that continues
    ("grandad's right cheek has jerked in a steady beat since this morning and it didn't stop when he dozed off",
     "emergency"),
    # a "no," that corrects denies nothing ("his left... no, right side")
    ("my husband's left, no sorry, his right side of the face is drooping and he cannot lift his arm",
     "emergency_ambulance"),
    ("my right cheek has been jerking every few seconds since 7 this morning and it won't stop, I had brain "
     "surgery two years ago", "emergency"),
    # a heart attack beside a twitch (found on a blind case set, session 3)
    ("my eyelid has flickered for a week. since 20 minutes a heavy pressure in my chest goes down my left arm",
     "emergency_ambulance"),
    ("eye twitch again lol. also chest is really tight and im all sweaty, probably just stress", "emergency_ambulance"),
    ("Mum is 80. Since lunch her smile is uneven on the left and she's muddling her words, she wants a lie down",
     "emergency_ambulance"),
    ("my grandma is 79, her smile went lopsided this afternoon and she keeps using the wrong words, like calling "
     "her phone the remote. she wants to nap", "emergency_ambulance"),
    ("eyelid twitch 3 days and today my whole left side feel weak", "emergency"),
    ("my eye jumping and I have very bad headache, never had like this, started suddenly", "emergency"),
    ("after thyroid surgery yesterday my mouth area tingles and my hands are stiff and curled", "emergency"),
    ("my lips and tongue are swelling and my eye twitches", "emergency"),
    ("face twitching then whole body shaking, not responding, started 5 minutes ago", "emergency_ambulance"),
    ("My son (7) had a seizure, his face twitched on one side and his arm jerked for 10 minutes and it is still going",
     "emergency_ambulance"),
    ("her face dropped on one side this morning and her words are mixed up", "emergency_ambulance"),
    ("Dad's speech went funny an hour ago and his right hand is clumsy, now seems better", "emergency"),
    ("my left eye twitching and my left arm feels numb and weak since an hour, I'm 58", "emergency_ambulance"),
    ("Husband woke up and one side of his face is numb and he is slurring, 55 years", "emergency_ambulance"),
    ("my face is swelling and my tongue feels thick after new blood pressure pills", "emergency"),
    ("Bell's palsy since yesterday, is it serious?", "emergency"),
    ("20 minutes ago the sight in my husband's left eye went dark like a curtain, now it is coming back", "emergency"),
    ("my eye is red and really painfull since this morning and my vision is blury", "emergency"),
    ("My dad (72) started new heart tablets and today his lips and tongue have swollen up", "emergency"),
    ("I'm scared: my mum's upper lip has swollen up and her tongue feels thick", "emergency"),
    # a relative's emergency told after the writer's own twitch is still the emergency (session 3, patient)
    ("My eyelid has flickered for a month. Since lunch my wife's mouth droops and she can't lift her arm",
     "emergency_ambulance"),
    ("I get eye twitches a lot. My grandad suddenly can't speak properly and his right leg is weak", "emergency_ambulance"),
    ("my lid jumps, and my daughter was given an anti-sickness jab and now her neck is twisted and her eyes roll up",
     "emergency"),
    # and the writer's emergency after a relative's long-standing one
    ("My sister has had a twitchy cheek for years. Since an hour ago my own face droops and my arm is numb",
     "emergency_ambulance"),
    # speech that sounds drunk or thick, a hand that lets things fall or will not do up a button, g dropped
    # (found on a blind extraction set, session 3)
    ("my nan's mouth is saggin on the left and she's talkin like she's had a few, she doesn't drink",
     "emergency_ambulance"),
    ("his voice sounds all thick and the mug slipped out of his right hand twice, his smile looks lopsided",
     "emergency_ambulance"),
    ("I got up this morning and my left hand won't do what I want it to, and my lip on that side hangs down",
     "emergency_ambulance"),
    ("my mum couldn't do up her buttons after breakfast and her words are coming out slushy", "emergency_ambulance"),
    ("my eyelid twitches. my husband has a heavy feeling in the centre of his chest going down his left arm",
     "emergency_ambulance"),    # a loss of sight that passed this morning, told with its end long after it
    ("this morning the vision in my left eye went black for a few minutes, as if a shutter had come down over "
     "it, then it came back. my eyelid flickers now", "emergency"),
    # a face that suddenly weakens with double vision or a drunken walk: the back of the brain, forehead
    # or no forehead (found on blind case set d)
    ("All of a sudden I'm seeing two of everything and the left side of my face has dropped", "emergency_ambulance"),
    ("Grandpa suddenly sees double and his right face droops, the forehead too, so my aunt says it is Bell's",
     "emergency_ambulance"),
    ("her face has fallen on one side since this morning and she walks like a drunk person, she doesn't drink",
     "emergency_ambulance"),
    ("since lunch my mum's cheek sags on the right and she is wobbly on her feet", "emergency_ambulance"),
    # rhythmic jerking that has gone on for many minutes or hours up to now: a seizure that does not stop
    # (found on blind case set d, L060)
    ("my son's chin and right hand have been twitching in a rhythm for the past 40 minutes and it won't settle",
     "emergency"),
    ("her cheek has jerked regularly like a metronome for over two hours now, she is chatting normally", "emergency"),
    ("his lip corner keeps jerking rhythmically, it has been going on for 20 minutes, he is confused and not "
     "answering", "emergency_ambulance"),
]

#: Ordinary twitches written like emergencies must not become ones.
CALM = [
    "My brother had a seizure once. My eye twitches.",
    "My mother had a stroke years ago and now I have a twitching eye",
    "my eye twitching is not stopping for 3 days",
    "my eyelid is still shaking after a week",
    "My eyelid twitching isn't constant, it comes and goes",
    "I am scared my eye twitch is MS",
    "my eyes are puffy in the morning and my eyelid twitches",
    # a feared outcome asked about without a question word (blind set d, L032)
    "my cheek and eye have twitched on the left for a year, the doctor says botox. It make my face paralysis?",
    "Twitching round my right eye and mouth for 3 years. Surgery make my face droop?",
]


@pytest.mark.parametrize(("text", "at_least"), CASES)
def test_emergency_is_never_under_triaged(text, at_least):
    level = consult(text).triage.level
    assert level is not None, text
    assert TRIAGE_ORDER.index(level) <= TRIAGE_ORDER.index(at_least), (text, level)


@pytest.mark.parametrize("text", CALM)
def test_an_ordinary_twitch_is_not_an_emergency(text):
    level = consult(text).triage.level
    assert level in ("self_care", "consultation"), level


@pytest.mark.parametrize("text", [
    "Since June my face has been drooping on the left",
    "my dad's mouth has hung down on one side since easter",
])
def test_a_duration_guessed_from_a_month_never_lowers_urgency(text):
    # nothing says when the message was written: "since June" may be days ago
    undated = text.replace("Since June ", "").replace(" since easter", "")
    assert TRIAGE_ORDER.index(consult(text).triage.level) <= TRIAGE_ORDER.index(consult(undated).triage.level)


@pytest.mark.parametrize(("older", "danger"), [
    ("My eyelid has twitched for 2 years.", "Since yesterday my left arm is weak."),
    ("My lower lid has been fluttering for 6 months.", "Today my speech is slurred and my right leg feels numb."),
    ("I've had a cheek twitch for ages.", "My face has started drooping on the left."),
])
def test_an_older_twitch_never_lowers_the_urgency_of_a_danger_sign(older, danger):
    # how long the twitch has lasted says nothing about when the weakness began
    assert TRIAGE_ORDER.index(consult(f"{older} {danger}").triage.level) <= TRIAGE_ORDER.index(consult(danger).triage.level)


@pytest.mark.parametrize("text", [
    "My husband's speech is slurred since lunch and his right leg is getting weaker",
    "her speech went slurred this afternoon and her left arm keeps getting weaker",
])
def test_weakness_getting_worse_within_hours_is_still_a_stroke(text):
    # "getting weaker" is not the slow illness a neurologist sees when nothing dates it over weeks
    assert consult(text).triage.level == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "my eyelid has been twitching for the last hour",
    "the right side of my face twitched in a rhythm for 2 minutes last night and then stopped",
    "my cheek jerks in a rhythm for the past few days, on and off",
])
def test_a_twitch_dated_in_minutes_or_a_seizure_that_stopped_is_no_emergency(text):
    # only rhythmic jerking still going on after many minutes is a seizure that does not stop
    assert consult(text).triage.level in ("self_care", "consultation", "consultation_24")


@pytest.mark.parametrize("text", [
    "this morning my left cheek and hand jerked in a rhythm for a minute, I could not get my words out, afterwards "
    "my arm was weak for an hour, now it is back to normal",
    "Suddenly my face started jerking rhythmically and then my arm jerked; after it stopped my arm was weak and my "
    "speech was slurred for 20 minutes",
    "my right hand and mouth corner jerked in a rhythm, I could not speak during it, my hand was weak afterwards",
])
def test_weakness_after_a_witnessed_bout_of_rhythmic_jerking_is_urgent_not_an_ambulance(text):
    # weakness after a seizure (Todd's) still needs the emergency department the same day, but the stroke
    # rules that call an ambulance are about weakness that comes without a seizure (found on blind set d, L061)
    assert consult(text).triage.level == "emergency"


def test_a_droop_after_a_bout_of_jerking_is_still_an_ambulance():
    text = "his mouth jerked in a rhythm for a minute and afterwards his face droops and his arm is weak"
    assert consult(text).triage.level == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "55F, known blepharospasm for 3 years, now oromandibular involvement as well",
    "68F, bilateral blepharospasm on BoNT, new jaw-opening dystonia. Is BoNT to the jaw reasonable?",
    "70yo, Bell's palsy, day 2, on prednisolone",
])
def test_a_clinicians_note_about_a_patient_is_triaged(text):
    # "68F" puts a patient in the message: a condition named in it is the patient's (blind set d, L026)
    assert consult(text).triage.level is not None


def test_an_emergency_outside_what_we_cover_still_says_what_it_may_be():
    result = consult("Which cholesterol tablet is best for my mum? Also since breakfast her words come out slurred "
                     "and she can't lift her left arm.")
    assert result.in_scope is False
    assert result.triage.level == "emergency_ambulance"
    assert result.differential[0].condition == "stroke"


@pytest.mark.parametrize("text", [
    # what is left of a palsy months ago is no new weakness, nor an emergency
    "Left facial palsy 7 months ago, partly recovered; now the eye closes when I smile",
    "R Bell's palsy 2 yrs ago with some weakness left, eye waters when I eat",
])
def test_a_palsy_dated_months_ago_is_not_a_new_weakness(text):
    assert consult(text).triage.level == "consultation"


@pytest.mark.parametrize(("text", "mri"), [
    # no recovery months after a palsy is not its usual course: a specialist and a scan (blind set d, L036)
    ("Had Bell's palsy in June, it's now October and the left side is still weak, no improvement at all.", "recommended"),
    ("I had Bell's palsy 5 months ago and my face has not improved at all, my eye still won't close.", "recommended"),
    # weeks without improvement: a doctor's review, no scan yet
    ("Bell's palsy 5 weeks ago, my face hasn't got any better and my eye can't close.", None),
])
def test_a_palsy_that_does_not_recover_is_reviewed(text, mri):
    result = consult(text)
    assert result.triage.level == "consultation"
    if mri:
        assert result.imaging.mri == mri
    assert result.differential[0].condition == "bells_palsy"


def test_a_palsy_that_does_not_recover_but_came_back_suddenly_is_still_urgent():
    result = consult("Bell's palsy 4 months ago, no improvement, and since this morning my arm is weak and my speech slurred")
    assert TRIAGE_ORDER.index(result.triage.level) <= TRIAGE_ORDER.index("emergency")


def test_a_weak_face_with_a_lump_by_the_ear_is_seen_within_a_day():
    result = consult("I had Bell's palsy four months ago and it hasn't got better. Now there is a firm lump in front of my ear.")
    assert result.triage.level == "consultation_24" and result.imaging.mri == "recommended"


def test_a_parotid_tumour_taken_out_is_no_lump_now():
    result = consult("After surgery to remove a parotid tumour a year ago my face was weak for a while. "
                     "Now my eye closes when I smile.")
    assert result.triage.level == "consultation"


@pytest.mark.parametrize("text", [
    "my face feels weird since this morning",
    "Something is wrong with my face, it feels strange",
])
def test_a_face_that_feels_different_is_triaged_and_asked_about(text):
    result = consult(text)
    assert result.in_scope and result.triage.level == "consultation_24"
    asked = {q.finding for q in result.next_questions}
    assert asked & {"facial_droop", "speech_difficulty", "limb_weakness", "facial_numbness"}


@pytest.mark.parametrize("text", [
    "my eye is acting up",
    "what is going on with my eyelid?",
    "My son's face does a weird thing",
    "I have a problem with the muscles around my mouth",
])
def test_a_trouble_told_without_what_it_does_is_seen_by_a_doctor(text):
    # not "no symptoms described", and not self-care on a guess
    result = consult(text)
    assert result.in_scope and result.triage.level == "consultation", result.triage
    assert len(result.differential) >= 3
    assert "did not describe symptoms" not in result.answer_text


def test_a_vague_trouble_gives_way_to_the_movement_told_beside_it():
    result = consult("my eye is acting up, it twitches every day")
    assert {e.finding for e in result.evidence} == {"eyelid_twitching"}
    assert result.triage.level == "self_care"


def test_an_emergency_outside_the_face_gets_no_list_of_face_conditions():
    result = consult("my dad's 58 and he's got a crushing pain in the middle of his chest going into his left arm, "
                     "he's gone grey and sweaty. what do i do")
    assert result.triage.level == "emergency_ambulance"
    assert result.differential == []
    assert result.imaging.mri is not None  # something to triage: the contract's MRI advice is given
    assert "most likely" not in result.answer_text
