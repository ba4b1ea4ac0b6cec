"""Who the patient is: the writer or someone they write about, with age and sex.

"My husband says it happens in my sleep" is about the writer; "my wife's face
drooped" is about the wife.  Age and sex are read from the patient, not from
whoever else is mentioned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from twitchcheck.knowledge.schema import AGE_BANDS

RELATIVES: dict[str, str | None] = {
    "wife": "female", "husband": "male", "son": "male", "daughter": "female", "mother": "female", "mom": "female",
    "mum": "female", "mommy": "female", "father": "male", "dad": "male", "daddy": "male", "brother": "male",
    "sister": "female", "grandmother": "female", "grandma": "female", "granny": "female", "grandfather": "male",
    "grandpa": "male", "boy": "male", "girl": "female", "baby": None, "child": None, "kid": None, "toddler": None,
    "partner": None, "friend": None, "boyfriend": "male", "girlfriend": "female", "aunt": "female", "uncle": "male",
    "niece": "female", "nephew": "male", "grandson": "male", "granddaughter": "female", "fiance": None,
    "fiancee": "female", "colleague": None, "patient": None, "teenager": None, "infant": None,
}
_RELATIVE_WORDS = "|".join(sorted(RELATIVES, key=len, reverse=True))
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_DECADES = {"teens": 15, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
            "seventies": 70, "eighties": 80, "nineties": 90}

# "my wife's face", "my 9 year old son keeps", "my dad has", "my mother (70) cannot"
_PATIENT_RELATIVE = re.compile(
    rf"\bmy\s+(?:(?:\d{{1,3}}|[a-z]+)[\s-]*(?:year|yr|month)s?[\s-]*old\s+|little\s+|elderly\s+|old\s+|young\s+|"
    rf"teenage\s+|baby\s+|older\s+|younger\s+)?({_RELATIVE_WORDS})(?:'s|’s)?\b(?!\s+(?:says|said|noticed|told|thinks|"
    rf"thought|tells|saw|sees|mentioned|pointed|asked|is\s+worried|was\s+worried|had|has\s+had))",
    re.IGNORECASE,
)
_FIRST_PERSON_SYMPTOM = re.compile(
    r"\b(?:my|i)\s+(?:\w+\s+){0,3}?(?:eye|eyes|eyelid|eyelids|lid|face|cheek|mouth|lip|jaw|arm|leg|twitch\w*|"
    r"have\s+(?:been\s+)?(?:had|having|getting|noticed)|am\s+having|feel|keep|can't|cannot|blink\w*)\b",
    re.IGNORECASE,
)
_AGE_PATTERNS = (
    re.compile(r"\b(\d{1,3})\s*(?:-|\s)?(?:years?|yrs?|y)\s*(?:-|\s)?(?:of\s+age|old|o\b|/o\b)", re.IGNORECASE),
    re.compile(r"\b(?:i'?m|i\s+am|aged?|age|she\s+is|he\s+is|she's|he's|is)\s+(\d{1,3})\b(?!\s*(?:%|days?|weeks?|months?|"
               r"hours?|minutes?|times|cups|mg|kg|lbs?|cm|am|pm|o'clock))", re.IGNORECASE),
    re.compile(r"\b(\d{1,2})\s*(?:yo|y/o|yr old|year-old)\b", re.IGNORECASE),
    re.compile(r"\b(\d{2})\s*(?:f|m)\b", re.IGNORECASE),
    re.compile(r"\((\d{2})\)"),
)
_WORD_AGE = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")[\s-]*(?:years?|yrs?)[\s-]*old\b", re.IGNORECASE)
_DECADE_AGE = re.compile(
    r"\b(?:in\s+(?:my|her|his|their)\s+|(early|mid|late)[\s-]+)?(early|mid|late)?[\s-]*"
    r"(\d0)'?s\b|\b(?:in\s+(?:my|her|his)\s+)(early\s+|mid\s+|late\s+)?(" + "|".join(_DECADES) + r")\b",
    re.IGNORECASE,
)
_FEMALE = re.compile(r"\b(?:woman|female|lady|girl|mother of|mum of|mom of|pregnant|wife of|i'?m\s+a\s+mom|"
                     r"i\s+am\s+a\s+mom|\d{2}\s*f)\b", re.IGNORECASE)
_MALE = re.compile(r"\b(?:man|male|gentleman|guy|boy|father of|dad of|husband of|\d{2}\s*m)\b", re.IGNORECASE)


@dataclass(frozen=True)
class PatientFacts:
    subject: str  # "writer" or "other"
    relation: str | None
    age: int | None
    sex: str | None

    @property
    def age_band(self) -> str | None:
        if self.age is None:
            return None
        band = AGE_BANDS[0][0]
        for name, lower in AGE_BANDS:
            if self.age >= lower:
                band = name
        return band


def _relation(text: str) -> tuple[str | None, int]:
    """The relative the message is about, if the writer is not the patient, and where it is named."""
    match = _PATIENT_RELATIVE.search(text)
    if match is None:
        return None, -1
    first_person = _FIRST_PERSON_SYMPTOM.search(text)
    if first_person is not None and first_person.start() < match.start():
        return None, -1
    return match.group(1).lower(), match.start()


def _decade_age(match: re.Match[str]) -> int:
    if match.group(3):
        base = int(match.group(3))
        modifier = (match.group(1) or match.group(2) or "").lower()
    else:
        base = _DECADES[match.group(5).lower()]
        modifier = (match.group(4) or "").strip().lower()
    return base + {"early": 2, "mid": 5, "late": 8}.get(modifier, 5)


def _age(text: str) -> int | None:
    for pattern in _AGE_PATTERNS:
        match = pattern.search(text)
        if match and 0 < int(match.group(1)) < 110:
            return int(match.group(1))
    match = _WORD_AGE.search(text)
    if match:
        return _NUMBER_WORDS[match.group(1).lower()]
    match = _DECADE_AGE.search(text)
    if match:
        return _decade_age(match)
    return None


def read_patient(text: str) -> PatientFacts:
    relation, position = _relation(text)
    if relation is None:
        sex = "female" if _FEMALE.search(text) else "male" if _MALE.search(text) else None
        return PatientFacts("writer", None, _age(text), sex)
    about = text[position:]
    sex = RELATIVES.get(relation)
    if sex is None:
        sex = "female" if re.search(r"\b(?:she|her)\b", about, re.IGNORECASE) else (
            "male" if re.search(r"\b(?:he|his|him)\b", about, re.IGNORECASE) else None)
    return PatientFacts("other", relation, _age(about), sex)
