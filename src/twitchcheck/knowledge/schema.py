"""Typed schema of the knowledge base.

Everything medical that twitchcheck knows lives in YAML files under
``knowledge/data``; these models are the contract those files must meet.
A clinician edits the YAML; the schema makes sure every claim keeps a
reference and every likelihood says where its number came from.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

TriageLevel = Literal["emergency_ambulance", "emergency", "consultation_24", "consultation", "self_care"]
MriAdvice = Literal["urgent", "recommended", "not_needed"]
AgeBand = Literal["child", "teen", "young_adult", "middle_age", "older"]
Sex = Literal["female", "male"]

#: Triage levels, most urgent first (the contract's order).
TRIAGE_ORDER: tuple[str, ...] = ("emergency_ambulance", "emergency", "consultation_24", "consultation", "self_care")
#: MRI advice, most urgent first.
MRI_ORDER: tuple[str, ...] = ("urgent", "recommended", "not_needed")
#: Age bands and the ages they cover (inclusive lower bound).
AGE_BANDS: tuple[tuple[str, int], ...] = (
    ("child", 0),
    ("teen", 13),
    ("young_adult", 18),
    ("middle_age", 40),
    ("older", 60),
)

CONTRACT_CONDITIONS: tuple[str, ...] = (
    "eyelid_myokymia", "hemifacial_spasm", "blepharospasm", "meige_syndrome", "facial_myokymia",
    "bells_palsy", "stroke", "post_paralytic_synkinesis", "motor_tic", "focal_seizure",
    "hemimasticatory_spasm", "drug_induced_dyskinesia", "functional_facial_spasm", "hypocalcemia_tetany",
    "ocular_surface_irritation", "myasthenia_gravis", "trigeminal_neuralgia", "motor_neuron_disease",
)


class Strict(BaseModel):
    """Base for knowledge models: unknown keys are typos, so they are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Reference(Strict):
    id: str = Field(pattern=r"^[A-Z][A-Za-z0-9_]*$")
    citation: str
    kind: Literal["primary", "guideline", "review", "secondary", "unverified"]
    pmid: str | None = None
    doi: str | None = None
    url: str | None = None
    note: str | None = None


class Claim(Strict):
    """A sentence shown to a person, with the references that support it."""

    text: str = Field(min_length=3)
    refs: list[str] = Field(default_factory=list)
    #: True where the statement is the team's clinical judgement with no source number.
    estimate: bool = False
    #: For a warning sign: the findings it warns of. Someone who already reports one of them, and
    #: whose triage a rule has set because of it, is not told to watch for it.
    findings: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _sourced(self) -> Claim:
        if not self.refs and not self.estimate:
            raise ValueError(f"claim needs refs or estimate: true: {self.text[:60]!r}")
        return self


class Likelihood(Strict):
    """P(finding reported | condition), with where the number comes from."""

    p: float = Field(gt=0.0, lt=1.0)
    refs: list[str] = Field(default_factory=list)
    #: True when no source gives this number and it is the team's estimate.
    estimate: bool = False
    note: str | None = None

    @model_validator(mode="after")
    def _sourced(self) -> Likelihood:
        if not self.refs and not self.estimate:
            raise ValueError("likelihood needs refs, or estimate: true when no source gives a number")
        return self


class Prior(Strict):
    """How often the condition is behind a facial-movement complaint.

    ``base`` is a relative weight among people who write about a facial or
    eyelid movement problem (not a population prevalence); ``age`` and ``sex``
    multiply it.  Missing age bands count as 1.0.
    """

    base: float = Field(gt=0.0)
    age: dict[AgeBand, float] = Field(default_factory=dict)
    sex: dict[Sex, float] = Field(default_factory=dict)
    refs: list[str] = Field(default_factory=list)
    estimate: bool = True
    note: str | None = None


class Treatment(Strict):
    id: str
    name: str
    what_it_achieves: str
    response: str | None = None
    duration: str | None = None
    risks: str | None = None
    #: Topic key a person may name ("botulinum_toxin", "surgery", "medication", ...).
    about: str | None = None
    refs: list[str] = Field(min_length=1)


class Workup(Strict):
    mri: MriAdvice
    #: Why this MRI advice, and what would change it.
    mri_reason: Claim
    tests: list[Claim] = Field(default_factory=list)


class Presentation(Strict):
    """How a condition shows when it is not where it usually is (a flicker of the lip, not the lid):
    the words that replace the usual ones for someone whose findings match."""

    #: The presentation applies when any of these findings is present ...
    when_any: list[str] = Field(min_length=1)
    #: ... and none of these.
    unless_any: list[str] = Field(default_factory=list)
    #: The name for this presentation, where the condition's own name would mislead
    #: ("benign twitching of a face muscle" for a lip, not "benign eyelid twitching").
    name: str | None = None
    description: Claim
    red_flags: list[Claim] = Field(default_factory=list)
    mri_reason: Claim | None = None
    prognosis: Claim | None = None
    self_care: list[Claim] = Field(default_factory=list)
    #: Treatments for this presentation, in place of the condition's (no eye drops for a lip).
    treatments: list[Treatment] = Field(default_factory=list)
    specialist: Claim | None = None

    def fits(self, present: Collection[str]) -> bool:
        return any(f in present for f in self.when_any) and not any(f in present for f in self.unless_any)


class Condition(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str
    lay_names: list[str] = Field(min_length=1)
    #: Lay names that describe the symptom rather than name a diagnosis ("eye twitch"): someone
    #: who uses them is describing what happens, not saying a doctor found this condition.
    descriptive_names: list[str] = Field(default_factory=list)
    icd10: list[str] = Field(min_length=1)
    snomed: str | None = None
    description: Claim
    prior: Prior
    findings: dict[str, Likelihood] = Field(min_length=3)
    #: Scales the model's leak for findings this condition does not list: below 1 for a
    #: narrow condition (an eyelid flutter does not come with jaw spasms or arm weakness).
    leak_scale: float = Field(default=1.0, gt=0.0, le=1.0)
    red_flags: list[Claim] = Field(default_factory=list)
    #: Triage level when the condition leads and no red flag or course rule applies.
    default_triage: TriageLevel
    workup: Workup
    treatments: list[Treatment] = Field(default_factory=list)
    self_care: list[Claim] = Field(default_factory=list)
    specialist: Claim
    prognosis: Claim
    #: Answers to "is it because of X?" keyed by the cause named (contract `about`).
    causes: dict[str, Claim] = Field(default_factory=dict)
    references: list[str] = Field(min_length=2)
    #: Findings that someone who says they have this condition now has by definition
    #: ("I have Bell's palsy" means one side of the face is weak).
    named_implies: list[str] = Field(default_factory=list)
    #: Conditions this one holds as a part (Meige syndrome is blepharospasm with dystonia of the jaw and
    #: mouth): someone diagnosed with the part may have the whole, so the diagnosis counts for both.
    includes: list[str] = Field(default_factory=list)
    #: Symptoms of which someone with this condition mentions at least one when they describe what
    #: is happening (an eyelid twitch without any twitch is not one); none of them mentioned,
    #: while other symptoms are, counts against it with the manifest's ``defining_mention_rate``.
    defining: list[str] = Field(default_factory=list)
    #: Other ways the condition shows, with their own words (the first that fits is used).
    presentations: list[Presentation] = Field(default_factory=list)

    def as_presented(self, present: Collection[str]) -> Condition:
        """This condition as it should be described to someone with the ``present`` findings."""
        for index, presentation in enumerate(self.presentations):
            if presentation.fits(present):
                return _presented_copies(self)[index]
        return self

    def presented_as(self, presentation: Presentation) -> Condition:
        """A copy of this condition with the words of ``presentation`` in place of its own."""
        update: dict[str, Any] = {"description": presentation.description}
        if presentation.name:
            update["name"] = presentation.name
        if presentation.treatments:
            update["treatments"] = presentation.treatments
        if presentation.specialist is not None:
            update["specialist"] = presentation.specialist
        if presentation.red_flags:
            update["red_flags"] = presentation.red_flags
        if presentation.mri_reason is not None:
            update["workup"] = self.workup.model_copy(update={"mri_reason": presentation.mri_reason})
        if presentation.prognosis is not None:
            update["prognosis"] = presentation.prognosis
        if presentation.self_care:
            update["self_care"] = presentation.self_care
        return self.model_copy(update=update)


#: Each condition's copies as its presentations show it, made on first use (a consultation asks for
#: them several times; a model copy costs a Python call per field): id -> (the condition, its copies).
_PRESENTED: dict[int, tuple[Condition, list[Condition]]] = {}


def _presented_copies(condition: Condition) -> list[Condition]:
    entry = _PRESENTED.get(id(condition))
    if entry is None or entry[0] is not condition:  # the condition is kept: its id is not reused meanwhile
        entry = _PRESENTED[id(condition)] = (condition, [condition.presented_as(p) for p in condition.presentations])
    return entry[1]


class Finding(Strict):
    """Something a person can report, and how they tend to say it."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    #: Short plain phrase used in evidence lists ("twitching of one eyelid").
    label: str
    #: The follow-up question a clinician would ask to check it.
    question: str
    category: Literal["movement", "site", "course", "trigger", "associated", "neurological", "history", "eye"]
    #: Exact phrases (matched on lower-cased tokens, with spelling variants folded).
    phrases: list[str] = Field(default_factory=list)
    #: Phrases that state the finding is absent by themselves ("speech is fine", "nothing else moves").
    denials: list[str] = Field(default_factory=list)
    #: Combinations of lexicon concepts that must all occur in one sentence; a number at the end
    #: of a combination is the widest stretch of tokens it may span ([CHEEK_MOUTH, CO_MOVE, 5]).
    combos: list[list[str | int]] = Field(default_factory=list)
    #: Combinations that deny the finding by themselves, like ``denials`` ([SPEECH_WORD, FINE, 4]:
    #: "his speech sounds normal", "I can talk fine").
    denial_combos: list[list[str | int]] = Field(default_factory=list)
    #: Widest stretch of tokens a combination may span when it does not say (default 14).
    window: int | None = Field(default=None, ge=2, le=40)
    #: Relevant to safety even when the message is about something else.
    safety: bool = False
    #: Set by code from what the text says (a duration), not matched by phrases.
    derived: bool = False
    #: Findings that are present whenever this one is ("spreads to the cheek" means the cheek twitches).
    implies: list[str] = Field(default_factory=list)
    #: False for findings outside the face ("arm weakness"): alone they do not make a
    #: message one about facial movement, though their red flags still apply.
    facial: bool = True
    #: A feeling, not a movement or weakness ("my cheek feels numb"): the places it names are not
    #: the sites of the complaint.
    sensation: bool = False
    #: A trouble told without saying what it is ("my eye is acting up", "my face feels weird"): a
    #: symptom, but one that describes nothing, so the hallmarks it leaves out count for nothing.
    vague: bool = False
    #: More specific findings that, mentioned in the same sentence, explain this one away.
    overridden_by: list[str] = Field(default_factory=list)
    #: An overriding mention explains this one away only when it covers (or comes within a few words
    #: of) every word a combination made it of: "jerking every few seconds ... and it won't stop" is
    #: episodic jerking that does not stop.
    overridden_whole: bool = False
    #: The history finding that a past (resolved) occurrence of this one is evidence of:
    #: "my face drooped two years ago" is a history of facial palsy.
    past_means: str | None = None
    #: The history finding that an occurrence which passed lately (a danger sign that cleared up
    #: yesterday, which still counts as now) is evidence of too: "my arm went numb for 15 minutes
    #: this morning, then it passed" is also a passing episode (a droop that passed within the day
    #: is no history of a palsy).
    lately_means: str | None = None

    @model_validator(mode="after")
    def _matchable(self) -> Finding:
        if not self.phrases and not self.combos and not self.derived:
            raise ValueError(f"finding {self.id} has neither phrases nor combos (and is not derived)")
        for combo in [*self.combos, *self.denial_combos]:
            concepts, window = combo_parts(combo)
            if not concepts or any(not isinstance(c, str) for c in concepts):
                raise ValueError(f"finding {self.id}: combination {combo} needs concepts, then at most one number")
            if window is not None and not 2 <= window <= 40:
                raise ValueError(f"finding {self.id}: combination {combo} has a window outside 2-40")
        return self


def combo_parts(combo: list[str | int]) -> tuple[list[str], int | None]:
    """A combination's concepts and its own window (None: the finding's)."""
    if combo and isinstance(combo[-1], int):
        return list(combo[:-1]), combo[-1]
    return list(combo), None


class Concept(Strict):
    """A family of words that mean one thing ("eyelid", "lid", "eye lid" ...)."""

    id: str = Field(pattern=r"^[A-Z][A-Z0-9_]*$")
    terms: list[str] = Field(min_length=1)
    #: Concepts that win when an occurrence of theirs overlaps one of this concept's
    #: ("his whole right side of his face" is the face, not a limb).
    yields_to: list[str] = Field(default_factory=list)
    #: A place of the body ("jaw", "eyelid"): a movement told beside two places is the nearer one's
    #: (see :class:`PlaceWords`).
    site: bool = False


class PlaceWords(Strict):
    """The words that tell a place of the body belongs to another word than a movement beside it.

    "A swollen gland under my jaw and my eye twitches": the jaw is where the gland is, and the
    twitch is the eye's.  A combination joining a place (a ``site`` concept) to a movement is set
    aside when another place lies nearer the movement and that place makes its own combination with
    it, and either the first place is where something else is (it follows one of ``prepositions``,
    with only ``determiners`` between, right after a word of the ``owner_concepts`` or one of the
    ``owner_words``) or it comes first and words other than ``joiners`` and places part it from the
    nearer place ("my jaw is sore and my eye
    twitches"; but "my eyelid and my cheek twitch" is both places).
    """

    prepositions: list[str] = Field(default_factory=list)
    #: Concepts, and single words, that have a place of their own ("pain", "a gland").
    owner_concepts: list[str] = Field(default_factory=list)
    owner_words: list[str] = Field(default_factory=list)
    determiners: list[str] = Field(default_factory=list)
    joiners: list[str] = Field(default_factory=list)
    #: Words that stand for what the sentence before names ("My left eye. *It* keeps twitching."): a
    #: sentence that holds only a movement (or only a place) takes the other half from there.
    pronouns: list[str] = Field(default_factory=list)
    #: The concepts of what a place does, for ``pronouns`` ("twitch", "droop", "pull").
    movements: list[str] = Field(default_factory=list)


class RuleException(Strict):
    """When every ``present`` finding is present, every ``absent`` one was denied, and no
    ``not_present`` one was reported."""

    present: list[str] = Field(default_factory=list)
    absent: list[str] = Field(default_factory=list)
    not_present: list[str] = Field(default_factory=list)


class RedFlagRule(Strict):
    """A finding combination that sets a minimum urgency, whatever the differential.

    ``kind`` says what the rule is: a ``red_flag`` (danger sign), a ``course``
    rule (duration, spread: moves self-care to a consultation), or an
    ``other_concern`` (a problem beside the twitch that gets its own advice
    without changing the twitch's triage).
    """

    id: str
    kind: Literal["red_flag", "course", "other_concern"] = "red_flag"
    all_of: list[str] = Field(default_factory=list)
    any_of: list[str] = Field(default_factory=list)
    none_of: list[str] = Field(default_factory=list)
    #: The rule only applies below this age (years), e.g. brainstem signs in a child.
    age_below: int | None = None
    unless: list[RuleException] = Field(default_factory=list)
    triage: TriageLevel
    mri: MriAdvice | None = None
    #: Conditions this rule is about (for reasons and other concerns).
    conditions: list[str] = Field(default_factory=list)
    reason: Claim

    @model_validator(mode="after")
    def _has_trigger(self) -> RedFlagRule:
        if not self.all_of and not self.any_of:
            raise ValueError(f"red-flag rule {self.id} needs all_of or any_of")
        return self


class ContextCue(Strict):
    """A ConText modifier: a cue phrase that changes the status of nearby findings."""

    category: Literal["NEGATED_EXISTENCE", "POSSIBLE_EXISTENCE", "HISTORICAL", "HYPOTHETICAL", "FAMILY",
                      "REPORTED_BY_OTHER", "PSEUDO", "TERMINATE", "RECENT"]
    direction: Literal["FORWARD", "BACKWARD", "BIDIRECTIONAL", "TERMINATE", "PSEUDO"]
    phrases: list[str] = Field(default_factory=list)
    #: spaCy token patterns, for cues a phrase cannot express (", my" ends a scope).
    patterns: list[list[dict[str, object]]] = Field(default_factory=list)
    #: A worry ("I'm scared ..."): what it fears is hypothetical, but a movement the person names as
    #: their own right after it ("scared my eye twitch is MS") is real.
    worry: bool = False
    max_scope: int | None = None
    #: Findings the cue leaves alone: "if I press beside my eye it stops" is how a sensory trick
    #: is told, not a hypothetical one.
    not_for: list[str] = Field(default_factory=list)
    #: The only findings the cue applies to: "then it came back" ends a loss of vision, but a
    #: twitch that came back is back.
    only_for: list[str] = Field(default_factory=list)
    #: A terminator that opens a contrasting clause ("but", "only"): a mention that goes on past it
    #: belongs to that clause ("my cheek doesn't twitch, only my eye": the eye is not denied).
    contrast: bool = False
    #: Its words right before a denial undo it: "he is not talking normally", "unable to shut my eye
    #: tight" deny nothing ("no trouble talking", "haven't noticed numbness anywhere" still deny).
    undoes_denials: bool = False

    @model_validator(mode="after")
    def _has_cue(self) -> ContextCue:
        if not self.phrases and not self.patterns:
            raise ValueError(f"context cue {self.category}/{self.direction} needs phrases or patterns")
        return self


class IntentRule(Strict):
    """Phrases that signal a question the person is asking."""

    intent: Literal["what_is_it", "seriousness", "cause", "imaging", "treatment", "prognosis",
                    "specialist", "urgency", "self_care"]
    about: str | None = None
    phrases: list[str] = Field(default_factory=list)
    #: Lexicon concepts whose terms are phrases of this rule too: the words for a cause ("stress",
    #: "night shifts", "six espressos") are kept once, in ``lexicon.yaml``, for the trigger findings
    #: and the cause questions alike (the loader adds their terms to ``phrases``).
    concepts: list[str] = Field(default_factory=list)
    #: The phrase alone asks the question ("is it hereditary?" needs no "because of").
    standalone: bool = False
    #: A question frame ("is this a ...", "could it be ...", "is there anything ..."): it counts only
    #: when nothing more specific is asked in the same clause ("is this an emergency?" is about urgency).
    frame: bool = False
    #: A cause cue that asks nothing by itself: it lets a cause named beside it count ("is it a sign
    #: of MS?", "could a vitamin deficiency explain it?") but is no cause question alone ("is
    #: twitching a sign of Bell's palsy?" asks whether it is serious).
    cue: bool = False

    @model_validator(mode="after")
    def _has_phrases(self) -> IntentRule:
        if not self.phrases and not self.concepts:
            raise ValueError(f"intent rule {self.intent}/{self.about} needs phrases or concepts")
        return self


class Topic(Strict):
    """A general question answered without symptoms ("what is MVD?")."""

    id: str
    title: str
    #: Words that point to this topic in a question.
    phrases: list[str] = Field(min_length=1)
    conditions: list[str] = Field(default_factory=list)
    intents: list[str] = Field(default_factory=list)
    about: str | None = None
    #: Broader topics this one narrows: when both are mentioned this one answers ("do Botox
    #: injections lose their effect?" is about Botox in the long run, not Botox in general).
    refines: list[str] = Field(default_factory=list)
    answer: list[Claim] = Field(min_length=1)


class ModelSettings(Strict):
    """Numbers of the differential model that are not about one condition."""

    #: P(finding reported | a condition that does not list it), by finding category.
    leak: dict[str, float]
    #: Likelihood ratio for a condition the person says a doctor diagnosed ("I have HFS").
    diagnosis_ratio: float = Field(default=1.0, ge=1.0)
    #: Chance that someone describing their symptoms mentions a hallmark symptom they have.
    mention_rate: float = Field(default=0.0, ge=0.0, lt=1.0)
    #: The same for a history that defines a condition (a palsy before synkinesis).
    history_mention_rate: float = Field(default=0.0, ge=0.0, lt=1.0)
    #: Chance that someone with a condition mentions at least one of its ``defining`` symptoms.
    defining_mention_rate: float = Field(default=0.0, ge=0.0, lt=1.0)
    #: Likelihood ratio for a condition named by an emergency red-flag rule that fires: the rule's
    #: pattern (a weak face with a numb arm) is evidence for it beyond its single findings.
    red_flag_ratio: float = Field(default=1.0, ge=1.0)

    @field_validator("leak")
    @classmethod
    def _has_default(cls, leak: dict[str, float]) -> dict[str, float]:
        if "default" not in leak or not all(0 < p < 1 for p in leak.values()):
            raise ValueError("leak needs a default and values between 0 and 1")
        return leak


class KnowledgeBase(Strict):
    version: str
    model: ModelSettings
    spelling: dict[str, str] = Field(default_factory=dict)
    references: dict[str, Reference]
    conditions: dict[str, Condition]
    findings: dict[str, Finding]
    concepts: dict[str, Concept]
    places: PlaceWords = Field(default_factory=PlaceWords)
    red_flags: list[RedFlagRule]
    context: list[ContextCue]
    intents: list[IntentRule]
    topics: dict[str, Topic] = Field(default_factory=dict)

    @field_validator("conditions")
    @classmethod
    def _contract_conditions(cls, conditions: dict[str, Condition]) -> dict[str, Condition]:
        missing = [c for c in CONTRACT_CONDITIONS if c not in conditions]
        if missing:
            raise ValueError(f"contract conditions missing from the knowledge base: {', '.join(missing)}")
        return conditions
