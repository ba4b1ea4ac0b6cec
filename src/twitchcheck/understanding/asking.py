"""Whether a sentence asks something, and where its questions start.

A sentence asks with a question mark, a question form at its start, a request ("please tell me",
"I would like to ask if ..."), a plea, a plan told for approval or the writer's worry; a guess
("is it the coffee?", "could this be ...") is a question form of its own.  A sentence of several
clauses asks one question per clause that starts with a question word, or with a verb before its
subject where no punctuation marks it; the other clauses tell.  What each question is about is
read in ``intents.py``.
"""

from __future__ import annotations


from spacy.tokens import Doc, Span

from twitchcheck.understanding.document import token_lowers, token_norms, token_texts
from twitchcheck.understanding.text import Caseless, alternation

#: A sentence asks something: a question mark, a question form at its start ("and would magnesium
#: help"), a request ("please tell me", "any advice"), or a plan told for approval ("I thought I'd
#: book the GP for next week").  "When" and "where" start a question only
#: with a verb of asking after them ("when will it stop", not "when I chew, my eye closes"); "help"
#: asks only as a plea ("help!", "please help"), not in "drops help a little".
_AT_START = (
    r"^\s*(?:(?:and|or|but|so|also)\s+)?"
    r"(?:what(?!\s+(?:worries|scares|frightens|concerns|bothers)\s+(?:me|us))|whats|wat|wats|why|how|is|are|am|"
    r"do|does|did|should|shall|can|could|will|would|which|who|may|might|any|anything|has|have|help|please)\b|"
    r"^\s*(?:when|where)\s+(?:will|would|should|does|do|did|can|could|is|are|was|might|may|shall)\b|"
    # a plan told for approval ("I thought I'd book the GP for next week", "I'll just wait and see")
    r"^\s*(?:(?:so|and|but|anyway|well|for\s+now),?\s+)?(?:(?:i|we)\s+thought\s+(?:i|we)(?:'d|\s+would|\s+might)|"
    r"(?:i|we)\s+(?:was|were)\s+(?:going|planning)\s+to|(?:i'?ll|we'?ll|i\s+will|we\s+will)\s+just|"
    r"(?:i|we)\s+(?:can|could)\s+(?:just\s+|always\s+)?(?:wait|book|ring|call|phone|mention|leave\s+it|"
    r"see\s+(?:the|a|my|our|his|her)\s+(?:gp|doctor|nurse|optician)))\b"
)
_PLEA = r"\bhelp\s*(?:!|$)|please\s+help"


def _each(first_words: tuple[str, ...], rest: str) -> list[str]:
    """One form per first word: ``alternation`` groups forms by their first letter, which lets ``re``
    reject most positions after one letter; a form that starts with a group ("(?:like|want) to ask")
    would be tried in full at every word."""
    return [word + rest for word in first_words]


#: The question forms anywhere in a sentence, each a whole phrase.
_ANYWHERE = [
    r"i\s+wonder", r"wondering", r"want\s+to\s+know", r"wanna\s+know", r"like\s+to\s+know", r"need\s+to\s+know",
    r"please\s+(?:tell|advise|help|explain)", r"tell\s+me", r"advise\s+(?:me|us)",
    # "I would like to ask Dr. Jiang if I need to go", "Pt asks re need for GP review"
    *_each(("like", "want", "wanted", "wish"),
           r"\s+to\s+ask\s+(?:[\w.']+\s+){0,3}?(?:if|whether|about|what|how|when)"),
    *_each(("asks", "asking", "inquiring", "enquiring"), r"\s+(?:re|about|if|whether)"),
    *_each(("some", "any", "your", "need", "want", "for", "appreciate"), r"\s+(?:\w+\s+)?advi[cs]e"),
    r"maybe\s+it'?s", r"maybe\s+it\s+is", r"perhaps\s+it", r"could\s+it", r"is\s+it\s+because", r"i\s+think\s+it'?s",
    r"not\s+sure\s+(?:if|whether)", r"whether", r"what\s+if", r"tell\s+me\s+(?:it'?s|its)",
    # "I don't know what to do"
    *_each(("don'?t", r"do\s+not", r"not\s+sure", r"no\s+idea"), r"\s+(?:know\s+)?what\s+to\s+do"),
    r"what\s+(?:is|are|was)\s+(?:this|it|that|these|happening|wrong)",
    *_each(("what", "wat"), r"\s+(?:should|do|can|could)\s+(?:i|we|he|she)"), r"should\s+(?:i|we|he|she)",
    r"do\s+(?:i|we)\s+need",
    *_each(("is", "could", "can", "will", "would"), r"\s+(?:it|this)"),
    *_each(("could", "can", "will", "would"), r"\s+that"),
    r"is\s+that(?!\s+(?:it|i|he|she|we|they|my|his|her|there|when|because)\b)",  # not "the thing is that I"
    r"how\s+(?:do|can|long|soon|quickly)", r"why\s+(?:does|is|do|did)", r"am\s+i",
    r"any\s+(?:idea|advice|help|thoughts)",
]
#: _QUESTION's parts, searched one by one by ``_questioning``: alone, the forms at the start are tried at
#: the start only and the plea only in a text with "help" (the forms anywhere are what is left to search)
_QUESTION_AT_START = Caseless(_AT_START)
_QUESTION_ANYWHERE = Caseless(r"\b" + alternation(_ANYWHERE) + r"\b")
_PLEA_FOR_HELP = Caseless(_PLEA, needs=("help",))
_QUESTION = Caseless(r"\?|" + _AT_START + "|" + _PLEA + "|" + _QUESTION_ANYWHERE.pattern)


def _questioning(text: str) -> bool:
    """Whether ``_QUESTION`` matches ``text`` (a test checks that its parts say what it says)."""
    return ("?" in text or _QUESTION_AT_START.search(text) is not None or _QUESTION_ANYWHERE.search(text) is not None
            or _PLEA_FOR_HELP.search(text) is not None)


#: Words of which every worry holds one: a sentence without any is not searched for one.
_WORRY_WORDS = ("worr", "scare", "afraid", "fear", "fright", "terrif", "panick", "freak", "paranoid", "convinced",
                "concern", "anxious", "suspicious", "thinking", "sleep", "obsess")
#: A worry stated rather than asked ("I'm scared it will spread"): it asks whether it is serious.
_WORRY = Caseless(
    r"\b(?:worried|worry|worrying|worries|scared|afraid|fear|fears|frightened|terrified|panicking|panicked|"
    r"freaking\s+out|freaked\s+out|paranoid|convinced|concerned|anxious\s+(?:that|it)|suspicious|"
    # "I can't stop thinking about ALS", "I'm losing sleep over it"
    r"(?:can'?t|cannot|can\s+not|couldn'?t)\s+stop\s+thinking\s+about|keep\s+thinking\s+about|"
    r"(?:losing|lose|lost)\s+sleep\s+over|obsessing\s+(?:over|about)|"
    r"(?:worries|scares|frightens|terrifies|concerns)\s+(?:me|us))\b",
    needs=_WORRY_WORDS,
)


def asking(sentence: str) -> bool:
    return _questioning(sentence) or _WORRY.search(sentence) is not None


def _document_text(doc: Doc) -> str:
    """``doc.text``, joined once per document (spaCy joins every token's text each time it is asked)."""
    text = doc.user_data.get("twitchcheck.text")
    if text is None:
        text = doc.user_data["twitchcheck.text"] = "".join(token_texts(doc))
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut from the document's text (spaCy joins the span's tokens each time)."""
    return _document_text(span.doc)[span.start_char:span.end_char]


def is_word(doc: Doc, i: int) -> bool:
    """``doc[i].is_alpha`` (``str.isalpha`` of its text) without making the token."""
    return _is_word(token_texts(doc)[i])


def words_in(span: Span) -> int:
    """How many tokens of ``span`` are words (``token.is_alpha``)."""
    return sum(map(_is_word, token_texts(span.doc)[span.start:span.end]))


def _is_word(text_with_space: str) -> bool:
    # a token's text never ends in whitespace of its own (spaCy splits whitespace into tokens of its
    # own), so only its trailing space is stripped
    return text_with_space.rstrip().isalpha()


def _folded(span: Span) -> str | None:
    """The words of ``span`` with spellings folded ("shud i see a nuerologist" -> "should i see a
    neurologist"), for the question forms; None when no word is folded."""
    doc = span.doc
    norms = token_norms(doc)
    positions = doc.user_data.get("twitchcheck.folded")
    if positions is None:  # once per document
        positions = doc.user_data["twitchcheck.folded"] = [
            i for i, (norm, lower) in enumerate(zip(norms, token_lowers(doc))) if norm != lower and is_word(doc, i)]
    if not any(span.start <= i < span.end for i in positions):
        return None
    return " ".join(norms[span.start:span.end])


def asks(span: Span) -> bool:
    if asking(span_text(span)):
        return True
    folded = _folded(span)
    return folded is not None and asking(folded)


def after_query_mark(sentence: Span) -> bool:
    """A clinician's question mark before a word ("Chvostek +. ?hypocalcaemia."): the sentence it
    starts is a question."""
    before = sentence.start - 1
    return before >= 0 and token_texts(sentence.doc)[before] == "?"  # (its text with no space after it)


def questions(span: Span) -> bool:
    if _questioning(span_text(span)):
        return True
    folded = _folded(span)
    return folded is not None and _questioning(folded)


#: Words after "is it" that make it no guess ("is it safe to ...", "is it ok to ...", "is it true?").
_NO_GUESS_WORDS = ("ok", "okay", "safe", "normal", "possible", "true", "fine", "alright", "necessary", "advisable",
                   "wise")
_NO_GUESS = r"(?!\s+(?:" + "|".join(_NO_GUESS_WORDS) + r")\b)"
#: ... and a frame that asks what it is ("is it really necessary?", "is it time for a neurologist?")
NOT_GUESSED = frozenset({*_NO_GUESS_WORDS, "really", "time", "worth"})

#: A guess at what it is or what caused it: "is it the coffee?", "could the fall have ..." (not
#: "is it safe to ...", "is it ok to ...").
SPECULATION = Caseless(
    r"^\s*(?:(?:and|or|but|so)\s+)?(?:is|was|could|can|might|may|would|does|did)\s+(?:it|this|that|these|they)\b"
    + _NO_GUESS + r"|"
    # "do I have a calcium deficiency?", "could he have strained it?" (not "do I have to ...")
    r"\b(?:do|does|could|might|may)\s+(?:i|he|she|we|they)\s+have\b(?!\s+to\b)|"
    # what someone else guessed, asked ("my mum says its lack of magnesium??"); "too young for this to be"
    r"\b(?:says?|said|thinks?|thought|reckons?)\s+(?:it'?s|its|it\s+is|it\s+was|it\s+could\s+be)|"
    r"\bfor\s+(?:it|this|that)\s+to\s+be\b|"
    r"^\s*(?:(?:and|or|but|so)\s+)?(?:could|might)\b|"  # "could the injury have damaged a nerve?"
    r"\b(?:is\s+(?:it|this|that)" + _NO_GUESS + r"|"
    r"could\s+(?:it|this|that)\s+be|might\s+(?:it|this)\s+be|maybe\s+it'?s|"
    r"maybe\s+it\s+is|perhaps\s+it'?s|i\s+think\s+it'?s|or\s+is\s+it|(?:it'?s|its)\s+just|"
    r"wonder(?:ing)?\s+(?:if|whether)|whether|if\s+(?:it'?s|it\s+is|this\s+is)|"  # "wondering whether the ..."
    r"(?:afraid|scared|worried|fear|terrified|frightened)\s+(?:that\s+)?"  # "I'm afraid it is MS"
    r"(?:it|this)(?:'s|\s+is|\s+(?:could|might|may)\s+be))\b",
)

#: The writer's own worry: "I'm scared it will spread", "which is why I'm worried", "my fear is",
#: "it worries me", a sentence that starts with it ("scared it will make my eye droop"); not someone
#: else's ("he is scared", "my husband is scared") and not a denied one ("I'm not convinced").
_OWN_WORRY = Caseless(
    r"\b(?:i|i'm|im|i've|ive|we|we're)\b((?:\s+[\w']+){0,3}?)\s+" + _WORRY.pattern[2:] +
    r"|\bmy\s+(?:\w+\s+)?(?:fear|fears|worry|worries|concern)\b"
    r"|\b(?:worries|scares|frightens|terrifies|concerns)\s+(?:me|us)\b"
    r"|^\s*(?:(?:and|but|so|now|still|also)\s+)?(?:(?:really|so|very|quite|pretty|a\s+bit|bit|kinda)\s+)?"
    r"(?:worried|scared|afraid|frightened|terrified|petrified|concerned|paranoid|panicking)\b",
    needs=(*_WORRY_WORDS, "petrified"),
)
_NEGATED = Caseless(r"\b(?:not|never|no)\b|n't\b")
#: "I can't stop worrying", "I can't help being scared": no denial of the worry
_CANNOT_STOP = Caseless(r"\b(?:can'?t|cannot|can\s+not|couldn'?t)\s+(?:stop|help)\b")


def own_worry(text: str) -> bool:
    return any(not (match.group(1) and _NEGATED.search(_CANNOT_STOP.sub("", match.group(1))))
               for match in _OWN_WORRY.finditer(text))


#: Words that start a second question in a sentence ("Is this an allergy, and does she need to go?").
_QUESTION_WORDS = frozenset({"is", "are", "am", "what", "whats", "how", "why", "should", "can", "could", "will",
                             "would", "do", "does", "did", "which", "who", "when", "where", "may", "might", "shall",
                             "whether"})
#: What a question word after it starts a clause at (punctuation is its own lower case).
_CLAUSE_JOINS = frozenset({",", ";", "-", "–", "—", ":", "and", "but"})


def clause_starts(sentence: Span) -> list[int]:
    """Where the questions of a sentence start: a question word after a comma, a semicolon, a dash
    or "and"/"but" ("Is this a flare, and should I call my neurologist?", "Her doctor mentioned
    Botox - does it work?"); "or" joins alternatives of one question ("is it the screens or
    something else?")."""
    lowers, norms = token_lowers(sentence.doc), token_norms(sentence.doc)
    starts = [sentence.start]
    for i in range(sentence.start + 1, sentence.end):
        if lowers[i] in _QUESTION_WORDS and lowers[i - 1] in _CLAUSE_JOINS:
            starts.append(i)
        elif _inverted(sentence, norms, i, starts[-1]):
            starts.append(i)
    return starts


#: A verb before its subject starts a question where no punctuation does ("... and barely sleeping is
#: this bad can it make me go blind", "is there anything that helps will it stop when im older").
_AUXILIARIES = frozenset({"is", "are", "am", "can", "could", "will", "would", "should", "shall", "may", "might"})
_SUBJECTS = frozenset({"i", "it", "this", "he", "she", "we", "they", "there", "you"})
#: ... but not after a subject or an adverb of a statement ("some days it is there", "the pain
#: still is there")
_NOT_BEFORE = _SUBJECTS | _AUXILIARIES | {"that", "who", "which", "and", "but", "so", "still", "also", "always",
                                         "never", "just", "really", "only", "even", "not"}
_WH = frozenset({"what", "whats", "how", "why", "when", "where", "which", "who", "whether", "if", "or"})


def _inverted(sentence: Span, norms: list[str], i: int, clause_start: int) -> bool:
    """Whether the token at ``i`` (of the document's ``norms``) is a verb before its subject that starts a question."""
    if i + 1 >= sentence.end or norms[i] not in _AUXILIARIES or norms[i + 1] not in _SUBJECTS:
        return False
    if not is_word(sentence.doc, i - 1) or norms[i - 1] in _NOT_BEFORE or (norms[i] in {"is", "are"}
                                                                            and norms[i + 1] in {"i", "you", "we"}):
        return False
    # "how long will it last", "how much longer will it go on", "is it the screens or is it stress": one
    # question
    return not any(norm in _WH for norm in norms[max(clause_start, i - 4):i])


#: A question tag asks about the clause before it ("It runs in families, doesn't it?").
_TAG = Caseless(r"^\s*(?:(?:do|does|did|is|was|are|were|can|could|will|would|has|have|should)(?:n't|\s+not)\s+"
                r"(?:it|he|she|they|i|we|you|this|that|there))\s*[?.!]*\s*$")


def telling_clauses(sentence: Span, starts: list[int]) -> list[tuple[int, int]]:
    """The clauses of a sentence of several that tell rather than ask ("He has a neurologist visit
    on Friday, should he wait?", "I had cataract surgery last week, is this normal?"); not one a
    question tag asks about ("it runs in families, doesn't it?")."""
    if len(starts) < 2:
        return []
    bounds = [*starts[1:], sentence.end]
    clauses = [sentence.doc[start:end] for start, end in zip(starts, bounds)]
    return [(clause.start, clause.end) for clause, after in zip(clauses, [*clauses[1:], None])
            if not asks(clause) and not (after is not None and _TAG.match(span_text(after)))]
