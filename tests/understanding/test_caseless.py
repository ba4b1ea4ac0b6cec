"""Caseless patterns (lower-cased ASCII text searched without IGNORECASE) match exactly where the
case-insensitive pattern does, in every case mix, and leave non-ASCII text to IGNORECASE."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import twitchcheck.understanding as understanding
from tests.conftest import data_texts
from twitchcheck.understanding.text import Caseless, _lowered_source


def _caseless_patterns() -> list[tuple[str, Caseless]]:
    found = []
    for module_info in pkgutil.iter_modules(understanding.__path__):
        module = importlib.import_module(f"{understanding.__name__}.{module_info.name}")
        for name, value in vars(module).items():
            values = value.items() if isinstance(value, dict) else [(None, value)]
            for key, item in values:
                if isinstance(item, Caseless):
                    found.append((f"{module_info.name}.{name}" + (f"[{key}]" if key else ""), item))
    return found


def _texts() -> list[str]:
    texts = data_texts()
    texts = [t for t in texts if t.isascii()][::2]
    # the same words in other case mixes: SHOUTED, sWAPPED
    return texts + [t.upper() for t in texts[::5]] + [t.swapcase() for t in texts[1::5]]


TEXTS = _texts()
#: Phrasings some patterns need that the snippets above may not have.
EXAMPLES = ["My son had a fit and he CAN'T remember what happened.", "My mum THINKS it's from her vaccine. Is it?", "I think I have ",
            "Honestly I'm PRETTY sure it's a ",  # (what comes before a condition's name)
            "Last week it was my right lower lid, now it's the LEFT one.", "Now I (his mum, 41) have to watch him.",
            "The left... no sorry, the RIGHT side droops.", "My right eye looks smaller than the left.",
            "It is the upper lid, or maybe the LOWER one, hard to tell.", "Had Bell's palsy in June, it's now OCTOBER.",
            "It began in March and we are in May now.", "No improvement after THREE weeks of steroids.",
            "A FIT, and afterwards his arm was weak."]


def _found(matches) -> list[tuple]:
    return [(m.span(), tuple(m.span(g) for g in range(1, (m.re.groups or 0) + 1)),
             tuple(g.lower() if g else g for g in m.groups())) for m in matches]


@pytest.mark.parametrize(("name", "pattern"), _caseless_patterns(), ids=lambda value: value if isinstance(value, str) else "")
def test_a_caseless_pattern_matches_where_the_case_insensitive_one_does(name, pattern):
    for text in TEXTS:
        assert _found(pattern.finditer(text)) == _found(pattern.any_case.finditer(text)), (name, text)


@pytest.mark.parametrize("text", ["My EYE twitches, and my LID droops; but NOT today", "Eye AND lid",
                                  "nothing to split", ", AND ;"])
def test_split_and_sub_give_pieces_of_the_original_text(text):
    pattern = Caseless(r"(,|;)|\s+and\s+")
    assert pattern.split(text) == pattern.any_case.split(text)
    assert pattern.sub(" ", text) == pattern.any_case.sub(" ", text)


@pytest.mark.parametrize("text", ["Straße, Eye TWITCHES and \u0130stanbul", "s\u0131nce LAST week", "caf\u00e9 AND tea"])
def test_non_ascii_text_is_searched_with_ignorecase(text):
    pattern = Caseless(r"\b(?:since|eye|and)\b")
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in pattern.any_case.finditer(text)]
    assert pattern.split(text) == pattern.any_case.split(text)


@pytest.mark.parametrize("source", [r"\beye\s+lid\b", r"(?<!\S)\?[a-z]+", r"[\s,]+and\b", r"[]x\s]+", r"[^\s]+lid"])
@pytest.mark.parametrize("text", ["Eye\x1clid ?ptosis\x1f,and x]", "eye lid\x1d?EYE\x1eand", "EYE \x1c\x1dLID", "plain Eye Lid ?ok, and"])
def test_white_space_of_unicode_mode_only_matches_as_written(source, text):
    """Under re.ASCII the separators U+001C-U+001F are no white space; the lower-case pattern is
    widened so that an ASCII text holding them matches exactly where the pattern as written does."""
    pattern = Caseless(source)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in pattern.any_case.finditer(text)]


def test_escapes_and_group_names_keep_their_case():
    assert _lowered_source(r"(?P<Owner>My)\w+\BEye(?P=Owner)") == r"(?P<Owner>my)\w+\Beye(?P=Owner)"
    with pytest.raises(ValueError):
        Caseless(r"(?-i:Eye)")


@pytest.mark.parametrize(("name", "pattern"), [(n, p) for n, p in _caseless_patterns() if p.needs],
                         ids=lambda value: value if isinstance(value, str) else "")
def test_every_match_holds_a_word_its_pattern_needs(name, pattern):
    matched = 0
    for text in TEXTS + EXAMPLES:
        for found in pattern.any_case.finditer(text):
            matched += 1
            assert any(word in found.group(0).lower() for word in pattern.needs), (name, found.group(0))
    assert matched, name  # the snippets exercise the pattern


def test_a_text_without_the_needed_words_is_not_searched():
    pattern = Caseless(r"\bleft\s+eye\b", needs=("left",))
    assert pattern.search("my right eye") is None and pattern.split("my right eye") == ["my right eye"]
    assert pattern.search("my LEFT eye").span() == (3, 11)
