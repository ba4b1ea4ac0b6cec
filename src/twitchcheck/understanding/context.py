"""medspaCy's ConText, run sentence by sentence, with one scope fix.

ConText (Chapman et al.) decides, for every finding mention, which cues ("no",
"my mother had", "I'm afraid it could") modify it.  medspaCy's component
compares every cue with every other cue and with every mention of the whole
document, which costs time quadratic in the length of a message.  A cue's scope
never leaves its sentence (we set no document-wide window), so cues and mentions
of different sentences can never meet: running medspaCy's own graph
(``ConTextGraph``: scope limits between cues, then cue-mention edges) once per
sentence gives the same statuses in linear time.

The rules, their matcher, the graph and the modifier objects are medspaCy's;
the loop is ours, with two corrections:

* medspaCy 1.3 lets a terminating cue ("but") cut another cue's scope only if the
  two scopes overlap by its ``tuple_overlaps``, which misses a scope lying wholly
  inside the other.  A terminator's scope is its whole sentence, so it never cut a
  backward cue with a short reach: in "my eye twitches but it doesn't hurt" the
  "doesn't" denied the twitching.  ``_Modifier`` tests overlap properly.
* A relative's cue that shares words with a mention ("my mother had" + "had Bell's
  palsy", "the palsy my grandad had"), and a guess that leads into one ("convinced I
  have" + "I have MS"), still apply to it; ConText never lets a cue modify a mention
  it overlaps.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from medspacy.context import ConTextGraph, ConTextModifier
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from twitchcheck.understanding.cues import CueMatcher
from twitchcheck.understanding.document import sentence_ends, sentence_starts, token_norms


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class _Modifier(ConTextModifier):
    """medspaCy's modifier with a containment-aware overlap test when limiting scopes.

    What it reads of its rule (direction, category, target types ...) and its own tokens are plain
    attributes, set once: medspaCy reads them through properties, for every pair of cues and every
    cue and mention of a sentence.
    """

    rule = direction = category = allowed_types = excluded_types = max_targets = max_scope = modifier_span = None

    def __init__(self, context_rule, start: int, end: int, doc, scope_start: int | None = None,
                 scope_end: int | None = None, max_scope: int | None = None) -> None:
        # (before medspaCy's __init__, which may set the scope from them)
        self.rule, self.direction, self.category = context_rule, context_rule.direction, context_rule.category
        self.allowed_types, self.excluded_types = context_rule.allowed_types, context_rule.excluded_types
        self.max_targets, self.max_scope, self.modifier_span = context_rule.max_targets, context_rule.max_scope, (start, end)
        super().__init__(context_rule, start, end, doc, scope_start=scope_start, scope_end=scope_end, max_scope=max_scope)

    def limit_scope(self, other: ConTextModifier) -> bool:
        if not _overlap(self.scope_span, other.scope_span) or self.direction.upper() == "TERMINATE":
            return False
        if (other.direction.upper() != "TERMINATE" and other.category.upper() not in self.rule.terminated_by
                and other.category.upper() != self.category.upper()):
            return False
        if self.category == other.category and (self.allowed_types != other.allowed_types
                                                or self.excluded_types != other.excluded_types):
            return False
        before = self.scope_span
        direction = self.direction.lower()
        if direction in ("forward", "bidirectional") and other > self:
            if (other.rule.metadata or {}).get("contrast") and other.modifier_span[0] < self._scope_end:
                self._clause_end = other.modifier_span[0]
            self._scope_end = min(self._scope_end, other.modifier_span[0])
        if direction in ("backward", "bidirectional") and other < self:
            self._scope_start = max(self._scope_start, other.modifier_span[1])
        return before != self.scope_span

    def modifies(self, target: Span) -> bool:
        """A mention that goes on past the end of the cue's clause belongs to the next clause: in "my
        cheek doesn't twitch, only my eye", the twitching eye ("twitch, only my eye") is not denied."""
        clause_end = getattr(self, "_clause_end", None)
        if clause_end is not None and target.start >= self._end and target.end > clause_end:
            return False
        return super().modifies(target)


#: Cue categories that still apply to a mention they share words with: a relative's cue
#: anywhere on it ("my mother had" + "had Bell's palsy", "the palsy my grandad had"), a
#: question or guess only when it leads into it ("convinced I have" + "I have MS").
_SHARING = {"FAMILY": False, "HYPOTHETICAL": True}


class Target:
    """A finding or condition mention as ConText sees it: its label and tokens, and (once ConText
    has run) the cues that modify it.  medspaCy's graph and modifiers ask a target only for these;
    a plain object spares a spaCy ``Span`` and its ``._.modifiers`` extension lookups."""

    __slots__ = ("label_", "start", "end", "modifiers")

    def __init__(self, label: str, start: int, end: int) -> None:
        self.label_ = label
        self.start = start
        self.end = end
        self.modifiers: tuple = ()

    def __repr__(self) -> str:
        return f"Target({self.label_!r}, {self.start}, {self.end})"


def _scope(rule, start: int, end: int, sentence_start: int, sentence_end: int) -> tuple[int, int]:
    """The scope ``ConTextModifier`` gives a cue in its sentence (its ``__set_scope`` without a
    document-wide window), from sentence bounds we already know (``token.sent`` walks the document)."""
    direction, reach = rule.direction.lower(), rule.max_scope
    if direction == "forward":
        return end, sentence_end if reach is None or sentence_end - end <= reach else end + reach
    if direction == "backward":
        return sentence_start if reach is None or start - sentence_start <= reach else start - reach, start
    scope_start = sentence_start if reach is None or start - sentence_start <= reach else start - reach
    return scope_start, sentence_end if reach is None or sentence_end - end <= reach else end + reach


class SentenceContext:
    """Applies a configured medspaCy ``ConText`` to one sentence at a time.

    ``negations`` are the norms of the one-word negation cues ("no", "not"): a negation cue that
    runs into a mention still denies it when its negating word comes before the mention ("no
    trouble with" + "trouble with my speech"), not when the negation is the mention's own ("there
    is no" + "no feeling in my face").
    """

    def __init__(self, context, negations: frozenset[str] = frozenset()) -> None:
        self.context = context
        self.negations = negations
        # The rule matcher ConText built from our rules (medspaCy 1.3 keeps it private; the
        # version is pinned and tests/understanding/test_context.py checks it is there).
        self.matcher = context._ConText__matcher
        # each rule by its match id (the hash of its id): ``vocab[match_id].text`` makes a lexeme per match
        self.rules = {get_string_id(rule_id): rule for rule_id, rule in self.matcher.rule_map.items()}
        self.cues = CueMatcher(self.matcher)

    def __call__(self, doc: Doc, targets: Sequence[Target], whole_document: bool = False) -> None:
        """Set ``target.modifiers`` on every target.

        ``whole_document`` runs one graph over the whole document instead, as medspaCy's
        component does (for tests: the results must be the same).
        """
        if not targets:
            return
        sentence_of = sentence_starts(doc)
        ends = sentence_ends(doc)
        by_sentence: dict[int, list[Target]] = defaultdict(list)
        for target in targets:
            by_sentence[0 if whole_document else sentence_of[target.start]].append(target)
        modifiers: dict[int, list[ConTextModifier]] = defaultdict(list)
        rules = self.rules
        max_scope = self.context.max_scope
        for match_id, start, end in self.cues(doc):
            sentence = 0 if whole_document else sentence_of[start]
            if sentence in by_sentence:
                rule = rules[match_id]
                if max_scope:  # a document-wide window: medspaCy's own scope
                    modifier = _Modifier(rule, start, end, doc, max_scope=max_scope)
                else:
                    here = sentence_of[start]
                    scope_start, scope_end = _scope(rule, start, end, here, ends[here])
                    modifier = _Modifier(rule, start, end, None, scope_start=scope_start, scope_end=scope_end)
                modifiers[sentence].append(modifier)
        norms = token_norms(doc)
        for sentence, sentence_targets in by_sentence.items():
            if sentence not in modifiers:
                continue
            graph = ConTextGraph(prune_on_modifier_overlap=self.context.prune_on_target_overlap)
            graph.targets = sentence_targets
            graph.modifiers = modifiers[sentence]
            graph.update_scopes()
            graph.apply_modifiers()
            for target, modifier in graph.edges:
                target.modifiers += (modifier,)
            _shared_words(sentence_targets, graph.modifiers, norms, self.negations)


def _shared_words(targets: Sequence[Target], modifiers: list, norms: list[str], negations: frozenset[str]) -> None:
    """A cue of a ``_SHARING`` category that shares words with a mention still modifies it
    (ConText never lets a cue modify a mention it overlaps), and so does a negation whose
    negating word comes before the mention it runs into."""
    for target in targets:
        for modifier in modifiers:
            start, end = modifier.modifier_span
            leading = _SHARING.get(modifier.category)
            if leading is None and modifier.category == "NEGATED_EXISTENCE" and modifier.direction != "PSEUDO" \
                    and start < target.start and any(norm in negations for norm in norms[start:target.start]):
                leading = True
            if leading is None or not (start < target.end and target.start < end) \
                    or (leading and not start < target.start) or modifier in target.modifiers \
                    or not modifier.allows(target.label_.upper()):
                continue
            target.modifiers += (modifier,)
