"""Load the knowledge base from its YAML files, validate it, and cache it.

Loading parses and validates every file (schema first, then the links between
files: references, finding ids, lexicon concepts).  The result is cached per
process, so a batch of consultations pays for it once.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import pydantic
import yaml
from pydantic import ValidationError

from twitchcheck.errors import KnowledgeError
from twitchcheck.knowledge import schema as schema_module
from twitchcheck.knowledge.schema import KnowledgeBase, combo_parts

DATA_DIR = Path(__file__).parent / "data"

try:  # the C loader is several times faster where libyaml is present
    _Base: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - pure-Python PyYAML build
    _Base = yaml.SafeLoader


class _Loader(_Base):
    """A safe loader that refuses a key given twice in one mapping (YAML would keep the last
    silently, so an edit could vanish without anyone noticing)."""


def _mapping(loader: Any, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set = set()
    for key_node, _value in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"the key {key!r} is given twice", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def _read(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_Loader)
    except yaml.YAMLError as error:
        raise KnowledgeError(f"{path.name}: not valid YAML: {error}") from error


def _data_files(data_dir: Path) -> list[Path]:
    return sorted(p for p in data_dir.rglob("*.yaml"))


def content_hash(data_dir: Path = DATA_DIR) -> str:
    """A short hash of every knowledge file, so answers name the exact knowledge they used."""
    digest = hashlib.sha256()
    for path in _data_files(data_dir):
        digest.update(path.relative_to(data_dir).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _read_folder(data_dir: Path, folder: str) -> dict[str, Any]:
    """One entry per YAML file of ``folder``, whose id must equal its file name."""
    entries = {}
    for path in sorted((data_dir / folder).glob("*.yaml")):
        item = _read(path)
        if not isinstance(item, dict) or item.get("id") != path.stem:
            raise KnowledgeError(f"{folder}/{path.name}: the id must equal the file name ({path.stem})")
        entries[path.stem] = item
    return entries


def read_raw(data_dir: Path = DATA_DIR) -> dict[str, Any]:
    """Gather the YAML files into the shape of :class:`KnowledgeBase`."""
    manifest = _read(data_dir / "manifest.yaml")
    conditions = _read_folder(data_dir, "conditions")
    topics = _read_folder(data_dir, "topics")
    references = {r["id"]: r for r in _read(data_dir / "bibliography.yaml")["references"]}
    lexicon = _read(data_dir / "lexicon.yaml")
    concepts = {c["id"]: c for c in lexicon["concepts"]}
    return {
        "version": f"{manifest['version']}+{content_hash(data_dir)}",
        "model": {"leak": manifest["leak"], "diagnosis_ratio": manifest.get("diagnosis_ratio", 1.0),
                  "mention_rate": manifest.get("mention_rate", 0.0),
                  "red_flag_ratio": manifest.get("red_flag_ratio", 1.0),
                  "defining_mention_rate": manifest.get("defining_mention_rate", 0.0),
                  "history_mention_rate": manifest.get("history_mention_rate", manifest.get("mention_rate", 0.0))},
        "spelling": _with_dropped_g(_read(data_dir / "spelling.yaml")["variants"], concepts,
                                    _read(data_dir / "findings.yaml")["findings"]),
        "references": references,
        "conditions": conditions,
        "findings": {f["id"]: f for f in _read(data_dir / "findings.yaml")["findings"]},
        "concepts": concepts,
        "places": lexicon.get("places", {}),
        "red_flags": _read(data_dir / "red_flags.yaml")["rules"],
        "context": _read(data_dir / "context.yaml")["cues"],
        "intents": [_with_concept_terms(rule, concepts) for rule in _read(data_dir / "intents.yaml")["intents"]],
        "topics": topics,
    }


#: The shortest "-ing" word whose dropped-g form ("droopin", "talkin") is folded back to it.
_DROPPED_G_MIN = 7


def _with_dropped_g(variants: dict[str, str], concepts: dict[str, Any], findings: list[dict[str, Any]]) -> dict[str, str]:
    """The spelling variants, with the dropped-g forms of the knowledge base's own "-ing" words
    ("her face is droopin", "shes talkin like shes drunk"): folded back to the word, unless that
    form is itself a word of the knowledge base or already a variant."""
    phrases = [term for concept in concepts.values() for term in concept.get("terms", [])]
    phrases += [p for f in findings for p in [*f.get("phrases", []), *f.get("denials", [])]]
    words = {word for phrase in phrases for word in re.findall(r"[a-z]+", str(phrase).lower())}
    dropped = {word[:-1]: variants.get(word, word) for word in sorted(words)
               if len(word) >= _DROPPED_G_MIN and word.endswith("ing")}
    return {**{form: word for form, word in dropped.items() if form not in words}, **variants}


def _with_concept_terms(rule: dict[str, Any], concepts: dict[str, Any]) -> dict[str, Any]:
    """An intent rule whose ``concepts`` name lexicon concepts gets their terms as phrases too."""
    if not isinstance(rule, dict) or not rule.get("concepts"):
        return rule
    terms = [term for concept in rule["concepts"] for term in (concepts.get(concept) or {}).get("terms", [])]
    return {**rule, "phrases": list(dict.fromkeys([*rule.get("phrases", []), *terms]))}


def cross_check(kb: KnowledgeBase) -> list[str]:
    """Problems the schema cannot see: dangling references and unknown ids."""
    problems: list[str] = []

    def refs(where: str, ids: list[str]) -> None:
        problems.extend(f"{where}: unknown reference {r}" for r in ids if r not in kb.references)

    for finding in kb.findings.values():
        problems.extend(f"finding {finding.id}: unknown overriding finding {o}"
                        for o in [*finding.overridden_by, *finding.implies] if o not in kb.findings)
        for history in (finding.past_means, finding.lately_means):
            if history is not None and kb.findings.get(history, finding).category != "history":
                problems.append(f"finding {finding.id}: {history} is not a history finding")
        for combo in [*finding.combos, *finding.denial_combos]:
            problems.extend(f"finding {finding.id}: unknown concept {c}" for c in combo_parts(combo)[0]
                            if c not in kb.concepts)
    for cue in kb.context:
        problems.extend(f"context cue {cue.category}/{cue.direction}: not_for unknown finding {f}"
                        for f in cue.not_for if f not in kb.findings)
        problems.extend(f"context cue {cue.category}/{cue.direction}: only_for unknown finding {f}"
                        for f in cue.only_for if f not in kb.findings)
    for concept in kb.concepts.values():
        problems.extend(f"concept {concept.id}: yields to unknown concept {c}" for c in concept.yields_to
                        if c not in kb.concepts)
    problems.extend(f"lexicon places: unknown concept {c}" for c in [*kb.places.owner_concepts, *kb.places.movements]
                    if c not in kb.concepts)
    for rule in kb.intents:
        problems.extend(f"intent rule {rule.intent}/{rule.about}: unknown concept {c}" for c in rule.concepts
                        if c not in kb.concepts)
    for cond in kb.conditions.values():
        where = f"condition {cond.id}"
        problems.extend(f"{where}: named_implies unknown finding {f}" for f in cond.named_implies if f not in kb.findings)
        problems.extend(f"{where}: includes unknown condition {c}" for c in cond.includes if c not in kb.conditions)
        problems.extend(f"{where}: defining unknown finding {f}" for f in cond.defining if f not in kb.findings)
        for sign in [*cond.red_flags, *(s for p in cond.presentations for s in p.red_flags)]:
            problems.extend(f"{where}: warning sign names unknown finding {f}" for f in sign.findings
                            if f not in kb.findings)
        for presentation in cond.presentations:
            problems.extend(f"{where}: presentation names unknown finding {f}"
                            for f in [*presentation.when_any, *presentation.unless_any] if f not in kb.findings)
            for claim in [presentation.description, *presentation.red_flags, presentation.mri_reason,
                          presentation.prognosis, presentation.specialist, *presentation.self_care]:
                if claim is not None:
                    refs(where, claim.refs)
            for treatment in presentation.treatments:
                refs(f"{where} presentation treatment {treatment.id}", treatment.refs)
        refs(where, cond.references)
        refs(where, cond.description.refs)
        refs(where, cond.prior.refs)
        refs(where, cond.workup.mri_reason.refs)
        refs(where, cond.specialist.refs)
        refs(where, cond.prognosis.refs)
        for claim in [*cond.red_flags, *cond.self_care, *cond.workup.tests, *cond.causes.values()]:
            refs(where, claim.refs)
        for treatment in cond.treatments:
            refs(f"{where} treatment {treatment.id}", treatment.refs)
        for finding_id, likelihood in cond.findings.items():
            if finding_id not in kb.findings:
                problems.append(f"{where}: unknown finding {finding_id}")
            refs(f"{where} finding {finding_id}", likelihood.refs)
    for rule in kb.red_flags:
        exceptions = [f for e in rule.unless for f in [*e.present, *e.absent, *e.not_present]]
        for finding_id in [*rule.all_of, *rule.any_of, *rule.none_of, *exceptions]:
            if finding_id not in kb.findings:
                problems.append(f"red flag {rule.id}: unknown finding {finding_id}")
        problems.extend(f"red flag {rule.id}: unknown condition {c}" for c in rule.conditions if c not in kb.conditions)
        refs(f"red flag {rule.id}", rule.reason.refs)
    for topic in kb.topics.values():
        problems.extend(f"topic {topic.id}: unknown condition {c}" for c in topic.conditions if c not in kb.conditions)
        problems.extend(f"topic {topic.id}: refines unknown topic {t}" for t in topic.refines if t not in kb.topics)
        for claim in topic.answer:
            refs(f"topic {topic.id}", claim.refs)
    return problems


def load(data_dir: Path = DATA_DIR) -> KnowledgeBase:
    """Read, validate and cross-check the knowledge base; raise KnowledgeError if it is unsound."""
    raw = read_raw(data_dir)
    try:
        kb = KnowledgeBase.model_validate(raw)
    except ValidationError as error:
        raise KnowledgeError(f"knowledge base does not match its schema:\n{error}") from error
    problems = cross_check(kb)
    if problems:
        raise KnowledgeError("knowledge base has broken links:\n  " + "\n  ".join(problems))
    return kb


def cache_dir() -> Path | None:
    """Where derived data may be kept between runs (None: caching is off, TWITCHCHECK_NO_CACHE)."""
    if os.environ.get("TWITCHCHECK_NO_CACHE"):
        return None
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "twitchcheck"


def _cache_path(data_dir: Path) -> Path | None:
    """Where a validated copy of this exact knowledge base may be kept (None: caching is off)."""
    base = cache_dir()
    if base is None:
        return None
    # the schema's and this loader's own source are part of the key: a pickle made under another
    # schema, or gathered from the files another way, is not this one
    schema = hashlib.sha256(Path(schema_module.__file__).read_bytes() + Path(__file__).read_bytes()).hexdigest()[:8]
    key = f"{content_hash(data_dir)}-{schema}-{pydantic.VERSION}-{sys.version_info[0]}.{sys.version_info[1]}"
    return base / f"knowledge-{key}.pickle"


def cached(name: str, key: str, build: Callable[[], Any]) -> Any:
    """``build()``, kept as a pickle under ``name`` and ``key`` (which must change whenever the
    result would); a missing, unreadable or unwritable cache just means building again."""
    base = cache_dir()
    path = None if base is None else base / f"{name}-{hashlib.sha256(key.encode()).hexdigest()[:16]}.pickle"
    if path is not None and path.exists():
        try:
            with path.open("rb") as handle:
                return pickle.load(handle)
        except Exception:  # noqa: BLE001 - a broken cache must never stop a consultation
            pass
    value = build()
    if path is not None:
        _store(path, value, f"{name}-*.pickle")
    return value


def _store(path: Path, value: Any, family: str) -> None:
    """Write ``value`` to ``path`` atomically and remove older files of the same ``family``
    (each edit of the knowledge base would otherwise leave one more behind)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        temporary.replace(path)
        for old in path.parent.glob(family):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass


def load_cached(data_dir: Path = DATA_DIR) -> KnowledgeBase:
    """:func:`load`, reusing a pickle of the validated result for the same files when there is one.

    Validation takes most of a cold start's knowledge loading; the key holds a hash of every
    file, so an edited knowledge base is always validated again.  Any problem with the cache
    (unwritable folder, corrupt file) falls back to a plain load.
    """
    path = _cache_path(data_dir)
    if path is not None and path.exists():
        try:
            with path.open("rb") as handle:
                cached = pickle.load(handle)
            if isinstance(cached, KnowledgeBase):
                return cached
        except Exception:  # noqa: BLE001 - a broken cache must never stop a consultation
            pass
    kb = load(data_dir)
    if path is not None:
        _store(path, kb, "knowledge-*.pickle")
    return kb


@lru_cache(maxsize=1)
def knowledge() -> KnowledgeBase:
    """The packaged knowledge base, loaded once per process."""
    return load_cached()
