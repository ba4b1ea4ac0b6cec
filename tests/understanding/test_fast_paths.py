"""Shortcuts taken for speed must say what the full rule says."""

from twitchcheck.understanding.intents import _QUESTION, asking


def test_a_question_mark_asks_whatever_else_the_asking_pattern_says():
    # asking() answers True at once for a sentence with "?", which must be what _QUESTION says too
    for sentence in ("caffeine?", "my eye twitches?", "?", "it's been 3 weeks now ?!"):
        assert asking(sentence) and _QUESTION.search(sentence)


def test_sentences_without_a_question_mark_still_go_through_the_pattern():
    assert asking("I wonder whether it is stress")
    assert not asking("My eyelid twitches in the evening.")
