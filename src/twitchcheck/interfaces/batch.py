"""Batch consultation as a plain function of JSONL lines, for any engine that maps over data.

``consult_lines`` takes input lines (``{"id", "text"}`` JSON, as bytes or str) and returns
output lines (a consultation, or an error line for that input only), in order.  The CLI's
``--jsonl`` uses it; so can a distributed engine for archives that outgrow one machine:

    import dask.bag as db
    from twitchcheck.interfaces.batch import consult_lines

    lines = db.read_text("archive/*.jsonl", blocksize="16MB")
    lines.map_partitions(consult_lines).to_textfiles("out/*.jsonl")

(or Ray Data: ``ray.data.read_text(...).map_batches(lambda b: {"text": consult_lines(b["text"])})``).
Each worker process loads the pipeline once, on its first partition.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from twitchcheck.errors import InputError, InvalidJson, TwitchcheckError


def _error_line(identifier: object, error: TwitchcheckError) -> str:
    return json.dumps({"id": identifier, "error": {"code": error.code, "message": str(error)}}, ensure_ascii=False)


def consult_line(raw: bytes | str, number: int) -> tuple[str, bool]:
    """One output line for one input line, and whether it succeeded; never raises."""
    from twitchcheck.pipeline import consult

    identifier: object = number
    try:
        try:
            text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            item = json.loads(text)
        except UnicodeDecodeError:
            raise InvalidJson(f"line {number} is not UTF-8 text") from None
        except json.JSONDecodeError as error:
            raise InvalidJson(f"line {number} is not valid JSON: {error.msg} at column {error.colno}") from None
        if not isinstance(item, dict):
            raise InvalidJson(f'line {number} must be a JSON object like {{"id": "...", "text": "..."}}')
        identifier = item.get("id", number)
        if "text" not in item:
            raise InputError(f'line {number} has no "text" field')
        consultation = consult(item["text"], answers=item.get("answers"),
                               id=None if identifier is None else str(identifier))
        return consultation.model_dump_json(by_alias=True), True  # pydantic's serializer: one step, compact
    except TwitchcheckError as error:
        return _error_line(identifier, error), False
    except Exception as error:  # noqa: BLE001 - one bad line must never lose the others
        internal = TwitchcheckError(f"internal error on line {number}: {type(error).__name__}: {error}")
        internal.code = "internal_error"
        return _error_line(identifier, internal), False


def consult_lines(lines: Iterable[bytes | str]) -> list[str]:
    """Output lines for input lines, in order (blank input lines are skipped)."""
    return [consult_line(raw, number)[0] for number, raw in enumerate(lines, start=1) if raw.strip()]
