"""Instructions per consultation: the one speed figure a busy machine does not move.

Usage (from the project root; valgrind from Debian's package):
    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \
        --callgrind-out-file=/tmp/cg.out .venv/bin/python benchmarks/instructions.py
    callgrind_annotate /tmp/cg.out | head -30      # where the instructions go

The script consults every dev-case text twice to warm up, then twice more inside one call of
``functools.reduce``, the only part callgrind counts with the options above. Divide the total
("Collected" in callgrind's summary, or ``events: Ir`` in the annotation) by the number of
consultations the script prints. Without valgrind it prints the CPU milliseconds per consultation.
"""

from __future__ import annotations

import functools
import gc
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_CASES = ROOT.parent / "shared" / "eval" / "dev-cases.jsonl"
ROUNDS = 2


def main() -> int:
    from twitchcheck.pipeline import consult

    texts = [json.loads(line)["text"] for line in DEV_CASES.read_text().splitlines() if line.strip()]
    for _ in range(2):
        for text in texts:
            consult(text)
    gc.freeze()  # as the command line does once the pipeline is loaded
    measured = texts * ROUNDS
    start = time.process_time()
    functools.reduce(lambda _, text: consult(text), measured, None)
    elapsed = time.process_time() - start
    print(f"{len(measured)} consultations measured, {elapsed / len(measured) * 1000:.2f} ms of CPU each")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
