"""Load and validate the lexicons: versioned, human-editable TOML files in ``lexicons/``.

A lexicon file holds any of these tables:

* ``[[entry]]``: terms (literal, matched after normalisation) and ``patterns`` (regular
  expressions) for one rule, with the legal basis override, severity override and the named
  exemptions (filters, see ``integrity.detect.exemptions``) that apply to them;
* ``[fold]`` and ``[homophones]``: evasions (rare characters folded everywhere; homophones and
  pinyin tried inside lexicon terms only);
* ``[product_types]`` and ``[[brand]]``: the brand registry used by the counterfeit detector.

Every file names its ``version``. Loading checks every entry and stops at the first bad one with
``file:line: message``; users can add their own lexicon directory, whose files are read after the
shipped ones.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from integrity.detect import exemptions as filter_registry
from integrity.detect import rules
from integrity.detect.finding import SEVERITIES
from integrity.paths import data_dir
from integrity.text.normalize import add_folds, normalize_term


class LexiconError(Exception):
    def __init__(self, source: str, line: int | None, message: str):
        super().__init__(message)
        self.source, self.line, self.message = source, line, message

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Entry:
    """Terms and patterns of one rule, as written in a lexicon file."""

    rule: str
    terms: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    exempt: tuple[str, ...]
    source: str
    line: int
    basis: str | None = None
    severity: str | None = None
    confidence: float = 0.8
    evasions: bool = True
    note: str = ""


@dataclass(frozen=True)
class Brand:
    id: str
    names: tuple[str, ...]
    aliases: tuple[str, ...]
    nicknames: tuple[str, ...]
    ambiguous: frozenset[str]
    sector: str
    floors: dict[str, float]
    floor_source: str
    source: str
    line: int

    @property
    def display(self) -> str:
        return self.names[0]

    def floor(self, product_type: str | None) -> float:
        return self.floors.get(product_type or "default", self.floors["default"])


@dataclass
class Lexicon:
    entries: list[Entry] = field(default_factory=list)
    brands: list[Brand] = field(default_factory=list)
    product_types: dict[str, tuple[str, ...]] = field(default_factory=dict)
    homophones: dict[str, tuple[str, ...]] = field(default_factory=dict)
    versions: dict[str, str] = field(default_factory=dict)

    def entries_for(self, prefix: str) -> list[Entry]:
        return [e for e in self.entries if e.rule.startswith(prefix)]


_ENTRY_KEYS = {"rule", "terms", "patterns", "exempt", "basis", "severity", "confidence", "evasions", "note"}
_BRAND_KEYS = {"id", "names", "aliases", "nicknames", "ambiguous", "sector", "floors", "floor_source"}


class _Locator:
    """Line numbers of ``[[table]]`` headers and keys in a TOML file (tomllib gives none)."""

    def __init__(self, text: str):
        self.lines = text.splitlines()
        self._headers: dict[str, list[int]] = {}

    def header(self, table: str, index: int) -> int | None:
        """The line of the ``index``-th ``[[table]]`` header (one scan of the file per table)."""
        if table not in self._headers:
            pattern = re.compile(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]")
            self._headers[table] = [n for n, line in enumerate(self.lines, 1) if pattern.match(line)]
        found = self._headers[table]
        return found[index] if index < len(found) else None

    def key(self, key: str, table_line: int | None) -> int | None:
        """The line of ``key = ...`` inside the table starting at ``table_line`` (else that line)."""
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        start = table_line or 1
        for number in range(start, len(self.lines) + 1):
            line = self.lines[number - 1]
            if number != start and line.lstrip().startswith("["):
                break
            if pattern.match(line):
                return number
        return table_line


def _str_list(value: Any, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{what} must be a list of non-empty strings")
    return tuple(value)


def _load_entry(raw: dict[str, Any], source: str, line: int, locate) -> Entry:
    unknown = set(raw) - _ENTRY_KEYS
    if unknown:
        raise LexiconError(source, locate(sorted(unknown)[0]), f"unknown key {sorted(unknown)[0]!r} in [[entry]]")
    code = raw.get("rule")
    if not isinstance(code, str):
        raise LexiconError(source, line, "[[entry]] needs a 'rule' code")
    try:
        rules.get(code)
    except KeyError:
        raise LexiconError(source, locate("rule"), f"unknown rule {code!r}") from None
    try:
        terms = _str_list(raw.get("terms", []), "'terms'")
        pattern_texts = _str_list(raw.get("patterns", []), "'patterns'")
        exempt = _str_list(raw.get("exempt", []), "'exempt'")
    except ValueError as error:
        raise LexiconError(source, line, f"rule {code}: {error}") from None
    if not terms and not pattern_texts:
        raise LexiconError(source, line, f"rule {code}: an entry needs 'terms' or 'patterns'")
    patterns = []
    for text in pattern_texts:
        try:
            patterns.append(re.compile(text))
        except re.error as error:
            raise LexiconError(source, locate("patterns"), f"bad pattern {text!r}: {error}") from None
    for name in exempt:
        if name not in filter_registry.FILTERS:
            known = ", ".join(sorted(filter_registry.FILTERS))
            raise LexiconError(source, locate("exempt"), f"unknown exemption {name!r} (known: {known})")
    severity = raw.get("severity")
    if severity is not None and severity not in SEVERITIES:
        raise LexiconError(source, locate("severity"), f"severity must be one of {', '.join(SEVERITIES)}")
    confidence = raw.get("confidence", 0.8)
    if not isinstance(confidence, (int, float)) or not 0 <= confidence <= 1:
        raise LexiconError(source, locate("confidence"), "confidence must be a number in [0, 1]")
    basis = raw.get("basis")
    if basis is not None and not isinstance(basis, str):
        raise LexiconError(source, locate("basis"), "basis must be a string")
    return Entry(
        rule=code,
        terms=tuple(normalize_term(t) for t in terms),
        patterns=tuple(patterns),
        exempt=exempt,
        source=source,
        line=line,
        basis=basis,
        severity=severity,
        confidence=float(confidence),
        evasions=bool(raw.get("evasions", True)),
        note=str(raw.get("note", "")),
    )


def _load_brand(raw: dict[str, Any], source: str, line: int, locate, product_types) -> Brand:
    unknown = set(raw) - _BRAND_KEYS
    if unknown:
        raise LexiconError(source, locate(sorted(unknown)[0]), f"unknown key {sorted(unknown)[0]!r} in [[brand]]")
    brand_id = raw.get("id")
    if not isinstance(brand_id, str) or not re.fullmatch(r"[a-z0-9_\-]+", brand_id):
        raise LexiconError(source, line, "[[brand]] needs an 'id' of lower-case letters, digits, '-' or '_'")
    try:
        names = _str_list(raw.get("names"), "'names'")
        aliases = _str_list(raw.get("aliases", []), "'aliases'")
        nicknames = _str_list(raw.get("nicknames", []), "'nicknames'")
        ambiguous = _str_list(raw.get("ambiguous", []), "'ambiguous'")
    except ValueError as error:
        raise LexiconError(source, line, f"brand {brand_id}: {error}") from None
    spelled = set(names) | set(aliases) | set(nicknames)
    stray = [a for a in ambiguous if a not in spelled]
    if stray:
        raise LexiconError(source, locate("ambiguous"), f"brand {brand_id}: ambiguous {stray[0]!r} is not one of its names")
    floors = raw.get("floors")
    if not isinstance(floors, dict) or "default" not in floors:
        raise LexiconError(source, locate("floors"), f"brand {brand_id}: 'floors' needs a 'default'")
    for kind, value in floors.items():
        if kind != "default" and kind not in product_types:
            raise LexiconError(source, locate("floors"), f"brand {brand_id}: unknown product type {kind!r} in floors")
        if not isinstance(value, (int, float)) or value <= 0:
            raise LexiconError(source, locate("floors"), f"brand {brand_id}: floor for {kind!r} must be a positive number")
    floor_source = raw.get("floor_source")
    if not isinstance(floor_source, str) or not floor_source.strip():
        raise LexiconError(source, locate("floor_source"), f"brand {brand_id}: 'floor_source' must say where the floors come from")
    sector = raw.get("sector")
    if not isinstance(sector, str):
        raise LexiconError(source, locate("sector"), f"brand {brand_id}: 'sector' must be a string")
    return Brand(
        id=brand_id, names=names, aliases=aliases, nicknames=nicknames,
        ambiguous=frozenset(normalize_term(a) for a in ambiguous), sector=sector,
        floors={k: float(v) for k, v in floors.items()}, floor_source=floor_source,
        source=source, line=line,
    )


@dataclass(frozen=True)
class _File:
    source: str
    data: dict[str, Any]
    locator: _Locator


def _parse(path: Path) -> _File:
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
        data = tomllib.loads(text)
    except OSError as error:
        raise LexiconError(source, None, f"cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise LexiconError(source, None, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"line (\d+)", str(error))
        raise LexiconError(source, int(found.group(1)) if found else None, f"invalid TOML: {error}") from None
    version = data.get("version")
    if not isinstance(version, str) or not version.strip():
        raise LexiconError(source, 1, "a lexicon file must start with a 'version' string")
    return _File(source, data, _Locator(text))


def _read_tables(file: _File, lexicon: Lexicon) -> None:
    """Folds, homophones and product types: what entries and brands depend on."""
    source, data, locator = file.source, file.data, file.locator
    for source_char, target in (data.get("fold") or {}).items():
        try:
            add_folds({source_char: target})
        except ValueError as error:
            raise LexiconError(source, locator.key(f'"{source_char}"', None), str(error)) from None
    for char, subs in (data.get("homophones") or {}).items():
        try:
            lexicon.homophones[char] = lexicon.homophones.get(char, ()) + _str_list(subs, f"homophones of {char!r}")
        except ValueError as error:
            raise LexiconError(source, locator.key(f'"{char}"', None), str(error)) from None
    for kind, words in (data.get("product_types") or {}).items():
        try:
            lexicon.product_types[kind] = lexicon.product_types.get(kind, ()) + tuple(
                normalize_term(w) for w in _str_list(words, f"product type {kind!r}"))
        except ValueError as error:
            raise LexiconError(source, locator.key(kind, None), str(error)) from None


def _read_entries(file: _File, lexicon: Lexicon) -> None:
    source, data, locator = file.source, file.data, file.locator
    for index, raw in enumerate(data.get("entry") or []):
        line = locator.header("entry", index) or 1
        lexicon.entries.append(_load_entry(raw, source, line, lambda key, at=line: locator.key(key, at)))
    seen = {b.id for b in lexicon.brands}
    for index, raw in enumerate(data.get("brand") or []):
        line = locator.header("brand", index) or 1
        brand = _load_brand(raw, source, line, lambda key, at=line: locator.key(key, at), lexicon.product_types)
        if brand.id in seen:
            raise LexiconError(source, line, f"brand id {brand.id!r} is defined twice")
        seen.add(brand.id)
        lexicon.brands.append(brand)


def load(extra_dirs: Iterable[str | Path] = ()) -> Lexicon:
    """The shipped lexicons, then the files of each extra directory, validated."""
    lexicon = Lexicon()
    paths: list[Path] = []
    for directory in [data_dir("lexicons"), *map(Path, extra_dirs)]:
        if not directory.is_dir():
            raise LexiconError(str(directory), None, "lexicon directory not found")
        paths.extend(sorted(directory.glob("*.toml")))
    files = [_parse(path) for path in paths]
    for path, file in zip(paths, files):
        lexicon.versions[f"{path.parent.name}/{path.name}"] = file.data["version"]
        _read_tables(file, lexicon)
    for file in files:
        _read_entries(file, lexicon)
    return lexicon
