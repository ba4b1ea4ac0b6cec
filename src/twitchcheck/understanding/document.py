"""What the reader asks of a parsed message again and again, computed once per document.

spaCy answers ``doc.sents``, ``token.sent``, ``token.lower_`` or ``token.norm_`` by walking or
decoding the document each time; the reader's stages ask for them many times per message, so
each is kept in ``doc.user_data`` on first use.
"""

from __future__ import annotations

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
    """Each token's lower case, text with its trailing space and norm, in one pass (a spaCy token is
    made anew at every step of a walk over the document)."""
    strings = doc.user_data.get("twitchcheck.token_strings")
    if strings is None:
        lowers: list[str] = []
        texts: list[str] = []
        norms: list[str] = []
        for token in doc:
            lowers.append(token.lower_)
            texts.append(token.text_with_ws)
            norms.append(token.norm_)
        strings = doc.user_data["twitchcheck.token_strings"] = (lowers, texts, norms)
    return strings


def token_lowers(doc: Doc) -> list[str]:
    """Each token's lower-case text."""
    return _token_strings(doc)[0]


def token_texts(doc: Doc) -> list[str]:
    """Each token's text with its trailing space."""
    return _token_strings(doc)[1]


def token_norms(doc: Doc) -> list[str]:
    """Each token's norm (with the knowledge base's spelling variants folded: read it after parsing)."""
    return _token_strings(doc)[2]
