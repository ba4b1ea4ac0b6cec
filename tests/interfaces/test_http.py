"""The HTTP API: contract consultations, problem-details errors, the knowledge endpoints, the pages."""

from __future__ import annotations

import json
import logging
import re

import jsonschema
import pytest
from fastapi.testclient import TestClient

from twitchcheck.interfaces.http import MAX_BODY_BYTES, create_app
from twitchcheck.schema import shipped_schema

EYELID = "my right upper eyelid has been flickering for three days, do I need an MRI?"
PROBLEM_FIELDS = {"type", "title", "status", "detail", "code"}


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(log_text=False)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def consultation_validator():
    schema = shipped_schema()
    return jsonschema.Draft202012Validator({"$ref": "#/$defs/Consultation", "$defs": schema["$defs"]})


def assert_problem(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert PROBLEM_FIELDS <= set(body)
    assert body["status"] == status and body["code"] == code
    assert body["type"] == f"urn:twitchcheck:problem:{code}"
    assert body["detail"] and body["title"]
    return body


# --- POST /v1/consult ------------------------------------------------------------------------------


def test_consult_returns_a_contract_consultation(client, consultation_validator):
    response = client.post("/v1/consult", json={"text": EYELID, "id": "web-1"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    consultation_validator.validate(body)
    assert body["id"] == "web-1"
    assert body["differential"][0]["condition"] == "eyelid_myokymia"
    assert body["triage"]["level"] == "self_care"
    assert body["imaging"]["mri"] == "not_needed"
    assert any(a["intent"] == "imaging" for a in body["answers"])
    assert body["next_questions"] and body["citations"]


def test_answers_are_applied_and_not_asked_again(client, consultation_validator):
    first = client.post("/v1/consult", json={"text": EYELID}).json()
    asked = first["next_questions"][0]["finding"]
    second = client.post("/v1/consult", json={"text": EYELID, "answers": {asked: "absent"}})
    assert second.status_code == 200
    body = second.json()
    consultation_validator.validate(body)
    assert asked not in [q["finding"] for q in body["next_questions"]]


def test_an_answer_that_raises_urgency_changes_the_triage(client):
    body = client.post("/v1/consult", json={"text": EYELID, "answers": {"facial_droop": "present",
                                                                        "limb_weakness": "present"}}).json()
    assert body["triage"]["level"] in ("emergency_ambulance", "emergency")


@pytest.mark.parametrize("content, content_type, status, code", [
    (b'{"text": "my eye', "application/json", 400, "invalid_json"),
    (b"{bad json}", "application/json", 400, "invalid_json"),
    (b"{}", "application/json", 422, "missing_text"),
    (b'{"answers": {}}', "application/json", 422, "missing_text"),
    (b'{"text": 42}', "application/json", 422, "invalid_request"),
    (b'["my eyelid twitches"]', "application/json", 422, "invalid_request"),
    (b'{"text": "my eyelid twitches", "extra": 1}', "application/json", 422, "invalid_request"),
    (b"", "application/json", 422, "invalid_request"),
    (b'{"text": "my eyelid twitches"}', "text/plain", 415, "unsupported_media_type"),
    (b'{"text": "   "}', "application/json", 422, "empty_text"),
    (b'{"text": "12345 !!!"}', "application/json", 422, "empty_text"),
], ids=["truncated-json", "bad-json", "no-text", "answers-only", "text-not-string", "array", "unknown-field",
        "empty-body", "wrong-media-type", "blank-text", "no-letters"])
def test_bad_requests_get_a_problem(client, content, content_type, status, code):
    response = client.post("/v1/consult", content=content, headers={"content-type": content_type})
    assert_problem(response, status, code)


def test_missing_text_says_what_to_send(client):
    body = assert_problem(client.post("/v1/consult", json={}), 422, "missing_text")
    assert '"text"' in body["detail"]


def test_unknown_finding_id_in_answers(client):
    response = client.post("/v1/consult", json={"text": EYELID, "answers": {"not_a_finding": "present"}})
    body = assert_problem(response, 422, "invalid_answers")
    assert "not_a_finding" in body["detail"]


def test_answer_value_must_be_present_absent_or_unknown(client):
    response = client.post("/v1/consult", json={"text": EYELID, "answers": {"ptosis": "maybe"}})
    body = assert_problem(response, 422, "invalid_answers")
    assert body["errors"][0]["field"] == "answers.ptosis"


def test_two_megabyte_body_is_refused_before_it_is_read(client):
    body = b'{"text": "' + b"a" * (2 * 1024 * 1024) + b'"}'
    response = client.post("/v1/consult", content=body, headers={"content-type": "application/json"})
    problem = assert_problem(response, 413, "body_too_large")
    assert f"{MAX_BODY_BYTES:,}" in problem["detail"]


def test_streamed_body_is_counted_as_it_arrives(client):
    def chunks():
        for _ in range(64):
            yield b"a" * 16_384

    response = client.post("/v1/consult", content=chunks(), headers={"content-type": "application/json"})
    assert "content-length" not in response.request.headers
    assert_problem(response, 413, "body_too_large")


def test_text_over_the_character_limit(client):
    response = client.post("/v1/consult", json={"text": "my eyelid twitches " + "a" * 20_000})
    body = assert_problem(response, 413, "text_too_long")
    assert "20,000" in body["detail"]


def test_the_server_keeps_serving_after_errors(client):
    client.post("/v1/consult", content=b"{", headers={"content-type": "application/json"})
    client.post("/v1/consult", content=b"x" * (3 * MAX_BODY_BYTES), headers={"content-type": "application/json"})
    assert client.post("/v1/consult", json={"text": EYELID}).status_code == 200


# --- knowledge, health, pages ---------------------------------------------------------------------


def test_conditions(client, kb):
    listing = client.get("/v1/conditions").json()
    assert {c["id"] for c in listing} == set(kb.conditions)
    one = client.get("/v1/conditions/hemifacial_spasm").json()
    assert one["id"] == "hemifacial_spasm" and one["findings"] and one["bibliography"]
    assert_problem(client.get("/v1/conditions/no_such_condition"), 404, "not_found")


def test_findings(client, kb):
    listing = client.get("/v1/findings").json()
    assert {f["id"] for f in listing} == set(kb.findings)
    assert all(f["question"] for f in listing)


def test_topics(client, kb):
    listing = client.get("/v1/topics").json()
    assert {t["id"] for t in listing} == set(kb.topics)
    for topic_id in list(kb.topics)[:2]:
        assert client.get(f"/v1/topics/{topic_id}").json()["id"] == topic_id
    assert_problem(client.get("/v1/topics/no_such_topic"), 404, "not_found")


def test_health(client, kb):
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["knowledge_version"] == kb.version


def test_unknown_path_and_method(client):
    assert_problem(client.get("/v2/nothing"), 404, "not_found")
    body = assert_problem(client.get("/v1/consult"), 405, "method_not_allowed")
    assert "POST" in body["detail"]


def test_openapi_documents_the_api_and_its_problems(client):
    spec = client.get("/openapi.json").json()
    assert {"/v1/consult", "/v1/conditions", "/v1/conditions/{condition_id}", "/v1/findings", "/v1/topics/{topic_id}",
            "/health"} <= set(spec["paths"])
    consult = spec["paths"]["/v1/consult"]["post"]
    assert consult["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith("/ConsultRequest")
    assert "application/problem+json" in consult["responses"]["422"]["content"]
    assert "for" in spec["components"]["schemas"]["DifferentialEntry"]["properties"]


@pytest.mark.parametrize("path", ["/", "/docs"])
def test_pages_use_only_local_files(client, path):
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    sources = re.findall(r'(?:src|href)="([^"]+)"', response.text)
    assert sources and all(s.startswith(("/", "#", "data:")) for s in sources), sources
    for asset in (s for s in sources if s.startswith("/static/")):
        assert client.get(asset).status_code == 200, asset


def test_page_has_the_labelled_text_box(client):
    page = client.get("/").text
    assert '<label for="text">Describe what is happening, in your own words</label>' in page
    assert '<html lang="en">' in page and 'name="viewport"' in page


# --- logging -----------------------------------------------------------------------------------------


def test_requests_are_logged_without_the_persons_words(client, caplog):
    secret = "my secret eyelid story about grandmother"
    with caplog.at_level(logging.INFO, logger="twitchcheck.http"):
        client.post("/v1/consult", json={"text": secret})
        client.post("/v1/consult", content=json.dumps({"text": secret}).encode()[:-3],
                    headers={"content-type": "application/json"})
    lines = [r.getMessage() for r in caplog.records if r.name == "twitchcheck.http"]
    assert any(re.fullmatch(r"POST /v1/consult 200 \d+\.\dms", line) for line in lines), lines
    assert any(line.startswith("POST /v1/consult 400 ") for line in lines), lines
    assert not any("secret" in line for line in lines)


def test_the_operator_can_turn_text_logging_on(caplog):
    with TestClient(create_app(log_text=True)) as logging_client, caplog.at_level(logging.INFO, "twitchcheck.http"):
        logging_client.post("/v1/consult", json={"text": "my eyelid story"})
    assert any("my eyelid story" in r.getMessage() for r in caplog.records)
