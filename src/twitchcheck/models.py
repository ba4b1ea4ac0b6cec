"""The consultation object: the one interface everything agrees on.

Field names and meanings of the contract (``shared/brief/CONTRACT.md``) are
kept exactly; extra fields (patient, other concerns, clinician note) are ours.
The JSON Schema shipped in ``schema/consultation.schema.json`` is generated
from these models (``twitchcheck schema``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

TriageLevel = Literal["emergency_ambulance", "emergency", "consultation_24", "consultation", "self_care"]
MriAdvice = Literal["urgent", "recommended", "not_needed"]
Intent = Literal["what_is_it", "seriousness", "cause", "imaging", "treatment", "prognosis", "specialist", "urgency",
                 "self_care"]
FindingStatus = Literal["present", "absent", "uncertain", "hypothetical", "historical", "reported_by_other",
                        "other_person"]
AnswerStatus = Literal["present", "absent", "unknown"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DifferentialEntry(Model):
    condition: str
    name: str
    probability: float = Field(ge=0.0, le=1.0)
    likelihood_words: str = Field(description="plain words for the probability: most likely, possible, unlikely")
    for_: list[str] = Field(default_factory=list, alias="for", serialization_alias="for")
    against: list[str] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Triage(Model):
    level: TriageLevel | None
    reasons: list[str] = Field(default_factory=list)
    rules: list[str] = Field(default_factory=list, description="ids of the knowledge-base rules that fired")


class Imaging(Model):
    mri: MriAdvice | None
    reason: str | None = None
    would_change: list[str] = Field(default_factory=list, description="what would change this advice")


class Answer(Model):
    intent: Intent
    about: str | None = None
    text: str
    refs: list[str] = Field(default_factory=list)


class NextQuestion(Model):
    finding: str
    text: str
    why: str | None = None


class Evidence(Model):
    finding: str
    status: FindingStatus
    source_text: str
    label: str | None = None


class Citation(Model):
    id: str
    title: str
    reference: str


class OtherConcern(Model):
    id: str
    triage: TriageLevel
    text: str
    refs: list[str] = Field(default_factory=list)


class Patient(Model):
    subject: Literal["writer", "other"] = "writer"
    relation: str | None = Field(default=None, description="who the patient is to the writer (wife, son ...)")
    age: int | None = None
    age_band: str | None = None
    sex: Literal["female", "male"] | None = None


class Attributes(Model):
    side: Literal["left", "right", "both", "alternating"] | None = None
    sites: list[str] = Field(default_factory=list)
    duration_days: float | None = None
    recurrent: bool = False
    triggers: list[str] = Field(default_factory=list)
    medications: list[str] = Field(default_factory=list)


class ErrorDetail(Model):
    code: str
    message: str


class Consultation(Model):
    id: str | None = None
    in_scope: bool
    differential: list[DifferentialEntry] = Field(default_factory=list)
    triage: Triage
    imaging: Imaging
    answers: list[Answer] = Field(default_factory=list)
    next_questions: list[NextQuestion] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    answer_text: str
    knowledge_version: str
    # --- ours, beyond the contract ---
    patient: Patient = Field(default_factory=Patient)
    attributes: Attributes = Field(default_factory=Attributes)
    other_concerns: list[OtherConcern] = Field(default_factory=list)
    disclaimer: str | None = None
    clinician_note: str | None = Field(default=None, description="a structured summary for a doctor")

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)


class ErrorLine(Model):
    """What ``--jsonl`` writes for an input line that cannot be consulted on."""

    id: str | None = None
    error: ErrorDetail
