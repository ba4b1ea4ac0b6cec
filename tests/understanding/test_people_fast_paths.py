"""The people patterns written for a quick search (``text.letter_led``, ``patient._sex_marks``) must
find what the plain patterns they replace find."""

from __future__ import annotations

import pytest

from tests.understanding.test_fast_paths import _snippet_sentences
from twitchcheck.understanding import patient, people
from twitchcheck.understanding.text import Caseless, letter_led

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
          "I'm a mom", "I am a mom", "years old, M", "man", "a 30yo male", "I'm 45", "she is 70", "aged 6",
          "just turned 40", "male, 45", "woman 38", "my 9yo", "our five year old", "my dad (72)", "my mother is 70",
          "pt c/o", "?bells palsy", "mum", "x ?bells", "2/7 hx"]


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


def _plain(fast: Caseless, words: tuple[str, ...], plain: str, not_preceded_by: str = r"\w") -> Caseless:
    """``fast`` with its letter-led words written as they were before."""
    led = letter_led(words, not_preceded_by)
    assert led in fast.pattern
    return Caseless(fast.pattern.replace(led, plain))


_AGE_WORDS = (r"i'?m", r"i\s+am", "aged?", "age", r"she\s+is", r"he\s+is", "she's", "he's", "shes", "hes", "is",
              "turned", r"just\s+turned")
_SEX_WORDS = ("f", "m", "male", "female", "man", "woman", "guy", "girl", "lady")


@pytest.mark.parametrize("fast, plain", [
    (patient._AGE_PATTERNS[1], _plain(patient._AGE_PATTERNS[1], _AGE_WORDS, rf"\b(?:{'|'.join(_AGE_WORDS)})")),
    (patient._AGE_PATTERNS[6], _plain(patient._AGE_PATTERNS[6], _SEX_WORDS, rf"(?<!['\w])(?:{'|'.join(_SEX_WORDS)})",
                                      r"['\w]")),
    (people.AGE_NOUN, _plain(people.AGE_NOUN, ("my", "our"), r"(?=[mo])\b(?:my|our)")),
    (patient._RELATIVE_AGE, _plain(patient._RELATIVE_AGE, ("my", "our"), r"(?=[mo])\b(?:my|our)")),
    (people.POSSESSIVE_BODY, _plain(people.POSSESSIVE_BODY, ("my", "his", "her"), r"(?=[mh])\b(?:my|his|her)")),
])
def test_a_letter_led_pattern_finds_what_the_plain_one_finds(fast, plain, texts):
    found = 0
    for text in texts:
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected
        found += bool(expected)
    assert found


#: SYMPTOM_ONLY as it was written before it was letter-led.
_PLAIN_SYMPTOM_ONLY = Caseless(rf"{people.SYMPTOM_WORD.pattern}|\b(?:{'|'.join(people._SYMPTOM_ONLY_WORDS)})\b")


@pytest.mark.parametrize("fast, plain", [(people.SYMPTOM_ONLY, _PLAIN_SYMPTOM_ONLY)])
def test_a_word_list_written_letter_led_finds_what_the_plain_one_finds(fast, plain, texts):
    found = 0
    for text in [*texts, "pins and needles", "I can't feel", "I cannot feel", "aching", "twitchy lids"]:
        expected = [(m.span(), m.groups(), m.group(0)) for m in plain.finditer(text)]
        assert [(m.span(), m.groups(), m.group(0)) for m in fast.finditer(text)] == expected, text
        found += bool(expected)
    assert found


def test_a_relative_or_shorthand_found_quickly_is_what_the_plain_pattern_finds(texts):
    relatives = [text for text in texts if people.RELATIVE_WORD.search(text)]
    assert [text for text in texts if people.names_a_relative(text)] == relatives and relatives
    for text in texts:
        assert people.clinical_shorthand(text) == {m.group(0).lower()
                                                   for m in people.CLINICAL_SHORTHAND_WORD.finditer(text)}
    assert any(len(people.clinical_shorthand(text)) >= 2 for text in texts)
