"""Speaking about the right person: a parent writing about a child reads "Does she blink ...?", not
"Do you blink ...?".

The knowledge base asks its follow-up questions of the person who has the symptom ("Do your eyes
squeeze shut?"). When someone writes about a relative, those questions are turned to the third
person by the rewrite rules in ``phrases.yaml`` (``third_person``), which are wording, not
medicine: he, she, or they when the sex is not known.
"""

from __future__ import annotations

import re
from functools import lru_cache

from twitchcheck.answer.questions import phrases

PRONOUNS = {
    "male": {"s": "he", "o": "him", "p": "his", "P": "His", "is": "is", "Is": "Is", "has": "has", "Has": "Has",
             "does": "does", "Does": "Does", "was": "was", "v": "s"},
    "female": {"s": "she", "o": "her", "p": "her", "P": "Her", "is": "is", "Is": "Is", "has": "has", "Has": "Has",
               "does": "does", "Does": "Does", "was": "was", "v": "s"},
    None: {"s": "they", "o": "them", "p": "their", "P": "Their", "is": "are", "Is": "Are", "has": "have", "Has": "Have",
           "does": "do", "Does": "Do", "was": "were", "v": ""},
}


@lru_cache(maxsize=4)
def _rules(sex: str | None) -> list[tuple[re.Pattern[str], str]]:
    """The rewrite rules with their replacements in that sex's words, written once: a replacement given
    to ``sub`` as a string is parsed once (``re`` keeps it), where ``match.expand`` parses it at each match."""
    words = PRONOUNS[sex]
    return [(re.compile(rf"\b{pattern}\b"), replacement.format(**words))
            for pattern, replacement in phrases()["third_person"]]


def third_person(text: str, sex: str | None) -> str:
    """``text``, written to "you", turned to a person of that sex ("Do your eyes ...?" -> "Do her eyes ...?")."""
    for pattern, replacement in _rules(sex if sex in PRONOUNS else None):
        text = pattern.sub(replacement, text)
    return text


def relation_words(relation: str | None) -> str:
    """ "your son", "your mum"; "the person you write about" when the writer names no relation."""
    if not relation or relation == "patient":
        return phrases()["someone_else"]
    return f"your {relation}"
