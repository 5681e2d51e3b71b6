"""管理: admins add, disable and set the passwords of accounts, and choose the scoring profile
the workbench scores with. Every change is checked on the server (``manage``), and an admin
cannot disable their own account (someone must be left to manage).
"""
from __future__ import annotations

from typing import Any

from starlette.responses import RedirectResponse, Response

from integrity.rating import accounts, chosen_profile
from integrity.rating.profile import ProfileError
from integrity.web.views import Context, Routes

routes = Routes()


def _users_data(ctx: Context, message: str | None = None, error: str | None = None) -> dict[str, Any]:
    return {"accounts": [{"name": a.name, "role": a.role, "active": a.active, "created_at": a.created_at}
                         for a in accounts.all_accounts(ctx.db)],
            "roles": list(accounts.ROLES), "message": message, "error": error}


def _users(ctx: Context, message: str | None = None, error: str | None = None, status: int = 200) -> Response:
    return ctx.render("users.html", _users_data(ctx, message, error), status)


@routes.page("/admin/users", "manage", template="users.html", twin=True)
def users(ctx: Context) -> dict[str, Any]:
    return _users_data(ctx)


@routes.page("/admin/users/add", "manage", methods=("POST",))
def add_user(ctx: Context) -> Response:
    _ = ctx._
    name, role = ctx.form.get("username", "").strip(), ctx.form.get("role", "")
    try:
        accounts.add(ctx.db, name, role, ctx.form.get("password", ""))
    except accounts.AccountError as error:
        return _users(ctx, error=str(error), status=400)
    return _users(ctx, message=_("Account %(name)s added.") % {"name": name})


@routes.page("/admin/users/{name}/disable", "manage", methods=("POST",))
def disable_user(ctx: Context) -> Response:
    _ = ctx._
    name = ctx.request.path_params["name"]
    if name == ctx.actor.name:
        return _users(ctx, error=_("You cannot disable your own account."), status=400)
    try:
        accounts.disable(ctx.db, name)
    except accounts.AccountError as error:
        return _users(ctx, error=str(error), status=404)
    return _users(ctx, message=_("Account %(name)s disabled.") % {"name": name})


@routes.page("/admin/users/{name}/password", "manage", methods=("POST",))
def set_password(ctx: Context) -> Response:
    _ = ctx._
    name = ctx.request.path_params["name"]
    try:
        accounts.set_password(ctx.db, name, ctx.form.get("password", ""))
    except accounts.AccountError as error:
        return _users(ctx, error=str(error), status=400)
    return _users(ctx, message=_("New password set for %(name)s.") % {"name": name})


def _profile_data(ctx: Context, text: str = "", error: str | None = None) -> dict[str, Any]:
    profile, choice = chosen_profile.current(ctx.db)
    return {"current": vars(choice), "history": [vars(c) for c in chosen_profile.history(ctx.db)],
            "scale": profile.scale, "grades": [vars(g) for g in profile.grades], "text": text, "error": error}


@routes.page("/admin/profile", "manage", template="profile.html", twin=True)
def profile(ctx: Context) -> dict[str, Any]:
    return _profile_data(ctx)


@routes.page("/admin/profile", "manage", methods=("POST",))
def choose_profile(ctx: Context) -> Response:
    text = ctx.form.get("toml", "")
    use_default = ctx.form.get("default") == "1"
    try:
        chosen_profile.choose(ctx.db, None if use_default else text.encode("utf-8"),
                              "default" if use_default else ctx.form.get("source", "").strip() or "web", ctx.actor.name)
    except ProfileError as error:
        return ctx.render("profile.html", _profile_data(ctx, text, str(error)), status=400)
    return RedirectResponse("/admin/profile", status_code=303)
