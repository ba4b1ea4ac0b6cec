"""`twitchcheck kb check`: validate the knowledge base and summarise what it holds."""

from __future__ import annotations

from twitchcheck.knowledge.loader import load
from twitchcheck.knowledge.schema import CONTRACT_CONDITIONS

#: A condition needs at least this many references and sourced or estimated likelihoods.
MIN_REFERENCES = 2
MIN_LIKELIHOODS = 5


def summary() -> tuple[str, bool]:
    """A readable report and whether the knowledge base meets the bar (raises KnowledgeError if invalid)."""
    kb = load()
    lines = [f"knowledge base {kb.version}: valid"]
    lines.append(f"  conditions  {len(kb.conditions)} ({sum(c in kb.conditions for c in CONTRACT_CONDITIONS)}"
                 f"/{len(CONTRACT_CONDITIONS)} contract conditions)")
    lines.append(f"  findings    {len(kb.findings)} ({sum(len(f.phrases) for f in kb.findings.values())} phrases, "
                 f"{sum(len(f.combos) for f in kb.findings.values())} concept combinations)")
    lines.append(f"  concepts    {len(kb.concepts)}")
    lines.append(f"  rules       {len(kb.red_flags)} triage rules, {len(kb.context)} context cue groups, "
                 f"{len(kb.intents)} intent rules")
    lines.append(f"  topics      {len(kb.topics)}")
    lines.append(f"  references  {len(kb.references)}")
    ok = True
    lines.append("")
    lines.append(f"  {'condition':28} refs  likelihoods (sourced/estimated)  treatments  triage")
    for condition in kb.conditions.values():
        sourced = sum(1 for lk in condition.findings.values() if lk.refs)
        estimated = len(condition.findings) - sourced
        flags = []
        if len(set(condition.references)) < MIN_REFERENCES:
            flags.append("TOO FEW REFERENCES")
        if len(condition.findings) < MIN_LIKELIHOODS:
            flags.append("TOO FEW LIKELIHOODS")
        ok = ok and not flags
        lines.append(f"  {condition.id:28} {len(set(condition.references)):4}  {len(condition.findings):3} "
                     f"({sourced}/{estimated}){'':21}{len(condition.treatments):3}         {condition.default_triage}"
                     + (f"  <- {', '.join(flags)}" if flags else ""))
    cited = {r for c in kb.conditions.values() for r in c.references}
    unused = sorted(set(kb.references) - cited, key=lambda r: (len(r), r))
    lines.append("")
    lines.append(f"  references not listed by any condition: {len(unused)}")
    lines.append("OK" if ok else "PROBLEMS FOUND")
    return "\n".join(lines), ok
