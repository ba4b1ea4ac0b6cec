"""ConText sentence by sentence gives exactly what one graph over the whole document gives,
and the scope fixes do what they say."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import data_texts
from twitchcheck.knowledge.loader import knowledge
from twitchcheck.understanding.findings import _combo_mentions, _condition_mentions, _longest, _phrase_mentions
from twitchcheck.understanding.nlp import pipeline
from twitchcheck.understanding.text import clean_text

DATA = Path(__file__).resolve().parent.parent / "data"


def _texts() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("extraction*.jsonl")) + [DATA / "cases.jsonl"]:
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def _modifiers(text: str, whole_document: bool) -> list[tuple[int, int, str, tuple]]:
    pipe, kb = pipeline(), knowledge()
    doc = pipe.parse(clean_text(text))
    targets = _longest(_phrase_mentions(doc, pipe) + _combo_mentions(doc, pipe, kb) + _condition_mentions(doc, pipe))
    pipe.context(doc, targets, whole_document=whole_document)
    return [(target.start, target.end, target.label_,
             tuple(sorted((m.category, m.modifier_span) for m in target.modifiers)))
            for target in targets]


def test_the_private_matcher_we_rely_on_is_there():
    assert pipeline().context.matcher.rule_map  # medspaCy is pinned; this fails loudly if it moves


@pytest.mark.parametrize("text", _texts()[::3])
def test_sentence_by_sentence_equals_whole_document(text):
    assert _modifiers(text, whole_document=False) == _modifiers(text, whole_document=True)


def test_a_relatives_cue_sharing_a_word_with_the_finding_still_makes_it_theirs():
    from twitchcheck.understanding import understand

    findings = understand(clean_text("My mother had Bell's palsy years ago and now my eye twitches")).findings
    assert findings["history_facial_palsy"].status == "other_person"
    assert findings["eyelid_twitching"].status == "present"


@pytest.mark.parametrize(("text", "finding"), [
    ("my eye twitches but it doesn't hurt", "eyelid_twitching"),
    ("my mouth corner twitches, but this does not happen often", "lower_face_twitching"),
])
def test_but_ends_the_reach_of_a_denial_that_follows_it(text, finding):
    from twitchcheck.understanding import understand

    assert understand(clean_text(text)).findings[finding].status == "present"


def test_a_denial_before_but_still_denies():
    from twitchcheck.understanding import understand

    findings = understand(clean_text("my speech is fine but my eye twitches")).findings
    assert findings["speech_difficulty"].status == "absent"
    assert findings["eyelid_twitching"].status == "present"


def test_every_context_token_pattern_is_valid_for_spacy():
    # the pipeline adds them unvalidated (for a faster start): spaCy's own schema checks them here
    from spacy.schemas import validate_token_pattern

    from twitchcheck.knowledge.loader import knowledge
    from twitchcheck.understanding.nlp import _plain_first_token

    for cue in knowledge().context:
        for pattern in cue.patterns:
            for variant in _plain_first_token(pattern):
                assert validate_token_pattern(variant) == [], (cue.category, variant)


def test_the_cue_matcher_gives_the_plain_matchers_matches_in_its_order():
    """The spelt-out plain patterns and the grouped Matchers find what medspaCy's own matcher
    finds, in the same order, on every text of the test data (a few hold two patterns on the same
    words, "in the past six months", which the plain matcher orders)."""
    pipe = pipeline()
    cues = pipe.context.cues
    for text in data_texts():
        doc = pipe.parse(clean_text(text))
        assert cues(doc) == cues.plain(doc), text


def test_the_cue_matcher_spells_out_only_plain_patterns():
    from twitchcheck.understanding.cues import _word_sequences

    assert _word_sequences([{"LOWER": "no"}, {"TEXT": {"IN": [",", "…"]}}]) == [("no", ","), ("no", "…")]
    assert _word_sequences([{"LOWER": "no"}, {"LOWER": "then", "OP": "?"}]) is None
    assert _word_sequences([{"TEXT": "No"}]) is None  # a cased TEXT is not its LOWER
    assert _word_sequences([{"LIKE_NUM": True}, {"LOWER": "ago"}]) is None


def test_a_cue_group_searches_only_near_a_word_it_needs():
    from twitchcheck.understanding.cues import _extent, _needed_token, _windows

    assert _needed_token([{"LIKE_NUM": True}, {"LOWER": "ago"}, {"IS_PUNCT": True}]) == 1
    assert _needed_token([{"LIKE_NUM": True}, {"LOWER": "ago", "OP": "?"}]) is None
    pattern = [{"LOWER": "a"}, {"LOWER": "few", "OP": "*"}, {"LOWER": "then", "OP": "?"}, {"LOWER": "ago"}, {"IS_PUNCT": True}]
    assert _extent(pattern, 3) == ((2, frozenset({"few"})), (1, frozenset()))
    assert _extent([{"LOWER": "a"}, {"LIKE_NUM": True, "OP": "*"}, {"LOWER": "ago"}], 2)[0] is None
    assert _extent([{"LOWER": "a"}, {"IS_SENT_START": True}], 0) == (None, None)  # depends on the tokens around
    lowers = "a few few few days ago then a b c d e f g".split()
    assert _windows(lowers, [5], (2, frozenset({"few"})), (1, frozenset())) == [(0, 7)]
    assert _windows(lowers, [3, 5, 12], (2, frozenset()), (1, frozenset())) == [(1, 7), (10, 14)]
    assert _windows(lowers, [3, 12], None, (0, frozenset())) == [(0, 13)]


def test_pruning_is_medspacys():
    import random

    from medspacy.common.util import prune_overlapping_matches

    from twitchcheck.understanding.cues import _pruned

    rng = random.Random(7)
    for _ in range(3000):
        matches = []
        for _ in range(rng.randint(0, 9)):
            start = rng.randint(0, 12)
            matches.append((rng.randint(1, 4), start, start + rng.randint(1, 5)))
        assert _pruned(list(matches)) == prune_overlapping_matches(list(matches)), matches
