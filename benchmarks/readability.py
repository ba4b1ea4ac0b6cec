"""Readability of the answers people read: Flesch-Kincaid grade of answer_text.

Usage: python benchmarks/readability.py [CASES.jsonl]   (default: tests/data/cases.jsonl)

Measured on the answer body: the reference list and the [n] markers are left out, since they
are bibliography, not prose. textstat is pinned to 0.7.3, which counts syllables with pyphen's
bundled dictionaries; later releases download NLTK's cmudict at run time, which cannot work offline.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def answer_body(answer_text: str) -> str:
    body = answer_text.split("\nReferences\n")[0]
    return re.sub(r"\[\d+\]", "", body)


def grades(path: Path) -> list[tuple[float, str]]:
    import textstat

    from twitchcheck import consult

    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            out.append((textstat.flesch_kincaid_grade(answer_body(consult(case["text"]).answer_text)), case["id"]))
    return out


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "data" / "cases.jsonl"
    result = grades(path)
    values = [g for g, _ in result]
    print(f"Flesch-Kincaid grade of answer_text over {len(values)} cases: median {statistics.median(values):.1f}, "
          f"mean {statistics.mean(values):.1f}, 90th percentile {sorted(values)[int(0.9 * (len(values) - 1))]:.1f}")
    print("hardest: " + ", ".join(f"{case} ({grade:.1f})" for grade, case in sorted(result)[-5:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
