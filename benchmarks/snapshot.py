"""A snapshot of ``consult()`` on every text we have, to prove a speed change changed nothing.

Usage (from the project root):
    python benchmarks/snapshot.py before.json        # on the code before the change
    python benchmarks/snapshot.py after.json         # on the code after it
    python benchmarks/snapshot.py --compare before.json after.json

The texts are those of ``tests/data/*.jsonl``, the shared dev cases and public questions, and the
speed benchmark's messages, in a fixed order. The knowledge version (a hash of the data files) and
the hash inside the clinician's note are left out, so a change of wording in a comment of a data
file does not show as a difference; everything else of the consultation is kept.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [*sorted((ROOT / "tests" / "data").glob("*.jsonl")),
           *sorted((ROOT.parent / "shared" / "eval").glob("*.jsonl")),
           *sorted((ROOT.parent / "shared" / "eval" / "public").glob("*.jsonl"))]
_HASH = re.compile(r"(?<=knowledge )([0-9.]+)\+[0-9a-f]{6,}")


def texts() -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from perf import message

    found: list[str] = []
    for source in SOURCES:
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                text = record.get("text") or record.get("question")
                if isinstance(text, str):
                    found.append(text)
    return found + [message(words) for words in (14, 105, 507, 2008)]


def snapshot() -> list[object]:
    from twitchcheck.errors import TwitchcheckError
    from twitchcheck.pipeline import consult

    out: list[object] = []
    for text in texts():
        try:
            answer = consult(text).model_dump(mode="json")
        except TwitchcheckError as error:
            out.append({"error": str(error)})
            continue
        answer.pop("knowledge_version", None)
        if isinstance(answer.get("clinician_note"), str):
            answer["clinician_note"] = _HASH.sub(r"\1", answer["clinician_note"])
        out.append(answer)
    return out


def compare(before: Path, after: Path) -> int:
    old, new = json.loads(before.read_text()), json.loads(after.read_text())
    if len(old) != len(new):
        print(f"different numbers of texts: {len(old)} and {len(new)}")
        return 1
    differ = [i for i, (a, b) in enumerate(zip(old, new)) if a != b]
    print(f"{len(old)} answers, {len(differ)} different" + (f": texts {differ[:20]}" if differ else ""))
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        return compare(*args.compare)
    if not args.out:
        parser.error("give a file to write, or --compare BEFORE AFTER")
    answers = snapshot()
    args.out.write_text(json.dumps(answers, sort_keys=True))
    print(f"{len(answers)} answers written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
