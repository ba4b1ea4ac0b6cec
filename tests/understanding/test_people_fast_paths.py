"""The people patterns written for a quick search (``people.letter_led``, ``patient._sex_marks``) must
find what the plain patterns they replace find."""

from __future__ import annotations

import pytest

from tests.understanding.test_fast_paths import _snippet_sentences
from twitchcheck.understanding import patient, people
from twitchcheck.understanding.text import Caseless

#: The patterns as they were written before (a word boundary or lookaround first).
_PLAIN_THIRD_PERSON = Caseless(r"(?=[hs])\b(?:he|she|him|his|her|hes|shes)\b")
_PLAIN_MALE_PRONOUN = Caseless(r"\b(?:he|he's|hes|him|his|himself)\b")
_PLAIN_FEMALE_PRONOUN = Caseless(r"\b(?:she|she's|shes|her|hers|herself)\b")
_PLAIN_FEMALE = Caseless(r"(?=[wflgmiy\d(]|^)(?:\b(?:woman|female|lady|girl|gal|lass|mother of|mum of|mom of|wife of|"
                         r"i'?m\s+a\s+mom|(?:y/?o|yrs?|years?\s+old)\s*,?\s*f|"
                         r"i\s+am\s+a\s+mom|\d{2}\s*f)\b|(?<!['\w])f\s*[,/]?\s*\d{2}\b|\(f\)|^\s*f\b|"
                         r"\b\d{2}'?s?\s*[,/]\s*\(?f\)?(?![\w']))")
_PLAIN_MALE = Caseless(r"(?=[mbglcfdhy\d(]|^)(?:\b(?:man|male|gentleman|guy|boy|bloke|lad|chap|fella|father of|dad of|"
                       r"husband of|\d{2}\s*m|(?:y/?o|yrs?|years?\s+old)\s*,?\s*m)\b|"
                       r"(?<!['\w])m\s*[,/]?\s*\d{2}\b|\(m\)|^\s*m\b|"
                       r"\b\d{2}'?s?\s*[,/]\s*\(?m\)?(?![\w']))")

#: Texts that reach the rarer parts of the patterns, beside the test data.
_EXTRA = ["F 34, eye twitch", "34F here", "early 30s, F", "(f) 40", "f/34", "45 yo, F", "45 y/o m", "Pt c/o twitch",
          "pod 5 ?bells", "Hx: 2/52 r/o hfs", "seen on exam", "nil else", "chvostek +", "his left eye", "She's 70",
          "himself", "herself", "the patient", "ladder", "momentary", "kidney", "toddler son", "wifey", "Mum of 3",
          "I'm a mom", "I am a mom", "years old, M", "man", "a 30yo male"]


def _texts() -> list[str]:
    texts = _snippet_sentences()
    return texts + [variant for text in _EXTRA for variant in (text, text.upper(), text.swapcase(), text + " é")]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


@pytest.mark.parametrize("fast, plain", [(people.THIRD_PERSON, _PLAIN_THIRD_PERSON),
                                         (people.MALE_PRONOUN, _PLAIN_MALE_PRONOUN),
                                         (people.FEMALE_PRONOUN, _PLAIN_FEMALE_PRONOUN)])
def test_a_letter_led_pattern_starts_where_the_plain_one_does(fast, plain, texts):
    found = [text for text in texts if plain.search(text)]
    assert [text for text in texts if fast.search(text)] == found and found
    for text in found:  # the first match starts at the same place; a whole word is one either way
        assert fast.search(text).start() == plain.search(text).start()
        assert bool(fast.fullmatch(text)) == bool(plain.fullmatch(text))


@pytest.mark.parametrize("marks, plain", [(patient._FEMALE, _PLAIN_FEMALE), (patient._MALE, _PLAIN_MALE)])
def test_a_sex_given_in_parts_is_given_where_the_plain_pattern_gives_it(marks, plain, texts):
    found = [text for text in texts if plain.search(text)]
    assert [text for text in texts if patient._gives(marks, text)] == found and found
