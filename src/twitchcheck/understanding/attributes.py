"""Attributes of the complaint: side, sites, how long, recurrence, triggers, medicines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from twitchcheck.understanding.patient import _NUMBER_WORDS

_UNIT_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1, "night": 1, "week": 7, "fortnight": 14, "month": 30,
              "year": 365}
_QUANTITY = r"(\d+(?:\.\d+)?|a|an|one|a\s+couple\s+of|couple\s+of|a\s+few|few|several|many|some|two|three|four|five|" \
            r"six|seven|eight|nine|ten|eleven|twelve|eighteen|fifteen|twenty)"
_RANGE = rf"(?:{_QUANTITY}(?:\s*(?:to|-|or)\s*{_QUANTITY})?)"
_UNIT = r"(minute|hour|day|night|week|fortnight|month|year)s?"
_FOR = re.compile(rf"\b(?:for|over|in|during)\s+(?:the\s+)?(?:past|last|about|around|almost|nearly|over|more\s+than|"
                  rf"approximately|roughly|\s)*\s*{_RANGE}\s+{_UNIT}\b", re.IGNORECASE)
_PAST_UNIT = re.compile(rf"\b(?:for|over|in|during)\s+the\s+(?:past|last)\s+{_UNIT}\b", re.IGNORECASE)
_SINCE_AGO = re.compile(rf"\b(?:started|began|begun|start|noticed|appeared|came\s+on|developed|first\s+had|since)\b"
                        rf"[^.?!\n]{{0,40}}?\b{_RANGE}\s+{_UNIT}\s+ago\b", re.IGNORECASE)
_AGO_STARTED = re.compile(rf"\b{_RANGE}\s+{_UNIT}\s+ago\b[^.?!\n]{{0,30}}?\b(?:started|began|begun|noticed)\b",
                          re.IGNORECASE)
_NAMED = {
    "since yesterday": 1, "since this morning": 0.5, "this morning": 0.5, "since last night": 1, "today": 0.5,
    "since last week": 10, "since last month": 40, "since last year": 365, "for ages": 365, "for years": 730,
    "for months": 120, "for weeks": 28, "for days": 4, "all my life": 3650, "since childhood": 3650,
}
#: "for a minute" is how long one episode lasts, not how long the problem has existed.
_EPISODE_UNITS = frozenset({"minute", "hour"})
_RECURRENT = re.compile(r"\b(?:again|came\s+back|comes\s+back|recur\w*|returned|once\s+more|before\s+too|"
                        r"first\s+(?:began|started|happened))\b", re.IGNORECASE)
_FIRST_ONSET = re.compile(r"\bfirst\b", re.IGNORECASE)

SITES: dict[str, re.Pattern[str]] = {
    "upper_lid": re.compile(r"\b(?:upper|top)\s+(?:part\s+of\s+(?:the|my)\s+)?(?:eye)?lids?\b|\babove\s+my\s+eye\b",
                            re.IGNORECASE),
    "lower_lid": re.compile(r"\b(?:lower|bottom|under)\s+(?:part\s+of\s+(?:the|my)\s+)?(?:eye)?lids?\b|"
                            r"\bunder\s+(?:my|the)\s+eye\b|\bbelow\s+(?:my|the)\s+eye\b|\beye\s+under\s+part\b",
                            re.IGNORECASE),
    "eye": re.compile(r"\b(?:eye|eyes|eyelid|eyelids|lid|lids)\b", re.IGNORECASE),
    "brow": re.compile(r"\b(?:brow|eyebrow|eyebrows|forehead)\b", re.IGNORECASE),
    "cheek": re.compile(r"\bcheeks?\b|\bcheekbone\b", re.IGNORECASE),
    "mouth_corner": re.compile(r"\bcorners?\s+of\s+(?:my|the|her|his)\s+mouth\b|\bmouth\s+corner\b|\bmouth\b",
                               re.IGNORECASE),
    "lip": re.compile(r"\blips?\b", re.IGNORECASE),
    "chin": re.compile(r"\bchin\b", re.IGNORECASE),
    "jaw": re.compile(r"\bjaws?\b", re.IGNORECASE),
    "neck": re.compile(r"\bneck\b", re.IGNORECASE),
}
_LEFT = re.compile(r"\bleft\b", re.IGNORECASE)
_RIGHT = re.compile(r"\bright\s+(?:eye|eyelid|lid|side|cheek|face|ear|arm|leg|hand|corner|half|upper|lower|brow|"
                    r"eyebrow|temple|jaw)\b|\bon\s+the\s+right\b|\bright-sided\b", re.IGNORECASE)
_BOTH = re.compile(r"\bboth\s+(?:of\s+)?(?:my\s+|her\s+|his\s+)?(?:eyes|eyelids|lids|sides)\b|\bbilateral\b",
                   re.IGNORECASE)
_ALTERNATING = re.compile(r"\b(?:alternat\w+|switch\w*\s+(?:sides|between)|sometimes\s+the\s+left\s+sometimes|"
                          r"one\s+eye\s+then\s+the\s+other|sometimes\s+left|sometimes\s+right)\b", re.IGNORECASE)


@dataclass
class AttributeFacts:
    side: str | None = None
    sites: list[str] = field(default_factory=list)
    duration_days: float | None = None
    recurrent: bool = False


def _quantity(word: str | None) -> float:
    if not word:
        return 1
    word = word.lower().strip()
    if word.replace(".", "", 1).isdigit():
        return float(word)
    if word in ("a", "an", "one"):
        return 1
    if "couple" in word:
        return 2
    if word in ("a few", "few", "some"):
        return 3
    if word in ("several", "many"):
        return 4
    return float(_NUMBER_WORDS.get(word, 1))


def _days(match: re.Match[str], last_group: int) -> float:
    groups = match.groups()
    unit = groups[last_group].lower()
    high = groups[last_group - 1] or groups[last_group - 2]
    return _quantity(high) * _UNIT_DAYS[unit]


def duration_days(text: str) -> float | None:
    """How long the complaint has lasted: the longest stated duration of the present problem."""
    candidates: list[float] = []
    for match in _FOR.finditer(text):
        if match.group(3).lower() not in _EPISODE_UNITS:
            candidates.append(_days(match, 2))
    for match in _PAST_UNIT.finditer(text):
        candidates.append(_UNIT_DAYS[match.group(1).lower()])
    for pattern in (_SINCE_AGO, _AGO_STARTED):
        for match in pattern.finditer(text):
            if _FIRST_ONSET.search(match.group(0)):
                continue  # "it first began years ago" dates an earlier episode, not this one
            candidates.append(_days(match, 2))
    lowered = text.lower()
    for phrase, days in _NAMED.items():
        if phrase in lowered:
            candidates.append(days)
    return max(candidates) if candidates else None


def side(text: str) -> str | None:
    if _ALTERNATING.search(text):
        return "alternating"
    if _BOTH.search(text):
        return "both"
    left, right = bool(_LEFT.search(text)), bool(_RIGHT.search(text))
    if left and right:
        return "both"
    return "left" if left else "right" if right else None


def read_attributes(text: str) -> AttributeFacts:
    sites = [name for name, pattern in SITES.items() if pattern.search(text)]
    if "upper_lid" in sites or "lower_lid" in sites:
        sites = [s for s in sites if s != "eye"]
    return AttributeFacts(side=side(text), sites=sites, duration_days=duration_days(text),
                          recurrent=bool(_RECURRENT.search(text)))
