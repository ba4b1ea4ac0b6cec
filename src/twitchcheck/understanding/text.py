"""Checking and normalising the raw text before anything reads it."""

from __future__ import annotations

import re
import sys
import unicodedata

from twitchcheck.errors import EmptyText, NotText, TextTooLong

#: Longest message consulted on, in characters (a long letter is about 10,000).
MAX_CHARS = 20_000

#: Typographic quotes, dashes and spaces, and the plain character each is read as.
_QUOTES = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00b4": "'", "\u0060": "'",
           "\u2013": "-", "\u2014": "-", "\u00a0": " "}


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
    for typographic, plain in _QUOTES.items():  # one replace per character present: str.translate is
        if typographic in text:                 # ten to twenty times slower on a text that is not ASCII
            text = text.replace(typographic, plain)
    if not any(ch.isalpha() for ch in text):
        raise EmptyText("the text is empty: describe what is happening in a few words")
    return text.strip()


def _control_share(text: str) -> float:
    # the usual cases, checked in C (str.replace is far cheaper than str.translate)
    if not text or text.isprintable() or text.replace("\n", "").replace("\r", "").replace("\t", "").isprintable():
        return 0.0
    control = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\n\r\t")
    return control / len(text)


#: White space that ``\s`` matches in a str pattern but not under ``re.ASCII``: the information
#: separators U+001C-U+001F (the only difference the two modes make on an ASCII text; ``\w``, ``\d``
#: and ``\b`` agree on every ASCII character).
_UNICODE_ONLY_SPACE = "\\x1c-\\x1f"


#: Runs of a pattern's source that hold nothing but characters to lower (read a run at a time:
#: the reader's patterns are some 50,000 characters, lowered at every start).
_IN_SET = re.compile(r"[^\\\]]+")
_PLAIN = re.compile(r"[^\\\[(]+")


def _lower_each(characters: str) -> str:
    """Each character in lower case on its own (``str.lower`` of a whole Greek word ends it in a final sigma)."""
    return characters.lower() if characters.isascii() else "".join(map(str.lower, characters))


def _lowered_source(source: str) -> str:
    """``source`` with its letters in lower case, except escapes (``\\S``, ``\\B``) and group names,
    for ``re.ASCII``: ``\\s`` and ``\\S`` are widened to the white space only Unicode mode knows, so
    the pattern matches an ASCII text exactly where the pattern as written matches it."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(source):
        if source[i] == "\\":
            escape = source[i:i + 2]
            if escape == "\\s":
                out.append(f"\\s{_UNICODE_ONLY_SPACE}" if in_class else f"[\\s{_UNICODE_ONLY_SPACE}]")
            elif escape == "\\S":
                if in_class:
                    raise ValueError(f"\\S inside a character set is not supported: {source!r}")
                out.append(f"[^\\s{_UNICODE_ONLY_SPACE}]")
            else:
                out.append(escape)
            i += 2
        elif in_class:
            run = _IN_SET.match(source, i)  # up to the next escape or the set's end, at once
            if run is None:  # the "]" that ends the set
                in_class = False
                out.append("]")
                i += 1
            else:
                out.append(_lower_each(run.group()))
                i = run.end()
        elif source[i] == "[":
            in_class = True
            opening = 2 if source.startswith("[^", i) else 1
            if source.startswith("]", i + opening):  # a "]" first in a set is one of its characters
                opening += 1
            out.append(source[i:i + opening])
            i += opening
        elif source.startswith("(?", i) and source[i + 2:i + 3] in tuple("aiLmsux-"):
            raise ValueError(f"inline flags would change meaning in lower case: {source!r}")
        elif source.startswith(("(?P<", "(?P="), i):
            end = source.index(">" if source[i + 3] == "<" else ")", i) + 1
            out.append(source[i:end])
            i = end
        else:
            run = _PLAIN.match(source, i)  # up to the next escape, set or group, at once
            out.append("(" if run is None else _lower_each(run.group()))
            i = i + 1 if run is None else run.end()
    return "".join(out)


class Caseless:
    """A case-insensitive pattern that searches an ASCII text in lower case, without IGNORECASE.

    With IGNORECASE Python's ``re`` folds the case of every character it compares, which makes a
    search two to four times slower.  Lower-casing an ASCII text keeps every position, and the
    pattern in lower case (escapes and group names left alone) then matches it at exactly the
    places where the case-insensitive pattern matches the text; any other text is searched with
    IGNORECASE as before.  The lower-case pattern is compiled with ``re.ASCII`` (a word boundary
    is then a table lookup, not a Unicode property test, at every position tried), its ``\\s``
    widened to the separators that only Unicode mode counts as white space.  The match objects of the ASCII path hold the lower-cased text: use
    their positions, or their groups in lower case; :meth:`split` and :meth:`sub` give pieces of
    the original text.

    ``needs``: words in lower case of which every match contains at least one; an ASCII text
    without any of them is not searched at all (a substring test is far cheaper than a search).
    """

    __slots__ = ("pattern", "any_case", "lower_case", "needs", "_needed")

    def __init__(self, source: str, needs: tuple[str, ...] = ()) -> None:
        self.pattern = source
        self.any_case = re.compile(source, re.IGNORECASE)
        self.lower_case = re.compile(_lowered_source(source), re.ASCII)  # \b and \w: a table lookup
        self.needs = needs
        # any of the needed words anywhere, as one search (``in`` word by word costs more)
        self._needed = re.compile(alternation([re.escape(word) for word in needs])) if needs else None

    def _lowered(self, text: str) -> str | None:
        """The ASCII text in lower case, or None when it cannot match (the pattern needs a word it lacks)."""
        lowered = text.lower()
        if self._needed is not None and self._needed.search(lowered) is None:
            return None
        return lowered

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if text.isascii():
            lowered = text.lower()
            if self._needed is not None and self._needed.search(lowered) is None:
                return None
            return self.lower_case.search(lowered, pos, endpos)
        return self.any_case.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if text.isascii():
            lowered = self._lowered(text)
            return None if lowered is None else self.lower_case.match(lowered, pos, endpos)
        return self.any_case.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if text.isascii():
            lowered = self._lowered(text)
            return None if lowered is None else self.lower_case.fullmatch(lowered, pos, endpos)
        return self.any_case.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        if text.isascii():
            lowered = self._lowered(text)
            return iter(()) if lowered is None else self.lower_case.finditer(lowered, pos, endpos)
        return self.any_case.finditer(text, pos, endpos)

    def split(self, text: str) -> list[str | None]:
        """``re.split`` of the original text (the pattern must not match an empty string)."""
        if not text.isascii():
            return self.any_case.split(text)
        lowered = self._lowered(text)
        if lowered is None:
            return [text]
        if lowered == text:  # already in lower case: the pieces are the text's own
            return self.lower_case.split(text)
        pieces: list[str | None] = []
        last = 0
        for found in self.lower_case.finditer(lowered):
            pieces.append(text[last:found.start()])
            pieces.extend(None if found.start(g) < 0 else text[found.start(g):found.end(g)]
                          for g in range(1, self.lower_case.groups + 1))
            last = found.end()
        pieces.append(text[last:])
        return pieces

    def sub(self, replacement: str, text: str) -> str:
        """``re.sub`` of the original text by a plain string (no backslashes, so no group references)."""
        if not text.isascii():
            return self.any_case.sub(replacement, text)
        lowered = self._lowered(text)
        if lowered is None:
            return text
        if lowered == text:
            return self.lower_case.sub(replacement, text)
        pieces: list[str] = []
        last = 0
        for found in self.lower_case.finditer(lowered):
            pieces += [text[last:found.start()], replacement]
            last = found.end()
        if not pieces:
            return text
        pieces.append(text[last:])
        return "".join(pieces)


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


def letter_led(options: list[str] | tuple[str, ...], not_preceded_by: str = r"\w") -> str:
    r"""``(?<!\w)(?:he|she|...)`` written ``(?:h(?<!\wh)(?:e|is|...)|s(?<!\ws)(?:he|...))``: the same
    matches (``options``: regex fragments that begin with a letter; ``not_preceded_by``: a character set that
    must not come before them), but a pattern that begins with a letter lets Python's ``re`` skip in C
    every position without one of the first letters; before a word boundary or a lookbehind it tries the
    whole pattern at every character of the text."""
    groups: dict[str, list[str]] = {}
    for option in options:
        if not option[:1].isalpha() or option[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"an option must begin with a letter of its own: {option!r}")
        groups.setdefault(option[0], []).append(option[1:])
    not_preceded_by = not_preceded_by if not_preceded_by.startswith("[") else f"[{not_preceded_by}]"
    return "(?:" + "|".join(f"{head}(?<!{not_preceded_by}{head}){alternation(rests)}" for head, rests in groups.items()) + ")"
