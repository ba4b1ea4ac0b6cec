"""Compose the reply a person reads, and the answer entries, from the reasoning.

Every medical sentence comes from a knowledge-base claim and carries its
reference numbers ([1], [2] ...); the wording around them lives in
``phrases.yaml`` and ``templates/answer.txt.j2``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from twitchcheck.knowledge.schema import Claim, Condition, KnowledgeBase
from twitchcheck.models import Answer, Citation

_HERE = Path(__file__).parent


@lru_cache(maxsize=1)
def phrases() -> dict[str, Any]:
    with (_HERE / "phrases.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@lru_cache(maxsize=1)
def _template():
    environment = Environment(loader=FileSystemLoader(_HERE / "templates"), undefined=StrictUndefined,
                              keep_trailing_newline=False, autoescape=False)
    return environment.get_template("answer.txt.j2")


def certainty_words(probability: float) -> str:
    for lower, words in phrases()["certainty"]:
        if probability >= lower:
            return words
    return "unlikely"


class Citations:
    """Numbers references in the order the answer first uses them."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.order: list[str] = []

    def mark(self, refs: list[str]) -> str:
        numbers = []
        for ref in refs:
            if ref not in self.order:
                self.order.append(ref)
            numbers.append(self.order.index(ref) + 1)
        return "".join(f"[{n}]" for n in sorted(set(numbers)))

    def cite(self, claim: Claim) -> str:
        marker = self.mark(claim.refs)
        return f"{claim.text.strip()} {marker}".strip()

    def as_models(self) -> list[Citation]:
        citations = []
        for ref in self.order:
            reference = self.kb.references[ref]
            title = reference.citation.split(". ")[1] if reference.citation.count(". ") >= 2 else reference.citation
            citations.append(Citation(id=ref, title=title[:200], reference=_full_reference(reference)))
        return citations

    def lines(self) -> list[str]:
        return [f"[{i}] {_full_reference(self.kb.references[ref])}" for i, ref in enumerate(self.order, 1)]


def _full_reference(reference) -> str:
    parts = [reference.citation]
    if reference.pmid and f"PMID {reference.pmid}" not in reference.citation:
        parts.append(f"PMID {reference.pmid}")
    if reference.doi and reference.doi not in reference.citation:
        parts.append(f"doi:{reference.doi}")
    return " ".join(parts)


@dataclass
class Draft:
    """What the reasoning stage hands to the composer."""

    kb: KnowledgeBase
    in_scope: bool
    has_symptoms: bool
    differential: list[Any]  # list[Ranked]
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
    present_labels: list[str] = field(default_factory=list)


def _focus(draft: Draft, about: str | None = None) -> Condition | None:
    """The condition an answer is about: one the person named, else the leading one."""
    if about and about in draft.kb.conditions:
        return draft.kb.conditions[about]
    if draft.named_conditions and not draft.has_symptoms:
        return draft.kb.conditions[draft.named_conditions[0]]
    if draft.differential:
        return draft.kb.conditions[draft.differential[0].condition]
    if draft.named_conditions:
        return draft.kb.conditions[draft.named_conditions[0]]
    return None


def _leading_sentence(draft: Draft, cite: Citations) -> str:
    top = draft.differential[0]
    condition = draft.kb.conditions[top.condition]
    words = certainty_words(top.probability)
    text = f"{condition.name} is {words} ({round(top.probability * 100)}%)."
    if top.evidence_for:
        text += " What points to it: " + "; ".join(top.evidence_for[:4]) + "."
    return f"{text} {cite.cite(condition.description)}"


def _alternatives(draft: Draft) -> list[str]:
    lines = []
    for entry in draft.differential[1:3]:
        condition = draft.kb.conditions[entry.condition]
        line = f"{condition.name}: {certainty_words(entry.probability)} ({round(entry.probability * 100)}%)"
        if entry.evidence_against:
            line += " — against it: " + "; ".join(entry.evidence_against[:3])
        elif entry.evidence_for:
            line += " — for it: " + "; ".join(entry.evidence_for[:3])
        lines.append(line + ".")
    return lines


def _answer_for(draft: Draft, intent: str, about: str | None, cite: Citations) -> tuple[str, list[str]]:
    """Text and references answering one asked intent."""
    words = phrases()
    condition = _focus(draft, about if intent == "what_is_it" else None)
    claims: list[Claim] = []
    lead = ""
    if intent == "urgency" or (intent == "seriousness" and draft.triage_level):
        level = draft.triage_level
        if level is not None:
            lead = f"{words['triage'][level]['headline']}"
            if intent == "seriousness":
                kind = "emergency" if level.startswith("emergency") else (
                    "consultation" if level != "self_care" else "self_care")
                lead = words["seriousness"][kind].format(action=words["triage"][level]["plain"])
            lead += " " + " ".join(cite.mark(refs) for refs in draft.triage_refs[:1])
    if condition is None:
        return lead.strip() or words["no_symptoms"], []
    if intent == "what_is_it":
        claims = [condition.description]
        if about and draft.differential:
            probability = next((e.probability for e in draft.differential if e.condition == about), None)
            if probability is not None:
                lead = f"{condition.name} is {certainty_words(probability)} from what you describe."
    elif intent == "seriousness":
        claims = [condition.prognosis]
    elif intent == "cause":
        if about and about in condition.causes:
            claims = [condition.causes[about]]
        elif about:
            lead = words["unknown_cause"].format(about=words["about_words"].get(about, about),
                                                 condition=condition.name.lower())
            claims = [condition.description]
        else:
            claims = [condition.description]
    elif intent == "imaging":
        if draft.mri is not None:
            lead = words["mri"][draft.mri]
            return f"{lead} {draft.mri_reason} {cite.mark(draft.mri_refs)}".strip(), list(draft.mri_refs)
        claims = [condition.workup.mri_reason]
    elif intent == "treatment":
        treatments = [t for t in condition.treatments if about is None or t.about == about] or condition.treatments
        refs: list[str] = []
        parts = []
        for treatment in treatments[:3]:
            sentence = f"{treatment.name}: {treatment.what_it_achieves}"
            for extra in (treatment.response, treatment.duration, treatment.risks):
                if extra:
                    sentence += f" {extra}"
            parts.append(f"{sentence} {cite.mark(treatment.refs)}")
            refs.extend(treatment.refs)
        return (lead + " " + " ".join(parts)).strip(), refs
    elif intent == "prognosis":
        claims = [condition.prognosis]
    elif intent == "specialist":
        claims = [condition.specialist]
    elif intent == "self_care":
        claims = condition.self_care[:4] or [condition.specialist]
    elif intent == "urgency":
        claims = [] if lead else [condition.specialist]
    text = " ".join([lead, *(cite.cite(claim) for claim in claims)]).strip()
    return text, [ref for claim in claims for ref in claim.refs]


def compose(draft: Draft) -> tuple[list[Answer], str, list[Citation]]:
    """The answer entries, the readable text, and the citations behind them."""
    words = phrases()
    cite = Citations(draft.kb)
    context: dict[str, Any] = {
        "in_scope": draft.in_scope, "out_of_scope": words["out_of_scope"], "leading": "", "alternatives": [],
        "urgent_first": False, "triage_headline": "", "triage_reasons": "", "mri": "", "answers": [],
        "general": "", "self_care": [], "other_concerns": [], "warning_signs": [], "next_questions": [],
        "disclaimer": words["disclaimer"], "references": [],
    }
    level = draft.triage_level
    if level is not None:
        context["urgent_first"] = level in ("emergency_ambulance", "emergency", "consultation_24")
        context["triage_headline"] = words["triage"][level]["headline"]
        context["triage_reasons"] = " ".join(
            f"{reason.rstrip('.')}. {cite.mark(refs)}".strip()
            for reason, refs in zip(draft.triage_reasons[:3], draft.triage_refs[:3])
        )
    if draft.differential:
        context["leading"] = _leading_sentence(draft, cite)
        context["alternatives"] = _alternatives(draft)
    if draft.mri is not None:
        context["mri"] = f"{words['mri'][draft.mri]} {draft.mri_reason} {cite.mark(draft.mri_refs)}".strip()
    answers = []
    for asked in draft.intents:
        text, refs = _answer_for(draft, asked.intent, asked.about, cite)
        answers.append(Answer(intent=asked.intent, about=asked.about, text=text, refs=sorted(set(refs))))
        title = words["intent_titles"][asked.intent]
        if asked.about:
            title = f"{title[:-1]} ({words['about_words'].get(asked.about, asked.about)})?"
        context["answers"].append({"title": title, "text": text})
    focus = _focus(draft)
    if focus is not None and draft.has_symptoms and level in ("self_care", "consultation"):
        context["self_care"] = [cite.cite(claim) for claim in focus.self_care[:4]]
    if focus is not None and draft.has_symptoms:
        context["warning_signs"] = [cite.cite(claim) for claim in focus.red_flags[:4]]
    if not draft.has_symptoms and draft.in_scope:
        context["general"] = words["no_symptoms"]
    context["other_concerns"] = [cite.cite(rule.reason) for rule in draft.other_concerns]
    context["next_questions"] = [q.text for q in draft.next_questions]
    context["references"] = cite.lines()
    answer_text = _template().render(**context).strip() + "\n"
    return answers, answer_text, cite.as_models()
