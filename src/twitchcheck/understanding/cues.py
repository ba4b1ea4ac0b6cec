"""Finding ConText's cues in a message: medspaCy's matches, in its order, at a fraction of the cost.

medspaCy's ``MedspacyMatcher`` runs spaCy's token Matcher, which tries every cue pattern at every
token; ``CueMatcher`` gives the same matches by cheaper means (see its docstring), and
``context.SentenceContext`` uses it in place of medspaCy's.  Tests compare the two on every
test-data text.
"""

from __future__ import annotations

import itertools
import unicodedata

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from twitchcheck.understanding.document import token_lowers


#: Most word sequences a plain cue pattern is spelt out into for the PhraseMatcher; a pattern of
#: longer word lists ("my/our/his/her friend/friends/mum/... says/said/thinks ...": 2,800) goes to
#: a grouped Matcher instead, which gives the same matches without making thousands of patterns
#: at every start.
_MOST_SPELT_OUT = 200


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
            if phrases is not None and len(phrases) <= _MOST_SPELT_OUT:
                # each word as the hash of its LOWER (the words are in lower case already), as a
                # Doc of them would give the PhraseMatcher, without making the Doc
                strings = vocab.strings
                self.words.add(rule_id, [[strings.add(word) for word in words] for words in sorted(set(phrases))])
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
