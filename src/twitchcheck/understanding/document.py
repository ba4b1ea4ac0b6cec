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


def token_lowers(doc: Doc) -> list[str]:
    """Each token's lower-case text."""
    lowers = doc.user_data.get("twitchcheck.lowers")
    if lowers is None:
        lowers = doc.user_data["twitchcheck.lowers"] = [token.lower_ for token in doc]
    return lowers


def token_texts(doc: Doc) -> list[str]:
    """Each token's text with its trailing space."""
    texts = doc.user_data.get("twitchcheck.texts")
    if texts is None:
        texts = doc.user_data["twitchcheck.texts"] = [token.text_with_ws for token in doc]
    return texts


def token_norms(doc: Doc) -> list[str]:
    """Each token's norm (with the knowledge base's spelling variants folded: read it after parsing)."""
    norms = doc.user_data.get("twitchcheck.norms")
    if norms is None:
        norms = doc.user_data["twitchcheck.norms"] = [token.norm_ for token in doc]
    return norms
