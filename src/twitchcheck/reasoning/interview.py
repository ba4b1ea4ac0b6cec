"""Which follow-up questions matter most: the interview.

A question about a finding nobody has mentioned is worth asking when its
answer could change what the person should do (the triage level), or, after
that, when it is expected to sharpen the differential the most (expected
reduction in entropy).  Questions whose answers change nothing are not asked.
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


def _entropy(probabilities: dict[str, float]) -> float:
    return -sum(p * math.log2(p) for p in probabilities.values() if p > 0)


def _candidates(kb: KnowledgeBase, probabilities: dict[str, float], known: set[str]) -> set[str]:
    leading = sorted(probabilities, key=lambda c: -probabilities[c])[:4]
    found: set[str] = set()
    for condition in leading:
        found.update(kb.conditions[condition].findings)
    for rule in kb.red_flags:
        if rule.kind == "red_flag":
            found.update(rule.all_of)
            found.update(rule.any_of)
    return {f for f in found if f not in known and kb.findings[f].category not in ("trigger",)}


def _level(kb: KnowledgeBase, present: set[str], absent: set[str], age: int | None) -> int:
    rules = [r for r in fired_rules(kb, present, absent, age) if r.kind != "other_concern"]
    return min((urgency(r.triage) for r in rules), default=len(kb.red_flags) + 99)


def _relevant_rule_findings(kb: KnowledgeBase, present: set[str]) -> set[str]:
    """Findings that would complete a red-flag rule already partly met by what was said."""
    relevant: set[str] = set()
    for rule in kb.red_flags:
        needed = set(rule.all_of)
        if rule.kind != "red_flag" or not (needed & present or set(rule.any_of) & present):
            continue
        relevant.update(needed - present)
        if not set(rule.any_of) & present:
            relevant.update(rule.any_of)
    return relevant


def next_questions(kb: KnowledgeBase, present: set[str], absent: set[str], age_band: str | None, sex: str | None,
                   age: int | None, limit: int = 4) -> list[Question]:
    """The follow-up questions worth asking, most useful first."""
    scores = log_scores(kb, present, absent, age_band, sex)
    probabilities = normalise(scores)
    before = _entropy(probabilities)
    level_now = _level(kb, present, absent, age)
    relevant = _relevant_rule_findings(kb, present)
    questions = []
    for finding in _candidates(kb, probabilities, present | absent) | relevant:
        p_yes = sum(probabilities[c] * likelihood(kb, c, finding) for c in probabilities)
        after_yes = normalise({c: s + math.log(likelihood(kb, c, finding)) for c, s in scores.items()})
        after_no = normalise({c: s + math.log(1 - likelihood(kb, c, finding)) for c, s in scores.items()})
        gain = before - (p_yes * _entropy(after_yes) + (1 - p_yes) * _entropy(after_no))
        changes = finding in relevant and _level(kb, present | {finding}, absent, age) < level_now
        if changes or gain >= MIN_GAIN_BITS:
            questions.append(Question(finding, kb.findings[finding].question, changes, gain))
    questions.sort(key=lambda q: (not q.changes_triage, -q.gain_bits, q.finding))
    return questions[:limit]
