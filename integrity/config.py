"""Configuration files: ``integrity.toml``, or ``[tool.integrity]`` in ``pyproject.toml``.

Found as ruff finds its own: from the working directory up to the root, the nearest directory
with an ``integrity.toml``, or with a ``pyproject.toml`` that has a ``[tool.integrity]`` table
(``integrity.toml`` first when a directory has both), is the configuration; there is no merging
of several files. Paths in it are relative to the file. Options given on the command line win
over it.

Keys (with the command-line option each stands for):

* ``select``, ``ignore``: rule codes or prefixes (``--select``, ``--ignore``), a list or a
  comma-separated string
* ``lexicons``: extra lexicon directories (``--lexicons``), a list or one path
* ``authorisations``: the brands each unit may sell (``--authorisations``)
* ``profile``: a scoring profile (``--profile``)
* ``preview``: also run preview rules (``--preview``), true or false
* ``jobs``: worker processes (``--jobs``)
* ``path-pattern``: read streamer, unit, platform and date from transcript paths (``--path-pattern``)
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FILE_NAME = "integrity.toml"
PYPROJECT = "pyproject.toml"

KEYS: dict[str, str] = {
    "select": "codes",
    "ignore": "codes",
    "lexicons": "paths",
    "authorisations": "path",
    "profile": "path",
    "preview": "bool",
    "jobs": "count",
    "path-pattern": "text",
}
"""Each key and the kind of value it takes."""


class ConfigFileError(ValueError):
    """A configuration file that cannot be used; the message names the file (and line) and key."""


@dataclass(frozen=True)
class Config:
    """The configuration in force: the file it came from (None: no file) and its values, with
    paths made absolute; ``lines`` gives the line of each key in the file."""

    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)

    def where(self, key: str) -> str:
        """``FILE:LINE`` of a key set in the file."""
        line = self.lines.get(key)
        return f"{self.path}:{line}" if line else str(self.path)


def find(start: Path | None = None) -> Path | None:
    """The nearest configuration file from ``start`` (default: the working directory) upwards."""
    directory = (start or Path.cwd()).resolve()
    for folder in (directory, *directory.parents):
        candidate = folder / FILE_NAME
        if candidate.is_file():
            return candidate
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def load(path: Path | None) -> Config:
    """Read and check a configuration file (None: an empty configuration)."""
    if path is None:
        return Config()
    path = Path(path).resolve()
    try:
        text = path.read_text("utf-8")
        document = tomllib.loads(text)
    except OSError as error:
        raise ConfigFileError(f"{path}: {(error.strerror or str(error)).lower()}") from None
    except UnicodeDecodeError:
        raise ConfigFileError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigFileError(f"{path}: {error}") from None
    table = document
    if path.name == PYPROJECT:
        table = document.get("tool", {}).get("integrity", {})
        if not isinstance(table, dict):
            raise ConfigFileError(f"{path}: [tool.integrity] must be a table")
    lines = _key_lines(text, path.name == PYPROJECT)
    values = {}
    for key, value in table.items():
        where = f"{path}:{lines[key]}" if key in lines else str(path)
        if key not in KEYS:
            known = ", ".join(KEYS)
            raise ConfigFileError(f"{where}: unknown key {key!r} (known keys: {known})")
        values[key] = _checked(key, value, path.parent, where)
    return Config(path, values, {key: lines[key] for key in values if key in lines})


def discover(start: Path | None = None) -> Config:
    """The configuration in force from ``start`` (default: the working directory)."""
    return load(find(start))


def _has_tool_table(pyproject: Path) -> bool:
    try:
        return isinstance(tomllib.loads(pyproject.read_text("utf-8")).get("tool", {}).get("integrity"), dict)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def _checked(key: str, value: Any, base: Path, where: str) -> Any:
    kind = KEYS[key]
    if kind == "codes":
        codes = value.split(",") if isinstance(value, str) else value
        if not isinstance(codes, list) or not all(isinstance(code, str) for code in codes):
            raise ConfigFileError(f"{where}: {key} must be a list of rule codes or prefixes, or one string")
        return [code.strip() for code in codes if code.strip()]
    if kind == "paths":
        paths = [value] if isinstance(value, str) else value
        if not isinstance(paths, list) or not all(isinstance(item, str) and item.strip() for item in paths):
            raise ConfigFileError(f"{where}: {key} must be a list of directories, or one")
        return [str((base / item).resolve()) for item in paths]
    if kind == "path":
        if not isinstance(value, str) or not value.strip():
            raise ConfigFileError(f"{where}: {key} must be a path")
        return str((base / value).resolve())
    if kind == "bool":
        if not isinstance(value, bool):
            raise ConfigFileError(f"{where}: {key} must be true or false")
        return value
    if kind == "count":
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ConfigFileError(f"{where}: {key} must be a whole number of 1 or more")
        return value
    if not isinstance(value, str) or not value.strip():
        raise ConfigFileError(f"{where}: {key} must be a string")
    return value


def _key_lines(text: str, in_tool_table: bool) -> dict[str, int]:
    """The line of each top-level key (of ``[tool.integrity]`` in a pyproject.toml)."""
    lines: dict[str, int] = {}
    inside = not in_tool_table
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.match(r"\s*\[([^\]]+)\]", line)
        if header:
            inside = in_tool_table and header.group(1).strip() == "tool.integrity"
            if not in_tool_table:
                inside = False
            continue
        found = re.match(r"\s*\"?([A-Za-z0-9_-]+)\"?\s*=", line)
        if inside and found:
            lines.setdefault(found.group(1), number)
    return lines
