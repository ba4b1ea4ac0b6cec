"""Compose the reply a person reads, the answer entries, and the clinician note.

Every medical sentence comes from a knowledge-base claim and carries its
reference numbers ([1], [2] ...); the wording around them lives in
``phrases.yaml`` and the layout in ``templates/``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined

from twitchcheck.answer.citations import Citations
from twitchcheck.knowledge.loader import cache_dir
from twitchcheck.answer.questions import Draft, answer, certainty_words, focus_condition, percent_words, phrases
from twitchcheck.models import Answer, Citation

__all__ = ["Draft", "compose", "certainty_words", "phrases", "render"]

_HERE = Path(__file__).parent
URGENT = ("emergency_ambulance", "emergency", "consultation_24")


@lru_cache(maxsize=4)
def template(name: str):
    environment = Environment(loader=FileSystemLoader(_HERE / "templates"), undefined=StrictUndefined,
                              autoescape=False, trim_blocks=False, bytecode_cache=_bytecode_cache())
    return environment.get_template(name)


def _bytecode_cache() -> FileSystemBytecodeCache | None:
    """Compiled templates kept between runs (Jinja checks each against its source)."""
    base = cache_dir()
    if base is None:
        return None
    try:
        (base / "templates").mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(str(base / "templates"))


@lru_cache(maxsize=4)
def _globals(name: str) -> dict[str, Any]:
    return dict(template(name).globals)


def render(name: str, context: dict[str, Any]) -> str:
    """``template(name).render(**context)``, with ``context`` (a fresh dict) as the template's own
    variables instead of a copy merged with Jinja's globals at every call."""
    compiled = template(name)
    variables = {**_globals(name), **context}
    try:
        return compiled.environment.concat(compiled.root_render_func(compiled.new_context(variables, shared=True)))
    except Exception:  # noqa: BLE001 - as Template.render: the error with the template's own line numbers
        return compiled.environment.handle_exception()


def _leading(draft: Draft, cite: Citations) -> str:
    top = draft.differential[0]
    condition = draft.kb.conditions[top.condition].as_presented(draft.present)
    text = f"{condition.name} is {certainty_words(top.probability)} ({percent_words(top.probability)})."
    if top.evidence_for:
        text += " What points to it: " + "; ".join(top.evidence_for[:4]) + "."
    return f"{text} {cite.cite(condition.description)}"


def _alternatives(draft: Draft) -> list[str]:
    lines = []
    for entry in draft.differential[1:3]:
        condition = draft.kb.conditions[entry.condition]
        line = f"{condition.name}: {certainty_words(entry.probability)} ({percent_words(entry.probability)})"
        if entry.evidence_against:
            line += " — against it: " + "; ".join(entry.evidence_against[:3])
        elif entry.evidence_for:
            line += " — for it: " + "; ".join(entry.evidence_for[:3])
        lines.append(line + ".")
    return lines


def _triage_reasons(draft: Draft, cite: Citations) -> str:
    """The reasons for the level, each once: rules often end with the same instruction."""
    headline = phrases()["triage"][draft.triage_level]["headline"] if draft.triage_level else ""
    seen = {headline}
    parts: list[str] = []
    for reason, refs in zip(draft.triage_reasons[:3], draft.triage_refs[:3]):
        kept = [s for s in re.split(r"(?<=\.)\s+", reason.strip()) if s not in seen]
        seen.update(kept)
        if kept:
            parts.append(f"{' '.join(kept)} {cite.mark(refs)}".strip())
    return " ".join(parts)


def _mri(draft: Draft, cite: Citations) -> str:
    if draft.mri is None:
        return ""
    if draft.mri == "urgent":
        return phrases()["mri"]["urgent"]
    text = f"{phrases()['mri'][draft.mri]} {draft.mri_reason} {cite.mark(draft.mri_refs)}".strip()
    if draft.would_change and draft.mri != "urgent":
        text += " " + phrases()["would_change"].format(findings="; ".join(draft.would_change[:3]))
    return text


def _questions(draft: Draft) -> list[tuple[str, str | None]]:
    """The questions to answer; a general message naming a topic but asking nothing gets "what is it"."""
    asked = [(a.intent, a.about) for a in draft.intents]
    if not asked and not draft.has_symptoms and draft.in_scope and (draft.topics or draft.named_conditions):
        asked = [("what_is_it", None)]
    return asked


def compose(draft: Draft) -> tuple[list[Answer], str, list[Citation]]:
    """The answer entries, the readable text, and the citations behind them."""
    words = phrases()
    cite = Citations(draft.kb)
    level = draft.triage_level
    context: dict[str, Any] = {
        "in_scope": draft.in_scope, "out_of_scope": words["out_of_scope"],
        "urgent_first": level in URGENT, "triage_headline": words["triage"][level]["headline"] if level else "",
        "triage_reasons": _triage_reasons(draft, cite) if level else "",
        "leading": "", "alternatives": [], "mri": "", "answers": [], "general": "", "self_care": [],
        "other_concerns": [], "warning_signs": [], "next_questions": [], "disclaimer": words["disclaimer"],
        "references": [],
    }
    if draft.differential:
        context["leading"] = _leading(draft, cite)
        context["alternatives"] = _alternatives(draft)
    context["mri"] = _mri(draft, cite)
    entries = []
    shown: dict[str, str] = {}
    for intent, about in _questions(draft):
        text, refs = answer(draft, intent, about, cite)
        entries.append(Answer(intent=intent, about=about, text=text, refs=sorted(set(refs))))
        title = words["intent_titles"][intent]
        if about:
            title = f"{title[:-1]} ({words['about_words'].get(about, about.replace('_', ' '))})?"
        if text in shown:  # one passage answers two of the questions: say it once
            context["answers"].append({"title": title, "text": words["answered_above"].format(title=shown[text])})
            continue
        shown[text] = title
        context["answers"].append({"title": title, "text": text})
    focus = focus_condition(draft)
    if draft.has_symptoms and focus is not None:
        if level in ("self_care", "consultation"):
            context["self_care"] = [cite.cite(claim) for claim in focus.self_care[:4]]
        context["warning_signs"] = [cite.cite(claim) for claim in focus.red_flags[:4]]
    elif draft.in_scope and not draft.intents:
        context["general"] = words["no_symptoms"]
    context["other_concerns"] = [cite.cite(rule.reason) for rule in draft.other_concerns]
    context["next_questions"] = [q.text for q in draft.next_questions]
    context["references"] = cite.lines()
    text = render("answer.txt.j2", context).strip() + "\n"
    return entries, text, cite.as_models()
