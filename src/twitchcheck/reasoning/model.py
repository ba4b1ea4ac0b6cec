"""The differential model as arrays: one row per condition, one column per finding.

Built once per knowledge base.  ``log_yes[c, f]`` is log P(f reported | c) (the
leak of the finding's category where c does not list f) and ``log_no[c, f]`` is
log(1 - that).  Scoring a person is then a sum of a few columns, and weighing a
follow-up question is one vectorised step for all candidate findings at once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
import numpy as np

from twitchcheck.knowledge.derived import derived
from twitchcheck.knowledge.schema import KnowledgeBase

#: Finding categories that are symptoms (not history, triggers or course).
SYMPTOM_CATEGORIES = frozenset({"movement", "site", "neurological", "eye", "associated"})
#: A listed symptom this likely is a hallmark: someone with the condition would mention it.
HALLMARK_P = 0.8
#: Categories whose hallmarks count when unmentioned: symptoms, and the history that defines a
#: condition (someone with synkinesis after a palsy rarely leaves the palsy out).
HALLMARK_CATEGORIES = SYMPTOM_CATEGORIES | {"history"}


@dataclass(frozen=True)
class Model:
    conditions: tuple[str, ...]
    findings: tuple[str, ...]
    column: dict[str, int]
    row: dict[str, int]  # a condition's row
    yes: np.ndarray  # P(f | c), shape (conditions, findings)
    log_yes: np.ndarray
    log_no: np.ndarray
    log_yes_no: np.ndarray  # log_yes and log_no stacked, shape (2, conditions, findings)
    listed: np.ndarray  # True where the condition lists the finding (not a leak)
    listed_yes: np.ndarray  # P(f | c) where the condition lists the finding, else 0
    yes_listed: np.ndarray  # yes and listed_yes stacked, shape (2, conditions, findings)
    log_base: np.ndarray
    log_age: dict[str, np.ndarray]
    log_sex: dict[str, np.ndarray]
    log_diagnosis_ratio: float
    log_red_flag_ratio: float
    #: log(1 - mention_rate * p) where the condition's hallmark symptom goes unmentioned, else 0.
    log_unmentioned: np.ndarray
    symptoms: frozenset[str]  # the findings that are symptoms (not history, triggers or course)
    defining: np.ndarray  # True where the finding is one of the condition's defining symptoms
    #: log(1 - defining_mention_rate) for conditions with defining symptoms, else 0.
    log_undefined: np.ndarray
    #: The conditions that hold each condition as a part (``Condition.includes``), by the part.
    including: dict[str, tuple[str, ...]]

    def log_prior(self, age_band: str | None, sex: str | None) -> np.ndarray:
        prior = self.log_base.copy()
        if age_band is not None:
            prior += self.log_age[age_band]
        if sex is not None:
            prior += self.log_sex[sex]
        return prior

    def columns(self, findings: set[str] | frozenset[str]) -> list[int]:
        return [self.column[f] for f in findings]


def build(kb: KnowledgeBase) -> Model:
    conditions = tuple(kb.conditions)
    findings = tuple(kb.findings)
    column = {f: i for i, f in enumerate(findings)}
    leak = kb.model.leak
    yes = np.empty((len(conditions), len(findings)))
    listed = np.zeros_like(yes, dtype=bool)
    for row, condition_id in enumerate(conditions):
        condition = kb.conditions[condition_id]
        for col, finding_id in enumerate(findings):
            likelihood = condition.findings.get(finding_id)
            if likelihood is None:
                category = kb.findings[finding_id].category
                scale = condition.leak_scale if category in SYMPTOM_CATEGORIES else 1.0
                yes[row, col] = scale * leak.get(category, leak["default"])
            else:
                yes[row, col] = likelihood.p
                listed[row, col] = True
    # (a vague complaint describes nothing: what it leaves out says nothing either)
    symptom = np.array([kb.findings[f].category in SYMPTOM_CATEGORIES and not kb.findings[f].vague for f in findings])
    hallmark_kind = np.array([kb.findings[f].category in HALLMARK_CATEGORIES for f in findings])
    hallmark = listed & (yes >= HALLMARK_P) & hallmark_kind[None, :]
    # a defining history (the palsy before synkinesis) is mentioned more reliably than a symptom
    history = np.array([kb.findings[f].category == "history" for f in findings])
    rate = np.where(history[None, :], kb.model.history_mention_rate, kb.model.mention_rate)
    log_unmentioned = np.where(hallmark, np.log1p(-rate * yes), 0.0)
    defining = np.array([[f in kb.conditions[c].defining for f in findings] for c in conditions], dtype=bool)
    log_undefined = np.where(defining.any(axis=1), math.log1p(-kb.model.defining_mention_rate), 0.0)
    bands = ("child", "teen", "young_adult", "middle_age", "older")
    log_age = {band: np.log([kb.conditions[c].prior.age.get(band, 1.0) for c in conditions]) for band in bands}
    log_sex = {sex: np.log([kb.conditions[c].prior.sex.get(sex, 1.0) for c in conditions])
               for sex in ("female", "male")}
    log_yes, log_no = np.log(yes), np.log1p(-yes)
    listed_yes = np.where(listed, yes, 0.0)
    return Model(
        conditions=conditions, findings=findings, column=column, row={c: i for i, c in enumerate(conditions)},
        yes=yes, log_yes=log_yes, log_no=log_no, log_yes_no=np.stack([log_yes, log_no]),
        listed=listed, listed_yes=listed_yes, yes_listed=np.stack([yes, listed_yes]),
        log_base=np.log([kb.conditions[c].prior.base for c in conditions]),
        log_age=log_age, log_sex=log_sex, log_diagnosis_ratio=math.log(kb.model.diagnosis_ratio),
        log_red_flag_ratio=math.log(kb.model.red_flag_ratio),
        log_unmentioned=log_unmentioned, defining=defining, log_undefined=log_undefined,
        symptoms=frozenset(f for f, is_symptom in zip(findings, symptom) if is_symptom),
        including={part: tuple(c for c in conditions if part in kb.conditions[c].includes) for part in conditions},
    )


def model_for(kb: KnowledgeBase) -> Model:
    """The arrays of ``kb``, built on first use."""
    return derived(kb, build)
