"""Shortcuts of the finding matcher must keep what the plain rules keep."""

from __future__ import annotations

from tests.conftest import data_texts
from twitchcheck.knowledge.derived import derived
from twitchcheck.understanding import findings
from twitchcheck.understanding.nlp import pipeline


def _plain_without_overridden(spans, kb, own_words):
    """``findings._without_overridden`` as it was: every span tested against every other."""
    overridden_by = derived(kb, findings._overridden_by)
    overriding = {span.label_: overridden_by[span.label_] for span in spans}
    whole = derived(kb, findings._overridden_whole)

    def explained(span, against):
        words = own_words.get((span.label_, span.start, span.end), [(span.start, span.end)]) \
            if span.label_ in whole else [(span.start, span.end)]
        others = [other for other in against if other.label_ in overriding[span.label_]
                  and other.start < span.end and span.start < other.end]
        return bool(others) and all(any(o.start - findings._NEAR < e and s < o.end + findings._NEAR for o in others)
                                    for s, e in words)

    def survivors(against):
        return [span for span in spans if not overriding[span.label_] or not explained(span, against)]

    kept = survivors(spans)
    for _ in range(3):
        again = survivors(kept)
        if again == kept:
            break
        kept = again
    return kept


def test_mentions_explained_away_by_finding_are_those_explained_away_by_every_other_mention(kb):
    pipe = pipeline()
    dropped = 0
    for text in data_texts():
        doc = pipe.parse(text)
        own_words: dict = {}
        spans = findings._longest(findings._phrase_mentions(doc, pipe)
                                  + findings._combo_mentions(doc, pipe, kb, own_words))
        kept = findings._without_overridden(spans, kb, own_words)
        assert kept == _plain_without_overridden(spans, kb, own_words), text
        dropped += len(kept) < len(spans)
    assert dropped  # the test data reach the rule
