"""Attributes of the complaint and the course findings derived from them: side, sites, how long."""

from __future__ import annotations

import pytest

from twitchcheck.understanding import understand
from twitchcheck.understanding.attributes import duration_days
from twitchcheck.understanding.text import clean_text


def read(text: str):
    return understand(clean_text(text))


@pytest.mark.parametrize(("text", "expected"), [
    # a limb's side is not the side of the face
    ("My eyelid keeps twitching. My left leg has felt weaker for a week, or maybe I imagine it.", None),
    ("Twitches everywhere, calves and back, and my right hand seems clumsier than it was.", None),
    # a past problem elsewhere does not place the twitch
    ("My eyelid flutters. Two years ago my right arm went numb for a day and then recovered.", None),
    # the direction a head or neck turns is not a side of the face; the direction a mouth is pulled is
    ("Since this morning my head keeps turning to the right and my tongue sticks out.", None),
    ("Sometimes the corner of my mouth is dragged to the left for a few seconds.", "left"),
    # an ability that denies a problem places nothing
    ("My eyelid is jumping. I can shut both eyes fine and my smile is even.", None),
    # both lids, with the lid named
    ("Every evening both of my lower lids flicker.", "both"),
    ("In the afternoons both my upper eyelids sag.", "both"),
    # a twitch that moves to the other eye alternates
    ("the twitch moved from my left eye to my right eye last week", "alternating"),
    ("It was my right lid, now it has jumped over to the other eye.", "alternating"),
    # a side named in a fragment of its own still counts
    ("my eyelid twitches nonstop. right bottom lid. what is it", "right"),
])
def test_side_of_the_face(text, expected):
    assert read(text).attributes.side == expected


def _course(text: str) -> dict[str, str]:
    return {finding: mention.status for finding, mention in read(text).findings.items()}


@pytest.mark.parametrize(("text", "finding", "status"), [
    # a side named for the complaint, even in a fragment of its own
    ("my eyelid flutters. left upper lid.", "one_side_only", "present"),
    ("The lower lid under my right eye has been quivering.", "one_side_only", "present"),
    # a side is as certain as the movement it places
    ("My boyfriend says that when I laugh, my left eye narrows.", "one_side_only", "reported_by_other"),
    # plural eyes or lids doing the movement are both eyes
    ("my eyes keep blinking all the time", "both_eyes", "present"),
    ("her lids keep drooping by the evening", "both_eyes", "present"),
    # both lids named in a sentence the reader found nothing else in
    ("I have myasthenia. My lids droop by night and chewing is tiring.", "both_eyes", "present"),
    ("im 60 with MG. this week his eyelids are droopier than ever.", "both_eyes", "present"),
    # spreading said over a longer sentence
    ("Now it drags up the corner of her mouth and her cheek as well.", "spreading_or_worsening", "present"),
    # never both at once denies both eyes
    ("it jumps in one eye or the other but never both at once", "both_eyes", "absent"),
    ("The twitch picks the left or the right eye, never both together.", "both_eyes", "absent"),
])
def test_where_the_complaint_is(text, finding, status):
    assert _course(text).get(finding) == status


@pytest.mark.parametrize("text", [
    # a singular eye or lid does not say which side, or that only one is affected
    "my eyelid keeps jumping for days",
    "his eye twitches all day, what is it",
    # twitching that moves between the eyes is not on one side only
    "Sometimes my left eye twitches, sometimes the right one.",
    "The flutter moves from one eye to the other every few days, left then right.",
])
def test_not_one_side_only(text):
    assert "one_side_only" not in _course(text)


@pytest.mark.parametrize(("text", "finding"), [
    # the direction a neck or head turns is not one side of the face
    ("Since the injection his neck keeps twisting to one side and he can't stop it.", "one_side_only"),
    ("my head gets pulled towards one side, my eyes roll up", "one_side_only"),
    # a place inside the denial of something else ("I can close both eyes fine")
    ("My lid flutters. I can shut both eyes fine and smile normally.", "both_eyes"),
    ("my eyelid jumps, no trouble closing both eyes", "both_eyes"),
])
def test_not_where_it_is(text, finding):
    assert finding not in _course(text)


@pytest.mark.parametrize(("text", "low", "high"), [
    # the perfect tense dates the problem, even in minutes and hours
    ("His mouth has been jerking like this for ten minutes, what do I do", 0, 0.05),
    ("it's been about an hour since her face went funny", 0, 0.1),
    # a stretch of time up to now, with or without "in the"
    ("last few days my lower lid keeps fluttering", 1, 7),
    ("In last months the corner of the mouth pulls too", 40, 89),
    # an episode had last night or today is the complaint itself
    ("Yesterday evening my husband had a fit where his face jerked for a minute.", 0.5, 2),
    # an event a few days ago bounds what came after it
    ("I had two wisdom teeth out 4 days ago and now my cheek keeps twitching.", 1, 5),
    # misspelt units of time
    ("my eye lid is jumping for 2 weaks now", 10, 20),
    ("the twiching is there for 3 mounths", 80, 100),
    # a diagnosis dates the complaint only when nothing else does
    ("I was diagnosed with MS five years ago. Since Monday my left cheek has been rippling.", 1, 7),
    ("Blepharospasm diagnosed 4 years ago, both eyes.", 1000, 1600),
    # the events that date a duration can be long ("since I crashed my bike on the ice ... ago")
    ("Since I crashed my bike on the ice outside the office 5 months ago my cheek twitches.", 120, 180),
    # the writer's part of a sentence that goes on about a relative
    ("my right lid keeps flickering for the past 2 weeks what if its the start of the palsy my nan had", 10, 20),
])
def test_how_long(text, low, high):
    days = read(text).attributes.duration_days
    assert days is not None and low <= days <= high


@pytest.mark.parametrize("text", [
    # how long each treatment or episode lasts is not how long the problem has lasted
    "I have hemifacial spasm. The injections help for about twelve weeks each time.",
    "The attacks come in clusters, each bout lasts for 2 days.",
    # a past illness and what went with it ("and ... for a few days") is over
    "After my operation in 2019 I had cramps and tingling in my fingers for a few days. Now my eyelid twitches.",
    # "before 10 years" is a non-native "10 years ago"; "2 years back" too
    "Before 10 years I have an accident with the head. My eye is jumping.",
    "My face was weak after an operation 2 years back. My eye jumps.",
])
def test_not_how_long(text):
    assert read(text).attributes.duration_days is None


@pytest.mark.parametrize(("text", "finding", "status"), [
    ("My wife says my eye twitches at night. According to her it began about four months ago.",
     "long_duration", "reported_by_other"),
    ("My husband says my lid flutters in my sleep. I noticed it myself 5 months ago.", "long_duration", "present"),
    ("My eyelid has been ticking for 2 weaks", "short_duration", "present"),
])
def test_course_from_a_duration(text, finding, status):
    assert _course(text).get(finding) == status


@pytest.mark.parametrize(("text", "low", "high"), [
    # a weekday named for the start is within the last week
    ("The flicker in my lower lid began on Wednesday.", 1, 7),
    ("my cheek started jumping last thursday", 1, 7),
    # a month, feast or season named for the start: several weeks; one of last year: most of a year
    ("My lid has been fluttering since August.", 21, 89),
    ("Since the end of January my cheek keeps twitching.", 21, 89),
    ("Ever since I moved house in October my eye twitches.", 21, 89),
    ("My eye has twitched since the winter.", 21, 89),
    ("Since November last year my left eye keeps closing.", 200, 400),
    ("It started last May and my mouth corner still twitches.", 200, 400),
    # an explicit amount of time wins over the guess
    ("I changed jobs in February. My eyelid has been twitching for 10 days.", 10, 10),
    # a named start and a named now: the months between them (blind set d, L036)
    ("Had Bell's palsy in June, it's now October and the left side is still weak.", 115, 130),
    ("My eye started twitching in November and it is February now.", 85, 95),
    ("The twitch began in mid March, we're now in May.", 55, 65),
])
def test_how_long_from_a_date(text, low, high):
    days = read(text).attributes.duration_days
    assert days is not None and low <= days <= high


@pytest.mark.parametrize("text", [
    "The twitch stays for days at a time, then goes.",
    "My eyelid flutters for weeks at a time every spring.",
])
def test_the_length_of_each_spell_is_not_a_duration(text):
    assert read(text).attributes.duration_days is None


@pytest.mark.parametrize("text", [
    # how soon something is expected to pass is not how long it has lasted (blind set d, L036)
    "My eye will not shut. I was told most people recover in a few weeks.",
    "My eyelid twitches; the doctor said it should settle within 2 weeks.",
])
def test_an_expected_recovery_is_not_a_duration(text):
    assert read(text).attributes.duration_days is None


@pytest.mark.parametrize("text", [
    # a day of the month may be days ago: no guess (and no reason to read a droop as weeks old)
    "My face has been drooping since June 3rd.",
    "my mouth droops since the 2nd of May",
])
def test_a_day_of_the_month_is_no_guess(text):
    assert read(text).attributes.duration_days is None


@pytest.mark.parametrize(("text", "finding"), [
    # episodes with normal time between
    ("my eyelid flutters now and again", "comes_and_goes"),
    ("My lower lid twitches once in a while.", "comes_and_goes"),
    ("my cheek twitches periodically, mostly at work", "comes_and_goes"),
    ("Some days my eyelid twitches, some days it is calm.", "comes_and_goes"),
    ("It jumps a few times a week, my left lower lid.", "comes_and_goes"),
    ("a flicker of my lid, a few seconds, then nothing.", "comes_and_goes"),
    ("sharp zaps in my jaw, each lasting just a second or two", "comes_and_goes"),
    # hardly ever stops
    ("my eye twitch no stop since 3 weeks", "constant_movement"),
    ("My lid has been twitching and it doesn't let up.", "constant_movement"),
    ("The jumping hasn't stopped since Sunday.", "constant_movement"),
    ("It is there all the time, this twitch in my cheek.", "constant_movement"),
    # spreading or getting worse
    ("The flutter in my lid has got worse this month.", "spreading_or_worsening"),
    ("my eye twitching has worsened lately", "spreading_or_worsening"),
    ("It began in my left eye and now my cheek jumps as well.", "spreading_or_worsening"),
    ("First the lower lid, then the corner of my mouth joined in.", "spreading_or_worsening"),
    ("The twitching comes more often than before.", "spreading_or_worsening"),
    ("my lid flickers more frequently than it used to", "spreading_or_worsening"),
    ("In the past couple of months the spasms have got worse.", "spreading_or_worsening"),
    # weakness that is getting worse
    ("His hands have become steadily weaker this year.", "progressive_weakness"),
    ("My left arm is growing weaker week by week.", "progressive_weakness"),
    ("She keeps dropping things and her grip is not what it was.", "progressive_weakness"),
])
def test_course_wording(text, finding):
    assert _course(text).get(finding) == "present"


@pytest.mark.parametrize(("text", "finding"), [
    # repetition within one spell is not episodes with normal time between
    ("His face is jerking over and over and he won't answer me.", "comes_and_goes"),
    # taking a medicine on and off says nothing about the movement
    ("She takes her sleeping pills on and off.", "comes_and_goes"),
    # sides that change from day to day are not episodes
    ("Some days the flicker is in my left eye, other days in my right.", "comes_and_goes"),
    # a movement that comes and goes all day is not constant
    ("my eyelid has been twitching on and off all day", "constant_movement"),
])
def test_not_this_course(text, finding):
    assert finding not in _course(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a feeling in another clause is not where the movement is
    ("Since Tuesday my lips feel numb and tingly and my right cheek keeps jumping.", ["cheek"]),
    ("The corner of my mouth flickers, my lips are all pins and needles.", ["mouth_corner"]),
    # a feared spread is not a site
    ("my left lower lid keeps jumping and i'm scared it will spread to my cheek", ["lower_lid"]),
    # the mouth as what something comes out of is not the mouth corner
    ("Since this morning her tongue keeps pushing out of her mouth and her neck twists.", ["neck"]),
    ("He was jerking all over with froth coming from his mouth.", []),
    # chewing on nothing is the jaw; a head that turns by itself is the neck
    ("Grandad chews on nothing all day and smacks his lips.", ["jaw", "lip"]),
    ("For months my head keeps turning to the left by itself, is this dystonia", ["neck"]),
    # a place the writer is unsure of is still where they describe the problem
    ("maybe the corner of my mouth twitches a bit?? not sure", ["mouth_corner"]),
])
def test_sites(text, expected):
    assert sorted(read(text).attributes.sites) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the side between the lid and its name
    ("My upper left eyelid keeps fluttering.", ["upper_lid"]),
    ("the lower right lid flickers all evening", ["lower_lid"]),
    # a list fragment goes on with its clause: a feared spread "to my cheek and mouth" places nothing
    ("My lower lid twitches, I'm afraid it will spread to my cheek and mouth.", ["lower_lid"]),
    # when it happens does not take the place elsewhere
    ("my eyebrow jumps when I am tired", ["brow"]),
])
def test_more_sites(text, expected):
    assert sorted(read(text).attributes.sites) == sorted(expected)


@pytest.mark.parametrize(("text", "low", "high"), [
    # a year named for the start is most of a year or more
    ("My eyelid has twitched since 2019.", 200, 4000),
    ("It started in 2023 and my cheek still pulls.", 200, 4000),
    # the first time long ago does not date this time
    ("It first began 10 years ago, but this time it started 5 days ago.", 4, 6),
    # after a past illness that is over, what comes now
    ("My face drooped 3 years ago and recovered, now my eye twitches since last week.", 5, 14),
    # worse than it used to is now
    ("For 3 weeks my lid has twitched more than it used to.", 21, 21),
])
def test_how_long_in_other_words(text, low, high):
    days = read(text).attributes.duration_days
    assert days is not None and low <= days <= high


@pytest.mark.parametrize("text", [
    "The attacks last up to 3 days, then nothing.",
    "It twitches for a while and then nothing for weeks.",
])
def test_gaps_and_spells_are_not_durations(text):
    assert read(text).attributes.duration_days is None


def test_the_writers_part_of_a_sentence_about_a_relative_dates_the_complaint():
    """How long, read before whose mentions they are: the writer's clause before "my grandad"."""
    assert duration_days("my lower lid has twitched for the last 10 days could it be the stroke my grandad had") == 10


@pytest.mark.parametrize(("text", "low", "high"), [
    # clinical shorthand: N/7 days, N/52 weeks, N/12 months, post-operative days, "this am"
    ("L lower lid myokymia x 3/7, painless.", 3, 3),
    ("Twitching R cheek and mouth 8/52, no weakness.", 56, 56),
    ("3/12 hx of L hemifacial spasm", 90, 90),
    ("POD 3 after parathyroidectomy, tingling lips and twitching cheek", 3, 3),
    ("Post-op day 1. Face twitching on tapping.", 1, 1),
    ("Twitching L eye since this am, otherwise well.", 0.2, 0.6),
    # "back" dates a start as "ago" does
    ("It started in my lower lid 2 years back and now it pulls my cheek.", 700, 750),
    ("began in the eye six months back", 170, 190),
    # non-native "already" and halves
    ("my eye jumping already 10 days, what to do", 10, 10),
    ("already two month my cheek is moving alone", 60, 60),
    ("My lid has fluttered for two and a half weeks.", 17, 18),
    ("my lid is jumping already one month and half", 45, 45),
    # the patient's age anchors "since I was 11"
    ("I'm 16 and I've had this blinking tic since I was 11.", 1800, 1850),
    ("My son is 9 and his blinking has been there since he was about 6.", 1090, 1100),
    ("it began when I was 30, I am 45 now, the eyelid squeezes shut", 5400, 5500),
    ("my son is 12, the blinking started when he was 8", 1450, 1470),
    # an episode had this week is the complaint itself
    ("My wife had two of these jerking spells this week, her mouth pulled to the left.", 1, 7),
    # after a recovery, what follows "but"
    ("The palsy got better, but for 8 months now my eye closes when I eat.", 230, 250),
    # waking up with it is recent
    ("My daughter woke up with her mouth drooping on one side.", 0.3, 2),
    # "had" that means "have had"
    ("had a jumpy lower lid for ages now, is it normal", 300, 400),
    ("had this cheek twitch for months tbh", 60, 200),
    # someone's opinion about the writer does not take the rest of the sentence elsewhere
    ("my dad reckons i blink on purpose its been happening for 3 weeks", 21, 21),
])
def test_how_long_in_shorthand_and_other_anchors(text, low, high):
    days = read(text).attributes.duration_days
    assert days is not None and low <= days <= high, days


@pytest.mark.parametrize("text", [
    # a pregnancy is not how long the problem has lasted, nor is a date
    "I'm 28 weeks pregnant and worried about my eye twitching.",
    "The GP saw my twitching eyelid on 5/7 and said it was nothing.",
    "36 weeks pregnant, my lower lid flickers.",
])
def test_no_duration_in_a_pregnancy_or_a_date(text):
    assert read(text).attributes.duration_days is None


@pytest.mark.parametrize(("text", "low", "high"), [
    # a sentence about something else than the face dates the complaint only when nothing else does
    ("My left eyelid has been flickering for 5 days. I have worn contact lenses for 10 years.", 5, 5),
    ("My cheek twitches since a week. I've been under a lot of stress at work for months.", 7, 7),
    ("Eyelid jumping for two weeks. Separately, my toes have been numb for half a year.", 14, 14),
    ("I've been stressed at work for 3 months.", 90, 90),
    # a danger sign's own duration counts
    ("My right arm has been weak for 2 months. My eye twitches since yesterday.", 60, 60),
])
def test_the_face_dates_the_complaint(text, low, high):
    days = read(text).attributes.duration_days
    assert days is not None and low <= days <= high, days


@pytest.mark.parametrize(("text", "guarded"), [
    # a long twitch says nothing about how long a danger sign dated otherwise, or not at all, has been there
    ("My eyelid has twitched for 2 years. Since yesterday my left arm is weak.", True),
    ("For months my lower lid has fluttered. My speech has gone slurred.", True),
    # the danger sign's own long course may excuse it
    ("For 2 months my right hand has been getting weaker and my eyelid twitches.", False),
])
def test_a_long_course_of_another_complaint_may_not_lower_urgency(text, guarded):
    assert ("over_three_weeks" in read(text).guessed_course) is guarded


@pytest.mark.parametrize(("text", "present"), [
    # worsening of a feeling or of the eyes' surface is not the movement's course
    ("My eye twitches. The dryness in my eyes is getting worse than it used to be.", False),
    ("My lid flickers. I think bright light bothers me more than it used to.", False),
    # the spasm or the weakness getting worse is
    ("The spasm in my cheek is getting worse.", True),
    ("My hand is weaker and it's getting worse every month.", True),
])
def test_worsening_of_what(text, present):
    assert ("spreading_or_worsening" in _course(text)) is present


@pytest.mark.parametrize(("text", "expected"), [
    # notes write the side as a capital letter; a limb's letter is not the face's
    ("L lower lid twitching x 2/52", "left"),
    ("carpopedal spasm R hand, twitching L cheek", "left"),
    ("R-sided facial weakness since this am", "right"),
    # a side taken back at once
    ("the right, sorry, I mean the left eye is twitching", "left"),
    ("my left, sorry, I mean my right eyelid flickers", "right"),
    # the side it is compared with is not a side of the complaint
    ("my left lid twitches and sits lower than the right one", "left"),
    ("my right cheek twitches and feels stiffer compared to the left", "right"),
    # one side, then the other, alternates; then the other as well is both
    ("The twitch in my eye keeps swapping sides.", "alternating"),
    ("Yesterday it was in my left eye, today it is the right one that twitches.", "alternating"),
    ("It started in my left eye and now the right eye twitches as well", "both"),
    # good days and bad days are not sides
    ("My eye twitches. Some days it is bad, other days there is nothing.", None),
    # the eyes someone closes to set it off are no side
    ("When I close my eyes tight, the corner of my mouth twitches.", None),
])
def test_side_in_notes_corrections_and_comparisons(text, expected):
    assert read(text).attributes.side == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a side or a course said of a pain or a skin change places nothing
    ("Sharp stabbing pains in my right cheek, a second each time. Sometimes my eye twitches afterwards.", ["eye"]),
    ("I have morphea on the left side of my forehead, and my left lower lid flickers.", ["lower_lid"]),
    # a non-native "down eyelid" is the lower lid
    ("my left down eyelid is jumping since 3 days", ["lower_lid"]),
    ("the down lid of my right eye shakes all day", ["lower_lid"]),
    # what the person does to set it off is a trigger, not a site
    ("When I close my eyes tight, the corner of my mouth twitches.", ["mouth_corner"]),
    ("whenever she blinks her eyes her lip pulls up", ["lip"]),
    # a mouth that will not close and chewing on nothing are the jaw
    ("since the injection he cannot close his mouth and his eyes roll up", ["eye", "jaw"]),
    ("my dad chews constantly though there is no food in his mouth", ["jaw"]),
])
def test_sites_of_the_movement(text, expected):
    assert sorted(read(text).attributes.sites) == sorted(expected)


@pytest.mark.parametrize(("text", "finding"), [
    # worsening said with an adverb, spreading that creeps
    ("Over the year the blinking has got steadily worse.", "spreading_or_worsening"),
    ("the pulling in my cheek gets gradually worse", "spreading_or_worsening"),
    ("It started at my mouth and has crept up to my eye.", "spreading_or_worsening"),
    ("the twitch is creeping up towards my eye from the cheek", "spreading_or_worsening"),
    # episodes counted or measured one by one
    ("Paroxysmal jolts of pain in the L cheek, twitching of the mouth corner.", "comes_and_goes"),
    ("Her chin has jerked twice this week, about a minute each time.", "comes_and_goes"),
    ("The lid flickers, each episode a few seconds.", "comes_and_goes"),
    ("My cheek twitches, each bout lasting under a minute.", "comes_and_goes"),
    ("Twice in the night his mouth has pulled to the left and he didn't answer.", "comes_and_goes"),
    ("It has happened two times now, her eye and cheek jerking.", "comes_and_goes"),
    # someone who has just collapsed began within minutes
    ("My dad has just collapsed and his face is twitching.", "sudden_onset"),
    ("she just fainted in the kitchen and her mouth is jerking", "short_duration"),
])
def test_more_course_wording(text, finding):
    assert finding in _course(text)


@pytest.mark.parametrize("text", [
    # a hand that joins in during one fit is the fit's march, not the problem spreading over time
    ("The right side of her mouth began to jerk and then her right hand joined in, two minutes in all."),
    ("His cheek twitched rhythmically, then his left arm joined in, and it stopped after a minute."),
])
def test_a_limb_joining_a_fit_is_not_spreading(text):
    assert "spreading_or_worsening" not in _course(text)


@pytest.mark.parametrize("text", [
    # tripping or stairs alone are not weakness that slowly worsens
    "I tripped on the stairs last week and now my eyelid twitches.",
    "In the last few days she keeps tripping over and her speech is slurred.",
])
def test_tripping_alone_is_not_progressive_weakness(text):
    assert "progressive_weakness" not in _course(text)


@pytest.mark.parametrize(("text", "low", "high"), [
    # a meal of the day dates a start within hours
    ("His speech has been slurred since lunch.", 0.1, 0.5),
    ("my mouth has drooped on one side since breakfast", 0.1, 0.5),
])
def test_how_long_since_a_meal(text, low, high):
    days = read(text).attributes.duration_days
    assert days is not None and low <= days <= high, days


@pytest.mark.parametrize(("text", "guarded"), [
    # weakness that gets worse, not dated over weeks, may not lower urgency
    ("My husband's speech is slurred since lunch and his right leg is getting weaker.", True),
    ("Her arm is getting weaker and she is slurring.", True),
    ("For 4 months my hands have been getting weaker.", False),
])
def test_undated_progression_may_not_lower_urgency(text, guarded):
    assert ("progressive_weakness" in read(text).guessed_course) is guarded


@pytest.mark.parametrize(("text", "expected"), [
    # a place the writer is unsure of counts when nothing surer places the movement
    ("Since this morning the right corner of my mouth hangs down, and I think maybe my right eye doesn't shut "
     "properly, not sure.", ["mouth_corner"]),
    ("My cheek and eye clamp up several times an hour. I think my mouth droops a little on that side, but I'm not "
     "sure.", ["cheek", "eye"]),
    ("I think my left eyelid might be drooping a bit?", ["upper_lid"]),
    # a writer who cannot tell which lid names the eye
    ("my eye keeps twitching, i think the top lid but it could be the bottom one", ["eye"]),
    ("The twitch is in the upper or lower lid of my right eye, hard to say which.", ["eye"]),
])
def test_sites_when_unsure(text, expected):
    assert sorted(read(text).attributes.sites) == sorted(expected)


@pytest.mark.parametrize("text", [
    # a school holiday dates a start as a month does: a guess of weeks, which may not lower urgency
    "my son keeps blinking hard since half term",
    "Since half-term her mouth pulls to one side.",
    "twitch on and off since xmas",
])
def test_half_term_is_a_guess(text):
    understood = read(text)
    assert understood.attributes.duration_guessed and "over_three_weeks" in understood.guessed_course


@pytest.mark.parametrize(("text", "expected"), [
    # the side said to be fine is not a side of the complaint
    ("only my right eye twitches, the left is fine", "right"),
    ("my left lid flutters but not the right one", "left"),
    ("the right side of my face droops, the left side is normal", "right"),
])
def test_the_spared_side_is_not_a_side(text, expected):
    assert read(text).attributes.side == expected


@pytest.mark.parametrize(("text", "expected"), [
    # either eye, sides that change
    ("it can be either eye, never at the same time", "alternating"),
    ("the twitch changes sides every few days", "alternating"),
])
def test_either_eye_alternates(text, expected):
    assert read(text).attributes.side == expected


@pytest.mark.parametrize(("text", "expected"), [
    # both lids of one eye named together
    ("my upper and lower lids both twitch on the left", ["lower_lid", "upper_lid"]),
    ("the bottom and top lid of my right eye flutter", ["lower_lid", "upper_lid"]),
])
def test_both_lids_of_one_eye(text, expected):
    assert sorted(read(text).attributes.sites) == expected


@pytest.mark.parametrize("text", [
    "it is constant, all day every day, for 3 weeks",
    "my cheek twitches, its constant",
])
def test_constant_in_a_word(text):
    assert _course(text).get("constant_movement") == "present"


@pytest.mark.parametrize(("text", "days"), [
    # "<event> N ago" dates the event, with no word of starting
    ("Right-sided Bell's palsy 2 years ago with some weakness left. Now my eye narrows when I chew", 730),
    ("hx: R facial paralysis approx 6 months ago. Now tightness of the cheek on that side", 180),
    ("The droop on my left side from 10 weeks ago is still there", 70),
])
def test_an_event_dated_ago_dates_the_complaint(text, days):
    assert read(text).attributes.duration_days == pytest.approx(days, rel=0.1)


@pytest.mark.parametrize(("text", "days"), [
    # it dates the complaint only when nothing else does: a droop since this morning is this morning's
    ("Bell's palsy 3 years ago. Since this morning my face droops again", 1),
    # an event that is no palsy or weakness of the face dates nothing
    ("I had a car accident 4 years ago and my eyelid has been trembling for 5 days", 5),
    # nor does a palsy told as over, in a past clause
    ("I had Bell's palsy 6 years ago and got better, these days my eyelid flickers", None),
])
def test_an_event_dated_ago_gives_way_to_what_dates_the_complaint(text, days):
    duration = read(text).attributes.duration_days
    assert duration is None if days is None else duration <= days
