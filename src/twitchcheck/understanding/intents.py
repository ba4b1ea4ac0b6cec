"""The questions a person asks, with what each is about.

Intent phrases only count in sentences that ask something (``asking.py``: a question mark,
a question form at the start, a request such as "please tell me", or the
writer's worry), and in the clauses of a sentence that ask.  Cause questions are paired with the cause they name in the
same sentence ("is it because of the accident?" -> cause: trauma).  The
phrases and their kinds (frames, cause cues) are in ``intents.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from twitchcheck.knowledge.schema import KnowledgeBase
# asking (and its pattern, for the test that keeps its question-mark shortcut in step) is used from here
from twitchcheck.understanding.asking import _QUESTION, NOT_GUESSED, SPECULATION, asking, asks  # noqa: F401
from twitchcheck.understanding.asking import after_query_mark, clause_starts, own_worry, questions, span_text
from twitchcheck.understanding.asking import telling_clauses, words_in
from twitchcheck.understanding.document import token_norms
from twitchcheck.understanding.findings import concept_matches, sentence_starts, sentences_of
from twitchcheck.understanding.nlp import Pipeline
from twitchcheck.understanding.text import Caseless


@dataclass(frozen=True)
class AskedIntent:
    intent: str
    about: str | None
    sentence: str


#: Asking what something is: "what is facial paralysis?", "what are tics?", "tell me about MVD".
_DEFINING = Caseless(r"^\s*(?:what\s+(?:is|are|'s)|what\s+does|tell\s+me\s+about|explain|define)\b")


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


def _after_inability(norms: list[str], start: int) -> bool:
    """ "I can't stop it", "he cannot get rid of it": a description, not a request for a remedy."""
    return start >= 2 and norms[start - 1] == "not" and norms[start - 2] in ("can", "could")


#: Words after which a treatment named is the time of something else ("is this normal after the op?",
#: "since her surgery"), not a question about it.
_TIME_AFTER = frozenset({"after", "since", "following", "post"})
_DETERMINERS = frozenset({"the", "a", "an", "my", "his", "her", "their", "our", "this", "that", "each", "last"})


def _dated_by(norms: list[str], start: int) -> bool:
    before = start - 1
    if before >= 0 and norms[before] in _DETERMINERS:
        before -= 1
    return before >= 0 and norms[before] in _TIME_AFTER


#: Words before a kind of doctor that ask for one: an alternative ("an MRI or a neurologist?"), a
#: need ("a nerve problem that needs a neurologist"), a referral ("whether a referral to a
#: neurologist would be appropriate").
_ASKED_FOR = frozenset({"or", "need", "needs", "require", "requires"})
_REFERRAL = frozenset({"referral", "refer", "referred"})


def _doctor_asked_for(norms: list[str], start: int) -> bool:
    before = start - 1
    if before >= 0 and norms[before] in _DETERMINERS:
        before -= 1
    if before >= 1 and norms[before] == "to":
        return norms[before - 1] in _REFERRAL
    return before >= 0 and norms[before] in _ASKED_FOR


def _to_be(norms: list[str], end: int) -> bool:
    """ "too young for it to be stress": no question about a treatment ("am I too old for it?")."""
    return end + 1 < len(norms) and norms[end] == "to" and norms[end + 1] == "be"


def _not_a_guess(norms: list[str], end: int) -> bool:
    """ "is it true?", "is it really necessary?", "is it time for a neurologist?": a guess frame
    followed by these words guesses at nothing."""
    return end < len(norms) and norms[end] in NOT_GUESSED


def _hits_by_sentence(doc: Doc, pipeline: Pipeline, kb: KnowledgeBase, start_of: list[int]) -> dict[int, list[_Hit]]:
    hits: dict[int, list[_Hit]] = {}
    norms = token_norms(doc)
    for match_id, start, end in pipeline.intent_phrases(doc):
        rule = kb.intents[int(pipeline.labels[match_id])]  # (a dictionary look-up: the string store is slower)
        if rule.frame and _after_inability(norms, start):
            continue
        if rule.intent == "seriousness" and start and norms[start - 1] == "not":
            continue  # "I'm not worried, just curious"
        if rule.intent == "treatment" and (_dated_by(norms, start) or _to_be(norms, end)):
            continue
        if rule.frame and rule.intent == "what_is_it" and _not_a_guess(norms, end):
            continue
        # "do I need an MRI or a neurologist?", "a nerve problem that needs a neurologist": a kind of
        # doctor offered as an alternative, needed or referred to is asked
        frame = rule.frame and not (rule.intent == "specialist" and _doctor_asked_for(norms, start))
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
        if SPECULATION.search(span_text(sentence.doc[start:end])) and all(h.frame or h.intent == "cause" for h in own):
            return True
    return False


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


def _resolve_shared(hits: list[_Hit], guessing: bool, alone: bool = False) -> list[_Hit]:
    """Words that name both a cause and a treatment ("magnesium", "the pills") are read as a cause
    when a cause word is in the sentence ("is it from low magnesium?") or a guess names them ("is it
    the pills?"), or the sentence guesses and asks nothing about treatment ("could it be
    magnesium?"); as a treatment otherwise ("is it safe to take magnesium?"); as both when a cause
    word and a treatment question are both there, or when the word is asked ``alone``, after no
    cause ("right lower lid. magnesium??")."""
    shared = {(hit.start, hit.end) for hit in hits if hit.intent == "cause" and hit.about} & {
        (hit.start, hit.end) for hit in hits if hit.intent == "treatment" and hit.about}
    if not shared or (alone and all((hit.start, hit.end) in shared for hit in hits)):
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
    if any(norm in _REFERRING for norm in token_norms(doc)[hit.start:hit.end + 1]):  # "how it starts"
        return named_before
    return None


#: Words by which a cause question refers to what the sentence before told ("I drink six coffees a
#: day. Could that be why?"), and a bare guess that does ("Could that be it?", "Is that it?").
_BACK = frozenset({"that", "those", "these", "they", "them", "both"})
_GUESS_BACK = Caseless(
    r"^\s*(?:(?:and|or|but|so)\s+)?(?:is|could|might|can|would|may)\s+(?:that|those|these|they|both)\b")
#: A guess that names nothing ("could it be that?", "is it?", "could that be it?"): it is about the
#: condition named before ("i read it could be hemifacial spasm ... could it be that?").
_BARE_GUESS = Caseless(
    r"^\s*(?:(?:and|or|but|so)\s+)?(?:is|could|might|can|would|may)\s+(?:it|this|that)(?:\s+(?:really|just))?"
    r"(?:\s+be)?(?:\s+(?:that|it|this))?\s*[?.!]*\s*$")
#: Whether what was just proposed is needed ("My wife wants me to go to hospital. Is it really
#: necessary?", "do I really have to?", "do I really need one?"): it asks what the sentence before proposed.
_NECESSARY = Caseless(
    r"\b(?:necessary|needed|essential|required)\b|\b(?:do|must|should)\s+(?:i|we|he|she)\s+(?:really\s+)?"
    r"(?:have\s+to|need\s+to|(?:need|get|have)\s+(?:one|it|that)|go|bother)\s*[?.!]*\s*$")
#: Whether a plan told is right ("going to book the GP for steroids, is that right?", "I want an MRI
#: but she says no. Who is right?"): it asks about the visit, scan or specialist the plan names.
_APPROVAL = Caseless(
    r"(?:^|[,;:\-–—]\s*)(?:(?:and|but|so)\s+)?(?:(?:is|was|would)\s+(?:that|this|it)\s+(?:right|ok|okay|alright|"
    r"all\s+right|enough|sensible|reasonable|wise|fine|the\s+right\s+(?:thing|call|decision|idea)(?:\s+to\s+do)?|"
    r"a\s+good\s+idea)|who(?:'s|\s+is)\s+right|am\s+i\s+right)\s*[?.!]*\s*$")
#: What a proposal can be: a visit, a scan, a specialist.
_PROPOSALS = ("urgency", "imaging", "specialist")
#: A guess at the end of a question that points back ("is there any way to tell early if it's
#: that?"): it is about the condition named before.
_THAT_ONE = Caseless(r"\b(?:if|whether)\s+(?:it'?s|its|it\s+is|this\s+is)\s+that\s*[?.!]*\s*$")
#: A bare question that asks whether what was just said is so ("Is it?", "Is she right?", "Could that be
#: true?"): after a sentence that names a cause, it asks about that cause.
_CONFIRMING = Caseless(r"^\s*(?:(?:and|but|so)\s+)?(?:is|could|can|might|would|was)\s+(?:it|that|this|she|he|they)"
                       r"(?:\s+be)?(?:\s+(?:right|true|so|correct|possible|the\s+reason))?\s*\?+\s*$")

#: A cause someone guesses, told ("my mum thinks it's from her vaccine"): a confirming question after it asks it.
_CAUSE_GUESSED = Caseless(r"\b(?:says?|said|thinks?|thought|reckons?|believes?|told\s+me)\s+(?:that\s+)?(?:it'?s|its|it\s+is|"
                          r"it\s+was|this\s+is)\s+(?:all\s+|just\s+|only\s+)?(?:from|because|due\s+to|caused\s+by)\b",
                          needs=("say", "said", "think", "thought", "reckon", "believe", "told"))

#: The writer's own guess right before a condition's name ("I think I have hemifacial spasm", "I'm
#: pretty sure it's Bell's palsy"): it asks whether that is what it is.
_OWN_GUESS = Caseless(r"\b(?:i\s+think|i\s+believe|i'?m\s+(?:pretty\s+|fairly\s+|quite\s+|almost\s+)?(?:sure|certain|"
                      r"convinced)|i\s+reckon|i\s+suspect|i\s+guess)\s+(?:that\s+)?(?:i\s+(?:have|'ve\s+got|have\s+got|"
                      r"got|might\s+have|may\s+have)|it'?s|it\s+is|this\s+is|it\s+(?:might|may|could)\s+be|"
                      r"(?:he|she)\s+(?:has|might\s+have|may\s+have)|(?:he|she)'?s\s+got)\s+(?:an?\s+|the\s+|some\s+)?$",
                      needs=("think", "believe", "sure", "certain", "convinced", "reckon", "suspect", "guess"))
#: A general question whether a condition causes something ("Does myasthenia gravis cause eyelid
#: twitching?", "can Bell's palsy cause twitching?"): it asks about that condition.
_GENERAL = Caseless(r"^\s*(?:(?:and|or|but|so)\s+)?(?:does|do|can|could|might|may|would|will)\b")


#: Lexicon concept of the words that add to what was said ("also", "too", "as well").
ADDING_CONCEPT = "ALSO"


def _adds(doc: Doc, pipeline: Pipeline, sentence: Span) -> bool:
    """Whether ``sentence`` adds to what came before ("he's *also* very stressed")."""
    return any(concept == ADDING_CONCEPT and sentence.start <= start < sentence.end
               for concept, start, _ in concept_matches(doc, pipeline))


def _causes_named(hits: list[_Hit]) -> list[str]:
    """The causes a sentence names, without words that also name a treatment ("magnesium")."""
    treatments = {(hit.start, hit.end) for hit in hits if hit.intent == "treatment"}
    return [hit.about for hit in hits if hit.intent == "cause" and hit.about and (hit.start, hit.end) not in treatments]


def _refers_back(sentence: Span, hits: list[_Hit], asked_cause: bool) -> bool:
    """A cause question that names no cause and points back with "that", "they" ... ("could that be
    why?", "could they be connected?"), or a bare guess that does ("could that be it?")."""
    if not any(norm in _BACK for norm in token_norms(sentence.doc)[sentence.start:sentence.end]):
        return False
    return asked_cause or (not hits and bool(_GUESS_BACK.search(span_text(sentence))))


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
    text = span_text(sentence).strip()
    question = queried or questions(sentence)
    # "caffeine?" is a guess too
    guessing = queried or bool(SPECULATION.search(text)) or (len(sentence) <= 4 and text.endswith("?"))
    # "what is (are) facial paralysis?" (the name right after the question words)
    guessing = guessing or (bool(_DEFINING.search(text)) and any(
        sentence.start <= start <= sentence.start + 4 for start, _ in named_spans))
    cause_cue = any(h.plain_cause for h in hits) or guessing
    # "is it the dry eye causing it?", "could this be a warning sign of a stroke?" do not ask what it is
    cause_asked = any(h.plain_cause and not h.frame for h in hits)
    # where a cause word asks ("Does myasthenia gravis cause ...?"), for a condition named before it
    cause_word = min((h.start for h in hits if h.plain_cause and not h.frame and not h.cue), default=None)
    # "magnesium??" alone, after no cause named, may ask either
    alone = words_in(sentence) <= 2 and not told.causes
    hits = _resolve_shared(_longest(hits), guessing, alone)
    # a clause that tells asks nothing but the causes it names; a treatment it names is the one the
    # question after it is about ("my doctor mentioned Botox, does it work?")
    starts = clause_starts(sentence)
    telling = telling_clauses(sentence, starts)
    # ... except the visit or scan of a plan whose approval is asked ("going to book the GP, is that right?")
    approving = bool(_APPROVAL.search(text))
    told_here = [h for h in hits if h.intent != "cause" and any(a <= h.start < b for a, b in telling)
                 and not (approving and h.intent in _PROPOSALS)]
    if not _asks_told_cause(sentence, hits, starts, telling):
        told_here += [h for h in hits if h.intent == "cause" and any(a <= h.start < b for a, b in telling)]
    hits = _without_frames([h for h in hits if h not in told_here], sentence, starts, telling)
    # "could this turn into Bell's palsy?": a condition named as an outcome is no guess at what it is
    outcome = {start for start, _ in named_here
               if any(h.intent == "prognosis" and h.end <= start <= h.end + 2 for h in hits)}
    named = _asked_about([(start, name) for start, name in named_here if start not in outcome], telling)
    told = _Told(_treatments(told_here) or told.treatments, told.condition, told.causes, told.proposed)
    if not question:
        hits = [h for h in hits if h.intent not in _NOT_ASKED_IN_A_WORRY]
    asked: list[tuple[str, str | None]] = []
    if named and guessing and not cause_asked:
        asked += [("what_is_it", condition) for condition in named]
    elif named and cause_word is not None and _GENERAL.search(text):
        asked += [("what_is_it", condition) for start, condition in named_here
                  if start < cause_word and start not in outcome]
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
    elif told.condition and not named and (_BARE_GUESS.search(text) or (
            ("what_is_it", None) in asked and _THAT_ONE.search(text))):
        asked = [item for item in asked if item != ("what_is_it", None)] + [("what_is_it", told.condition)]
    if told.proposed and all(h.frame for h in hits) and (_NECESSARY.search(text) or _APPROVAL.match(text)):
        asked = [item for item in asked if item != ("what_is_it", None)] + [(intent, None) for intent in told.proposed]
    if own_worry(text):
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
    asked_cause_before = False
    previous: tuple[Span | None, bool] = (None, False)  # the sentence before, and whether it has a cause word
    for sentence in sentences_of(doc):
        hits = hits_by_sentence.get(sentence.start, [])
        treatments = _treatments(hits)
        # words inside a condition's name ask nothing ("paralysis" in "facial paralysis"), nor does a
        # what-is-it phrase made of one ("is an eye twitch a sign of a stroke?"); a cause that is the
        # whole name is asked as well ("is this just eye strain?")
        hits = [h for h in hits if not any(
            (start <= h.start < end and not (h.intent == "cause" and h.about and (h.start, h.end) == (start, end)))
            or (h.intent == "what_is_it" and not h.frame and h.start < end and start < h.end)
            for start, end in named_spans)]
        named = named_in.get(sentence.start, [])
        (before_sentence, before_caused), previous = previous, (sentence, any(h.intent == "cause" for h in hits))
        before, told = told, _Told(treatments or told.treatments, named[0][1] if named else told.condition,
                                   tuple(_causes_named(hits)),
                                   tuple(dict.fromkeys(h.intent for h in hits if h.intent in _PROPOSALS)))
        queried = after_query_mark(sentence)
        if not (queried or asks(sentence)):
            # "Could the old fall be causing this? He's also very stressed.": a cause added to a cause
            # question just asked is asked about too
            if asked_cause_before and told.causes and _adds(doc, pipeline, sentence):
                for cause in told.causes:
                    asked.setdefault(("cause", cause), AskedIntent("cause", cause, span_text(sentence).strip()))
            asked_cause_before = False
            # "I think I have hemifacial spasm.": the writer's guess asks whether it is that
            for start, condition in named:
                if _OWN_GUESS.search(doc[sentence.start:start].text_with_ws):
                    asked.setdefault(("what_is_it", condition),
                                     AskedIntent("what_is_it", condition, span_text(sentence).strip()))
            continue
        if _CONFIRMING.match(span_text(sentence)) and before_sentence is not None and (
                before_caused or _CAUSE_GUESSED.search(span_text(before_sentence))):
            # "My wife thinks it is from stress. Is it?": the cause just told is what is asked about
            keys = [("cause", cause) for cause in before.causes] or [("cause", None)]
        else:
            keys = list(_sentence_intents(doc, sentence, hits, before, named, named_spans, queried))
        for key in keys:
            asked.setdefault(key, AskedIntent(key[0], key[1], span_text(sentence).strip()))
        asked_cause_before = any(intent == "cause" for intent, _ in keys)
    # "does botox work?" names a treatment: the plain intent is covered by the specific one
    specific = {a.intent for a in asked.values() if a.about}
    return [a for a in asked.values() if a.about or a.intent not in specific]
