"""spaCy's English tokenizer with its special cases added when a text first needs them.

spaCy's English tokenizer has 1,347 special cases ("don't" -> "do" + "n't", "e.g.", ":)", "Dr.");
adding them is about a quarter of a second of every cold start, though a message uses a handful.
A special case can change how a text is tokenised only where its string occurs in the text:

* as a whole chunk between white space, or a part of one left when affixes are split off
  (``Tokenizer._try_specials_and_cache``, ``_split_affixes``, ``_attach_tokens``): a substring of a
  chunk;
* through spaCy's final pass (``_apply_special_cases``), a PhraseMatcher over the tokens of the
  special cases that hold an affix.  Its match is a run of tokens with nothing or a single space
  between them (a longer gap is a token of its own); one with a space changes nothing but can
  shadow an overlapping match, so it counts too.  It needs the special's string with a space at
  one of its token boundaries: the probe ``string[:k] + " " + string[k]`` for the first such gap.

:class:`OnDemandTokenizer` adds, before it tokenises a text, every special case whose string is a
substring of one of the text's chunks or whose probe the text holds (and the white-space cases at
once).  Cases never added cannot apply; cases added earlier apply only where they would anyway.
So its tokens are spaCy's own; a test compares them with spaCy's full tokenizer on every test text
and on generated ones.  Anything that reads the whole rule set (``rules``, ``explain``, ``to_bytes``) or changes
the affix rules first adds them all.

spaCy keeps the tokens of each chunk it splits, for reuse, but forgets them all whenever a case is
added, and keeps none after a special case has been met in the text being tokenised.  Here adding
a case forgets nothing (no chunk tokenised so far holds a case still pending: each is searched
first), and each new chunk is tokenised once on its own before the text is, so it is kept as
spaCy would keep it alone: a word after "I'm" is split by the affix rules once, not in every text.
"""

from __future__ import annotations

import hashlib
import marshal

import spacy
from spacy.tokenizer import Tokenizer
from spacy.vocab import Vocab

from twitchcheck.knowledge.loader import cached

#: Bump when the plan below changes (part of its cache key).
_PLAN_FORMAT = 1
#: Chunks remembered as searched; past this many the memory starts afresh (searching again is harmless).
_MAX_SEEN = 200_000


class OnDemandTokenizer(Tokenizer):
    """spaCy's ``Tokenizer``, giving the same tokens, with special cases added as texts need them."""

    def __init__(self, vocab, rules=None, prefix_search=None, suffix_search=None, infix_finditer=None,
                 token_match=None, url_match=None, faster_heuristics=True):
        super().__init__(vocab, rules=None, prefix_search=prefix_search, suffix_search=suffix_search,
                         infix_finditer=infix_finditer, token_match=token_match, url_match=url_match,
                         faster_heuristics=faster_heuristics)
        self._plan(dict(rules or {}))

    #: Set while a case is added on demand: spaCy's store of tokenised chunks is then kept (``_add``).
    _keep_chunks = False

    def _plan(self, rules: dict) -> None:
        self._all_rules = rules
        self._pending = dict(rules)
        self._seen: set[str] = set()
        self._settings = self._current_settings()
        lengths, crossing = cached("special-cases", _plan_key(self, rules), lambda: _special_plan(self, rules))
        self._lengths = lengths
        self._crossing = crossing
        # each probe ``left + " " + char`` by its char: a text holds it where a chunk that ends in
        # ``left`` is followed by one space and ``char`` (``left`` holds no white space: cases
        # with white space are added below), which one ``str.endswith`` of a tuple tests; they are
        # kept by the last character of ``left`` and ``char``
        by_ends: dict[str, list[tuple[str, str]]] = {}
        for specials in crossing.values():
            for string, probes in specials:
                for probe in probes:  # keyed by the last character of ``left`` and ``char``
                    by_ends.setdefault(probe[-3] + probe[-1], []).append((probe[:-2], string))
        self._by_ends = {ends: (tuple(left for left, _ in pairs), pairs) for ends, pairs in by_ends.items()}
        for string in [s for s in rules if any(c.isspace() for c in s)]:  # white-space chunks: always
            self._add(string)

    def _current_settings(self) -> tuple:
        return (self.prefix_search, self.suffix_search, self.infix_finditer, self.token_match, self.url_match,
                self.faster_heuristics)

    def __call__(self, string):
        if self._pending:
            self._add_needed(string)
        return Tokenizer.__call__(self, string)

    def _add_needed(self, text: str) -> None:
        if self._current_settings() != self._settings:
            self.complete()  # the affix rules changed: what the plan says no longer holds
            return
        pending = self._pending
        new = set(text.split()).difference(self._seen)
        if new:
            rules = self._all_rules
            lengths = self._lengths
            plain, holding = [], []
            for chunk in new:
                size = len(chunk)
                special = False
                for length in lengths:
                    if length > size:
                        break
                    for start in range(size - length + 1):
                        piece = chunk[start:start + length]
                        if piece in rules:
                            special = True
                            if piece in pending:
                                self._add(piece)
                if not special:
                    plain.append(chunk)
                elif chunk not in rules:
                    holding.append(chunk)
            # spaCy keeps a chunk's tokens for reuse only while no special case has been met in the
            # text being tokenised, so in a text with "I'm" or "don't" early on, the words after it
            # would be split by the affix rules again in every later text.  Tokenised away from it,
            # each new chunk is kept if spaCy would keep it alone: those that hold no special case's
            # string side by side, the others ("eyelid" holds "id") one by one
            if plain:
                Tokenizer.__call__(self, " ".join(plain))
            for chunk in holding:
                Tokenizer.__call__(self, chunk)
            if len(self._seen) > _MAX_SEEN:
                self._seen.clear()
            self._seen.update(new)
        if " " in text:
            for string in self._crossed(text):
                if string in pending:
                    self._add(string)

    def _crossed(self, text: str) -> list[str]:
        """The special cases of spaCy's final pass whose probe (see the module's docstring) ``text``
        holds: for each chunk followed by one space, the probes of the next character that end
        in it.  The same as testing every probe with ``in`` (a test checks), in one pass."""
        found = []
        by_ends = self._by_ends
        pieces = text.split(" ")
        # each piece and the next: a space between them, and the one before ends a chunk (``left``
        # holds no white space, so a piece ends in it where its last chunk does)
        for before, after in zip(pieces, pieces[1:]):
            if before and after:
                entry = by_ends.get(before[-1] + after[0])
                if entry is not None and before.endswith(entry[0]):
                    found.extend(string for left, string in entry[1] if before.endswith(left))
        return found

    def _add(self, string: str) -> None:
        substrings = self._pending.pop(string, None)
        if substrings is not None:
            # spaCy forgets every tokenised chunk it keeps when a case is added; this one can change
            # none of them: each chunk is searched before it is first tokenised, and every case it
            # holds is added then, so a case still pending is in no chunk tokenised so far
            self._keep_chunks = True
            try:
                Tokenizer.add_special_case(self, string, substrings)
            finally:
                self._keep_chunks = False

    def _flush_cache(self):
        if not self._keep_chunks:
            Tokenizer._flush_cache(self)

    def complete(self) -> None:
        """Add every special case not added yet (the tokenizer is then spaCy's, eagerly built)."""
        for string in list(self._pending):
            self._add(string)

    def add_special_case(self, string, substrings):
        self._pending.pop(string, None)
        self._all_rules[string] = substrings
        Tokenizer.add_special_case(self, string, substrings)

    @property
    def rules(self):
        return self._all_rules

    @rules.setter
    def rules(self, rules):
        Tokenizer.rules.__set__(self, {})
        self._plan(dict(rules or {}))

    def explain(self, text):
        self.complete()
        return Tokenizer.explain(self, text)

    def to_bytes(self, *, exclude=tuple()):
        self.complete()
        return Tokenizer.to_bytes(self, exclude=exclude)


def _pattern(function) -> str | None:
    return None if function is None else function.__self__.pattern


def _plan_key(tokenizer: Tokenizer, rules: dict) -> str:
    """What the plan depends on: the rules, the affix rules and spaCy's tokenizer (its version)."""
    settings = [_pattern(f) for f in (tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer,
                                      tokenizer.token_match, tokenizer.url_match)]
    digest = hashlib.sha256(marshal.dumps((sorted(rules.items()), settings, tokenizer.faster_heuristics)))
    return f"{spacy.__version__}|{_PLAN_FORMAT}|{digest.hexdigest()}"


def _special_plan(tokenizer: Tokenizer, rules: dict) -> tuple[list[int], dict[str, list[tuple[str, tuple[str, ...]]]]]:
    """The lengths of the special cases' strings, and the special cases of spaCy's final pass
    whose tokens a space may separate, by the space and character that start the probe's gap."""
    # the tokens spaCy's final pass matches (``_tokenize_affixes(string, False)``): the same affix
    # rules without special cases, in a vocabulary of its own (no lexemes made in the pipeline's)
    plain = Tokenizer(Vocab(), rules={}, prefix_search=tokenizer.prefix_search, suffix_search=tokenizer.suffix_search,
                      infix_finditer=tokenizer.infix_finditer, token_match=tokenizer.token_match,
                      url_match=tokenizer.url_match)
    crossing: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for string in sorted(rules):
        if tokenizer.faster_heuristics and not (tokenizer.find_prefix(string) or tokenizer.find_infix(string)
                                                or tokenizer.find_suffix(string) or " " in string):
            continue  # not in the final pass
        bounds, end = [], 0
        for token in plain(string)[:-1]:
            end += len(token.text_with_ws)
            bounds.append(end)
        probes = tuple(string[:bound] + " " + string[bound] for bound in bounds if 0 < bound < len(string))
        for gap in sorted({probe[-2:] for probe in probes}):
            crossing.setdefault(gap, []).append((string, probes))
    return sorted({len(string) for string in rules}), crossing
