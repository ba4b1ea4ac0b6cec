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


@lru_cache(maxsize=1)
def _rules() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(rf"\b{pattern}\b"), replacement) for pattern, replacement in phrases()["third_person"]]


def third_person(text: str, sex: str | None) -> str:
    """``text``, written to "you", turned to a person of that sex ("Do your eyes ...?" -> "Do her eyes ...?")."""
    words = PRONOUNS.get(sex, PRONOUNS[None])
    for pattern, replacement in _rules():
        text = pattern.sub(lambda match, r=replacement: match.expand(r.format(**words)), text)
    return text


def relation_words(relation: str | None) -> str:
    """ "your son", "your mum"; "the person you write about" when the writer names no relation."""
    if not relation or relation == "patient":
        return phrases()["someone_else"]
    return f"your {relation}"
