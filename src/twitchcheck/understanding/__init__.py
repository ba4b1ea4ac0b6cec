"""Understanding: from a person's own words to findings, attributes, patient and questions."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from twitchcheck.understanding import startup  # noqa: F401  (first: keeps unused libraries from loading)
from twitchcheck.knowledge.loader import knowledge
from twitchcheck.understanding.attributes import (AttributeFacts, DurationContext, both_eyes, face_side, read_attributes,
                                                  read_sites, side, turns_to_one_side)
from twitchcheck.understanding.course import (course_of_another_complaint, days_words, derive_duration,
                                              elsewhere_sentences, past_only_sentences, undated_progression,
                                              worsening_of_something_else)
from twitchcheck.understanding.document import sentence_starts, sentences_of, token_lowers, token_texts
from twitchcheck.understanding.findings import AFFIRMED, FAMILY_FINDING, Mention, concept_matches, merge, read_mentions
from twitchcheck.understanding.intents import AskedIntent, asking, find_intents
from twitchcheck.understanding.nlp import pipeline
from twitchcheck.understanding.patient import FIRST_PERSON, RELATIVE_WORDS, PatientFacts, read_patient
from twitchcheck.understanding.people import WRITER_WORD
from twitchcheck.understanding.text import Caseless, clean_text

__all__ = ["Understanding", "understand", "clean_text", "days_words"]

#: Categories of findings that describe a symptom (as opposed to history or triggers).
SYMPTOM_CATEGORIES = frozenset({"movement", "site", "associated", "neurological", "eye"})
#: Lexicon concepts that show a message is about the face or eyes even without a finding.
DOMAIN_CONCEPTS = frozenset({"EYELID", "EYE", "CHEEK_MOUTH", "BLINK", "FACE", "JAW", "PTOSIS", "PALSY_HISTORY",
                             "DRY_EYE", "FOREHEAD", "TONGUE", "AROUND_MOUTH", "EYEBROW_UP"})


@dataclass
class Understanding:
    text: str
    findings: dict[str, Mention]
    mentions: list[Mention]
    intents: list[AskedIntent]
    patient: PatientFacts
    attributes: AttributeFacts
    domain_words: set[str] = field(default_factory=set)
    #: Conditions the person names, in order, with how they name them ("I have HFS" is present,
    #: "is this Bell's palsy?" is hypothetical).
    condition_mentions: list[Mention] = field(default_factory=list)
    #: The message is about someone (the writer or a person they name), not only a general question.
    personal: bool = False
    #: Knowledge-base topics the text mentions, most mentioned first.
    topics: list[str] = field(default_factory=list)
    #: Course findings that may not lower urgency: they rest only on a guessed duration ("since June"),
    #: or on a duration that is not a danger sign's own ("twitching for 2 years. Since yesterday my
    #: arm is weak").
    guessed_course: frozenset[str] = frozenset()
    #: The message speaks of looks (wrinkles, crow's feet, cosmetic Botox): the lexicon's ``COSMETIC``.
    cosmetic: bool = False

    def status(self, finding: str) -> str | None:
        mention = self.findings.get(finding)
        return mention.status if mention else None

    def present(self, finding: str) -> bool:
        return self.status(finding) in AFFIRMED

    def absent(self, finding: str) -> bool:
        return self.status(finding) == "absent"

    @property
    def present_findings(self) -> set[str]:
        return {f for f, m in self.findings.items() if m.status in AFFIRMED}

    @property
    def absent_findings(self) -> set[str]:
        return {f for f, m in self.findings.items() if m.status == "absent"}

    @property
    def named_conditions(self) -> list[str]:
        return list(dict.fromkeys(m.finding for m in self.condition_mentions))

    @property
    def diagnosed_conditions(self) -> list[str]:
        """Conditions the person says they have or had (not worries or questions).

        A name that describes the symptom ("my left eye twitch", "eyes squeezing shut": the
        conditions' ``descriptive_names``) is not a diagnosis someone was given.
        """
        return list(dict.fromkeys(m.finding for m in _owned(self.condition_mentions) if not m.described))

    @property
    def has_symptoms(self) -> bool:
        kb = knowledge()
        return any(kb.findings[f].category in SYMPTOM_CATEGORIES for f, m in self.findings.items()
                   if m.status in AFFIRMED)  # present_findings, without building the set

    @property
    def in_domain(self) -> bool:
        """About the face or eyes: words for them, a condition or a topic we cover.

        Symptoms elsewhere alone ("my whole body jerks as I fall asleep", chest pain)
        are outside what twitchcheck covers, though their red flags still apply.
        """
        kb = knowledge()  # (a cached lookup)
        if self.cosmetic and not self.condition_mentions:
            # a question about looks ("a cream for the wrinkles round my eyes", "cosmetic Botox for crow's
            # feet") is ours only with a symptom of the face ("... and now my lid droops")
            return any(m.status in AFFIRMED and kb.findings[m.finding].facial
                       and kb.findings[m.finding].category in SYMPTOM_CATEGORIES for m in self.mentions)
        if self.domain_words or self.condition_mentions or self.topics:  # (named_conditions: one per mention)
            return True  # the mentions need not be looked up
        return any(kb.findings[m.finding].facial and kb.findings[m.finding].category in SYMPTOM_CATEGORIES
                   for m in self.mentions)


def _unaffirmed_sentences(mentions: list[Mention]) -> frozenset[str]:
    """Sentences that mention findings but affirm none ("I can close both eyes fine"): they place nothing."""
    affirmed: dict[str, bool] = {}
    for mention in mentions:
        affirmed[mention.sentence] = affirmed.get(mention.sentence, False) or mention.status in AFFIRMED
    return frozenset(sentence for sentence, any_affirmed in affirmed.items() if not any_affirmed)


def _without_sentences(text: str, sentences: frozenset[str]) -> str:
    for sentence in sentences:
        text = text.replace(sentence, " ")
    return text


def _refined_sites(complaint_sites: list[str], all_sites: list[str]) -> list[str]:
    """Sites of the complaint, with "eye" made precise when the message names the lid elsewhere."""
    lids = [site for site in all_sites if site in ("upper_lid", "lower_lid")]
    if "eye" in complaint_sites and lids:
        return [site for site in complaint_sites if site != "eye"] + lids
    return complaint_sites


#: Words that end a clause: a place named in a clause about something else is not where the
#: movement is ("my lips tingle and my cheek twitches").
_CLAUSE_ENDS = frozenset({",", ";", ":", "and", "but"})
#: Categories of findings whose words can place the complaint: movements, motor signs, the side
#: and the course of a movement ("now my cheek gets pulled in too"), not triggers or history.
_PLACING_CATEGORIES = frozenset({"movement", "neurological", "site", "course"})
#: A place the writer is unsure of is still where they describe the problem.
_PLACING_STATUSES = AFFIRMED | {"uncertain"}


def _places_complaint(mention: Mention, kb) -> bool:
    if mention.status not in _PLACING_STATUSES:
        return False
    if mention.finding in kb.conditions:  # "hemifacial spasm, right side"
        return True
    found = kb.findings[mention.finding]
    return found.facial and found.category in _PLACING_CATEGORIES and not found.sensation


def _overlaps(mentions: list[Mention], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


def _site_texts(doc, mentions: list[Mention], kb) -> tuple[str, str, str, str]:
    """The words that can name the side and the sites of the complaint, from the sentences that
    place it and (the last two) from any sentence.

    The sentences that describe a movement or weakness of the face, less their clauses that are
    about something else only ("my lips tingle" is a feeling) and the words of mentions that are
    denied, feared or past ("... scared it will spread to my mouth"). ``anywhere``: from any
    sentence, for a message whose movement the reader did not recognise ("my lids are droopier");
    a sentence's clauses are weighed the same either way, so one pass gives both.
    The second text, for the sites, leaves out more: a side or a course said of something else goes
    with it ("jolts in my left cheek, a second or two each" are the pain's), and one in a clause about
    something else places nothing ("a patch of shiny skin on the right side of my forehead"): the side
    of the main complaint may be a pain's, its sites are where it moves; and a place the writer is
    unsure of counts only when nothing surer places the movement ("my mouth is crooked ... I think
    maybe my eye isn't closing, not sure" is the mouth).
    """
    placing: list[Mention] = []
    others: list[Mention] = []  # (when something happens, a trigger, does not take a clause elsewhere)
    sides_and_courses: list[Mention] = []
    moving: list[Mention] = []
    for m in mentions:  # (one pass; each group keeps the mentions' order)
        found = kb.findings.get(m.finding)
        if _places_complaint(m, kb):
            placing.append(m)
            if m.finding in _PLACING or (found is not None and found.category == "course"):
                sides_and_courses.append(m)
            else:
                moving.append(m)
        elif found is None or found.category != "trigger":
            others.append(m)
    said_of_others = [m for m in sides_and_courses if _overlaps(others, m.start, m.end)]
    weak = [m for m in sides_and_courses if m not in said_of_others]
    # a place the writer is unsure of counts when nothing surer places the movement
    unsure = [m for m in moving + weak if m.status not in AFFIRMED] \
        if any(m.status in AFFIRMED for m in moving) else []
    moving = [m for m in moving if m not in unsure]
    weak = [m for m in weak if m not in unsure]
    others_of_moving = others + said_of_others + unsure
    covered = {i for m in placing for i in range(m.start, m.end)}
    blank = {i for m in mentions if m.status not in _PLACING_STATUSES for i in range(m.start, m.end)} - covered
    blank_moving = blank | ({i for m in unsure for i in range(m.start, m.end)}
                            - {i for m in moving for i in range(m.start, m.end)})
    sentence_of = sentence_starts(doc)

    def by_sentence(group: list[Mention]) -> dict[int, list[Mention]]:
        buckets: dict[int, list[Mention]] = {}
        for m in group:  # (a derived finding, with no words at 0, counts in the first sentence, as before)
            buckets.setdefault(sentence_of[m.start] if m.start < len(sentence_of) else -1, []).append(m)
        return buckets

    placing_in, others_in, moving_in = by_sentence(placing), by_sentence(others), by_sentence(moving)
    others_of_moving_in, weak_in = by_sentence(others_of_moving), by_sentence(weak)
    clause_ends = _clause_ends(doc)
    # (start, end) of the clauses kept: in the sentences that place the complaint, in any sentence
    kept: list[tuple[int, int]] = []
    kept_moving: list[tuple[int, int]] = []
    kept_anywhere: list[tuple[int, int]] = []
    kept_moving_anywhere: list[tuple[int, int]] = []
    for sentence in sentences_of(doc):
        here = sentence.start
        placing_here, others_here, moving_here = placing_in.get(here, ()), others_in.get(here, ()), moving_in.get(here, ())
        others_of_moving_here, weak_here = others_of_moving_in.get(here, ()), weak_in.get(here, ())
        start, keep, keep_moving = sentence.start, True, True
        ranges: list[tuple[int, int]] = []
        moving_ranges: list[tuple[int, int]] = []
        last_token = sentence.end - 1
        ends = clause_ends[bisect_left(clause_ends, sentence.start):bisect_left(clause_ends, last_token)]
        for i in [*ends, last_token]:
            end = i + 1 if i == last_token else i
            # a clause that mentions nothing goes on with the one before ("... spread to my cheek and mouth");
            # (most sentences have no mention of some kind: an empty group is not searched)
            if placing_here and _overlaps(placing_here, start, end):
                keep = True
            elif others_here and _overlaps(others_here, start, end):
                keep = False
            if moving_here and _overlaps(moving_here, start, end):
                keep_moving = True
            elif others_of_moving_here and _overlaps(others_of_moving_here, start, end):
                keep_moving = False
            elif weak_here and _overlaps(weak_here, start, end):
                keep_moving = True
            if keep:
                ranges.append((start, end))
            if keep_moving:
                moving_ranges.append((start, end))
            start = i + 1
        kept_anywhere += ranges
        kept_moving_anywhere += moving_ranges
        if here in placing_in:
            kept += ranges
            kept_moving += moving_ranges

    pieces = token_texts(doc)

    def words(ranges: list[tuple[int, int]], blanked: set[int]) -> str:
        out = [" "] * len(pieces)
        for start, end in ranges:
            for i in range(start, end):
                if i not in blanked:
                    out[i] = pieces[i]
        return " ".join("".join(out).split())

    return (words(kept, blank), words(kept_moving, blank_moving), words(kept_anywhere, blank),
            words(kept_moving_anywhere, blank_moving))


def _clause_ends(doc) -> list[int]:
    """The tokens that end a clause (``_CLAUSE_ENDS``), in order, once per document."""
    ends = doc.user_data.get("twitchcheck.clause_ends")
    if ends is None:
        ends = doc.user_data["twitchcheck.clause_ends"] = [
            i for i, lowered in enumerate(token_lowers(doc)) if lowered in _CLAUSE_ENDS]
    return ends


def _sentence_owner(text: str, sentence: str, patient: PatientFacts):
    """Whom the sentence of a mention is about, by the patient's account (None: no one in particular)."""
    if patient.account is None:
        return None
    start = text.find(sentence)
    return None if start < 0 else patient.account.owner(start, start + len(sentence))


def _relatives_mentions(doc, text: str, mentions: list[Mention], patient: PatientFacts) -> list[Mention]:
    """When the writer is the patient, what a sentence that names a relative and tells of them, not of
    the writer, says is the relative's ("My husband was given haloperidol and his jaw locked. ... My
    eyelid twitches."), and so are the words of a sentence that tell of a relative it names ("a friend
    at church had her cheek pulling, and I'm scared mine will")."""
    if patient.subject != "writer":
        return mentions
    about_relative: dict[str, bool] = {}
    out = []
    for mention in mentions:
        if mention.status in AFFIRMED and mention.finding != FAMILY_FINDING:
            sentence = mention.sentence
            if sentence not in about_relative:
                owner = _sentence_owner(text, sentence, patient)
                about_relative[sentence] = owner is not None and owner.named and not owner.about(patient.key) \
                    and not FIRST_PERSON.search(sentence) and not WRITER_WORD.search(sentence)
            if about_relative[sentence] or _told_of_someone_else(doc, mention, patient):
                mention = replace(mention, status="other_person")
        out.append(mention)
    return out


def _told_of_someone_else(doc, mention: Mention, patient: PatientFacts) -> bool:
    if patient.account is None or not patient.account.told_of or mention.end <= mention.start:
        return False
    key = patient.account.told_of_at(doc[mention.start].idx)
    return key is not None and key != patient.key


def _own_mentions(text: str, mentions: list[Mention], patient: PatientFacts) -> list[Mention]:
    """Mentions marked as someone else's that are in fact about the patient ("my dad's got chest pain",
    "... and his jaw is locked")."""
    if patient.subject != "other":
        return mentions
    word = re.compile(rf"\b{re.escape(patient.relation)}\b", re.IGNORECASE) if patient.relation else None

    def about_patient(sentence: str) -> bool:
        owner = _sentence_owner(text, sentence, patient)
        if owner is not None and (not owner.about(patient.key) or owner.others):
            return False  # "... so I think it's Bell's palsy like my aunt had": the aunt's
        return owner is not None or (word is not None and word.search(sentence) is not None)

    return [replace(m, status="present") if m.status == "other_person" and about_patient(m.sentence) else m
            for m in mentions]


#: Words that date the start of something happening to someone ("since yesterday", "started today").
_ONSET_WORD = Caseless(r"\b(?:since|ago|started|began|begun|yesterday|today|tonight|this\s+morning|last\s+night|"
                         r"this\s+week|woke\s+up)\b")
#: Words that put a person in the message: the writer, someone they write about, or a patient (a
#: clinician's "68F", "45 M", "7yo", "pt").
_PERSONAL = Caseless(r"\b(?:i|i'm|im|i've|ive|i'd|i'll|me|my|mine|myself|we|our|us|he|she|his|her|him|hers|"
                       r"patient|pt|\d{1,3}\s?(?:m|f|yo|y/o)|" + RELATIVE_WORDS + r")\b")


def _is_personal(text: str) -> bool:
    """The message is about someone: a person is named, or it says when something began to happen."""
    return bool(_PERSONAL.search(text) or _ONSET_WORD.search(text))


def _general_question(mentions: list[Mention], conditions: list[Mention], personal: bool) -> list[Mention]:
    """In a question about a condition that names no one ("what is facial paralysis?", "how long does
    facial palsy take to heal?"), a condition name that doubles as a symptom is a topic, not a report:
    such mentions become hypothetical.  Anything said outside the condition's name still counts, so
    "face drooping and arm weak, what to do?" stays an emergency, and so does any message that says
    when ("Bell's palsy since yesterday, is it serious?")."""
    if not conditions:
        return mentions
    if personal:
        # a question about a condition the person had before asks whether it has come back ("Two years
        # ago I had Bell's palsy ... Is my Bell's palsy coming back on the other side?"): its name is
        # not a report of its symptom
        had = {c.finding for c in conditions if c.status == "historical"}
        named = [(c.start, c.end) for c in conditions if c.finding in had and c.status != "historical"]
    else:
        named = [(c.start, c.end) for c in conditions]
    if not named:
        return mentions
    return [replace(m, status="hypothetical")
            if m.status in AFFIRMED and asking(m.sentence) and any(s < m.end and m.start < e for s, e in named)
            else m for m in mentions]


#: Findings that say where a movement is, not what moves: they take the status of what they place.
_PLACING = frozenset({"one_side_only", "both_eyes"})


def _placing_status(status: str, sentence: str, mentions: list[Mention]) -> str:
    """A side is as certain as the movement it places: "my wife noticed my left eye closes" is
    reported by her, left side and all."""
    placed = {m.status for m in mentions if m.sentence == sentence and m.status in AFFIRMED and m.finding not in _PLACING}
    return "reported_by_other" if status in AFFIRMED and placed == {"reported_by_other"} else status


def _derive_from_attributes(attributes: AttributeFacts, findings: dict[str, Mention], mentions: list[Mention],
                            complaint: str, unplaced: str) -> None:
    """A named side ("my left eyelid") means the problem is on one side, and both eyes named for it
    ("my eyes keep blinking") that both eyes are; twitching that moves from one eye to the other
    ("some days the left, other days the right") is on neither side only."""
    for finding in _PLACING:
        if finding in findings:
            mention = findings[finding]
            if _part_of_a_denial(mention, mentions) or (finding == "one_side_only" and _only_directions(mentions)):
                del findings[finding]
                continue
            findings[finding] = replace(mention, status=_placing_status(mention.status, mention.sentence, mentions))
    sided = "one_side_only" in findings and findings["one_side_only"].status in AFFIRMED
    if attributes.side == "alternating":
        if sided:
            del findings["one_side_only"]
        return
    if attributes.side in ("left", "right") and not sided:
        sentence = next((m.sentence for m in mentions if m.status in AFFIRMED and attributes.side in m.sentence.lower()),
                        "")
        findings["one_side_only"] = Mention("one_side_only", _placing_status("present", sentence, mentions), 0, 0,
                                            f"{attributes.side} side")
    if attributes.side == "both" and "both_eyes" not in findings and (both_eyes(complaint) or both_eyes(unplaced)):
        findings["both_eyes"] = Mention("both_eyes", "present", 0, 0, "both eyes")


def _part_of_a_denial(mention: Mention, mentions: list[Mention]) -> bool:
    """A place inside the denial of something else ("I can close both eyes fine" denies trouble
    closing them) says nothing about where the problem is."""
    return any(
        other.status == "absent" and other.finding not in _PLACING and other.sentence == mention.sentence
        and other.start <= mention.start and mention.end <= other.end for other in mentions)


def _only_directions(mentions: list[Mention]) -> bool:
    """Every "one side" of the message is where a head or neck turns ("his neck twists to one side")."""
    sided = [m for m in mentions if m.finding == "one_side_only" and m.status in AFFIRMED]
    return bool(sided) and all(turns_to_one_side(m.sentence) for m in sided)


def _derive_past_means(mentions: list[Mention], findings: dict[str, Mention], kb) -> None:
    """A past occurrence of a finding with ``past_means`` is that history ("my face drooped in 2019")."""
    for mention in mentions:
        history = kb.findings[mention.finding].past_means
        if mention.status == "historical" and history is not None and history not in findings:
            findings[history] = Mention(history, "present", mention.start, mention.end, mention.sentence)


#: Relatives by blood: a husband's or a friend's movement disorder is not a family history.
_BLOOD_RELATIVE = Caseless(r"\b(?:mother|mum|mom|mommy|father|dad|daddy|sister|brother|son|daughter|aunt|uncle|cousin|"
                             r"grand\w*|gran|granny|nan|nana|niece|nephew|twin|parents?|siblings?|family|relatives?|"
                             r"kids?|children|child)\b")


def _derive_family_history(mentions: list[Mention], conditions: list[Mention], findings: dict[str, Mention],
                           kb) -> None:
    """A relative with a facial movement problem ("my mum has hemifacial spasm") is a family history."""
    if "family_history_movement" in findings:
        return
    movement_conditions = {"hemifacial_spasm", "blepharospasm", "meige_syndrome", "motor_tic", "facial_myokymia",
                           "eyelid_myokymia", "hemimasticatory_spasm"}
    for mention in [*mentions, *conditions]:
        related = mention.finding in movement_conditions or (
            mention.finding in kb.findings and kb.findings[mention.finding].category == "movement")
        if related and mention.status == "other_person" and _BLOOD_RELATIVE.search(mention.sentence):
            findings["family_history_movement"] = Mention("family_history_movement", "present", mention.start,
                                                          mention.end, mention.sentence)
            return


#: A sentence that opens by saying someone has a condition ("I have Bell's palsy, is it serious?",
#: "my mum has been diagnosed with MG - what now?"): a statement, whatever it then asks.
_STATES_HAVING = Caseless(r"^\W*(?:i|i'?ve|he|she|we|they|(?:my|our)\s+\w+)\s+(?:have|has|'s|got|am|is|was|were)?"
                          r"\s*(?:got|been\s+diagnosed\s+with|diagnosed\s+with|have|has)\b")


def _owned(conditions: list[Mention]) -> list[Mention]:
    """Condition mentions that say the person has it: affirmed, and not only asked about
    ("is that how hemifacial spasm begins?"), unless the question dates it ("Bell's palsy since
    yesterday, is it serious?") or opens by saying so ("I have Bell's palsy, is it serious?")."""
    return [m for m in conditions if m.status in AFFIRMED
            and (not asking(m.sentence) or _ONSET_WORD.search(m.sentence) or _STATES_HAVING.search(m.sentence))]


def _derive_named(conditions: list[Mention], findings: dict[str, Mention], kb, personal: bool) -> None:
    """A condition the person says they have now brings the findings it means by definition
    ("I have Bell's palsy", "Bell's palsy since yesterday, is it serious?"); not a condition only
    asked about ("what can I take for Bell's palsy?"), nor one the message dates to the past."""
    if not personal:
        return
    for mention in _owned(conditions):
        for implied in kb.conditions[mention.finding].named_implies:
            history = kb.findings[implied].past_means
            if implied not in findings and not (history in findings and findings[history].status in AFFIRMED):
                findings[implied] = Mention(implied, mention.status, mention.start, mention.end, mention.sentence)


#: Statuses that a finding entailed by an affirmed one replaces: a worry or doubt about the twitch
#: does not undo "both eyes squeeze shut" (a denial does: the person said it).
_OPEN_STATUSES = frozenset({"hypothetical", "uncertain", "other_person", "historical"})


def _derive_implied(findings: dict[str, Mention], kb) -> None:
    for finding, mention in list(findings.items()):
        if mention.status in AFFIRMED:
            for implied in kb.findings[finding].implies:
                if implied not in findings or findings[implied].status in _OPEN_STATUSES:
                    findings[implied] = Mention(implied, mention.status, mention.start, mention.end, mention.sentence)


#: The categories of findings that say what the eye or face does: with one of them told, a vague
#: complaint beside it ("my eye is acting up, it twitches all day") adds nothing.
_DESCRIBING_CATEGORIES = frozenset({"movement", "eye"})


def _without_vague(findings: dict[str, Mention], kb) -> None:
    """Drop the vague complaints (``Finding.vague``) that a described movement or eye symptom explains,
    unless they matter for safety ("his face looks funny and he is slurring" keeps the funny face)."""
    described = any(mention.status in AFFIRMED and not kb.findings[finding].vague
                    and kb.findings[finding].category in _DESCRIBING_CATEGORIES
                    for finding, mention in findings.items() if finding in kb.findings)
    if described:
        for finding in [f for f in findings if f in kb.findings and kb.findings[f].vague and not kb.findings[f].safety]:
            del findings[finding]


def understand(text: str) -> Understanding:
    """Read ``text`` (already validated by :func:`clean_text`) into structured evidence."""
    kb = knowledge()
    pipe = pipeline()
    doc = pipe.parse(text)
    mentions, condition_mentions = read_mentions(doc, pipe, kb, text)
    patient = read_patient(text)
    mentions = _relatives_mentions(doc, text, _own_mentions(text, mentions, patient), patient)
    condition_mentions = _relatives_mentions(doc, text, _own_mentions(text, condition_mentions, patient), patient)
    personal = _is_personal(text)
    mentions = worsening_of_something_else(_general_question(mentions, condition_mentions, personal), kb)
    findings = merge(mentions)
    attributes = read_attributes(text, DurationContext(patient.relation, patient.age, past_only_sentences(mentions),
                                                       elsewhere_sentences(mentions, kb)))
    guessed_course = derive_duration(attributes, findings)
    guessed_course |= course_of_another_complaint(attributes, findings, mentions, kb) | undated_progression(findings)
    everything = [*mentions, *condition_mentions]
    complaint, moving, placeable, placeable_moving = _site_texts(doc, everything, kb)
    # (the texts from any sentence are often those from the sentences that place the complaint: read once)
    sites = read_sites(moving) or (read_sites(placeable_moving) if placeable_moving != moving else [])
    attributes.sites = _refined_sites(sites, read_sites(_without_sentences(text, _unaffirmed_sentences(mentions))))
    face_sides: dict[str, frozenset[str]] = {}  # (the complaint's words are often searched for sides twice)
    attributes.face_side = face_side(complaint, face_sides)
    complaint_side = side(complaint, face_sides)
    attributes.side = complaint_side or (side(placeable, face_sides) if placeable != complaint else None)
    _derive_from_attributes(attributes, findings, mentions, complaint, "" if complaint_side else placeable)
    _derive_past_means(mentions, findings, kb)
    _derive_family_history(mentions, condition_mentions, findings, kb)
    _derive_named(condition_mentions, findings, kb, personal)
    _derive_implied(findings, kb)
    _without_vague(findings, kb)
    concepts = {concept for concept, _, _ in concept_matches(doc, pipe)}
    domain = concepts & DOMAIN_CONCEPTS
    return Understanding(
        text=text,
        findings=findings,
        mentions=mentions,
        intents=find_intents(doc, pipe, kb, condition_mentions),
        patient=patient,
        attributes=attributes,
        domain_words=domain,
        condition_mentions=sorted(condition_mentions, key=lambda m: m.start),
        personal=personal,
        topics=_topics(doc, pipe),
        guessed_course=guessed_course,
        cosmetic="COSMETIC" in concepts,
    )


def _topics(doc, pipe) -> list[str]:
    hits: dict[str, list[int]] = {}
    for match_id, start, _end in pipe.topic_phrases(doc):
        hits.setdefault(pipe.labels[match_id], []).append(start)
    return sorted(hits, key=lambda topic: (-len(hits[topic]), min(hits[topic])))
