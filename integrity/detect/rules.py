"""The rules: stable codes, what each rule checks, why, and on what legal basis.

Rules are data (``lexicons/rules.toml``), read by ``integrity.detect.lexicons`` into a
``RuleBook``; each ``Checker`` holds the book of what it loaded, with the status its model's
card gives the model rules. Codes are a family prefix plus three digits (WRD wording, PRC
price, CFT counterfeit, and ML for the trained model). A released code is never reused or
renumbered; a retired code stays in ``RETIRED`` so that old results still resolve.

Each rule reads in English (``summary``, ``doc``) and in Simplified Chinese (``summary_zh``,
``doc_zh``, whose headings are ``DOC_HEADINGS_ZH``); ``summary_in`` and ``doc_in`` give the one
of a language (``zh``, else English).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace

from integrity.detect.finding import CATEGORIES, SEVERITIES

CODE_RE = re.compile(r"^[A-Z]{2,4}\d{3}$")
DOC_HEADINGS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead")
DOC_HEADINGS_ZH = {"## What it does": "## 规则说明", "## Why is this bad?": "## 违规原因",
                   "## Example": "## 违规示例", "## Use instead": "## 合规建议"}
STATUSES = ("stable", "preview")
_WIDE = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
RETIRED: dict[str, str] = {}


class RuleError(ValueError):
    """A bad rule definition; ``key`` names the field at fault."""

    def __init__(self, key: str, message: str):
        super().__init__(message)
        self.key = key


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    category: str
    severity: str
    basis: str
    summary: str
    doc: str
    summary_zh: str
    doc_zh: str
    status: str = "stable"
    message: str = ""

    def __post_init__(self) -> None:
        if not CODE_RE.match(self.code):
            raise RuleError("code", f"rule code {self.code!r} is not a prefix plus three digits")
        if self.code in RETIRED:
            raise RuleError("code", f"rule code {self.code} was retired: {RETIRED[self.code]}")
        if self.category not in CATEGORIES:
            raise RuleError("category", f"rule {self.code}: unknown category {self.category!r}")
        if self.severity not in SEVERITIES:
            raise RuleError("severity", f"rule {self.code}: unknown severity {self.severity!r}")
        if self.status not in STATUSES:
            raise RuleError("status", f"rule {self.code}: unknown status {self.status!r}")
        for key in ("summary", "summary_zh"):
            if not isinstance(getattr(self, key), str) or not getattr(self, key).strip():
                raise RuleError(key, f"rule {self.code}: its {key} is empty")
        for key, headings in (("doc", DOC_HEADINGS), ("doc_zh", tuple(DOC_HEADINGS_ZH.values()))):
            text = getattr(self, key)
            found = [line.rstrip() for line in text.splitlines() if line.startswith("## ")] \
                if isinstance(text, str) else []
            if found != list(headings):
                missing = [heading for heading in headings if heading not in found]
                problem = f"lacks the heading {missing[0]!r}" if missing else \
                    f"has the headings {found}, not {list(headings)} in that order"
                raise RuleError(key, f"rule {self.code}: its {key} {problem}")

    def summary_in(self, lang: str) -> str:
        """The summary in ``lang``: Chinese for ``zh``, else English."""
        return self.summary_zh if lang == "zh" else self.summary

    def doc_in(self, lang: str) -> str:
        """The doc (Markdown with its four headings) in ``lang``: Chinese for ``zh``, else English."""
        return self.doc_zh if lang == "zh" else self.doc

    @property
    def prefix(self) -> str:
        return self.code.rstrip("0123456789")

    @property
    def instead(self) -> str:
        """What to say instead, in one line: the first sentence of the doc's "Use instead"."""
        return self.instead_in("en")

    def instead_in(self, lang: str) -> str:
        """What to say instead in ``lang``, in one line: the first sentence of the "Use instead"
        section (合规建议 in Chinese)."""
        heading = DOC_HEADINGS_ZH[DOC_HEADINGS[-1]] if lang == "zh" else DOC_HEADINGS[-1]
        section = self.doc_in(lang).split(heading, 1)[1].split("\n## ", 1)[0]
        text = ""
        for line in filter(None, (line.strip() for line in section.splitlines())):
            if text and not (_WIDE.match(text[-1]) and _WIDE.match(line[0])):
                text += " "
            text += line
        return re.split(r"(?<=\.)\s+|(?<=。)", text, maxsplit=1)[0]


class RuleBook:
    """The rules a checker knows, by code, in code order."""

    def __init__(self, rules: Iterable[Rule] = ()):
        self._rules: dict[str, Rule] = {}
        for rule in rules:
            if rule.code in self._rules:
                raise ValueError(f"rule code {rule.code} is defined twice")
            self._rules[rule.code] = rule
        self._rules = dict(sorted(self._rules.items()))

    def __getitem__(self, code: str) -> Rule:
        return self._rules[code.upper()]

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code.upper() in self._rules

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules.values())

    def __len__(self) -> int:
        return len(self._rules)

    def with_status(self, status: Mapping[str, str]) -> "RuleBook":
        """The book with the status of some codes replaced (a model's card sets its rules')."""
        return RuleBook(replace(rule, status=status.get(rule.code, rule.status)) for rule in self)

    def select(self, select: Iterable[str] = (), ignore: Iterable[str] = (), preview: bool = False) -> frozenset[str]:
        """Codes enabled by ``--select`` / ``--ignore`` (codes or prefixes, like ruff).

        Rules in ``preview`` status run only with ``preview`` or when selected by their full
        code. An unknown code or prefix raises KeyError.
        """
        select = [s.strip().upper() for s in select if s.strip()]
        ignore = [s.strip().upper() for s in ignore if s.strip()]
        for selector in select + ignore:
            if not any(code.startswith(selector) for code in self._rules):
                raise KeyError(selector)
        return frozenset(
            rule.code for rule in self
            if (not select or rule.code.startswith(tuple(select)))
            and not rule.code.startswith(tuple(ignore) or ("\0",))
            and (preview or rule.status == "stable" or rule.code in select)
        )
