"""The questions a person asks, with what each is about.

Intent phrases only count in sentences that ask something: a question mark,
a question form at the start, a request such as "please tell me", or the
writer's worry.  Cause questions are paired with the cause they name in the
same sentence ("is it because of the accident?" -> cause: trauma).  The
phrases and their kinds (frames, cause cues) are in ``intents.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from twitchcheck.knowledge.schema import KnowledgeBase
from twitchcheck.understanding.findings import sentence_starts
from twitchcheck.understanding.nlp import Pipeline

#: A sentence asks something: a question mark, a question form at its start ("and would magnesium
#: help"), a request ("please tell me", "any advice"), or a plan told for approval ("I thought I'd
#: book the GP for next week").  "When" and "where" start a question only
#: with a verb of asking after them ("when will it stop", not "when I chew, my eye closes"); "help"
#: asks only as a plea ("help!", "please help"), not in "drops help a little".
_QUESTION = re.compile(
    r"\?|^\s*(?:(?:and|or|but|so|also)\s+)?"
    r"(?:what(?!\s+(?:worries|scares|frightens|concerns|bothers)\s+(?:me|us))|whats|wat|wats|why|how|is|are|am|"
    r"do|does|did|should|shall|can|could|will|would|which|who|may|might|any|anything|has|have|help|please)\b|"
    r"^\s*(?:when|where)\s+(?:will|would|should|does|do|did|can|could|is|are|was|might|may|shall)\b|"
    r"\bhelp\s*(?:!|$)|please\s+help|"
    # a plan told for approval ("I thought I'd book the GP for next week", "I'll just wait and see")
    r"^\s*(?:(?:so|and|but|anyway|well|for\s+now),?\s+)?(?:(?:i|we)\s+thought\s+(?:i|we)(?:'d|\s+would|\s+might)|"
    r"(?:i|we)\s+(?:was|were)\s+(?:going|planning)\s+to|(?:i'?ll|we'?ll|i\s+will|we\s+will)\s+just)\b|"
    r"\b(?:i\s+wonder|wondering|want\s+to\s+know|wanna\s+know|like\s+to\s+know|"
    r"need\s+to\s+know|please\s+(?:tell|advise|help|explain)|tell\s+me|advise\s+(?:me|us)|"
    # "I would like to ask Dr. Jiang if I need to go", "Pt asks re need for GP review"
    r"(?:like|want|wanted|wish)\s+to\s+ask\s+(?:[\w.']+\s+){0,3}?(?:if|whether|about|what|how|when)|"
    r"(?:asks|asking|inquiring|enquiring)\s+(?:re|about|if|whether)|"
    r"(?:some|any|your|need|want|for|appreciate)\s+(?:\w+\s+)?advi[cs]e|"
    r"maybe\s+it'?s|maybe\s+it\s+is|perhaps\s+it|could\s+it|is\s+it\s+because|i\s+think\s+it'?s|"
    r"not\s+sure\s+(?:if|whether)|whether|what\s+if|tell\s+me\s+(?:it'?s|its)|"
    r"(?:don'?t|do\s+not|not\s+sure|no\s+idea)\s+(?:know\s+)?what\s+to\s+do|"  # "I don't know what to do"
    r"what\s+(?:is|are|was)\s+(?:this|it|that|these|happening|wrong)|"
    r"wh?at\s+(?:should|do|can|could)\s+(?:i|we|he|she)|should\s+(?:i|we|he|she)|do\s+(?:i|we)\s+need|"
    r"(?:is|could|can|will|would)\s+(?:it|this)|(?:could|can|will|would)\s+that|"
    r"is\s+that(?!\s+(?:it|i|he|she|we|they|my|his|her|there|when|because)\b)|"  # not "the thing is that I"
    r"how\s+(?:do|can|long|soon|quickly)|why\s+(?:does|is|do|did)|am\s+i|any\s+(?:idea|advice|help|thoughts))\b",
    re.IGNORECASE,
)
#: A worry stated rather than asked ("I'm scared it will spread"): it asks whether it is serious.
_WORRY = re.compile(
    r"\b(?:worried|worry|worrying|worries|scared|afraid|fear|fears|frightened|terrified|panicking|panicked|"
    r"freaking\s+out|freaked\s+out|paranoid|convinced|concerned|anxious\s+(?:that|it)|suspicious|"
    r"(?:worries|scares|frightens|terrifies|concerns)\s+(?:me|us))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class AskedIntent:
    intent: str
    about: str | None
    sentence: str


def asking(sentence: str) -> bool:
    # a question mark asks (the first branch of _QUESTION): answer at once
    return "?" in sentence or bool(_QUESTION.search(sentence) or _WORRY.search(sentence))


def _folded(span: Span) -> str | None:
    """The words of ``span`` with spellings folded ("shud i see a nuerologist" -> "should i see a
    neurologist"), for the question forms; None when no word is folded."""
    doc = span.doc
    positions = doc.user_data.get("twitchcheck.folded")
    if positions is None:  # once per document
        positions = doc.user_data["twitchcheck.folded"] = [
            token.i for token in doc if token.is_alpha and token.norm_ != token.lower_]
    if not any(span.start <= i < span.end for i in positions):
        return None
    return " ".join(token.norm_ for token in span)


def _asks(span: Span) -> bool:
    if asking(span.text):
        return True
    folded = _folded(span)
    return folded is not None and asking(folded)


def _queried(sentence: Span) -> bool:
    """A clinician's question mark before a word ("Chvostek +. ?hypocalcaemia."): the sentence it
    starts is a question."""
    before = sentence.start - 1
    return before >= 0 and sentence.doc[before].text == "?" and not sentence.doc[before].whitespace_


def _questions(span: Span) -> bool:
    if _QUESTION.search(span.text):
        return True
    folded = _folded(span)
    return folded is not None and bool(_QUESTION.search(folded))


#: Words after "is it" that make it no guess ("is it safe to ...", "is it ok to ...", "is it true?").
_NO_GUESS_WORDS = ("ok", "okay", "safe", "normal", "possible", "true", "fine", "alright", "necessary", "advisable",
                   "wise")
_NO_GUESS = r"(?!\s+(?:" + "|".join(_NO_GUESS_WORDS) + r")\b)"
#: ... and a frame that asks what it is ("is it really necessary?", "is it time for a neurologist?")
_NOT_GUESSED = frozenset({*_NO_GUESS_WORDS, "really", "time", "worth"})

#: A guess at what it is or what caused it: "is it the coffee?", "could the fall have ..." (not
#: "is it safe to ...", "is it ok to ...").
_SPECULATION = re.compile(
    r"^\s*(?:(?:and|or|but|so)\s+)?(?:is|could|can|might|may|would|does|did)\s+(?:it|this|that|these|they)\b"
    + _NO_GUESS + r"|"
    r"^\s*(?:(?:and|or|but|so)\s+)?(?:could|might)\b|"  # "could the injury have damaged a nerve?"
    r"\b(?:is\s+(?:it|this|that)" + _NO_GUESS + r"|"
    r"could\s+(?:it|this|that)\s+be|might\s+(?:it|this)\s+be|maybe\s+it'?s|"
    r"maybe\s+it\s+is|perhaps\s+it'?s|i\s+think\s+it'?s|or\s+is\s+it|(?:it'?s|its)\s+just|"
    r"wonder(?:ing)?\s+(?:if|whether)|whether|if\s+(?:it'?s|it\s+is|this\s+is)|"  # "wondering whether the ..."
    r"(?:afraid|scared|worried|fear|terrified|frightened)\s+(?:that\s+)?"  # "I'm afraid it is MS"
    r"(?:it|this)(?:'s|\s+is|\s+(?:could|might|may)\s+be))\b",
    re.IGNORECASE,
)

#: The writer's own worry: "I'm scared it will spread", "which is why I'm worried", "my fear is",
#: "it worries me", a sentence that starts with it ("scared it will make my eye droop"); not someone
#: else's ("he is scared", "my husband is scared") and not a denied one ("I'm not convinced").
_OWN_WORRY = re.compile(
    r"\b(?:i|i'm|im|i've|ive|we|we're)\b((?:\s+[\w']+){0,3}?)\s+" + _WORRY.pattern[2:] +
    r"|\bmy\s+(?:\w+\s+)?(?:fear|fears|worry|worries|concern)\b"
    r"|\b(?:worries|scares|frightens|terrifies|concerns)\s+(?:me|us)\b"
    r"|^\s*(?:(?:and|but|so|now|still|also)\s+)?(?:(?:really|so|very|quite|pretty|a\s+bit|bit|kinda)\s+)?"
    r"(?:worried|scared|afraid|frightened|terrified|petrified|concerned|paranoid|panicking)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)
#: "I can't stop worrying", "I can't help being scared": no denial of the worry
_CANNOT_STOP = re.compile(r"\b(?:can'?t|cannot|can\s+not|couldn'?t)\s+(?:stop|help)\b", re.IGNORECASE)

#: Asking what something is: "what is facial paralysis?", "what are tics?", "tell me about MVD".
_DEFINING = re.compile(r"^\s*(?:what\s+(?:is|are|'s)|what\s+does|tell\s+me\s+about|explain|define)\b", re.IGNORECASE)

#: Words that start a second question in a sentence ("Is this an allergy, and does she need to go?").
_QUESTION_WORDS = frozenset({"is", "are", "am", "what", "whats", "how", "why", "should", "can", "could", "will",
                             "would", "do", "does", "did", "which", "who", "when", "where", "may", "might", "shall"})


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    intent: str
    about: str | None
    standalone: bool
    frame: bool = False
    cue: bool = False

    @property
    def plain_cause(self) -> bool:
        return self.intent == "cause" and self.about is None


def _after_inability(doc: Doc, start: int) -> bool:
    """ "I can't stop it", "he cannot get rid of it": a description, not a request for a remedy."""
    return start >= 2 and doc[start - 1].norm_ == "not" and doc[start - 2].norm_ in ("can", "could")


#: Words after which a treatment named is the time of something else ("is this normal after the op?",
#: "since her surgery"), not a question about it.
_TIME_AFTER = frozenset({"after", "since", "following", "post"})
_DETERMINERS = frozenset({"the", "a", "an", "my", "his", "her", "their", "our", "this", "that", "each", "last"})


def _dated_by(doc: Doc, start: int) -> bool:
    before = start - 1
    if before >= 0 and doc[before].norm_ in _DETERMINERS:
        before -= 1
    return before >= 0 and doc[before].norm_ in _TIME_AFTER


def _after_or(doc: Doc, start: int) -> bool:
    before = start - 1
    if before >= 0 and doc[before].norm_ in _DETERMINERS:
        before -= 1
    return before >= 0 and doc[before].norm_ == "or"


def _not_a_guess(doc: Doc, end: int) -> bool:
    """ "is it true?", "is it really necessary?", "is it time for a neurologist?": a guess frame
    followed by these words guesses at nothing."""
    return end < len(doc) and doc[end].norm_ in _NOT_GUESSED


def _hits_by_sentence(doc: Doc, pipeline: Pipeline, kb: KnowledgeBase, start_of: list[int]) -> dict[int, list[_Hit]]:
    hits: dict[int, list[_Hit]] = {}
    for match_id, start, end in pipeline.intent_phrases(doc):
        rule = kb.intents[int(doc.vocab.strings[match_id])]
        if rule.frame and _after_inability(doc, start):
            continue
        if rule.intent == "seriousness" and start and doc[start - 1].norm_ == "not":
            continue  # "I'm not worried, just curious"
        if rule.intent == "treatment" and _dated_by(doc, start):
            continue
        if rule.frame and rule.intent == "what_is_it" and _not_a_guess(doc, end):
            continue
        # "do I need an MRI or a neurologist?": a kind of doctor offered as an alternative is asked
        frame = rule.frame and not (rule.intent == "specialist" and _after_or(doc, start))
        hits.setdefault(start_of[start], []).append(
            _Hit(start, end, rule.intent, rule.about, rule.standalone, frame, rule.cue))
    return {key: sorted(value, key=lambda hit: hit.start) for key, value in hits.items()}


def _longest(hits: list[_Hit]) -> list[_Hit]:
    """Of phrases one inside another the longest says what is asked: "what kind of specialist" is
    not "what kind of", "should he stop wearing" is not "should he stop" (a medicine), "is it a sign
    of" is not "sign of", "which is why" asks no why.  A frame never outweighs a question ("could this
    be from"), a cause cue only its own kind ("worried about" is still a worry), and a phrase keeps
    what it is about inside a plainer one ("are steroids safe")."""
    return [hit for hit in hits if not any(
        other.end - other.start > hit.end - hit.start and other.start <= hit.start and hit.end <= other.end
        and other.frame <= hit.frame and not (other.cue and other.intent != hit.intent)
        and not (other.intent == hit.intent and hit.about and not other.about)
        for other in hits)]


def _clause_starts(sentence: Span) -> list[int]:
    """Where the questions of a sentence start: a question word after a comma, a semicolon, a dash
    or "and"/"but" ("Is this a flare, and should I call my neurologist?", "Her doctor mentioned
    Botox - does it work?"); "or" joins alternatives of one question ("is it the screens or
    something else?")."""
    starts = [sentence.start]
    for token in sentence[1:]:
        before = token.nbor(-1)
        if token.lower_ in _QUESTION_WORDS and (before.text in {",", ";", "-", "–", "—", ":"}
                                                or before.lower_ in {"and", "but"}):
            starts.append(token.i)
        elif _inverted(sentence, token, starts[-1]):
            starts.append(token.i)
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


def _inverted(sentence: Span, token, clause_start: int) -> bool:
    if token.i + 1 >= sentence.end or token.norm_ not in _AUXILIARIES or token.nbor(1).norm_ not in _SUBJECTS:
        return False
    before = token.nbor(-1)
    if not before.is_alpha or before.norm_ in _NOT_BEFORE or (token.norm_ in {"is", "are"}
                                                               and token.nbor(1).norm_ in {"i", "you", "we"}):
        return False
    # "how long will it last", "how much longer will it go on", "is it the screens or is it stress": one
    # question
    return not any(t.norm_ in _WH for t in sentence.doc[max(clause_start, token.i - 4):token.i])


def _asks_told_cause(sentence: Span, hits: list[_Hit], starts: list[int], telling: list[tuple[int, int]]) -> bool:
    """Whether the causes a clause tells are asked about: by a cause word in a clause that asks ("I
    drink a lot of coffee, could that be causing it?") or a bare guess ("I am on the computer all
    day, is it that?"); not by a question about something else ("... barely sleeping is this bad can
    it make me go blind").  Without a clause that tells this is not asked."""
    if not telling:
        return True
    bounds = list(zip(starts, [*starts[1:], sentence.end]))
    for start, end in bounds:
        if (start, end) in telling:
            continue
        own = [h for h in hits if start <= h.start < end]
        if any(h.plain_cause for h in own):
            return True
        if _SPECULATION.search(sentence.doc[start:end].text) and all(h.frame or h.intent == "cause" for h in own):
            return True
    return False


def _telling_clauses(sentence: Span, starts: list[int]) -> list[tuple[int, int]]:
    """The clauses of a sentence of several that tell rather than ask ("He has a neurologist visit
    on Friday, should he wait?", "I had cataract surgery last week, is this normal?")."""
    if len(starts) < 2:
        return []
    bounds = [*starts[1:], sentence.end]
    return [(start, end) for start, end in zip(starts, bounds) if not _asks(sentence.doc[start:end])]


def _without_frames(hits: list[_Hit], sentence: Span, starts: list[int], telling: list[tuple[int, int]]) -> list[_Hit]:
    """A frame counts only when nothing more specific is asked in its clause: "is this an
    emergency?" is about urgency, "is it just stress?" about stress, "is there anything I can do at
    home?" about self-care; a cause cue is specific too ("is that the start of it?" is no guess), and
    so is a cause told in a clause before ("I am on the computer all day, is it that?")."""
    clause_of = {hit: max(i for i, start in enumerate(starts) if start <= hit.start) for hit in hits}
    specific = {clause_of[hit] for hit in hits if not hit.frame}
    told_cause = [clause_of[hit] for hit in hits if hit.intent == "cause" and not hit.frame
                  and any(start <= hit.start < end for start, end in telling)]
    # a guess after a cause told is about that cause; a request for help is still one ("... so
    # stressed with exams is there anything that helps")
    guessed = min(told_cause, default=len(starts))
    return [hit for hit in hits if not hit.frame or not (
        clause_of[hit] in specific or (clause_of[hit] >= guessed and hit.intent in ("what_is_it", "cause")))]


def _resolve_shared(hits: list[_Hit], guessing: bool) -> list[_Hit]:
    """Words that name both a cause and a treatment ("magnesium", "the pills") are read as a cause
    when a cause word is in the sentence ("is it from low magnesium?") or a guess names them ("is it
    the pills?"), or the sentence guesses and asks nothing about treatment ("could it be
    magnesium?"); as a treatment otherwise ("is it safe to take magnesium?"); as both when a cause
    word and a treatment question are both there."""
    shared = {(hit.start, hit.end) for hit in hits if hit.intent == "cause" and hit.about} & {
        (hit.start, hit.end) for hit in hits if hit.intent == "treatment" and hit.about}
    if not shared:
        return hits
    cause_word = any(hit.plain_cause and not hit.frame for hit in hits)
    treatment_asked = any(hit.intent in ("treatment", "self_care") and (hit.start, hit.end) not in shared
                          for hit in hits)
    readings: dict[tuple[int, int], tuple[bool, bool]] = {}
    for start, end in shared:
        named_by_guess = any(hit.plain_cause and hit.frame and hit.end <= start <= hit.end + 1 for hit in hits)
        as_cause = cause_word or named_by_guess or (guessing and not treatment_asked)
        readings[start, end] = (as_cause, (treatment_asked and not named_by_guess) or not as_cause)
    return [hit for hit in hits if (hit.start, hit.end) not in shared
            or readings[hit.start, hit.end][0 if hit.intent == "cause" else 1]]


def _own_worry(text: str) -> bool:
    return any(not (match.group(1) and _NEGATED.search(_CANNOT_STOP.sub("", match.group(1))))
               for match in _OWN_WORRY.finditer(text))


#: In a worry stated rather than asked ("I'm terrified it could turn into paralysis", "he is scared
#: and can't stop it", "which is why I'm worried") the outcomes and remedies named are what is
#: feared, not questions; so is a treatment ("she ended up having an operation, and I can't stop
#: worrying that mine will go the same way").
_NOT_ASKED_IN_A_WORRY = frozenset({"prognosis", "self_care", "specialist", "what_is_it", "treatment"})


#: Words after a what-is-it cue that refer to a condition named before ("is this the start of it?").
_REFERRING = frozenset({"it", "that", "this", "them"})


def _condition_of_cue(doc: Doc, hit: _Hit, named_here: str | None, named_before: str | None) -> str | None:
    """The condition a what-is-it cue asks about: one named in its sentence ("is this the start of
    Bell's palsy?"), or, when a pronoun follows it, the one named last before ("her sister has
    blepharospasm. Is this the start of it?")."""
    if named_here:
        return named_here
    if any(token.norm_ in _REFERRING for token in doc[hit.start:hit.end + 1]):  # "how it starts"
        return named_before
    return None


#: Words by which a cause question refers to what the sentence before told ("I drink six coffees a
#: day. Could that be why?"), and a bare guess that does ("Could that be it?", "Is that it?").
_BACK = frozenset({"that", "those", "these", "they", "them", "both"})
_GUESS_BACK = re.compile(
    r"^\s*(?:(?:and|or|but|so)\s+)?(?:is|could|might|can|would|may)\s+(?:that|those|these|they|both)\b", re.IGNORECASE)
#: A guess that names nothing ("could it be that?", "is it?", "could that be it?"): it is about the
#: condition named before ("i read it could be hemifacial spasm ... could it be that?").
_BARE_GUESS = re.compile(
    r"^\s*(?:(?:and|or|but|so)\s+)?(?:is|could|might|can|would|may)\s+(?:it|this|that)(?:\s+(?:really|just))?"
    r"(?:\s+be)?(?:\s+(?:that|it|this))?\s*[?.!]*\s*$", re.IGNORECASE)
#: Whether what was just proposed is needed ("My wife wants me to go to hospital. Is it really
#: necessary?", "do I really have to?"): it asks what the sentence before proposed.
_NECESSARY = re.compile(
    r"\b(?:necessary|needed|essential|required)\b|\b(?:do|must|should)\s+(?:i|we|he|she)\s+(?:really\s+)?"
    r"(?:have\s+to|need\s+to|go|bother)\s*[?.!]*\s*$", re.IGNORECASE)
#: What a proposal can be: a visit, a scan, a specialist.
_PROPOSALS = ("urgency", "imaging", "specialist")


def _causes_named(hits: list[_Hit]) -> list[str]:
    """The causes a sentence names, without words that also name a treatment ("magnesium")."""
    treatments = {(hit.start, hit.end) for hit in hits if hit.intent == "treatment"}
    return [hit.about for hit in hits if hit.intent == "cause" and hit.about and (hit.start, hit.end) not in treatments]


def _refers_back(sentence: Span, hits: list[_Hit], asked_cause: bool) -> bool:
    """A cause question that names no cause and points back with "that", "they" ... ("could that be
    why?", "could they be connected?"), or a bare guess that does ("could that be it?")."""
    if not any(token.norm_ in _BACK for token in sentence):
        return False
    return asked_cause or (not hits and bool(_GUESS_BACK.search(sentence.text)))


@dataclass(frozen=True)
class _Told:
    """What the sentences so far named, for questions that point back: the treatments named last
    ("does that work?", "which would you choose?") and the condition ("is this the start of it?"),
    the causes of the sentence just before ("could that be why?") and what it proposed ("is it
    really necessary?")."""

    treatments: tuple[str, ...] = ()
    condition: str | None = None
    causes: tuple[str, ...] = ()
    #: the visits, scans and specialists the sentence just before named ("my wife wants me to go to
    #: hospital")
    proposed: tuple[str, ...] = ()


def _asked_about(named: list[tuple[int, str]], telling: list[tuple[int, int]]) -> list[str]:
    """The conditions a sentence asks about, in order: all it names ("is this Bell's palsy or a
    stroke?"), but not those of a clause that tells ("my mum has blepharospasm, could this be a
    tic?") unless nothing else is named."""
    asked = [condition for start, condition in named if not any(a <= start < b for a, b in telling)]
    return list(dict.fromkeys(asked or [condition for _start, condition in named]))


def _treatments(hits: list[_Hit]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(hit.about for hit in hits if hit.intent == "treatment" and hit.about))


def _treatments_meant(hit: _Hit, hits: list[_Hit], starts: list[int], told: _Told) -> tuple[str, ...]:
    """The treatments a question about a treatment that names none is about: those of its clause, or
    of a clause before it ("what are the side effects of Botox, and how often ...?"), or those named
    last before ("Neurologist offering either botox or MVD surgery. Which would you choose, and what
    are the risks of the op?")."""
    clause = max(start for start in starts if start <= hit.start)
    ends = [start for start in starts if start > hit.start]
    end = ends[0] if ends else hit.end
    own = _treatments([h for h in hits if clause <= h.start < end])
    return own or _treatments([h for h in hits if h.start < clause])[-1:] or told.treatments


def _sentence_intents(doc: Doc, sentence: Span, hits: list[_Hit], told: _Told, named_here: list[tuple[int, str]],
                      named_spans: list[tuple[int, int]], queried: bool = False) -> list[tuple[str, str | None]]:
    """The (intent, about) pairs one asking sentence asks; ``named_here`` are the conditions it names
    (where, which); a ``queried`` sentence follows a clinician's question mark ("?hypocalcaemia")."""
    text = sentence.text.strip()
    question = queried or _questions(sentence)
    # "caffeine?" is a guess too
    guessing = queried or bool(_SPECULATION.search(text)) or (len(sentence) <= 4 and text.endswith("?"))
    # "what is (are) facial paralysis?" (the name right after the question words)
    guessing = guessing or (bool(_DEFINING.search(text)) and any(
        sentence.start <= start <= sentence.start + 4 for start, _ in named_spans))
    cause_cue = any(h.plain_cause for h in hits) or guessing
    # "is it the dry eye causing it?", "could this be a warning sign of a stroke?" do not ask what it is
    cause_asked = any(h.plain_cause and not h.frame for h in hits)
    hits = _resolve_shared(_longest(hits), guessing)
    # a clause that tells asks nothing but the causes it names; a treatment it names is the one the
    # question after it is about ("my doctor mentioned Botox, does it work?")
    starts = _clause_starts(sentence)
    telling = _telling_clauses(sentence, starts)
    told_here = [h for h in hits if h.intent != "cause" and any(a <= h.start < b for a, b in telling)]
    if not _asks_told_cause(sentence, hits, starts, telling):
        told_here += [h for h in hits if h.intent == "cause" and any(a <= h.start < b for a, b in telling)]
    hits = _without_frames([h for h in hits if h not in told_here], sentence, starts, telling)
    named = _asked_about(named_here, telling)
    told = _Told(_treatments(told_here) or told.treatments, told.condition, told.causes, told.proposed)
    if not question:
        hits = [h for h in hits if h.intent not in _NOT_ASKED_IN_A_WORRY]
    asked: list[tuple[str, str | None]] = []
    if named and guessing and not cause_asked:
        asked += [("what_is_it", condition) for condition in named]
    for hit in hits:
        if hit.intent == "cause":
            if hit.about is not None and (cause_cue or hit.standalone):
                asked.append(("cause", hit.about))
            elif hit.about is None and not hit.cue and not any(h.intent == "cause" and h.about for h in hits):
                asked.append(("cause", None))
        elif hit.intent == "what_is_it" and hit.cue:
            condition = _condition_of_cue(doc, hit, named[0] if named else None, told.condition)
            if condition and question:
                asked.append((hit.intent, condition))
        elif hit.intent == "what_is_it" and hit.about is None and named:
            asked += [(hit.intent, condition) for condition in named]
        elif hit.intent == "treatment" and hit.about is None and not hit.standalone:
            asked += [("treatment", about) for about in _treatments_meant(hit, hits, starts, told) or [None]]
        else:
            asked.append((hit.intent, hit.about))
    if told.causes and not _causes_named(hits) and _refers_back(sentence, hits, ("cause", None) in asked):
        asked += [("cause", about) for about in told.causes]
    elif told.condition and not named and _BARE_GUESS.search(text):
        asked = [item for item in asked if item != ("what_is_it", None)] + [("what_is_it", told.condition)]
    if told.proposed and all(h.frame for h in hits) and _NECESSARY.search(text):
        asked = [item for item in asked if item != ("what_is_it", None)] + [(intent, None) for intent in told.proposed]
    if _own_worry(text):
        asked.append(("seriousness", None))
    return asked


def find_intents(doc: Doc, pipeline: Pipeline, kb: KnowledgeBase, conditions=()) -> list[AskedIntent]:
    """Intents asked in ``doc``, in order of first appearance, without duplicates.

    ``conditions`` are the condition-name mentions: "is this hemifacial spasm?" is
    a what-is-it question about hemifacial_spasm, unless the sentence asks for a cause
    ("is it the dry eye causing it?").  A cause question needs a cause word ("because of",
    "from") or a guess ("is it the coffee?", "could it be MS?") next to the cause it names,
    unless the word asks by itself ("hereditary?").  Questions that point back take what was
    named before: the treatment ("does that work?"), the condition ("is this the start of it?"),
    the causes of the sentence before ("could that be why?").  A worry of the writer's, asked or
    stated ("I'm scared it will spread"), asks whether it is serious.
    """
    start_of = sentence_starts(doc)
    named_in: dict[int, list[tuple[int, str]]] = {}
    for mention in sorted(conditions, key=lambda mention: mention.start):
        named_in.setdefault(start_of[mention.start], []).append((mention.start, mention.finding))
    named_spans = [(mention.start, mention.end) for mention in conditions]
    hits_by_sentence = _hits_by_sentence(doc, pipeline, kb, start_of)
    asked: dict[tuple[str, str | None], AskedIntent] = {}
    told = _Told()
    for sentence in doc.sents:
        hits = hits_by_sentence.get(sentence.start, [])
        treatments = _treatments(hits)
        # words inside a condition's name ask nothing ("paralysis" in "facial paralysis"), nor does a
        # what-is-it phrase made of one ("is an eye twitch a sign of a stroke?")
        hits = [h for h in hits if not any(start <= h.start < end or (h.intent == "what_is_it" and not h.frame
                                                                      and h.start < end and start < h.end)
                                           for start, end in named_spans)]
        named = named_in.get(sentence.start, [])
        before, told = told, _Told(treatments or told.treatments, named[0][1] if named else told.condition,
                                   tuple(_causes_named(hits)),
                                   tuple(dict.fromkeys(h.intent for h in hits if h.intent in _PROPOSALS)))
        queried = _queried(sentence)
        if not (queried or _asks(sentence)):
            continue
        for key in _sentence_intents(doc, sentence, hits, before, named, named_spans, queried):
            asked.setdefault(key, AskedIntent(key[0], key[1], sentence.text.strip()))
    # "does botox work?" names a treatment: the plain intent is covered by the specific one
    specific = {a.intent for a in asked.values() if a.about}
    return [a for a in asked.values() if a.about or a.intent not in specific]
