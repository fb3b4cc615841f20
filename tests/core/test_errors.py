"""Hostile input gets a clear 4xx in the one error shape, and changes nothing."""

from __future__ import annotations

import json
from typing import Any

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def assert_error(response: Any, status: int, error_type: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["type"] == error_type
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


def call_count(api: TestClient) -> int:
    return int(api.get("/v1/calls").json()["total"])


def test_malformed_json_is_400(api: TestClient) -> None:
    r = api.post(
        "/v1/calls", content=b'{"direction": ', headers={"content-type": "application/json"}
    )
    assert_error(r, 400, "invalid_request")
    assert call_count(api) == 0


def test_json_without_content_type_header_is_accepted(api: TestClient) -> None:
    r = api.post(
        "/v1/calls",
        content=b'{"direction": "inbound"}',
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code == 201, r.text
    assert r.json()["direction"] == "inbound"


def test_wrong_types_are_422_with_field(api: TestClient) -> None:
    cases: list[dict[str, Any]] = [
        {"direction": "sideways"},
        {"metadata": "not an object"},
        {"messages": "hello"},
        {"messages": [{"role": "robot", "content": "x"}]},
        {"messages": [{"role": "user", "content": 5}]},
        {"duration_seconds": -1, "status": "completed"},
        {"agent_id": ["a"]},
        {"status": "in_progress", "ended_at": "2026-01-01T00:00:00Z"},
        {
            "status": "completed",
            "started_at": "2026-01-02T00:00:00Z",
            "ended_at": "2026-01-01T00:00:00Z",
        },
        {"recording_url": "ftp://example.com/x"},
        {"started_at": "yesterday-ish"},
        {"started_at": "9999-12-31T23:59:59-14:00"},
        {"started_at": "0001-01-01T00:00:00+14:00"},
        {"started_at": 1e20},
        {"status": "completed", "started_at": "9999-12-31T00:00:00Z", "duration_seconds": 604800},
    ]
    for body in cases:
        assert_error(api.post("/v1/calls", json=body), 422, "validation_error")
    assert call_count(api) == 0


def test_non_object_bodies_are_422(api: TestClient) -> None:
    for raw in [b"[]", b"42", b'"text"', b"null"]:
        r = api.post("/v1/calls", content=raw, headers={"content-type": "application/json"})
        assert r.status_code in (400, 422), r.text
        assert "error" in r.json()


def test_nul_and_lone_surrogates_are_422(api: TestClient) -> None:
    for raw in [
        b'{"agent_id": "a\\u0000b"}',
        b'{"messages": [{"role": "user", "content": "\\ud800"}]}',
        b'{"metadata": {"k\\u0000": 1}}',
        b'{"metadata": {"k": "\\udfff"}}',
    ]:
        r = api.post("/v1/calls", content=raw, headers={"content-type": "application/json"})
        assert_error(r, 422, "validation_error")
    assert call_count(api) == 0


def test_non_finite_numbers_are_422(api: TestClient) -> None:
    for raw in [
        b'{"metadata": {"x": NaN}}',
        b'{"metadata": {"x": Infinity}}',
        b'{"status": "completed", "duration_seconds": 1e400}',
        b'{"metadata": {"x": 1e400}}',
        b'{"metadata": {"x": 100000000000000000000000}}',
    ]:
        r = api.post("/v1/calls", content=raw, headers={"content-type": "application/json"})
        assert_error(r, 422, "validation_error")


def test_unicode_content_round_trips(api: TestClient) -> None:
    text = "Ça va? 你好 👋🏽 مرحبا \u200b e\u0301"
    r = api.post(
        "/v1/calls",
        json={"messages": [{"role": "user", "content": text}], "metadata": {"ключ": text}},
    )
    assert r.status_code == 201
    record = api.get(f"/v1/calls/{r.json()['id']}").json()
    assert record["messages"][0]["content"] == text
    assert record["metadata"] == {"ключ": text}


def test_ten_megabyte_transcript_is_413(api: TestClient) -> None:
    big = json.dumps({"messages": [{"role": "user", "content": "x" * (10 * 1024 * 1024)}]})
    assert_error(
        api.post("/v1/calls", content=big, headers={"content-type": "application/json"}),
        413,
        "payload_too_large",
    )
    assert call_count(api) == 0


def test_chunked_body_over_limit_is_413(api: TestClient) -> None:
    def chunks() -> Any:
        yield b'{"metadata": {"x": "'
        for _ in range(300):
            yield b"y" * 10_000
        yield b'"}}'

    r = api.post("/v1/calls", content=chunks(), headers={"content-type": "application/json"})
    assert_error(r, 413, "payload_too_large")


def test_oversized_fields_are_422(api: TestClient) -> None:
    cases: list[dict[str, Any]] = [
        {"messages": [{"role": "user", "content": "x" * 20_001}]},
        {"agent_id": "a" * 201},
        {"metadata": {"k": "v" * 17_000}},
        {"metadata": {"a": {"b": {"c": {"d": {"e": {"f": {"g": {"h": {"i": 1}}}}}}}}}},
        {"messages": [{"role": "user", "content": "x"}] * 2001},
    ]
    for body in cases:
        assert_error(api.post("/v1/calls", json=body), 422, "validation_error")


def test_unknown_route_and_method(api: TestClient) -> None:
    assert_error(api.get("/v1/nothing-here"), 404, "not_found")
    assert_error(api.delete("/v1/calls"), 405, "method_not_allowed")


def test_bad_query_parameters_are_422(api: TestClient) -> None:
    for params in [
        {"limit": 0},
        {"limit": 101},
        {"limit": "x"},
        {"offset": -1},
        {"status": "nope"},
        {"created_after": "not-a-date"},
    ]:
        assert_error(api.get("/v1/calls", params=params), 422, "validation_error")
    assert_error(
        api.get("/v1/calls/cursor", params={"cursor": "garbage!!"}), 400, "invalid_request"
    )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
fields = st.sampled_from(
    [
        "direction",
        "from_number",
        "agent_id",
        "metadata",
        "messages",
        "status",
        "started_at",
        "ended_at",
        "duration_seconds",
        "end_reason",
        "voicemail_detected",
        "recording_url",
        "webhook_url",
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=st.dictionaries(fields, json_values, max_size=5))
def test_fuzzed_create_never_500(api: TestClient, body: dict[str, Any]) -> None:
    raw = json.dumps(body, allow_nan=True).encode()
    r = api.post("/v1/calls", content=raw, headers={"content-type": "application/json"})
    assert r.status_code < 500, r.text
    if r.status_code == 201:
        call_id = r.json()["id"]
        assert api.get(f"/v1/calls/{call_id}").status_code == 200
        patch = api.patch(
            f"/v1/calls/{call_id}", content=raw, headers={"content-type": "application/json"}
        )
        assert patch.status_code < 500, patch.text
