"""The tokenizer that adds spaCy's special cases as texts need them gives spaCy's own tokens."""

import json
import pickle

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import data_texts, shared_texts
from twitchcheck.understanding.nlp import _english, pipeline
from twitchcheck.understanding.tokenizer import OnDemandTokenizer

ENGLISH = spacy.blank("en")
RULES = sorted(ENGLISH.tokenizer.rules)
#: Pieces that spaCy's special cases and affix rules act on, for generated texts.
PIECES = [*RULES[::7], "don't", "can't", "it's", "it 's", "i'm", "I'm", "e.g.", "e.g", "Dr.", "Dr .", ":)", ": )",
          ":-)", "(:", "a.m.", "10a.m.", "10 a.m.", "'s", "' s", "’s", "Ph.D.", "Ph . D.", "<3", "o.O", "w/o",
          "and/or", "and / or", "...", "!!", "?!", "(", ")", "\"", "'", "-", "--", "3", "5km", "$", "%", "#"]
#: The special cases of spaCy's final pass that a space may split, and their tokens: joined with
#: nothing or a space they make the matches that shadow others ("(=:-x", "s. Julthat’s").
_SPLIT = sorted({string for group in _english().tokenizer._crossing.values() for string, _ in group})
SPLIT_PIECES = sorted({*_SPLIT, *(t.text for string in _SPLIT for t in ENGLISH.tokenizer(string))})
WORDS = ["my", "eye", "twitch", "lid", "Its", "dont", "cant", "Im", "im", "gonna", "ol", "nothin", "x", "I", "a", "b"]
SPACES = [" ", "  ", "\n", "\t", "\u00a0", " \n ", ""]


def _tokens(doc):
    return [(t.text, t.whitespace_, t.norm_, t.idx, t.is_punct, t.like_num) for t in doc]


def _fresh():
    """An on-demand tokenizer that has not seen any text (as few special cases as it can have)."""
    full = ENGLISH.tokenizer
    return OnDemandTokenizer(ENGLISH.vocab, rules=full.rules, prefix_search=full.prefix_search,
                             suffix_search=full.suffix_search, infix_finditer=full.infix_finditer,
                             token_match=full.token_match, url_match=full.url_match)


def test_the_pipeline_tokenises_as_spacys_full_tokenizer_on_every_text_we_have():
    texts = data_texts() + shared_texts()
    assert len(texts) > 500
    for text in texts:
        assert _tokens(pipeline().nlp.tokenizer(text)) == _tokens(ENGLISH.tokenizer(text)), text
        assert _tokens(pipeline().nlp.make_doc(text)) == _tokens(ENGLISH.make_doc(text)), text


def test_a_fresh_tokenizer_tokenises_each_text_as_spacys():
    for text in data_texts()[::5] + shared_texts()[::5]:
        assert _tokens(_fresh()(text)) == _tokens(ENGLISH.tokenizer(text)), text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(PIECES + WORDS), st.sampled_from(SPACES)), max_size=12),
       st.text(alphabet=" .,:;'’()-!?\n", max_size=4))
def test_generated_texts_with_contractions_emoticons_abbreviations_and_punctuation(parts, tail):
    text = "".join(piece + space for piece, space in parts) + tail
    assert _tokens(_fresh()(text)) == _tokens(ENGLISH.tokenizer(text))
    assert _tokens(pipeline().nlp.tokenizer(text)) == _tokens(ENGLISH.tokenizer(text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(SPLIT_PIECES), st.sampled_from(["", "", " "])), min_size=2, max_size=5))
def test_generated_runs_of_split_special_cases_and_their_tokens(parts):
    text = "".join(piece + space for piece, space in parts)
    assert _tokens(_fresh()(text)) == _tokens(ENGLISH.tokenizer(text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=40))
def test_any_text(text):
    assert _tokens(_fresh()(text)) == _tokens(ENGLISH.tokenizer(text))


def test_only_the_special_cases_a_text_needs_are_added():
    tokenizer = _fresh()
    tokenizer("my eyelid twitches")
    assert len(tokenizer._pending) > len(RULES) - 20
    doc = tokenizer("I don't know :)")
    assert [t.text for t in doc] == ["I", "do", "n't", "know", ":)"]
    assert "don't" not in tokenizer._pending and ":)" not in tokenizer._pending


def test_whole_rule_set_readers_see_every_special_case():
    tokenizer = _fresh()
    assert tokenizer.rules.keys() == ENGLISH.tokenizer.rules.keys()
    assert tokenizer.explain("I don't know e.g. :)") == ENGLISH.tokenizer.explain("I don't know e.g. :)")
    assert not tokenizer._pending
    copy = pickle.loads(pickle.dumps(_fresh()))
    assert isinstance(copy, OnDemandTokenizer) and copy.rules.keys() == tokenizer.rules.keys()
    assert _tokens(copy("it's 10a.m. :-)")) == _tokens(ENGLISH.tokenizer("it's 10a.m. :-)"))


def test_changed_affix_rules_add_every_special_case_first():
    tokenizer = _fresh()
    tokenizer.suffix_search = None
    plain = spacy.blank("en").tokenizer
    plain.suffix_search = None
    assert _tokens(tokenizer("it's e.g. Dr. :)")) == _tokens(plain("it's e.g. Dr. :)"))
    assert not tokenizer._pending


#: Texts where a match across a space shadows a special case (found by a random search: without the
#: cases a space may split, each tokenised differently from spaCy).
SHADOWED = ["7p.m.(o: (=:-xs. ", "e.Somethin' s.Julthat’s", "Havin ’coz:’( Where’s ", ":-((:(( (Mich.Lovin’ "]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "a  b", "x\t\ty", "\u00a0", "it 's", "e.g .", ": )", *SHADOWED])
def test_white_space_and_split_cases(text):
    assert _tokens(_fresh()(text)) == _tokens(ENGLISH.tokenizer(text))


def _crossed_plainly(tokenizer, text: str) -> set[str]:
    """The final-pass cases whose probe ``text`` holds, each probe tested with ``in``."""
    return {string for gap, specials in tokenizer._crossing.items() if gap in text
            for string, probes in specials if any(probe in text for probe in probes)}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(SPLIT_PIECES + PIECES + WORDS), st.sampled_from(SPACES)), max_size=14))
def test_the_probes_a_text_holds_are_found_in_one_pass(parts):
    text = "".join(piece + space for piece, space in parts)
    tokenizer = _fresh()
    assert set(tokenizer._crossed(text)) == _crossed_plainly(tokenizer, text)


def test_the_probes_of_every_text_we_have_are_found_in_one_pass():
    tokenizer = _fresh()
    for text in data_texts() + shared_texts() + SHADOWED:
        assert set(tokenizer._crossed(text)) == _crossed_plainly(tokenizer, text), text


class _Counted:
    """An affix search that counts its calls (it keeps the pattern the tokenizer's cache key reads)."""

    def __init__(self, search):
        self.search, self.__self__, self.calls = search, search.__self__, 0

    def __call__(self, string):
        self.calls += 1
        return self.search(string)


def test_chunks_after_a_special_case_are_split_once_and_then_reused():
    full = ENGLISH.tokenizer
    prefix, suffix = _Counted(full.prefix_search), _Counted(full.suffix_search)
    tokenizer = OnDemandTokenizer(ENGLISH.vocab, rules=full.rules, prefix_search=prefix, suffix_search=suffix,
                                  infix_finditer=full.infix_finditer, token_match=full.token_match,
                                  url_match=full.url_match)
    text = "I'm sure my left eyelid twitches, it's worse (after coffee)!"
    first = _tokens(tokenizer(text))
    assert first == _tokens(ENGLISH.tokenizer(text))
    assert prefix.calls > 0
    prefix.calls = suffix.calls = 0
    assert _tokens(tokenizer(text)) == first
    # a second text adds a special case of its own: the chunks kept from the first stay kept
    tokenizer("don't know")
    prefix.calls = suffix.calls = 0
    assert _tokens(tokenizer(text)) == first
    assert (prefix.calls, suffix.calls) == (0, 0)
