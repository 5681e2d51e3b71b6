"""The application, built from its page modules.

Each module of :data:`PAGES` has a ``routes`` list (see :class:`integrity.web.views.Routes`)
and may have a ``setup(app, settings)`` that prepares what it keeps in ``app.state`` (the HTTP
API under ``/api/v1``, :mod:`integrity.web.api`, keeps its checker and request limits). The
server's setup is one :class:`integrity.web.settings.Settings`.
"""
from __future__ import annotations

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from integrity.web import admin, api, auth, candidates, dashboard, queue
from integrity.web.settings import Settings
from integrity.web.state import Workbench
from integrity.web.views import not_found

PAGES = (auth, candidates, queue, dashboard, admin, api)
SESSION_COOKIE = "integrity_session"
SECURITY_HEADERS = {
    # Scripts and styles only from this site (ECharts sets inline styles on its elements).
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                               "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
}


class SecurityHeaders:
    """Adds :data:`SECURITY_HEADERS` to every response, and ``no-store`` to pages (not assets)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                if not scope["path"].startswith("/static/"):
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = list(message.get("headers", [])) + headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(settings: Settings) -> Starlette:
    routes = [route for module in PAGES for route in module.routes.routes]
    routes.append(Mount("/static", StaticFiles(packages=[("integrity.web", "static")]), name="static"))
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(SessionMiddleware, secret_key=settings.secret, session_cookie=SESSION_COOKIE,
                       max_age=settings.session_seconds, same_site="lax", https_only=settings.https_only),
        ],
        exception_handlers={404: not_found},
    )
    app.state.workbench = Workbench(settings)
    for module in PAGES:
        if hasattr(module, "setup"):
            module.setup(app, settings)
    return app
