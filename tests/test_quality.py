"""Quality floors on our own annotated sets, so that a change that makes reading or reasoning
worse fails the build. The figures and the targets are in docs/benchmarks.md."""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from tests.conftest import DATA, ROOT, SHARED_EVAL, read_jsonl
from twitchcheck import consult

sys.path.insert(0, str(ROOT / "benchmarks"))


def _shared_scorer():
    path = SHARED_EVAL / "score.py"
    if not path.exists():
        pytest.skip("shared/eval/score.py is not beside the project")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(path):
    scorer = _shared_scorer()
    cases = read_jsonl(path)
    outputs = [json.loads(json.dumps(consult(c["text"], id=c["id"]).to_json_dict())) for c in cases]
    totals, misses = scorer.score(cases, outputs)
    return totals, misses


def test_case_set_meets_the_reasoning_targets():
    totals, misses = _score(DATA / "cases.jsonl")
    assert totals["errors"] == 0
    assert totals["under"] == 0, misses
    assert totals["top1"] / totals["dx"] >= 0.85, misses
    assert totals["top3"] / totals["dx"] >= 0.95, misses
    assert totals["tri_ok"] / totals["tri"] >= 0.85, misses


def test_blind_case_set_d_never_under_triages():
    # written blind in session 4; its under-triage was worked on first (top-1 89% when this was added:
    # its reading misses are still being worked on, so no top-1 floor yet)
    totals, misses = _score(DATA / "cases_d.jsonl")
    assert totals["errors"] == 0
    assert totals["under"] == 0, misses
    assert totals["tri_ok"] / totals["tri"] >= 0.85, misses
    assert totals["mri_ok"] / totals["mri"] >= 0.85, misses


@pytest.mark.parametrize("name", ["cases_b.jsonl", "cases_c.jsonl"])
def test_the_blind_case_sets_never_under_triage(name):
    # written blind in session 3; their misses were worked on afterwards (docs/benchmarks.md)
    totals, misses = _score(DATA / name)
    assert totals["errors"] == 0
    assert totals["under"] == 0, misses
    assert totals["top1"] / totals["dx"] >= 0.90, misses
    assert totals["tri_ok"] / totals["tri"] >= 0.85, misses


def test_dev_cases_meet_the_reasoning_targets():
    totals, misses = _score(SHARED_EVAL / "dev-cases.jsonl")
    assert totals["under"] == 0, misses
    assert totals["top1"] / totals["dx"] >= 0.90, misses
    assert totals["top3"] == totals["dx"], misses
    assert totals["int_ok"] == totals["int"], misses


def test_extraction_does_not_fall_below_its_measured_floor():
    from extraction import DEVELOPMENT_SETS, evaluate, load_snippets

    figures, _ = evaluate(load_snippets(DEVELOPMENT_SETS))
    # floors a little under the figures measured when this test was written (docs/benchmarks.md);
    # raise them as the reading improves
    assert figures["finding_precision"] >= 0.95
    assert figures["finding_recall"] >= 0.95
    assert figures["intent_recall"] >= 0.97
    assert figures["intent_precision"] >= 0.95
    for attribute in ("subject", "age", "sex", "side", "sites"):
        assert figures[f"{attribute}_accuracy"] >= 0.92, attribute


def test_the_whole_extraction_set_meets_the_issue_targets():
    # all five files (350 snippets, issue 3: precision >= 0.92, recall >= 0.90, attributes >= 0.9)
    from extraction import evaluate, load_snippets

    figures, _ = evaluate(load_snippets())
    assert figures["finding_precision"] >= 0.92
    assert figures["finding_recall"] >= 0.90
    for attribute in ("subject", "age", "sex", "side", "sites"):
        assert figures[f"{attribute}_accuracy"] >= 0.9, attribute
