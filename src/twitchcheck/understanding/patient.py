"""Who the patient is: the writer or someone they write about, with age and sex.

"My husband says it happens in my sleep" is about the writer; "my wife's face
drooped" is about the wife (``whose.py`` tallies the evidence).  Age and sex are
read from the patient, not from whoever else is mentioned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from twitchcheck.knowledge.schema import AGE_BANDS
from twitchcheck.understanding.people import (FEMALE_PRONOUN, FIRST_PERSON, MALE_PRONOUN, NUMBER, NUMBER_WORDS,
                                              RELATIVE_MENTION, RELATIVE_WORDS, RELATIVES, SENTENCE, SYMPTOM_WORD,
                                              WRITER_ROLE, number_value)
from twitchcheck.understanding.text import Caseless, letter_led
from twitchcheck.understanding.whose import CLINICAL, WRITER, Account, whose_complaint

# FIRST_PERSON, NUMBER_WORDS, SYMPTOM_WORD: used from here by attributes.py
__all__ = ["FIRST_PERSON", "NUMBER_WORDS", "RELATIVE_WORDS", "RELATIVES", "SYMPTOM_WORD", "PatientFacts",
           "read_patient"]

_DECADES = {"teens": 15, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
            "seventies": 70, "eighties": 80, "nineties": 90}

_AGE_PATTERNS = (
    Caseless(r"\b(\d{1,3})\s*(?:-|\s)?(?:years?|yrs?|y)\s*(?:-|\s)?(?:of\s+age|old|o\b|/o\b)"),
    Caseless(letter_led((r"i'?m", r"i\s+am", "aged?", "age", r"she\s+is", r"he\s+is", "she's", "he's", "shes", "hes", "is",
                         "turned", r"just\s+turned")) + r"\s+(\d{1,3})\b(?!\s*(?:%|days?|weeks?|months?|"
               r"hours?|minutes?|times|cups|mg|kg|lbs?|cm|am|pm|o'clock))"),
    Caseless(r"\b(\d{1,2})\s*(?:yo|y/o|yr old|year-old)\b"),
    Caseless(r"\b(\d{2})\s*(?:f|m)\b"),
    re.compile(r"\((\d{2})\)"),
    # "my son have 10 years" (translated from languages that give age with "have")
    Caseless(r"\b(?:have|has)\s+(\d{1,2})\s+years?\b(?!\s+(?:ago|of\s+(?:school|work|experience)))", needs=("year",)),
    Caseless(letter_led(("f", "m", "male", "female", "man", "woman", "guy", "girl", "lady"), r"['\w]")
             + r"\s*[,/]?\s*(\d{2})\b(?!\s*(?:%|days?|weeks?|months?|years?\s+ago))"),
    # "42, female", "37 woman": an age before the sex
    Caseless(r"\b(\d{2})\s*[,/]?\s*(?:female|male|woman|man|lady|gentleman|guy|bloke)\b"),
    # "my husband (40ish)", "I'm 40-ish"
    Caseless(r"\b(\d{2})[\s-]?ish\b(?!\s*(?:%|days?|weeks?|months?|hours?|minutes?|mins?|times|cups|mg|kg|lbs?|cm|"
               r"am|pm|years?\s+ago))"),
    # "My name is Anna, 34", "I'm Tom, 52": a name and an age
    re.compile(r"(?i:\b(?:my\s+name\s+is|i'?m|i\s+am|this\s+is))\s+[A-Z][a-z]+\s*,\s*(\d{2})\b"),
    # "I am man of 50 years" (translated)
    Caseless(r"\b(?:man|woman|lady|gentleman|guy|girl|boy|male|female|person)\s+of\s+(\d{1,3})\s*(?:years?|yrs?)\b"
               r"(?!\s+ago)", needs=("year", "yr")),
)
#: The age patterns that begin with a number (``\b(\d``): they can match only where a run of digits begins,
#: and are tried there alone (a message has a few numbers, and a search tries every character).
_NUMBER_FIRST = frozenset(pattern for pattern in _AGE_PATTERNS if pattern.pattern.startswith(r"\b(\d"))
_NUMBER = re.compile(r"\d+")
#: A relative's age given beside them: "my dad (72)", "my mother is 70", "my 9 year old son".
_RELATIVE_AGE = Caseless(rf"{letter_led(('my', 'our'))}\s+(?:\d{{1,3}}[\s-]*(?:year|yr)s?[\s-]*old\s+)?(?:{RELATIVE_WORDS})(?:'s)?"
    rf"(?:\s*\(\d{{1,3}}\)|\s+(?:is|who\s+is|aged)\s+\d{{1,3}}(?:\s*(?:years?|yrs?)(?:\s*old)?)?)?")
#: "my mother 68 years", "my dad, 72,": an age right after the relative's word.
_RELATIVE_NUMBER = Caseless(rf"^\W*(?:my|our)?\s*(?:{RELATIVE_WORDS})(?:'s)?\s*,?\s*\(?(\d{{1,3}})\b"
                              rf"(?!\s*(?:%|days?|weeks?|months?|hours?|minutes?|times|kg|lbs?|cm|mg))")
_WORD_AGE = Caseless(rf"\b({NUMBER})[\s-]*(?:years?|yrs?)[\s-]*old\b")
#: "Seventy, retired, fit.": a number alone at the start of the message, with no unit of time after it.
_OPENING_AGE = Caseless(rf"^\W*(\d{{2}}|{NUMBER})\s*[,.]\s+(?=[a-z])(?![^.!?\n]*\b(?:days?|weeks?|months?|years?|hours?|"
                          rf"minutes?|mins?|times|cups|mg)\b)")
_DECADE_AGE = Caseless(r"\b(?:in\s+(?:my|her|his|their)\s+|(early|mid|late)[\s-]+)?(early|mid|late)?[\s-]*"
    r"(\d0)'?s\b|\b(?:in\s+(?:my|her|his)\s+)(early\s+|mid\s+|late\s+)?(" + "|".join(_DECADES) + r")\b")


def _sex_marks(words: tuple[str, ...], letter: str) -> tuple[Caseless, ...]:
    """The ways a text gives one sex, in parts that Python's ``re`` searches quickly (each begins with a
    letter, a digit or a bracket, see ``text.letter_led``): the text gives it when any part matches."""
    years = (rf"y/?o\s*,?\s*{letter}", rf"yrs?\s*,?\s*{letter}", rf"years?\s+old\s*,?\s*{letter}")  # "45 yo, F"
    return (Caseless(letter_led((*words, *years)) + r"\b"),  # "woman", "mother of two"
            Caseless(rf"{letter}(?<!['\w]{letter})\s*[,/]?\s*\d{{2}}\b"),  # "F 34", "f/34"
            Caseless(rf"\d(?<!\w\d)\d(?:\s*{letter}\b|'?s?\s*[,/]\s*\(?{letter}\)?(?![\w']))"),  # "34F", "early 30s, F"
            Caseless(rf"\({letter}\)"), Caseless(rf"^\s*{letter}\b"))


_FEMALE = _sex_marks(("woman", "female", "lady", "girl", "gal", "lass", "mother of", "mum of", "mom of", "wife of",
                      r"i'?m\s+a\s+mom", r"i\s+am\s+a\s+mom"), "f")
_MALE = _sex_marks(("man", "male", "gentleman", "guy", "boy", "bloke", "lad", "chap", "fella", "father of", "dad of",
                    "husband of"), "m")


def _gives(marks: tuple[Caseless, ...], text: str) -> bool:
    return any(mark.search(text) for mark in marks)


#: Pregnancy and breastfeeding are the writer's unless a relative is named before them in the
#: sentence ("is it safe for breastfeeding", not "my wife is pregnant").
_MOTHERHOOD = Caseless(r"\b(?:pregnant|pregnancy|breast[\s-]?feeding|breastfeed|post[\s-]?partum|"
                         r"(?:gave|given|giving)\s+birth)\b", needs=("pregnan", "breast", "partum", "birth"))


@dataclass(frozen=True)
class PatientFacts:
    subject: str  # "writer" or "other"
    relation: str | None
    age: int | None
    sex: str | None
    #: What each sentence says about whom (``whose.py``); None for facts made by hand.
    account: Account | None = field(default=None, compare=False, repr=False)

    @property
    def age_band(self) -> str | None:
        if self.age is None:
            return None
        band = AGE_BANDS[0][0]
        for name, lower in AGE_BANDS:
            if self.age >= lower:
                band = name
        return band

    @property
    def key(self) -> str:
        return self.account.patient.key if self.account is not None else WRITER if self.subject == "writer" else ""


def _decade_age(match: re.Match[str]) -> int:
    if match.group(3):
        base = int(match.group(3))
        modifier = (match.group(1) or match.group(2) or "").lower()
    else:
        base = _DECADES[match.group(5).lower()]
        modifier = (match.group(4) or "").strip().lower()
    return base + {"early": 2, "mid": 5, "late": 8}.get(modifier, 5)


_DECADE_HINT = Caseless(r"0'?s\b|ties\b|teens\b")


def _age(text: str) -> int | None:
    numbers = [number.start() for number in _NUMBER.finditer(text)]
    if numbers:  # every pattern of _AGE_PATTERNS needs a digit
        for pattern in _AGE_PATTERNS:
            if pattern in _NUMBER_FIRST:  # (the first match, as a search would find it)
                match = next(filter(None, (pattern.match(text, start) for start in numbers)), None)
            else:
                match = pattern.search(text)
            if match and 0 < int(match.group(1)) < 110:
                return int(match.group(1))
    match = _WORD_AGE.search(text) if "old" in text.lower() else None
    if match:
        return number_value(match.group(1))
    match = _OPENING_AGE.match(text)
    if match and 12 < number_value(match.group(1)) < 110:
        return number_value(match.group(1))
    match = _DECADE_AGE.search(text) if _DECADE_HINT.search(text) else None
    if match:
        return _decade_age(match)
    return None


def _without_relatives(text: str) -> str:
    """The text with relatives' own descriptions blanked ("my 9 year old son", "my dad (72)")."""
    text = _RELATIVE_AGE.sub(" ", text)
    pieces, last = [], 0
    for match in RELATIVE_MENTION.finditer(text):
        # a relative blanked; "a girl", "a lad" kept (the writer describing themselves)
        kept = (match.group("owner") or "").lower() in ("a", "an")
        pieces += [text[last:match.start()], text[match.start():match.end()] if kept else " "]
        last = match.end()
    return "".join(pieces) + text[last:] if pieces else text


def _own_motherhood(text: str, relatives: bool = True) -> bool:
    if _MOTHERHOOD.search(text) is None:  # (a sentence's match is one of the text's: most texts have none)
        return False
    for piece in SENTENCE.finditer(text):
        sentence = piece.group(0)
        match = _MOTHERHOOD.search(sentence)
        if match is not None and not (relatives and RELATIVE_MENTION.search(sentence[:match.start()])):
            return True
    return False


#: The writer's own age, in an account of someone else: "My son keeps blinking. I'm 40 and worried."
_WRITERS_AGE = Caseless(r"\b(?:i'?m|im|i\s+am)\s+(?:a\s+)?\d{1,3}\b")


def _own_facts(text: str, names_relatives: bool = True) -> tuple[int | None, str | None]:
    """The age and sex a writer (or a clinician's note) gives of the patient, leaving relatives out.

    ``names_relatives``: False when the text has no relative's word, which every pattern about
    relatives needs (in an ASCII text: any other is searched with IGNORECASE, which folds more).
    """
    relatives = names_relatives or not text.isascii()
    own = _without_relatives(text) if relatives else text
    role = WRITER_ROLE.search(text) if relatives else None
    sex = "female" if _gives(_FEMALE, own) or _own_motherhood(text, relatives) else "male" if _gives(_MALE, own) else None
    age = _age(own)
    if role is not None:
        sex = sex or RELATIVES.get(role.group(1).lower())
        age = age if age is not None or role.group(2) is None else int(role.group(2))
    return age, sex


def read_patient(text: str) -> PatientFacts:
    account = whose_complaint(text)
    patient = account.patient
    if patient.key == WRITER:
        age, sex = _own_facts(text, account.names_relatives)
        return PatientFacts("writer", None, age, sex, account)
    if patient.key == CLINICAL:
        age, sex = _own_facts(text, account.names_relatives)
        return PatientFacts("other", None, age, sex, account)
    about = text[patient.start:]
    sex = patient.sex or RELATIVES.get(patient.relation or "")
    if sex is None:
        female, male = FEMALE_PRONOUN.search(about), MALE_PRONOUN.search(about)
        sex = "female" if female and (not male or female.start() < male.start()) else "male" if male else None
    if sex is None:  # "My patient, 55 year male, has ..."
        first = SENTENCE.match(about)
        told = first.group(0) if first else about
        sex = "female" if _gives(_FEMALE, told) else "male" if _gives(_MALE, told) else None
    age = patient.age
    if age is None:
        number = _RELATIVE_NUMBER.search(about)
        age = int(number.group(1)) if number and 0 < int(number.group(1)) < 110 else _age(_WRITERS_AGE.sub(" ", about))
    return PatientFacts("other", patient.relation, age, sex, account)
