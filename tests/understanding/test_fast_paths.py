"""Shortcuts taken for speed must say what the full rule says."""

from tests.conftest import data_texts
from twitchcheck.understanding.intents import _QUESTION, asking


def test_a_question_mark_asks_whatever_else_the_asking_pattern_says():
    # asking() answers True at once for a sentence with "?", which must be what _QUESTION says too
    for sentence in ("caffeine?", "my eye twitches?", "?", "it's been 3 weeks now ?!"):
        assert asking(sentence) and _QUESTION.search(sentence)


def test_sentences_without_a_question_mark_still_go_through_the_pattern():
    assert asking("I wonder whether it is stress")
    assert not asking("My eyelid twitches in the evening.")


def _snippet_sentences() -> list[str]:
    """Every snippet of the test data, whole and cut at its punctuation, in several case mixes."""
    import re

    sentences = set()
    for text in data_texts():
        for piece in [text, *re.split(r"(?<=[.!?;,\n])\s*", text)]:
            sentences |= {piece, piece.upper(), piece.swapcase()}
    return sorted(sentences)


def test_the_asking_pattern_searched_part_by_part_says_what_it_says_whole():
    from twitchcheck.understanding.asking import _questioning

    sentences = _snippet_sentences()
    asked = [sentence for sentence in sentences if _QUESTION.search(sentence)]
    assert [sentence for sentence in sentences if _questioning(sentence)] == asked
    assert 0 < len(asked) < len(sentences)
