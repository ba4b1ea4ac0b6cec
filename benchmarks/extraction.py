"""Measure the understanding stage on our annotated extraction set.

Usage (from the project root):
    python benchmarks/extraction.py                  # table of figures and the misses
    python benchmarks/extraction.py --json out.json  # also write the figures
    python benchmarks/extraction.py --sets extraction_c.jsonl   # one set only

Reads tests/data/extraction*.jsonl (format: tests/data/ANNOTATION.md). A finding counts as
right only with the right status (present, absent, hypothetical, ...). Only findings of the
catalogue the set was annotated against (tests/data/annotated_findings.txt) are scored.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


#: The sets the reader was developed on (its misses were looked at); later sets are unseen until measured.
DEVELOPMENT_SETS = ("extraction_a.jsonl", "extraction_b.jsonl")


def load_snippets(names: tuple[str, ...] | None = None) -> list[dict]:
    """Snippets of the named files of tests/data (all extraction*.jsonl files when None)."""
    snippets = []
    paths = [DATA / name for name in names] if names else sorted(DATA.glob("extraction*.jsonl"))
    for path in paths:
        snippets += [{**json.loads(line), "_set": path.name}
                     for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return snippets


def annotated_findings() -> set[str]:
    """The catalogue the set was annotated against: findings added later are not scored until annotated."""
    return set((DATA / "annotated_findings.txt").read_text().split())


#: Findings split after the set was annotated: the later finding is scored as the one it came from.
CATALOGUE_ALIASES = {"swallowing_difficulty": "breathing_swallowing_difficulty"}


def _intent_keys(intents) -> set[str]:
    return {f"{i.intent}:{i.about}" if i.about else i.intent for i in intents}


def evaluate(snippets: list[dict]) -> tuple[dict, list[str]]:
    """Figures and a list of human-readable misses."""
    from twitchcheck.understanding import understand
    from twitchcheck.understanding.text import clean_text

    from twitchcheck.knowledge.loader import knowledge

    counts = Counter()
    misses: list[str] = []
    per_finding = Counter()
    for snippet in snippets:
        # the development sets were annotated against an older, smaller catalogue; later sets use all of it
        old_catalogue = snippet.get("_set", DEVELOPMENT_SETS[0]) in DEVELOPMENT_SETS
        scored = annotated_findings() if old_catalogue else set(knowledge().findings)
        aliases = CATALOGUE_ALIASES if old_catalogue else {}
        result = understand(clean_text(snippet["text"]))
        predicted = {(aliases.get(f, f), m.status) for f, m in result.findings.items() if aliases.get(f, f) in scored}
        gold = set(snippet["findings"].items())
        tp, fp, fn = predicted & gold, predicted - gold, gold - predicted
        counts["tp"] += len(tp)
        counts["fp"] += len(fp)
        counts["fn"] += len(fn)
        for finding, _ in fn:
            per_finding[f"missed {finding}"] += 1
        for finding, _ in fp:
            per_finding[f"extra {finding}"] += 1
        want_intents = set(snippet.get("intents", []))
        # as the shared scorer does, a plain expected intent is met by the same intent with an "about";
        # but an "about" that is expected itself counts as that one (a plain and an about of the same
        # intent may both be asked: "do tinted glasses help? is botox safe?")
        got_intents = {key.split(":")[0] if key.split(":")[0] in want_intents and key not in want_intents else key
                       for key in _intent_keys(result.intents)}
        counts["intent_tp"] += len(got_intents & want_intents)
        counts["intent_fp"] += len(got_intents - want_intents)
        counts["intent_fn"] += len(want_intents - got_intents)
        counts["intent_exact"] += got_intents == want_intents
        patient = snippet.get("patient", {})
        checks = {
            "subject": (result.patient.subject, patient.get("subject", "writer")),
            "age": (result.patient.age, patient.get("age")),
            "sex": (result.patient.sex, patient.get("sex")),
            "side": (result.attributes.side, snippet.get("side")),
            "sites": (sorted(result.attributes.sites), sorted(snippet.get("sites", []))),
        }
        why = []
        for name, (got, want) in checks.items():
            counts[f"{name}_ok"] += got == want
            if got != want:
                why.append(f"{name} {got!r} expected {want!r}")
        if fp or fn:
            why.append("findings: " + ", ".join([f"+{f}={s}" for f, s in sorted(fp)] + [f"-{f}={s}" for f, s in sorted(fn)]))
        if got_intents != want_intents:
            why.append(f"intents {sorted(got_intents)} expected {sorted(want_intents)}")
        if why:
            misses.append(f"{snippet['id']}: " + "; ".join(why))
    n = len(snippets)
    precision = counts["tp"] / max(counts["tp"] + counts["fp"], 1)
    recall = counts["tp"] / max(counts["tp"] + counts["fn"], 1)
    figures = {
        "snippets": n,
        "finding_precision": precision,
        "finding_recall": recall,
        "finding_f1": 2 * precision * recall / max(precision + recall, 1e-9),
        "intent_precision": counts["intent_tp"] / max(counts["intent_tp"] + counts["intent_fp"], 1),
        "intent_recall": counts["intent_tp"] / max(counts["intent_tp"] + counts["intent_fn"], 1),
        "intent_exact": counts["intent_exact"] / n,
        **{f"{name}_accuracy": counts[f"{name}_ok"] / n for name in ("subject", "age", "sex", "side", "sites")},
        "top_errors": per_finding.most_common(15),
    }
    return figures, misses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--quiet", action="store_true", help="figures only, no list of misses")
    parser.add_argument("--sets", nargs="+", metavar="FILE",
                        help="score only these files of tests/data (default: every extraction*.jsonl)")
    args = parser.parse_args()
    snippets = load_snippets(tuple(args.sets) if args.sets else None)
    figures, misses = evaluate(snippets)
    for key, value in figures.items():
        if key != "top_errors":
            print(f"{key:22} {value:.3f}" if isinstance(value, float) else f"{key:22} {value}")
    print("most frequent errors: " + ", ".join(f"{k} ({v})" for k, v in figures["top_errors"]))
    if not args.quiet:
        print("\nmisses:")
        for line in misses:
            print("  " + line)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
