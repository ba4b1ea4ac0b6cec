"""Which follow-up questions matter most: the interview.

A question about a finding nobody has mentioned is worth asking when its
answer could change what the person should do (the triage level) or sharpen the
differential (expected reduction in entropy).  Questions are ranked by the
information gain plus a safety term: the chance of a "yes" (from the conditions
that list the finding) times how many levels it would raise the triage, weighted
so that a plausible danger sign comes first.  Questions whose answers change
nothing are not asked.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from twitchcheck.knowledge.schema import KnowledgeBase

from twitchcheck.reasoning.differential import score_array
from twitchcheck.reasoning.model import model_for
from twitchcheck.reasoning.triage import holds, fired_rules, urgency

#: Below this expected information gain (bits) a question is not worth asking.
MIN_GAIN_BITS = 0.02
#: Bits a question is worth per expected level of triage it could raise: a plausible danger sign
#: is asked first, an implausible one does not crowd out the question that tells conditions apart.
SAFETY_WEIGHT = 10.0


@dataclass(frozen=True)
class Question:
    finding: str
    text: str
    changes_triage: bool
    gain_bits: float
    #: Probability of a "yes" times the number of levels it would move the triage up.
    urgency_shift: float = 0.0


def _candidates(kb: KnowledgeBase, probabilities: dict[str, float], known: set[str]) -> set[str]:
    leading = sorted(probabilities, key=lambda c: -probabilities[c])[:4]
    found: set[str] = set()
    for condition in leading:
        found.update(kb.conditions[condition].findings)
    return {f for f in found if f not in known and kb.findings[f].category not in ("trigger",)}


def _completing(kb: KnowledgeBase, present: set[str], known: set[str]) -> set[str]:
    """Findings that would complete a rule already partly met by what was said."""
    completing: set[str] = set()
    for rule in kb.red_flags:
        if rule.kind == "other_concern":
            continue
        needed, options = set(rule.all_of), set(rule.any_of)
        if not (needed & present or options & present):
            continue
        completing.update(needed - present)
        if options and not options & present:
            completing.update(options)
    return completing - known


def _level(kb: KnowledgeBase, present: set[str], absent: set[str], age: int | None) -> int:
    """Urgency set by the rules alone (a larger number is less urgent)."""
    rules = [r for r in fired_rules(kb, present, absent, age) if r.kind != "other_concern"]
    return min((urgency(r.triage) for r in rules), default=urgency("self_care"))


def _level_with(kb: KnowledgeBase, finding: str, level_now: int, present: set[str], absent: set[str],
                age: int | None) -> int:
    """Urgency if ``finding`` were present: only rules that name it can change (rules are monotone)."""
    with_finding = present | {finding}
    levels = [urgency(rule.triage) for rule in _rules_naming(kb).get(finding, ())
              if holds(rule, with_finding, absent, age)]
    return min([level_now, *levels])


_RULES_NAMING: dict[int, tuple[object, dict[str, tuple]]] = {}


def _rules_naming(kb: KnowledgeBase) -> dict[str, tuple]:
    """Triage rules indexed by the findings that can make them fire (built once per knowledge base)."""
    entry = _RULES_NAMING.get(id(kb))
    if entry is None or entry[0] is not kb:
        index: dict[str, list] = {}
        for rule in kb.red_flags:
            if rule.kind != "other_concern":
                for finding in {*rule.all_of, *rule.any_of}:
                    index.setdefault(finding, []).append(rule)
        entry = _RULES_NAMING[id(kb)] = (kb, {f: tuple(rules) for f, rules in index.items()})
    return entry[1]


def _entropy_rows(probabilities: np.ndarray) -> np.ndarray:
    """Entropy in bits of each column of a (conditions x candidates) probability array."""
    safe = np.where(probabilities > 0, probabilities, 1.0)
    return -(probabilities * np.log2(safe)).sum(axis=0)


def _normalised_columns(log_scores: np.ndarray) -> np.ndarray:
    weights = np.exp(log_scores - log_scores.max(axis=0))
    return weights / weights.sum(axis=0)


def next_questions(kb: KnowledgeBase, present: set[str], absent: set[str], age_band: str | None, sex: str | None,
                   age: int | None, limit: int = 4, asked: frozenset[str] = frozenset(),
                   diagnosed: frozenset[str] = frozenset()) -> list[Question]:
    """The follow-up questions worth asking, most useful first (never one already ``asked``)."""
    model = model_for(kb)
    scores = score_array(model, present, absent, age_band, sex, diagnosed, frozenset(asked))
    probabilities = np.exp(scores - scores.max())
    probabilities /= probabilities.sum()
    by_condition = dict(zip(model.conditions, probabilities.tolist()))
    known = present | absent | set(asked)
    candidates = sorted(_candidates(kb, by_condition, known) | _completing(kb, present, known))
    if not candidates:
        return []
    columns = model.columns(candidates)
    yes = model.yes[:, columns]
    p_yes = probabilities @ yes
    after_yes = _normalised_columns(scores[:, None] + model.log_yes[:, columns])
    after_no = _normalised_columns(scores[:, None] + model.log_no[:, columns])
    before = _entropy_rows(probabilities[:, None])[0]
    gains = before - (p_yes * _entropy_rows(after_yes) + (1 - p_yes) * _entropy_rows(after_no))
    # only conditions that list a finding count for its plausibility: the leak is not evidence
    p_listed = probabilities @ np.where(model.listed[:, columns], yes, 0.0)
    in_rules = _rules_naming(kb)  # only findings that can make a rule fire can change the triage level
    level_now = _level(kb, present, absent, age)
    questions = []
    for index, finding in enumerate(candidates):
        shift = level_now - _level_with(kb, finding, level_now, present, absent, age) if finding in in_rules else 0
        if shift > 0 or gains[index] >= MIN_GAIN_BITS:
            questions.append(Question(finding, kb.findings[finding].question, shift > 0, float(gains[index]),
                                      float(p_listed[index]) * max(shift, 0)))
    questions.sort(key=lambda q: (-(q.gain_bits + SAFETY_WEIGHT * q.urgency_shift), q.finding))
    return questions[:limit]

