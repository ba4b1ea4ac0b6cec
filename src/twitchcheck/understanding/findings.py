"""Finding mentions: where the text says something the catalogue knows, and with what status.

Two matchers feed one span group: exact phrases of a finding, and lexicon
concept combinations that co-occur in a sentence ("lid" + "jumping").  ConText
then marks each mention as negated, hypothetical, historical, someone else's,
or reported by another person; the statuses of all mentions of a finding are
merged into one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc

from twitchcheck.knowledge.derived import derived
from twitchcheck.knowledge.schema import KnowledgeBase, combo_parts
from twitchcheck.understanding.context import Target
from twitchcheck.understanding.document import sentence_starts, sentences_of, token_lowers, token_norms
from twitchcheck.understanding.nlp import DESCRIBED, Pipeline

__all__ = ["AFFIRMED", "FAMILY_FINDING", "Mention", "concept_matches", "find_mentions", "merge", "read_mentions",
           "sentence_starts", "sentences_of"]

#: Widest token window in which the concepts of one combination may be spread.
COMBO_WINDOW = 14

#: ConText category -> finding status, strongest first.
_STATUS_BY_CATEGORY = (
    ("FAMILY", "other_person"),
    ("HYPOTHETICAL", "hypothetical"),
    ("NEGATED_EXISTENCE", "absent"),
    ("HISTORICAL", "historical"),
    ("POSSIBLE_EXISTENCE", "uncertain"),
    ("REPORTED_BY_OTHER", "reported_by_other"),
)

#: ConText category of cues that say when something happened lately ("yesterday", "an hour ago"):
#: a danger sign that passed so recently still counts as now (a stroke warning that cleared up
#: yesterday needs the same urgent care), whatever else its status.
RECENT = "RECENT"

#: When mentions disagree, the merged status is the first of these present.  Someone else's
#: illness outranks a worry about it: "my aunt has MS ... could it be MS?" tells of the aunt's MS
#: and only asks about the writer's.
_MERGE_ORDER = ("present", "reported_by_other", "historical", "absent", "uncertain", "other_person", "hypothetical")

AFFIRMED = frozenset({"present", "reported_by_other"})


@dataclass(frozen=True)
class Mention:
    finding: str
    status: str
    start: int
    end: int
    sentence: str
    #: For a condition: named by words that describe its symptom ("eye twitch"), not a diagnosis.
    described: bool = False


def concept_matches(doc: Doc, pipeline: Pipeline) -> list[tuple[str, int, int]]:
    """(concept, start, end) of every lexicon term in ``doc``, matched once per document."""
    matches = doc.user_data.get("twitchcheck.concepts")
    if matches is None:
        labels = pipeline.labels
        matches = doc.user_data["twitchcheck.concepts"] = [
            (labels[match_id], start, end) for match_id, start, end in pipeline.concept_phrases(doc)]
    return matches


def _concept_spans(doc: Doc, pipeline: Pipeline) -> dict[int, dict[str, list[tuple[int, int]]]]:
    """Concept occurrences grouped by sentence start: {sent_start: {concept: [(start, end)]}}."""
    by_sentence: dict[int, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    sentence_of = sentence_starts(doc)
    matches = concept_matches(doc, pipeline)
    yields = pipeline.concept_yields
    # only concepts that others yield to need looking at, sentence by sentence
    winners: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
    if yields:
        wanted = frozenset().union(*yields.values())
        for match in matches:
            if match[0] in wanted:
                winners[sentence_of[match[1]]].append(match)
    for concept, start, end in matches:
        sentence = sentence_of[start]
        if concept in yields and any(other in yields[concept] and s < end and start < e
                                     for other, s, e in winners.get(sentence, ())):
            continue  # a more fitting concept covers the same words
        by_sentence[sentence][concept].append((start, end))
    return by_sentence


class _Sentences:
    """Sentence start and text of any token, computed once per document."""

    def __init__(self, doc: Doc, text: str) -> None:
        self.start_of = sentence_starts(doc)
        self.text_at = {sentence.start: text[sentence.start_char:sentence.end_char].strip()
                        for sentence in sentences_of(doc)}

    def text(self, token: int) -> str:
        return self.text_at[self.start_of[token]]


def _closest(combo: tuple[str, ...], found: dict[str, list[tuple[int, int]]], window: int = COMBO_WINDOW
             ) -> tuple[int, int] | None:
    """The tightest window holding one occurrence of every concept of ``combo``."""
    anchor_concept = min(combo, key=lambda c: len(found[c]))
    best: tuple[int, int] | None = None
    for anchor in found[anchor_concept]:
        start, end = anchor
        for concept in combo:
            if concept == anchor_concept:
                continue
            options = found[concept]
            # (most concepts occur once in a sentence: that occurrence is the nearest)
            nearest = options[0] if len(options) == 1 else min(options, key=lambda span: abs(span[0] - anchor[0]))
            start, end = min(start, nearest[0]), max(end, nearest[1])
        if end - start <= window and (best is None or end - start < best[1] - best[0]):
            best = (start, end)
    return best


@dataclass(frozen=True)
class _Combo:
    order: tuple[int, int]  # (finding's place in the catalogue, combination's place in the finding)
    finding: str
    concepts: frozenset[str]
    sequence: tuple[str, ...]
    window: int


def _index(kb: KnowledgeBase, denials: bool) -> dict[str, list[_Combo]]:
    """Every concept combination (or denial combination), indexed by its first concept (a combination needs them all)."""
    index: dict[str, list[_Combo]] = defaultdict(list)
    for place, finding in enumerate(kb.findings.values()):
        for number, combo in enumerate(finding.denial_combos if denials else finding.combos):
            concepts, window = combo_parts(combo)
            index[concepts[0]].append(_Combo((place, number), finding.id, frozenset(concepts), tuple(concepts),
                                              window or finding.window or COMBO_WINDOW))
    return dict(index)


def _combo_index(kb: KnowledgeBase) -> dict[str, list[_Combo]]:
    return _index(kb, denials=False)


def _denial_combo_index(kb: KnowledgeBase) -> dict[str, list[_Combo]]:
    return _index(kb, denials=True)


def _combo_order(combo: _Combo) -> tuple[int, int]:
    return combo.order


def _combo_stretches(found: dict[int, dict[str, list[tuple[int, int]]]], index: dict[str, list[_Combo]],
                     own_words: dict[tuple[str, int, int], list[tuple[int, int]]] | None = None,
                     places: _Places | None = None, norms: list[str] | None = None) -> list[tuple[str, int, int]]:
    """(finding, start, end) of the combinations whose concepts occur close together in one sentence.

    A finding's first combination that matches is kept, and any later one that reaches other words
    of the sentence ("when I smile my eye narrows, and when I blink the corner of my mouth pulls up"
    is one finding twice, so that each part can explain away what it overlaps; overlapping
    mentions of one finding are later reduced to the longest).  With ``places``, a combination
    that joins a movement to a place it does not belong to is set aside (see :func:`_misplaced`).
    ``own_words`` receives, for each stretch, the concept occurrences it is made of."""
    stretches = []
    for sentence_start, sentence in found.items():
        concepts = set(sentence)  # (a set: a frozenset's <= against dict keys is tested in Python)
        candidates = sorted((combo for concept in sentence for combo in index.get(concept, ())
                             if combo.concepts <= concepts), key=_combo_order)
        kept: dict[str, list[tuple[int, int]]] = defaultdict(list)
        matched: list[tuple[_Combo, tuple[int, int], list[tuple[str, tuple[int, int]]]]] = []
        for combo in candidates:
            stretch = _closest(combo.sequence, sentence, combo.window)
            if stretch is not None and not any(s <= stretch[0] and stretch[1] <= e for s, e in kept[combo.finding]):
                kept[combo.finding].append(stretch)
                matched.append((combo, stretch, [
                    (concept, occurrence) for concept in combo.concepts for occurrence in sentence[concept]
                    if stretch[0] <= occurrence[0] and occurrence[1] <= stretch[1]]))
        if places is not None and len(concepts & places.sites) > 1:
            matched = _misplaced(matched, sentence, sentence_start, places, norms)
        for combo, stretch, occurrences in matched:
            stretches.append((combo.finding, stretch[0], stretch[1]))
            if own_words is not None:
                own_words[(combo.finding, *stretch)] = [occurrence for _, occurrence in occurrences]
    return stretches


@dataclass(frozen=True)
class _Places:
    """The lexicon's place words (``schema.PlaceWords``) as token norms, and its ``site`` concepts."""

    sites: frozenset[str]
    prepositions: tuple[tuple[str, ...], ...]  # longest first
    owner_concepts: frozenset[str]
    owner_words: frozenset[str]
    determiners: frozenset[str]
    joiners: frozenset[str]
    pronouns: frozenset[str]
    movements: frozenset[str]


def _place_words(kb: KnowledgeBase) -> _Places:
    words = kb.places
    return _Places(frozenset(c.id for c in kb.concepts.values() if c.site),
                   tuple(sorted({tuple(p.lower().split()) for p in words.prepositions}, key=len, reverse=True)),
                   frozenset(words.owner_concepts), frozenset(w.lower() for w in words.owner_words),
                   frozenset(words.determiners), frozenset(words.joiners), frozenset(words.pronouns),
                   frozenset(words.movements))


def _with_antecedents(found: dict[int, dict[str, list[tuple[int, int]]]], doc: Doc, places: _Places,
                      norms: list[str]) -> None:
    """Give a sentence's subject pronoun ("it") what the sentence before names, when each holds only
    half of a movement at a place: "My left eye has been bothering me. It keeps twitching." (the
    place) and "There is a twitch. It is in my lower lid." (the movement).  The pronoun's token
    becomes an occurrence of those concepts.  Only a pronoun that opens its sentence (after at most
    one joiner: "And it ...") counts, and only when the sentence before tells no movement of its
    own (else "it" is that movement: "My lip gets pulled down. It's a pull, not a twitch.")."""
    sites, movements = places.sites, places.movements
    sentences = sentences_of(doc)
    for number in range(1, len(sentences)):
        before, here = found.get(sentences[number - 1].start), found.get(sentences[number].start)
        if not before or not here:
            continue
        first = sentences[number].start
        if norms[first] in places.joiners and first + 1 < sentences[number].end:
            first += 1
        if norms[first] not in places.pronouns:
            continue
        here_sites, here_movements = sites.intersection(here), movements.intersection(here)
        before_sites, before_movements = sites.intersection(before), movements.intersection(before)
        if before_movements and (here_movements or before_sites):
            continue
        if here_movements and not here_sites and before_sites:
            last = max(occurrence for concept in before_sites for occurrence in before[concept])
            given = {concept for concept in before_sites
                     if any(_overlapping(o, last) for o in before[concept])}
        elif here_sites and not here_movements and before_movements:
            given = before_movements
        else:
            continue
        for concept in given:
            here.setdefault(concept, []).append((first, first + 1))
            here[concept].sort()


def _overlapping(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def _elsewhere(place: tuple[int, int], owners: set[int], sentence_start: int, places: _Places,
               norms: list[str]) -> bool:
    """Whether ``place`` is where something other than the movement is: it follows a preposition of
    place right after a word that has a place of its own (``owners``: "a swollen gland under my
    jaw", "pain under my jaw"; not "twitching under my eye", nor "it started in my cheek")."""
    at = place[0]
    while at > sentence_start and norms[at - 1] in places.determiners:
        at -= 1
    for preposition in places.prepositions:
        begin = at - len(preposition)
        if begin >= sentence_start and tuple(norms[begin:at]) == preposition:
            return begin - 1 >= sentence_start and (begin - 1 in owners or norms[begin - 1] in places.owner_words)
    return False


def _widest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans not inside another one ("side of his face", not its "face")."""
    return [span for span in spans
            if not any(o != span and o[0] <= span[0] and span[1] <= o[1] for o in spans)]


def _misplaced(matched: list[tuple[_Combo, tuple[int, int], list[tuple[str, tuple[int, int]]]]],
               sentence: dict[str, list[tuple[int, int]]], sentence_start: int, places: _Places, norms: list[str]
               ) -> list[tuple[_Combo, tuple[int, int], list[tuple[str, tuple[int, int]]]]]:
    """``matched`` without the combinations that give a movement to a place not its own.

    A place of a combination is not the movement's when another place (not part of the
    combination) lies nearer the movement, is not itself where something else is (nor where a
    place is: "my eye near my nose twitches" is the eye's twitch), makes its own
    combination with the movement, and either the first place is where something else is ("a
    swollen gland under my jaw and my eye twitches") or comes first and is parted from the nearer
    place by words of its own ("my jaw is sore and my eye twitches"; only joiners part "my eyelid
    and my cheek twitch", which is both)."""
    sites = places.sites
    all_places = _widest([occurrence for concept, found in sentence.items() if concept in sites for occurrence in found])
    if len(all_places) < 2:
        return matched  # (one place, told by several concepts: "eyes" is EYE and EYES)
    place_tokens = {token for start, end in all_places for token in range(start, end)}
    owner_tokens = {concept: {token for start, end in sentence[concept] for token in range(start, end)}
                    for concept in places.owner_concepts if concept in sentence}
    spans_of: list[set[tuple[int, int]]] | None = None
    kept = []
    for number, (combo, stretch, occurrences) in enumerate(matched):
        own = [occurrence for concept, occurrence in occurrences if concept in sites]
        if not own:
            kept.append((combo, stretch, occurrences))
            continue
        movers = [occurrence for concept, occurrence in occurrences if concept not in sites]
        others = [occurrence for occurrence in all_places if not any(_overlapping(occurrence, o) for o in own)]
        if not movers or not others:
            kept.append((combo, stretch, occurrences))
            continue
        if spans_of is None:
            spans_of = [{occurrence for _, occurrence in found} for _, _, found in matched]
        owners = set().union(*(tokens for concept, tokens in owner_tokens.items() if concept not in combo.concepts))
        wrong = False
        for place in own:
            movement = min(movers, key=lambda occurrence: _gap(place, occurrence))
            for other in others:
                if (_gap(other, movement) >= _gap(place, movement)
                        or _elsewhere(other, owners | place_tokens, sentence_start, places, norms)
                        or not any(movement in spans and any(_overlapping(o, other) for o in spans)
                                   for n, spans in enumerate(spans_of) if n != number)):
                    continue
                if _elsewhere(place, owners, sentence_start, places, norms) or (
                        place[1] <= other[0] and other[1] <= movement[0]
                        and any(norms[token] not in places.joiners and token not in place_tokens
                                for token in range(place[1], other[0]))):
                    wrong = True
                    break
            if wrong:
                break
        if not wrong:
            kept.append((combo, stretch, occurrences))
    return kept


def _combo_mentions(doc: Doc, pipeline: Pipeline, kb: KnowledgeBase,
                    own_words: dict[tuple[str, int, int], list[tuple[int, int]]] | None = None,
                    concepts: dict[int, dict[str, list[tuple[int, int]]]] | None = None) -> list[Target]:
    """Findings whose concepts occur close together in one sentence.

    ``own_words`` receives, for each mention, the concept occurrences it is made of.
    """
    found = _concept_spans(doc, pipeline) if concepts is None else concepts
    return [Target(finding, start, end)
            for finding, start, end in _combo_stretches(found, derived(kb, _combo_index), own_words,
                                                                derived(kb, _place_words), token_norms(doc))]


def _phrase_mentions(doc: Doc, pipeline: Pipeline) -> list[Target]:
    labels = pipeline.labels
    return [Target(labels[match_id], start, end) for match_id, start, end in pipeline.finding_phrases(doc)]


def _longest(spans: list[Target]) -> list[Target]:
    """One span per stretch of text and finding: overlapping mentions of a finding keep the longest."""
    kept: list[Target] = []
    for span in sorted(spans, key=lambda s: (s.label_, s.start, -(s.end - s.start))):
        last = kept[-1] if kept else None
        if last is not None and last.label_ == span.label_ and span.start < last.end:
            continue
        kept.append(span)
    return kept


#: Tokens between a course word and the words that explain its mention away within which it is still
#: explained with them.
_NEAR = 3


def _overridden_by(kb: KnowledgeBase) -> dict[str, list[str]]:
    return {finding.id: finding.overridden_by for finding in kb.findings.values()}


def _overridden_whole(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(finding.id for finding in kb.findings.values() if finding.overridden_whole)


def _without_overridden(spans: list[Target], kb: KnowledgeBase,
                        own_words: dict[tuple[str, int, int], list[tuple[int, int]]] | None = None) -> list[Target]:
    """Drop mentions that an overlapping mention of a more specific finding explains.

    "My hands and feet go numb" matches both limb numbness and hands-and-feet
    numbness; the catalogue says the second overrides the first.  Only a mention that stays
    explains another away: "her face twitches" stays when the "mouth ... twitches" that would
    explain it is itself tingling around the mouth.
    """
    overridden_by = derived(kb, _overridden_by)
    overriding = {span.label_: overridden_by[span.label_] for span in spans}

    own_words = own_words or {}
    whole = derived(kb, _overridden_whole)

    def explained(span: Target, against: dict[str, list[Target]]) -> bool:
        # a finding marked overridden_whole is explained away only when every word its combination is
        # made of is ("jerking every few seconds ... and it won't stop": the episodes explain the
        # jerking, not that it won't stop); others go as soon as the words overlap
        words = own_words.get((span.label_, span.start, span.end), [(span.start, span.end)]) \
            if span.label_ in whole else [(span.start, span.end)]
        others = [other for label in overriding[span.label_] for other in against.get(label, ())
                  if other.start < span.end and span.start < other.end]
        # (a word right beside the explaining words is part of the same telling: "on and off all day")
        return bool(others) and all(any(o.start - _NEAR < e and s < o.end + _NEAR for o in others) for s, e in words)

    def survivors(against: list[Target]) -> list[Target]:
        # the mentions that may explain others, by finding (each span tested against every other grew
        # with the square of a long letter's mentions)
        by_finding: dict[str, list[Target]] = defaultdict(list)
        for other in against:
            by_finding[other.label_].append(other)
        return [span for span in spans if not overriding[span.label_] or not explained(span, by_finding)]

    kept = survivors(spans)
    for _ in range(3):  # chains of overrides are short; a few rounds reach the fixed point
        again = survivors(kept)
        if again == kept:
            break
        kept = again
    return kept


def _denials(doc: Doc, pipeline: Pipeline, sentences: _Sentences,
             concepts: dict[int, dict[str, list[tuple[int, int]]]], kb: KnowledgeBase) -> list[Mention]:
    """Statements that deny a finding on their own ("my speech is fine", "I can talk fine").

    A denial inside a longer denial of another finding gives way to it: "no twitching in my
    tongue" denies tongue twitching, not the eyelid twitching that "no twitching" denies alone.
    A "not" or "unable to" right before a denial undoes it: "he is not talking normally", "I can't
    close my eyes tightly", "unable to close my eye tight" deny nothing ("no trouble talking", "I'm
    not numb anywhere" still deny).
    """
    labels = pipeline.labels
    matches = [(labels[match_id], start, end) for match_id, start, end in pipeline.denial_phrases(doc)]
    matches += _combo_stretches(concepts, derived(kb, _denial_combo_index))
    undoers = _undoers_by_last_word(pipeline.denial_undoers)
    norms = token_norms(doc)
    by_sentence: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
    for match in matches:
        by_sentence[sentences.start_of[match[1]]].append(match)
    return [Mention(finding, "absent", start, end, sentences.text(start))
            for finding, start, end in matches
            if not any(other != finding and s <= start and end <= e and e - s > end - start
                       for other, s, e in by_sentence[sentences.start_of[start]])
            and not _negated_denial(start, concepts, sentences)
            and not (start and any(_ends_with(norms, start, undoer) for undoer in undoers.get(norms[start - 1], ())))]


#: Lexicon concept of the words that turn a denial round ("he is *not* talking normally").
NEGATION_CONCEPT = "NOT"
#: How many tokens may stand between such a word and the denial it turns round ("not really speaking normally").
_NEGATION_GAP = 2


def _negated_denial(start: int, concepts: dict[int, dict[str, list[tuple[int, int]]]], sentences: _Sentences) -> bool:
    """A denial just after a negation in its sentence says the opposite ("she isn't talking normally")."""
    negations = concepts.get(sentences.start_of[start], {}).get(NEGATION_CONCEPT, ())
    return any(start - _NEGATION_GAP <= end <= start for _, end in negations)


def _ends_with(norms: list[str], end: int, words: tuple[str, ...]) -> bool:
    """Whether the norms of the tokens before ``end`` are ``words``."""
    start = end - len(words)
    return start >= 0 and all(norms[start + i] == word for i, word in enumerate(words))


@lru_cache(maxsize=4)
def _undoers_by_last_word(undoers: frozenset[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """The words that undo a denial, by their last word (one table per pipeline)."""
    by_last: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for undoer in undoers:
        by_last[undoer[-1]].append(undoer)
    return dict(by_last)


def _without_stray_cues(spans, own_words: dict[tuple[str, int, int], list[tuple[int, int]]],
                        lowers: list[str]) -> None:
    """Drop, in one pass over the mentions, the cues that do not modify them after all:

    * a cue inside the words a mention is made of is part of what it says: "when she reads it
      does not happen" is distractibility (its concept ``NOT_HAPPEN``), not a denial of it.  A
      phrase is made of all its words; a combination of its concepts' occurrences, so "my cheek
      doesn't twitch" is still denied.  (medspaCy's overlap test misses a cue inside a mention.)
    * a negation stays in its clause: it does not deny a combination whose words after it all lie
      past its reach, in a clause that a comma, a semicolon or a contrast ("but", "only", "just")
      opens ("my eyes don't close or squeeze shut, I just feel the flutter": the twitch is "eyes ...
      flutter", and "don't" says nothing of the flutter).  A mention that starts after the negation
      is ConText's (``context._Modifier.modifies``); a negation within the later clause denies it
      there as usual.
    """
    for span in spans:
        if not span.modifiers:
            continue
        combined = own_words.get((span.label_, span.start, span.end))
        words = combined or [(span.start, span.end)]
        kept = tuple(m for m in span.modifiers
                     if not any(s <= m.modifier_span[0] and m.modifier_span[1] <= e for s, e in words)
                     and not (combined and _left_behind(m, span, combined, lowers)))
        if len(kept) != len(span.modifiers):
            span.modifiers = kept


#: Words that open a clause of its own after a negation (besides punctuation).
_CLAUSE_OPENERS = frozenset({",", ";", ":", "-", "—", "but", "only", "just", "yet", "though", "although", "however",
                             "except", "whereas", "instead"})


def _left_behind(modifier, span, words: list[tuple[int, int]], lowers: list[str]) -> bool:
    if modifier.category != "NEGATED_EXISTENCE" or modifier.direction == "PSEUDO":
        return False
    start, end = modifier.modifier_span
    reach = modifier.scope_span[1]
    if not span.start < start or any(end <= s < reach for s, _ in words):
        return False
    beyond = [s for s, _ in words if s >= reach]
    return bool(beyond) and any(word in _CLAUSE_OPENERS for word in lowers[end:min(beyond)])


_POSSESSIVES = frozenset({"my", "his", "her", "our", "their"})


def _status(span: Target, lowers: list[str]) -> str:
    categories = {modifier.category for modifier in span.modifiers} - {RECENT}
    if categories == {"HYPOTHETICAL"} and _own_symptom_in_a_worry(span, lowers):
        return "present"
    for category, status in _STATUS_BY_CATEGORY:
        if category in categories:
            return status
    return "present"


def _own_symptom_in_a_worry(span: Target, lowers: list[str]) -> bool:
    """"I'm scared my eye twitch is MS": the twitch is real, only MS is feared.  A movement named
    with a possessive right after a worry cue (``worry: true`` in context.yaml) is the person's own
    (a feared droop stays a worry, and so does a place it is feared to reach: "scared it will
    spread to my mouth")."""
    modifiers = [m for m in span.modifiers if m.category != RECENT]
    if not all((m.rule.metadata or {}).get("worry") for m in modifiers) or span.start == 0:
        return False
    if not any(0 <= span.start - m.modifier_span[1] <= _WORRY_REACH for m in modifiers):
        return False
    before = lowers[span.start - 1]
    first = lowers[span.start]
    return (before in _POSSESSIVES or first in _POSSESSIVES) and span.label_ in _OWN_SYMPTOM_FINDINGS


#: How far after a worry cue the person's own symptom may begin ("scared that my eye ...").
_WORRY_REACH = 3

#: Findings that name a movement someone already has (not a feared outcome such as a droop or spread).
_OWN_SYMPTOM_FINDINGS = frozenset({"eyelid_twitching", "lower_face_twitching", "face_twitching", "continuous_rippling",
                                   "increased_blinking", "forced_eye_closure", "jaw_clenching_one_side"})


#: The finding that records illness in relatives: another person's illness is its evidence.
FAMILY_FINDING = "family_history_movement"
#: Label prefix of condition-name mentions ("my hemifacial spasm") in the span group.
CONDITION_PREFIX = "condition:"


def _condition_mentions(doc: Doc, pipeline: Pipeline) -> list[Target]:
    labels = pipeline.labels
    return [Target(CONDITION_PREFIX + labels[match_id], start, end)
            for match_id, start, end in pipeline.condition_phrases(doc)]


def find_mentions(doc: Doc, pipeline: Pipeline, kb: KnowledgeBase, text: str | None = None
                  ) -> tuple[list[Mention], list[Mention]]:
    """Finding mentions and condition-name mentions in ``doc`` (whose text is ``text``), each with its ConText status."""
    concepts = _concept_spans(doc, pipeline)
    if len(concepts) > 1:
        _with_antecedents(concepts, doc, derived(kb, _place_words), token_norms(doc))
    own_words: dict[tuple[str, int, int], list[tuple[int, int]]] = {}
    spans = _without_overridden(_longest(_phrase_mentions(doc, pipeline)
                                         + _combo_mentions(doc, pipeline, kb, own_words, concepts)), kb, own_words)
    sentences = _Sentences(doc, doc.text if text is None else text)
    # a denial that a longer mention of another finding continues is part of that mention ("no
    # twitching in my tongue" is about the tongue, not a denial of eyelid twitching); one that a
    # wide mention merely spans stays a denial ("legs, his smile is even when ...")
    spans_by_sentence: dict[int, list[Target]] = defaultdict(list)
    for span in spans:
        spans_by_sentence[sentences.start_of[span.start]].append(span)
    denials = [d for d in _denials(doc, pipeline, sentences, concepts, kb)
               if not any(span.label_ != d.finding and d.start < span.start < d.end < span.end
                          for span in spans_by_sentence.get(sentences.start_of[d.start], ()))]
    denied = [(m.finding, m.start, m.end) for m in denials]
    denied_by_finding: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for finding, start, end in denied:
        denied_by_finding[finding].append((start, end))
    # a mention that the denial of a more specific finding explains goes too ("I can close both
    # eyes fine" denies a weak lid; it says nothing of eyes squeezing shut)
    spans = [span for span in spans
             if not any(start < span.end and span.start < end for f in kb.findings[span.label_].overridden_by
                        for start, end in denied_by_finding.get(f, ()))]
    targets = spans + _longest(_condition_mentions(doc, pipeline))
    pipeline.context(doc, targets)
    lowers = token_lowers(doc)
    _without_stray_cues(targets, own_words, lowers)
    findings, conditions = list(denials), []
    passed_lately: set[str] = set()  # sentences of danger signs that passed lately and still count as now
    for span in targets:
        if any(start < span.end and span.start < end for start, end in denied_by_finding.get(span.label_, ())):
            continue  # "he can't hold it back": the denial of suppressibility, not a report of it
        status = _status(span, lowers)
        if span.label_.startswith(CONDITION_PREFIX):
            condition, described, _ = span.label_[len(CONDITION_PREFIX):].partition(DESCRIBED)
            conditions.append(Mention(condition, status, span.start, span.end, sentences.text(span.start),
                                      described=bool(described)))
            continue
        if kb.findings[span.label_].category == "history" and status == "historical":
            status = "present"  # a past palsy is exactly what a history finding records
        if status == "historical" and kb.findings[span.label_].safety \
                and any(m.category == RECENT for m in span.modifiers):
            status = "present"  # "yesterday my arm went numb for 15 minutes, then it passed"
            passed_lately.add(sentences.text(span.start))
            history = kb.findings[span.label_].lately_means
            if history is not None:  # ... and it is also an episode that passed
                findings.append(Mention(history, "present", span.start, span.end, sentences.text(span.start)))
        if span.label_ == FAMILY_FINDING and status == "other_person":
            status = "present"  # "my sister has dystonia" is the family history itself
        findings.append(Mention(span.label_, status, span.start, span.end, sentences.text(span.start)))
    findings = _sides_of_recent_danger(findings, kb, passed_lately)
    findings += _elided_denials(doc, pipeline, sentences, findings)
    return findings, conditions


def _sides_of_recent_danger(findings: list[Mention], kb: KnowledgeBase, passed_lately: set[str]) -> list[Mention]:
    """The side of a danger sign that passed lately is still its side: "I lost the sight in my left
    eye for five minutes this morning, then it came back" keeps the left (a site finding told in
    the sentence of a danger sign that still counts as now)."""
    if not passed_lately:
        return findings
    return [replace(m, status="present") if m.status == "historical" and m.sentence in passed_lately
            and kb.findings[m.finding].category == "site" else m for m in findings]


#: Words that join a second thing to a denied one ("no trouble swallowing or talking").
_JOINING = frozenset({"or", "nor", "and"})
#: The most words the second thing may have ("or talking properly").
_ELIDED_WORDS = 3


def _elided_denials(doc: Doc, pipeline: Pipeline, sentences: _Sentences, mentions: list[Mention]) -> list[Mention]:
    """What a denial goes on to deny with its words left out: "no trouble swallowing or talking" is
    also "no trouble talking", "I have no trouble swallowing or speaking" also "trouble speaking"
    denied.  The denied mention's last word is replaced by the words after "or" (all of them, up
    to the next punctuation or "or"), and the result is looked up among the findings' phrases and
    denials; words that are already a mention ("no weakness or numbness in my arms") are left alone."""
    found: list[Mention] = []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for mention in mentions:
        start, end = mention.end + 1, mention.end + 1
        if mention.status != "absent" or start >= len(doc) or doc[mention.end].lower_ not in _JOINING \
                or mention.end - mention.start < 2:
            continue
        while end < len(doc) and end - start < _ELIDED_WORDS and not _item_end(doc[end]):
            end += 1
        if end == start or (end < len(doc) and not _item_end(doc[end])) or any(i in taken for i in range(start, end)):
            continue
        stem = [token.text for token in doc[mention.start:mention.end - 1]] + [t.text for t in doc[start:end]]
        before = [doc[mention.start - 1].text] if mention.start > 0 else []
        finding = _whole_match(pipeline, stem, before)
        if finding is not None and finding != mention.finding:
            found.append(Mention(finding, "absent", start, end, sentences.text(start)))
    return found


def _item_end(token) -> bool:
    """Whether ``token`` ends an item of a list ("swallowing or talking, ...")."""
    return token.is_punct or token.is_space or token.lower_ in _JOINING or bool(token.is_sent_start)


def _whole_match(pipeline: Pipeline, words: list[str], before: list[str]) -> str | None:
    """The finding whose phrase or denial is exactly ``words``, or whose denial is ``before`` + ``words``."""
    candidates = [(words, (pipeline.finding_phrases, pipeline.denial_phrases))]
    if before:
        candidates.append((before + words, (pipeline.denial_phrases,)))
    for candidate, matchers in candidates:
        doc = pipeline.fold(pipeline.nlp.make_doc(" ".join(candidate)))
        for matcher in matchers:
            for match_id, start, end in matcher(doc):
                if start == 0 and end == len(doc):
                    return pipeline.labels[match_id]
    return None


def read_mentions(doc: Doc, pipeline: Pipeline, kb: KnowledgeBase, text: str | None = None
                  ) -> tuple[list[Mention], list[Mention]]:
    """Finding and condition-name mentions of the whole document (whose text is ``text``).

    Every step is linear in the length of the message (ConText runs sentence by sentence),
    so a long letter is read in one pass.
    """
    return find_mentions(doc, pipeline, kb, text)


def merge(mentions: list[Mention]) -> dict[str, Mention]:
    """One status per finding: an affirmed mention wins over a denied one, and so on."""
    merged: dict[str, Mention] = {}
    rank = {status: i for i, status in enumerate(_MERGE_ORDER)}
    for mention in mentions:
        current = merged.get(mention.finding)
        if current is None or rank[mention.status] < rank[current.status]:
            merged[mention.finding] = mention
    return merged
