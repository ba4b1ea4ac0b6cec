"""The short cuts taken for speed give what the plain computation gives."""

from __future__ import annotations

from twitchcheck.answer.questions import _SENTENCE_END, _sentences
from twitchcheck.knowledge.loader import knowledge
from twitchcheck.knowledge.schema import MRI_ORDER, Presentation
from twitchcheck.reasoning.triage import MRI_THRESHOLD, _condition_levels

KB = knowledge()


def test_a_presentation_changes_the_mri_reason_never_the_advice():
    # the triage looks each condition's MRI advice up once per knowledge base, before its presentation
    assert not any("mri" in name and name != "mri_reason" for name in Presentation.model_fields)
    levels = _condition_levels(KB)
    for condition in KB.conditions.values():
        assert condition.as_presented(set(KB.findings)).workup.mri == condition.workup.mri, condition.id
        place, threshold = levels[condition.id][2:]
        assert (MRI_ORDER[place], threshold) == (condition.workup.mri, MRI_THRESHOLD[condition.workup.mri])


def test_one_sentence_reasons_split_as_the_pattern_splits_them():
    texts = [rule.reason.text.strip() for rule in KB.red_flags]
    texts += [condition.specialist.text.strip() for condition in KB.conditions.values()]
    texts += ["", ".", "One. Two.", "No stop", "Ends with a stop.", "A.\nB.", "e.g.x", "Two spaces.  Then."]
    for text in texts:
        assert _sentences(text) == _SENTENCE_END.split(text), text


def test_the_interview_weighs_yes_and_no_together_as_it_would_apart():
    # numpy sums a single column pairwise and several column by column: stacking must not change either
    import numpy as np

    from twitchcheck.reasoning.interview import _entropy_rows, _normalised_columns
    from twitchcheck.reasoning.model import model_for

    model = model_for(KB)
    rng = np.random.default_rng(7)
    for width in (1, 2, 3, 9, 40):
        for _ in range(20):
            scores = rng.normal(0.0, 6.0, len(model.conditions))
            columns = rng.choice(len(model.findings), width, replace=False)
            apart = [_entropy_rows(_normalised_columns(scores[:, None] + table[:, columns]))
                     for table in (model.log_yes, model.log_no)]
            together = _entropy_rows(_normalised_columns(scores[:, None] + model.log_yes_no[:, :, columns], 1), 1)
            assert [a.tolist() for a in apart] == together.tolist()


def test_the_interview_weighs_p_yes_and_entropies_as_the_plain_computation():
    import numpy as np

    from twitchcheck.reasoning.interview import _entropy_rows
    from twitchcheck.reasoning.model import model_for

    model = model_for(KB)
    rng = np.random.default_rng(11)
    for width in (1, 2, 3, 9, 40):
        for _ in range(20):
            probabilities = rng.dirichlet(np.full(len(model.conditions), 0.3))
            columns = rng.choice(len(model.findings), width, replace=False)
            p_yes, p_listed = probabilities @ model.yes_listed[:, :, columns]
            assert p_yes.tolist() == (probabilities @ model.yes[:, columns]).tolist()
            assert p_listed.tolist() == (probabilities @ model.listed_yes[:, columns]).tolist()
            posterior = rng.dirichlet(np.full(len(model.conditions), 0.3), width).T
            posterior[rng.random(posterior.shape) < 0.2] = 0.0  # an underflowed condition
            plain = -np.sum(posterior * np.log2(np.where(posterior > 0, posterior, 1.0)), axis=0)
            assert _entropy_rows(posterior).tolist() == plain.tolist()


def test_the_interview_s_in_place_steps_give_what_new_arrays_give():
    # _normalised_columns and _entropy_rows write each step into the array the step before made
    import numpy as np

    from twitchcheck.reasoning.interview import _SMALLEST, _entropy_rows, _normalised_columns

    rng = np.random.default_rng(13)
    for shape, axis in (((18, 1), 0), ((18, 7), 0), ((2, 18, 1), 1), ((2, 18, 40), 1)):
        for _ in range(20):
            log_scores = rng.normal(0.0, 8.0, shape)
            kept = log_scores.copy()
            weights = np.exp(log_scores - np.max(log_scores, axis=axis, keepdims=True))
            plain = weights / np.sum(weights, axis=axis, keepdims=True)
            assert _normalised_columns(log_scores, axis).tolist() == plain.tolist()
            assert log_scores.tolist() == kept.tolist()  # the input is left alone
            plain[rng.random(shape) < 0.2] = 0.0
            entropy = -np.sum(plain * np.log2(np.maximum(plain, _SMALLEST)), axis=axis)
            assert _entropy_rows(plain, axis).tolist() == entropy.tolist()
