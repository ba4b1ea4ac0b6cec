"""Triage and MRI advice: red-flag rules first, then the likely conditions.

The level is the most urgent of (a) every knowledge-base rule that fires on
the findings, and (b) the default level of each condition that is likely
enough to matter.  A condition whose own level is an emergency counts at a
much lower probability than a benign one: missing a stroke costs far more
than an unneeded visit.  MRI advice is chosen the same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from twitchcheck.knowledge.derived import derived
from twitchcheck.knowledge.schema import MRI_ORDER, TRIAGE_ORDER, KnowledgeBase, RedFlagRule
from twitchcheck.reasoning.differential import Ranked

#: Emergencies are decided by red-flag rules alone: a condition's probability can raise the
#: level at most to this one.  (Rules are monotone in the findings, so more red-flag findings
#: can never lower the level; a shifting differential could.)
CONDITION_CAP = "consultation"
#: Probability above which a condition's own triage level counts, by that level.
CONDITION_THRESHOLD = {
    "emergency_ambulance": 0.15,
    "emergency": 0.2,
    "consultation_24": 0.3,
    "consultation": 0.35,
    "self_care": 0.0,
}
#: Probability above which a condition's MRI advice counts.
MRI_THRESHOLD = {"urgent": 0.2, "recommended": 0.35, "not_needed": 0.0}


@dataclass
class TriageResult:
    level: str | None
    reasons: list[str] = field(default_factory=list)
    reason_refs: list[list[str]] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    mri: str | None = None
    mri_reason: str | None = None
    mri_refs: list[str] = field(default_factory=list)
    other_concerns: list[RedFlagRule] = field(default_factory=list)


_URGENCY = {level: place for place, level in enumerate(TRIAGE_ORDER)}


def urgency(level: str) -> int:
    """0 for the most urgent level; larger is less urgent."""
    return _URGENCY[level]


def holds(rule: RedFlagRule, present: set[str], absent: set[str], age: int | None) -> bool:
    if not all(f in present for f in rule.all_of):
        return False
    if rule.any_of and not any(f in present for f in rule.any_of):
        return False
    if any(f in present for f in rule.none_of):
        return False
    if rule.age_below is not None and (age is None or age >= rule.age_below):
        return False
    for exception in rule.unless:
        if (all(f in present for f in exception.present) and all(f in absent for f in exception.absent)
                and not any(f in present for f in exception.not_present)):
            return False
    return True


def fired_rules(kb: KnowledgeBase, present: set[str], absent: set[str], age: int | None) -> list[RedFlagRule]:
    """Rules that hold, most urgent first."""
    always, by_finding = derived(kb, _rule_index)
    candidates = set(always)
    for finding in present:
        candidates.update(by_finding.get(finding, ()))
    rules = kb.red_flags
    fired = [rules[index] for index in sorted(candidates) if holds(rules[index], present, absent, age)]
    return sorted(fired, key=lambda rule: urgency(rule.triage))


def _rule_index(kb: KnowledgeBase) -> tuple[frozenset[int], dict[str, frozenset[int]]]:
    """Rules by a finding they need (a rule needs all of ``all_of`` and one of ``any_of``).

    Only rules keyed by a reported finding can fire, so most rules are never tested.
    """
    always: set[int] = set()
    by_finding: dict[str, set[int]] = {}
    for index, rule in enumerate(kb.red_flags):
        keys = rule.all_of[:1] or rule.any_of
        if not keys:
            always.add(index)
        for finding in keys:
            by_finding.setdefault(finding, set()).add(index)
    return frozenset(always), {f: frozenset(i) for f, i in by_finding.items()}


def decide(kb: KnowledgeBase, ranked: list[Ranked], present: set[str], absent: set[str],
           age: int | None, rules: list[RedFlagRule] | None = None) -> TriageResult:
    """Triage level, reasons, and MRI advice for a person with symptoms (``rules``: the fired
    rules when the caller has them already)."""
    if rules is None:
        rules = fired_rules(kb, present, absent, age)
    triage_rules = [r for r in rules if r.kind != "other_concern"]
    candidates: list[tuple[int, str, list[str], str]] = []
    for rule in triage_rules:
        candidates.append((urgency(rule.triage), rule.reason.text, rule.reason.refs, rule.id))
    leading = ranked[0]
    levels = derived(kb, _condition_levels)
    for entry in ranked:
        place, threshold, _mri, _mri_threshold = levels[entry.condition]
        if entry is leading or entry.probability >= threshold:
            condition = kb.conditions[entry.condition]
            text = f"{condition.name} is {'the most likely explanation' if entry is leading else 'possible'}."
            candidates.append((place, text, condition.specialist.refs, f"condition:{condition.id}"))
    best = min(c[0] for c in candidates)
    chosen = [c for c in candidates if c[0] == best]
    if any(not c[3].startswith("condition:") for c in chosen):
        chosen = [c for c in chosen if not c[3].startswith("condition:")]  # a rule's reason says more
    result = TriageResult(
        level=TRIAGE_ORDER[best],
        reasons=[c[1] for c in chosen],
        reason_refs=[c[2] for c in chosen],
        rules=[c[3] for c in chosen],
        other_concerns=[r for r in rules if r.kind == "other_concern"],
    )
    _decide_mri(kb, ranked, triage_rules, result, present)
    return result


def _condition_levels(kb: KnowledgeBase) -> dict[str, tuple[int, float, int, float]]:
    """Each condition's own urgency (capped at ``CONDITION_CAP``) and the probability above which it
    counts (never, for self-care: only as the leading condition); its MRI advice (as a place in
    ``MRI_ORDER``: a presentation changes the reason, never the advice) and the probability above
    which that counts."""
    levels = {}
    for condition in kb.conditions.values():
        level = condition.default_triage
        if urgency(level) < urgency(CONDITION_CAP):
            level = CONDITION_CAP
        mri = condition.workup.mri
        levels[condition.id] = (urgency(level), math.inf if level == "self_care" else CONDITION_THRESHOLD[level],
                                MRI_ORDER.index(mri), MRI_THRESHOLD[mri])
    return levels


def _decide_mri(kb: KnowledgeBase, ranked: list[Ranked], rules: list[RedFlagRule], result: TriageResult,
                present: set[str]) -> None:
    """The most urgent MRI advice of the fired rules and the conditions likely enough; the first one
    at that level gives the reason."""
    best: tuple[int, str, list[str]] | None = None
    for rule in rules:
        if rule.mri is not None and (best is None or MRI_ORDER.index(rule.mri) < best[0]):
            best = (MRI_ORDER.index(rule.mri), rule.reason.text, rule.reason.refs)
    leading = ranked[0]
    levels = derived(kb, _condition_levels)
    for entry in ranked:
        _level, _threshold, place, threshold = levels[entry.condition]
        if (best is None or place < best[0]) and (entry is leading or entry.probability >= threshold):
            reason = kb.conditions[entry.condition].as_presented(present).workup.mri_reason
            best = (place, reason.text, reason.refs)
    result.mri = MRI_ORDER[best[0]]
    result.mri_reason = best[1]
    result.mri_refs = best[2]


def flagged_conditions(rules: list[RedFlagRule]) -> frozenset[str]:
    """Conditions named by the fired ``rules`` that are red flags at an emergency level."""
    return frozenset(condition for rule in rules
                     if rule.kind == "red_flag" and urgency(rule.triage) <= urgency("emergency")
                     for condition in rule.conditions)
