"""Which follow-up questions matter most: the interview.

A question about a finding nobody has mentioned is worth asking when its
answer could change what the person should do (the triage level: ranked by
the chance of a "yes" times how far it would move the level), or, after that,
when it is expected to sharpen the differential the most (expected reduction
in entropy).  Questions whose answers change nothing are not asked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from twitchcheck.knowledge.schema import KnowledgeBase
from twitchcheck.reasoning.differential import likelihood, log_scores, normalise
from twitchcheck.reasoning.triage import fired_rules, urgency

#: Below this expected information gain (bits) a question is not worth asking.
MIN_GAIN_BITS = 0.02


@dataclass(frozen=True)
class Question:
    finding: str
    text: str
    changes_triage: bool
    gain_bits: float
    #: Probability of a "yes" times the number of levels it would move the triage up.
    urgency_shift: float = 0.0


def _entropy(probabilities: dict[str, float]) -> float:
    return -sum(p * math.log2(p) for p in probabilities.values() if p > 0)


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


def next_questions(kb: KnowledgeBase, present: set[str], absent: set[str], age_band: str | None, sex: str | None,
                   age: int | None, limit: int = 4, asked: frozenset[str] = frozenset(),
                   diagnosed: frozenset[str] = frozenset()) -> list[Question]:
    """The follow-up questions worth asking, most useful first (never one already ``asked``)."""
    scores = log_scores(kb, present, absent, age_band, sex, diagnosed)
    probabilities = normalise(scores)
    before = _entropy(probabilities)
    level_now = _level(kb, present, absent, age)
    questions = []
    known = present | absent | set(asked)
    for finding in _candidates(kb, probabilities, known) | _completing(kb, present, known):
        p_yes = sum(probabilities[c] * likelihood(kb, c, finding) for c in probabilities)
        after_yes = normalise({c: s + math.log(likelihood(kb, c, finding)) for c, s in scores.items()})
        after_no = normalise({c: s + math.log(1 - likelihood(kb, c, finding)) for c, s in scores.items()})
        gain = before - (p_yes * _entropy(after_yes) + (1 - p_yes) * _entropy(after_no))
        shift = level_now - _level(kb, present | {finding}, absent, age)
        if shift > 0 or gain >= MIN_GAIN_BITS:
            # only conditions that list the finding count here: the leak is not evidence of plausibility
            p_listed = sum(p * kb.conditions[c].findings[finding].p for c, p in probabilities.items()
                           if finding in kb.conditions[c].findings)
            questions.append(Question(finding, kb.findings[finding].question, shift > 0, gain,
                                      p_listed * max(shift, 0)))
    questions.sort(key=lambda q: (not q.changes_triage, -q.urgency_shift, -q.gain_bits, q.finding))
    return questions[:limit]
