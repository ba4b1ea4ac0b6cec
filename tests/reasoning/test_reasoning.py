"""Reasoning: the differential, the triage rules and the interview behave like a careful clinician."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from twitchcheck.knowledge.loader import knowledge
from twitchcheck.knowledge.schema import TRIAGE_ORDER
from twitchcheck.reasoning.differential import likelihood, posterior, rank
from twitchcheck.reasoning.interview import next_questions
from twitchcheck.reasoning.triage import decide

KB = knowledge()
FINDINGS = sorted(KB.findings)
#: Danger signs: findings the catalogue marks as mattering for safety on their own.
RED_FLAG_FINDINGS = sorted(f.id for f in KB.findings.values() if f.safety)


def level(present: set[str], absent: frozenset[str] = frozenset(), age: int | None = 40) -> str:
    ranked = rank(KB, present, set(absent), "middle_age", None)
    return decide(KB, ranked, present, set(absent), age).level


def test_every_danger_sign_alone_leads_to_a_doctor():
    for finding in RED_FLAG_FINDINGS:
        assert TRIAGE_ORDER.index(level({finding})) <= TRIAGE_ORDER.index("consultation"), finding


def test_face_droop_with_arm_weakness_is_an_ambulance():
    assert level({"facial_droop", "limb_weakness", "sudden_onset"}) == "emergency_ambulance"


def test_isolated_eyelid_flutter_is_self_care():
    assert level({"eyelid_twitching", "one_side_only", "comes_and_goes", "short_duration"}) == "self_care"


def test_eyelid_twitch_for_weeks_moves_to_a_consultation():
    assert level({"eyelid_twitching", "over_three_weeks"}) == "consultation"


def test_movements_set_off_by_using_the_face_mean_synkinesis_only_after_a_palsy():
    movements = {"eyelid_twitching", "synkinesis_with_movement", "one_side_only", "long_duration"}
    after_palsy = posterior(KB, movements | {"history_facial_palsy"}, set())
    no_palsy_said = posterior(KB, movements, set())
    assert max(after_palsy, key=after_palsy.get) == "post_paralytic_synkinesis"
    # the defining history goes unmentioned: synkinesis loses much ground, though it stays possible
    assert no_palsy_said["post_paralytic_synkinesis"] < after_palsy["post_paralytic_synkinesis"] - 0.2


def test_absent_findings_count_against():
    present = {"eyelid_twitching", "one_side_only"}
    with_spread = posterior(KB, present | {"spread_to_lower_face"}, set())
    without_spread = posterior(KB, present, {"spread_to_lower_face"})
    assert without_spread["hemifacial_spasm"] < with_spread["hemifacial_spasm"]


@settings(max_examples=80, deadline=None)
@given(st.sets(st.sampled_from(FINDINGS), max_size=6), st.sets(st.sampled_from(RED_FLAG_FINDINGS), min_size=1, max_size=2))
def test_adding_a_red_flag_finding_never_lowers_urgency(present, extra):
    before = TRIAGE_ORDER.index(level(set(present)))
    after = TRIAGE_ORDER.index(level(set(present) | set(extra)))
    assert after <= before


@settings(max_examples=80, deadline=None)
@given(st.sets(st.sampled_from(FINDINGS), max_size=5), st.sampled_from(sorted(KB.conditions)), st.data())
def test_denying_a_characteristic_finding_never_raises_that_condition(present, condition, data):
    # characteristic: common in the condition and at least as likely there as in any other condition
    characteristic = sorted(
        f for f, lk in KB.conditions[condition].findings.items()
        if lk.p >= 0.5 and all(lk.p >= likelihood(KB, other, f) for other in KB.conditions)
    )
    if not characteristic:
        return
    finding = data.draw(st.sampled_from(characteristic))
    present = set(present) - {finding}
    before = posterior(KB, present, set())[condition]
    after = posterior(KB, present, {finding})[condition]
    assert after <= before + 1e-12


def test_interview_asks_first_what_could_change_the_triage():
    questions = next_questions(KB, {"facial_droop"}, set(), "older", "female", 70)
    assert questions, "a drooping face needs follow-up questions"
    assert questions[0].changes_triage


def test_interview_does_not_ask_what_is_already_known():
    present = {"eyelid_twitching", "one_side_only"}
    asked = {q.finding for q in next_questions(KB, present, {"spread_to_lower_face"}, "young_adult", "female", 28)}
    assert not asked & (present | {"spread_to_lower_face"})


def test_an_incidental_twitch_does_not_push_a_stroke_down_the_list():
    from twitchcheck import consult

    text = ("My 52yo husband's right arm and the right side of his face went numb 40 minutes ago and he is struggling "
            "to find his words. His right eye has been twitching on and off for weeks.")
    consultation = consult(text)
    assert consultation.triage.level == "emergency_ambulance"
    assert consultation.differential[0].condition == "stroke"


def test_a_drooping_lid_with_no_twitch_at_all_is_not_a_benign_twitch():
    # a benign eyelid twitch is defined by the twitch: without any, the common condition's
    # high prior must not outweigh a droop that points elsewhere
    probabilities = posterior(KB, {"ptosis", "one_side_only", "over_three_weeks"}, {"double_vision"}, "middle_age", None)
    assert max(probabilities, key=probabilities.get) != "eyelid_myokymia"
    assert probabilities["myasthenia_gravis"] > probabilities["eyelid_myokymia"]


def test_a_defining_symptom_once_mentioned_lifts_the_penalty():
    without = posterior(KB, {"one_side_only", "short_duration", "trigger_stress", "ptosis"}, set(), "middle_age", None)
    with_twitch = posterior(KB, {"one_side_only", "short_duration", "trigger_stress", "ptosis", "face_twitching"},
                            set(), "middle_age", None)
    assert with_twitch["eyelid_myokymia"] > 3 * without["eyelid_myokymia"]


def test_the_missing_defining_symptom_is_shown_against_the_condition():
    ranked = rank(KB, {"ptosis", "one_side_only"}, set(), "middle_age", None, explained=len(KB.conditions))
    myokymia = next(r for r in ranked if r.condition == "eyelid_myokymia")
    assert any(text.startswith("nothing about twitching of the eyelid") for text in myokymia.evidence_against)


def test_scores_do_not_depend_on_the_order_of_the_findings():
    """The order of a set of findings differs between processes (string hashing); the sums of
    their log-likelihoods must not, or two conditions that tie swap places from run to run."""
    from twitchcheck.reasoning.differential import score_array
    from twitchcheck.reasoning.model import model_for

    model = model_for(KB)
    present = ["cannot_close_eye", "synkinesis_with_movement", "face_tightness", "history_facial_palsy", "one_side_only"]
    forward = score_array(model, present, ["speech_difficulty"], None, None, frozenset())
    backward = score_array(model, present[::-1], ["speech_difficulty"], None, None, frozenset())
    assert forward.tolist() == backward.tolist()


def _levels_by_every_rule(present: set[str], absent: set[str], age: int | None, candidates: set[str]) -> dict:
    """The interview's "one finding from firing" levels, rule by rule with ``holds`` (the plain way)."""
    from twitchcheck.reasoning.triage import holds, urgency

    levels: dict[str, int] = {}
    for rule in KB.red_flags:
        if rule.kind == "other_concern":
            continue
        all_of, any_of = set(rule.all_of), set(rule.any_of)
        missing = all_of - present
        options_met = not any_of or bool(any_of & present)
        if len(missing) > 1 or (missing and not options_met):
            continue
        completing = missing if missing else (set() if options_met else any_of & candidates)
        for finding in completing:
            if finding in candidates and urgency(rule.triage) < levels.get(finding, len(TRIAGE_ORDER)) \
                    and holds(rule, present | {finding}, absent, age):
                levels[finding] = urgency(rule.triage)
    return levels


@settings(max_examples=150, deadline=None)
@given(st.sets(st.sampled_from(FINDINGS), max_size=6), st.sets(st.sampled_from(FINDINGS), max_size=3),
       st.sampled_from([None, 8, 40, 75]))
def test_the_interviews_rule_tables_agree_with_the_rules(present, absent, age):
    from twitchcheck.reasoning.interview import _completing, _levels_if_added

    absent = set(absent) - set(present)
    candidates = set(FINDINGS) - set(present) - absent
    assert _levels_if_added(KB, set(present), absent, age, candidates) == \
        _levels_by_every_rule(set(present), absent, age, candidates)
    completing = set()
    for rule in KB.red_flags:
        needed, options = set(rule.all_of), set(rule.any_of)
        if rule.kind == "other_concern" or not (needed & present or options & present):
            continue
        completing |= needed - present
        if options and not options & present:
            completing |= options
    assert _completing(KB, set(present), set(present) | absent) == completing - set(present) - absent


@settings(max_examples=150, deadline=None)
@given(st.sets(st.sampled_from(FINDINGS), max_size=6), st.sets(st.sampled_from(FINDINGS), max_size=3),
       st.sets(st.sampled_from(FINDINGS), min_size=1, max_size=40), st.sampled_from([None, 8, 40, 75]))
def test_the_interviews_rule_index_finds_every_rule_a_few_candidates_complete(present, absent, candidates, age):
    # the interview weighs only the findings the leading conditions list: not every finding is a candidate
    from twitchcheck.reasoning.interview import _levels_if_added

    absent = set(absent) - set(present)
    candidates = set(candidates) - set(present) - absent
    assert _levels_if_added(KB, set(present), absent, age, candidates) == \
        _levels_by_every_rule(set(present), absent, age, candidates)


def test_a_drooping_face_with_muddled_speech_in_an_old_person_is_a_stroke_first():
    # an acute event: people write within hours or days of a stroke (short_duration is listed for it)
    ranked = rank(KB, {"facial_droop", "speech_difficulty", "one_side_only", "short_duration"}, set(), "older", None)
    assert ranked[0].condition == "stroke"


def test_continuous_rippling_with_brainstem_signs_is_facial_myokymia_in_a_young_adult():
    present = {"lower_face_twitching", "constant_movement", "short_duration", "double_vision", "vertigo_imbalance",
               "speech_difficulty", "one_side_only"}
    assert rank(KB, present, set(), "young_adult", None)[0].condition == "facial_myokymia"


def test_a_side_and_a_recent_start_alone_are_not_a_stroke_or_a_palsy():
    # a stroke and a palsy show themselves by a deficit (their `defining` symptoms)
    ranked = rank(KB, {"one_side_only", "short_duration"}, set(), "middle_age", None)
    assert ranked[0].condition not in ("stroke", "bells_palsy")


def test_the_interview_does_not_ask_about_dangers_nothing_makes_plausible():
    # a clear picture of tics in a child: no "is a seizure happening now?" for its danger alone
    present = {"increased_blinking", "vocal_tics", "suppressible_with_urge", "over_three_weeks", "long_duration"}
    asked = {q.finding for q in next_questions(KB, present, set(), "child", "male", 9)}
    assert "collapse_or_seizure_now" not in asked and "breathing_swallowing_difficulty" not in asked


def test_a_diagnosed_part_counts_for_the_whole_only_when_more_than_the_part_is_told():
    from twitchcheck import consult
    more = consult("70F, known blepharospasm for 3 years treated with BoNT, now new oromandibular involvement with "
                   "tongue protrusion on speaking.")
    assert more.differential[0].condition == "meige_syndrome"
    only = consult("I was diagnosed with blepharospasm 3 years ago, botox helps a lot. Is it ok to have another round?")
    assert only.differential[0].condition == "blepharospasm"
    assert all(d.condition != "meige_syndrome" or d.probability < 0.05 for d in only.differential)


def test_a_droop_after_cosmetic_botox_is_the_toxin_first_and_a_treated_spasm_stays_the_diagnosis():
    cosmetic = rank(KB, {"cosmetic_botulinum", "ptosis", "one_side_only"}, set(), "middle_age", "female")
    assert cosmetic[0].condition == "botulinum_toxin_effect"
    # without an injection, the same droop is no side effect
    plain = rank(KB, {"ptosis", "one_side_only"}, set(), "middle_age", "female")
    assert plain[0].condition != "botulinum_toxin_effect"
    assert all(d.condition != "botulinum_toxin_effect" or d.probability < 0.05 for d in plain)
    # a toxin given for a diagnosed spasm leaves the spasm the diagnosis (the side-effect rule answers the droop)
    treated = rank(KB, {"botulinum_treatment", "ptosis", "short_duration", "one_side_only"}, set(), "middle_age",
                   "female", diagnosed=frozenset({"blepharospasm"}))
    assert treated[0].condition == "blepharospasm"
