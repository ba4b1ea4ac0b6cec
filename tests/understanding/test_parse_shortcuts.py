"""Shortcuts taken for speed in parsing must give what spaCy's own components give."""

import json
from pathlib import Path

import pytest

from twitchcheck.understanding.nlp import pipeline

DATA = Path(__file__).resolve().parent.parent / "data"
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
    found = list(TEXTS)
    for source in sorted(DATA.glob("*.jsonl")):
        found += [json.loads(line).get("text") or "" for line in source.read_text(encoding="utf-8").splitlines()
                  if line.strip()]
    return found


@pytest.mark.parametrize("text", TEXTS)
def test_sentences_read_from_the_token_arrays_are_the_sentencizers(text):
    assert [t.is_sent_start for t in pipeline().parse(text)] == [t.is_sent_start for t in _plain(text)]


def test_sentences_of_every_test_text_and_its_line_broken_variants():
    for text in _texts():
        for variant in (text, text.replace(". ", ".\n"), text.replace(" ", "\n", 3)):
            assert [t.is_sent_start for t in pipeline().parse(variant)] == [t.is_sent_start for t in _plain(variant)]
