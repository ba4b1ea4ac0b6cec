"""Checking and normalising the raw text before anything reads it."""

from __future__ import annotations

import unicodedata

from twitchcheck.errors import EmptyText, NotText, TextTooLong

#: Longest message consulted on, in characters (a long letter is about 10,000).
MAX_CHARS = 20_000

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00b4": "'", "\u0060": "'",
                         "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def clean_text(text: object) -> str:
    """Return ``text`` ready to read, or raise an InputError saying precisely what is wrong."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as error:
            raise NotText(f"the input is not UTF-8 text (invalid byte at position {error.start})") from None
    if not isinstance(text, str):
        raise NotText(f"the text must be a string, not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise TextTooLong(f"the text has {len(text):,} characters; the limit is {MAX_CHARS:,}")
    if "\x00" in text or _control_share(text) > 0.05:
        raise NotText("the input looks like binary data, not text")
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii() or "`" in text:  # the only ASCII character _QUOTES maps (translate is slow)
        text = text.translate(_QUOTES)
    if not any(ch.isalpha() for ch in text):
        raise EmptyText("the text is empty: describe what is happening in a few words")
    return text.strip()


_LAYOUT = str.maketrans("", "", "\n\r\t")


def _control_share(text: str) -> float:
    if not text or text.isprintable() or text.translate(_LAYOUT).isprintable():  # the usual cases, checked in C
        return 0.0
    control = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\n\r\t")
    return control / len(text)


def alternation(options: list[str]) -> str:
    """A regex group matching any of ``options`` (regex fragments), grouped by their first letter.

    Python's ``re`` tries the branches of ``(?:a|b|c...)`` one by one at every position;
    ``(?:t(?:witch|remble)|j(?:ump))`` lets it reject most positions after one letter,
    which makes long word lists several times faster to search.  Matches are the same.
    """
    groups: dict[str, list[str]] = {}
    for option in options:
        head = option[0] if option[:1].isalpha() and option[1:2] not in ("?", "*", "+", "{") else ""
        groups.setdefault(head, []).append(option[1:] if head else option)
    parts = []
    for head, rests in groups.items():
        if not head:
            parts.extend(rests)
        elif len(rests) == 1:
            parts.append(head + rests[0])
        else:
            parts.append(f"{head}(?:{'|'.join(rests)})")
    return f"(?:{'|'.join(parts)})"
