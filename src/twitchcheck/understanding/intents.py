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
from twitchcheck.understanding.nlp import Pipeline

_ASKING = re.compile(
    r"\?|^\s*(?:what|why|how|is|are|am|do|does|did|should|shall|can|could|will|would|which|who|where|when|may|might|"
    r"any|anything|has|have|help|please)\b|\b(?:i\s+wonder|wondering|want\s+to\s+know|wanna\s+know|like\s+to\s+know|"
    r"need\s+to\s+know|please\s+(?:tell|advise|help|explain)|tell\s+me|advise|advice|worried|worry|worrying|scared|"
    r"afraid|fear|frightened|concerned|anxious\s+(?:that|it)|suspicious|maybe\s+it'?s|maybe\s+it\s+is|perhaps\s+it|could\s+it|is\s+it\s+because|i\s+think\s+it'?s|"
    r"not\s+sure\s+(?:if|whether)|whether|help!?)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class AskedIntent:
    intent: str
    about: str | None
    sentence: str


def _asking(sentence: str) -> bool:
    return bool(_ASKING.search(sentence))


def find_intents(doc: Doc, pipeline: Pipeline, kb: KnowledgeBase, conditions=()) -> list[AskedIntent]:
    """Intents asked in ``doc``, in order of first appearance, without duplicates.

    ``conditions`` are the condition-name mentions: "is this hemifacial spasm?" is
    a what-is-it question about hemifacial_spasm.
    """
    named_in = {}
    for mention in conditions:
        named_in.setdefault(doc[mention.start].sent.start, mention.finding)
    hits_by_sentence: dict[int, list[tuple[int, str, str | None]]] = {}
    for match_id, start, _end in pipeline.intent_phrases(doc):
        rule = kb.intents[int(doc.vocab.strings[match_id])]
        sentence = doc[start].sent
        hits_by_sentence.setdefault(sentence.start, []).append((start, rule.intent, rule.about))
    asked: list[AskedIntent] = []
    seen: set[tuple[str, str | None]] = set()

    def add(intent: str, about: str | None, sentence: str) -> None:
        if (intent, about) not in seen:
            seen.add((intent, about))
            asked.append(AskedIntent(intent, about, sentence))

    for sentence in doc.sents:
        hits = sorted(hits_by_sentence.get(sentence.start, []), key=lambda hit: hit[0])
        if not hits or not _asking(sentence.text):
            continue
        text = sentence.text.strip()
        has_cause_cue = any(intent == "cause" and about is None for _, intent, about in hits)
        for _, intent, about in hits:
            if intent == "cause":
                if about is not None and has_cause_cue:
                    add("cause", about, text)
                elif about is None and not any(i == "cause" and a for _, i, a in hits):
                    add("cause", None, text)
            elif intent == "what_is_it" and about is None and sentence.start in named_in:
                add(intent, named_in[sentence.start], text)
            else:
                add(intent, about, text)
    # "does botox work?" names a treatment: the plain intent is covered by the specific one
    specific = {a.intent for a in asked if a.about}
    return [a for a in asked if a.about or a.intent not in specific]
