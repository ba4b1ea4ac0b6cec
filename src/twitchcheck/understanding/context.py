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

import itertools
import unicodedata
from collections import defaultdict
from collections.abc import Sequence

from medspacy.context import ConTextGraph, ConTextModifier
from spacy.matcher import Matcher, PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from twitchcheck.understanding.document import sentence_ends, sentence_starts, token_lowers, token_norms


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


class CueMatcher:
    """medspaCy's cue matcher (its ``MedspacyMatcher``), giving the same matches in the same order.

    spaCy's token Matcher tries every pattern at every token, about a hundred instructions each.
    Most of our cue patterns are plain word sequences (words or lists of words, no operator): here
    they are spelt out into phrases for a PhraseMatcher on ``LOWER``, a hash look-up per token.
    The other patterns are grouped by the words one of their tokens must be ("ago", "normal"), and
    a group's Matcher runs only on a text holding one of them, and there only on the tokens that a
    match with one may reach.  Matches are then pruned as medspaCy does, after a stable sort by
    start and end: the only order left to the matchers is that of two cue patterns matching the
    same words, and where that happens the plain matcher is asked.
    """

    def __init__(self, matcher) -> None:
        self.plain = matcher
        vocab = matcher.nlp.vocab
        self.phrases = matcher._MedspacyMatcher__phrase_matcher  # the cues given as phrases (NORM)
        self.words = PhraseMatcher(vocab, attr="LOWER")
        groups: dict[frozenset[str] | None, tuple[Reach, Reach, Matcher]] = {}
        for rule_id, rule in matcher.rule_map.items():
            if rule.pattern is None:
                continue
            if not isinstance(rule.pattern, list) or rule.on_match is not None:
                raise TypeError(f"cue {rule.literal!r}: only token patterns without callbacks are supported")
            phrases = _word_sequences(rule.pattern)
            if phrases is not None:
                self.words.add(rule_id, [Doc(vocab, words=list(words)) for words in sorted(set(phrases))])
                continue
            needed = _needed_token(rule.pattern)
            words = None if needed is None else frozenset(_word_values(rule.pattern[needed]))
            before, after, group = groups.get(words, ((0, frozenset()), (0, frozenset()), None))
            group = group or Matcher(vocab, validate=False)
            group.add(rule_id, [rule.pattern])
            more_before, more_after = _extent(rule.pattern, needed)
            groups[words] = (_most(before, more_before), _most(after, more_after), group)
        #: (the words every match of a group holds, how far a match reaches before one and after
        #: one, its Matcher)
        self.groups = [(words, before, after, group) for words, (before, after, group) in groups.items()]

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        lowers = token_lowers(doc)
        present = set(lowers)
        matches = self.words(doc)
        for needed, before, after, group in self.groups:
            if needed is None:
                matches += group(doc)
            elif not needed.isdisjoint(present):
                # every match holds a needed word: only the tokens that may belong to a match with
                # one are searched (a Matcher costs a little for every token)
                positions = [index for index, lower in enumerate(lowers) if lower in needed]
                for start, end in _windows(lowers, positions, before, after):
                    if start == 0 and end == len(lowers):
                        matches += group(doc)
                    else:
                        matches += [(key, start + first, start + last) for key, first, last in group(doc[start:end])]
        if len({(start, end) for _, start, end in matches}) < len(matches):
            return self.plain(doc)  # two patterns on the same words: their order is the Matcher's
        matches += self.phrases(doc)
        return _pruned(matches) if self.plain._prune else matches


#: How far a match reaches on one side of a token: the most tokens it matches there one pattern
#: token to a token, and the words of the pattern tokens there that may repeat ("*", "+", "{2,3}"),
#: any number of which it may match besides; None when there is no such bound.
Reach = tuple[int, frozenset[str]] | None


def _pruned(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """medspaCy's ``prune_overlapping_matches``, step for step (the longer, or the first, of two
    overlapping neighbours is kept, then again until nothing changes), by index: medspaCy's pops
    from the front of a list and calls two functions for every pair (tests compare the two)."""
    if not matches:
        return matches
    ordered = sorted(matches, key=lambda match: (match[1], match[2]))
    kept, current, index = [], ordered[0], 1
    while index < len(ordered):
        following = ordered[index]
        index += 1
        # medspaCy's ``tuple_overlaps`` (of two matches in order)
        if current[1] <= following[1] < current[2] or current[1] < following[2] <= current[2]:
            kept.append(following if following[2] - following[1] > current[2] - current[1] else current)
            if index == len(ordered):
                current = None
                break
            current = ordered[index]
            index += 1
        else:
            kept.append(current)
            current = following
    if current is not None:
        kept.append(current)
    return kept if len(kept) == len(matches) else _pruned(kept)


def _windows(lowers: list[str], positions: list[int], before: Reach, after: Reach) -> list[tuple[int, int]]:
    """The tokens that a match holding one of ``positions`` (in order) may reach, as disjoint
    (start, end) ranges."""
    windows: list[list[int]] = []
    for position in positions:
        start, end = _farthest(lowers, position, -1, before), _farthest(lowers, position, 1, after) + 1
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    return [(start, end) for start, end in windows]


def _farthest(lowers: list[str], position: int, step: int, reach: Reach) -> int:
    """The farthest token from ``position`` in the direction of ``step`` that a match may reach."""
    last = 0 if step < 0 else len(lowers) - 1
    if reach is None:
        return last
    once, repeating = reach
    if not repeating:
        return max(last, position - once) if step < 0 else min(last, position + once)
    index, others = position, 0  # every word past ``position`` not among ``repeating`` takes one of ``once``
    while index != last:
        if lowers[index + step] not in repeating:
            if others == once:
                break
            others += 1
        index += step
    return index


#: Token attributes that depend on the token alone, not on the tokens around it: a pattern of
#: these matches the same words in a part of a document as in the whole of it.
_LEXICAL = {"LOWER", "TEXT", "ORTH", "NORM", "LIKE_NUM", "IS_PUNCT", "OP"}


def _extent(pattern: list[dict], index: int | None) -> tuple[Reach, Reach]:
    """How far a match of ``pattern`` reaches before and after the token its ``index`` token
    matches (for neither side when the pattern reads more than the tokens themselves)."""
    if index is None or any(set(token) - _LEXICAL for token in pattern):
        return None, None
    return _reach(pattern[:index]), _reach(pattern[index + 1:])


def _reach(tokens: list[dict]) -> Reach:
    once, repeating = 0, set()
    for token in tokens:
        if token.get("OP", "?") in ("?", "!"):
            once += 1
            continue
        words = _word_values({attribute: value for attribute, value in token.items() if attribute != "OP"})
        if words is None:
            return None
        repeating.update(words)
    return once, frozenset(repeating)


def _most(a: Reach, b: Reach) -> Reach:
    return None if a is None or b is None else (max(a[0], b[0]), a[1] | b[1])


def _word_values(token: dict) -> list[str] | None:
    """The lower-case words a pattern token stands for, when it is nothing but such a list: a
    ``LOWER`` word or ``IN`` list (in lower case, or it could never match), or a ``TEXT`` of
    punctuation (which has no case, so its ``LOWER`` is the same), without an operator."""
    if len(token) != 1:
        return None
    (attribute, value), = token.items()
    values = value["IN"] if isinstance(value, dict) and set(value) == {"IN"} else [value]
    if not all(isinstance(v, str) and v for v in values):
        return None
    if attribute == "LOWER" and all(v == v.lower() for v in values):
        return list(values)
    if attribute in ("TEXT", "ORTH") and all(unicodedata.category(c).startswith("P") for v in values for c in v):
        return list(values)
    return None


def _word_sequences(pattern: list[dict]) -> list[tuple[str, ...]] | None:
    """Every word sequence a plain pattern matches, or None if it is not plain."""
    values = [_word_values(token) for token in pattern]
    return None if None in values else list(itertools.product(*values))


def _needed_token(pattern: list[dict]) -> int | None:
    """The index of a token of which every match holds one of the words: the pattern's last token
    without an operator that is a plain word list (the last is the most telling: "ago", "normal",
    "sure"), or None if there is none."""
    for index in reversed(range(len(pattern))):
        if "OP" not in pattern[index] and _word_values(pattern[index]) is not None:
            return index
    return None


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
