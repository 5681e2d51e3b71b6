"""The regulator's dashboard: what was found, when, by which rules, on which platforms, who
offends most per hour on air, and how complaints stand, for a period.

One function, :func:`dashboard`, gives it as plain data; the web page, its JSON twin, the
xlsx export and ``integrity report`` all show that. Sessions count by their date, findings by
their session's date, complaints by the day they were received; undated ones only when the
period is open. For the open period the totals, counts and per-hour rankings are those of
``integrity summary``; the rankings are its own (``queries.per_hour_ranking``), so only those
that streamed an hour or more are ranked.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from integrity.detect.finding import CATEGORIES
from integrity.rating.dataset import period_clause
from integrity.rating.scoring import Period
from integrity.read.complaints import CATEGORIES as COMPLAINT_CATEGORIES
from integrity.read.complaints import STATUSES
from integrity.store.queries import per_hour_ranking


def dashboard(db: Database, period: Period = Period(), top: int = 10) -> dict[str, Any]:
    """Everything the dashboard shows for ``period``."""
    where, args = period_clause("date", period)
    sessions = f"(SELECT * FROM sessions WHERE {where})"
    findings = f"(SELECT f.*, s.date, s.platform FROM findings f JOIN {sessions} s USING (session_id))"
    count, segments, seconds = db.execute(
        f"SELECT count(*), coalesce(sum(segments), 0), coalesce(sum(duration_seconds), 0) FROM {sessions}", args
    ).fetchone()

    def counts(column: str) -> dict[str, int]:
        return dict(db.execute(f"SELECT {column}, count(*) FROM {findings} GROUP BY 1 ORDER BY 2 DESC, 1", args).fetchall())

    by_rule = [{"rule": r, "category": c, "severity": s, "findings": n} for r, c, s, n in db.execute(
        f"SELECT rule, category, severity, count(*) FROM {findings} GROUP BY rule ORDER BY 4 DESC, 1", args)]
    return {
        "period": {"since": period.start.isoformat() if period.start else None,
                   "until": period.end.isoformat() if period.end else None},
        "sessions": count,
        "segments": segments,
        "hours": round(seconds / 3600, 2),
        "findings": sum(r["findings"] for r in by_rule),
        "by_category": counts("category"),
        "by_severity": counts("severity"),
        "by_rule": by_rule,
        "over_time": _over_time(db, findings, args),
        "by_platform": _platforms(db, sessions, findings, args),
        "streamers": per_hour_ranking(db, "streamer_id", top, since=period.start, until=period.end)[0],
        "units": per_hour_ranking(db, "unit_id", top, since=period.start, until=period.end)[0],
        "complaints": _complaints(db, period),
    }


def _over_time(db: Database, findings: str, args: list[str]) -> dict[str, Any]:
    """Findings per category per day, week (from Monday) or month, whichever gives at most
    about 30 buckets over the dates found."""
    per_day = db.execute(f"SELECT date, category, count(*) FROM {findings} WHERE date IS NOT NULL GROUP BY 1, 2",
                         args).fetchall()
    dates = sorted({dt.date.fromisoformat(day) for day, _, _ in per_day})
    if not dates:
        return {"unit": "day", "buckets": [], "series": {c: [] for c in CATEGORIES}}
    span = (dates[-1] - dates[0]).days
    unit = "day" if span <= 31 else "week" if span <= 31 * 7 else "month"

    def bucket(day: dt.date) -> dt.date:
        if unit == "week":
            return day - dt.timedelta(days=day.weekday())
        return day.replace(day=1) if unit == "month" else day

    first, last = bucket(dates[0]), bucket(dates[-1])
    buckets, day = [], first
    while day <= last:
        buckets.append(day)
        day = day + dt.timedelta(days=1 if unit == "day" else 7) if unit != "month" else \
            (day.replace(year=day.year + 1, month=1) if day.month == 12 else day.replace(month=day.month + 1))
    index = {b: i for i, b in enumerate(buckets)}
    series = {c: [0] * len(buckets) for c in CATEGORIES}
    for day_text, category, n in per_day:
        series[category][index[bucket(dt.date.fromisoformat(day_text))]] += n
    return {"unit": unit, "buckets": [b.isoformat() for b in buckets], "series": series}


def _platforms(db: Database, sessions: str, findings: str, args: list[str]) -> list[dict[str, Any]]:
    found = dict(db.execute(f"SELECT coalesce(platform, ''), count(*) FROM {findings} GROUP BY 1", args).fetchall())
    result = []
    for platform, count, seconds in db.execute(
            f"SELECT coalesce(platform, ''), count(*), coalesce(sum(duration_seconds), 0) FROM {sessions} GROUP BY 1",
            args):
        hours = seconds / 3600
        n = found.get(platform, 0)
        result.append({"platform": platform or None, "sessions": count, "hours": round(hours, 2), "findings": n,
                       "findings_per_hour": round(n / hours, 2) if hours else None})
    result.sort(key=lambda r: (-r["findings"], r["platform"] or ""))
    return result


def _complaints(db: Database, period: Period) -> dict[str, Any]:
    where, args = period_clause("received", period)
    table = f"(SELECT * FROM complaints WHERE {where})"
    by_status = dict(db.execute(f"SELECT status, count(*) FROM {table} GROUP BY 1", args).fetchall())
    by_category = dict(db.execute(f"SELECT category, count(*) FROM {table} GROUP BY 1", args).fetchall())
    amount = db.execute(f"SELECT coalesce(sum(amount), 0) FROM {table}", args).fetchone()[0]
    return {"total": sum(by_status.values()), "amount": amount,
            "by_status": {status: by_status.get(status, 0) for status in STATUSES},
            "by_category": {category: by_category.get(category, 0) for category in COMPLAINT_CATEGORIES}}
