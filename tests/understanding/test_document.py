"""The per-document strings (``document.py``) must be what spaCy's tokens say."""

from __future__ import annotations

from tests.conftest import data_texts
from twitchcheck.understanding import document
from twitchcheck.understanding.nlp import pipeline


def test_token_strings_read_from_the_arrays_are_the_tokens_own():
    pipe = pipeline()
    texts = [*data_texts(), "  two  spaces\n\nand lines ", "Ünïcödé İstanbul ß ﬁ DŽ", "tabs\tand twiching", "?"]
    for text in texts:
        doc = pipe.parse(text)
        assert document.token_lowers(doc) == [token.lower_ for token in doc], text
        assert document.token_texts(doc) == [token.text_with_ws for token in doc], text
        assert document.token_norms(doc) == [token.norm_ for token in doc], text
