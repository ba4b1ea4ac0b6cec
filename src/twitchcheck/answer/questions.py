"""One answer per question asked, with its ``about`` honoured.

The focus of an answer is, in order: the condition the person named in a
what-is-it question, the leading condition of the differential, a knowledge
base topic for general questions, or a condition named in a general question.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from twitchcheck.answer.citations import Citations
from twitchcheck.knowledge.schema import Claim, Condition, KnowledgeBase, Topic


def percent_words(probability: float) -> str:
    """A probability as people read it; never 0% or 100%, which no description can justify."""
    if probability < 0.01:
        return "under 1%"
    if probability > 0.99:
        return "over 99%"
    return f"{round(probability * 100)}%"

_HERE = Path(__file__).parent


@lru_cache(maxsize=1)
def phrases() -> dict[str, Any]:
    with (_HERE / "phrases.yaml").open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml where present


def certainty_words(probability: float) -> str:
    for lower, words in phrases()["certainty"]:
        if probability >= lower:
            return words
    return "unlikely"


@dataclass
class Draft:
    """Everything the composer needs from understanding and reasoning."""

    kb: KnowledgeBase
    in_scope: bool
    has_symptoms: bool
    differential: list[Any]  # list[Ranked], shown part
    triage_level: str | None
    triage_reasons: list[str]
    triage_refs: list[list[str]]
    mri: str | None
    mri_reason: str | None
    mri_refs: list[str]
    intents: list[Any]  # list[AskedIntent]
    other_concerns: list[Any]  # list[RedFlagRule]
    next_questions: list[Any]  # list[Question]
    named_conditions: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    would_change: list[str] = field(default_factory=list)
    #: The findings the person has (a condition is described as it shows with them).
    present: frozenset[str] = frozenset()

    def probability(self, condition: str) -> float | None:
        return next((e.probability for e in self.differential if e.condition == condition), None)


def focus_condition(draft: Draft, about: str | None = None) -> Condition | None:
    """The condition an answer is about, described as it shows with the person's findings."""
    if about and about in draft.kb.conditions:
        return draft.kb.conditions[about].as_presented(draft.present)
    if draft.has_symptoms and draft.differential:
        return draft.kb.conditions[draft.differential[0].condition].as_presented(draft.present)
    if draft.named_conditions:
        return draft.kb.conditions[draft.named_conditions[0]].as_presented(draft.present)
    return None


def best_topic(draft: Draft, intent: str, about: str | None) -> Topic | None:
    """The mentioned topic that fits the question best (its about, then its intents, then order)."""
    scored = []
    for position, topic_id in enumerate(draft.topics):
        topic = draft.kb.topics[topic_id]
        score = 4 * (about is not None and topic.about == about) + 2 * (intent in topic.intents) - position * 0.1
        scored.append((score, topic))
    if not scored:
        return None
    score, topic = max(scored, key=lambda item: item[0])
    return topic if score > -1 else None


def _join(lead: str, claims: list[Claim], cite: Citations) -> tuple[str, list[str]]:
    text = " ".join(part for part in [lead.strip(), *(cite.cite(c) for c in claims)] if part)
    return text, [ref for claim in claims for ref in claim.refs]


def _level_lead(draft: Draft, intent: str, cite: Citations) -> str:
    words = phrases()
    level = draft.triage_level
    if level is None:
        return ""
    marker = cite.mark(draft.triage_refs[0]) if draft.triage_refs else ""
    if intent == "seriousness":
        kind = "emergency" if level.startswith("emergency") else "self_care" if level == "self_care" else "consultation"
        return f"{words['seriousness'][kind].format(action=words['triage'][level]['plain'])} {marker}".strip()
    reason = draft.triage_reasons[0].rstrip(".") + "." if draft.triage_reasons else ""
    return f"{words['triage'][level]['headline']} {reason} {marker}".strip()


def _treatments(condition: Condition, about: str | None, cite: Citations) -> tuple[str, list[str]]:
    chosen = [t for t in condition.treatments if about is None or t.about == about]
    if about is not None and not chosen:
        return "", []
    parts, refs = [], []
    for treatment in (chosen or condition.treatments)[:3]:
        details = " ".join(x.strip() for x in (treatment.response, treatment.duration, treatment.risks) if x)
        sentence = f"{treatment.name}: {treatment.what_it_achieves.strip()}"
        if details:
            sentence = f"{sentence.rstrip('.')}. {details}"
        parts.append(f"{sentence} {cite.mark(treatment.refs)}")
        refs.extend(treatment.refs)
    return " ".join(parts), refs


def answer(draft: Draft, intent: str, about: str | None, cite: Citations) -> tuple[str, list[str]]:
    """Text and references answering one question."""
    words = phrases()
    condition = focus_condition(draft, about if intent == "what_is_it" else None)
    topic = None if draft.has_symptoms else best_topic(draft, intent, about)
    if topic is not None:
        return _join("", topic.answer, cite)
    if intent in ("urgency",) and draft.triage_level:
        return _level_lead(draft, intent, cite), [r for refs in draft.triage_refs[:1] for r in refs]
    if condition is None:
        return words["no_symptoms"], []
    if intent == "what_is_it":
        lead = ""
        probability = draft.probability(condition.id)
        if probability is not None:
            lead = f"{condition.name} is {certainty_words(probability)} from what you describe ({percent_words(probability)})."
        return _join(lead, [condition.description], cite)
    if intent == "seriousness":
        lead = _level_lead(draft, intent, cite) if draft.has_symptoms else ""
        return _join(lead, [condition.prognosis], cite)
    if intent == "cause":
        if about and about in condition.causes:
            return _join("", [condition.causes[about]], cite)
        if about:
            subject = words["about_words"].get(about, about.replace("_", " "))
            lead = words["unknown_cause"].format(about=subject, condition=condition.name.lower())
            return _join(lead, [condition.description], cite)
        causes = list(condition.causes.values())[:2]
        return _join("", [condition.description, *causes], cite)
    if intent == "imaging":
        if draft.mri == "urgent":
            return words["mri"]["urgent"], []
        if draft.mri is not None:
            text = f"{words['mri'][draft.mri]} {draft.mri_reason} {cite.mark(draft.mri_refs)}".strip()
            return text, list(draft.mri_refs)
        return _join("", [condition.workup.mri_reason], cite)
    if intent == "treatment":
        text, refs = _treatments(condition, about, cite)
        if text:
            return text, refs
        subject = words["about_words"].get(about or "", (about or "").replace("_", " "))
        return words["unknown_treatment"].format(treatment=subject, condition=condition.name.lower()), []
    if intent == "prognosis":
        return _join("", [condition.prognosis], cite)
    if intent == "specialist":
        return _join("", [condition.specialist], cite)
    if intent == "self_care":
        return _join("", condition.self_care[:4] or [condition.specialist], cite)
    return _join("", [condition.specialist], cite)
