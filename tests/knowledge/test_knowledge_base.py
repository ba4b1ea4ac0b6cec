"""The knowledge base is valid, complete for the contract, and every reference resolves."""

from __future__ import annotations

import shutil

import pytest
import yaml

from twitchcheck.errors import KnowledgeError
from twitchcheck.knowledge.check import summary
from twitchcheck.knowledge.loader import DATA_DIR, cross_check, load
from twitchcheck.knowledge.schema import CONTRACT_CONDITIONS


def test_every_contract_condition_is_present(kb):
    assert set(CONTRACT_CONDITIONS) <= set(kb.conditions)


@pytest.mark.parametrize("condition_id", CONTRACT_CONDITIONS)
def test_condition_has_references_and_likelihoods(kb, condition_id):
    condition = kb.conditions[condition_id]
    assert len(set(condition.references)) >= 2
    assert len(condition.findings) >= 5
    assert all(lk.refs or lk.estimate for lk in condition.findings.values())
    assert condition.description.refs, "the description a person reads must be sourced"


def test_no_dangling_references_or_ids(kb):
    assert cross_check(kb) == []


def test_kb_check_reports_success():
    report, ok = summary()
    assert ok, report
    assert "18/18 contract conditions" in report


def test_red_flag_rules_only_name_known_findings(kb):
    for rule in kb.red_flags:
        for finding in [*rule.all_of, *rule.any_of, *rule.none_of]:
            assert finding in kb.findings, (rule.id, finding)


@pytest.fixture()
def data_copy(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def test_dangling_reference_is_an_error(data_copy):
    path = data_copy / "conditions" / "stroke.yaml"
    condition = yaml.safe_load(path.read_text())
    condition["references"].append("R9999")
    path.write_text(yaml.safe_dump(condition))
    with pytest.raises(KnowledgeError, match="R9999"):
        load(data_copy)


def test_unsourced_likelihood_is_an_error(data_copy):
    path = data_copy / "conditions" / "eyelid_myokymia.yaml"
    condition = yaml.safe_load(path.read_text())
    condition["findings"]["eyelid_twitching"] = {"p": 0.9}
    path.write_text(yaml.safe_dump(condition))
    with pytest.raises(KnowledgeError, match="estimate"):
        load(data_copy)


def test_missing_contract_condition_is_an_error(data_copy):
    (data_copy / "conditions" / "motor_tic.yaml").unlink()
    with pytest.raises(KnowledgeError, match="motor_tic"):
        load(data_copy)


def test_unknown_finding_in_a_rule_is_an_error(data_copy):
    path = data_copy / "red_flags.yaml"
    rules = yaml.safe_load(path.read_text())
    rules["rules"][0]["any_of"].append("no_such_finding")
    path.write_text(yaml.safe_dump(rules))
    with pytest.raises(KnowledgeError, match="no_such_finding"):
        load(data_copy)


def test_an_unknown_owner_of_a_place_is_an_error(data_copy):
    path = data_copy / "lexicon.yaml"
    lexicon = yaml.safe_load(path.read_text())
    lexicon["places"]["owner_concepts"].append("NO_SUCH_CONCEPT")
    path.write_text(yaml.safe_dump(lexicon))
    with pytest.raises(KnowledgeError, match="NO_SUCH_CONCEPT"):
        load(data_copy)


def test_a_yaml_boolean_among_the_place_words_is_refused(data_copy):
    # unquoted, "on" and "no" are YAML booleans, not words
    path = data_copy / "lexicon.yaml"
    path.write_text(path.read_text().replace('"on", at,', "on, at,"))
    with pytest.raises(KnowledgeError, match="prepositions"):
        load(data_copy)


def test_cached_knowledge_matches_a_fresh_load_and_survives_a_corrupt_cache(tmp_path, monkeypatch):
    from twitchcheck.knowledge.loader import _cache_path, load_cached

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = load_cached()
    path = _cache_path(DATA_DIR)
    assert path.exists()
    assert load_cached() == first
    path.write_bytes(b"not a pickle")
    assert load_cached() == first


def test_a_key_given_twice_is_refused(tmp_path):
    from twitchcheck.errors import KnowledgeError
    from twitchcheck.knowledge.loader import _read

    path = tmp_path / "twice.yaml"
    path.write_text("variants:\n  twiching: twitching\n  twiching: twitch\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="given twice"):
        _read(path)


def test_a_cached_value_is_reused_for_its_key_and_replaced_for_a_new_one(tmp_path, monkeypatch):
    from twitchcheck.knowledge.loader import cached

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("TWITCHCHECK_NO_CACHE", raising=False)
    assert cached("probe", "one", lambda: 1) == 1
    assert cached("probe", "one", lambda: 2) == 1  # read back, not built again
    assert cached("probe", "two", lambda: 3) == 3
    assert len(list((tmp_path / "twitchcheck").glob("probe-*.pickle"))) == 1  # the old key's file is gone


def test_a_condition_as_presented_is_its_copy_made_once_with_the_presentation_s_words(kb):
    for condition in kb.conditions.values():
        assert condition.as_presented(frozenset()) is condition  # no presentation fits nothing
        for presentation in condition.presentations:
            present = frozenset(presentation.when_any[:1])
            shown = next((p for p in condition.presentations if p.fits(present)), None)
            if shown is None:
                continue
            presented = condition.as_presented(present)
            assert presented == condition.presented_as(shown)
            assert condition.as_presented(present) is presented  # made once
