"""Understanding: which questions a message asks, and what each is about."""

from __future__ import annotations

import pytest

from twitchcheck.understanding import understand
from twitchcheck.understanding.text import clean_text


def asked(text: str) -> set[tuple[str, str | None]]:
    return {(i.intent, i.about) for i in understand(clean_text(text)).intents}


@pytest.mark.parametrize(("text", "expected"), [
    # a worry stated, not asked, is a question about seriousness; what is feared is not asked
    ("My lid keeps flickering. I'm so scared this will turn into a paralysed face.", {("seriousness", None)}),
    ("My lid keeps flickering. im afraid it might spread to my cheek", {("seriousness", None)}),
    ("My lid keeps flickering. What frightens me is that it could become permanent.", {("seriousness", None)}),
    ("My lid keeps flickering, which is partly why we are so worried.", {("seriousness", None)}),
    # someone else's fear, or a denied one, asks nothing
    ("My son's eye twitches. He is frightened and cannot stop it.", set()),
    ("My GP says it is nothing. I'm not convinced.", set()),
    ("My wife is frightened because her mouth droops since an hour. What should we do?", {("urgency", None)}),
    ("My lid twitches. I'm not worried, only curious: why does this happen?", {("cause", None)}),
])
def test_a_worry_asks_whether_it_is_serious(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize("text", [
    "My eye twitches. Drops help for an hour or so.",
    "My eye twitches. When I chew, my lid closes.",
    "My eye twitches. Botox helped a lot last year.",
    "My eye twitches. My advice to others is to sleep more.",
])
def test_a_statement_asks_nothing(text):
    assert asked(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # a frame ("is it just", "is there anything", a kind of doctor) yields to what the clause asks
    ("My eye twitches. Is it just the stress?", {("cause", "stress")}),
    ("My eye twitches. Is this simply down to my monitors?", {("cause", "eye_strain")}),
    ("My eye twitches. What kind of specialist handles this?", {("specialist", None)}),
    ("My eye twitches. Should I go to an eye doctor this week or can it wait?", {("urgency", None)}),
    ("My eye twitches. Is there anything I can do myself to calm it?", {("self_care", None)}),
    ("My eye twitches. How long until the injections kick in?", {("treatment", None)}),
    ("My eye twitches. Would botox help me?", {("treatment", "botulinum_toxin")}),
    # a second question after a comma or "and" has frames of its own
    ("My eye twitches. Is it an infection, and do I need to see a doctor today?",
     {("what_is_it", None), ("urgency", None)}),
    ("My eye twitches. Is it dangerous and what can we do?", {("seriousness", None), ("self_care", None)}),
])
def test_a_frame_asks_only_when_nothing_more_specific_is_asked(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sign of something, a fear of something: the cause named counts, no cause question alone
    ("My eye twitches. Is a twitchy eyelid an early sign of a brain disease?", {("seriousness", None)}),
    ("My eye twitches. Could it be the first sign of MS?", {("cause", "ms"), ("seriousness", None)}),
    ("My eye twitches. Could a lack of iron explain my twitching?", {("cause", "deficiency")}),
    ("My mum's lips tingle and her mouth flickers. Should they check her magnesium levels?",
     {("cause", "deficiency")}),
    # a guess with "could", "might", "wondering whether" or a stated fear names a cause
    ("My eye twitches. Could the fall have hurt a nerve?", {("cause", "trauma")}),
    ("My eye twitches. I keep wondering if the concussion did it.", {("cause", "trauma")}),
    ("My eye twitches. I'm afraid it is multiple sclerosis.", {("cause", "ms"), ("seriousness", None)}),
    ("My eye twitches. Could all the gaming be the reason?", {("cause", "eye_strain")}),
    ("My eye twitches. Is it just my blood pressure pills?", {("cause", "medication")}),
])
def test_cause_questions(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("My eye twitches. Is it safe to take magnesium while pregnant?", {("treatment", "supplements")}),
    ("My eye twitches. Should I be taking b12?", {("treatment", "supplements")}),
    ("My eye twitches. Could low magnesium be behind it?", {("cause", "deficiency")}),
    ("My eye twitches. Might it be a lack of vitamins?", {("cause", "deficiency")}),
    ("My neck twists and i can't stop it, is it the tablets", {("cause", "medication")}),
    ("He has been on haloperidol for years and grimaces. Should he simply stop the haloperidol?",
     {("treatment", "medication")}),
])
def test_words_that_name_a_cause_and_a_treatment(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("My eye twitches. Do I need to cut out coffee?", {("self_care", None)}),
    ("My eye twitches. Should I give up my evening gaming?", {("self_care", None)}),
    ("My eye twitches. What does that mean for me?", {("what_is_it", None)}),
    ("My sister's face went numb after surgery. Does she need to go back in tonight?", {("urgency", None)}),
    ("The optician says it is dry eye. What else could it be?", {("what_is_it", None)}),
    ("My lid flickers all day. When will the flickering stop?", {("prognosis", None)}),
    ("My lid flickers all day, what can I do?", {("self_care", None)}),
    # "is it ok to ..." asks about self-care, not whether the coffee is the cause
    ("My lid flickers. Is it okay to keep drinking coffee?", {("self_care", None)}),
    ("My aunt had MS. My lid flickers. Should I get tested for it?", {("imaging", None)}),
    ("How would I know if it's blepharospasm and not an ordinary twitch?", {("what_is_it", "blepharospasm")}),
    ("My lid flickers. Should I try taking magnesium, or is it low iron?",
     {("treatment", "supplements"), ("cause", "deficiency")}),
])
def test_phrasings_of_common_questions(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what the person (or the one they write about) can do is self-care, whoever it is and in any word order
    ("My boy's lid keeps jumping before his exams. What can he do about it?", {("self_care", None)}),
    ("Our eyes flicker all week. What can we do?", {("self_care", None)}),
    ("My lid is jumping since many days. Please, what I can do for this?", {("self_care", None)}),
    ("My lid flickers. What can I do about the flickering?", {("self_care", None)}),
    # what doctors can do is still a treatment
    ("My lid flickers. What can be done about it?", {("treatment", None)}),
])
def test_what_someone_can_do_is_self_care(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # who gives a treatment, or where to get it, asks which specialist
    ("Botox sounds like the answer for my spasm. Who does them round here?", {("specialist", None)}),
    ("My lids clamp shut. Would the toxin injections help, and who gives them?",
     {("treatment", "botulinum_toxin"), ("specialist", None)}),
    ("My face pulls to one side. Where can I get the injections done?", {("specialist", None), ("treatment", None)}),
])
def test_who_gives_a_treatment_asks_which_specialist(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # whether to wait for a visit already planned, to bring it up then, or to do nothing, asks how urgent it is
    ("My father's mouth droops a bit since lunch. Can he wait for his check-up on Monday?", {("urgency", None)}),
    ("My lid flutters. I see the doctor in two weeks anyway, is it fine to wait till then?", {("urgency", None)}),
    ("My cheek twitches. Shall I bring it up with my GP next month?", {("urgency", None)}),
    ("Her tongue feels thick since an hour. Is there anything we should do right now?", {("urgency", None)}),
    ("My wife's face is drooping and she is very sleepy. Shall we just let her sleep?", {("urgency", None)}),
    ("My lid twitches. Can I just ignore it?", {("urgency", None)}),
    # a kind of doctor in a clause that tells, before the one that asks, is no question about whom to see
    ("My dad's lid droops since this morning. He has a neurologist visit on Friday, should he wait for that?",
     {("urgency", None)}),
])
def test_waiting_or_doing_nothing_asks_how_urgent_it_is(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cause named by a drink, a device or a habit is the cause it stands for
    ("My lid flickers all afternoon. Could it be the three lattes I have every morning?", {("cause", "caffeine")}),
    ("Our daughter's eye twitches. Is it from watching the telly so much?", {("cause", "eye_strain")}),
    ("My lid jumps. I do night shifts, could that be why?", {("cause", "fatigue")}),
    ("My lid jumps all week. Is the divorce behind it?", {("cause", "stress")}),
    ("My eye twitches. Is it my iPhone, or the hangover?", {("cause", "eye_strain"), ("cause", "alcohol")}),
])
def test_a_cause_named_by_what_stands_for_it(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the start of a condition asks whether it is that condition; "it" names the one named before
    ("My lower lid flutters and my cheek joins in now. Could this be the beginning of hemifacial spasm?",
     {("what_is_it", "hemifacial_spasm")}),
    ("My eye twitches. Is twitching the onset of blepharospasm?", {("what_is_it", "blepharospasm")}),
    ("My uncle was diagnosed with hemifacial spasm. Could my cheek twitch be the start of that?",
     {("what_is_it", "hemifacial_spasm")}),
    ("My mother had Bell's palsy twice. Now my eye feels odd, is this how it starts?",
     {("what_is_it", "bells_palsy")}),
    # the start of something unnamed is about seriousness; a stated fear asks nothing else
    ("My eye twitches. Could this be the start of something bad?", {("seriousness", None)}),
    ("My eye twitches. I'm scared this is the start of Bell's palsy.", {("seriousness", None)}),
    # a kind of illness, or the same thing back again, asks what it is
    ("My eyelid keeps jumping for weeks. Is it some nerve problem?", {("what_is_it", None)}),
    ("My cheek pulls up sometimes. Could it be a muscle disease?", {("what_is_it", None)}),
    ("I had a flickering lid in spring. Now it's back, is it that again?", {("what_is_it", None)}),
    ("My lid jumps. I fear it is some nerve disease.", {("seriousness", None)}),
])
def test_what_is_it_questions(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a question about treating the illness is no question about a treatment told of before
    ("I had parathyroid surgery five days ago. My lips tingle. Can it be cured?", {("treatment", None)}),
    ("I never took any psychiatric medicine. My jaw pulls. Can this be treated?", {("treatment", None)}),
    ("My thyroid was removed last week and my lips tingle. Is there anything that can stop it?",
     {("treatment", None)}),
    # a question about a treatment that names none takes the one named before
    ("My neurologist suggested Botox. What are the side effects?", {("treatment", "botulinum_toxin")}),
    ("The doctor wants to try gabapentin. Is it safe in pregnancy?", {("treatment", "medication")}),
])
def test_a_treatment_told_of_before(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a plan told for approval asks whether it is soon enough
    ("My face feels numb on one side. I thought I'd book the GP for next week.", {("urgency", None)}),
    ("My lid twitches. So I'll just wait and see.", {("urgency", None)}),
    ("My mouth droops. Anyway, we were going to make an appointment after the holidays.", {("urgency", None)}),
    # a plan inside a remark about something else is no question
    ("My eye twitches, which I was going to ignore.", set()),
])
def test_a_plan_told_for_approval_asks_how_urgent_it_is(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # taking someone to a doctor, ringing the (GP) surgery, not knowing what to do: how urgent is it
    ("My daughter of six keeps screwing up her eyes. Is it enough reason to take her to a doctor?",
     {("urgency", None)}),
    ("My cheek flickers. Is it worth ringing the surgery about it?", {("urgency", None)}),
    ("My lid twitches. Should I go down to the GP surgery today?", {("urgency", None)}),
    ("My lid twitches for a week and I really don't know what to do.", {("urgency", None), ("self_care", None)}),
    # correcting a habit is a treatment; a rate of recovery is the outlook
    ("My son blinks hard all day. How can the blinking be corrected?", {("treatment", None)}),
    ("My face is weak after Bell's palsy. What is the recovery rate?", {("prognosis", None)}),
])
def test_more_ways_of_asking(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cause question that points back asks about the causes the sentence before named
    ("I drink six coffees a day. Could that be it?", {("cause", "caffeine")}),
    ("I do night shifts. Could that be why?", {("cause", "fatigue")}),
    ("I had a car crash in May. Could that have caused it?", {("cause", "trauma")}),
    ("I play games till late. Is that the cause?", {("cause", "eye_strain")}),
    ("I'm under a lot of stress at work and sleep badly. Could those be the reason?",
     {("cause", "stress"), ("cause", "fatigue")}),
    # pointing back to ask something else, or at a word that is also a treatment, names no cause
    ("I had a car crash in May. Is that serious?", {("seriousness", None)}),
    ("I take magnesium every day. Could that be why?", {("cause", None)}),
])
def test_a_cause_question_that_points_back(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("My eye twitches. Is this the early stage of Meige syndrome?", {("what_is_it", "meige_syndrome")}),
    ("My eye twitches. Is it the Red Bulls?", {("cause", "caffeine")}),
    ("My eye twitches. What could she do to calm it?", {("self_care", None)}),
    ("My eye flickered in May. Now it flickers again, is it the same as before?", {("what_is_it", None)}),
    ("My dad's face droops. He had knee surgery last week. Is that related?", {("cause", None)}),
])
def test_more_paraphrases_of_the_classes(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a clause that tells asks nothing; a treatment it names is what the question after it is about
    ("My eye twitches. Had cataract surgery two weeks ago, is this normal?", {("seriousness", None)}),
    ("My face pulls. I have an MRI booked next month, should I go to A&E now?", {("urgency", None)}),
    ("My neurologist mentioned Botox - is it safe?", {("treatment", "botulinum_toxin")}),
    ("My lids clamp shut. The eye doctor suggested botox, does it really work?",
     {("treatment", "botulinum_toxin")}),
    # ... and the causes it names still count for the guess
    ("My eye twitches. I am on the computer 10 hours for work, is it that?",
     {("cause", "eye_strain")}),
])
def test_a_clause_that_tells(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("my eye twitches. is it a nerves problem or what", {("what_is_it", None)}),
    ("My eye twitches. Could it be the early phase of blepharospasm?", {("what_is_it", "blepharospasm")}),
    ("My eye twitches. Is it the thing my mum had?", {("what_is_it", None)}),
    ("My eye twitches. What do you recommend she does?", {("urgency", None)}),
    ("My eye twitches. Shall I wait for my neurology appointment in March?", {("urgency", None)}),
])
def test_paraphrases_found_by_hand(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # non-native word order and lower case, no punctuation
    ("my eye jump. how i can stop it?", {("self_care", None)}),
    ("my eye jump. how she can make it stop", {("self_care", None)}),
    ("eye twitching. is it the beginning of something?", {("seriousness", None)}),
    ("i drink like 5 monsters a day is that why my eye twitches", {("cause", "caffeine")}),
    ("my lid jumps. who do i go to for botox", {("specialist", None), ("treatment", "botulinum_toxin")}),
    ("my lid jumps. who is doing this kind of operation?", {("specialist", None), ("treatment", "surgery")}),
    ("my lid jumps. my neurologist appointment is next month, is that soon enough?", {("urgency", None)}),
])
def test_informal_phrasings(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # without punctuation a verb before its subject starts the question; the causes told before it
    # are no question unless the question asks for a cause
    ("my lid has been jumping for days im up all night gaming and drinking red bull is it serious will it go away",
     {("seriousness", None), ("prognosis", None)}),
    ("my eye keeps flickering since the exams i barely sleep is there anything i can take will it stop by itself",
     {("treatment", None), ("prognosis", None)}),
    ("my eye twitches i drink loads of coffee could that be causing it", {("cause", "caffeine")}),
    ("my eye twitches i work on a laptop all day is it that", {("cause", "eye_strain")}),
    ("My eyelid twitches, I drink 6 coffees a day, should I see a doctor?", {("urgency", None)}),
])
def test_a_run_on_sentence_and_the_causes_it_tells(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # every condition a guess names is asked about
    ("My eye twitches. is it blepharospasm or hemifacial spasm?",
     {("what_is_it", "blepharospasm"), ("what_is_it", "hemifacial_spasm")}),
    ("My face droops. Could this be Bell's palsy, or is it a stroke?",
     {("what_is_it", "bells_palsy"), ("what_is_it", "stroke"), ("seriousness", None)}),
    # a condition named in part, a meaning, a child's illness, "something like"
    ("He had Bell's palsy in 2019. Now his mouth droops again. Is it Bell's again?", {("what_is_it", "bells_palsy")}),
    ("My lid twitches. Does this mean I have hemifacial spasm?", {("what_is_it", "hemifacial_spasm")}),
    ("My daughter's eyes squeeze shut. Can children get blepharospasm?", {("what_is_it", "blepharospasm")}),
    ("My face pulls. Is there something like a hemifacial spasm that comes and goes?",
     {("what_is_it", "hemifacial_spasm")}),
    # a guess that names nothing is about the condition named before
    ("My eye twitches. My friend thinks it might be blepharospasm. Could it be that?",
     {("what_is_it", "blepharospasm")}),
    ("My eye twitches. A forum said tics. Is it?", {("what_is_it", "motor_tic")}),
    # a frame that guesses at nothing asks nothing
    ("My eye twitches. My GP said it's benign. Is it true?", set()),
    # a what-is-it phrase made of the symptom's name is no guess ("an eye twitch")
    ("is an eye twitch a sign of something serious?", {("seriousness", None)}),
])
def test_what_is_it_questions(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a clinician's notes: "?X" asks whether it is X; "asks re", reviews, "now or"
    ("M 50, L lower lid twitch 2/52. ?myokymia. Needs referral or GP ok?",
     {("what_is_it", "eyelid_myokymia"), ("specialist", None)}),
    ("Pt 30F, lid flicker. Asks whether imaging needed + if GP review required.", {("imaging", None), ("urgency", None)}),
    ("Pt 30F, lid flicker. Pt asks re GP review.", {("urgency", None)}),
    ("Lid flicker. Should I go now or wait until Monday?", {("urgency", None)}),
    # non-native word order
    ("My eye jump. What I must do now?", {("urgency", None)}),
    ("My eye jump every day. Need go doctor?", {("urgency", None)}),
    ("My eye jump. What we do now?", {("urgency", None)}),
])
def test_notes_and_non_native_questions(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a treatment that dates something is no question about it
    ("My mouth droops. Is this swelling normal after the surgery?", {("seriousness", None)}),
    ("My mouth droops. Is it normal to feel numb since my operation?", {("seriousness", None)}),
    # a stated worry asks no question about the treatment it names
    ("My uncle needed surgery for his face and I'm scared the same will happen to me.", {("seriousness", None)}),
    # "help?" asks about self-care only when nothing more specific is asked
    ("My eye twitches. Would magnesium help?", {("treatment", "supplements")}),
    ("My lids clamp shut. Will injections of botox help?", {("treatment", "botulinum_toxin")}),
    ("My eye twitches. Would resting my eyes more help?", {("self_care", None)}),
    # a question about treatments that names none takes all of those named last
    ("My face spasms. The neurologist offered botox injections or an operation. Which one is better?",
     {("treatment", "botulinum_toxin"), ("treatment", "surgery")}),
    ("My face spasms. The specialist suggested either clonazepam or botox. What are the risks?",
     {("treatment", "botulinum_toxin"), ("treatment", "medication")}),
    ("He has been on risperidone for years and his lips smack. Could the doctor change it?",
     {("treatment", "medication")}),
    ("My aunt swears by acupuncture for twitching, is that a real thing?", {("treatment", "acupuncture")}),
    ("My face spasms. Is botox safe long term?", {("treatment", "botulinum_toxin")}),
    ("My eye twitches. Is there a permanent cure?", {("treatment", None)}),
    ("My eye twitches. Do I need to take anything?", {("treatment", None)}),
    ("My eye twitches. Is there a tablet for it?", {("treatment", "medication")}),
])
def test_treatment_questions(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a worry that starts the sentence is the writer's; "can't stop worrying" is a worry
    ("My lid flutters. terrified it will turn into something permanent", {("seriousness", None)}),
    ("My lid flutters. I can't stop worrying that it will spread.", {("seriousness", None)}),
    ("My lid flutters. I can't help being scared it's a tumour.", {("seriousness", None)}),
    # whether what was proposed is needed asks about it
    ("My face droops. My husband says I should go to hospital. Do I really have to?", {("urgency", None)}),
    ("My eye twitches. My daughter wants me to get an MRI. Is it really needed?", {("imaging", None)}),
    # a kind of doctor offered as an alternative is asked
    ("My eye twitches. Do I need a scan or an ophthalmologist?", {("imaging", None), ("specialist", None)}),
    ("My son blinks a lot. Should we see a paediatrician?", {("specialist", None)}),
    ("My lid twitches. who do i need to see about it?", {("specialist", None)}),
    # when to seek help, sooner than booked
    ("My lid twitches. The neurology wait is 5 months. Can I get seen sooner?", {("urgency", None)}),
    ("My lid twitches. Should I push for an earlier appointment?", {("urgency", None)}),
    ("my lid twitches. at what point should I worry?", {("urgency", None), ("seriousness", None)}),
])
def test_worries_proposals_and_visits(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("My eye twitches. my grandma had the same twitch, did i get it from her?", {("cause", "heredity")}),
    ("My father has blepharospasm. Could my son inherit it?", {("cause", "heredity")}),
    ("My eye twitches. Is this just old age?", {("cause", None)}),
    ("My eye twitches. Could it be age related?", {("cause", None)}),
    ("My eye twitches. At my age, will it ever go away?", {("prognosis", None)}),
    ("My face droops. I found a tick on my leg last month. Could it be Lyme?", {("cause", None)}),
    ("my son blinks all the time, is it parasites?", {("cause", None)}),
    ("My vision went dark for a minute. Is the twitch causing the vision problem?", {("cause", None)}),
    ("My dad's lid twitched last year. Now his face droops, is this related?", {("cause", None)}),
    ("My eye twitches. Is there a risk of it turning into Bell's palsy?", {("prognosis", None)}),
])
def test_cause_and_outlook_paraphrases(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the words for a trigger are kept once, in the lexicon's concepts, and name the cause asked about
    ("My eye twitches. Could it be my dissertation?", {("cause", "stress")}),
    ("My eye twitches. Is it from scrolling tiktok all night?", {("cause", "eye_strain")}),
    ("My lid flickers. Could 3 redbulls a day do that?", {("cause", "caffeine")}),
    ("My face twitches since I fractured my skull. Could that be the cause?", {("cause", "trauma")}),
])
def test_cause_words_come_from_the_lexicon(text, expected):
    assert asked(text) == expected


def test_an_intent_rule_takes_the_terms_of_its_concepts():
    from twitchcheck.knowledge.loader import knowledge

    kb = knowledge()
    for rule in kb.intents:
        for concept in rule.concepts:
            assert set(kb.concepts[concept].terms) <= set(rule.phrases)
    assert any(rule.concepts for rule in kb.intents)


@pytest.mark.parametrize(("text", "expected"), [
    # set e and case set c: ways of asking the phrase lists lacked
    ("My lid jumps. How do I get it to stop?", {("self_care", None)}),
    ("My lid jumps every spring. Is there a way to prevent it coming back?", {("self_care", None)}),
    ("My lids are crusty. How should I clean my eyelids?", {("self_care", None)}),
    ("My eyelid twitches. Should I eat more bananas?", {("self_care", None)}),
    ("The eye drops help a bit. Anything else I can do at my end?", {("self_care", None)}),
    ("Her lid twitches each exam term. Will it keep happening?", {("prognosis", None)}),
    ("My lid flutters. Is it ever going to calm down?", {("prognosis", None)}),
    ("My cheek twitches. Could it change into hemifacial spasm one day?", {("prognosis", None)}),
    ("My face drooped last week. Will it return to normal?", {("prognosis", None)}),
    ("My eye twitches. Is this danger for my sight?", {("seriousness", None)}),
    ("His lid flickers. Maybe I am having an overreaction?", {("seriousness", None)}),
    ("My eyelid twitches. Is it something to do with the new baby?", {("cause", None)}),
    ("My eye twitches. I had a car crash in May, could that have set it off?", {("cause", "trauma")}),
    ("My eye twitches. Can exams really do this?", {("cause", "stress")}),
    ("My eye and jaw both twitch. Are they linked?", {("cause", None)}),
    ("My grandad had it too. It runs in families, doesn't it?", {("cause", "heredity")}),
    ("I started fluoxetine last month. Could it be the fluoxetine?", {("cause", "medication")}),
    ("My lid twitches. Does he need neuroimaging?", {("imaging", None)}),
])
def test_ways_of_asking_set_e(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # urgency: waiting for something, bothering the doctor, seeing the GP, ringing one's doctor
    ("Her mouth tingles. I'll wait for the clinic on Tuesday?", {("urgency", None)}),
    ("My eye twitches. Should I bother the GP with this?", {("urgency", None)}),
    ("My boy's lid flutters. Should we see the GP?", {("urgency", None)}),
    ("My lids droop more today. Can I ring my neurologist tomorrow instead?", {("urgency", None)}),
    ("My mum sounds confused on the phone. Should I drive over now?", {("urgency", None)}),
    ("My eye twitches. Do I need to get my eyelid checked?", {("urgency", None)}),
    ("My eye twitches. Is it worth seeing the doctor, or do I ride it out?", {("urgency", None)}),
    ("Referral letter: 50F, lid myokymia 8/52. Urgency?", {("urgency", None)}),
])
def test_urgency_paraphrases_set_e(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # treatments: one that works, an option, too old for it, what else is there
    ("A friend had Botox for her twitch. Would it work for my lid?", {("treatment", "botulinum_toxin")}),
    ("The surgeon offered decompression. Am I too old for it?", {("treatment", "surgery")}),
    ("The tablets stopped working. What else is there?", {("treatment", None)}),
    ("Her twitch started with the new tablets. Should she stop the tablets?", {("treatment", "medication")}),
    ("My lips are swelling. Can I take an antihistamine?", {("treatment", "medication")}),
    ("Her calcium is low. Can we give her calcium tablets?", {("treatment", "supplements")}),
    ("Post-op day 1, perioral tingling. IV calcium now?", {("treatment", "medication")}),
])
def test_treatment_paraphrases_set_e(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what it is: psychological (a functional disorder), a seizure, a heart problem, a return
    ("The neurologist said it is functional. Does that mean it's all in his head?",
     {("what_is_it", "functional_facial_spasm")}),
    ("My cheek pulls on its own. Am I faking it without knowing?", {("what_is_it", "functional_facial_spasm")}),
    ("Her arm and mouth jerked for a minute. Was it a seizure?", {("what_is_it", "focal_seizure")}),
    ("My heart races. Am I having a heart problem?", {("what_is_it", None)}),
    ("I had Bell's palsy in 2019. Is my Bell's palsy returning?", {("what_is_it", "bells_palsy")}),
    ("I read that blepharospasm begins with blinking. How would I tell if it's that?",
     {("what_is_it", "blepharospasm")}),
    ("Can blepharospasm cause watery eyes?", {("what_is_it", "blepharospasm"), ("cause", None)}),
    # a condition named as an outcome is no guess at what it is
    ("My eye twitches. Could this develop into Bell's palsy?", {("prognosis", None)}),
    # a guess at what it was, and at a condition that is also a cause
    ("My arm went numb for ten minutes yesterday. Was that a mini stroke?", {("what_is_it", "stroke")}),
    ("My eyes sting after work. Is this just eye strain?",
     {("what_is_it", "ocular_surface_irritation"), ("cause", "eye_strain")}),
])
def test_what_is_it_paraphrases_set_e(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a guess told, asked: "do I have ...", what someone else says it is, "too young for it to be"
    ("My lid twitches. Do I have low magnesium?", {("cause", "deficiency")}),
    ("My eye twitches. My gran reckons it's lack of sleep?", {("cause", "fatigue")}),
    ("My daughter is 8. Isn't she too young for it to be stress?", {("cause", "stress")}),
    # a word asked alone may be a cause or a remedy; after a cause question it is the cause
    ("Lower lid twitching for a week. magnesium?", {("cause", "deficiency"), ("treatment", "supplements")}),
    ("My lid twitches. Is it some deficiency? Magnesium?", {("cause", "deficiency")}),
])
def test_guesses_set_e(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a plan whose approval is asked, in its sentence or the one after
    ("his face is weak on one side, so we'll book the doctor for Thursday, is that ok?", {("urgency", None)}),
    ("I would like an MRI but my GP disagrees. Who's right?", {("imaging", None)}),
    ("Her smile looks crooked since noon. Probably nothing? We could see the GP next week.",
     {("seriousness", None), ("urgency", None)}),
    # a worry said as not being able to stop thinking about it, or losing sleep over it
    ("My calf twitches. I can't stop thinking about MND.", {("seriousness", None)}),
    ("My lid twitches and I am losing sleep over it.", {("seriousness", None)}),
    # a kind of doctor needed or referred to is asked for
    ("Is this an eye problem that needs an ophthalmologist?", {("specialist", None)}),
    ("Please advise whether an MRI is needed, and whether a referral to a neurologist is warranted.",
     {("imaging", None), ("specialist", None)}),
])
def test_plans_worries_and_doctors_set_e(text, expected):
    assert asked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cause added right after a cause question is asked about too
    ("Could the old fall be causing this now? He's also very stressed, he's just been made redundant.",
     {("cause", "trauma"), ("cause", "stress")}),
    ("My eye twitches a lot. Is it the coffee? I also sleep badly.", {("cause", "caffeine"), ("cause", "fatigue")}),
])
def test_a_cause_added_after_a_cause_question_is_asked_too(text, expected):
    assert expected <= asked(text)


def test_a_cause_told_without_a_cause_question_before_asks_nothing():
    assert ("cause", "stress") not in asked("My eye twitches. I am also stressed. Is it serious?")


@pytest.mark.parametrize(("text", "expected"), [
    ("I think I have hemifacial spasm. Both my eyes keep squinting shut.", ("what_is_it", "hemifacial_spasm")),
    ("I'm pretty sure it's Bell's palsy, my face droops on the left.", ("what_is_it", "bells_palsy")),
    ("I think it is blepharospasm, my eyes close by themselves.", ("what_is_it", "blepharospasm")),
])
def test_the_writers_own_guess_asks_whether_it_is_that(text, expected):
    assert expected in asked(text)


@pytest.mark.parametrize("text", [
    "I don't think it is Bell's palsy, my face droops since an hour.",
    "My eye twitches. The doctor thinks it's blepharospasm.",
])
def test_a_guess_denied_or_someone_elses_asks_nothing(text):
    assert not any(intent == "what_is_it" for intent, _ in asked(text))


@pytest.mark.parametrize(("text", "expected"), [
    # a bare "Is it?" after a cause someone guessed asks about that cause
    ("My eye twitches. My wife thinks it is from stress. Is it?", ("cause", "stress")),
    ("She blinks hard and jerks her head. My mum thinks it's from her vaccine. Is it?", ("cause", None)),
])
def test_a_confirming_question_after_a_guessed_cause_asks_the_cause(text, expected):
    assert expected in asked(text)


def test_a_confirming_question_after_no_cause_is_no_cause_question():
    assert not any(intent == "cause" for intent, _ in asked("My eye twitches. Is it?"))
