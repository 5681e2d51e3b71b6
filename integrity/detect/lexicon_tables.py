"""Reading each kind of table of a lexicon file, with the line of what is wrong.

``integrity.detect.lexicons.load`` calls these in order: rules, folds and macros first (what
everything else depends on), then word tables (homophones, product types, vocabularies), then
the data exemptions, then entries and brands.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from integrity.detect.exemptions import Exemption, context_exemption
from integrity.detect.finding import SEVERITIES
from integrity.detect.frames import Frame
from integrity.detect.frames import parse as parse_frame
from integrity.detect.rules import Rule, RuleError
from integrity.paths import private_cache_dir
from integrity.text.clauses import GAP, MARK

if TYPE_CHECKING:
    from integrity.detect.lexicons import Lexicon

BUILTIN_MACROS = {"gap": GAP, "mark": MARK}
_MACRO = re.compile(r"\{([a-z][a-z_]*)\}")


class LexiconError(Exception):
    def __init__(self, source: str, line: int | None, message: str):
        super().__init__(message)
        self.source, self.line, self.message = source, line, message

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Entry:
    """Terms and patterns of one rule, as written in a lexicon file, with its exemptions resolved."""

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
    exemptions: tuple[Exemption, ...] = ()
    frames: tuple[Frame, ...] = ()
    goods: tuple[str, ...] = ()
    vocabularies: tuple[str, ...] = ()
    ambiguous: frozenset[str] = frozenset()


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
    lines: dict[str, str] = field(default_factory=dict)

    @property
    def display(self) -> str:
        return self.names[0]

    def floor(self, product_type: str | None) -> float:
        return self.floors.get(product_type or "default", self.floors["default"])


@dataclass(frozen=True)
class Material:
    """A precious material and the price under which goods of it cannot be genuine."""

    id: str
    names: tuple[str, ...]
    floor: float
    floor_source: str
    source: str
    line: int


@dataclass(frozen=True)
class Vocabulary:
    """A named word class: its terms (normalised), the ambiguous ones apart, and its sources."""

    name: str
    terms: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    patterns: tuple[re.Pattern[str], ...] = ()


_ENTRY_KEYS = {"rule", "terms", "patterns", "frames", "vocabulary", "exempt", "basis", "severity", "confidence",
               "evasions", "note", "goods"}
GOODS_KINDS = ("health_food", "drug", "medical_device", "cosmetics", "food")
_BRAND_KEYS = {"id", "names", "aliases", "nicknames", "lines", "ambiguous", "sector", "floors", "floor_source"}
_MATERIAL_KEYS = {"id", "names", "floor", "floor_source"}
_RULE_KEYS = {"code", "name", "category", "severity", "basis", "summary", "doc", "summary_zh", "doc_zh", "status",
              "message"}
_VOCABULARY_KEYS = {"name", "source", "note", "terms", "ambiguous", "patterns"}


class Locator:
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


@dataclass(frozen=True)
class File:
    source: str
    data: dict[str, Any]
    locator: Locator

    def tables(self, kind: str):
        """Each ``[[kind]]`` table with its line and a locator of its keys."""
        for index, raw in enumerate(self.data.get(kind) or []):
            line = self.locator.header(kind, index) or 1
            yield raw, line, (lambda key, at=line: self.locator.key(key, at))


def parse(path: Path) -> File:
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
        data = _cached_toml(text)
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
    return File(source, data, Locator(text))


CACHE_FORMAT = "toml-json-v2"


def _cached_toml(text: str) -> dict[str, Any]:
    """The TOML document, parsed once per content: the parse is kept as JSON (read back by the C
    parser, ten times faster than tomllib) in the user's private cache folder
    (``integrity.paths.private_cache_dir``) under the sha256 of the text. The file's first line
    is the sha256 of the rest, which names the text's sha256 beside the parse; the cache is used
    only when both match, else it is parsed again and rewritten, so an edited or damaged cache
    changes nothing. A cache that cannot be read or written, or no private folder, is ignored."""
    digest = hashlib.sha256(f"{CACHE_FORMAT}\n{text}".encode("utf-8")).hexdigest()
    directory = private_cache_dir()
    if directory is None:
        return tomllib.loads(text)
    cached = directory / f"lexicon-{digest[:32]}.json"
    try:
        own, _, body = cached.read_bytes().partition(b"\n")
        if own.decode("ascii") == hashlib.sha256(body).hexdigest():
            stored = json.loads(body)
            if isinstance(stored, dict) and stored.get("sha256") == digest and isinstance(stored.get("data"), dict):
                return stored["data"]
    except (OSError, ValueError):
        pass
    data = tomllib.loads(text)
    partial = cached.with_name(f"{cached.name}.{os.getpid()}.partial")
    try:
        body = json.dumps({"sha256": digest, "data": data}, ensure_ascii=False).encode("utf-8")
        partial.write_bytes(hashlib.sha256(body).hexdigest().encode("ascii") + b"\n" + body)
        os.replace(partial, cached)
    except (OSError, TypeError):
        partial.unlink(missing_ok=True)
    return data


def str_list(value: Any, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{what} must be a list of non-empty strings")
    return tuple(value)


def _unknown(raw: dict, known: set[str], kind: str, file: File, locate: Callable) -> None:
    unknown = sorted(set(raw) - known)
    if unknown:
        raise LexiconError(file.source, locate(unknown[0]), f"unknown key {unknown[0]!r} in [[{kind}]]")


# --- What the rest depends on ------------------------------------------------------------------


def rules(file: File) -> list[Rule]:
    found = []
    for raw, line, locate in file.tables("rule"):
        _unknown(raw, _RULE_KEYS, "rule", file, locate)
        missing = sorted(_RULE_KEYS - {"status", "message"} - set(raw))
        if missing:
            raise LexiconError(file.source, line, f"[[rule]] needs {', '.join(repr(k) for k in missing)}")
        try:
            found.append(Rule(**{key: raw[key] for key in raw}))
        except RuleError as error:
            raise LexiconError(file.source, locate(error.key), f"bad [[rule]]: {error}") from None
        except (TypeError, ValueError) as error:
            raise LexiconError(file.source, line, f"bad [[rule]]: {error}") from None
    return found


def folds(file: File) -> dict[str, str]:
    found = {}
    for source_char, target in (file.data.get("fold") or {}).items():
        if not isinstance(target, str) or len(source_char) != 1 or len(target) != 1:
            raise LexiconError(file.source, file.locator.key(f'"{source_char}"', None),
                               f"fold {source_char!r} -> {target!r} must map one character to one")
        found[source_char] = target
    return found


def read_macros(file: File, macros: dict[str, str]) -> None:
    for name, value in (file.data.get("macros") or {}).items():
        if not re.fullmatch(r"[a-z][a-z_]*", name) or not isinstance(value, str) or name in BUILTIN_MACROS:
            raise LexiconError(file.source, file.locator.key(name, None),
                               f"macro {name!r} must be a lower-case name (not gap or mark) with a pattern")
        macros[name] = value


def expander(lexicon: "Lexicon") -> Callable[[str], str]:
    """Replaces ``{name}`` in a pattern with the macro of that name (repetition counts such as
    ``{0,6}`` are left alone); an unknown name is a ValueError."""
    known = {**BUILTIN_MACROS, **lexicon.macros}

    def expand(pattern: str, depth: int = 0) -> str:
        def one(match: re.Match[str]) -> str:
            if match.group(1) not in known:
                raise ValueError(f"unknown macro {{{match.group(1)}}}")
            return f"(?:{expand(known[match.group(1)], depth + 1)})" if depth < 5 else known[match.group(1)]

        return _MACRO.sub(one, pattern)

    return expand


def read_word_tables(file: File, lexicon: "Lexicon") -> None:
    """Homophones, product types and vocabularies."""
    term = lexicon.normalizer.term
    for char, subs in (file.data.get("homophones") or {}).items():
        try:
            lexicon.homophones[char] = lexicon.homophones.get(char, ()) + str_list(subs, f"homophones of {char!r}")
        except ValueError as error:
            raise LexiconError(file.source, file.locator.key(f'"{char}"', None), str(error)) from None
    for kind, words in (file.data.get("product_types") or {}).items():
        try:
            lexicon.product_types[kind] = lexicon.product_types.get(kind, ()) + tuple(
                term(w) for w in str_list(words, f"product type {kind!r}"))
        except ValueError as error:
            raise LexiconError(file.source, file.locator.key(kind, None), str(error)) from None
    for raw, line, locate in file.tables("vocabulary"):
        _unknown(raw, _VOCABULARY_KEYS, "vocabulary", file, locate)
        name, source = raw.get("name"), raw.get("source")
        if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            raise LexiconError(file.source, line, "[[vocabulary]] needs a 'name' of lower-case letters, digits and '_'")
        if not isinstance(source, str) or not source.strip():
            raise LexiconError(file.source, locate("source"), f"vocabulary {name}: 'source' must name where the words come from")
        try:
            words = tuple(dict.fromkeys(term(w) for w in str_list(raw.get("terms", []), "'terms'")))
            pattern_texts = str_list(raw.get("patterns", []), "'patterns'")
        except ValueError as error:
            raise LexiconError(file.source, locate("terms"), f"vocabulary {name}: {error}") from None
        if not words and not pattern_texts:
            raise LexiconError(file.source, line, f"vocabulary {name}: needs 'terms' or 'patterns'")
        patterns = []
        for text in pattern_texts:
            try:
                patterns.append(re.compile(expander(lexicon)(text)))
            except (re.error, ValueError) as error:
                raise LexiconError(file.source, locate("patterns"), f"vocabulary {name}: bad pattern {text!r}: {error}") from None
        known = lexicon.vocabularies.get(name, Vocabulary(name))
        ambiguous = bool(raw.get("ambiguous", False))
        lexicon.vocabularies[name] = Vocabulary(
            name, known.terms + (() if ambiguous else words), known.ambiguous + (words if ambiguous else ()),
            known.sources + (source,), known.patterns + tuple(patterns))


def read_exemptions(file: File, lexicon: "Lexicon") -> None:
    expand = expander(lexicon)
    for raw, line, locate in file.tables("exemption"):
        try:
            exemption = context_exemption(raw, expand)
        except ValueError as error:
            raise LexiconError(file.source, line, str(error)) from None
        if exemption.name in lexicon.exemptions:
            raise LexiconError(file.source, locate("name"), f"exemption {exemption.name!r} is defined twice")
        lexicon.exemptions[exemption.name] = exemption


# --- Entries and brands ------------------------------------------------------------------------


def read_entries(file: File, lexicon: "Lexicon") -> None:
    expand = expander(lexicon)
    for raw, line, locate in file.tables("entry"):
        lexicon.entries.append(_entry(raw, file, line, locate, lexicon, expand))
    for raw, line, locate in file.tables("material"):
        _unknown(raw, _MATERIAL_KEYS, "material", file, locate)
        try:
            names = tuple(lexicon.normalizer.term(n) for n in str_list(raw.get("names"), "'names'"))
        except ValueError as error:
            raise LexiconError(file.source, locate("names"), f"material: {error}") from None
        floor, reason = raw.get("floor"), raw.get("floor_source")
        if not isinstance(raw.get("id"), str) or not isinstance(floor, (int, float)) or floor <= 0 \
                or not isinstance(reason, str) or not reason.strip():
            raise LexiconError(file.source, line, "[[material]] needs an 'id', a positive 'floor' and a 'floor_source'")
        lexicon.materials.append(Material(raw["id"], names, float(floor), reason, file.source, line))
    seen = {b.id for b in lexicon.brands}
    for raw, line, locate in file.tables("brand"):
        brand = _brand(raw, file, line, locate, lexicon)
        if brand.id in seen:
            raise LexiconError(file.source, line, f"brand id {brand.id!r} is defined twice")
        seen.add(brand.id)
        lexicon.brands.append(brand)


def _entry(raw: dict[str, Any], file: File, line: int, locate: Callable, lexicon: "Lexicon",
           expand: Callable[[str], str]) -> Entry:
    source = file.source
    _unknown(raw, _ENTRY_KEYS, "entry", file, locate)
    code = raw.get("rule")
    if not isinstance(code, str):
        raise LexiconError(source, line, "[[entry]] needs a 'rule' code")
    if code not in lexicon.rules:
        raise LexiconError(source, locate("rule"), f"unknown rule {code!r}")
    try:
        terms = str_list(raw.get("terms", []), "'terms'")
        pattern_texts = str_list(raw.get("patterns", []), "'patterns'")
        frame_texts = str_list(raw.get("frames", []), "'frames'")
        classes = str_list(raw.get("vocabulary", []), "'vocabulary'")
        exempt = str_list(raw.get("exempt", []), "'exempt'")
        goods = str_list(raw.get("goods", []), "'goods'")
    except ValueError as error:
        raise LexiconError(source, line, f"rule {code}: {error}") from None
    if set(goods) - set(GOODS_KINDS):
        raise LexiconError(source, locate("goods"), f"rule {code}: 'goods' are among {', '.join(GOODS_KINDS)}")
    if not terms and not pattern_texts and not frame_texts and not classes:
        raise LexiconError(source, line, f"rule {code}: an entry needs 'terms', 'patterns', 'frames' or 'vocabulary'")
    try:
        terms, ambiguous = _vocabulary_terms(tuple(lexicon.normalizer.term(t) for t in terms), classes,
                                             lexicon.rules[code].category, lexicon)
    except ValueError as error:
        raise LexiconError(source, locate("vocabulary"), f"rule {code}: {error}") from None
    try:
        frames = tuple(parse_frame(text, lexicon.vocabularies) for text in frame_texts)
    except ValueError as error:
        raise LexiconError(source, locate("frames"), str(error)) from None
    patterns = []
    for text in pattern_texts:
        try:
            patterns.append(re.compile(expand(text)))
        except (re.error, ValueError) as error:
            raise LexiconError(source, locate("patterns"), f"bad pattern {text!r}: {error}") from None
    unknown = [name for name in exempt if name not in lexicon.exemptions]
    if unknown:
        known = ", ".join(sorted(lexicon.exemptions))
        raise LexiconError(source, locate("exempt"), f"unknown exemption {unknown[0]!r} (known: {known})")
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
        rule=code, terms=terms, patterns=tuple(patterns),
        exempt=exempt, source=source, line=line, basis=basis, severity=severity,
        confidence=float(confidence), evasions=bool(raw.get("evasions", True)), note=str(raw.get("note", "")),
        exemptions=tuple(lexicon.exemptions[name] for name in exempt), frames=frames, goods=goods,
        vocabularies=classes, ambiguous=ambiguous,
    )


def _vocabulary_terms(terms: tuple[str, ...], classes: tuple[str, ...], category: str,
                      lexicon: "Lexicon") -> tuple[tuple[str, ...], frozenset[str]]:
    """An entry's own terms with the words of the vocabularies it names (``cover_story``; a
    name ending in ``*`` also takes the class's ambiguous words, in counterfeit entries, whose
    detector counts them only where someone else's brand is named), and which of them are
    ambiguous words only. Patterns of a vocabulary are not taken: name the class in a frame."""
    words, ambiguous = dict.fromkeys(terms), set()
    if category != "counterfeit" and any(name.endswith("*") for name in classes):
        raise ValueError("only counterfeit entries take a vocabulary's ambiguous words (name*), counted where "
                         "someone else's brand is named; name the class in a frame instead")
    for name in classes:
        vocabulary = lexicon.vocabularies.get(name.rstrip("*"))
        if vocabulary is None or not re.fullmatch(r"[a-z][a-z0-9_]*\*?", name):
            raise ValueError(f"no vocabulary {name.rstrip('*')!r}")
        if not vocabulary.terms and not name.endswith("*"):
            raise ValueError(f"vocabulary {name!r} has no terms (its patterns work in frames only)")
        words.update(dict.fromkeys(vocabulary.terms))
        if name.endswith("*"):
            ambiguous.update(vocabulary.ambiguous)
    ambiguous -= words.keys()
    words.update(dict.fromkeys(sorted(ambiguous)))
    return tuple(words), frozenset(ambiguous)


def _brand(raw: dict[str, Any], file: File, line: int, locate: Callable, lexicon: "Lexicon") -> Brand:
    source = file.source
    _unknown(raw, _BRAND_KEYS, "brand", file, locate)
    brand_id = raw.get("id")
    if not isinstance(brand_id, str) or not re.fullmatch(r"[a-z0-9_\-]+", brand_id):
        raise LexiconError(source, line, "[[brand]] needs an 'id' of lower-case letters, digits, '-' or '_'")
    try:
        names = str_list(raw.get("names"), "'names'")
        aliases = str_list(raw.get("aliases", []), "'aliases'")
        nicknames = str_list(raw.get("nicknames", []), "'nicknames'")
        ambiguous = str_list(raw.get("ambiguous", []), "'ambiguous'")
    except ValueError as error:
        raise LexiconError(source, line, f"brand {brand_id}: {error}") from None
    lines = raw.get("lines", {})
    if not isinstance(lines, dict):
        raise LexiconError(source, locate("lines"), f"brand {brand_id}: 'lines' maps product types to line names")
    line_types: dict[str, str] = {}
    for kind, spellings in lines.items():
        if kind not in lexicon.product_types:
            raise LexiconError(source, locate("lines"), f"brand {brand_id}: unknown product type {kind!r} in lines")
        try:
            line_types.update((lexicon.normalizer.term(s), kind) for s in str_list(spellings, f"lines of {kind!r}"))
        except ValueError as error:
            raise LexiconError(source, locate("lines"), f"brand {brand_id}: {error}") from None
    spelled = set(names) | set(aliases) | set(nicknames)
    stray = [a for a in ambiguous if a not in spelled]
    if stray:
        raise LexiconError(source, locate("ambiguous"), f"brand {brand_id}: ambiguous {stray[0]!r} is not one of its names")
    floors = raw.get("floors")
    if not isinstance(floors, dict) or "default" not in floors:
        raise LexiconError(source, locate("floors"), f"brand {brand_id}: 'floors' needs a 'default'")
    for kind, value in floors.items():
        if kind != "default" and kind not in lexicon.product_types:
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
        ambiguous=frozenset(lexicon.normalizer.term(a) for a in ambiguous), sector=sector,
        floors={k: float(v) for k, v in floors.items()}, floor_source=floor_source, source=source, line=line,
        lines=line_types,
    )
