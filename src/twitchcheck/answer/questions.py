"""One answer per question asked, with its ``about`` honoured.

The focus of an answer is, in order: the condition the person named in a
what-is-it question, the leading condition of the differential, a knowledge
base topic for general questions, or a condition named in a general question.

An answer is a list of parts: a short lead in our own words (kept wherever it
is shown) and cited knowledge-base sentences (which the readable text says only
once, however many questions they answer).
"""

from __future__ import annotations

import re
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
_SENTENCE_END = re.compile(r"(?<=\.)\s+")
EMERGENCY = ("emergency_ambulance", "emergency")
#: Below this probability a condition the person asks about is answered with why it is unlikely,
#: not with a description that reads as if it were theirs.
UNLIKELY = 0.1


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
    #: Their texts as asked of the person they are about ("Does she blink ...?" for a daughter).
    question_texts: list[str] = field(default_factory=list)
    named_conditions: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    would_change: list[str] = field(default_factory=list)
    #: The findings the person has (a condition is described as it shows with them).
    present: frozenset[str] = frozenset()
    #: What decided each triage reason: a rule id, or ``condition:<id>`` for a likely condition.
    triage_rules: list[str] = field(default_factory=list)
    #: Conditions named by emergency red-flag rules that fired (stroke for a droop with a weak arm).
    flagged: frozenset[str] = frozenset()
    #: Findings the person reports that a fired triage rule acted on (their warning signs are not repeated).
    acted_on: frozenset[str] = frozenset()
    #: Whom the answer is about: the writer, or the relative they write about ("your son").
    subject: str = "writer"
    relation: str | None = None
    sex: str | None = None

    def probability(self, condition: str) -> float | None:
        return next((e.probability for e in self.differential if e.condition == condition), None)

    def ranked(self, condition: str) -> Any | None:
        return next((e for e in self.differential if e.condition == condition), None)

    @property
    def urgent(self) -> bool:
        return self.triage_level in EMERGENCY


@dataclass
class Part:
    """One piece of an answer: a cited sentence, or (``lead``) our own short framing of it."""

    text: str
    lead: bool = False


@dataclass
class Reply:
    parts: list[Part] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(part.text for part in self.parts if part.text)


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
    narrowed = {broad for topic_id in draft.topics for broad in draft.kb.topics[topic_id].refines}
    for position, topic_id in enumerate(draft.topics):
        if topic_id in narrowed:
            continue
        topic = draft.kb.topics[topic_id]
        score = 4 * (about is not None and topic.about == about) + 2 * (intent in topic.intents) - position * 0.1
        scored.append((score, topic))
    if not scored:
        return None
    score, topic = max(scored, key=lambda item: item[0])
    return topic if score > -1 else None


def _topic_about(draft: Draft, intent: str, about: str) -> Topic | None:
    """A mentioned topic on exactly this ``about``, for a question the leading condition cannot answer."""
    topic = best_topic(draft, intent, about)
    return topic if topic is not None and topic.about == about else None


def _reply(lead: str, claims: list[Claim], cite: Citations) -> Reply:
    parts = [Part(lead.strip(), lead=True)] if lead.strip() else []
    parts += [Part(cite.cite(claim)) for claim in claims]
    return Reply(parts, [ref for claim in claims for ref in claim.refs])


def condition_reason(draft: Draft, rule: str, reason: str, refs: list[str], cite: Citations) -> Part:
    """A triage reason as the person reads it: a likely condition's own advice on whom to see and when,
    rather than "X is the most likely explanation", which the answer has already said."""
    condition_id = rule.removeprefix("condition:")
    if rule.startswith("condition:") and draft.differential and draft.differential[0].condition == condition_id:
        return Part(cite.cite(draft.kb.conditions[condition_id].as_presented(draft.present).specialist))
    return Part(f"{reason.strip()} {cite.mark(refs)}".strip())


def _sentences(text: str) -> list[str]:
    """``text`` split after each full stop. Most reasons are one sentence (a full stop only at the
    end): those need no search for a full stop followed by a space."""
    return _SENTENCE_END.split(text) if "." in text[:-1] else [text]


def triage_parts(draft: Draft, cite: Citations, limit: int = 3, with_condition: bool = True) -> list[Part]:
    """The reasons for the level, each sentence once: rules often end with the same instruction.
    ``with_condition=False`` leaves out a likely condition's advice on whom to see (a question answers it)."""
    headline = phrases()["triage"][draft.triage_level]["headline"] if draft.triage_level else ""
    seen = {headline}
    parts: list[Part] = []
    rules = draft.triage_rules or [""] * len(draft.triage_reasons)
    for rule, reason, refs in zip(rules[:limit], draft.triage_reasons[:limit], draft.triage_refs[:limit]):
        if rule.startswith("condition:"):
            if not with_condition:
                continue
            part = condition_reason(draft, rule, reason, refs, cite)
            if part.text not in seen:
                seen.add(part.text)
                parts.append(part)
            continue
        kept = [s for s in _sentences(reason.strip()) if s and s not in seen]
        seen.update(kept)
        if kept:
            parts.append(Part(f"{' '.join(kept)} {cite.mark(refs)}".strip()))
    return parts


def _level_reply(draft: Draft, intent: str, cite: Citations) -> Reply:
    """What to do and how soon: the level in plain words, then its reasons; never "wait" in an emergency."""
    words = phrases()
    level = draft.triage_level
    if level is None:
        return Reply()
    refs = [r for refs in draft.triage_refs[:3] for r in refs]
    if intent == "seriousness":
        kind = "emergency" if draft.urgent else "self_care" if level == "self_care" else "consultation"
        lead = words["seriousness"][kind].format(action=words["triage"][level]["plain"])
        marker = cite.mark(draft.triage_refs[0]) if draft.triage_refs else ""
        parts = [Part(lead, lead=True)]
        if draft.urgent:
            parts.append(Part(words["do_not_wait"], lead=True))
        if marker:
            parts[-1] = Part(f"{parts[-1].text} {marker}", lead=True)
        return Reply(parts, list(draft.triage_refs[0]) if draft.triage_refs else [])
    parts = [Part(words["triage"][level]["headline"], lead=True)]
    if draft.urgent:
        parts.append(Part(words["do_not_wait"], lead=True))
    parts += triage_parts(draft, cite)
    return Reply(parts, refs)


def mri_advice(draft: Draft) -> str:
    """The MRI advice in words; urgent imaging is arranged by the hospital only when the person is going there."""
    words = phrases()["mri"]
    if draft.mri == "urgent":
        return words["urgent"] if draft.urgent else words["urgent_soon"]
    return words[draft.mri] if draft.mri else ""


def mri_reason(draft: Draft) -> tuple[str, list[str]]:
    """Why that MRI advice. A rule that decides the MRI advice without saying anything about a scan
    (its reason is the triage reason shown already) gives way to the condition's own MRI reasoning."""
    if draft.mri is None or draft.mri == "urgent":
        return "", []
    reason, refs = draft.mri_reason or "", list(draft.mri_refs)
    focus = focus_condition(draft)
    if reason in draft.triage_reasons and focus is not None and focus.workup.mri == draft.mri:
        return focus.workup.mri_reason.text.strip(), list(focus.workup.mri_reason.refs)
    return reason, refs


def _what_is_it(draft: Draft, condition: Condition, about: str | None, cite: Citations) -> Reply:
    words = phrases()
    probability = draft.probability(condition.id)
    named = about is not None and draft.has_symptoms
    leads = bool(draft.differential) and draft.differential[0].condition == condition.id
    leading = (short_name(draft.kb.conditions[draft.differential[0].condition].as_presented(draft.present))
               if draft.differential else "")
    if named and not leads and draft.urgent and condition.id in draft.flagged:
        # the rule that made this an emergency names it: never "probably not", however unlikely it looks
        lead = words["named_rule_out"].format(percent=percent_words(probability or 0.0), leading=leading)
        return _reply(lead, [condition.description], cite)
    if named and not leads and (probability is None or probability < UNLIKELY):
        # asked about, but unlikely: say so and why, not what it is as if it were theirs
        entry = draft.ranked(condition.id)
        lead = words["named_unlikely"].format(percent=percent_words(probability or 0.0))
        evidence = evidence_words(entry) if entry is not None else ""
        more_likely = words["more_likely"].format(condition=capitalised(leading))
        return _reply(" ".join(x for x in [lead, evidence, more_likely] if x), [], cite)
    if probability is None:
        return _reply("", [condition.description], cite)
    if named:  # "is it a tic?" asks yes or no: say which first
        kind = "named_likely" if probability >= 0.6 else "named_leading" if leads else "named_possible"
        lead = words[kind].format(percent=percent_words(probability), leading=leading)
    else:
        lead = f"{condition.name} is {certainty_words(probability)} from what you describe ({percent_words(probability)})."
    if flagged := rule_out(draft, condition.id):
        lead += " " + words["rule_out_first"].format(condition=flagged)
    return _reply(lead, [condition.description], cite)


def rule_out(draft: Draft, condition: str) -> str:
    """In an emergency decided by rules naming other conditions (a stroke for a droop with slurred speech),
    their names: whatever is most likely, those have to be ruled out first."""
    if not draft.urgent or not draft.flagged or condition in draft.flagged:
        return ""
    return " or ".join(short_name(draft.kb.conditions[c]) for c in sorted(draft.flagged))


def short_name(condition: Condition) -> str:
    """The name without its explanation in brackets, for use inside a sentence: "Bell's palsy", not
    "Bell's palsy (sudden weakness ...)"; "motor tics", not "Motor tics"."""
    name = condition.name.split(" (")[0]
    first = name.split()[0]
    return name if first in phrases()["proper_names"] else name[0].lower() + name[1:]


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def evidence_words(entry: Any) -> str:
    """Evidence against a condition, grouped so that each kind reads as one plain sentence."""
    words = phrases()["evidence"]
    unusual, missing, denied, other = [], [], [], []
    for e in entry.evidence_against:  # one pass, each kind in order
        is_unusual, is_missing = e.endswith(" is unusual for it"), e.startswith("nothing about ")
        if is_unusual:
            unusual.append(e.removesuffix(" is unusual for it"))
        if is_missing:
            missing.append(e.removeprefix("nothing about "))
        if is_unusual or is_missing:
            continue
        if e.startswith("no "):
            denied.append(e.removeprefix("no "))
        else:
            other.append(e)
    sentences = []
    if other:
        sentences.append(words["against"].format(items="; ".join(other[:3])))
    if unusual:
        sentences.append(words["unusual"].format(items="; ".join(unusual[:3])))
    if denied:
        sentences.append(words["denied"].format(items="; ".join(denied[:3])))
    if missing:
        sentences.append(words["missing"].format(items="; ".join(missing[:2])))
    if not sentences and entry.evidence_for:
        sentences.append(words["for"].format(items="; ".join(entry.evidence_for[:3])))
    return " ".join(sentences)


def _treatments(condition: Condition, about: str | None, cite: Citations) -> Reply:
    chosen = [t for t in condition.treatments if about is None or t.about == about]
    if about is not None and not chosen:
        return Reply()
    reply = Reply()
    for treatment in (chosen or condition.treatments)[:3]:
        details = " ".join(x.strip() for x in (treatment.response, treatment.duration, treatment.risks) if x)
        sentence = f"{treatment.name}: {treatment.what_it_achieves.strip()}"
        if details:
            sentence = f"{sentence.rstrip('.')}. {details}"
        reply.parts.append(Part(f"{sentence} {cite.mark(treatment.refs)}"))
        reply.refs.extend(treatment.refs)
    return reply


def answer(draft: Draft, intent: str, about: str | None, cite: Citations) -> Reply:
    """The parts and references answering one question."""
    words = phrases()
    condition = focus_condition(draft, about if intent == "what_is_it" else None)
    topic = best_topic(draft, intent, about)
    if draft.has_symptoms and (topic is None or not topic.refines or topic.about != about or about is None):
        topic = None  # with symptoms, the person's own condition answers, unless they ask a narrower question
    if topic is not None:
        return _reply("", topic.answer, cite)
    if intent in ("urgency",) and draft.triage_level:
        return _level_reply(draft, intent, cite)
    if condition is None:
        return _reply(words["nothing_to_judge"] if draft.intents else words["no_symptoms"], [], cite)
    if intent == "what_is_it":
        return _what_is_it(draft, condition, about, cite)
    if intent == "seriousness":
        reply = _level_reply(draft, intent, cite) if draft.has_symptoms else Reply()
        extra = _reply("", [condition.prognosis], cite)
        return Reply(reply.parts + extra.parts, reply.refs + extra.refs)
    if intent == "cause":
        if about and about in condition.causes:
            return _reply("", [condition.causes[about]], cite)
        if about and (topic := _topic_about(draft, intent, about)) is not None:
            return _reply("", topic.answer, cite)
        if about:
            subject = words["about_words"].get(about, about.replace("_", " "))
            lead = words["unknown_cause"].format(about=subject, condition=condition.name)
            return _reply(lead, [condition.description], cite)
        causes = list(condition.causes.values())[:2]
        return _reply("", [condition.description, *causes], cite)
    if intent == "imaging":
        if draft.mri is not None:
            reason, refs = mri_reason(draft)
            parts = [Part(mri_advice(draft), lead=True)]
            if reason:
                parts.append(Part(f"{reason} {cite.mark(refs)}".strip()))
            return Reply(parts, refs)
        return _reply("", [condition.workup.mri_reason], cite)
    if intent == "treatment":
        reply = _treatments(condition, about, cite)
        if reply.parts:
            return reply
        if about and (topic := _topic_about(draft, intent, about)) is not None:
            return _reply("", topic.answer, cite)
        subject = words["about_words"].get(about or "", (about or "").replace("_", " "))
        return _reply(words["unknown_treatment"].format(treatment=subject, condition=condition.name), [], cite)
    if intent == "prognosis":
        return _reply("", [condition.prognosis], cite)
    if intent == "specialist":
        return _reply("", [condition.specialist], cite)
    if intent == "self_care":
        return _reply("", condition.self_care[:4] or [condition.specialist], cite)
    return _reply("", [condition.specialist], cite)
