"""What the reader asks of a parsed message again and again, computed once per document.

spaCy answers ``doc.sents``, ``token.sent``, ``token.lower_`` or ``token.norm_`` by walking or
decoding the document each time; the reader's stages ask for them many times per message, so
each is kept in ``doc.user_data`` on first use.
"""

from __future__ import annotations

from spacy.attrs import NORM, ORTH, SPACY
from spacy.tokens import Doc, Span


def sentences_of(doc: Doc) -> list[Span]:
    """The sentences of ``doc``, found once per document (``doc.sents`` walks the tokens each time)."""
    found = doc.user_data.get("twitchcheck.sentences")
    if found is None:
        found = doc.user_data["twitchcheck.sentences"] = list(doc.sents)
    return found


def sentence_starts(doc: Doc) -> list[int]:
    """The start of each token's sentence (token.sent is slow to ask token by token), once per document."""
    starts = doc.user_data.get("twitchcheck.sentence_starts")
    if starts is None:
        starts = [0] * len(doc)
        for sentence in sentences_of(doc):
            starts[sentence.start:sentence.end] = [sentence.start] * (sentence.end - sentence.start)
        doc.user_data["twitchcheck.sentence_starts"] = starts
    return starts


def sentence_ends(doc: Doc) -> dict[int, int]:
    """The end of each sentence, by its start."""
    ends = doc.user_data.get("twitchcheck.sentence_ends")
    if ends is None:
        ends = doc.user_data["twitchcheck.sentence_ends"] = {s.start: s.end for s in sentences_of(doc)}
    return ends


def _token_strings(doc: Doc) -> tuple[list[str], list[str], list[str]]:
    """Each token's lower case, text with its trailing space and norm, read from the token arrays (a
    walk over the document makes a spaCy token at every step and decodes each string from the string
    store): a token's lower case is that of its text (the lexeme's ``LOWER`` is ``str.lower`` of it),
    and the strings of the text's and the norms' hashes are decoded once per process."""
    strings = doc.user_data.get("twitchcheck.token_strings")
    if strings is None:
        orth_ids, norm_ids, spaces = doc.to_array([ORTH, NORM, SPACY]).T.tolist() if len(doc) else ([], [], [])
        orths = _decoded(doc, orth_ids)
        texts = [orth + " " if space else orth for orth, space in zip(orths, spaces)]
        lowers = [orth.lower() for orth in orths]
        strings = doc.user_data["twitchcheck.token_strings"] = (lowers, texts, _decoded(doc, norm_ids))
    return strings


#: The strings of the hashes seen so far (a vocabulary's words are few; emptied if they grow many).
_STRINGS: dict[int, str] = {}
_MAX_STRINGS = 200_000


def _decoded(doc: Doc, ids: list[int]) -> list[str]:
    known = _STRINGS
    missing = set(ids).difference(known)
    if missing:
        if len(known) + len(missing) > _MAX_STRINGS:
            known.clear()
        strings = doc.vocab.strings
        known.update((id_, strings[id_]) for id_ in missing)
    return list(map(known.__getitem__, ids))


def token_lowers(doc: Doc) -> list[str]:
    """Each token's lower-case text."""
    return _token_strings(doc)[0]


def token_texts(doc: Doc) -> list[str]:
    """Each token's text with its trailing space."""
    return _token_strings(doc)[1]


def token_norms(doc: Doc) -> list[str]:
    """Each token's norm (with the knowledge base's spelling variants folded: read it after parsing)."""
    return _token_strings(doc)[2]
