"""Every consultation meets the contract and the JSON Schema the project ships."""

from __future__ import annotations

import jsonschema
import pytest

from twitchcheck import consult
from twitchcheck.knowledge.loader import knowledge
from twitchcheck.knowledge.schema import CONTRACT_CONDITIONS, MRI_ORDER, TRIAGE_ORDER
from twitchcheck.schema import consultation_schema, shipped_schema


@pytest.fixture(scope="module")
def validator():
    return jsonschema.Draft202012Validator(shipped_schema())


def test_shipped_schema_matches_the_models():
    assert shipped_schema() == consultation_schema(), "run: twitchcheck schema --output src/twitchcheck/schema/consultation.schema.json"


def test_dev_cases_give_contract_valid_consultations(dev_cases, validator):
    for case in dev_cases:
        result = consult(case["text"], id=case["id"]).to_json_dict()
        validator.validate(result)
        assert result["id"] == case["id"]
        probabilities = [d["probability"] for d in result["differential"]]
        assert probabilities == sorted(probabilities, reverse=True)
        # the contract's ids, and the knowledge base's own beyond them ("may hold more, never fewer")
        assert all(d["condition"] in knowledge().conditions for d in result["differential"])
        assert set(CONTRACT_CONDITIONS) <= set(knowledge().conditions)
        if result["differential"]:
            assert len(result["differential"]) >= 3
            assert result["triage"]["level"] in TRIAGE_ORDER
            assert result["imaging"]["mri"] in MRI_ORDER
        assert result["answer_text"].strip()
        assert result["knowledge_version"]


def test_symptom_description_gets_differential_triage_and_mri():
    result = consult("My right upper eyelid has been twitching on and off for a few days.")
    assert len(result.differential) >= 3
    assert result.triage.level in TRIAGE_ORDER
    assert result.imaging.mri in MRI_ORDER
    assert result.evidence and result.citations


def test_general_question_has_no_differential_and_nothing_to_triage():
    result = consult("What is microvascular decompression and how often does it work for hemifacial spasm?")
    assert result.in_scope
    assert result.differential == []
    assert result.triage.level is None
    assert result.imaging.mri is None


def test_out_of_scope_question_says_so():
    result = consult("What is a good diet for diabetes?")
    assert result.in_scope is False
    assert result.differential == []
    assert "twitch" in result.answer_text.lower()


def test_out_of_scope_still_applies_emergency_red_flags():
    result = consult("Not about twitching: my dad suddenly can't lift his arm and his speech is slurred.")
    assert result.triage.level == "emergency_ambulance"


def test_a_relatives_stroke_signs_described_in_passing_are_an_emergency():
    result = consult("my mom's face went lopsided an hour ago and she's talking gibberish")
    assert result.triage.level == "emergency_ambulance"
