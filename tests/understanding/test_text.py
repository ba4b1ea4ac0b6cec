"""The input checks and normalisation every message goes through first."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twitchcheck.errors import EmptyText, NotText, TextTooLong
from twitchcheck.understanding.text import MAX_CHARS, clean_text

_TYPOGRAPHIC = "\u2019\u2018\u201c\u201d\u00b4\u0060\u2013\u2014\u00a0"
#: What each typographic character is read as, written out once more as the specification.
_PLAIN = str.maketrans(dict(zip(_TYPOGRAPHIC, "''\"\"''-- ")))


def test_typographic_quotes_dashes_and_spaces_are_read_as_plain_ones():
    assert clean_text("It\u2019s my \u201cleft\u201d eye \u2013 since Monday\u00a0`ish`") == "It's my \"left\" eye - since Monday 'ish'"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn")) | st.sampled_from(_TYPOGRAPHIC),
               min_size=1, max_size=200).filter(lambda text: any(ch.isalpha() for ch in text)))
def test_normalised_text_is_nfkc_with_typographic_characters_made_plain(text):
    expected = unicodedata.normalize("NFKC", text).translate(_PLAIN).strip()
    if any(ch.isalpha() for ch in expected):
        assert clean_text(text) == expected


@pytest.mark.parametrize(("text", "error"), [
    ("", EmptyText), ("   ...?! 123", EmptyText), (b"\xff\xfe eyelid", NotText), ("eye\x00lid", NotText),
    ("eye" + "\x07" * 10, NotText), (42, NotText), ("a" * (MAX_CHARS + 1), TextTooLong),
])
def test_unreadable_input_is_a_precise_error(text, error):
    with pytest.raises(error):
        clean_text(text)


def test_line_breaks_and_tabs_are_not_control_characters():
    assert clean_text("my eyelid\ttwitches\r\nsince Monday\n") == "my eyelid\ttwitches\r\nsince Monday"
