"""The evidence tally read with the whole text searched once (``people.SentenceIndex``) must read what
it reads when each sentence is searched on its own."""

from __future__ import annotations

from tests.conftest import data_texts
from twitchcheck.understanding import people, whose

#: Texts where a match could cross a sentence's edge, or a relative's word begins one.
_EXTRA = ["I have pins\nand needles. My mum too", "Mum says my eye twitches.\nSon has it too", "my toddler son. son",
          "i cannot\nfeel my face. My husband's eye twitches", "Husband. Wife! mother? dad\nbrother",
          "My wife's lid droops... my son's face twitches.\n\nNo numbness", "...my dad twitches"]


def _texts() -> list[str]:
    return [variant for text in [*data_texts(), *_EXTRA] for variant in (text, text.upper(), text.swapcase())]


def test_the_index_finds_each_sentence_s_relatives_and_symptoms_as_a_search_of_it_does():
    crossed = 0
    for text in _texts():
        pieces = [(piece.group(0), piece.start()) for piece in people.SENTENCE.finditer(text)]
        index = people.SentenceIndex(text, pieces)
        for sentence, offset in pieces:
            end = offset + len(sentence)
            assert index.names_a_relative(offset, end) == people.names_a_relative(sentence), (text, sentence)
            symptoms = index.symptoms(offset, end)
            if symptoms is None:
                crossed += 1
            else:
                assert symptoms == [m.start() for m in people.SYMPTOM_ONLY.finditer(sentence)], (text, sentence)
    assert crossed  # the texts above reach the fallback


def _tally(text: str, fast: bool) -> whose._Tally:
    tally = whose._Tally(text)
    if fast:
        tally.read()
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
