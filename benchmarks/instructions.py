"""Instructions per consultation: the one speed figure a busy machine does not move.

Usage (from the project root; valgrind from Debian's package):
    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \
        --callgrind-out-file=/tmp/cg.out .venv/bin/python benchmarks/instructions.py
    callgrind_annotate /tmp/cg.out | head -30      # where the instructions go

    ... benchmarks/instructions.py --words 100     # perf.py's 105-word message instead
    ... benchmarks/instructions.py --words 2000    # and its 2,008-word one

The script consults every dev-case text (or, with ``--words N``, the message of about N words that
``benchmarks/perf.py`` times for its latency figures) twice to warm up, then twice more inside one
call of ``functools.reduce``, the only part callgrind counts with the options above. Divide the
total ("Collected" in callgrind's summary, or ``events: Ir`` in the annotation) by the number of
consultations the script prints. Without valgrind it prints the CPU milliseconds per consultation.
The default (the dev cases) is the figure of earlier sessions.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_CASES = ROOT.parent / "shared" / "eval" / "dev-cases.jsonl"
ROUNDS = 2


def texts_to_measure(words: int | None) -> list[str]:
    """The dev-case texts, or perf.py's message of about ``words`` words."""
    if words is None:
        return [json.loads(line)["text"] for line in DEV_CASES.read_text().splitlines() if line.strip()]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from perf import message

    return [message(words)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--words", type=int, default=None, help="consult perf.py's message of about N words instead of the dev cases"
    )
    args = parser.parse_args(argv)

    from twitchcheck.pipeline import consult

    texts = texts_to_measure(args.words)
    for _ in range(2):
        for text in texts:
            consult(text)
    gc.freeze()  # as the command line does once the pipeline is loaded
    measured = texts * ROUNDS
    start = time.process_time()
    functools.reduce(lambda _, text: consult(text), measured, None)
    elapsed = time.process_time() - start
    words = f" of {len(texts[0].split())} words" if args.words is not None else ""
    print(f"{len(measured)} consultations{words} measured, {elapsed / len(measured) * 1000:.2f} ms of CPU each")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
