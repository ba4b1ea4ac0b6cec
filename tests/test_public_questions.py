"""Every real public question gets a contract-valid consultation (no crash, no error)."""

from __future__ import annotations

import jsonschema
import pytest

from tests.conftest import SHARED_EVAL, read_jsonl
from twitchcheck import consult
from twitchcheck.schema import shipped_schema

PUBLIC = SHARED_EVAL / "public"


def public_questions() -> list[dict]:
    if not PUBLIC.exists():
        return []
    rows = []
    for path in sorted(PUBLIC.glob("*.jsonl")):
        rows += read_jsonl(path)
    return rows


@pytest.mark.skipif(not PUBLIC.exists(), reason="shared/eval/public is not beside the project")
def test_every_public_question_is_answered():
    validator = jsonschema.Draft202012Validator(shipped_schema())
    for row in public_questions():
        result = consult(row["question"][:20_000], id=row["id"]).to_json_dict()
        validator.validate(result)
        assert result["answer_text"].strip()
