"""Compiled regular expressions kept between runs of the command line: the same patterns, faster."""

import json
import os
import subprocess
import sys

import pytest

from twitchcheck.regex_cache import _opcodes

PATTERNS = [
    (r"\b(?:eye|eyelid|lid)s?\b", 0),
    (r"(?P<number>\d+)\s*(?P<unit>days?|weeks?)", 2),  # re.IGNORECASE
    (r"^\s*(?:what|why)\b|\?", 8),  # re.MULTILINE
    (r"(?<=\.)\s+", 0),
    (r"[\u2018\u2019']s\b", 0),
    (r"\d+(?=%)", 0),
]

PROBE = """
import json, re, sys
sys.argv = sys.argv[:1]
from twitchcheck.regex_cache import keep_compiled_patterns
installed = keep_compiled_patterns()
patterns = [re.compile(p, f) for p, f in json.loads(sys.stdin.read())]
text = "My left eyelid has twitched for 3 Days. What is it? 50% of the time.\\nwhy me"
print(json.dumps([installed] + [[p.pattern, p.flags, p.groups, dict(p.groupindex),
                                 [m.span() for m in p.finditer(text)]] for p in patterns]))
"""


def _run(cache: str) -> list:
    environment = {**os.environ, "XDG_CACHE_HOME": cache}
    environment.pop("TWITCHCHECK_NO_CACHE", None)
    out = subprocess.run([sys.executable, "-c", PROBE], input=json.dumps(PATTERNS), capture_output=True, text=True,
                         check=True, env=environment).stdout
    return json.loads(out)


def test_kept_patterns_behave_as_freshly_compiled_ones(tmp_path):
    first = _run(str(tmp_path))  # compiles and keeps
    assert list((tmp_path / "twitchcheck").glob("patterns-*.marshal"))
    second = _run(str(tmp_path))  # from the kept opcodes
    plain = subprocess.run([sys.executable, "-c", PROBE.replace("installed = keep_compiled_patterns()", "installed = 0")],
                           input=json.dumps(PATTERNS), capture_output=True, text=True, check=True).stdout
    assert first == second
    assert first[0] is True
    assert first[1:] == json.loads(plain)[1:]


def test_a_damaged_cache_file_is_ignored(tmp_path):
    folder = tmp_path / "twitchcheck"
    folder.mkdir()
    _run(str(tmp_path))
    for path in folder.glob("patterns-*.marshal"):
        path.write_bytes(b"\x00 not marshal data")
    assert _run(str(tmp_path))[1:] == _run(str(tmp_path))[1:]


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_the_opcodes_are_those_re_compiles(pattern, flags):
    import _sre
    import re

    compiled = _sre.compile(pattern, *_opcodes(pattern, flags))
    reference = re.compile(pattern, flags)
    assert (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex) == \
        (reference.pattern, reference.flags, reference.groups, reference.groupindex)
