"""medspaCy's ConText, run sentence by sentence.

ConText (Chapman et al.) decides, for every finding mention, which cues ("no",
"my mother had", "I'm afraid it could") modify it.  medspaCy's component
compares every cue with every other cue and with every mention of the whole
document, which costs time quadratic in the length of a message.  A cue's scope
never leaves its sentence (we set no document-wide window), so cues and mentions
of different sentences can never meet: running medspaCy's own graph
(``ConTextGraph``: scope limits between cues, then cue-mention edges) once per
sentence gives exactly the same statuses in linear time.

The rules, their matcher and the modifier objects are medspaCy's; only the loop
is ours, and one addition: a relative's cue that shares a word with the mention
it leads into ("my mother had" + "had Bell's palsy") still applies to it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc, Span


class SentenceContext:
    """Applies a configured medspaCy ``ConText`` to one sentence at a time."""

    def __init__(self, context) -> None:
        from medspacy.context import ConTextGraph, ConTextModifier

        self.context = context
        # The rule matcher ConText built from our rules (medspaCy 1.3 keeps it private; the
        # version is pinned and tests/understanding/test_context.py checks it is there).
        self.matcher = context._ConText__matcher
        self._graph = ConTextGraph
        self._modifier = ConTextModifier

    def __call__(self, doc: Doc, targets: Sequence[Span], sentence_of: Sequence[int]) -> None:
        """Set ``span._.modifiers`` on every target (``sentence_of[token]`` is its sentence start)."""
        if not targets:
            return
        by_sentence: dict[int, list[Span]] = defaultdict(list)
        for target in targets:
            by_sentence[sentence_of[target.start]].append(target)
        modifiers: dict[int, list] = defaultdict(list)
        vocab = doc.vocab
        rule_map = self.matcher.rule_map
        max_scope = self.context.max_scope
        for match_id, start, end in self.matcher(doc):
            sentence = sentence_of[start]
            if sentence in by_sentence:
                rule = rule_map[vocab[match_id].text]
                modifiers[sentence].append(self._modifier(rule, start, end, doc, max_scope=max_scope))
        for sentence, sentence_targets in by_sentence.items():
            if sentence not in modifiers:
                continue
            graph = self._graph(prune_on_modifier_overlap=self.context.prune_on_target_overlap)
            graph.targets = sentence_targets
            graph.modifiers = modifiers[sentence]
            graph.update_scopes()
            graph.apply_modifiers()
            for target, modifier in graph.edges:
                target._.modifiers += (modifier,)
            _shared_word_family(sentence_targets, graph.modifiers)


#: Cue categories that still apply when they share a word with the mention they precede.
_SHARING = frozenset({"FAMILY"})


def _shared_word_family(targets: Sequence[Span], modifiers: list) -> None:
    """"My mother had Bell's palsy": the relative's cue ("my mother had") and the finding ("had
    Bell's palsy") share "had", and ConText never lets a cue modify a mention it overlaps.  A
    relative's cue that ends inside the mention it leads into still makes it theirs."""
    for target in targets:
        for modifier in modifiers:
            start, end = modifier.modifier_span
            if modifier.category in _SHARING and start < target.start < end <= target.end \
                    and modifier not in target._.modifiers:
                target._.modifiers += (modifier,)
