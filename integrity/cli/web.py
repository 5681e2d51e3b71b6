"""``integrity serve`` (the web workbench) and ``integrity report`` (the dashboard as one file).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from integrity import i18n
from integrity.cli.common import ConfigError, key_option, load_key, open_db, parse_date
from integrity.cli.language import Command, _
from integrity.rating.scoring import Period


@click.command("serve", cls=Command)
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="The database of `scan`.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on (0.0.0.0: every interface; put HTTPS in front then).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="The port.")
@click.option("--secret-file", type=click.Path(dir_okay=False),
              help="The key that signs login cookies: a file only you can read  "
                   "[default: ~/.config/integrity/web-secret, made on first use].")
@click.option("--https", "https_only", is_flag=True,
              help="Send the login cookie over HTTPS only (behind an HTTPS proxy).")
@key_option
def serve_command(db_path: str, host: str, port: int, secret_file: str | None, https_only: bool,
                  key_file: str | None) -> None:
    """Start the web workbench and the HTTP API on a database.

    Pages: candidates (the ranking), each candidate's score card (findings in context,
    confirm or dismiss in place), the review queue (most points at stake first, keyboard
    shortcuts), the rules with their precision, the regulator's dashboard (charts, xlsx
    export), and for admins the accounts and the scoring profile. Everyone logs in with an
    account of `integrity users add`; the interface is in Chinese, English selectable.
    The API for platforms is under /api/v1 (POST /api/v1/check, /api/v1/live as a WebSocket
    or JSON lines, described at /api/v1/openapi.json), called with a token of `integrity
    tokens add`. It holds the decision key (`integrity keys init`), which signs every decision,
    and shows no scores from a database whose record of decisions does not verify. Stop it
    with Ctrl-C.

    \b
    Examples:
      integrity users add 王芳 --role judge --db findings.db
      integrity serve --db findings.db
      integrity serve --db findings.db --host 0.0.0.0 --port 8080 --https
    """
    import uvicorn

    from integrity.web.app import create_app
    from integrity.web.settings import Settings, SettingsError, load_secret

    from integrity.detect.checker import Checker

    open_db(db_path).conn.close()  # a missing database: one line, exit status 2
    key = load_key(key_file)
    try:
        secret = load_secret(secret_file)
    except SettingsError as error:
        raise ConfigError(str(error)) from None
    checker = Checker()  # one checker for every API request, loaded before the server listens
    checker.warm_up()
    settings = Settings(Path(db_path), secret, key, https_only=https_only, checker=checker)
    click.echo(_("integrity workbench on %(url)s (database %(db)s); Ctrl-C stops it") % {
        "url": f"http://{host}:{port}/", "db": db_path}, err=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning", server_header=False)


@click.command("report", cls=Command)
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="The database of `scan`.")
@click.option("--since", metavar="DATE", callback=parse_date, help="The first day of the period (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", callback=parse_date, help="The last day of the period (YYYY-MM-DD).")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, writable=True),
              help="The HTML file to write.")
@click.option("--lang", type=click.Choice(i18n.LANGUAGES), default=i18n.DEFAULT, show_default=True,
              help="The report's language.")
def report_command(db_path: str, since: dt.date | None, until: dt.date | None, out: str, lang: str) -> None:
    """Write the regulator's dashboard for a period as one self-contained HTML file.

    Totals, findings over time by category, by rule and by platform, the streamers and units
    with the most findings per hour on air, and complaints by status, with charts. Everything
    is inside the file (styles, charts, data): it opens offline and prints on A4.

    \b
    Example:
      integrity report --db findings.db --since 2026-10-01 --until 2026-12-31 --out report.html
    """
    from integrity.web.report import render_report

    if since and until and since > until:
        raise click.BadParameter(_("the period ends before it starts"), param_hint="--until")
    html = render_report(open_db(db_path), Period(since, until), lang=lang, database=db_path)
    Path(out).write_text(html, "utf-8")
    click.echo(_("%(file)s: the dashboard for %(since)s to %(until)s (%(mb).1f MB)") % {
        "file": out, "since": since or "…", "until": until or "…", "mb": len(html.encode()) / 1e6})
