"""Validate single condition files against the schema and the catalogue (a drafting aid).

Usage: python scripts/check_condition.py src/twitchcheck/knowledge/data/conditions/NAME.yaml ...
"""
import sys
from pathlib import Path

import yaml

from twitchcheck.knowledge.loader import DATA_DIR
from twitchcheck.knowledge.schema import Condition

refs = {r["id"] for r in yaml.safe_load((DATA_DIR / "bibliography.yaml").read_text())["references"]}
findings = {f["id"] for f in yaml.safe_load((DATA_DIR / "findings.yaml").read_text())["findings"]}
status = 0
for name in sys.argv[1:]:
    path = Path(name)
    try:
        cond = Condition.model_validate(yaml.safe_load(path.read_text()))
    except Exception as error:  # report every file
        print(f"{path.name}: INVALID\n{error}")
        status = 1
        continue
    cited = set(cond.references) | set(cond.description.refs) | set(cond.prior.refs)
    cited |= set(cond.workup.mri_reason.refs) | set(cond.specialist.refs) | set(cond.prognosis.refs)
    for claim in [*cond.red_flags, *cond.self_care, *cond.workup.tests, *cond.causes.values()]:
        cited |= set(claim.refs)
    for t in cond.treatments:
        cited |= set(t.refs)
    for f, lk in cond.findings.items():
        cited |= set(lk.refs)
    bad = sorted(cited - refs)
    unknown = sorted(set(cond.findings) - findings)
    if bad or unknown or path.stem != cond.id:
        status = 1
    print(f"{path.name}: {len(cond.findings)} findings, {len(cond.references)} refs;"
          f" unknown refs {bad or 'none'}; unknown findings {unknown or 'none'}")
sys.exit(status)
