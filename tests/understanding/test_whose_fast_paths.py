"""The evidence tally read with the whole text searched once (``people.SentenceIndex``) must read what
it reads when each sentence is searched on its own."""

from __future__ import annotations

from tests.conftest import data_texts
from twitchcheck.understanding import people, whose

#: Texts where a match could cross a sentence's edge, or a relative's word begins one.
_EXTRA = ["I have pins\nand needles. My mum too", "My wife woke up\nwith it. Son is 9, he is old",
          "it began an hour\nago. my dad's lid droops suddenly.", "Mum says my eye twitches.\nSon has it too", "my toddler son. son",
          "i cannot\nfeel my face. My husband's eye twitches", "Husband. Wife! mother? dad\nbrother",
          "My wife's lid droops... my son's face twitches.\n\nNo numbness", "...my dad twitches"]


def _texts() -> list[str]:
    return [variant for text in [*data_texts(), *_EXTRA] for variant in (text, text.upper(), text.swapcase())]


def test_the_index_finds_in_each_sentence_what_a_search_of_it_finds():
    patterns = (people.SYMPTOM_ONLY, people.ACUTE, whose._DIGIT, whose._OLD)
    crossed = set()
    for text in _texts():
        index = people.SentenceIndex(text)
        for piece in people.SENTENCE.finditer(text):
            sentence, offset, end = piece.group(0), piece.start(), piece.end()
            assert index.names_a_relative(offset, end) == people.names_a_relative(sentence), (text, sentence)
            for pattern in patterns:
                starts, holds = index.starts(pattern, offset, end), index.holds(pattern, offset, end)
                if starts is None:
                    crossed.add(pattern)
                    assert holds is None
                    continue
                assert starts == [m.start() for m in pattern.finditer(sentence)], (text, sentence, pattern)
                assert holds == (pattern.search(sentence) is not None)
    assert people.SYMPTOM_ONLY in crossed  # the texts above reach the fallback


def _tally(text: str, fast: bool) -> whose._Tally:
    tally = whose._Tally(text)
    if fast:
        tally.read()  # with the index (the texts are ASCII)
    else:
        for piece in people.SENTENCE.finditer(text):
            tally.read_sentence(piece.group(0), piece.start())
    return tally


def test_the_tally_read_with_the_index_is_the_tally_read_sentence_by_sentence():
    for text in _texts():
        if not text.isascii():
            continue
        fast, plain = _tally(text, True), _tally(text, False)
        assert fast.sentences == plain.sentences, text
        assert fast.told_of == plain.told_of, text
        assert fast.people == plain.people, text


def _plain_owner(account: whose.Account, start: int, end: int):
    """``Account.owner`` as it was: every sentence compared."""
    best, overlap = None, 0
    for sentence in account.sentences:
        shared = min(end, sentence.end) - max(start, sentence.start)
        if shared > overlap and sentence.key is not None:
            best, overlap = sentence, shared
    return best


def test_the_owner_found_among_the_nearby_sentences_is_the_one_found_among_all():
    compared = 0
    for text in data_texts():
        account = whose.whose_complaint(text)
        if not account.sentences:
            continue
        for start in range(0, len(text), 7):
            for length in (1, 5, 30, 120, len(text)):
                assert account.owner(start, start + length) is _plain_owner(account, start, start + length)
                compared += 1
    assert compared
