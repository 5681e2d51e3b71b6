"""Logging in and out, and the interface language: the only pages open to everyone.

Failed logins are throttled per account and per client (:mod:`integrity.web.throttle`); while
throttled, a login is refused without checking the password. Passwords are checked by
:func:`integrity.rating.accounts.authenticate` (scrypt) and never logged.
"""
from __future__ import annotations

import math

from starlette.responses import RedirectResponse, Response

from integrity import i18n
from integrity.rating import accounts
from integrity.web import permissions
from integrity.web.views import LANG_COOKIE, Context, Routes, safe_next

routes = Routes()


def _client(ctx: Context) -> str:
    return ctx.request.client.host if ctx.request.client else "unknown"


@routes.page("/login", "public", methods=("GET", "POST"))
def login(ctx: Context) -> Response:
    _ = ctx._
    target = safe_next(ctx.param("next"))
    if ctx.request.method == "GET":
        if ctx.actor is not None:
            return RedirectResponse(target, status_code=303)
        return ctx.render("login.html", {"next": target, "message": None, "username": ""})
    name, password = ctx.form.get("username", "").strip(), ctx.form.get("password", "")
    throttle, client = ctx.workbench.throttle, _client(ctx)
    wait = throttle.wait(name, client)
    if wait > 0:
        minutes = max(1, math.ceil(wait / 60))
        message = _("Too many failed logins. Try again in %(minutes)d minutes.") % {"minutes": minutes}
        return ctx.render("login.html", {"next": target, "message": message, "username": name}, status=429)
    account = accounts.authenticate(ctx.db, name, password) if name and password else None
    if account is None:
        throttle.failed(name, client)
        message = _("Wrong name or password, or the account is disabled.")
        return ctx.render("login.html", {"next": target, "message": message, "username": name}, status=401)
    throttle.succeeded(name)
    permissions.log_in(ctx.db, ctx.request.session, account)
    return RedirectResponse(target, status_code=303)


@routes.page("/logout", "public", methods=("POST",))
def logout(ctx: Context) -> Response:
    ctx.request.session.clear()
    return RedirectResponse("/login", status_code=303)


@routes.page("/language", "public", methods=("POST",))
def language(ctx: Context) -> Response:
    response = RedirectResponse(safe_next(ctx.form.get("next")), status_code=303)
    response.set_cookie(LANG_COOKIE, i18n.language(ctx.form.get("lang")), max_age=365 * 24 * 3600,
                        httponly=True, samesite="lax")
    return response
