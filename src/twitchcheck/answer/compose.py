"""Compose the reply a person reads, the answer entries, and the clinician note.

Every medical sentence comes from a knowledge-base claim and carries its
reference numbers ([1], [2] ...); the wording around them lives in
``phrases.yaml`` and the layout in ``templates/``.

The readable text says each cited sentence once. An answer entry is complete on
its own (the contract's ``answers``), but where its sentences are already shown
in a section above, the readable text keeps only its short lead and points there.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined

from twitchcheck.answer.address import relation_words
from twitchcheck.answer.citations import Citations
from twitchcheck.knowledge.loader import cache_dir
from twitchcheck.answer.questions import (
    Draft,
    Part,
    Reply,
    answer,
    certainty_words,
    evidence_words,
    focus_condition,
    mri_advice,
    mri_reason,
    percent_words,
    phrases,
    rule_out,
    short_name,
    triage_parts,
)

__all__ = ["Draft", "compose", "certainty_words", "phrases", "render"]

_HERE = Path(__file__).parent
URGENT = ("emergency_ambulance", "emergency", "consultation_24")
#: Below this probability the leading condition is said plainly to be uncertain.
UNSURE = 0.6


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
    variables instead of a copy merged with Jinja's globals at every call.  The context is made as
    ``Template.new_context(variables, shared=True)`` makes it, with the globals as a plain dict: the
    context only keeps their names, and reading them from Jinja's ChainMap is slow.  The templates read dicts
    by subscript (``headings["mri"]``): Jinja's dot tries an attribute first, and each miss raises an error."""
    compiled = template(name)
    names = _globals(name)
    variables = {**names, **context}
    environment = compiled.environment
    try:
        context_object = environment.context_class(environment, variables, compiled.name, compiled.blocks, globals=names)
        return environment.concat(compiled.root_render_func(context_object))
    except Exception:  # noqa: BLE001 - as Template.render: the error with the template's own line numbers
        return compiled.environment.handle_exception()


class Shown:
    """Which cited sentences the readable text has said already, and under which heading."""

    def __init__(self) -> None:
        self.where: dict[str, str] = {}

    def add(self, heading: str, *texts: str) -> None:
        for text in texts:
            self.where.setdefault(text, heading)

    def brief(self, reply: Reply, where: str) -> str:
        """The reply as the readable text shows it: sentences said above are left out, with a pointer."""
        kept, headings = [], []
        for part in reply.parts:
            heading = None if part.lead else self.where.get(part.text)
            if heading is None:
                kept.append(part.text)
            elif heading not in headings:
                headings.append(heading)
        for part in reply.parts:
            if not part.lead:
                self.add(where, part.text)
        if not headings:
            return " ".join(kept)
        where = " and ".join(headings)
        if not kept:
            return phrases()["see_only"].format(where=where)
        return " ".join([*kept, phrases()["see_also"].format(where=where)])


def _leading(draft: Draft, cite: Citations) -> tuple[str, str]:
    """The most likely condition, why, and what it is; plus its cited description (said once)."""
    words = phrases()
    top = draft.differential[0]
    condition = draft.kb.conditions[top.condition].as_presented(draft.present)
    text = f"{condition.name} is {certainty_words(top.probability)} ({percent_words(top.probability)})."
    if top.evidence_for:
        text += " What points to it: " + "; ".join(top.evidence_for[:4]) + "."
    if flagged := rule_out(draft, top.condition):
        text += " " + words["rule_out_first"].format(condition=flagged)
    elif top.probability < UNSURE:
        text += " " + words["uncertain"]
    description = cite.cite(condition.description)
    return f"{text} {description}", description


def _alternatives(draft: Draft) -> list[str]:
    lines = []
    for entry in draft.differential[1:3]:
        condition = draft.kb.conditions[entry.condition]
        line = f"{condition.name}: {certainty_words(entry.probability)} ({percent_words(entry.probability)})."
        evidence = evidence_words(entry)
        lines.append(f"{line} {evidence}".strip())
    return lines


def _mri(draft: Draft, cite: Citations, shown: Shown) -> str:
    """The MRI section; its reason is said once (a rule's reason may be the triage reason shown above)."""
    if draft.mri is None or (not draft.in_scope and draft.mri == "not_needed"):
        return ""  # (nor for an emergency outside the face, such as chest pain: the scan is not the question)
    reason, refs = mri_reason(draft)
    parts = [Part(mri_advice(draft), lead=True)]
    if reason:
        parts.append(Part(f"{reason} {cite.mark(refs)}".strip()))
    return shown.brief(Reply(parts, refs), f'"{phrases()["headings"]["mri"]}" above')


def _questions(draft: Draft) -> list[tuple[str, str | None]]:
    """The questions to answer; a general message naming a topic but asking nothing gets "what is it"."""
    asked = [(a.intent, a.about) for a in draft.intents]
    if not asked and not draft.has_symptoms and draft.in_scope and (draft.topics or draft.named_conditions):
        asked = [("what_is_it", None)]
    return asked


def title(draft: Draft, intent: str, about: str | None) -> str:
    """The question as the answer repeats it: "Could it be Bell's palsy?", "Is it stress?"."""
    words = phrases()
    titles = words["about_titles"].get(intent, {})
    if intent == "what_is_it" and about in draft.kb.conditions:
        name = short_name(draft.kb.conditions[about])
        return words["named_title" if draft.has_symptoms else "general_title"].format(condition=name)
    if about and about in titles:
        return titles[about]
    if about:
        return f"{words['intent_titles'][intent][:-1]} ({words['about_words'].get(about, about.replace('_', ' '))})?"
    return words["intent_titles"][intent]


def _warnings(draft: Draft, cite: Citations, focus) -> tuple[str, list[str]]:
    """The signs to act on, and the heading that says how: none when an ambulance is the advice already;
    in an emergency only what should make it an ambulance instead."""
    words = phrases()["warning_titles"]
    level = draft.triage_level
    if level == "emergency_ambulance":
        return "", []
    if level == "emergency":
        return (words["emergency"], list(draft.would_change)) if draft.would_change else ("", [])
    if focus is None:
        return "", []
    signs = [claim for claim in focus.red_flags if not draft.acted_on & set(claim.findings)]
    return words.get(level, words["default"]), [cite.cite(claim) for claim in signs[:4]]


def _triage_section(draft: Draft, cite: Citations, shown: Shown, heading: str) -> str:
    """The reasons for the level. A likely condition's advice on whom to see and when is left to the answer
    when the person asks exactly that ("how long should I wait?", "which doctor?")."""
    asked = {a.intent for a in draft.intents}
    parts: list[Part] = triage_parts(draft, cite, with_condition=not asked & {"urgency", "specialist"})
    shown.add(heading, *(p.text for p in parts))
    return " ".join(p.text for p in parts)


def compose(draft: Draft) -> tuple[list[dict[str, Any]], str, list[dict[str, str]]]:
    """The answer entries, the readable text, and the citations behind them. Entries and citations are
    plain dicts of the fields of ``models.Answer`` and ``models.Citation``: the Consultation validates
    them in its one validation (a model built per entry costs a Python call and a validation of its own)."""
    words = phrases()
    headings = words["headings"]
    cite = Citations(draft.kb)
    shown = Shown()
    level = draft.triage_level
    other_person = draft.subject == "other"
    person = relation_words(draft.relation)
    context: dict[str, Any] = {
        "in_scope": draft.in_scope, "out_of_scope": words["out_of_scope"] if not level else words["out_of_scope_urgent"],
        "urgent_first": level in URGENT, "triage_headline": words["triage"][level]["headline"] if level else "",
        "triage_reasons": "",
        "leading": "", "alternatives": [], "mri": "", "answers": [], "general": "", "self_care": [],
        "other_concerns": [], "warning_title": "", "warning_signs": [], "next_questions": [],
        "questions_title": words["questions_title_other"].format(person=person) if other_person else
        words["questions_title"],
        "disclaimer": words["disclaimer_other"].format(person=person) if other_person else words["disclaimer"],
        "headings": headings, "references": [], "what_to_do_answered": False,
    }
    if level:
        where = words["top_advice"] if level in URGENT else f'"{headings["what_to_do"]}" above'
        context["triage_reasons"] = _triage_section(draft, cite, shown, where)
        # "how soon should I see a doctor?" answered below says all there is to do: no section for it
        context["what_to_do_answered"] = not context["triage_reasons"] and any(
            a.intent == "urgency" for a in draft.intents)
    if draft.differential:
        context["leading"], description = _leading(draft, cite)
        shown.add(f'"{headings["leading"]}" above', description)
        context["alternatives"] = _alternatives(draft)
    context["mri"] = _mri(draft, cite, shown)
    entries = []
    answered: dict[str, str] = {}
    for intent, about in _questions(draft):
        reply = answer(draft, intent, about, cite)
        reply_text = reply.text  # a property: joined at each use
        entries.append({"intent": intent, "about": about, "text": reply_text, "refs": sorted(set(reply.refs))})
        heading = title(draft, intent, about)
        if reply_text in answered:  # one reply answers two of the questions: say it once
            text = words["see_only"].format(where=f'the answer to "{answered[reply_text]}" above')
        else:
            answered[reply_text] = heading
            text = shown.brief(reply, f'the answer to "{heading}" above') or words["nothing_to_judge"]
        context["answers"].append({"title": heading, "text": text})
    focus = focus_condition(draft)
    if draft.has_symptoms and focus is not None:
        if level in ("self_care", "consultation"):
            helps = [cite.cite(claim) for claim in focus.self_care[:4]]
            if not all(item in shown.where for item in helps):  # not when a question's answer listed them
                context["self_care"] = helps
        context["warning_title"], context["warning_signs"] = _warnings(draft, cite, focus)
    elif draft.in_scope and not draft.intents:
        context["general"] = words["no_symptoms"]
    context["other_concerns"] = [cite.cite(rule.reason) for rule in draft.other_concerns]
    context["next_questions"] = draft.question_texts
    context["references"] = cite.lines()
    text = render("answer.txt.j2", context).strip() + "\n"
    return entries, text, cite.entries()
