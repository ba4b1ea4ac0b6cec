"""Shared fixtures: the knowledge base, and the case texts of the shared evaluation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
DATA = Path(__file__).resolve().parent / "data"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def data_texts() -> list[str]:
    """The text of every record of ``tests/data/*.jsonl``, file by file: what the tests of the fast
    paths compare with the plain ones."""
    return [record["text"] for path in sorted(DATA.glob("*.jsonl")) for record in read_jsonl(path)]


def shared_texts() -> list[str]:
    """The texts of the shared eval (dev cases and public questions) where that folder is beside
    the project (a clean clone has only tests/data)."""
    texts = []
    for path in [SHARED_EVAL / "dev-cases.jsonl", *sorted((SHARED_EVAL / "public").glob("*.jsonl"))]:
        if path.exists():
            texts += [text for record in read_jsonl(path)
                      if isinstance(text := record.get("text") or record.get("question"), str)]
    return texts


@pytest.fixture(scope="session")
def kb():
    from twitchcheck.knowledge.loader import knowledge

    return knowledge()


@pytest.fixture(scope="session")
def dev_cases() -> list[dict]:
    path = SHARED_EVAL / "dev-cases.jsonl"
    if not path.exists():
        pytest.skip("shared/eval/dev-cases.jsonl is not beside the project")
    return read_jsonl(path)
