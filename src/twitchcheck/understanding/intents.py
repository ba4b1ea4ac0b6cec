"""The questions a person asks, with what each is about.

Intent phrases only count in sentences that ask something: a question mark,
a question word at the start, or a cue such as "I wonder", "worried whether",
"want to know".  Cause questions are paired with the cause they name in the
same sentence ("is it because of the accident?" -> cause: trauma).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from twitchcheck.knowledge.schema import KnowledgeBase
from twitchcheck.understanding.findings import sentence_starts
from twitchcheck.understanding.nlp import Pipeline

_ASKING = re.compile(
    r"\?|^\s*(?:what|whats|wats|why|how|is|are|am|do|does|did|should|shall|can|could|will|would|which|who|where|when|may|might|"
    r"any|anything|has|have|help|please)\b|\b(?:i\s+wonder|wondering|want\s+to\s+know|wanna\s+know|like\s+to\s+know|"
    r"need\s+to\s+know|please\s+(?:tell|advise|help|explain)|tell\s+me|advise|advice|worried|worry|worrying|scared|"
    r"afraid|fear|frightened|terrified|panicking|freaking\s+out|freaked\s+out|paranoid|convinced|concerned|anxious\s+(?:that|it)|suspicious|maybe\s+it'?s|maybe\s+it\s+is|perhaps\s+it|could\s+it|is\s+it\s+because|i\s+think\s+it'?s|"
    r"not\s+sure\s+(?:if|whether)|whether|help!?|what\s+if|tell\s+me\s+(?:it'?s|its)|what\s+(?:is|are|was)\s+(?:this|it|that|these|happening|wrong)|"
    r"what\s+(?:should|do|can|could)\s+(?:i|we|he|she)|should\s+(?:i|we|he|she)|do\s+(?:i|we)\s+need|"
    r"(?:is|could|can|will|would)\s+(?:it|this|that)|how\s+(?:do|can|long|soon|quickly)|why\s+(?:does|is|do|did)|"
    r"am\s+i|any\s+(?:idea|advice|help|thoughts))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class AskedIntent:
    intent: str
    about: str | None
    sentence: str


def asking(sentence: str) -> bool:
    return "?" in sentence or bool(_ASKING.search(sentence))  # a question mark asks (_ASKING's first branch)


_SPECULATION = re.compile(
    r"^\s*(?:is|could|can|might|may|would|does|did)\s+(?:it|this|that|these|they)\b|"
    r"\b(?:is\s+(?:it|this|that)|could\s+(?:it|this|that)\s+be|might\s+(?:it|this)\s+be|maybe\s+it'?s|"
    r"maybe\s+it\s+is|perhaps\s+it'?s|i\s+think\s+it'?s|or\s+is\s+it|(?:it'?s|its)\s+just)\b",
    re.IGNORECASE,
)


#: Asking what something is: "what is facial paralysis?", "what are tics?", "tell me about MVD".
_DEFINING = re.compile(r"^\s*(?:what\s+(?:is|are|'s)|what\s+does|tell\s+me\s+about|explain|define)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Hit:
    start: int
    intent: str
    about: str | None
    standalone: bool
    frame: bool = False


def _hits_by_sentence(doc: Doc, pipeline: Pipeline, kb: KnowledgeBase, start_of: list[int]) -> dict[int, list[_Hit]]:
    hits: dict[int, list[_Hit]] = {}
    for match_id, start, _end in pipeline.intent_phrases(doc):
        rule = kb.intents[int(doc.vocab.strings[match_id])]
        hits.setdefault(start_of[start], []).append(_Hit(start, rule.intent, rule.about, rule.standalone, rule.frame))
    return {key: sorted(value, key=lambda hit: hit.start) for key, value in hits.items()}


def find_intents(doc: Doc, pipeline: Pipeline, kb: KnowledgeBase, conditions=()) -> list[AskedIntent]:
    """Intents asked in ``doc``, in order of first appearance, without duplicates.

    ``conditions`` are the condition-name mentions: "is this hemifacial spasm?" is
    a what-is-it question about hemifacial_spasm.  A cause question needs a cause
    word ("because of", "from") or a guess ("is it the coffee?", "could it be MS?")
    next to the cause it names, unless the word asks by itself ("hereditary?").
    A treatment question without a named treatment ("does that work?") takes the
    treatment named in the sentence before.
    """
    start_of = sentence_starts(doc)
    named_in: dict[int, str] = {}
    for mention in conditions:
        named_in.setdefault(start_of[mention.start], mention.finding)
    named_spans = [(mention.start, mention.end) for mention in conditions]
    hits_by_sentence = _hits_by_sentence(doc, pipeline, kb, start_of)
    asked: list[AskedIntent] = []
    seen: set[tuple[str, str | None]] = set()

    def add(intent: str, about: str | None, sentence: str) -> None:
        if (intent, about) not in seen:
            seen.add((intent, about))
            asked.append(AskedIntent(intent, about, sentence))

    previous_treatment: str | None = None
    for sentence in doc.sents:
        hits = hits_by_sentence.get(sentence.start, [])
        text = sentence.text.strip()
        treatment_named = next((h.about for h in hits if h.intent == "treatment" and h.about), None)
        if not asking(sentence.text):
            previous_treatment = treatment_named or previous_treatment
            continue
        guessing = bool(_SPECULATION.search(text)) or len(sentence) <= 4  # "caffeine?" is a guess too
        # "what is (are) facial paralysis?" (the name right after the question words)
        guessing = guessing or (bool(_DEFINING.search(text)) and any(
            sentence.start <= start <= sentence.start + 4 for start, _ in named_spans))
        # words inside a condition's name ask nothing ("paralysis" in "facial paralysis")
        hits = [h for h in hits if not any(start <= h.start < end for start, end in named_spans)]
        cause_cue = any(h.intent == "cause" and h.about is None for h in hits) or guessing
        if sentence.start in named_in and guessing:
            add("what_is_it", named_in[sentence.start], text)
        if any(not h.frame and h.intent != "what_is_it" and not (h.intent == "cause" and h.about is None)
               for h in hits):
            hits = [h for h in hits if not h.frame]  # "is this an emergency?" asks about urgency only
        if cause_cue and any(h.intent == "cause" and h.about == "medication" for h in hits):
            # a medicine asked about as a cause ("is his medication to blame?") is not a treatment question
            hits = [h for h in hits if not (h.intent == "treatment" and h.about == "medication")]
        for hit in hits:
            if hit.intent == "cause":
                if hit.about is not None and (cause_cue or hit.standalone):
                    add("cause", hit.about, text)
                elif hit.about is None and not any(h.intent == "cause" and h.about for h in hits):
                    add("cause", None, text)
            elif hit.intent == "what_is_it" and hit.about is None and sentence.start in named_in:
                add(hit.intent, named_in[sentence.start], text)
            elif hit.intent == "treatment" and hit.about is None and not treatment_named and previous_treatment:
                add("treatment", previous_treatment, text)
            else:
                add(hit.intent, hit.about, text)
        previous_treatment = treatment_named or previous_treatment
    # "does botox work?" names a treatment: the plain intent is covered by the specific one
    specific = {a.intent for a in asked if a.about}
    return [a for a in asked if a.about or a.intent not in specific]
