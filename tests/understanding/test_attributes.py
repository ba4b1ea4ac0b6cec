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
