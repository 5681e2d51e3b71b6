"""The HTTP API described by OpenAPI 3.1, served at ``/api/v1/openapi.json``.

Written by hand beside the routes of :mod:`integrity.web.api`; a test holds the two together
(every API route is described, every described path is a route) and checks answers against the
schemas here.
"""
from __future__ import annotations

from typing import Any

from integrity import __version__
from integrity.detect.finding import CATEGORIES, SEVERITIES

_NULLABLE_STRING = {"type": ["string", "null"]}
_NULLABLE_NUMBER = {"type": ["number", "null"]}

FINDING = {
    "type": "object",
    "description": "One suspected violation, as `integrity check --format json` writes it.",
    "required": ["session_id", "segment", "listing_id", "start", "rule", "category", "severity", "confidence",
                 "message", "evidence", "span", "basis", "corrected"],
    "properties": {
        "session_id": {"type": "string"},
        "segment": {"type": ["integer", "null"], "description": "0-based segment index; null for a listing alone"},
        "listing_id": _NULLABLE_STRING,
        "start": _NULLABLE_NUMBER,
        "rule": {"type": "string", "examples": ["PRC001"]},
        "category": {"enum": list(CATEGORIES)},
        "severity": {"enum": list(SEVERITIES)},
        "confidence": {"type": "number"},
        "message": {"type": "string"},
        "evidence": {"type": "string"},
        "span": {"type": ["array", "null"], "items": {"type": "integer"}, "minItems": 2, "maxItems": 2,
                 "description": "indexes the segment's original text"},
        "basis": {"type": "string"},
        "corrected": {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Correction"}]},
        "explanation": {"type": "object"},
    },
}

CORRECTION = {
    "type": "object",
    "description": "The on-the-spot correction (刚才口误…) that took the finding's claim back.",
    "required": ["segment", "start", "evidence"],
    "properties": {"segment": {"type": "integer"}, "start": _NULLABLE_NUMBER, "evidence": {"type": "string"}},
}

CHECK_RESULT = {
    "type": "object",
    "required": ["findings", "summary"],
    "properties": {
        "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
        "summary": {"type": "object", "required": ["sessions", "segments", "findings"],
                    "properties": {key: {"type": "integer"} for key in ("sessions", "segments", "findings")}},
    },
}

LISTING = {
    "type": "object",
    "required": ["listing_id"],
    "properties": {
        "listing_id": {"type": "string"}, "title": {"type": "string"}, "brand": _NULLABLE_STRING,
        "category": _NULLABLE_STRING, "price": _NULLABLE_NUMBER, "list_price": _NULLABLE_NUMBER,
        "list_price_basis": _NULLABLE_STRING, "stock": {"type": ["integer", "null"]},
        "price_history": {"type": "array", "items": {
            "type": "object", "required": ["date", "price"],
            "properties": {"date": {"type": "string", "format": "date"}, "price": {"type": "number"}}}},
    },
}

SEGMENT = {
    "type": "object",
    "required": ["text"],
    "properties": {"start": _NULLABLE_NUMBER, "end": _NULLABLE_NUMBER, "text": {"type": "string"}},
}

SESSION = {
    "type": "object",
    "description": "A session document in the contract's format; extra keys are kept and ignored.",
    "required": ["session_id", "segments"],
    "properties": {
        "session_id": {"type": "string"}, "streamer_id": _NULLABLE_STRING, "unit_id": _NULLABLE_STRING,
        "date": {"type": ["string", "null"], "format": "date"}, "platform": _NULLABLE_STRING,
        "segments": {"type": "array", "items": {"$ref": "#/components/schemas/Segment"}},
        "listings": {"type": "array", "items": {"$ref": "#/components/schemas/Listing"}},
    },
}

TEXT = {
    "type": "object",
    "description": "A transcript as text: one segment per non-empty line.",
    "required": ["text"],
    "properties": {
        "text": {"type": "string"}, "session_id": {"type": "string", "default": "text"},
        "date": {"type": "string", "format": "date"},
        "listings": {"type": "array", "items": {"$ref": "#/components/schemas/Listing"}},
    },
}

LIVE_ANSWER = {
    "type": "object",
    "description": "One line of the live protocol's answer: a segment's findings, a listing's, an error "
                   "for a bad line, or the end line (`end`: true, with a summary).",
    "properties": {
        "segment": {"type": ["integer", "null"]},
        "listing": {"type": "string"},
        "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
        "end": {"type": "boolean"},
        "summary": {"type": "object"},
        "error": {"type": "string"},
        "line": {"type": ["integer", "null"]},
    },
}

ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {"type": "string", "description": "the reason, in one line"}},
}

_LIVE_QUERY = [
    {"name": "session_id", "in": "query", "schema": {"type": "string", "default": "live"}},
    {"name": "streamer", "in": "query", "schema": {"type": "string"}},
    {"name": "unit", "in": "query", "schema": {"type": "string"}},
    {"name": "platform", "in": "query", "schema": {"type": "string"}},
    {"name": "date", "in": "query", "schema": {"type": "string", "format": "date"},
     "description": "the session date the price checks count back from"},
    {"name": "all", "in": "query", "schema": {"type": "boolean", "default": False},
     "description": "answer segments without findings too"},
]


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


_REFUSED = {
    "401": _error("no token, or a token unknown or revoked"),
    "429": _error("the token's requests per minute are used up; see Retry-After"),
}


def document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "integrity API",
            "version": __version__,
            "description": "Checks Chinese livestream selling (直播带货) for false price claims, counterfeit signals "
                           "and prohibited advertising wording. Every call but this description needs "
                           "`Authorization: Bearer TOKEN` with a token of `integrity tokens add NAME --db FILE`.",
        },
        "servers": [{"url": "/"}],
        "security": [{"token": []}],
        "paths": {
            "/api/v1/check": {"post": {
                "operationId": "check",
                "summary": "Check one session: a session document or {\"text\": ...}",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "oneOf": [{"$ref": "#/components/schemas/Session"}, {"$ref": "#/components/schemas/Text"}]}}}},
                "responses": {
                    "200": {"description": "the findings, as `integrity check --format json` writes them",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CheckResult"}}}},
                    "400": _error("the body is not JSON (or not UTF-8)"),
                    **_REFUSED,
                    "413": _error("the body is larger than the server's limit"),
                    "422": _error("the JSON is not a session document; the reason names the field"),
                },
            }},
            "/api/v1/live": {
                "get": {
                    "operationId": "liveSocket",
                    "summary": "The live protocol over a WebSocket (upgrade this GET)",
                    "description": "Send segments {\"start\", \"end\", \"text\"} and listings {\"listing\": {...}}, one "
                                   "JSON object per line (a message may hold several lines); each segment with "
                                   "findings is answered at once with {\"segment\": n, \"findings\": [...]}. Send "
                                   "{\"end\": true} for the end line; the server then closes the socket.",
                    "parameters": _LIVE_QUERY,
                    "responses": {"101": {"description": "switching to the WebSocket protocol"},
                                  "400": _error("a bad query parameter"), **_REFUSED},
                },
                "post": {
                    "operationId": "liveLines",
                    "summary": "The live protocol as streamed JSON lines",
                    "description": "The body is JSON lines as `integrity live` reads them; the answer is JSON lines, "
                                   "written as the body's lines arrive, ending with the end line.",
                    "parameters": _LIVE_QUERY,
                    "requestBody": {"required": True, "content": {"application/x-ndjson": {"schema": {
                        "oneOf": [{"$ref": "#/components/schemas/Segment"},
                                  {"type": "object", "required": ["listing"],
                                   "properties": {"listing": {"$ref": "#/components/schemas/Listing"}}}]}}}},
                    "responses": {
                        "200": {"description": "one answer per line",
                                "content": {"application/x-ndjson": {"schema": {"$ref": "#/components/schemas/LiveAnswer"}}}},
                        "400": _error("a bad query parameter"), **_REFUSED,
                    },
                },
            },
            "/api/v1/openapi.json": {"get": {
                "operationId": "description",
                "summary": "This description",
                "security": [],
                "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {}}}},
            }},
        },
        "components": {
            "securitySchemes": {"token": {"type": "http", "scheme": "bearer",
                                          "description": "a token of `integrity tokens add`"}},
            "schemas": {"Finding": FINDING, "Correction": CORRECTION, "CheckResult": CHECK_RESULT,
                        "Session": SESSION, "Segment": SEGMENT, "Listing": LISTING, "Text": TEXT,
                        "LiveAnswer": LIVE_ANSWER, "Error": ERROR},
        },
    }
