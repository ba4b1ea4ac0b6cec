"""Shortcuts taken for speed in parsing must give what spaCy's own components give."""

import pytest

from tests.conftest import data_texts
from twitchcheck.understanding.nlp import pipeline

TEXTS = ["my eye twitches\nand my lip", "a \n b", "\n", "x\n", "\nx", "a\n\n\nb. c\r\nd", " \n \n", "", "eye.\n\nlid\n",
         "Hi,\n\nMy left eyelid has been twitching for 3 weeks.\nIt gets worse with coffee.  \n  Thanks",
         "Really?! It twitches... all day!!! (since May.) Then \"stop.\" it said", "...", "? ! .", "Dr. Smith said so.",
         "no line break at all", "tab\tand\u00a0odd\u2028space\n-- signed", "It stopped。再び ۔ next ‼ one ⁉ two"]


def _plain(text):
    """spaCy's sentencizer, then a line break starts a sentence, token by token."""
    doc = pipeline().nlp(text)
    previous = None
    for token in doc:
        if previous is not None and ("\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text)):
            token.is_sent_start = True
        previous = token
    return doc


def _texts():
    return list(TEXTS) + data_texts()


@pytest.mark.parametrize("text", TEXTS)
def test_sentences_read_from_the_token_arrays_are_the_sentencizers(text):
    assert [t.is_sent_start for t in pipeline().parse(text)] == [t.is_sent_start for t in _plain(text)]


def test_sentences_of_every_test_text_and_its_line_broken_variants():
    for text in _texts():
        for variant in (text, text.replace(". ", ".\n"), text.replace(" ", "\n", 3)):
            assert [t.is_sent_start for t in pipeline().parse(variant)] == [t.is_sent_start for t in _plain(variant)]
