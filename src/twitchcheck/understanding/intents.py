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
from twitchcheck.understanding.findings import sentence_starts, sentences_of
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


#: A guess at what it is or what caused it: "is it the coffee?", "could the fall have ..." (not
#: "is it safe to ...", "is it ok to ...").
_SPECULATION = re.compile(
    r"^\s*(?:(?:and|or|but|so)\s+)?(?:is|could|can|might|may|would|does|did)\s+(?:it|this|that|these|they)\b"
    r"(?!\s+(?:ok|okay|safe|normal|possible|true|fine|alright|necessary|advisable|wise)\b)|"
    r"^\s*(?:(?:and|or|but|so)\s+)?(?:could|might)\b|"  # "could the injury have damaged a nerve?"
    r"\b(?:is\s+(?:it|this|that)(?!\s+(?:ok|okay|safe|normal|possible|true|fine|alright|necessary|advisable|wise)\b)|"
    r"could\s+(?:it|this|that)\s+be|might\s+(?:it|this)\s+be|maybe\s+it'?s|"
    r"maybe\s+it\s+is|perhaps\s+it'?s|i\s+think\s+it'?s|or\s+is\s+it|(?:it'?s|its)\s+just|"
    r"wonder(?:ing)?\s+(?:if|whether)|whether|if\s+(?:it'?s|it\s+is|this\s+is)|"  # "wondering whether the ..."
    r"(?:afraid|scared|worried|fear|terrified|frightened)\s+(?:that\s+)?"  # "I'm afraid it is MS"
    r"(?:it|this)(?:'s|\s+is|\s+(?:could|might|may)\s+be))\b",
    re.IGNORECASE,
)

#: The writer's own worry: "I'm scared it will spread", "which is why I'm worried", "my fear is",
#: "it worries me"; not someone else's ("he is scared", "my husband is scared") and not a denied
#: one ("I'm not convinced").
_OWN_WORRY = re.compile(
    r"\b(?:i|i'm|im|i've|ive|we|we're)\b((?:\s+[\w']+){0,3}?)\s+" + _WORRY.pattern[2:] +
    r"|\bmy\s+(?:\w+\s+)?(?:fear|fears|worry|worries|concern)\b"
    r"|\b(?:worries|scares|frightens|terrifies|concerns)\s+(?:me|us)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)

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


def _hits_by_sentence(doc: Doc, pipeline: Pipeline, kb: KnowledgeBase, start_of: list[int]) -> dict[int, list[_Hit]]:
    hits: dict[int, list[_Hit]] = {}
    for match_id, start, end in pipeline.intent_phrases(doc):
        rule = kb.intents[int(doc.vocab.strings[match_id])]
        if rule.frame and _after_inability(doc, start):
            continue
        if rule.intent == "seriousness" and start and doc[start - 1].norm_ == "not":
            continue  # "I'm not worried, just curious"
        hits.setdefault(start_of[start], []).append(
            _Hit(start, end, rule.intent, rule.about, rule.standalone, rule.frame, rule.cue))
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
    return starts


def _telling_clauses(sentence: Span, starts: list[int]) -> list[tuple[int, int]]:
    """The clauses of a sentence of several that tell rather than ask ("He has a neurologist visit
    on Friday, should he wait?", "I had cataract surgery last week, is this normal?")."""
    if len(starts) < 2:
        return []
    bounds = [*starts[1:], sentence.end]
    return [(start, end) for start, end in zip(starts, bounds) if not asking(sentence.doc[start:end].text)]


def _without_frames(hits: list[_Hit], sentence: Span, starts: list[int], telling: list[tuple[int, int]]) -> list[_Hit]:
    """A frame counts only when nothing more specific is asked in its clause: "is this an
    emergency?" is about urgency, "is it just stress?" about stress, "is there anything I can do at
    home?" about self-care; a cause cue is specific too ("is that the start of it?" is no guess), and
    so is a cause told in a clause before ("I am on the computer all day, is it that?")."""
    clause_of = {hit: max(i for i, start in enumerate(starts) if start <= hit.start) for hit in hits}
    specific = {clause_of[hit] for hit in hits if not hit.frame}
    told_cause = [clause_of[hit] for hit in hits if hit.intent == "cause" and not hit.frame
                  and any(start <= hit.start < end for start, end in telling)]
    if told_cause:
        specific |= set(range(min(told_cause), len(starts)))
    return [hit for hit in hits if not hit.frame or clause_of[hit] not in specific]


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
    return any(not (match.group(1) and _NEGATED.search(match.group(1))) for match in _OWN_WORRY.finditer(text))


#: In a worry stated rather than asked ("I'm terrified it could turn into paralysis", "he is scared
#: and can't stop it", "which is why I'm worried") the outcomes and remedies named are what is
#: feared, not questions; so is a plain treatment.
_NOT_ASKED_IN_A_WORRY = frozenset({"prognosis", "self_care", "specialist", "what_is_it"})


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
    """What the sentences so far named, for questions that point back: the treatment and the
    condition named last ("does that work?", "is this the start of it?") and the causes of the
    sentence just before ("could that be why?")."""

    treatment: str | None = None
    condition: str | None = None
    causes: tuple[str, ...] = ()


def _sentence_intents(doc: Doc, sentence: Span, hits: list[_Hit], told: _Told, named: str | None,
                      named_spans: list[tuple[int, int]]) -> list[tuple[str, str | None]]:
    """The (intent, about) pairs one asking sentence asks; ``named`` is the condition it names."""
    text = sentence.text.strip()
    question = bool(_QUESTION.search(sentence.text))
    # "caffeine?" is a guess too
    guessing = bool(_SPECULATION.search(text)) or (len(sentence) <= 4 and text.endswith("?"))
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
    hits = _without_frames([h for h in hits if h not in told_here], sentence, starts, telling)
    treatment_named = next((h.about for h in hits if h.intent == "treatment" and h.about), None)
    told = _Told(next((h.about for h in told_here if h.intent == "treatment" and h.about), told.treatment),
                 told.condition, told.causes)
    if not question:
        hits = [h for h in hits if h.intent not in _NOT_ASKED_IN_A_WORRY
                and not (h.intent == "treatment" and h.about is None)]
    asked: list[tuple[str, str | None]] = []
    if named and guessing and not cause_asked:
        asked.append(("what_is_it", named))
    for hit in hits:
        if hit.intent == "cause":
            if hit.about is not None and (cause_cue or hit.standalone):
                asked.append(("cause", hit.about))
            elif hit.about is None and not hit.cue and not any(h.intent == "cause" and h.about for h in hits):
                asked.append(("cause", None))
        elif hit.intent == "what_is_it" and hit.cue:
            condition = _condition_of_cue(doc, hit, named, told.condition)
            if condition and question:
                asked.append((hit.intent, condition))
        elif hit.intent == "what_is_it" and hit.about is None and named:
            asked.append((hit.intent, named))
        elif (hit.intent == "treatment" and hit.about is None and not hit.standalone and not treatment_named
              and told.treatment):
            asked.append(("treatment", told.treatment))
        else:
            asked.append((hit.intent, hit.about))
    if told.causes and not _causes_named(hits) and _refers_back(sentence, hits, ("cause", None) in asked):
        asked += [("cause", about) for about in told.causes]
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
    named_in: dict[int, str] = {}
    for mention in conditions:
        named_in.setdefault(start_of[mention.start], mention.finding)
    named_spans = [(mention.start, mention.end) for mention in conditions]
    hits_by_sentence = _hits_by_sentence(doc, pipeline, kb, start_of)
    asked: dict[tuple[str, str | None], AskedIntent] = {}
    told = _Told()
    for sentence in sentences_of(doc):
        hits = hits_by_sentence.get(sentence.start, [])
        treatment_named = next((h.about for h in hits if h.intent == "treatment" and h.about), None)
        # words inside a condition's name ask nothing ("paralysis" in "facial paralysis")
        hits = [h for h in hits if not any(start <= h.start < end for start, end in named_spans)]
        named = named_in.get(sentence.start)
        before, told = told, _Told(treatment_named or told.treatment, named or told.condition,
                                   tuple(_causes_named(hits)))
        if not asking(sentence.text):
            continue
        for key in _sentence_intents(doc, sentence, hits, before, named, named_spans):
            asked.setdefault(key, AskedIntent(key[0], key[1], sentence.text.strip()))
    # "does botox work?" names a treatment: the plain intent is covered by the specific one
    specific = {a.intent for a in asked.values() if a.about}
    return [a for a in asked.values() if a.about or a.intent not in specific]
