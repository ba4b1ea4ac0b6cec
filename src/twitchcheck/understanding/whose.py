"""Whose complaint a message is: an evidence tally, the way a clinician reads a letter.

Each person the message names is a candidate: the writer, each relative, a child named by age
("my 9yo"), someone named only by a pronoun, the unnamed patient of a clinician's note ("Pt M
73 ..."). Each sentence gives evidence to the person it attributes a symptom to: a possessive
with a part of the body ("my eye", "his left lid", "my mum's face"), a person with a symptom in
their clause ("my son keeps blinking", "she has a droop", "I get twitches"), the writer's framing
("I'm writing for my mum"), a relative introduced by their age ("My husband is 66."). A sentence
that names no one gives a little to the person the account is about at that point. Someone who
only reports or gives an opinion ("my wife says my eye ...", "he thinks ...", "my friend is a
nurse and says ..."), only has their own illness ("my brother has Parkinson's", "my mother had a
stroke and her face drooped"), has died, or is compared with ("like my dad's") gets none; what is
told of the remote past ("last year", "used to") counts half. The person with the most evidence
is the patient; in a tie, the one attributed a symptom first. A sentence is about the person it
gives most to (``Account.sentences``), which tells whose the findings in it are.

Messages that name no one but the writer (no relative, no "he" or "she") skip the tally.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from twitchcheck.understanding import people as words
from twitchcheck.understanding.text import Caseless

WRITER, CLINICAL = "writer", "clinical"
#: Evidence weights: a sentence that attributes a symptom to someone; one that names no one (it goes
#: on with whoever the account was about) or a part of the body with nothing said wrong with it; a
#: relative introduced with their age; a relative living with a condition now.
DIRECT, IMPERSONAL, INTRODUCED, LIVING_WITH = 1.0, 0.5, 0.5, 0.5
#: How much of its weight a sentence about the remote past keeps, and one that dates a complaint to
#: the last hours has ("since this morning", "suddenly"): what happens now outweighs what has lasted.
REMOTE_PAST_SHARE, ACUTE_SHARE = 0.5, 1.5
#: A clinician's note: at least this many different pieces of clinical shorthand.
CLINICAL_SHORTHAND_NEEDED = 2
#: How far before a person the words that frame them are looked for ("I'm writing this for my mum").
_LOOK_BACK = 60
_AGE_UNIT = re.compile(r"[\s-]*(?:year|yr|month|yo|y/o)", re.IGNORECASE)
#: The first words of what someone has, up to a comma: "a droopy eyelid", "Tourette's".
_FIRST_WORDS = re.compile(r"[^\w,;]*(?:[\w']+[^\w,;]*){0,4}")
#: Where what someone has ends: "has Parkinson's, and ...", "had a stroke but".
_CLAUSE_END = re.compile(r"[.;!?(]|,\s*(?:and|but|so|which)\b|\bbut\b")


@dataclass
class Person:
    key: str  # WRITER, CLINICAL, a relative's word, "child", "he" or "she"
    relation: str | None
    sex: str | None
    start: int  # where the account of them starts in the text
    score: float = 0.0
    first_strong: int | None = None
    #: named only for their own illness, their death, a comparison or their job
    bystander: bool = False
    #: lives with a condition now ("my grandson has Tourette's"): the patient when nothing else says who
    living_with: bool = False
    last_named: int = -1
    age: int | None = None  # an age given right beside them ("my son (15)", "my 9yo")


@dataclass(frozen=True)
class SentenceOwner:
    start: int
    end: int
    key: str | None  # the person the sentence attributes most to, or else a relative it names
    named: bool  # the sentence names that person (not only a pronoun)
    others: tuple[str, ...] = ()  # the other people it names, not as reporters, who have nothing in it
    tied: tuple[str, ...] = ()  # everyone it attributes as much to as to ``key``

    def about(self, key: str) -> bool:
        return key == self.key or key in self.tied


@dataclass(frozen=True)
class Account:
    patient: Person
    sentences: tuple[SentenceOwner, ...]
    #: (start, end, person) of the words a sentence tells of someone it names ("a friend at church had
    #: her cheek pulling", in a sentence that goes on "and I'm scared mine will")
    told_of: tuple[tuple[int, int, str], ...] = ()
    #: The text has a relative's word (``people.RELATIVE_WORD``): without one, nothing names a relative.
    names_relatives: bool = True

    def told_of_at(self, position: int) -> str | None:
        """Whom the words at ``position`` tell of, when the same sentence names them."""
        for start, end, key in self.told_of:
            if start <= position < end:
                return key
        return None

    @cached_property
    def _starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    def owner(self, start: int, end: int) -> SentenceOwner | None:
        """The owner of the sentence that overlaps most of ``text[start:end]``.

        The sentences are in order and do not overlap: only those from the last one that starts at or
        before ``start`` to the last one that starts before ``end`` can share words with it (a long
        letter's mentions were each compared with every sentence)."""
        best, overlap = None, 0
        first = max(bisect_right(self._starts, start) - 1, 0)
        for sentence in self.sentences[first:bisect_left(self._starts, end, first)]:
            shared = min(end, sentence.end) - max(start, sentence.start)
            if shared > overlap and sentence.key is not None:
                best, overlap = sentence, shared
        return best


@dataclass(frozen=True)
class _Reference:
    kind: str  # relative, child, clinical, my_body, pronoun_body, writer, pronoun
    start: int
    end: int
    match: re.Match[str]


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _references(sentence: str, clinical_note: bool, relatives_here: bool, maybe_age: bool | None = None
                ) -> list[_Reference]:
    """Every mention of a person in ``sentence``, in order (``relatives_here``: the sentence may name a
    relative, as it does when it holds a relative's word; ``maybe_age``: ``_maybe_age`` of it, if known)."""
    refs: list[_Reference] = []
    taken: list[tuple[int, int]] = []
    roles: list[tuple[int, int]] = []
    if relatives_here:
        roles = [m.span() for m in words.WRITER_ROLE.finditer(sentence)]  # "I (his mum, 41)": the writer
        for match in words.RELATIVE_MENTION.finditer(sentence):
            if _someone(sentence, match) and not _overlaps(match.start("word"), match.end("word"), roles):
                # "Patient is a 45 year old man", "a patient of mine": a clinician's; "my patient" is the word
                owner = (match.group("owner") or "").lower()
                clinical = match.group("word").lower() == "patient" and owner not in ("my", "our")
                refs.append(_Reference("clinical" if clinical else "relative", match.start(), match.end(), match))
                taken.append(match.span())
    if _maybe_age(sentence) if maybe_age is None else maybe_age:
        for match in words.AGE_NOUN.finditer(sentence):
            if not _overlaps(*match.span(), taken):
                refs.append(_Reference("child", match.start(), match.end(), match))
                taken.append(match.span())
    if clinical_note or "atient" in sentence:
        for match in words.CLINICAL_PERSON.finditer(sentence):
            if not _overlaps(*match.span(), taken):
                refs.append(_Reference("clinical", match.start(), match.end(), match))
                taken.append(match.span())
    for match in words.POSSESSIVE_BODY.finditer(sentence):
        if not _overlaps(*match.span(), taken) and not _overlaps(*match.span(), roles):
            kind = "my_body" if match.group("who").lower() == "my" else "pronoun_body"
            refs.append(_Reference(kind, match.start(), match.end(), match))
            taken.append(match.span())
    for match in words.PERSON_WORD.finditer(sentence):
        if _overlaps(*match.span(), taken):
            continue
        if match.group("writer"):
            if not words.WRITER_ASIDE.search(sentence, max(match.start() - 12, 0), match.start()):
                refs.append(_Reference("writer", match.start(), match.end(), match))
        elif not _overlaps(*match.span(), roles):
            refs.append(_Reference("pronoun", match.start(), match.end(), match))
    refs.sort(key=lambda ref: ref.start)
    return refs


_DIGIT = re.compile(r"\d")
_OLD = Caseless(r"old\b", needs=("old",))


def _maybe_age(text: str) -> bool:
    """A digit or "old": a search of ``\\d|old\\b`` in two cheap parts (a digit is found at once)."""
    return _DIGIT.search(text) is not None or _OLD.search(text) is not None


def _someone(sentence: str, match: re.Match[str]) -> bool:
    """A relative's word that names someone ("a friend", "an 8 year old son"), not a kind of person
    ("I'm a girl of 16", "teach a child")."""
    if (match.group("owner") or "").lower() not in ("a", "an"):
        return True
    before = sentence[max(match.start() - _LOOK_BACK, 0):match.start()]
    return not words.SELF_DESCRIPTION.search(before) and (
        match.group("word").lower() in words.ACQUAINTANCES or bool(match.group("age"))
        or words.INTRODUCED_WITH_A.search(before) is not None)


class _Said:
    """What one sentence says about whom, while it is read."""

    def __init__(self, sentence: str, first_reference: int, symptoms: list[int] | None = None) -> None:
        self.sentence = sentence
        #: where the sentence's symptom words begin (given when the whole text was searched at once)
        self.symptoms = [m.start() for m in words.SYMPTOM_ONLY.finditer(sentence)] if symptoms is None else symptoms
        # a part of the body with nothing wrong with it ("he picks his arms") says less
        self.owned = DIRECT if self.symptoms else IMPERSONAL
        self.weights: dict[str, float] = {}
        self.spans: list[tuple[int, int, _Reference]] = []  # each person named and the words that follow
        self.owners: dict[int, str] = {}  # the start of a reference -> whom its words tell of
        self.named: set[str] = set()
        self.mentioned: list[str] = []  # people named not as reporters, in order
        self.bystanders: list[str] = []
        self.introduced: str | None = None
        self.relatives_here = True  # the sentence may name a relative
        self.acute: bool | None = None  # it dates a complaint within the day (``people.ACUTE``), if known
        #: spans that tell of a symptom without saying whose: before anyone is named, what is reported
        self.untold: list[tuple[int, int]] = [(0, first_reference)]

    def give(self, key: str, weight: float) -> None:
        self.weights[key] = max(self.weights.get(key, 0.0), weight)

    def symptom(self, start: int, end: int) -> bool:
        return any(start <= position < end for position in self.symptoms)


class _Tally:
    """The candidates and their evidence, read sentence by sentence."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.clinical_note = len(words.clinical_shorthand(text)) >= CLINICAL_SHORTHAND_NEEDED
        self.relatives_here = words.names_a_relative(text)
        self.people: dict[str, Person] = {WRITER: Person(WRITER, None, None, 0)}
        if self.clinical_note:
            # the note's form is some evidence; what it then tells without naming anyone goes to its patient
            self.people[CLINICAL] = Person(CLINICAL, None, None, 0, score=IMPERSONAL)
        self.topic = CLINICAL if self.clinical_note else WRITER
        self.sentences: list[SentenceOwner] = []
        self.told_of: list[tuple[int, int, str]] = []
        self.sentence_start = 0

    # -- candidates ------------------------------------------------------------------------
    def person(self, key: str, relation: str | None, sex: str | None, position: int) -> Person:
        if key not in self.people:
            self.people[key] = Person(key, relation, sex, position)
        found = self.people[key]
        found.last_named = position
        return found

    def referent(self, pronoun: str, position: int) -> Person:
        """Whom "he", "her" point to: the last person named of that sex."""
        sex = "male" if words.MALE_PRONOUN.fullmatch(pronoun) else "female"
        named = [p for p in self.people.values() if p.key not in (WRITER, CLINICAL) and p.sex in (None, sex)]
        # someone named earlier in the same sentence first ("my mother had a stroke and her face drooped"),
        # then one not named only for their own illness
        here = [p for p in named if p.last_named >= self.sentence_start]
        for pool in (here, [p for p in named if not p.bystander], named):
            if pool:
                found = max(pool, key=lambda p: p.last_named)
                found.last_named = position
                if found.sex is None and found.key not in ("he", "she"):
                    found.sex = sex
                return found
        if self.clinical_note:
            return self.people[CLINICAL]
        key = "he" if sex == "male" else "she"
        return self.person(key, None, sex, self.sentence_start)  # "He's 70 and his smile ...": from the sentence

    # -- evidence --------------------------------------------------------------------------
    def read(self) -> None:
        index = words.SentenceIndex(self.text) if self.text.isascii() else None
        for piece in words.SENTENCE.finditer(self.text):
            self.read_sentence(piece.group(0), piece.start(), index)

    def read_sentence(self, sentence: str, offset: int, index: words.SentenceIndex | None = None) -> None:
        """Read one sentence (``index``: what the whole text was searched for at once, if it was)."""
        self.sentence_start = offset
        relatives_here, maybe_age, symptoms, acute = self.relatives_here, None, None, None
        if index is not None:  # (each None: search the sentence)
            end = offset + len(sentence)
            relatives_here = relatives_here and index.names_a_relative(offset, end)
            digit, old = index.holds(_DIGIT, offset, end), index.holds(_OLD, offset, end)
            maybe_age = None if digit is None or old is None else digit or old
            symptoms, acute = index.starts(words.SYMPTOM_ONLY, offset, end), index.holds(words.ACUTE, offset, end)
        refs = _references(sentence, self.clinical_note, relatives_here, maybe_age)
        said = _Said(sentence, refs[0].start if refs else len(sentence), symptoms)
        said.relatives_here = relatives_here
        said.acute = acute
        quote = words.QUOTED.search(sentence) if "'" in sentence or '"' in sentence else None
        speaker: Person | None = None
        for i, ref in enumerate(refs):
            end = refs[i + 1].start if i + 1 < len(refs) else len(sentence)
            position = offset + ref.start
            said.spans.append((ref.start, end, ref))
            if quote is not None and ref.start >= quote.end() and speaker is not None \
                    and ref.kind in ("writer", "my_body"):
                said.give(speaker.key, DIRECT if ref.kind == "my_body" or said.symptom(ref.end, end) else 0.0)
                continue  # "He says 'I can't stop this blinking'": his words
            if ref.kind in ("relative", "child"):
                speaker = self.relative(said, ref, end, position) or speaker
            elif ref.kind == "clinical":
                self.person(CLINICAL, None, None, position)
                said.named.add(CLINICAL)
                said.give(CLINICAL, DIRECT if said.symptom(ref.end, end) else 0.0)
            elif ref.kind == "my_body":
                said.give(WRITER, said.owned)
            elif ref.kind == "pronoun_body":
                said.owners[ref.start] = self.referent(ref.match.group("who"), position).key
                said.give(said.owners[ref.start], said.owned)
            elif ref.kind == "writer":
                self.writer(said, ref, end)
            else:
                speaker = self.pronoun(said, ref, end, position) or speaker
        self.conclude(said, offset)

    def relative(self, said: _Said, ref: _Reference, end: int, position: int) -> Person | None:
        """A relative or a child named by age; returns them when they report what follows."""
        if ref.kind == "relative":
            word = ref.match.group("word").lower()
            who = self.person(word, word, words.RELATIVES.get(word), position)
            if (ref.match.group("owner") or "").lower() in ("his", "her", "their") and not who.score:
                who.bystander = True  # "his father", "her sister": someone else's relative
            if ref.match.group("age") and who.age is None:
                who.age = words.number_value(_AGE_UNIT.split(ref.match.group("age"), maxsplit=1)[0].strip())
            beside = words.AGE_AFTER.match(said.sentence[ref.end:])
            if beside is not None and who.age is None and 0 < int(beside.group(1)) < 110:
                who.age = int(beside.group(1))  # "my little boy, 4, who ...", "my husband is 66"
        else:
            who = self.person("child", None, None, position)
            who.age = who.age or words.number_value(ref.match.group(1))
        said.named.add(who.key)
        sentence = said.sentence
        weight, role = self.relative_evidence(ref, who, sentence[max(ref.start - _LOOK_BACK, 0):ref.start],
                                              sentence[ref.end:], sentence[ref.end:end])
        if role != "reports" and who.key not in said.mentioned:
            said.mentioned.append(who.key)
        if role == "bystander":
            said.bystanders.append(who.key)
        elif role == "introduced":
            said.introduced = who.key
        elif role == "reports":
            said.untold.append((ref.end, end))
        said.give(who.key, weight)
        if role != "reports":
            said.owners[ref.start] = who.key
        return who if role == "reports" else None

    def writer(self, said: _Said, ref: _Reference, end: int) -> None:
        """"I get twitches", "I'm dizzy" are the writer's; "I think the lid droops" tells, not has."""
        if ref.match.group(0).lower() in ("me", "myself"):
            return
        # (a role names a relative: "I (his mum, 41)")
        role = words.WRITER_ROLE.match(said.sentence, ref.start) if said.relatives_here else None
        after = said.sentence[role.end() if role else ref.end:]  # "I (his mum, 41) have ..."
        if words.WRITER_THINKS.match(after):
            said.untold.append((ref.end, end))
        elif words.EXPERIENCES.match(after) and said.symptom(ref.end, end):
            said.give(WRITER, DIRECT)

    def pronoun(self, said: _Said, ref: _Reference, end: int, position: int) -> Person | None:
        """"he keeps blinking" is his; "she says ..." reports; returns the one who reports."""
        token = ref.match.group(0).lower()
        if token in ("him", "her"):
            return None  # "I took him to the GP"; "her eyes" is a possessive with a part of the body
        after = said.sentence[ref.end:]
        if words.REPORTS.match(after):
            said.untold.append((ref.end, end))
            return self.referent(token, position)
        if said.symptom(ref.end, end):
            said.owners[ref.start] = self.referent(token, position).key
            said.give(said.owners[ref.start], DIRECT if words.EXPERIENCES.match(after) else IMPERSONAL)
        return None

    def conclude(self, said: _Said, offset: int) -> None:
        """Add the sentence's evidence to the tally and note whom it is about."""
        evidence = said.weights
        for key in said.bystanders:
            evidence.pop(key, None)  # "my brother had a stroke and his face drooped": his illness, told
            if self.people[key].living_with:
                evidence[key] = LIVING_WITH  # "my grandson has Tourette's": a little
        evidence = {key: weight for key, weight in evidence.items() if weight > 0}
        if not evidence and (any(said.symptom(start, end) for start, end in said.untold)
                             or words.COURSE_OF_IT.match(said.sentence)):
            evidence[self.topic] = IMPERSONAL  # "Since 3 months the face is pulling": goes on with the account
        if said.introduced is not None and said.introduced not in evidence:
            evidence[said.introduced] = INTRODUCED
        together = words.TOGETHER.search(said.sentence) if said.named - {CLINICAL} else None
        if together is not None and (together.group("after") or together.group("before")).lower() in evidence:
            # "me and my brother both get eye twitches": the writer's, the brother's too
            evidence[WRITER] = max(evidence.get(WRITER, 0.0), evidence.pop((together.group("after")
                                                                             or together.group("before")).lower()))
        acute = words.ACUTE.search(said.sentence) is not None if said.acute is None else said.acute
        share = REMOTE_PAST_SHARE if words.remote_past(said.sentence) else ACUTE_SHARE if acute else 1.0
        for key, weight in evidence.items():
            who = self.people[key]
            who.score += weight * share
            if weight >= DIRECT:
                who.bystander = False
                who.first_strong = offset if who.first_strong is None else who.first_strong
        strongest = max(evidence, key=lambda key: evidence[key]) if evidence else None
        if strongest is not None and (evidence[strongest] >= DIRECT or strongest == said.introduced):
            self.topic = strongest
        mentioned = said.mentioned
        owner = strongest or (said.bystanders[0] if said.bystanders else mentioned[0] if mentioned else None)
        others = tuple(key for key in mentioned if key != owner and key not in evidence)
        tied = tuple(key for key in evidence if strongest is not None and evidence[key] == evidence[strongest])
        end = offset + len(said.sentence)
        self.sentences.append(SentenceOwner(offset, end, owner, owner in said.named, others, tied))
        for start, stop, ref in said.spans:
            key = said.owners.get(ref.start)
            if key is not None and key in said.named:
                clause = _CLAUSE_END.search(said.sentence, ref.end, stop)  # ", and it's quite stressful": the writer's
                self.told_of.append((offset + start, offset + (clause.start() if clause else stop), key))

    def relative_evidence(self, ref: _Reference, who: Person, before: str, after: str,
                          segment: str) -> tuple[float, str]:
        """(evidence, role) of a relative named in a sentence."""
        if ref.kind == "relative" and ref.match.group("late"):
            return _aside(who, dead=True), "bystander"  # "my late husband used to say ..."
        if words.COMPARED.search(before):
            return _aside(who), "bystander"  # "it could end up like my dad's"
        if words.FRAMING.search(before):
            return DIRECT, "framing"  # "I'm writing this for my mum"
        if words.NAMED_FOR_JOB.match(after):
            return _aside(who), "reports"  # "my friend is a nurse and says ..."
        if words.REPORTS.match(after):
            return 0.0, "reports"  # "my wife says my eye ...": the content tells whose
        if ref.kind == "relative" and words.BODY_AFTER.match(after):
            return DIRECT, "complaint"  # "my mum's face", "my brother face"
        has = words.HAS.match(after)
        if has is not None:
            return _what_they_have(who, has.group("verb").lower(), _CLAUSE_END.split(after[has.end():], maxsplit=1)[0],
                                   after[has.end():])
        if words.symptom_word_in(segment):
            return DIRECT, "complaint"  # "my 9yo keeps blinking"
        if ref.kind == "child" or words.AGE_AFTER.match(after):
            return 0.0, "introduced"  # "My husband is 66."
        return 0.0, "named"

    # -- decision --------------------------------------------------------------------------
    def patient(self) -> Person:
        scored = [p for p in self.people.values() if p.score > 0]
        if not scored:
            return self.people[CLINICAL] if self.clinical_note else self.people[WRITER]
        top = max(p.score for p in scored)
        tied = [p for p in scored if p.score >= top - 1e-9]
        never = len(self.text) + 1
        # in a tie someone else's complaint comes first: a writer who tells of a relative's symptoms as
        # much as of their own mostly writes for the relative (and the relative's stay in the triage)
        return min(tied, key=lambda p: (p.key == WRITER, never if p.first_strong is None else p.first_strong, p.start))


def _aside(who: Person, dead: bool = False) -> float:
    """Someone named for something else than a complaint of their own: a bystander, unless they have one."""
    who.bystander = dead or who.bystander or who.score == 0
    return 0.0


#: A fit or turn told with what it left behind ("had a fit and afterwards his arm was weak", "had a seizure,
#: now she can't speak properly"): an event of now, not an illness of the past.
_ACUTE_EVENT = Caseless(r"^\s*(?:a\s+|an\s+|another\s+|some\s+(?:kind\s+of\s+)?)?(?:\w+\s+)?(?:fit|seizure|convulsion|"
                        r"funny\s+turn|turn|episode|blackout|black\s?out|collapse|fall|attack)s?\b",
                        needs=("fit", "seizure", "convulsion", "turn", "episode", "black", "collapse", "fall", "attack"))
_AFTERMATH = Caseless(r"\b(?:afterwards?|after\s+(?:that|it|wards)|and\s+then|then|since\s+then|now)\b[^.!?]{0,40}?"
                      r"\b(?:his|her|he|she|their|they)\b|"
                      # told in the present right after: "had a fit and he can't remember what happened"
                      r"\band\s+(?:he|she|they)\s+(?:can't|cannot|can\s+not|isn't|is|is\s+not|won't|doesn't|does\s+not|"
                      r"seems|still|keeps|has\s+been)\b",
                      needs=("after", "then", "now", "and"))


def _what_they_have(who: Person, verb: str, told: str, rest: str = "") -> tuple[float, str]:
    """(evidence, role) of a relative who has or had something: a complaint now, a condition they live
    with, or an illness of their own that the message only mentions."""
    if verb.startswith(("died", "passed")):
        return _aside(who, dead=True), "bystander"
    past = verb == "had" or verb.startswith(("suffered", "was"))
    ongoing = words.ONGOING.search(told) is not None
    if past and not ongoing and _ACUTE_EVENT.match(told) and not words.remote_past(rest) \
            and " ago" not in told.lower() and _AFTERMATH.search(rest[:160]):
        return DIRECT, "complaint"  # "my husband had a fit and afterwards his arm was weak"
    named = _FIRST_WORDS.match(told).group(0)  # what they have: "a droopy eyelid", "Tourette's, ..."
    if ongoing and past:
        return DIRECT, "complaint"  # "had a stroke this morning": it is happening now
    if words.body_in(named) or words.symptom_word_in(named):
        if ongoing or (not past and words.body_in(told)):
            return DIRECT, "complaint"  # "has had a droop for 3 days", "has a droopy eyelid"
        if not past:
            who.living_with = True
            return IMPERSONAL, "complaint"  # "my son has tics"
    elif not past:
        who.living_with = True  # "my grandson has Tourette's"
    return _aside(who), "bystander"  # "my brother has Parkinson's", "my mother had a stroke"


def whose_complaint(text: str) -> Account:
    """Whose complaint ``text`` tells of, with what each sentence says about whom."""
    tally = _Tally(text)
    if not (tally.relatives_here or tally.clinical_note or words.THIRD_PERSON.search(text)
            or (_maybe_age(text) and words.AGE_NOUN.search(text))):
        # no one else is named: the writer's own complaint
        return Account(tally.people[WRITER], (), names_relatives=tally.relatives_here)
    tally.read()
    return Account(tally.patient(), tuple(tally.sentences), tuple(tally.told_of), tally.relatives_here)
