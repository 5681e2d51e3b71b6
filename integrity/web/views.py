"""How a page is made: the route declares its action, the view returns its data, and the same
data becomes the HTML page (its Jinja2 template) or, at the same path plus ``.json``, its JSON
twin, as datasette does; so the API and the pages cannot drift apart.

    routes = Routes()

    @routes.page("/rules", "read", template="rules.html", twin=True)
    def rules_page(ctx: Context) -> dict: ...

A view is a plain function, run in a worker thread with the thread's database connection. It
returns a dict (rendered, or sent as JSON) or a Starlette ``Response``. Before it runs, the
wrapper checks, in this order: who is asking and whether they may (anonymous visitors go to the
login page, others without the role get 403), and the CSRF token of a POST.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import quote

import jinja2
from sqlite_utils import Database
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from integrity import i18n
from integrity.detect.lexicons import load_rules
from integrity.rating.accounts import Account
from integrity.store import ledger
from integrity.text.display import clock
from integrity.web import permissions
from integrity.web.state import Workbench

LANG_COOKIE = "lang"


@dataclass
class Context:
    """One request as a view sees it."""

    request: Request
    workbench: Workbench
    actor: Account | None
    lang: str
    form: dict[str, str] = field(default_factory=dict)
    json: bool = False

    @property
    def db(self) -> Database:
        return self.workbench.db()

    @property
    def _(self) -> Callable[[str], str]:
        return i18n.gettext_for(self.lang)

    def param(self, name: str, default: str = "") -> str:
        return (self.form.get(name) if self.request.method == "POST" else None) or \
            self.request.query_params.get(name, default)

    def may(self, action: str) -> bool:
        return permissions.allowed(self.actor, action)

    def render(self, template: str, data: dict[str, Any], status: int = 200) -> Response:
        return render(self, template, data, status)

    def error(self, status: int, message: str) -> Response:
        if self.json:
            return JSONResponse({"error": message}, status_code=status)
        return render(self, "error.html", {"status": status, "message": message}, status)


class Routes:
    """The routes of one page module, each with the action it needs."""

    def __init__(self) -> None:
        self.routes: list[Route] = []

    def page(self, path: str, action: str, *, template: str | None = None, twin: bool = False,
             methods: tuple[str, ...] = ("GET",)) -> Callable:
        if action not in permissions.ACTIONS:
            raise ValueError(f"unknown action {action!r}")

        def register(view: Callable[[Context], Any]) -> Callable[[Context], Any]:
            for as_json in (True, False) if twin else (False,):  # the twin first: {id} would match id.json
                endpoint = _endpoint(view, action, template, as_json)
                endpoint.action = action  # read by the test that every route declares one
                self.routes.append(Route(path + (".json" if as_json else ""), endpoint, methods=list(methods),
                                         name=view.__name__ + ("_json" if as_json else "")))
            return view

        return register


def _endpoint(view: Callable[[Context], Any], action: str, template: str | None, as_json: bool):
    async def endpoint(request: Request) -> Response:
        form = {}
        if request.method == "POST":
            form = {key: value for key, value in (await request.form()).items() if isinstance(value, str)}
        return await run_in_threadpool(_handle, request, form, view, action, template, as_json)

    endpoint.__name__ = view.__name__
    return endpoint


def _handle(request: Request, form: dict[str, str], view, action: str, template: str | None, as_json: bool) -> Response:
    workbench: Workbench = request.app.state.workbench
    lang = i18n.language(request.cookies.get(LANG_COOKIE))
    who = permissions.actor(workbench.db(), request.session)
    ctx = Context(request, workbench, who, lang, form, as_json)
    _ = ctx._
    if not permissions.allowed(who, action):
        if who is None:
            if as_json:
                return JSONResponse({"error": "login required"}, status_code=401)
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={quote(target)}", status_code=303)
        return ctx.error(403, _("Your role (%(role)s) may not do this.") % {"role": _(who.role)})
    if request.method == "POST" and not permissions.csrf_ok(request.session, form, request.headers):
        return ctx.error(403, _("The form has expired or did not come from this site; reload the page and try again."))
    try:
        result = view(ctx)
    except ledger.RecordError as error:
        return ctx.error(503, _("No scores are shown and nothing can be decided: %(problem)s. "
                                "`integrity verify` says more.") % {"problem": error})
    if isinstance(result, Response):
        return result
    if as_json or template is None:
        return JSONResponse(result)
    return ctx.render(template, result)


async def not_found(request: Request, exc: Exception) -> Response:
    """The 404 page, in the visitor's language."""
    return await run_in_threadpool(_not_found, request)


def _not_found(request: Request) -> Response:
    workbench: Workbench = request.app.state.workbench
    ctx = Context(request, workbench, permissions.actor(workbench.db(), request.session),
                  i18n.language(request.cookies.get(LANG_COOKIE)),
                  json=request.url.path.endswith(".json") or request.url.path.startswith("/api/"))
    return ctx.error(404, ctx._("There is no such page."))


def render(ctx: Context, template: str, data: dict[str, Any], status: int = 200) -> Response:
    page = environment(ctx.lang).get_template(template)
    html = page.render(**data, ctx=ctx, actor=ctx.actor, lang=ctx.lang, path=ctx.request.url.path,
                       query=str(ctx.request.url.query), csrf=permissions.csrf_token(ctx.request.session),
                       languages=i18n.NAMES)
    return HTMLResponse(html, status_code=status)


def safe_next(target: str | None, default: str = "/") -> str:
    """``target`` if it is a path on this site, else ``default`` (never an open redirect)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return default


@cache
def environment(lang: str) -> jinja2.Environment:
    """The templates, with the messages of ``lang``."""
    env = jinja2.Environment(loader=jinja2.PackageLoader("integrity.web", "templates"),
                             autoescape=True, extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True)
    env.install_gettext_translations(i18n.translation(lang), newstyle=True)
    env.filters["clock"] = lambda seconds: "" if seconds is None else clock(seconds)
    env.filters["num"] = _number
    env.globals["rule_summary"] = lambda code: _rule_summary(code, lang)
    env.filters["json_script"] = lambda value: jinja2.utils.markupsafe.Markup(
        json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
    return env


def _rule_summary(code: str, lang: str) -> str:
    """What the rule ``code`` checks, in ``lang`` ("" for a code this version does not know)."""
    book = load_rules()
    return book[code].summary_in(lang) if code in book else ""


def _number(value: Any, digits: int = 0) -> str:
    if value is None:
        return "-"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:,.{digits}f}"
    return str(value)
