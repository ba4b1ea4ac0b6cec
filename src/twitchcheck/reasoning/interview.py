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

from twitchcheck.knowledge.derived import derived
from twitchcheck.knowledge.schema import TRIAGE_ORDER, KnowledgeBase, RedFlagRule

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
    for _rule, needed, options, _level in _triage_rules(kb):
        if needed.isdisjoint(present) and options.isdisjoint(present):
            continue
        completing.update(needed - present)
        if options and options.isdisjoint(present):
            completing.update(options)
    return completing - known


def _level(kb: KnowledgeBase, present: set[str], absent: set[str], age: int | None) -> int:
    """Urgency set by the rules alone (a larger number is less urgent)."""
    rules = [r for r in fired_rules(kb, present, absent, age) if r.kind != "other_concern"]
    return min((urgency(r.triage) for r in rules), default=urgency("self_care"))


def _levels_if_added(kb: KnowledgeBase, present: set[str], absent: set[str], age: int | None,
                     candidates: set[str]) -> dict[str, int]:
    """For each of ``candidates`` one step from firing a triage rule, the urgency that rule would set.

    A rule fires with one more finding only if that finding is all it lacks: the last of its
    ``all_of``, or any of its ``any_of`` when none is reported yet.  Rules are monotone, so
    findings not listed here cannot change the triage level.
    """
    levels: dict[str, int] = {}
    for rule, all_of, any_of, level in _triage_rules(kb):
        missing = all_of - present if all_of else all_of
        options_met = not any_of or not any_of.isdisjoint(present)
        if len(missing) > 1 or (missing and not options_met):
            continue
        completing = missing if missing else (() if options_met else any_of & candidates)
        for finding in completing:
            if finding in candidates and level < levels.get(finding, len(TRIAGE_ORDER)) \
                    and holds(rule, present | {finding}, absent, age):
                levels[finding] = level
    return levels


def _rule_table(kb: KnowledgeBase) -> list[tuple[RedFlagRule, frozenset[str], frozenset[str], int]]:
    """(rule, its all_of, its any_of, its urgency) for every rule that sets the triage level."""
    return [(rule, frozenset(rule.all_of), frozenset(rule.any_of), urgency(rule.triage))
            for rule in kb.red_flags if rule.kind != "other_concern"]


def _triage_rules(kb: KnowledgeBase) -> list[tuple[RedFlagRule, frozenset[str], frozenset[str], int]]:
    return derived(kb, _rule_table)


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
    level_now = _level(kb, present, absent, age)
    levels_if = _levels_if_added(kb, present, absent, age, set(candidates))
    questions = []
    for index, finding in enumerate(candidates):
        shift = max(0, level_now - levels_if.get(finding, level_now))
        if shift > 0 or gains[index] >= MIN_GAIN_BITS:
            questions.append(Question(finding, kb.findings[finding].question, shift > 0, float(gains[index]),
                                      float(p_listed[index]) * max(shift, 0)))
    questions.sort(key=lambda q: (-(q.gain_bits + SAFETY_WEIGHT * q.urgency_shift), q.finding))
    return questions[:limit]

