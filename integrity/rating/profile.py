"""Scoring profiles: every number of the scoring method, with the reason for each, as data
(TOML, see ``integrity/rating/profiles/default.toml``); :func:`load_profile` validates one and
names the key at fault.
"""
from __future__ import annotations

import hashlib
import math
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from integrity.detect.finding import CATEGORIES, SEVERITIES
from integrity.read.complaints import CATEGORIES as COMPLAINT_CATEGORIES
from integrity.read.complaints import STATUSES

KINDS = ("streamer", "unit")
EXPOSURE_UNITS = ("session", "hour")


VETO_COUNTS = ("items", "sessions")


class ProfileError(ValueError):
    """A profile that cannot be used: unreadable, not TOML, or a key missing, unknown or mistyped."""

    def __init__(self, source: str, key: str | None, message: str):
        super().__init__(message)
        self.source, self.key, self.message = source, key, message

    def __str__(self) -> str:
        return f"{self.source}: {self.key}: {self.message}" if self.key else f"{self.source}: {self.message}"


@dataclass(frozen=True)
class Grade:
    """A grade band: scores from ``min`` up to the next band's ``min`` get this grade."""

    grade: str
    min: float
    label: str


@dataclass(frozen=True)
class VetoRule:
    """一票否决: ``min_count`` matching findings (confirmed) or complaints (in ``statuses``)."""

    name: str
    source: str
    category: str
    severities: tuple[str, ...]
    statuses: tuple[str, ...]
    min_count: int
    count: str


@dataclass(frozen=True)
class TitleRule:
    """The title a kind of candidate can earn, and the record it needs."""

    name: str
    min_sessions: int


@dataclass(frozen=True)
class Profile:
    """Every number of the scoring method; ``sha256`` identifies the file it came from."""

    name: str
    version: str
    source: str
    sha256: str
    scale: int
    exposure_unit: str
    default_hours: float
    half_life_days: float
    horizon_days: float
    undecided: float
    min_confidence: float
    finding_points: dict[str, dict[str, float]]
    corrected: dict[str, float]
    complaint_points: dict[str, float]
    complaint_status: dict[str, float]
    per_exposure: float
    grades: tuple[Grade, ...]
    vetoes: tuple[VetoRule, ...]
    title_grades: tuple[str, ...]
    block_on_pending_veto: bool
    titles: dict[str, TitleRule]

    def grade_of(self, score: float) -> Grade:
        return next(grade for grade in self.grades if score >= grade.min)

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "version": self.version, "sha256": self.sha256}


def default_profile_path() -> Path:
    """The profile shipped with the package."""
    return Path(str(files("integrity.rating") / "profiles" / "default.toml"))


def load_profile(path: str | Path | None = None) -> Profile:
    """Read and validate a profile file (the shipped default when ``path`` is None)."""
    path = default_profile_path() if path is None else Path(path)
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ProfileError(source, None, (exc.strerror or str(exc)).lower()) from None
    return parse_profile(data, source)


def parse_profile(data: bytes, source: str) -> Profile:
    """Validate a profile's bytes; ``source`` names it in error messages."""
    try:
        document = tomllib.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ProfileError(source, None, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(source, None, f"invalid TOML: {exc}") from None
    root = _Table(document, "", source)
    root.only("name", "version", "scale", "exposure", "recency", "review", "findings", "corrections",
              "complaints", "grades", "vetoes", "titles")
    scale = root.integer("scale", 1)
    exposure = root.table("exposure", "unit", "default_hours")
    recency = root.table("recency", "half_life_days", "horizon_days")
    review = root.table("review", "undecided", "min_confidence")
    findings = root.table("findings", *CATEGORIES)
    complaints = root.table("complaints", "per_exposure", "points", "status")
    points = complaints.table("points", *COMPLAINT_CATEGORIES)
    status = complaints.table("status", *STATUSES)
    grades = _grades(root, scale)
    titles = root.table("titles", "grades", "block_on_pending_veto", *KINDS)
    return Profile(
        name=root.text("name"),
        version=root.text("version"),
        source=source,
        sha256=hashlib.sha256(data).hexdigest(),
        scale=scale,
        exposure_unit=exposure.choice("unit", EXPOSURE_UNITS),
        default_hours=exposure.number("default_hours", above=0),
        half_life_days=recency.number("half_life_days", above=0),
        horizon_days=recency.number("horizon_days", above=0),
        undecided=review.number("undecided", low=0, high=1),
        min_confidence=review.number("min_confidence", low=0, high=1),
        finding_points={
            category: _severity_points(findings.table(category, *SEVERITIES)) for category in CATEGORIES
        },
        corrected=_corrections(root),
        complaint_points={category: points.number(category, low=0) for category in COMPLAINT_CATEGORIES},
        complaint_status={name: status.number(name, low=0, high=1) for name in STATUSES},
        per_exposure=complaints.number("per_exposure", above=0),
        grades=grades,
        vetoes=tuple(_veto(table) for table in root.tables("vetoes")),
        title_grades=titles.choices("grades", tuple(grade.grade for grade in grades)),
        block_on_pending_veto=titles.flag("block_on_pending_veto"),
        titles={kind: _title(titles.table(kind, "name", "min_sessions")) for kind in KINDS},
    )


def _corrections(root: _Table) -> dict[str, float]:
    """The weight of a finding corrected on the spot, by severity; 1 (no less than any other)
    in a profile without a ``[corrections]`` table."""
    if "corrections" not in root.data:
        return {severity: 1.0 for severity in SEVERITIES}
    table = root.table("corrections", *SEVERITIES)
    return {severity: table.number(severity, low=0, high=1) for severity in SEVERITIES}


def _severity_points(table: _Table) -> dict[str, float]:
    return {severity: table.number(severity, low=0) for severity in SEVERITIES}


def _grades(root: _Table, scale: int) -> tuple[Grade, ...]:
    grades: list[Grade] = []
    tables = root.tables("grades")
    if not tables:
        raise root.fail("grades", "needs at least one [[grades]] band")
    for table in tables:
        table.only("grade", "min", "label")
        grade = Grade(table.text("grade"), table.number("min", low=0, high=scale), table.text("label"))
        if any(grade.grade == seen.grade for seen in grades):
            raise table.fail("grade", f"'{grade.grade}' is already a grade")
        if grades and grade.min >= grades[-1].min:
            raise table.fail("min", f"must be below the previous band's min ({grades[-1].min:g})")
        grades.append(grade)
    if grades[-1].min != 0:
        raise tables[-1].fail("min", "the last band must start at 0")
    return tuple(grades)


def _veto(table: _Table) -> VetoRule:
    source = table.choice("source", ("finding", "complaint"))
    if source == "finding":
        table.only("name", "source", "category", "severities", "min_count", "count")
        category = table.choice("category", CATEGORIES)
        severities, statuses = table.choices("severities", SEVERITIES), ()
    else:
        table.only("name", "source", "category", "statuses", "min_count", "count")
        category = table.choice("category", tuple(COMPLAINT_CATEGORIES))
        severities, statuses = (), table.choices("statuses", tuple(STATUSES))
    return VetoRule(
        name=table.text("name"),
        source=source,
        category=category,
        severities=severities,
        statuses=statuses,
        min_count=table.integer("min_count", 1),
        count=table.choice("count", VETO_COUNTS),
    )


def _title(table: _Table) -> TitleRule:
    return TitleRule(table.text("name"), table.integer("min_sessions", 0))


class _Table:
    """One TOML table of a profile, read key by key; errors name the dotted key."""

    def __init__(self, data: dict[str, Any], path: str, source: str):
        self.data, self.path, self.source = data, path, source

    def key(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str, message: str) -> ProfileError:
        return ProfileError(self.source, self.key(key), message)

    def only(self, *keys: str) -> None:
        for key in self.data:
            if key not in keys:
                raise self.fail(key, f"unknown key (expected one of: {', '.join(keys)})")

    def get(self, key: str) -> Any:
        if key not in self.data:
            raise self.fail(key, "missing")
        return self.data[key]

    def number(self, key: str, *, low: float | None = None, high: float | None = None,
               above: float | None = None) -> float:
        value = self.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise self.fail(key, "must be a number")
        if above is not None and value <= above:
            raise self.fail(key, f"must be a number above {above:g}")
        if (low is not None and value < low) or (high is not None and value > high):
            bounds = f"from {low:g} to {high:g}" if high is not None else f"of at least {low:g}"
            raise self.fail(key, f"must be a number {bounds}")
        return float(value)

    def integer(self, key: str, low: int) -> int:
        value = self.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            raise self.fail(key, f"must be a whole number of at least {low}")
        return value

    def text(self, key: str) -> str:
        value = self.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "must be a non-empty string")
        return value

    def choice(self, key: str, choices: Sequence[str]) -> str:
        value = self.get(key)
        if value not in choices:
            raise self.fail(key, f"must be one of {', '.join(choices)}")
        return value

    def choices(self, key: str, choices: Sequence[str]) -> tuple[str, ...]:
        value = self.get(key)
        if (not isinstance(value, list) or not value or len(set(value)) != len(value)
                or any(item not in choices for item in value)):
            raise self.fail(key, f"must be a list of distinct values from {', '.join(choices)}")
        return tuple(value)

    def flag(self, key: str) -> bool:
        value = self.get(key)
        if not isinstance(value, bool):
            raise self.fail(key, "must be true or false")
        return value

    def table(self, key: str, *keys: str) -> _Table:
        value = self.get(key)
        if not isinstance(value, dict):
            raise self.fail(key, "must be a table")
        table = _Table(value, self.key(key), self.source)
        table.only(*keys)
        return table

    def tables(self, key: str) -> list[_Table]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise self.fail(key, f"must be an array of tables ([[{key}]])")
        return [_Table(item, f"{self.key(key)}[{index}]", self.source) for index, item in enumerate(value)]
