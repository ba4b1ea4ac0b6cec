"""Rewrite findings.yaml in its canonical layout after programmatic edits (a maintenance aid).

    from kbedit import load_findings, save_findings
    findings = load_findings(); ...; save_findings(findings)
"""
from __future__ import annotations

import json
from pathlib import Path

import yaml

PATH = Path(__file__).resolve().parent.parent / "src" / "twitchcheck" / "knowledge" / "data" / "findings.yaml"
HEADER = """# Findings catalogue: everything a person can report that changes the picture.
# Each finding has the question a clinician would ask to check it, the exact
# phrases people use, and "combos": lists of lexicon concepts (lexicon.yaml)
# that must all occur within a few words of each other in one sentence
# ("window", default 14 tokens; a number ending a combination is its own
# window). "denial_combos" deny a finding by themselves, as "denials" do.
# Status (present, absent, possible, historical,
# reported by someone else) is decided by the context rules in context.yaml, not
# here. "overridden_by": more specific findings that, matched on the same words,
# explain this one away.
findings:
"""
SECTIONS = [("movement", "the movement itself"), ("site", "where"), ("neurological", "weakness and neurological signs"),
            ("eye", "the eyes"), ("associated", "other symptoms"), ("history", "history, exposures and context"),
            ("trigger", "triggers"), ("course", "course and duration")]
ORDER = ["id", "label", "question", "category", "phrases", "denials", "combos", "denial_combos", "window", "overridden_by", "overridden_whole", "implies", "past_means", "safety", "facial", "sensation", "derived"]


def load_findings() -> list[dict]:
    return yaml.safe_load(PATH.read_text())["findings"]


def _scalar(value) -> str:
    text = json.dumps(value, ensure_ascii=False)
    plain = str(value)
    if isinstance(value, str) and plain and not any(c in plain for c in ":#[]{},&*!|>'\"%@`") \
            and plain.strip() == plain and plain.lower() not in ("yes", "no", "on", "off", "true", "false", "null", "y", "n"):
        return plain
    return text


def _flow(key: str, items: list, indent: int = 2) -> str:
    lead = " " * indent + f"{key}: ["
    lines, current = [], lead
    pad = " " * len(lead)
    for n, item in enumerate(items):
        piece = (_flow_inner(item) if isinstance(item, list) else _scalar(item)) + ("," if n < len(items) - 1 else "]")
        if len(current) + len(piece) + 1 > 118 and current.strip() not in (f"{key}: [",):
            lines.append(current.rstrip())
            current = pad
        current += piece + " "
    lines.append(current.rstrip())
    return "\n".join(lines) if items else " " * indent + f"{key}: []"


def _flow_inner(items: list) -> str:
    return "[" + ", ".join(_scalar(i) for i in items) + "]"


def save_findings(findings: list[dict]) -> None:
    out = [HEADER]
    for category, title in SECTIONS:
        chosen = [f for f in findings if f["category"] == category]
        if not chosen:
            continue
        out.append(f"# --- {title} " + "-" * max(3, 70 - len(title)) + "\n")
        for finding in chosen:
            lines = []
            for key in ORDER:
                if key not in finding or finding[key] in (None, []) or (finding[key] is False and key != "facial") \
                        or (finding[key] is True and key == "facial"):
                    continue
                value = finding[key]
                prefix = "- " if key == "id" else "  "
                if isinstance(value, list):
                    text = _flow(key, value)
                    lines.append(("- " + text[2:]) if key == "id" else text)
                else:
                    lines.append(f"{prefix}{key}: {_scalar(value)}")
            out.append("\n".join(lines) + "\n")
    PATH.write_text("".join(out))
    assert len(yaml.safe_load(PATH.read_text())["findings"]) == len(findings)
