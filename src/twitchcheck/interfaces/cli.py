"""Command line: a thin shell over consult() and the knowledge base."""

from __future__ import annotations

import gc
import json
import os
import sys
from pathlib import Path
from typing import IO, Optional

import typer

from twitchcheck.errors import TwitchcheckError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="twitchcheck: offline, evidence-grounded answers about eyelid and facial twitching.")
kb_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Inspect and validate the knowledge base.")
app.add_typer(kb_app, name="kb")

EXAMPLE = Path(__file__).resolve().parent.parent / "knowledge" / "data" / "examples" / "seed_question.txt"


#: True while main() keeps the cyclic garbage collector off during start-up (see main()).
_quiet_start = False


def _loaded() -> None:
    """The pipeline is loaded: what exists now lives as long as the process, so it is left out of
    every later collection (gc.freeze), and collection resumes.  A no-op unless main() paused it."""
    global _quiet_start
    if _quiet_start:
        _quiet_start = False
        gc.freeze()
        gc.enable()


def _fail(error: TwitchcheckError) -> None:
    typer.echo(f"twitchcheck: error ({error.code}): {error}", err=True)
    raise typer.Exit(error.exit_code)


def _read_stdin_text() -> str:
    data = sys.stdin.buffer.read()
    from twitchcheck.understanding.text import clean_text

    return clean_text(data)


@app.command()
def consult(
    text: Optional[str] = typer.Argument(None, help="What is happening, in your own words ('-' reads standard input)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON consultation."),
    jsonl: bool = typer.Option(False, "--jsonl", help='Read {"id","text"} lines on stdin, write one consultation per line.'),
    example: bool = typer.Option(False, "--example", help="Consult on the built-in example question."),
    clinician: bool = typer.Option(False, "--clinician", help="Print the summary for a clinician."),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="With --jsonl: processes to share the batch (order is kept)."),
) -> None:
    """Answer a person's question about a twitch or facial movement problem."""
    from twitchcheck.pipeline import consult as run

    if jsonl:
        raise typer.Exit(run_jsonl(sys.stdin.buffer, sys.stdout, workers=workers))
    try:
        if example:
            text = EXAMPLE.read_text(encoding="utf-8")
        elif text is None or text == "-":
            text = _read_stdin_text()
        consultation = run(text)
    except TwitchcheckError as error:
        _fail(error)
        return
    if as_json:
        typer.echo(json.dumps(consultation.to_json_dict(), ensure_ascii=False, indent=2))
    elif clinician and consultation.clinician_note:
        typer.echo(consultation.clinician_note)
    else:
        typer.echo(consultation.answer_text)


def _numbered_line(item: tuple[int, bytes]) -> tuple[str, bool]:
    from twitchcheck.interfaces.batch import consult_line

    return consult_line(item[1], item[0])


def _numbered(source: IO[bytes]):
    return ((number, raw) for number, raw in enumerate(source, start=1) if raw.strip())


#: Lines a worker answers per task: small enough that the last tasks of a batch end together
#: (16 consultations are about 30 ms), large enough that the parent's part is one write per task.
CHUNK = 16


def _chunks(numbered, size: int = CHUNK):
    chunk: list[tuple[int, bytes]] = []
    for item in numbered:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _answered_chunk(chunk: list[tuple[int, bytes]]) -> tuple[str, int, int]:
    """A worker's task: the output lines of ``chunk`` as one block of text, with how many
    succeeded and failed (the parent then only writes the block: one pickled string a task
    instead of a tuple a line)."""
    from twitchcheck.interfaces.batch import consult_line

    lines, answered = [], 0
    for number, raw in chunk:
        line, ok = consult_line(raw, number)
        lines.append(line)
        answered += ok
    lines.append("")
    return "\n".join(lines), answered, len(chunk) - answered


def _one_by_one(numbered):
    """One process: each line's block as it is answered (a slow line is written at once)."""
    for line, ok in _loading_first(_numbered_line(item) for item in numbered):
        yield line + "\n", int(ok), int(not ok)


def run_jsonl(source: IO[bytes], sink: IO[str], workers: int = 1) -> int:
    """Answer every line of ``source`` in order; exit status 0 unless every line failed.

    With ``workers`` > 1 the lines are shared among that many processes, :data:`CHUNK` lines a
    task (each process inherits the pipeline the parent loaded); the output order is the input
    order.
    """
    answered = failed = 0
    if workers > 1:
        import multiprocessing

        from twitchcheck.pipeline import consult as warm_up

        warm_up("my eyelid twitches")  # load once here: forked workers inherit the pipeline
        _loaded()  # before the fork: frozen objects are not written to by collections in the workers
        pool = multiprocessing.get_context("fork").Pool(workers)
        blocks = pool.imap(_answered_chunk, _chunks(_numbered(source)))
    else:
        pool = None
        blocks = _one_by_one(_numbered(source))
    progress = sys.stderr.isatty()
    shown = 0
    try:
        for block, ok, bad in blocks:
            sink.write(block)
            answered += ok
            failed += bad
            if progress and answered + failed >= shown + 100:
                shown = answered + failed
                sys.stderr.write(f"\r{shown:,} lines, {failed:,} errors")
    finally:
        if progress:
            sys.stderr.write(f"\r{answered + failed:,} lines, {failed:,} errors\n")
        if pool is not None:
            pool.close()
            pool.join()
    sink.flush()
    return 1 if failed and not answered else 0


def _loading_first(results):
    """``results``, with collection resumed once the first has loaded the pipeline."""
    for line in results:
        yield line
        _loaded()


@app.command()
def interview(max_questions: int = typer.Option(8, help="Ask at most this many follow-up questions.")) -> None:
    """Describe the problem, answer follow-up questions one at a time (y/n/d, s to skip), get the answer."""
    from twitchcheck.interfaces.interview import run

    _loaded()  # a session of several consultations: collect as usual
    raise typer.Exit(run(sys.stdin, sys.stdout, max_questions=max_questions))


@kb_app.command("check")
def kb_check() -> None:
    """Validate the knowledge base and print a summary."""
    from twitchcheck.knowledge.check import summary

    try:
        report, ok = summary()
    except TwitchcheckError as error:
        _fail(error)
        return
    typer.echo(report)
    raise typer.Exit(0 if ok else 3)


@app.command()
def schema(output: Optional[Path] = typer.Option(None, help="Write the JSON Schema here instead of printing it.")) -> None:
    """Print the JSON Schema of the consultation object."""
    from twitchcheck.schema import consultation_schema

    text = json.dumps(consultation_schema(), indent=2) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        typer.echo(text, nl=False)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8000, help="TCP port."),
    workers: int = typer.Option(1, min=1, help="Worker processes; requests are stateless, so any worker serves any."),
    log_text: bool = typer.Option(False, "--log-text", help="Also log what people write (off: it is health information)."),
) -> None:
    """Serve the HTTP API (/v1/consult, /docs) and the interview web page (/)."""
    from twitchcheck.interfaces.http import serve as run_server  # FastAPI loads only for this command

    _loaded()  # a long-running server (each worker freezes its own objects once it has loaded)
    run_server(host=host, port=port, workers=workers, log_text=log_text)


def main() -> None:
    """The ``twitchcheck`` command.

    Start-up creates a few hundred thousand objects that live as long as the process (modules,
    the knowledge base, spaCy's vocabulary and pattern tables); the cyclic garbage collector
    would scan them over and over while they are made (about 0.1 s of CPU in a cold consult),
    so it is paused until the pipeline is loaded, and a single consultation exits without it.
    numpy's BLAS threads are never needed for our small arrays; starting them costs CPU too.
    """
    global _quiet_start
    from twitchcheck.regex_cache import keep_compiled_patterns

    keep_compiled_patterns()
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    if gc.isenabled():
        gc.disable()
        _quiet_start = True
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
