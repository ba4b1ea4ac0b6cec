"""The command line: the three contract forms, and bad input that gets a clear error."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from twitchcheck.interfaces.cli import app, run_jsonl

runner = CliRunner()


def test_readable_answer():
    result = runner.invoke(app, ["consult", "my left eyelid keeps jumping since monday"])
    assert result.exit_code == 0, result.output
    assert "not a diagnosis" in result.output


def test_json_answer():
    result = runner.invoke(app, ["consult", "--json", "my left eyelid keeps jumping since monday"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["differential"][0]["condition"]


def test_built_in_example():
    result = runner.invoke(app, ["consult", "--example"])
    assert result.exit_code == 0, result.output
    assert "MRI" in result.output


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["consult", ""], "empty_text", "empty"),
        (["consult", "   \n  "], "empty_text", "empty"),
        (["consult", "x" * 1_000_000], "text_too_long", "limit"),
    ],
)
def test_bad_single_input_gives_clear_error(args, code, message):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert code in result.output and message in result.output
    assert "Traceback" not in result.output


def test_binary_on_stdin_gives_clear_error():
    result = subprocess.run([sys.executable, "-m", "twitchcheck.interfaces.cli", "consult", "-"],
                            input=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", capture_output=True)
    assert result.returncode == 2
    assert b"not UTF-8" in result.stderr or b"binary" in result.stderr
    assert b"Traceback" not in result.stderr


def _run_lines(lines: list[bytes]) -> tuple[int, list[dict]]:
    sink = io.StringIO()
    status = run_jsonl(io.BytesIO(b"\n".join(lines) + b"\n"), sink)
    return status, [json.loads(line) for line in sink.getvalue().splitlines()]


def test_jsonl_answers_good_lines_and_reports_bad_ones_in_order():
    status, out = _run_lines([
        json.dumps({"id": "a", "text": "my eyelid twitches"}).encode(),
        b"{not json",
        json.dumps({"id": "c"}).encode(),
        json.dumps({"id": "d", "text": ""}).encode(),
        b"\xff\xfe\x00binary",
        json.dumps({"id": "f", "text": "y" * 30_000}).encode(),
        json.dumps(["a", "list"]).encode(),
        json.dumps({"id": "h", "text": "both my eyes squeeze shut"}).encode(),
    ])
    assert status == 0
    assert [o.get("id") for o in out] == ["a", 2, "c", "d", 5, "f", 7, "h"]
    assert "error" not in out[0] and "error" not in out[-1]
    codes = [o["error"]["code"] for o in out[1:-1]]
    assert codes == ["invalid_json", "invalid_input", "empty_text", "invalid_json", "text_too_long", "invalid_json"]


def test_jsonl_fails_only_when_every_line_failed():
    status, out = _run_lines([b"nope", b"{]"])
    assert status == 1
    assert all("error" in o for o in out)


def test_jsonl_with_two_workers_keeps_the_order_and_the_answers():
    lines = [json.dumps({"id": f"c{i}", "text": text}).encode()
             for i, text in enumerate(["my eyelid twitches", "both my eyes squeeze shut", "bad line"] * 12)]
    lines[2] = b"{oops"
    lines[20:20] = [b"", b"   "]  # blank lines are skipped but still counted: line 24 is the 22nd answered
    lines[23] = b"[1, 2]"
    one, two = io.StringIO(), io.StringIO()
    assert run_jsonl(io.BytesIO(b"\n".join(lines) + b"\n"), one) == 0
    assert run_jsonl(io.BytesIO(b"\n".join(lines) + b"\n"), two, workers=2) == 0
    assert one.getvalue() == two.getvalue()
    ids = [json.loads(line).get("id") for line in two.getvalue().splitlines()]
    assert ids[:3] == ["c0", "c1", 3] and ids[21] == 24 and len(ids) == 36


def test_the_batch_function_runs_on_a_dask_bag_like_on_one_process():
    db = pytest.importorskip("dask.bag")
    from twitchcheck.interfaces.batch import consult_lines

    lines = [json.dumps({"id": f"d{i}", "text": t}) for i, t in
             enumerate(["my eyelid twitches", "both my eyes squeeze shut", "my jaw clamps shut on one side"] * 4)]
    lines.insert(3, "{broken")
    local = consult_lines(lines)
    bag = db.from_sequence(lines, npartitions=3).map_partitions(consult_lines)
    distributed = bag.compute(scheduler="processes", num_workers=2)
    assert [json.loads(x).get("id") for x in distributed] == [json.loads(x).get("id") for x in local]
    assert sum("error" in json.loads(x) for x in distributed) == 1
