"""``integrity report``: the regulator's dashboard as one self-contained HTML file, to mail or
print. The stylesheet (with its A4 print rules), Apache ECharts, the chart code and the data
are all inside the file, so it opens offline, from a mail attachment or a USB stick.
"""
from __future__ import annotations

import datetime as dt
import json
from importlib.resources import files
from pathlib import Path

from markupsafe import Markup
from sqlite_utils import Database

from integrity import __version__, i18n
from integrity.rating.scoring import Period
from integrity.report.dashboard import dashboard
from integrity.web.views import environment

STATIC = files("integrity.web") / "static"


def echarts_version() -> str:
    return json.loads((STATIC / "vendor" / "echarts" / "VERSION.json").read_text("utf-8"))["version"]


def _inline(name: str, closing: str) -> Markup:
    """A static file's text to put inside a <script> or <style> element (which it must not close)."""
    text = (STATIC / name).read_text("utf-8")
    if closing in text.lower():
        raise ValueError(f"{name} holds {closing!r} and cannot be inlined")
    return Markup(text)


def render_report(db: Database, period: Period, *, lang: str, database: str) -> str:
    """The report's HTML for ``period`` of the database ``db`` (named ``database`` in it)."""
    data = dashboard(db, period)
    since, until = data["period"]["since"], data["period"]["until"]
    env = environment(lang)
    period_text = f"{since or '…'} – {until or '…'}" if since or until else i18n.gettext_for(lang)("all dates")
    return env.get_template("report.html").render(
        dashboard=data, lang=lang, database=Path(database).name, version=__version__,
        echarts_version=echarts_version(), period_text=period_text,
        made=dt.datetime.now().astimezone().isoformat(timespec="minutes"),
        css=_inline("workbench.css", "</style"), echarts=_inline("vendor/echarts/echarts.min.js", "</script"),
        dashboard_js=_inline("dashboard.js", "</script"),
    )
