"""Which follow-up questions matter most: the interview.

A question about a finding nobody has mentioned is worth asking when its
answer could change what the person should do (the triage level) or sharpen the
differential (expected reduction in entropy).  Questions are ranked by the
information gain plus a safety term: the chance of a "yes" (from the conditions
that list the finding) times how many levels it would raise the triage, weighted
so that a plausible danger sign comes first.  Questions whose answers change
nothing, and danger signs nothing makes plausible (under 1%), are not asked.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from twitchcheck.knowledge.derived import derived
from twitchcheck.knowledge.schema import TRIAGE_ORDER, KnowledgeBase, RedFlagRule

from twitchcheck.reasoning.differential import score_array_unflagged
from twitchcheck.reasoning.model import model_for
from twitchcheck.reasoning.triage import fired_rules, urgency

#: ``x.sum(axis)`` and ``x.max(axis)`` without the Python wrapper numpy puts around the methods: the
#: same computation, and on these small arrays the wrapper is a good part of the cost.
_sum, _max = np.add.reduce, np.maximum.reduce
_SMALLEST = float(np.nextafter(0.0, 1.0))  # 5e-324

#: Below this expected information gain (bits) a question is not worth asking.
MIN_GAIN_BITS = 0.02
#: Bits a question is worth per expected level of triage it could raise: a plausible danger sign
#: is asked first, an implausible one does not crowd out the question that tells conditions apart.
SAFETY_WEIGHT = 10.0
#: A danger sign this unlikely (a "yes" from the conditions that list it) is not asked about for its
#: danger alone: asking a child's parents whether a seizure is happening now, when everything points
#: to tics, alarms and tells nothing.
MIN_DANGER_P = 0.01


@dataclass(frozen=True)
class Question:
    finding: str
    text: str
    changes_triage: bool
    gain_bits: float
    #: Probability of a "yes" times the number of levels it would move the triage up.
    urgency_shift: float = 0.0


def _candidates(kb: KnowledgeBase, probabilities: dict[str, float], known: set[str]) -> set[str]:
    leading = sorted(probabilities, key=probabilities.get, reverse=True)[:4]  # ties keep their order
    listed = _tables(kb).listed
    found: set[str] = set()
    for condition in leading:
        found |= listed[condition]
    return found - known


def _completing(kb: KnowledgeBase, present: set[str], known: set[str]) -> set[str]:
    """Findings that would complete a rule already partly met by what was said."""
    completing: set[str] = set()
    for _rule, needed, options, _level, _limits in _naming(kb, present):
        completing.update(needed - present)
        if options and options.isdisjoint(present):
            completing.update(options)
    return completing - known


def _naming(kb: KnowledgeBase, findings: set[str]) -> list[_Rule]:
    """The triage rules that name one of ``findings``, in the knowledge base's order."""
    tables = _tables(kb)
    places: set[int] = set()
    for finding in tables.naming.keys() & findings:  # most findings name no rule: skipped in C
        places.update(tables.naming[finding])
    return [tables.rules[place] for place in sorted(places)]


def _completable(kb: KnowledgeBase, present: set[str], candidates: set[str]) -> list[_Rule]:
    """The triage rules one of ``candidates`` might complete (a superset), in the knowledge base's order.

    A rule lacking the last of its ``all_of`` is keyed by that finding; one whose ``all_of`` is met, or
    lacks one of two or more, by a reported finding of it; one without ``all_of`` by its ``any_of``.
    The rest of the rules naming a candidate lack two or more findings, or only ones not asked about.
    """
    tables = _tables(kb)
    places: set[int] = set()
    for finding in tables.last_needed.keys() & candidates:  # most candidates key no rule: skipped in C
        places.update(tables.last_needed[finding])
    for finding in tables.partly_met.keys() & present:
        places.update(tables.partly_met[finding])
    return [tables.rules[place] for place in sorted(places)]


def _level(kb: KnowledgeBase, present: set[str], absent: set[str], age: int | None,
           fired: list[RedFlagRule] | None = None) -> int:
    """Urgency set by the rules alone (a larger number is less urgent); ``fired``: the rules that hold, if known."""
    if fired is None:
        fired = fired_rules(kb, present, absent, age)
    rules = [r for r in fired if r.kind != "other_concern"]
    return min((urgency(r.triage) for r in rules), default=urgency("self_care"))


def _levels_if_added(kb: KnowledgeBase, present: set[str], absent: set[str], age: int | None,
                     candidates: set[str]) -> dict[str, int]:
    """For each of ``candidates`` one step from firing a triage rule, the urgency that rule would set.

    A rule fires with one more finding only if that finding is all it lacks: the last of its
    ``all_of``, or any of its ``any_of`` when none is reported yet.  Rules are monotone, so
    findings not listed here cannot change the triage level.
    """
    levels: dict[str, int] = {}
    lowest = len(TRIAGE_ORDER)
    for rule, all_of, any_of, level, limits in _completable(kb, present, candidates):
        if all_of:
            if len(all_of) > 1 and all_of.isdisjoint(present):
                continue  # two or more missing (tested without making the set of them)
            missing = all_of - present
            if len(missing) > 1:
                continue
        else:
            missing = all_of
        if any_of and any_of.isdisjoint(present):
            if missing:
                continue
            completing = any_of & candidates
        elif missing:
            completing = missing
        else:
            continue  # it holds already, or its exceptions keep it from holding
        for finding in completing:
            # with the finding, all_of and any_of are met: the rule holds unless its limits say otherwise
            if finding in candidates and level < levels.get(finding, lowest) \
                    and (limits is None or limits.allow(present | {finding}, absent, age)):
                levels[finding] = level
    return levels


@dataclass(frozen=True)
class _Limits:
    """The parts of a rule beyond its all_of and any_of (none_of, age_below, unless), as sets."""

    none_of: frozenset[str]
    age_below: int | None
    unless: tuple[tuple[frozenset[str], frozenset[str], frozenset[str]], ...]  # (present, absent, not_present)

    @classmethod
    def of(cls, rule: RedFlagRule) -> _Limits | None:
        if not (rule.none_of or rule.unless or rule.age_below is not None):
            return None
        return cls(frozenset(rule.none_of), rule.age_below,
                   tuple((frozenset(e.present), frozenset(e.absent), frozenset(e.not_present)) for e in rule.unless))

    def allow(self, present: set[str], absent: set[str], age: int | None) -> bool:
        """What :func:`~twitchcheck.reasoning.triage.holds` checks after all_of and any_of."""
        if not self.none_of.isdisjoint(present):
            return False
        if self.age_below is not None and (age is None or age >= self.age_below):
            return False
        return not any(needed <= present and denied <= absent and not_present.isdisjoint(present)
                       for needed, denied, not_present in self.unless)


#: (rule, its all_of, its any_of, its urgency, its limits: None when it holds whenever all_of and any_of are met)
_Rule = tuple[RedFlagRule, frozenset[str], frozenset[str], int, "_Limits | None"]


@dataclass(frozen=True)
class _Tables:
    rules: list[_Rule]  # the rules that set the triage level
    naming: dict[str, tuple[int, ...]]  # finding -> places in ``rules`` of the rules that name it
    #: finding -> places of the rules it completes when the rest of them is met (see :func:`_completable`)
    last_needed: dict[str, tuple[int, ...]]
    #: finding -> places of the rules with an ``all_of`` that holds it (see :func:`_completable`)
    partly_met: dict[str, tuple[int, ...]]
    listed: dict[str, frozenset[str]]  # condition -> the findings it lists that are not triggers


def _rule_table(kb: KnowledgeBase) -> _Tables:
    rules = [(rule, frozenset(rule.all_of), frozenset(rule.any_of), urgency(rule.triage), _Limits.of(rule))
             for rule in kb.red_flags if rule.kind != "other_concern"]
    naming: dict[str, list[int]] = {}
    last_needed: dict[str, list[int]] = {}
    partly_met: dict[str, list[int]] = {}
    for place, (_rule, all_of, any_of, _level, _limits) in enumerate(rules):
        for finding in all_of | any_of:
            naming.setdefault(finding, []).append(place)
        last = all_of if len(all_of) == 1 else any_of if not all_of else ()  # two or more: never one away
        for finding in last:
            last_needed.setdefault(finding, []).append(place)
        for finding in all_of:
            partly_met.setdefault(finding, []).append(place)
    listed = {c.id: frozenset(f for f in c.findings if kb.findings[f].category not in ("trigger",))
              for c in kb.conditions.values()}
    return _Tables(rules, _tuples(naming), _tuples(last_needed), _tuples(partly_met), listed)


def _tuples(index: dict[str, list[int]]) -> dict[str, tuple[int, ...]]:
    return {f: tuple(places) for f, places in index.items()}


def _tables(kb: KnowledgeBase) -> _Tables:
    return derived(kb, _rule_table)


def _entropy_rows(probabilities: np.ndarray, axis: int = 0) -> np.ndarray:
    """Entropy in bits of each column of a (conditions x candidates) probability array (``axis``: its conditions)."""
    # a probability of 0 contributes 0: raised to the smallest positive double its log is finite (-1074),
    # and every other probability is that large already (one numpy call instead of a test and a choice)
    # each step writes into the array the step before made (``out=``): the same operations on the same
    # values, without allocating an array for each
    terms = np.maximum(probabilities, _SMALLEST)
    np.log2(terms, out=terms)
    np.multiply(probabilities, terms, out=terms)
    entropy = _sum(terms, axis=axis)
    return np.negative(entropy, out=entropy)


def _normalised_columns(log_scores: np.ndarray, axis: int = 0) -> np.ndarray:
    weights = log_scores - _max(log_scores, axis=axis, keepdims=True)  # a new array: ``log_scores`` is kept
    np.exp(weights, out=weights)
    return np.divide(weights, _sum(weights, axis=axis, keepdims=True), out=weights)


def next_questions(kb: KnowledgeBase, present: set[str], absent: set[str], age_band: str | None, sex: str | None,
                   age: int | None, limit: int = 4, asked: frozenset[str] = frozenset(),
                   diagnosed: frozenset[str] = frozenset(), scores: np.ndarray | None = None,
                   fired: list[RedFlagRule] | None = None) -> list[Question]:
    """The follow-up questions worth asking, most useful first (never one already ``asked``).

    ``scores`` (:func:`~twitchcheck.reasoning.differential.score_array_unflagged` of these
    arguments) and ``fired`` (the rules that hold) may be given when the caller has them.
    """
    if limit == 0:
        return []  # an ambulance now: nothing to ask
    model = model_for(kb)
    if scores is None:
        scores = score_array_unflagged(model, present, absent, age_band, sex, diagnosed, frozenset(asked))
    probabilities = np.exp(scores - _max(scores))
    probabilities /= _sum(probabilities)
    by_condition = dict(zip(model.conditions, probabilities.tolist()))
    known = present | absent | set(asked)
    candidates = sorted(_candidates(kb, by_condition, known) | _completing(kb, present, known))
    if not candidates:
        return []
    columns = np.array(model.columns(candidates))  # an index array: numpy converts a list at every use
    # P(yes) by every condition, and by only those that list the finding: one product of a stacked array
    p_yes, p_listed = probabilities @ model.yes_listed[:, :, columns]
    # the posteriors after a "yes" and after a "no" as one (2 x conditions x candidates) array: half the
    # numpy calls, and each column is summed in the same order as on its own
    after_yes, after_no = _entropy_rows(_normalised_columns(scores[:, None] + model.log_yes_no[:, :, columns], 1), 1)
    before = _entropy_rows(probabilities[:, None])[0]
    gains = (before - (p_yes * after_yes + (1 - p_yes) * after_no)).tolist()
    # only conditions that list a finding count for its plausibility: the leak is not evidence
    p_listed = p_listed.tolist()
    level_now = _level(kb, present, absent, age, fired)
    levels_if = _levels_if_added(kb, present, absent, age, set(candidates))
    ranked = []
    for finding, gain, listed in zip(candidates, gains, p_listed):
        level = levels_if.get(finding, level_now)
        shift = level_now - level if level < level_now else 0  # levels it would raise the triage
        if (shift > 0 and listed >= MIN_DANGER_P) or gain >= MIN_GAIN_BITS:
            urgency_shift = listed * shift
            ranked.append((-(gain + SAFETY_WEIGHT * urgency_shift), finding, shift > 0, gain, urgency_shift))
    ranked.sort()  # by worth, then by finding: no two entries tie
    return [Question(finding, kb.findings[finding].question, changes, gain, urgency_shift)
            for _, finding, changes, gain, urgency_shift in ranked[:limit]]
