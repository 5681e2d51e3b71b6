"""The HTTP API under /api/v1: tokens (401, revoked, 429), check against `integrity check`,
live over a WebSocket and as JSON lines against `integrity live`, bad input (400, 413, 422),
no traceback ever, and the OpenAPI description against the routes and the answers."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.routing import Route, WebSocketRoute
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect
from web_client import make_app

from integrity.cli import cli
from integrity.store import schema
from integrity.web import openapi, tokens

ROOT = Path(__file__).resolve().parent.parent
TEA = ROOT / "fixtures" / "demo" / "tea-session.json"


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "api.db"
    schema.open_db(path).conn.close()
    return path


def token(db: Path, name: str = "platform", per_minute: int | None = None) -> str:
    result = CliRunner().invoke(cli, ["tokens", "add", name, "--db", str(db)]
                                + (["--per-minute", str(per_minute)] if per_minute else []))
    assert result.exit_code == 0, result.output
    return result.output.split()[-1]


def client(db: Path, checker, **settings) -> TestClient:
    return TestClient(make_app(db, checker=checker, **settings), raise_server_exceptions=False)


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


def cli_json(*args: str) -> dict:
    return json.loads(CliRunner().invoke(cli, [*args, "--no-model", "--format", "json"]).output)


# --- Tokens ---------------------------------------------------------------------------------


def test_tokens_are_shown_once_stored_hashed_listed_and_revoked(db, checker):
    secret = token(db, "douyin")
    assert secret.startswith("itk_") and len(secret) > 40
    stored = schema.open_db(db).execute("SELECT name, hash FROM api_tokens").fetchall()
    assert stored == [("douyin", tokens.digest(secret))]
    listed = CliRunner().invoke(cli, ["tokens", "list", "--db", str(db), "--format", "json"]).output
    assert secret not in listed and tokens.digest(secret) not in listed and '"douyin"' in listed
    again = CliRunner().invoke(cli, ["tokens", "add", "douyin", "--db", str(db)])
    assert again.exit_code == 2 and "never reused" in again.output
    api = client(db, checker)
    assert api.post("/api/v1/check", json={"text": "你好"}, headers=bearer(secret)).status_code == 200
    assert CliRunner().invoke(cli, ["tokens", "revoke", "douyin", "--db", str(db)]).exit_code == 0
    refused = api.post("/api/v1/check", json={"text": "你好"}, headers=bearer(secret))
    assert refused.status_code == 401 and refused.json() == {"error": "the token is unknown or revoked"}


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer"}, {"Authorization": "Basic dXNlcjpwYXNz"},
                                     {"Authorization": "Bearer itk_not-a-token"}])
def test_every_api_call_needs_a_valid_token(db, checker, headers):
    api = client(db, checker)
    for response in (api.post("/api/v1/check", json={"text": "全网最低价"}, headers=headers),
                     api.post("/api/v1/live", content='{"text": "全网最低价"}\n', headers=headers)):
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == 'Bearer realm="integrity"'
        assert set(response.json()) == {"error"}
    with pytest.raises(Exception) as refused:
        with api.websocket_connect("/api/v1/live", headers=headers):
            pass
    assert getattr(refused.value, "status_code", None) == 401
    assert api.get("/api/v1/openapi.json").status_code == 200  # the description is public


def test_a_token_past_its_requests_per_minute_gets_429_with_retry_after(db, checker):
    own, default = token(db, "own", per_minute=2), token(db, "default")
    api = client(db, checker, api_per_minute=3)
    answers = [api.post("/api/v1/check", json={"text": "你好"}, headers=bearer(own)).status_code for _ in range(3)]
    assert answers == [200, 200, 429]
    refused = api.post("/api/v1/check", json={"text": "你好"}, headers=bearer(own))
    assert 1 <= int(refused.headers["retry-after"]) <= 60 and "'own'" in refused.json()["error"]
    answers = [api.post("/api/v1/check", json={"text": "你好"}, headers=bearer(default)).status_code for _ in range(4)]
    assert answers == [200, 200, 200, 429]  # each token counts apart


# --- POST /api/v1/check -----------------------------------------------------------------------


def test_check_answers_what_integrity_check_writes(db, checker):
    api = client(db, checker)
    answer = api.post("/api/v1/check", content=TEA.read_bytes(), headers=bearer(token(db)))
    assert answer.status_code == 200
    expected = cli_json("check", str(TEA))
    assert answer.json() == expected


def test_check_takes_text_with_listings_and_a_date(db, checker):
    text = "原价五百九十九，今天只要九十九\n\n这款茶喝了能降血压"
    listings = [{"listing_id": "p-1", "title": "红茶", "price": 99, "list_price": 599,
                 "price_history": [{"date": "2026-11-18", "price": 99}]}]
    answer = client(db, checker).post("/api/v1/check", headers=bearer(token(db)), json={
        "text": text, "listings": listings, "date": "2026-11-20", "session_id": "mine"}).json()
    assert answer["summary"] == {"sessions": 1, "segments": 2, "findings": len(answer["findings"])}
    assert {(f["rule"], f["segment"]) for f in answer["findings"]} >= {("PRC006", 0), ("WRD003", 1), ("PRC007", None)}
    assert {f["session_id"] for f in answer["findings"]} == {"mine"}


@pytest.mark.parametrize("body, status, reason", [
    (b"{", 400, "the body is not JSON (Expecting property name enclosed in double quotes at line 1 column 2)"),
    (b"\xff\xfe", 400, "the body is not UTF-8 text"),
    (b"[" * 100000, 400, "the body is JSON nested too deeply"),
    (b'{"text": ' + b"1" * 5000 + b"}", 400, None),
    (b'{"text": "\\ud800"}', 400, "the body is not text: \\ud800 is half of a character (a lone surrogate), not text"),
    (b"[1, 2]", 422, 'the body must be a JSON object: a session document or {"text": "..."}'),
    (b'{"text": 5}', 422, "'text' must be a string"),
    (b'{"session_id": "s"}', 422, "session 's': missing required field 'segments'"),
    (b'{"session_id": "s", "segments": [{"text": "a", "start": "soon"}]}', 422, None),
    (b'{"text": ""}', 422, "session 'text': 'segments' may be empty only when there are listings"),
])
def test_bad_input_gets_a_one_line_reason(db, checker, body, status, reason):
    answer = client(db, checker).post("/api/v1/check", content=body, headers=bearer(token(db)))
    assert answer.status_code == status
    assert set(answer.json()) == {"error"} and "\n" not in answer.json()["error"]
    if reason:
        assert answer.json()["error"] == reason


def test_a_body_over_the_limit_gets_413(db, checker):
    api = client(db, checker, api_max_body=1000)
    answer = api.post("/api/v1/check", json={"text": "全网最低价" * 300}, headers=bearer(token(db)))
    assert answer.status_code == 413 and "limit is 1000" in answer.json()["error"]


def test_an_unexpected_failure_is_a_logged_500_without_a_traceback(db, checker, monkeypatch, caplog):
    api = client(db, checker)
    monkeypatch.setattr(checker, "check", lambda session: 1 / 0)
    answer = api.post("/api/v1/check", json={"text": "全网最低价"}, headers=bearer(token(db)))
    assert answer.status_code == 500 and answer.json() == {"error": "internal error (logged on the server)"}
    assert "Traceback" not in answer.text and "ZeroDivisionError" in caplog.text


# --- /api/v1/live -------------------------------------------------------------------------------


def live_lines(document: dict) -> list[str]:
    """A session document as the live protocol's input: listings first, then the segments."""
    return ([json.dumps({"listing": listing}, ensure_ascii=False) for listing in document.get("listings", [])]
            + [json.dumps(segment, ensure_ascii=False) for segment in document["segments"]])


def test_live_over_a_websocket_answers_as_integrity_live_does(db, checker):
    document = json.loads(TEA.read_text("utf-8"))
    lines = live_lines(document)
    expected = CliRunner().invoke(cli, ["live", "--no-model", "--all", "--session-id", "tea", "--date", document["date"]],
                                  input="\n".join(lines) + "\n").output.splitlines()
    api = client(db, checker)
    received = []
    with api.websocket_connect(f"/api/v1/live?all=1&session_id=tea&date={document['date']}",
                               headers=bearer(token(db))) as socket:
        for line in lines:
            socket.send_text(line)
            if not line.startswith('{"listing"'):
                received.append(socket.receive_text())
            elif len(received) < len(expected) and expected[len(received)].startswith('{"segment":null,"listing"'):
                received.append(socket.receive_text())
        socket.send_text('{"end": true}')
        received.append(socket.receive_text())
        with pytest.raises(WebSocketDisconnect) as closed:
            socket.receive_text()
        assert closed.value.code == 1000
    assert received == expected
    assert json.loads(received[-1])["end"] is True


def test_live_as_json_lines_answers_every_line_and_reports_bad_ones(db, checker):
    api = client(db, checker)
    body = '{"text": "这条围巾今天全网最低价"}\nnot json\n{"text": "刚才口误，不是全网最低价"}\n'
    answer = api.post("/api/v1/live?session_id=s-1", content=body, headers=bearer(token(db)))
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/x-ndjson")
    out = [json.loads(line) for line in answer.text.splitlines()]
    assert out[0]["segment"] == 0 and out[0]["findings"][0]["session_id"] == "s-1"
    assert out[1] == {"error": "<request>:2: not JSON (Expecting value at column 1)", "line": 2}
    assert out[2]["segment"] == 1 and out[2]["findings"][0]["corrected"]["segment"] == 1
    assert out[3]["end"] is True and out[3]["summary"]["errors"] == 1


def test_live_refuses_a_bad_date_and_a_line_over_the_limit(db, checker):
    secret = token(db)
    api = client(db, checker, api_max_line=100)
    bad_date = api.post("/api/v1/live?date=tomorrow", content="", headers=bearer(secret))
    assert bad_date.status_code == 400 and "YYYY-MM-DD" in bad_date.json()["error"]
    long = api.post("/api/v1/live", content='{"text": "' + "很" * 200 + '"}\n', headers=bearer(secret))
    assert json.loads(long.text.splitlines()[-1]) == {"error": "a line of more than 100 bytes", "status": 413}
    with api.websocket_connect("/api/v1/live", headers=bearer(secret)) as socket:
        socket.send_text('{"text": "' + "很" * 200 + '"}')
        assert json.loads(socket.receive_text()) == {"error": "a message of more than 100 bytes"}
        with pytest.raises(WebSocketDisconnect) as closed:
            socket.receive_text()
        assert closed.value.code == 1009


# --- The description ----------------------------------------------------------------------------


def test_the_openapi_description_covers_the_routes_and_the_answers(db, checker):
    app = make_app(db, checker=checker)
    served = TestClient(app).get("/api/v1/openapi.json").json()
    assert served["openapi"].startswith("3.1") and served == openapi.document()
    described = {(path, method.upper()) for path, item in served["paths"].items() for method in item}
    routed = set()
    for route in app.routes:
        if route.path.startswith("/api/"):
            if isinstance(route, WebSocketRoute):
                routed.add((route.path, "GET"))
            elif isinstance(route, Route):
                routed |= {(route.path, method) for method in route.methods - {"HEAD"}}
    assert described == routed
    schemas = served["components"]["schemas"]
    answer = TestClient(app).post("/api/v1/check", json={"text": "全网最低价\n刚才口误，不是全网最低价"},
                                  headers=bearer(token(db))).json()
    assert set(answer) == set(schemas["CheckResult"]["properties"])
    (finding,) = answer["findings"]
    assert set(schemas["Finding"]["required"]) | {"explanation"} == set(finding) == set(schemas["Finding"]["properties"])
    assert set(finding["corrected"]) == set(schemas["Correction"]["required"])
    for path, item in served["paths"].items():
        for method, operation in item.items():
            refused = {"401", "429"} if operation.get("security") != [] else set()
            assert refused <= set(operation["responses"]), (path, method)
