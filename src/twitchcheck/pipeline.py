"""consult(): text -> understanding -> reasoning -> answer, the one function every interface calls."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import attrgetter

from twitchcheck.answer.address import third_person
from twitchcheck.answer.clinician import clinician_note
from twitchcheck.answer.compose import Draft, certainty_words, compose, phrases
from twitchcheck.errors import InvalidAnswers
from twitchcheck.knowledge.loader import knowledge
from twitchcheck.models import Consultation
from twitchcheck.reasoning.differential import flag, rank, score_array_unflagged
from twitchcheck.reasoning.interview import next_questions
from twitchcheck.reasoning.model import model_for
from twitchcheck.reasoning.triage import TriageResult, decide, fired_rules, flagged_conditions, urgency
from twitchcheck.understanding import Understanding, clean_text, understand

#: How many conditions the differential lists when there are symptoms.
DIFFERENTIAL_SIZE = 5
ANSWER_STATUSES = ("present", "absent", "unknown")
#: An other concern whose findings the leading condition has at least this often is part of it.
EXPLAINED = 0.3
#: How many follow-up questions to offer: none when the person should be calling an ambulance.
QUESTIONS_BY_LEVEL = {"emergency_ambulance": 0, "emergency": 2, "consultation_24": 3, "consultation": 4, "self_care": 4}


def _apply_answers(understanding: Understanding, answers: Mapping[str, str] | None) -> tuple[set[str], set[str]]:
    """Findings present and absent, after the person's answers to follow-up questions."""
    kb = knowledge()
    present = set(understanding.present_findings)
    absent = set(understanding.absent_findings)
    for finding, status in (answers or {}).items():
        if finding not in kb.findings:
            raise InvalidAnswers(f"unknown finding id in answers: {finding!r}")
        if status not in ANSWER_STATUSES:
            raise InvalidAnswers(f"answer for {finding!r} must be one of {', '.join(ANSWER_STATUSES)}, not {status!r}")
        present.discard(finding)
        absent.discard(finding)
        if status == "present":
            present.add(finding)
        elif status == "absent":
            absent.add(finding)
    return present, absent


def _emergency_only(present: set[str], absent: set[str], age: int | None) -> TriageResult:
    """Out-of-scope messages still get the emergency red flags applied."""
    kb = knowledge()
    rules = [r for r in fired_rules(kb, present, absent, age) if r.kind == "red_flag" and urgency(r.triage) <= 1]
    if not rules:
        return TriageResult(level=None)
    best = rules[0]
    # a danger sign with no scan of its own to advise (chest pain, a swelling throat): the emergency care
    # comes first, and the contract gives an MRI advice whenever there is a triage
    advised = best.mri is not None
    return TriageResult(level=best.triage, reasons=[best.reason.text], reason_refs=[best.reason.refs],
                        rules=[best.id], mri=best.mri if advised else "not_needed",
                        mri_reason=best.reason.text if advised else None, mri_refs=best.reason.refs if advised else [])


def _unguessed(triage: TriageResult, present: set[str], guessed_course: frozenset[str],
               triage_of: Callable[[set[str]], TriageResult]) -> tuple[TriageResult, set[str]]:
    """``triage`` (of ``present``), or ``triage_of`` the findings without the course findings that rest on
    a guessed duration ("since June": the date of writing is unknown) when that is more urgent: a guess
    may raise urgency but never lower it, so a danger sign does not look old. Also the findings used."""
    guessed = guessed_course & present
    if guessed:
        unguessed = triage_of(present - guessed)
        if unguessed.level is not None and (triage.level is None or urgency(unguessed.level) < urgency(triage.level)):
            return unguessed, present - guessed
    return triage, present


def _answerable(understanding: Understanding, in_scope: bool, level: str | None) -> list:
    """Questions to answer: all of them in scope; outside it, only what to do about an emergency."""
    if in_scope:
        return understanding.intents
    if level is None:
        return []
    return [asked for asked in understanding.intents if asked.intent in ("urgency", "seriousness")]


def _own_concerns(triage: TriageResult, ranked: list) -> list:
    """Other concerns that are problems of their own: not the ones the leading condition explains
    (tingling fingers with low calcium), and none beside an emergency, where everything is examined."""
    if triage.level is not None and urgency(triage.level) <= urgency("emergency"):
        return []
    if not ranked:
        return triage.other_concerns
    findings = knowledge().conditions[ranked[0].condition].findings
    return [rule for rule in triage.other_concerns
            if not all(f in findings and findings[f].p >= EXPLAINED for f in rule.all_of + rule.any_of)]


def _addressed(question: str, patient) -> str:
    """A follow-up question asked of the person it is about ("Does she blink ...?" for a daughter)."""
    return third_person(question, patient.sex) if patient.subject == "other" else question


def consult(text: object, answers: Mapping[str, str] | None = None, id: str | None = None) -> Consultation:
    """Consult on a person's message; ``answers`` holds their replies to earlier follow-up questions.

    Raises an :class:`~twitchcheck.errors.InputError` for text that cannot be read.
    """
    kb = knowledge()
    clean = clean_text(text)
    understanding = understand(clean)
    present, absent = _apply_answers(understanding, answers)
    patient = understanding.patient
    age_band = patient.age_band  # a property: computed at each use
    in_scope = understanding.in_domain
    diagnosed = frozenset(understanding.diagnosed_conditions)
    # a condition someone says they have ("I've had hemifacial spasm for 6 years") is symptoms too
    has_symptoms = in_scope and (understanding.has_symptoms or any(
        kb.findings[f].category not in ("trigger", "history", "course") for f in present)
        or bool(understanding.personal and diagnosed))
    asked = frozenset(answers or ())
    if has_symptoms:
        fired = fired_rules(kb, present, absent, patient.age)
        # the interview weighs questions before the red-flag ratio, the differential after it
        scores = score_array_unflagged(model_for(kb), present, absent, age_band, patient.sex, diagnosed, asked)
        flagged = flagged_conditions(fired)
        ranked = rank(kb, present, absent, age_band, patient.sex, diagnosed=diagnosed, asked=asked,
                      flagged=flagged, scores=flag(model_for(kb), scores, flagged))
        triage, _ = _unguessed(decide(kb, ranked, present, absent, patient.age, rules=fired), present,
                               understanding.guessed_course,
                               lambda findings: decide(kb, ranked, findings, absent, patient.age))
        questions = next_questions(kb, present, absent, age_band, patient.sex, patient.age,
                                   limit=QUESTIONS_BY_LEVEL[triage.level], asked=asked, diagnosed=diagnosed,
                                   scores=scores, fired=fired)
    else:
        ranked, fired = [], []
        # the same guard for a message outside our scope ("slurred since lunch, leg getting weaker")
        triage, triaged = _unguessed(_emergency_only(present, absent, patient.age), present,
                                     understanding.guessed_course,
                                     lambda findings: _emergency_only(findings, absent, patient.age))
        questions = []
        if triage.level is not None and not in_scope:
            # outside what we cover, yet an emergency sign: say what it may be (slurred speech and a weak arm)
            fired = [r for r in fired_rules(kb, triaged, absent, patient.age) if r.id in triage.rules]
            flagged = flagged_conditions(fired)
            # (only when a rule names a condition of ours: chest pain that may be a heart attack gets no
            # list of face conditions)
            ranked = rank(kb, present, absent, age_band, patient.sex, flagged=flagged) if flagged else []
    shown = ranked[:DIFFERENTIAL_SIZE]
    question_texts = [_addressed(q.text, patient) for q in questions]  # for the answer text and the contract
    draft = Draft(
        kb=kb, in_scope=in_scope, has_symptoms=has_symptoms, differential=shown, triage_level=triage.level,
        triage_reasons=triage.reasons, triage_refs=triage.reason_refs, mri=triage.mri, mri_reason=triage.mri_reason,
        mri_refs=triage.mri_refs, intents=_answerable(understanding, in_scope, triage.level),
        other_concerns=_own_concerns(triage, shown), next_questions=questions, question_texts=question_texts,
        named_conditions=understanding.named_conditions, topics=understanding.topics,
        would_change=[kb.findings[q.finding].label for q in questions if q.changes_triage],
        present=frozenset(present), triage_rules=triage.rules,
        flagged=frozenset(c for rule in fired if rule.id in triage.rules for c in rule.conditions),
        subject=patient.subject, relation=patient.relation, sex=patient.sex,
        acted_on=frozenset(f for rule in fired if rule.kind != "other_concern" for f in rule.all_of + rule.any_of
                           if f in present),
    )
    answer_entries, answer_text, citations = compose(draft)
    return Consultation(
        id=id,
        in_scope=in_scope,
        # the parts are given as plain dicts, validated as Triage, Imaging, Patient, Attributes and the entries
        # of the lists by the Consultation's one validation (a model built per part costs a Python call)
        differential=[
            {"condition": e.condition, "name": kb.conditions[e.condition].name,
             "probability": round(e.probability, 4), "likelihood_words": certainty_words(e.probability),
             "for": e.evidence_for, "against": e.evidence_against}
            for e in shown
        ],
        triage={"level": triage.level, "reasons": triage.reasons, "rules": triage.rules},
        imaging={"mri": triage.mri, "reason": triage.mri_reason, "would_change": draft.would_change},
        answers=answer_entries,
        next_questions=[{"finding": q.finding, "text": text,
                         "why": "could change what you should do" if q.changes_triage else
                                "would help tell the likely causes apart"}
                        for q, text in zip(questions, question_texts)],
        evidence=[{"finding": m.finding, "status": m.status, "source_text": m.sentence[:300],
                   "label": kb.findings[m.finding].label}
                  for m in sorted(understanding.findings.values(), key=attrgetter("start"))],
        citations=citations,
        answer_text=answer_text,
        knowledge_version=kb.version,
        patient={"subject": patient.subject, "relation": patient.relation, "age": patient.age,
                 "age_band": age_band, "sex": patient.sex},
        attributes={"side": understanding.attributes.side, "sites": understanding.attributes.sites,
                    "duration_days": understanding.attributes.duration_days,
                    "recurrent": understanding.attributes.recurrent,
                    "triggers": sorted(f for f in present if kb.findings[f].category == "trigger")},
        other_concerns=[{"id": r.id, "triage": r.triage, "text": r.reason.text, "refs": r.reason.refs}
                        for r in draft.other_concerns],
        disclaimer=phrases()["disclaimer"],
        clinician_note=clinician_note(kb, understanding, present, absent, shown, triage, questions),
    )
