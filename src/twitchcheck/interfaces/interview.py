"""The interview in a terminal: a description, then follow-up questions one at a time, then the answer.

Keyboard only and scriptable: it reads lines from any text stream, so tests
drive it through standard input.  y / n / d answer yes / no / don't know,
s skips to the answer, an empty line or end of input ends the questions.
"""

from __future__ import annotations

from typing import IO

from twitchcheck.errors import InputError

MAX_QUESTIONS = 8
_REPLIES = {"y": "present", "yes": "present", "n": "absent", "no": "absent", "d": "unknown", "dk": "unknown",
            "?": "unknown", "don't know": "unknown", "dont know": "unknown", "not sure": "unknown"}


def run(source: IO[str], sink: IO[str], max_questions: int = MAX_QUESTIONS) -> int:
    """Run one interview; returns a process exit status."""
    from twitchcheck.pipeline import consult

    sink.write("Describe what is happening, in your own words (one line):\n> ")
    sink.flush()
    text = source.readline()
    try:
        result = consult(text)
    except InputError as error:
        sink.write(f"\n{error}\n")
        return error.exit_code
    answers: dict[str, str] = {}
    while result.next_questions and len(answers) < max_questions:
        question = result.next_questions[0]
        reply = _ask(source, sink, question.text, len(answers) + 1)
        if reply is None:
            break
        answers[question.finding] = reply
        result = consult(text, answers=answers)
    sink.write("\n" + result.answer_text)
    sink.flush()
    return 0


def _ask(source: IO[str], sink: IO[str], question: str, number: int) -> str | None:
    """The status for one reply, or None to skip to the answer."""
    while True:
        sink.write(f"\n{number}. {question}\n   [y]es / [n]o / [d]on't know / [s]kip to the answer\n> ")
        sink.flush()
        line = source.readline()
        reply = line.strip().lower()
        if not line or reply in ("s", "skip", "q", "quit", ""):
            return None
        if reply in _REPLIES:
            return _REPLIES[reply]
        sink.write("   Please answer y, n, d or s.\n")
