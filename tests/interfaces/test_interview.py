"""The terminal interview, driven through its input stream as a person at the keyboard would."""

from __future__ import annotations

import io

from twitchcheck.interfaces.interview import run


def interview(*lines: str) -> tuple[int, str]:
    sink = io.StringIO()
    status = run(io.StringIO("".join(line + "\n" for line in lines)), sink)
    return status, sink.getvalue()


def test_questions_one_at_a_time_then_the_answer():
    status, out = interview("my left eyelid keeps twitching", "n", "n", "s")
    assert status == 0
    assert "1. " in out and "3. " in out and "4. " not in out  # the third is shown, then skipped
    assert "not a diagnosis" in out


def test_a_yes_to_a_danger_sign_raises_the_urgency():
    _, calm = interview("my left eyelid keeps twitching", "s")
    _, alarm = interview("my left eyelid keeps twitching", "y", "y", "s")
    assert "Self-care is reasonable" in calm
    assert "Self-care is reasonable" not in alarm


def test_unclear_reply_is_asked_again():
    _, out = interview("my left eyelid keeps twitching", "maybe?", "s")
    assert "Please answer y, n, d or s." in out


def test_end_of_input_shows_the_answer():
    status, out = interview("my left eyelid keeps twitching")
    assert status == 0 and "not a diagnosis" in out


def test_empty_description_is_a_clear_error():
    status, out = interview("")
    assert status == 2 and "empty" in out


def test_interview_command_reads_standard_input():
    from typer.testing import CliRunner

    from twitchcheck.interfaces.cli import app

    result = CliRunner().invoke(app, ["interview"], input="my right eyelid flickers\nn\ns\n")
    assert result.exit_code == 0, result.output
    assert "1. " in result.output and "not a diagnosis" in result.output
