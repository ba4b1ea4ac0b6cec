"""The spaCy pipeline: tokens, sentences, spelling folds, phrase matchers, ConText.

Built once per process from the knowledge base.  Matching runs on the token
``NORM`` attribute, which spaCy sets to the lower-cased form (with
contractions expanded) and which we further fold with the knowledge base's
spelling variants, so "Twiching", "twiching" and "twitching" match alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy
import spacy
from spacy import util
from spacy.attrs import IS_PUNCT, IS_SPACE, NORM, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc

from twitchcheck.knowledge.loader import cached, knowledge
from twitchcheck.knowledge.schema import KnowledgeBase
from twitchcheck.understanding.context import SentenceContext
from twitchcheck.understanding.tokenizer import OnDemandTokenizer

#: Label suffix of a condition's descriptive names (see ``Condition.descriptive_names``).
DESCRIBED = "|described"
#: Name of the span group holding finding mentions, where ConText looks for targets.
FINDING_SPANS = "findings"


@dataclass(frozen=True)
class Pipeline:
    nlp: Language
    finding_phrases: PhraseMatcher
    denial_phrases: PhraseMatcher
    concept_phrases: PhraseMatcher
    intent_phrases: PhraseMatcher
    condition_phrases: PhraseMatcher
    topic_phrases: PhraseMatcher
    context: SentenceContext

    variants: dict[str, str]
    #: Concepts that give way to others on the same words (lexicon ``yields_to``).
    concept_yields: dict[str, frozenset[str]]
    #: ``variants`` keyed by the hash of the spelling they fold (what a token's ``norm`` holds).
    folds: dict[int, str] = field(default_factory=dict)
    #: ``nlp``'s sentencizer (its only component), and the hashes of the characters it ends a sentence at.
    sentencizer: object = None
    sentence_marks: frozenset[int] = frozenset()
    #: Words that undo a denial right after them ("not" in "he is not talking normally", "unable
    #: to"), as tuples of norms: the phrases of the cues marked ``undoes_denials``.
    denial_undoers: frozenset[tuple[str, ...]] = frozenset()
    #: The label of every phrase matcher's match id (the hash of the label): a dictionary look-up
    #: is cheaper than decoding the label from the string store for every match.
    labels: dict[int, str] = field(default_factory=dict)

    def fold(self, doc: Doc) -> Doc:
        """``doc`` with its spelling variants folded, as the matchers expect."""
        return _folded(doc, self.variants)

    def parse(self, text: str) -> Doc:
        """Tokenise, split sentences and fold spelling variants (ConText runs later)."""
        nlp = self.nlp
        if len(text) > nlp.max_length:
            return nlp(text)  # spaCy's own error
        # what nlp(text) does, without its per-call bookkeeping: the tokenizer, then the sentencizer
        # (its rule read from the token arrays, its annotations set by itself), with the line breaks
        doc = nlp.tokenizer(text)
        self.sentencizer.set_annotations([doc], [_sentence_starts(doc, self.sentence_marks, "\n" in text)])
        return _fold_norms(doc, self.folds)


def _sentence_starts(doc: Doc, marks: frozenset[int], line_breaks: bool) -> list[bool]:
    """Which tokens start a sentence: spaCy's sentencizer rule (``Sentencizer.predict``: the first
    token after a sentence mark that is neither punctuation nor a mark itself), read from the
    token arrays rather than by making every token in turn; and, when ``line_breaks``, every token
    after a line break (people separate thoughts with line breaks as often as with full stops)."""
    starts = [False] * len(doc)
    if starts:
        starts[0] = True
    seen_mark = False
    for index, (orth, punct) in enumerate(doc.to_array([ORTH, IS_PUNCT]).tolist()):
        if orth in marks:
            seen_mark = True
        elif seen_mark and not punct:
            starts[index] = True
            seen_mark = False
    if line_breaks:
        for index in _line_break_ends(doc):
            starts[index] = True
    return starts


def _line_break_ends(doc: Doc) -> list[int]:
    """The tokens right after a line break.  Only a space token can hold one (spaCy keeps at most a
    single " " as a token's trailing whitespace), so those are found from the ``IS_SPACE`` flags."""
    return [index + 1 for index in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist() if "\n" in doc[index].text]


def _fold_norms(doc: Doc, folds: dict[int, str]) -> Doc:
    """:func:`_folded` by norm hash: most texts have no variant to fold, which one set test shows."""
    norms = doc.to_array(NORM).tolist()
    if folds.keys().isdisjoint(norms):
        return doc
    for index, norm in enumerate(norms):
        folded = folds.get(norm)
        if folded is not None:
            doc[index].norm_ = folded
    return doc


def _folded(doc: Doc, variants: dict[str, str]) -> Doc:
    for token in doc:
        folded = variants.get(token.norm_)
        if folded is not None:
            token.norm_ = folded
    return doc


#: Bump when the way phrases become patterns changes (part of the cache key of the patterns).
_PATTERN_FORMAT = 2


def _patterns(nlp: Language, variants: dict[str, str], groups: dict[str, list[str]]) -> dict[str, list[tuple]]:
    """Each phrase as the hashes of its tokens' folded ``NORM``s, which is all a PhraseMatcher keeps."""
    return {label: [tuple(token.norm for token in _folded(doc, variants)) for doc in nlp.tokenizer.pipe(phrases)]
            for label, phrases in groups.items()}


def _matcher(nlp: Language, patterns: dict[str, list[tuple]]) -> PhraseMatcher:
    matcher = PhraseMatcher(nlp.vocab, attr="NORM")
    for label, phrase_patterns in patterns.items():
        matcher.add(label, [p for p in phrase_patterns if p])
    return matcher


def _plain_first_token(pattern: list[dict]) -> list[list[dict]]:
    """``pattern`` as one pattern per value of its first token's ``IN`` list, when it has one.

    spaCy's Matcher tests a plain ``{"LOWER": "my"}`` in C but calls back into Python for
    every ``IN`` set, at every token of the text; with the first token plain, the set of the
    second token is tested only after a "my".  The matches are the same.
    """
    first = pattern[0]
    if len(first) != 1:
        return [pattern]
    (attribute, value), = first.items()
    if not isinstance(value, dict) or set(value) != {"IN"}:
        return [pattern]
    return [[{attribute: option}, *pattern[1:]] for option in value["IN"]]


def token_matcher(context) -> object:
    """The spaCy token Matcher of a medspaCy ``ConText`` (private there; the version is pinned)."""
    return context._ConText__matcher._MedspacyMatcher__matcher


def _context_rules(kb: KnowledgeBase) -> list:
    from medspacy.context import ConTextRule

    rules = []
    for cue in kb.context:
        direction = cue.direction
        metadata = {"worry": cue.worry, "contrast": cue.contrast, "undoes_denials": cue.undoes_denials}
        excluded = {f.upper() for f in cue.not_for} or None
        allowed = {f.upper() for f in cue.only_for} or None
        for phrase in cue.phrases:
            rules.append(ConTextRule(phrase, cue.category, direction=direction, max_scope=cue.max_scope,
                                     metadata=metadata, excluded_types=excluded, allowed_types=allowed))
        for pattern in cue.patterns:
            label = " ".join(str(part) for part in pattern)
            for variant in _plain_first_token(pattern):
                rules.append(ConTextRule(label, cue.category, pattern=variant, direction=direction,
                                         max_scope=cue.max_scope, metadata=metadata, excluded_types=excluded,
                                         allowed_types=allowed))
    return rules


def _cue_phrases(kb: KnowledgeBase) -> list[str]:
    """The cue phrases medspaCy's phrase matcher tokenises (as written: it matches on ``NORM``)."""
    return sorted({phrase for cue in kb.context for phrase in cue.phrases})


def _cue_words(nlp: Language, kb: KnowledgeBase, variants: dict[str, str]) -> dict:
    """What the ConText stage needs of the tokenised cue phrases: each phrase's token norm hashes
    (all medspaCy's PhraseMatcher keeps of it), the norms of the one-word forward negations and
    the folded norms of the phrases of the cues that undo denials."""
    negations = sorted({nlp.make_doc(phrase)[0].norm_ for cue in kb.context
                        if cue.category == "NEGATED_EXISTENCE" and cue.direction == "FORWARD"
                        for phrase in cue.phrases if len(nlp.make_doc(phrase)) == 1})
    undoers = sorted({tuple(token.norm_ for token in _folded(nlp.make_doc(phrase), variants))
                      for cue in kb.context if cue.undoes_denials for phrase in cue.phrases})
    return {"phrases": {phrase: tuple(token.norm for token in nlp.tokenizer(phrase)) for phrase in _cue_phrases(kb)},
            "negations": negations, "undoers": undoers}


def _context_component(nlp: Language, kb: KnowledgeBase, cue_words: dict) -> SentenceContext:
    # Imported here: medspaCy is the heaviest import and only this stage needs it.
    from medspacy.context import ConText

    context = ConText(
        nlp,
        rules=None,
        phrase_matcher_attr="NORM",
        input_span_type="group",
        span_group_name=FINDING_SPANS,
        span_attrs=None,
    )
    # spaCy validates each token pattern against its schema as it is added (pydantic v1, about 0.07 s
    # of a cold start); ours are checked once by the tests instead (tests/understanding/test_context.py)
    token_matcher(context).validate = False
    # medspaCy tokenises each phrase cue and gives the Doc to its PhraseMatcher, which keeps only the
    # tokens' norm hashes: it is given those, kept between runs, instead (the same patterns)
    matcher = context._ConText__matcher
    matcher.nlp = cue_words["phrases"].__getitem__
    try:
        context.add(_context_rules(kb))
    finally:
        matcher.nlp = nlp.tokenizer
    return SentenceContext(context, frozenset(cue_words["negations"]))


def _english() -> Language:
    """A blank English pipeline as ``spacy.blank("en")`` makes it, with the tokenizer that adds its
    special cases as texts need them (``tokenizer.py``).  Made directly: ``spacy.blank`` fills and
    validates a config and finds the tokenizer and the vectors through spaCy's registry, which
    scans the installed packages' entry points each time."""
    from spacy.lang.en import English
    from spacy.vectors import Vectors

    return English(create_tokenizer=_tokenizer, create_vectors=lambda vocab: Vectors(strings=vocab.strings))


def _tokenizer(nlp: Language) -> OnDemandTokenizer:
    """spaCy's tokenizer factory (``spacy.Tokenizer.v1``), giving an :class:`OnDemandTokenizer`."""
    defaults = nlp.Defaults
    return OnDemandTokenizer(
        nlp.vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=util.compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
        suffix_search=util.compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
        infix_finditer=util.compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


@lru_cache(maxsize=1)
def pipeline() -> Pipeline:
    """The one pipeline of this process (built on first use, about a second)."""
    kb = knowledge()
    nlp = _english()
    variants = dict(kb.spelling)
    sentencizer = nlp.add_pipe("sentencizer")
    groups = {
        "findings": {f.id: f.phrases for f in kb.findings.values() if f.phrases},
        "denials": {f.id: f.denials for f in kb.findings.values() if f.denials},
        "concepts": {c.id: c.terms for c in kb.concepts.values()},
        "intents": {str(i): rule.phrases for i, rule in enumerate(kb.intents)},
        "conditions": {**{c.id: _condition_names(c) for c in kb.conditions.values()},
                       **{c.id + DESCRIBED: c.descriptive_names for c in kb.conditions.values() if c.descriptive_names}},
        "topics": {t.id: t.phrases for t in kb.topics.values()},
    }
    # Tokenising ~4,500 phrases is a good part of a cold start; their token hashes depend only on
    # the knowledge base, spaCy's tokenizer and this code, so they are kept between runs.
    # The same holds for the cue phrases of ConText.
    patterns, cue_words = cached("phrase-patterns", f"{kb.version}|{spacy.__version__}|{_PATTERN_FORMAT}",
                                 lambda: ({name: _patterns(nlp, variants, group) for name, group in groups.items()},
                                          _cue_words(nlp, kb, variants)))
    finding_phrases, denial_phrases, concept_phrases, intent_phrases, condition_phrases, topic_phrases = (
        _matcher(nlp, patterns[name]) for name in groups)
    context = _context_component(nlp, kb, cue_words)
    yields = {c.id: frozenset(c.yields_to) for c in kb.concepts.values() if c.yields_to}
    folds = {nlp.vocab.strings.add(spelling): folded for spelling, folded in variants.items()}
    undoers = frozenset(cue_words["undoers"])
    marks = frozenset(get_string_id(mark) for mark in sentencizer.punct_chars)
    return Pipeline(nlp, finding_phrases, denial_phrases, concept_phrases, intent_phrases, condition_phrases, topic_phrases, context,
                    variants, yields, folds, sentencizer, marks, undoers,
                    {get_string_id(label): label for group in patterns.values() for label in group})


def _condition_names(condition) -> list[str]:
    """The ways a person may name a condition: its name, lay names, and id in words."""
    names = {condition.name, condition.id.replace("_", " "), *condition.lay_names}
    names.update(part.strip() for part in condition.name.replace(")", "").split("(") if len(part.strip()) > 3)
    return sorted(n for n in names if n and n not in condition.descriptive_names)
