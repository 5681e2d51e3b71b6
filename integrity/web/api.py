"""The HTTP API for platforms, under ``/api/v1``, beside the workbench on the same server.

* ``POST /api/v1/check``: a session document (the contract's format) or ``{"text": "..."}``
  (one segment per non-empty line, with optional ``session_id``, ``listings`` and ``date``) in,
  the object ``integrity check --format json`` writes out.
* ``GET /api/v1/live`` as a WebSocket, or ``POST /api/v1/live`` with a body of JSON lines and an
  answer of JSON lines (``application/x-ndjson``, both streamed): the live protocol
  (:mod:`integrity.live.protocol`), one stream per connection; on the WebSocket each message is
  one line or more, and ``{"end": true}`` asks for the end line, after which the server closes.
* ``GET /api/v1/openapi.json``: this API described by OpenAPI 3.1 (:mod:`integrity.web.openapi`).

Every call but the description needs ``Authorization: Bearer TOKEN`` with a token of
``integrity tokens add`` (401 without one, or with a revoked one); no login session and no CSRF
token, since no browser's cookies are involved. Each token may make ``api_per_minute`` requests a
minute (a live connection is one request; its own limit if it has one); past it: 429 with
``Retry-After``. A body larger than ``api_max_body`` bytes gets 413, a live line larger than
``api_max_line`` bytes ends the stream; input that is not JSON gets 400 and a document that is
not a session 422, each with a one-line ``{"error": "..."}``. An unexpected failure is logged on
the server and answered 500 with one line, never a traceback.

Checks are CPU-bound: they run in ``api_threads`` worker threads (one ``Checker`` built once
for the server, shared), so the event loop goes on accepting and answering meanwhile.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import math
import threading
from collections.abc import AsyncIterator, Callable
from types import SimpleNamespace
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket, WebSocketDisconnect

from integrity.detect.checker import Checker
from integrity.live.incremental import LiveSession
from integrity.live.protocol import LiveStream, dumps
from integrity.read.documents import session_from_dict
from integrity.read.files import lone_surrogate, surrogate_message
from integrity.read.model import InputError, Session
from integrity.web import openapi, tokens
from integrity.web.settings import Settings
from integrity.web.state import Workbench

PREFIX = "/api/v1"
SOURCE = "<request>"
log = logging.getLogger("integrity.api")


class ApiError(Exception):
    """A request the API refuses: its status, a one-line reason and headers."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}

    def response(self) -> JSONResponse:
        return JSONResponse({"error": self.message}, status_code=self.status, headers=self.headers)


class Api:
    """What the API keeps while the server runs: the checker, the token limits, the threads."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.limit = tokens.RequestLimit(settings.api_per_minute)
        self._checker: Checker | None = settings.checker
        self._checker_lock = threading.Lock()
        self._threads: anyio.CapacityLimiter | None = None

    def checker(self) -> Checker:
        with self._checker_lock:
            if self._checker is None:
                self._checker = Checker()
            return self._checker

    async def run(self, function: Callable[..., Any], *args: Any) -> Any:
        """``function(*args)`` in one of the API's worker threads."""
        if self._threads is None:
            self._threads = anyio.CapacityLimiter(self.settings.api_threads)
        return await anyio.to_thread.run_sync(function, *args, limiter=self._threads)


def setup(app: Starlette, settings: Settings) -> None:
    app.state.api = Api(settings)


def _authorised(api: Api, workbench: Workbench, headers: Any) -> tokens.Token:
    """The token the request carries, counted against its limit; ApiError when there is none."""
    scheme, _, secret = headers.get("authorization", "").partition(" ")
    challenge = {"WWW-Authenticate": 'Bearer realm="integrity"'}
    if scheme.lower() != "bearer" or not secret.strip():
        raise ApiError(401, "an API call needs the header Authorization: Bearer TOKEN "
                            "(a token of `integrity tokens add`)", challenge)
    token = tokens.authenticate(workbench.db(), secret.strip())
    if token is None:
        raise ApiError(401, "the token is unknown or revoked", challenge)
    wait = api.limit.take(token)
    if wait > 0:
        seconds = max(1, math.ceil(wait))
        raise ApiError(429, f"token {token.name!r} made {token.per_minute or api.limit.default} requests in the "
                            f"last minute, its limit; retry in {seconds} s", {"Retry-After": str(seconds)})
    return token


def endpoint(action: str):
    """An API route's handler: ApiError becomes its response, anything unexpected a logged 500."""

    def wrap(handler):
        @functools.wraps(handler)
        async def run(request: Request) -> Response:
            try:
                return await handler(request, request.app.state.api)
            except ApiError as error:
                return error.response()
            except Exception:  # answered in one line; the traceback goes to the server's log only
                log.exception("API call %s %s failed", request.method, request.url.path)
                return JSONResponse({"error": "internal error (logged on the server)"}, status_code=500)

        run.action = action  # read by the test that every route declares one
        return run

    return wrap


async def _body(request: Request, limit: int) -> bytes:
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise ApiError(413, f"the body is {int(length)} bytes; the limit is {limit}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"the body is more than {limit} bytes, the limit")
        chunks.append(chunk)
    return b"".join(chunks)


def _json(body: bytes) -> Any:
    try:
        text = body.decode("utf-8")
        value = json.loads(text)
    except UnicodeDecodeError:
        raise ApiError(400, "the body is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise ApiError(400, f"the body is not JSON ({error.msg} at line {error.lineno} column {error.colno})") from None
    except RecursionError:
        raise ApiError(400, "the body is JSON nested too deeply") from None
    except ValueError as error:  # a number of thousands of digits
        raise ApiError(400, f"the body is not JSON ({error})") from None
    surrogate = lone_surrogate(text, value)
    if surrogate:
        raise ApiError(400, f"the body is not text: {surrogate_message(surrogate)}")
    return value


def session_of(document: Any) -> Session:
    """A session document, or ``{"text": ...}`` with one segment per non-empty line; ApiError
    (422) naming the field at fault otherwise."""
    if not isinstance(document, dict):
        raise ApiError(422, 'the body must be a JSON object: a session document or {"text": "..."}')
    if "text" in document and "segments" not in document:
        text = document["text"]
        if not isinstance(text, str):
            raise ApiError(422, "'text' must be a string")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        document = {**{k: v for k, v in document.items() if k != "text"},
                    "session_id": document.get("session_id", "text"), "segments": [{"text": t} for t in lines]}
    try:
        return session_from_dict(document, SOURCE)
    except InputError as error:
        raise ApiError(422, error.message) from None


@endpoint("api")
async def check(request: Request, api: Api) -> Response:
    _authorised(api, request.app.state.workbench, request.headers)
    session = session_of(_json(await _body(request, api.settings.api_max_body)))
    findings = await api.run(api.checker().check, session)
    return JSONResponse({"findings": [f.to_dict() for f in findings],
                         "summary": {"sessions": 1, "segments": len(session.segments), "findings": len(findings)}})


def _live_session(api: Api, query: Any) -> tuple[LiveSession, bool]:
    """A live session with what the query string says of it (``session_id``, ``streamer``,
    ``unit``, ``platform``, ``date``) and whether to answer every segment (``all``)."""
    date = query.get("date")
    if date:
        try:
            date = dt.date.fromisoformat(date)
        except ValueError:
            raise ApiError(400, f"date={date!r} is not a date in YYYY-MM-DD form") from None
    live = LiveSession(api.checker(), query.get("session_id") or "live", streamer_id=query.get("streamer"),
                       unit_id=query.get("unit"), platform=query.get("platform"), date=date or None)
    return live, query.get("all", "").lower() in ("1", "true", "yes")


def _feed(stream: LiveStream, line: str, limit: int) -> dict[str, Any] | None:
    """One line of the live protocol: the answer, an error object, or None."""
    if len(stream.live.segments) >= limit and line.strip():
        raise ApiError(413, f"a live stream has at most {limit} segments")
    try:
        return stream.feed(line)
    except InputError as error:
        return {"error": str(error), "line": error.line}


class _Lines(Response):
    """A response of JSON lines written while the request's body is still being read."""

    media_type = "application/x-ndjson"

    def __init__(self, lines: AsyncIterator[str]):
        self.lines = lines
        self.status_code = 200
        self.background = None
        self.init_headers()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
        async for line in self.lines:
            await send({"type": "http.response.body", "body": (line + "\n").encode("utf-8"), "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})


@endpoint("api")
async def live_lines(request: Request, api: Api) -> Response:
    _authorised(api, request.app.state.workbench, request.headers)
    live, all_segments = _live_session(api, request.query_params)
    stream = LiveStream(live, all_segments=all_segments, source=SOURCE)
    settings = api.settings

    async def answers() -> AsyncIterator[str]:
        pending = b""
        try:
            async for chunk in request.stream():
                pending += chunk
                *lines, pending = pending.split(b"\n")
                if len(pending) > settings.api_max_line:
                    raise ApiError(413, f"a line of more than {settings.api_max_line} bytes")
                for line in lines:
                    if len(line) > settings.api_max_line:
                        raise ApiError(413, f"a line of more than {settings.api_max_line} bytes")
                    answer = await api.run(_feed, stream, line, settings.api_max_segments)
                    if answer is not None:
                        yield dumps(answer)
            if pending.strip():
                answer = await api.run(_feed, stream, pending, settings.api_max_segments)
                if answer is not None:
                    yield dumps(answer)
            yield dumps(await api.run(stream.end))
        except ApiError as error:  # the answer has begun: the reason is its last line
            yield dumps({"error": error.message, "status": error.status})
        except Exception:
            log.exception("live stream %s failed", request.url.path)
            yield dumps({"error": "internal error (logged on the server)", "status": 500})

    return _Lines(answers())


async def live_socket(websocket: WebSocket) -> None:
    api: Api = websocket.app.state.api
    try:
        _authorised(api, websocket.app.state.workbench, websocket.headers)
        live, all_segments = _live_session(api, websocket.query_params)
    except ApiError as error:
        await _refuse(websocket, error)
        return
    await websocket.accept()
    stream = LiveStream(live, all_segments=all_segments, source="<websocket>")
    settings = api.settings
    try:
        while True:
            message = await websocket.receive()
            if message["type"] == "websocket.disconnect":
                return
            data = message.get("text")
            if data is None:
                data = (message.get("bytes") or b"").decode("utf-8", "replace")
            if len(data.encode("utf-8")) > settings.api_max_line:
                await websocket.send_text(dumps({"error": f"a message of more than {settings.api_max_line} bytes"}))
                await websocket.close(code=1009)
                return
            for line in data.split("\n"):
                if _is_end(line):
                    await websocket.send_text(dumps(await api.run(stream.end)))
                    await websocket.close(code=1000)
                    return
                try:
                    answer = await api.run(_feed, stream, line, settings.api_max_segments)
                except ApiError as error:
                    await websocket.send_text(dumps({"error": error.message, "status": error.status}))
                    await websocket.close(code=1009)
                    return
                if answer is not None:
                    await websocket.send_text(dumps(answer))
    except WebSocketDisconnect:
        return
    except Exception:
        log.exception("live WebSocket failed")
        await websocket.close(code=1011)


live_socket.action = "api"


def _is_end(line: str) -> bool:
    if '"end"' not in line:
        return False
    try:
        return json.loads(line) == {"end": True}
    except ValueError:
        return False


async def _refuse(websocket: WebSocket, error: ApiError) -> None:
    """Refuse a WebSocket before accepting it: with the HTTP answer where the server can send one
    (401, 429...), else by closing it with the policy code."""
    try:
        await websocket.send_denial_response(error.response())
    except RuntimeError:
        await websocket.close(code=1008, reason=error.message[:120])


@endpoint("public")
async def description(request: Request, api: Api) -> Response:
    return JSONResponse(openapi.document())


routes = SimpleNamespace(routes=[
    Route(f"{PREFIX}/check", check, methods=["POST"], name="api_check"),
    Route(f"{PREFIX}/live", live_lines, methods=["POST"], name="api_live_lines"),
    WebSocketRoute(f"{PREFIX}/live", live_socket, name="api_live"),
    Route(f"{PREFIX}/openapi.json", description, methods=["GET"], name="api_openapi"),
])
