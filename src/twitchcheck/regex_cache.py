"""Compiled regular expressions kept between runs of the command line.

A cold ``twitchcheck consult`` spends about 0.1 s compiling regular expressions: spaCy's
tokenizer rules, our own understanding rules, and patterns that pydantic, langcodes and
others compile when they are imported.  ``re`` compiles in Python: it parses a pattern into a
list of opcodes (``re._parser.parse``, ``re._compiler._code``) and hands them to
``_sre.compile``.  The opcodes depend only on the pattern, its flags and the Python build, so
:func:`keep_compiled_patterns` keeps them in a file keyed by the build and gives them straight
to ``_sre.compile`` on later runs: the same pattern objects, without the parsing.

This module imports nothing of ours (the command line installs it before anything compiles).
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import sys
from array import array
from pathlib import Path


#: Most patterns a process records for the next start (a bound for programs that make many).
_MAX_KEPT = 4000
#: The array type of one opcode (``_sre.CODESIZE`` bytes, unsigned).
_WORD = "I"


def _pattern_cache_file() -> Path | None:
    """Where the compiled patterns of this Python build are kept: the folder of
    ``knowledge.loader.cache_dir`` (not imported here: it loads yaml and pydantic, whose patterns
    this is for); None when caching is off."""
    if os.environ.get("TWITCHCHECK_NO_CACHE"):
        return None
    import _sre

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "twitchcheck"
    build = f"{sys.version}|{sys.maxunicode}|{_sre.MAGIC}|{_sre.CODESIZE}|{_sre.MAXGROUPS}"
    return base / f"patterns-{hashlib.sha256(build.encode()).hexdigest()[:16]}.marshal"


def keep_compiled_patterns() -> bool:
    """Let ``re`` compile from the opcodes kept by earlier runs; patterns new to this run are
    compiled as usual and kept at exit.  True when installed: on the CPython versions whose
    ``re._compiler.compile`` :func:`_opcodes` reproduces, with caching on; otherwise ``re`` is
    left as it is.  Meant for a process of ours (the command line): it changes ``re`` for
    everything in the process, though only in how fast a pattern is built.
    """
    import re._compiler as compiler

    import _sre

    if sys.implementation.name != "cpython" or sys.version_info[:2] not in ((3, 11), (3, 12), (3, 13)) \
            or getattr(compiler.compile, "_kept", None) is not None or array(_WORD).itemsize != _sre.CODESIZE:
        return False
    path = _pattern_cache_file()
    if path is None:
        return False
    try:
        kept = marshal.loads(path.read_bytes())
        if not isinstance(kept, dict):
            kept = {}
    except Exception:  # noqa: BLE001 - no file yet, or a broken one: start afresh
        kept = {}
    added: dict = {}
    original = compiler.compile
    debug = compiler.SRE_FLAG_DEBUG

    def compile(p, flags=0):  # noqa: A001 - the name re calls
        if not isinstance(p, (str, bytes)) or flags & debug:
            return original(p, flags)
        key = (p, int(flags))
        entry = kept.get(key)
        if entry is not None:
            try:
                final_flags, code, groups, groupindex, indexgroup = entry
                return _sre.compile(p, final_flags, array(_WORD, code).tolist(), groups, groupindex, indexgroup)
            except Exception:  # noqa: BLE001 - a damaged entry: compile afresh
                pass
        final_flags, code, groups, groupindex, indexgroup = _opcodes(p, flags)
        if len(kept) < _MAX_KEPT:  # the opcodes as bytes: a tenth of the memory of a list of ints
            kept[key] = added[key] = (final_flags, array(_WORD, code).tobytes(), groups, groupindex, indexgroup)
        return _sre.compile(p, final_flags, code, groups, groupindex, indexgroup)

    compile._kept = kept
    compiler.compile = compile

    def store() -> None:
        if added:
            _write(path, marshal.dumps(kept))

    atexit.register(store)
    return True


def _opcodes(pattern: str | bytes, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` after the pattern itself."""
    import re._compiler as compiler
    import re._parser as parser

    parsed = parser.parse(pattern, flags)
    code = [int(op) for op in compiler._code(parsed, flags)]  # plain ints, not its named opcodes
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` atomically and remove the files of other Python builds; never fails."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(data)
        temporary.replace(path)
        for old in path.parent.glob("patterns-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
