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

import numpy as np

from twitchcheck.knowledge.schema import KnowledgeBase
from twitchcheck.reasoning.model import HALLMARK_CATEGORIES, HALLMARK_P, SYMPTOM_CATEGORIES, Model, model_for

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
    twitching.  Findings asked about but answered "don't know" count as mentioned.
    """
    scores = model.log_prior(age_band, sex)
    if present:
        columns = sorted(model.columns(present))  # a fixed order of summation: the same result in every process
        scores = scores + model.log_yes[:, columns].sum(axis=1)
        if model.symptom_columns[columns].any():
            mentioned = np.zeros(len(model.findings), dtype=bool)
            mentioned[model.columns(set(present) | set(absent) | set(asked))] = True
            penalty = model.log_unmentioned[:, ~mentioned].sum(axis=1)
            for condition in diagnosed:  # a named diagnosis needs no full description
                penalty[model.conditions.index(condition)] = 0.0
            scores = scores + penalty
    if absent:
        scores = scores + model.log_no[:, sorted(model.columns(absent))].sum(axis=1)
    for condition in diagnosed:
        scores[model.conditions.index(condition)] += model.log_diagnosis_ratio
    for condition in flagged:  # named by an emergency rule that fires
        scores[model.conditions.index(condition)] += model.log_red_flag_ratio
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


def _average_others(model: Model, condition: str, findings: list[str], probabilities: dict[str, float]) -> np.ndarray:
    """P(finding) under the other conditions, weighted by how likely they are, for each finding."""
    weights = np.array([probabilities[c] for c in model.conditions])
    weights[model.conditions.index(condition)] = 0.0
    total = weights.sum() or 1.0
    return (weights @ model.yes[:, model.columns(findings)]) / total


def explain(kb: KnowledgeBase, condition: str, present: set[str], absent: set[str],
            probabilities: dict[str, float], asked: frozenset[str] = frozenset()) -> tuple[list[str], list[str]]:
    """Evidence for and against ``condition``, in plain words, strongest first.

    A hallmark of the condition that the person does not mention at all counts against it
    ("nothing about spreading to the cheek or mouth"), as it does in the model.
    """
    model = model_for(kb)
    row = model.conditions.index(condition)
    terms: list[tuple[float, str, bool, str]] = []  # (log ratio, words, reported?, finding)
    reported, denied = sorted(present), sorted(absent)
    if reported:
        others = _average_others(model, condition, reported, probabilities)
        mine = model.yes[row, model.columns(reported)]
        terms += [(math.log(m / o), kb.findings[f].label, True, f) for f, m, o in zip(reported, mine, others)]
    if denied:
        others = 1.0 - _average_others(model, condition, denied, probabilities)
        mine = 1.0 - model.yes[row, model.columns(denied)]
        terms += [(math.log(m / max(o, 1e-6)), f"no {kb.findings[f].label}", False, f)
                  for f, m, o in zip(denied, mine, others)]
    terms.sort(key=lambda t: -abs(t[0]))
    evidence_for = [text for weight, text, _, _ in terms if weight >= _SHOWN_LOG_RATIO]
    # findings typical of the condition support it even when other conditions share them
    evidence_for += [text for weight, text, affirmed, finding in terms
                     if affirmed and 0 <= weight < _SHOWN_LOG_RATIO and model.yes[row, model.column[finding]] >= _TYPICAL]
    # triggers (stress, coffee) are too common to count against anything in words
    evidence_against = [
        text if not affirmed else text + " is unusual for it"
        for weight, text, affirmed, finding in terms
        if weight <= -_SHOWN_LOG_RATIO and not (affirmed and kb.findings[finding].category == "trigger")
    ]
    mentioned = present | absent | set(asked)
    if any(kb.findings[f].category in SYMPTOM_CATEGORIES for f in present):
        evidence_against[:0] = [
            f"nothing about {kb.findings[f].label}" for f, lk in kb.conditions[condition].findings.items()
            if f not in mentioned and lk.p >= HALLMARK_P and kb.findings[f].category in HALLMARK_CATEGORIES
        ]
    return evidence_for, evidence_against


def rank(kb: KnowledgeBase, present: set[str], absent: set[str], age_band: str | None = None,
         sex: str | None = None, explained: int = 5, diagnosed: frozenset[str] = frozenset(),
         asked: frozenset[str] = frozenset(), flagged: frozenset[str] = frozenset()) -> list[Ranked]:
    """Every condition, most probable first; the first ``explained`` carry their evidence.

    ``flagged``: conditions named by emergency red-flag rules that fire (see ``red_flag_ratio``).
    """
    probabilities = posterior(kb, present, absent, age_band, sex, diagnosed, asked, flagged)
    ranked = []
    for position, (condition, probability) in enumerate(sorted(probabilities.items(), key=lambda item: -item[1])):
        if position < explained:
            evidence_for, evidence_against = explain(kb, condition, present, absent, probabilities, asked)
            if condition in diagnosed:
                evidence_for.insert(0, "you say you have been diagnosed with it")
        else:
            evidence_for, evidence_against = [], []
        ranked.append(Ranked(condition, probability, evidence_for, evidence_against))
    return ranked
