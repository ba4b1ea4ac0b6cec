"""The differential diagnosis: naive Bayes over the knowledge base, with a leak.

For each condition, the log-posterior is the log prior (base weight times the
age-band and sex multipliers) plus, for every finding the person reported,
log P(finding | condition), and for every finding they denied,
log P(no finding | condition).  Findings the condition does not list get the
leak probability of their category.  Findings nobody mentioned are ignored.
The model is fast (a few hundred multiplications) and every term can be
shown to the person as evidence for or against.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from operator import itemgetter

import numpy as np

from twitchcheck.knowledge.derived import derived
from twitchcheck.knowledge.schema import KnowledgeBase
from twitchcheck.reasoning.model import HALLMARK_CATEGORIES, HALLMARK_P, SYMPTOM_CATEGORIES, Model, model_for

#: ``x.sum(axis)`` without the Python wrapper numpy puts around the method: the same computation, and
#: on these small arrays the wrapper is a good part of the cost.
_sum = np.add.reduce
_any = np.logical_or.reduce  # ``x.any(axis)`` likewise

_first = itemgetter(0)

#: Evidence terms smaller than this (in log-likelihood ratio) are not worth showing.
_SHOWN_LOG_RATIO = math.log(1.5)
#: A reported finding this likely with a condition is shown as supporting it, discriminating or not.
_TYPICAL = 0.4


@dataclass(frozen=True)
class Ranked:
    condition: str
    probability: float
    evidence_for: list[str] = field(default_factory=list)
    evidence_against: list[str] = field(default_factory=list)


def likelihood(kb: KnowledgeBase, condition: str, finding: str) -> float:
    """P(finding reported | condition), the leak of the finding's category when not listed."""
    model = model_for(kb)
    return float(model.yes[model.conditions.index(condition), model.column[finding]])


def log_scores(kb: KnowledgeBase, present: set[str], absent: set[str], age_band: str | None,
               sex: str | None, diagnosed: frozenset[str] = frozenset(), asked: frozenset[str] = frozenset(),
               flagged: frozenset[str] = frozenset()) -> dict[str, float]:
    model = model_for(kb)
    return dict(zip(model.conditions,
                    score_array(model, present, absent, age_band, sex, diagnosed, asked, flagged).tolist()))


def score_array(model: Model, present, absent, age_band, sex, diagnosed, asked=frozenset(), flagged=frozenset()
                ) -> np.ndarray:
    """Log-posterior (unnormalised) of every condition.

    Besides the reported and denied findings, a condition whose hallmark symptom the
    person does not mention at all, while describing other symptoms, loses weight:
    someone with hemifacial spasm who describes their face rarely leaves out the
    twitching; so does one none of whose defining symptoms is mentioned (an eyelid
    twitch with no twitch at all).  Findings asked about but answered "don't know" count as mentioned.
    """
    return flag(model, score_array_unflagged(model, present, absent, age_band, sex, diagnosed, asked), flagged)


def score_array_unflagged(model: Model, present, absent, age_band, sex, diagnosed, asked=frozenset()) -> np.ndarray:
    """:func:`score_array` before the ``red_flag_ratio`` of conditions named by fired rules
    (what the interview weighs questions with)."""
    scores = model.log_prior(age_band, sex)
    if present:
        columns = sorted(model.columns(present))  # a fixed order of summation: the same result in every process
        scores = scores + _sum(model.log_yes[:, columns], axis=1)
        if not model.symptoms.isdisjoint(present):
            unmentioned = np.ones(len(model.findings), dtype=bool)
            unmentioned[model.columns(set(present) | set(absent) | set(asked))] = False
            penalty = _sum(model.log_unmentioned[:, unmentioned], axis=1)
            # a defining symptom counts when reported (or asked about); a denied one is no twitch at all
            reported = model.columns(set(present) | set(asked))
            penalty = penalty + np.where(_any(model.defining[:, reported], axis=1), 0.0, model.log_undefined)
            for condition in diagnosed:  # a named diagnosis needs no full description
                penalty[model.row[condition]] = 0.0
            scores = scores + penalty
    if absent:
        scores = scores + _sum(model.log_no[:, sorted(model.columns(absent))], axis=1)
    for condition in set(diagnosed) | _wholes(model, diagnosed, present):
        scores[model.row[condition]] += model.log_diagnosis_ratio
    return scores


def _wholes(model: Model, diagnosed, present) -> set[str]:
    """The conditions that hold a diagnosed one as a part (blepharospasm in Meige syndrome) and are told
    of beyond it: a present finding they list is at least twice as likely with them as with the part
    (the jaw and mouth that join in). The diagnosis of the part then counts for them too."""
    wholes = set()
    for part in diagnosed:
        for whole in model.including.get(part, ()):
            w, p = model.row[whole], model.row[part]
            if any(model.listed[w, c] and model.yes[w, c] >= 2 * model.yes[p, c] for c in model.columns(present)):
                wholes.add(whole)
    return wholes


def flag(model: Model, scores: np.ndarray, flagged: frozenset[str]) -> np.ndarray:
    """``scores`` with the ``red_flag_ratio`` of each condition in ``flagged`` (a copy when there are any)."""
    if not flagged:
        return scores
    scores = scores.copy()
    for condition in flagged:  # named by an emergency rule that fires
        scores[model.row[condition]] += model.log_red_flag_ratio
    return scores


def normalise(scores: dict[str, float]) -> dict[str, float]:
    top = max(scores.values())
    weights = {c: math.exp(s - top) for c, s in scores.items()}
    total = sum(weights.values())
    return {c: w / total for c, w in weights.items()}


def posterior(kb: KnowledgeBase, present: set[str], absent: set[str], age_band: str | None = None,
              sex: str | None = None, diagnosed: frozenset[str] = frozenset(), asked: frozenset[str] = frozenset(),
              flagged: frozenset[str] = frozenset()) -> dict[str, float]:
    return normalise(log_scores(kb, present, absent, age_band, sex, diagnosed, asked, flagged))


@dataclass(frozen=True)
class _Words:
    """What explaining needs of the knowledge base, looked up once."""

    label: dict[str, str]
    denied: dict[str, str]
    trigger: frozenset[str]
    symptom: frozenset[str]
    #: For each condition, its hallmarks as (finding, "nothing about <label>"), in its listed order.
    hallmarks: dict[str, tuple[tuple[str, str], ...]]
    #: P(finding | condition) by column, one list per condition.
    yes_rows: dict[str, list[float]]
    #: For each condition, its defining symptoms (see ``Condition.defining``).
    defining: dict[str, frozenset[str]]
    #: For each condition with defining symptoms, the words that say none was mentioned.
    undefined: dict[str, tuple[str, str]]
    #: True where row and column are the same condition: masks a condition's own weight.
    own: np.ndarray


def _words(kb: KnowledgeBase) -> _Words:
    model = model_for(kb)
    return _Words(
        label={f.id: f.label for f in kb.findings.values()},
        denied={f.id: f"no {f.label}" for f in kb.findings.values()},
        trigger=frozenset(f.id for f in kb.findings.values() if f.category == "trigger"),
        symptom=frozenset(f.id for f in kb.findings.values() if f.category in SYMPTOM_CATEGORIES),
        hallmarks={c.id: tuple((f, f"nothing about {kb.findings[f].label}") for f, lk in c.findings.items()
                               if lk.p >= HALLMARK_P and kb.findings[f].category in HALLMARK_CATEGORIES)
                   for c in kb.conditions.values()},
        yes_rows={c: model.yes[row].tolist() for row, c in enumerate(model.conditions)},
        defining={c.id: frozenset(c.defining) for c in kb.conditions.values()},
        undefined={c.id: (c.defining[0], f"nothing about {kb.findings[c.defining[0]].label}")
                   for c in kb.conditions.values() if c.defining},
        own=np.eye(len(model.conditions), dtype=bool),
    )


class _Explainer:
    """Evidence for and against each condition, for one person: what all conditions share is computed once."""

    def __init__(self, kb: KnowledgeBase, present: set[str], absent: set[str], probabilities: dict[str, float],
                 asked: frozenset[str] = frozenset()) -> None:
        self.model = model = model_for(kb)
        self.words = derived(kb, _words)
        self.reported, self.denied = sorted(present), sorted(absent)
        self.reported_columns = model.columns(self.reported)
        self.denied_columns = model.columns(self.denied)
        self.reported_yes = model.yes[:, self.reported_columns]
        self.denied_yes = model.yes[:, self.denied_columns]
        self.weights = np.array([probabilities[c] for c in model.conditions])
        self.mentioned = present | absent | set(asked)
        self.reported_or_asked = set(present) | set(asked)
        self.describes_symptoms = not self.words.symptom.isdisjoint(present)
        if self.reported or self.denied:
            # row r: the weights of the conditions other than r (by how likely they are), and their
            # totals; two numpy calls for all conditions rather than three for each one explained
            self.others = np.where(self.words.own, 0.0, self.weights)
            self.others_total = _sum(self.others, axis=1).tolist()

    def explain(self, condition: str) -> tuple[list[str], list[str]]:
        words = self.words
        row = self.model.row[condition]
        yes = words.yes_rows[condition]
        # (strength, log ratio, words, reported?, finding, P(f | c)); strength = |log ratio|, so that the sort
        # needs no Python key function (descending and stable, as ascending by -|log ratio| was)
        terms: list[tuple[float, float, str, bool, str, float]] = []
        if self.reported or self.denied:
            weights, total = self.others[row], self.others_total[row] or 1.0
        # (the divisions by ``total`` in Python: the same IEEE operation numpy does, without its call)
        if self.reported:
            # P(finding) under the other conditions, weighted by how likely they are, for each finding
            label = words.label
            for f, column, o in zip(self.reported, self.reported_columns, (weights @ self.reported_yes).tolist()):
                m = yes[column]
                weight = math.log(m / (o / total))
                terms.append((abs(weight), weight, label[f], True, f, m))
        if self.denied:
            denied = words.denied
            for f, column, o in zip(self.denied, self.denied_columns, (weights @ self.denied_yes).tolist()):
                weight = math.log((1.0 - yes[column]) / max(1.0 - o / total, 1e-6))
                terms.append((abs(weight), weight, denied[f], False, f, 0.0))
        terms.sort(key=_first, reverse=True)
        evidence_for = [text for _, weight, text, _, _, _ in terms if weight >= _SHOWN_LOG_RATIO]
        # findings typical of the condition support it even when other conditions share them
        evidence_for += [text for _, weight, text, affirmed, _, p in terms
                         if affirmed and 0 <= weight < _SHOWN_LOG_RATIO and p >= _TYPICAL]
        # triggers (stress, coffee) are too common to count against anything in words
        trigger = words.trigger
        evidence_against = [
            text if not affirmed else text + " is unusual for it"
            for _, weight, text, affirmed, finding, _ in terms
            if weight <= -_SHOWN_LOG_RATIO and not (affirmed and finding in trigger)
        ]
        if self.describes_symptoms:
            mentioned = self.mentioned
            unmentioned = [(f, text) for f, text in words.hallmarks[condition] if f not in mentioned]
            undefined = words.undefined.get(condition)
            if undefined is not None and self.reported_or_asked.isdisjoint(words.defining[condition]) \
                    and undefined[0] not in mentioned and undefined not in unmentioned:
                unmentioned.insert(0, undefined)  # no twitch at all, for a twitch
            evidence_against[:0] = [text for _, text in unmentioned]
        return evidence_for, evidence_against


def explain(kb: KnowledgeBase, condition: str, present: set[str], absent: set[str],
            probabilities: dict[str, float], asked: frozenset[str] = frozenset()) -> tuple[list[str], list[str]]:
    """Evidence for and against ``condition``, in plain words, strongest first.

    A hallmark of the condition that the person does not mention at all counts against it
    ("nothing about spreading to the cheek or mouth"), as it does in the model.
    """
    return _Explainer(kb, present, absent, probabilities, asked).explain(condition)


def rank(kb: KnowledgeBase, present: set[str], absent: set[str], age_band: str | None = None,
         sex: str | None = None, explained: int = 5, diagnosed: frozenset[str] = frozenset(),
         asked: frozenset[str] = frozenset(), flagged: frozenset[str] = frozenset(),
         scores: np.ndarray | None = None) -> list[Ranked]:
    """Every condition, most probable first; the first ``explained`` carry their evidence.

    ``flagged``: conditions named by emergency red-flag rules that fire (see ``red_flag_ratio``).
    ``scores``: the :func:`score_array` of these arguments, when the caller has it already.
    """
    if scores is None:
        probabilities = posterior(kb, present, absent, age_band, sex, diagnosed, asked, flagged)
    else:
        probabilities = normalise(dict(zip(model_for(kb).conditions, scores.tolist())))
    explainer = _Explainer(kb, present, absent, probabilities, asked) if explained else None
    ranked = []
    for position, (condition, probability) in enumerate(sorted(probabilities.items(), key=itemgetter(1), reverse=True)):
        if position < explained:
            evidence_for, evidence_against = explainer.explain(condition)
            if condition in diagnosed:
                evidence_for.insert(0, "you say you have been diagnosed with it")
        else:
            evidence_for, evidence_against = [], []
        ranked.append(_ranked(condition, probability, evidence_for, evidence_against))
    return ranked


_new_object = object.__new__


def _ranked(condition: str, probability: float, evidence_for: list[str], evidence_against: list[str]) -> Ranked:
    """``Ranked(condition, probability, evidence_for, evidence_against)``: the same object, its fields set
    in one step (a frozen dataclass's ``__init__`` calls ``object.__setattr__`` once per field)."""
    entry = _new_object(Ranked)
    entry.__dict__.update(condition=condition, probability=probability, evidence_for=evidence_for,
                          evidence_against=evidence_against)
    return entry
