"""A test client of the workbench that logs in as a person would: it reads the CSRF token from
the pages it gets and sends it with every form."""
from __future__ import annotations

import re
from pathlib import Path

from starlette.testclient import TestClient

from integrity.store import keys
from integrity.web.app import create_app
from integrity.web.settings import Settings

SECRET = "test-secret-" + "x" * 40
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def make_app(db: Path, **options):
    options.setdefault("decision_key", keys.load())  # the test session's key ($INTEGRITY_KEY_FILE)
    return create_app(Settings(Path(db), SECRET, **options))


class Client:
    def __init__(self, app, client: str = "testclient"):
        self.http = TestClient(app, follow_redirects=False, client=(client, 50000))
        self.csrf = ""

    def get(self, path: str, **kwargs):
        response = self.http.get(path, **kwargs)
        found = CSRF_RE.search(response.text) if "text/html" in response.headers.get("content-type", "") else None
        if found:
            self.csrf = found.group(1)
        return response

    def post(self, path: str, data: dict | None = None, *, csrf: bool = True, **kwargs):
        if csrf and not self.csrf:
            self.get("/login")
        form = dict(data or {})
        if csrf:
            form.setdefault("csrf_token", self.csrf)
        return self.http.post(path, data=form, **kwargs)

    def login(self, name: str, password: str, next: str = "/"):
        self.get("/login")
        response = self.post("/login", {"username": name, "password": password, "next": next})
        self.get("/candidates")  # the login session has a new CSRF token
        return response
