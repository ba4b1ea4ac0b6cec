"""Measure the reasoning stage on our case set: accuracy, calibration and the interview.

Usage (from the project root, with the project installed):
    python benchmarks/diagnosis.py                        # tests/data/cases.jsonl
    python benchmarks/diagnosis.py CASES.jsonl --json out.json

Prints
- the shared scorer's figures (top-1, top-3, triage, under-triage, MRI, questions, scope);
- calibration of the top-1 probability: Brier score and a reliability table;
- an interview simulation: each case starts from its first sentence that yields a differential
  (with the sentences before it when they are short), and every follow-up question is
  answered as the person would: "yes" when the whole case text reports the finding, "no"
  otherwise; a case succeeds when the expected condition is top-1 after at most 5 questions.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
MAX_QUESTIONS = 5
BINS = (0.0, 0.5, 0.7, 0.85, 0.95, 1.0001)


def shared_score(path: Path) -> str:
    command = [sys.executable, str(SCORER), str(path), "--cmd", f"{Path(sys.executable).parent / 'twitchcheck'} consult --jsonl"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def calibration(cases: list[dict]) -> dict:
    from twitchcheck import consult

    pairs = []
    for case in cases:
        gold = case["gold"]
        if not gold.get("dx"):
            continue
        result = consult(case["text"])
        if not result.differential:
            pairs.append((0.0, False))
            continue
        top = result.differential[0]
        pairs.append((top.probability, top.condition in {gold["dx"], *gold.get("dx_ok", [])}))
    brier = sum((p - ok) ** 2 for p, ok in pairs) / len(pairs)
    table = []
    for low, high in zip(BINS, BINS[1:]):
        inside = [(p, ok) for p, ok in pairs if low <= p < high]
        if inside:
            table.append({"bin": f"{low:.2f}-{min(high, 1):.2f}", "cases": len(inside),
                          "mean_probability": sum(p for p, _ in inside) / len(inside),
                          "accuracy": sum(ok for _, ok in inside) / len(inside)})
    return {"cases": len(pairs), "brier": brier, "reliability": table}


def _first_complaint(text: str) -> str:
    """The opening of the message up to its first sentence that yields a differential: the one-line
    complaint the interview starts from."""
    from twitchcheck import consult

    parts = [p for p in re.split(r"(?<=[.!?])\s+|\n+", text.strip()) if p.strip()]
    for end in range(1, len(parts) + 1):
        opening = " ".join(parts[:end])
        if consult(opening).differential:
            return opening if len(opening) < 200 else parts[end - 1]
    return parts[0]


def interview(cases: list[dict]) -> dict:
    from twitchcheck import consult
    from twitchcheck.understanding import understand
    from twitchcheck.understanding.text import clean_text

    results = []
    for case in cases:
        gold = case["gold"]
        if not gold.get("dx"):
            continue
        truth = understand(clean_text(case["text"]))
        start = _first_complaint(case["text"])
        answers: dict[str, str] = {}
        accepted = {gold["dx"], *gold.get("dx_ok", [])}
        result = consult(start)
        asked = 0
        while asked < MAX_QUESTIONS and result.next_questions:
            if result.differential and result.differential[0].condition in accepted:
                break
            finding = result.next_questions[0].finding
            # a person answers from what they have: "yes" to what the whole text reports, "no" otherwise
            status = "present" if truth.present(finding) else "absent"
            answers[finding] = status
            asked += 1
            result = consult(start, answers=answers)
        success = bool(result.differential) and result.differential[0].condition in accepted
        results.append({"id": case["id"], "questions": asked, "success": success,
                        "top": result.differential[0].condition if result.differential else None})
    return {"cases": len(results), "success_rate": sum(r["success"] for r in results) / max(len(results), 1),
            "mean_questions": sum(r["questions"] for r in results) / max(len(results), 1),
            "failures": [r for r in results if not r["success"]]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="?", default=str(ROOT / "tests" / "data" / "cases.jsonl"))
    parser.add_argument("--json")
    args = parser.parse_args()
    path = Path(args.cases)
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(shared_score(path))
    figures = {"calibration": calibration(cases), "interview": interview(cases)}
    cal = figures["calibration"]
    print(f"calibration of the top-1 probability over {cal['cases']} cases: Brier score {cal['brier']:.3f}")
    print(f"  {'bin':>10} {'cases':>6} {'mean p':>7} {'accuracy':>9}")
    for row in cal["reliability"]:
        print(f"  {row['bin']:>10} {row['cases']:6} {row['mean_probability']:7.2f} {row['accuracy']:9.2f}")
    sim = figures["interview"]
    print(f"interview simulation: right condition top-1 within {MAX_QUESTIONS} questions in "
          f"{100 * sim['success_rate']:.0f}% of {sim['cases']} cases (mean {sim['mean_questions']:.1f} questions)")
    for failure in sim["failures"]:
        print(f"  missed {failure['id']}: top-1 {failure['top']} after {failure['questions']} questions")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
