"""Who the patient is: the writer or someone they write about, with age and sex.

"My husband says it happens in my sleep" is about the writer; "my wife's face
drooped" is about the wife.  Age and sex are read from the patient, not from
whoever else is mentioned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from twitchcheck.knowledge.schema import AGE_BANDS
from twitchcheck.understanding.text import alternation

RELATIVES: dict[str, str | None] = {
    "wife": "female", "husband": "male", "son": "male", "daughter": "female", "mother": "female", "mom": "female",
    "mum": "female", "mommy": "female", "father": "male", "dad": "male", "daddy": "male", "brother": "male",
    "sister": "female", "grandmother": "female", "grandma": "female", "granny": "female", "grandfather": "male",
    "grandpa": "male", "boy": "male", "girl": "female", "baby": None, "child": None, "kid": None, "toddler": None,
    "partner": None, "friend": None, "boyfriend": "male", "girlfriend": "female", "aunt": "female", "uncle": "male",
    "niece": "female", "nephew": "male", "grandson": "male", "granddaughter": "female", "fiance": None,
    "fiancee": "female", "colleague": None, "patient": None, "teenager": None, "infant": None, "gf": "female",
    "bf": "male", "hubby": "male", "wifey": "female", "missus": "female", "nan": "female", "nana": "female",
    "grandad": "male", "granddad": "male", "stepson": "male", "stepdaughter": "female", "toddler son": "male",
}
RELATIVE_WORDS = alternation(sorted(RELATIVES, key=len, reverse=True))
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_DECADES = {"teens": 15, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
            "seventies": 70, "eighties": 80, "nineties": 90}

# "my wife's face", "my 9 year old son keeps", "my dad has", "my mother (70) cannot"
_RELATIVE_MENTION = re.compile(
    rf"(?:\b(?:my|our)\s+|^\s*)(?:(?:\d{{1,3}}|[a-z]+)[\s-]*(?:year|yr|month)s?[\s-]*old\s+|\d{{1,2}}\s*(?:yo|y/o)\s+|little\s+|"
    rf"elderly\s+|old\s+|young\s+|teenage\s+|baby\s+|older\s+|younger\s+|eldest\s+|youngest\s+)?"
    rf"({RELATIVE_WORDS})(?:'s|s(?=\s+(?:left\s+|right\s+)?(?:face|eye|eyes|eyelid|mouth|cheek|lip|lips|jaw|arm|"
    rf"leg|hand|speech|smile|head|neck)\b))?\b",  # "my grandads face": a possessive without its apostrophe
    re.IGNORECASE,
)
#: "my 8 year old has been blinking": an age with no noun is a child of the writer.
_AGE_NOUN = re.compile(r"\b(?:my|our)\s+(\d{1,2})[\s-]*(?:year|yr)s?[\s-]*old\b(?!\s+(?:" + RELATIVE_WORDS + r"))",
                       re.IGNORECASE)
#: A relative who only reports: "my husband says ...".
_REPORTING = re.compile(r"^(?:'s)?\s*(?:,?\s*(?:who\s+)?(?:is|was|'s)\s+(?:a|an)\s+\w+(?:\s+\w+)?\s*,?\s*(?:and\s+|who\s+)?)?"
                        r"(?:says|said|noticed|notices|told|tells|thinks|thought|saw|sees|mentioned|pointed|"
                        r"asked|is\s+worried|was\s+worried|swears|reckons)\b", re.IGNORECASE)
#: A relative named for something else: "my mother had a stroke", "my mother moved in".
_BYSTANDER = re.compile(r"^(?:'s)?(?:\s+(?:and|n|&)\s+(?:my\s+|our\s+)?\w+(?:'s)?)?(?:\s+both|\s+all)?\s*(?:had|has\s+had|also\s+has|also\s+had|has\s+it|has\s+the|moved|lives|works|"
                        r"was\s+diagnosed|died|passed|swears\s+by|"
                        # someone named for what they do: "my friend is a nurse", "my sister's a GP"
                        r"(?:is|was|'s)\s+(?:a|an)\s+(?:\w+\s+)?(?:nurse|doctor|gp|physician|pharmacist|paramedic|medic|"
                        r"neurologist|surgeon|therapist|dentist|optician|carer)|"
                        r"(?:has|have|got)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:dystonia|tremor|ms|multiple\s+sclerosis|"
                        r"parkinson\w*|tourette\w*|hemifacial|blepharospasm|bell\w*|stroke|als|epilepsy|myasthenia|myast\w*|"
                        r"palsy|spasm|disease|syndrome|condition))\b", re.IGNORECASE)
#: A relative's illness that is happening now: "has Bell's palsy since Tuesday", "has had a droop for 3 days".
_ONGOING = re.compile(r"^(?:'s)?\s*(?:has|have|got|has\s+got|has\s+had)\b[^.?!\n]{0,40}?\b(?:since|for\s+(?:about\s+|the\s+"
                      r"(?:last|past)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|few|couple)\b|"
                      r"started|began|today|yesterday|this\s+(?:morning|week))", re.IGNORECASE)
#: A relative's condition in the present tense: "has Tourette's", "has got dystonia" (not "had").
_HAS_NOW = re.compile(r"^(?:'s)?\s*(?:has|have|has\s+got|got|also\s+has)\b(?!\s+had\b)", re.IGNORECASE)
_WRITER = re.compile(r"\b(?:i|i'm|im|i've|ive|me|my)\b", re.IGNORECASE)
#: The writer's feelings about someone else's symptom: "I'm scared her throat will swell shut".
_WORRY = re.compile(r"\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:so\s+|really\s+|very\s+)?(?:scared|worried|afraid|"
                    r"terrified|frightened|concerned|anxious|panicking)\b(?:\s+that)?|"
                    r"\b(?:i|we)\s+(?:keep\s+|still\s+|also\s+|just\s+)?(?:wonder|wondering|worry|worrying)\b"
                    r"(?:\s+(?:whether|if|that|about))?", re.IGNORECASE)
#: Where someone's own words begin: "He says 'I can't stop this blinking'" ("I" is him, not the writer).
_QUOTED = re.compile(r"\b(?:says|said|tells|told\s+(?:me|us)|asks|asked|goes|went)\s*[,:]?\s*['\"\u201c\u2018]", re.IGNORECASE)
SYMPTOM_WORD = re.compile(r"\b" + alternation([
    r"twitch\w*", r"jump\w*", r"flutter\w*", r"flicker\w*", r"trembl\w*", r"shak\w*", r"spasm\w*", r"droop\w*",
    r"weak\w*", r"numb\w*", r"tingl\w*", r"blink\w*", r"clos\w*", r"shut\w*", r"squeez\w*", r"jerk\w*", r"pain\w*",
    r"rippl\w*", r"grimac\w*", r"tics?", r"clench\w*", r"lock\w*", r"roll\w*", r"stuck", r"pull\w*", r"slur\w*",
    r"crooked", r"cramp\w*", r"drool\w*", r"smack\w*", r"wriggl\w*", r"pins\s+and\s+needles", r"seizure\w*",
    r"paraly\w*", r"palsy", r"fits?", r"dizz\w*", r"swallow\w*", r"chew\w*", r"poking", r"movements?", r"grunt\w*",
    r"sniff\w*", r"tight", r"lopsided", r"gibberish", r"slack", r"uneven", r"confus\w*", r"blurr\w*", r"weird",
    r"strange", r"funny", r"wrong", r"dropp\w*", r"locked", r"quiver\w*", r"swell\w*", r"swollen", r"spin\w*",
    r"veer\w*", r"double", r"dubble", r"collaps\w*", r"grunt\w*", r"wink\w*"]) + r"\b", re.IGNORECASE)
FIRST_PERSON = re.compile(
    r"\b(?:my\s+(?:\w+\s+){0,2}?(?:eye|eyes|eyelid|eyelids|lid|lids|face|cheek|mouth|lip|lips|jaw|arm|leg|hand|chin|"
    r"brow|eyebrow|forehead|tongue|neck|smile|speech|muscles?)|i\s+(?:have|had|get|got|keep|can't|cannot|am|feel|"
    r"started|began)|i'm|i've|me)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(
    r"^\s*(?:he|she|his|her)\b|\b(?:he|she)(?:'s)?\s+(?:has|is|keeps|can't|cannot|couldn't|started|gets|had|been)\b|"
    r"\b(?:his|her)\s+(?:\w+\s+){0,2}?(?:eye|eyes|eyelid|eyelids|face|cheek|mouth|lip|lips|jaw|arm|arms|leg|legs|hand|"
    r"hands|chin|tongue|neck|smile|speech|shoulders|muscles?)\b",
    re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


_AGE_PATTERNS = (
    re.compile(r"\b(\d{1,3})\s*(?:-|\s)?(?:years?|yrs?|y)\s*(?:-|\s)?(?:of\s+age|old|o\b|/o\b)", re.IGNORECASE),
    re.compile(r"\b(?:i'?m|i\s+am|aged?|age|she\s+is|he\s+is|she's|he's|shes|hes|is|turned|just\s+turned)\s+(\d{1,3})\b(?!\s*(?:%|days?|weeks?|months?|"
               r"hours?|minutes?|times|cups|mg|kg|lbs?|cm|am|pm|o'clock))", re.IGNORECASE),
    re.compile(r"\b(\d{1,2})\s*(?:yo|y/o|yr old|year-old)\b", re.IGNORECASE),
    re.compile(r"\b(\d{2})\s*(?:f|m)\b", re.IGNORECASE),
    re.compile(r"\((\d{2})\)"),
    # "my son have 10 years" (translated from languages that give age with "have")
    re.compile(r"\b(?:have|has)\s+(\d{1,2})\s+years?\b(?!\s+(?:ago|of\s+(?:school|work|experience)))", re.IGNORECASE),
    re.compile(r"(?<!['\w])(?:f|m|male|female|man|woman|guy|girl|lady)\s*[,/]?\s*(\d{2})\b(?!\s*(?:%|days?|weeks?|months?|years?\s+ago))",
               re.IGNORECASE),
    # "I am man of 50 years" (translated)
    re.compile(r"\b(?:man|woman|lady|gentleman|guy|girl|boy|male|female|person)\s+of\s+(\d{1,3})\s*(?:years?|yrs?)\b"
               r"(?!\s+ago)", re.IGNORECASE),
)
#: A relative's age given beside them: "my dad (72)", "my mother is 70", "my 9 year old son".
_RELATIVE_AGE = re.compile(
    rf"\b(?:my|our)\s+(?:\d{{1,3}}[\s-]*(?:year|yr)s?[\s-]*old\s+)?(?:{RELATIVE_WORDS})(?:'s)?"
    rf"(?:\s*\(\d{{1,3}}\)|\s+(?:is|who\s+is|aged)\s+\d{{1,3}}(?:\s*(?:years?|yrs?)(?:\s*old)?)?)?",
    re.IGNORECASE,
)
#: "my mother 68 years", "my dad, 72,": an age right after the relative's word.
_RELATIVE_NUMBER = re.compile(rf"^\W*(?:my|our)?\s*(?:{RELATIVE_WORDS})(?:'s)?\s*,?\s*\(?(\d{{1,3}})\b"
                              rf"(?!\s*(?:%|days?|weeks?|months?|hours?|minutes?|times|kg|lbs?|cm|mg))", re.IGNORECASE)
_WORD_AGE = re.compile(r"\b(" + alternation(list(NUMBER_WORDS)) + r")[\s-]*(?:years?|yrs?)[\s-]*old\b", re.IGNORECASE)
_DECADE_AGE = re.compile(
    r"\b(?:in\s+(?:my|her|his|their)\s+|(early|mid|late)[\s-]+)?(early|mid|late)?[\s-]*"
    r"(\d0)'?s\b|\b(?:in\s+(?:my|her|his)\s+)(early\s+|mid\s+|late\s+)?(" + "|".join(_DECADES) + r")\b",
    re.IGNORECASE,
)
_FEMALE = re.compile(r"\b(?:woman|female|lady|girl|mother of|mum of|mom of|wife of|i'?m\s+a\s+mom|"
                     r"i\s+am\s+a\s+mom|\d{2}\s*f)\b|(?<!['\w])f\s*[,/]?\s*\d{2}\b|\(f\)|^\s*f\b|"
                     r"\b\d{2}'?s?\s*[,/]\s*\(?f\)?(?![\w'])", re.IGNORECASE)  # "early 30s, F"
_MALE = re.compile(r"\b(?:man|male|gentleman|guy|boy|father of|dad of|husband of|\d{2}\s*m)\b|"
                   r"(?<!['\w])m\s*[,/]?\s*\d{2}\b|\(m\)|^\s*m\b|"
                   r"\b\d{2}'?s?\s*[,/]\s*\(?m\)?(?![\w'])", re.IGNORECASE)
#: Pregnancy and breastfeeding are the writer's unless a relative is named before them in the
#: sentence ("is it safe for breastfeeding", not "my wife is pregnant").
_MOTHERHOOD = re.compile(r"\b(?:pregnant|pregnancy|breast[\s-]?feeding|breastfeed|post[\s-]?partum|"
                         r"(?:gave|given|giving)\s+birth)\b", re.IGNORECASE)
#: The writer saying who they are to the patient's relative: "Now I (his mum, 41) have ...",
#: "I'm her husband": the writer's sex, and age when given.
_WRITER_ROLE = re.compile(rf"\b(?:i|i'm|im|i\s+am|me)\s*(?:\(|,|\bas\b)?\s*(?:his|her|their|the)\s+"
                          rf"({RELATIVE_WORDS})\b(?:\s*,\s*(\d{{1,3}})\b)?", re.IGNORECASE)


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


#: "my mom's face", "my dad's arm": a relative's body part makes them the subject of the complaint.
_RELATIVE_BODY = re.compile(r"^(?:'s)?\s+(?:\w+\s+){0,2}?(?:face|eye|eyes|eyelid|eyelids|cheek|mouth|lip|lips|jaw|arm|arms|leg|"
                            r"legs|hand|hands|smile|speech|tongue|neck|chin|brow|eyebrow|forehead)\b", re.IGNORECASE)


#: A relative named to compare with: "like my dad's", "the same as my mum had".
_COMPARED = re.compile(r"\b(?:like|as|than|unlike)\s+$", re.IGNORECASE)


def relatives_in(sentence: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """(a relative who is the subject of a complaint, a relative named for something else) in ``sentence``."""
    subject = bystander = None
    for match in _RELATIVE_MENTION.finditer(sentence):
        after = sentence[match.end():]
        if _COMPARED.search(sentence, 0, match.start()):
            bystander = bystander or match  # "it could spread like my dad's did": a comparison
            continue
        if _RELATIVE_BODY.match(sentence[match.end() - 2:] if sentence[:match.end()].endswith("'s") else after) \
                and not _REPORTING.match(after):
            return match, bystander
        if _REPORTING.match(after):
            continue
        if _BYSTANDER.match(after):
            if _ONGOING.match(after) and subject is None:
                subject = match  # "my mum has Bell's palsy since Tuesday": she is the one it is about
                continue
            bystander = bystander or match
        elif subject is None:
            subject = match
    return subject, bystander


def _relation(text: str) -> tuple[str | None, int]:
    """Whose complaint this is: the first sentence that describes a symptom decides.

    Returns the relative's word and where the account of them starts, or (None, -1)
    when the writer is the patient.  "She", "he" in a symptom sentence refer to the
    last relative named.
    """
    last_relative: tuple[str, int] | None = None
    named_as_subject = False
    #: A relative who has a condition now ("my grandson has Tourette's"): the patient when no
    #: sentence says whose symptoms are described.
    living_with: tuple[str, int] | None = None
    writer_symptom = False  # a sentence with a symptom and the writer in it ("Now I (his mum) have a twitchy eye")
    decision: tuple[str | None, int] | None = None
    for piece in _SENTENCE.finditer(text):
        sentence = piece.group(0)
        subject, bystander = relatives_in(sentence)
        age_only = _AGE_NOUN.search(sentence)
        # "she", "his" point back to the relative the complaint is about; someone named only for
        # their own illness ("like my aunt had") is a fallback
        if subject is not None:
            last_relative, named_as_subject = (subject.group(1).lower(), piece.start() + subject.start()), True
        elif bystander is not None and last_relative is None:
            last_relative, named_as_subject = (bystander.group(1).lower(), piece.start() + bystander.start()), False
        if bystander is not None and living_with is None and _HAS_NOW.match(sentence[bystander.end():]):
            living_with = (bystander.group(1).lower(), piece.start() + bystander.start())
        elif SYMPTOM_WORD.search(sentence) and _WRITER.search(sentence):
            writer_symptom = True
        elif age_only is not None:
            last_relative, named_as_subject = ("child", piece.start() + age_only.start()), True
        if not SYMPTOM_WORD.search(sentence) and not (subject is not None and _RELATIVE_BODY.match(
                sentence[subject.end() - 2:] if sentence[:subject.end()].endswith("'s") else sentence[subject.end():])):
            continue
        # the last sentence that says whose symptom it is decides: people give background first
        if subject is not None:
            decision = (subject.group(1).lower(), piece.start() + subject.start())
        elif age_only is not None:
            decision = ("child", piece.start() + age_only.start())
        elif (first_person := FIRST_PERSON.search(_WORRY.sub(" ", _QUOTED.split(sentence)[0]))) is not None:
            # "He told me he gets a funny feeling": the one named first is the subject, unless they
            # only report ("she says my eye ..."); a relative named for their own illness never is
            pronoun = _PRONOUN.search(sentence) if last_relative is not None and named_as_subject else None
            if pronoun is not None and pronoun.start() < first_person.start() and (
                    first_person.group(0).lower() == "me" or not _REPORTING.match(sentence[pronoun.end():].lstrip())):
                decision = last_relative
            else:
                decision = (None, -1)
        elif last_relative is not None and _PRONOUN.search(sentence):
            decision = last_relative
        elif last_relative is not None and named_as_subject and decision is None:
            decision = last_relative  # "my mother, 68 years. Since 3 months the face is pulling ..."
    if decision is None and living_with is not None and not writer_symptom:
        return living_with  # "My grandson has Tourette's. Is there anything we can do?"
    return decision or (None, -1)


def _decade_age(match: re.Match[str]) -> int:
    if match.group(3):
        base = int(match.group(3))
        modifier = (match.group(1) or match.group(2) or "").lower()
    else:
        base = _DECADES[match.group(5).lower()]
        modifier = (match.group(4) or "").strip().lower()
    return base + {"early": 2, "mid": 5, "late": 8}.get(modifier, 5)


_DIGIT = re.compile(r"\d")
_DECADE_HINT = re.compile(r"0'?s\b|ties\b|teens\b", re.IGNORECASE)


def _age(text: str) -> int | None:
    if _DIGIT.search(text):  # every pattern of _AGE_PATTERNS needs a digit
        for pattern in _AGE_PATTERNS:
            match = pattern.search(text)
            if match and 0 < int(match.group(1)) < 110:
                return int(match.group(1))
    match = _WORD_AGE.search(text) if "old" in text.lower() else None
    if match:
        return NUMBER_WORDS[match.group(1).lower()]
    match = _DECADE_AGE.search(text) if _DECADE_HINT.search(text) else None
    if match:
        return _decade_age(match)
    return None


def _without_relatives(text: str) -> str:
    """The text with relatives' own descriptions blanked ("my 9 year old son", "my dad (72)")."""
    text = _RELATIVE_AGE.sub(" ", text)
    return _RELATIVE_MENTION.sub(" ", text)


def _own_motherhood(text: str) -> bool:
    for piece in _SENTENCE.finditer(text):
        sentence = piece.group(0)
        match = _MOTHERHOOD.search(sentence)
        if match is not None and not _RELATIVE_MENTION.search(sentence[:match.start()]):
            return True
    return False


def read_patient(text: str) -> PatientFacts:
    relation, position = _relation(text)
    if relation is None:
        own = _without_relatives(text)
        role = _WRITER_ROLE.search(text)
        sex = "female" if _FEMALE.search(own) or _own_motherhood(text) else "male" if _MALE.search(own) else None
        age = _age(own)
        if role is not None:
            sex = sex or RELATIVES.get(role.group(1).lower())
            age = age if age is not None or role.group(2) is None else int(role.group(2))
        return PatientFacts("writer", None, age, sex)
    about = text[position:]
    sex = RELATIVES.get(relation)
    if sex is None:
        sex = "female" if re.search(r"\b(?:she|her)\b", about, re.IGNORECASE) else (
            "male" if re.search(r"\b(?:he|his|him)\b", about, re.IGNORECASE) else None)
    number = _RELATIVE_NUMBER.search(about)
    age = int(number.group(1)) if number and 0 < int(number.group(1)) < 110 else _age(about)
    return PatientFacts("other", relation, age, sex)
