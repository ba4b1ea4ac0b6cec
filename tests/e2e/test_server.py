"""`twitchcheck serve` on a real socket: consultations, 4xx problems, and it keeps serving."""

from __future__ import annotations

import signal

import httpx2 as httpx
import jsonschema
import pytest

from twitchcheck.schema import shipped_schema

TEXT = "my left eyelid has been twitching for a week, is it serious? my secret words"


@pytest.fixture(scope="module")
def http(server):
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


def test_serve_answers_with_a_contract_consultation(http):
    response = http.post("/v1/consult", json={"text": TEXT})
    assert response.status_code == 200
    schema = shipped_schema()
    jsonschema.validate(response.json(), {"$ref": "#/$defs/Consultation", "$defs": schema["$defs"]})


@pytest.mark.parametrize("body, status, code", [
    (b'{"text": "my eyelid', 400, "invalid_json"),
    (b'{"answers": {}}', 422, "missing_text"),
    (b'{"text": "' + b"a" * (2 * 1024 * 1024) + b'"}', 413, "body_too_large"),
], ids=["bad-json", "missing-text", "two-megabytes"])
def test_bad_requests_get_4xx_json_and_the_server_keeps_serving(http, body, status, code):
    response = http.post("/v1/consult", content=body, headers={"content-type": "application/json"})
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == code
    assert http.get("/health").status_code == 200
    assert http.post("/v1/consult", json={"text": "my eyelid twitches"}).status_code == 200


def test_the_log_has_requests_but_not_what_people_wrote(http, server):
    http.post("/v1/consult", json={"text": TEXT})
    log = server.log.read_text()
    assert "POST /v1/consult 200" in log
    assert "secret" not in log


def test_two_workers_serve_and_stop_cleanly(start_server):
    with start_server(workers=2) as started:
        with httpx.Client(base_url=started.url, timeout=30) as client:
            for _ in range(6):  # new connections, spread over both workers by the kernel
                assert httpx.post(started.url + "/v1/consult", json={"text": "my eyelid twitches"}).status_code == 200
            assert client.get("/health").json()["status"] == "ok"
        started.process.send_signal(signal.SIGTERM)
        assert started.process.wait(timeout=20) == 0
