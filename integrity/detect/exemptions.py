"""Named exemptions: small predicates that say a lexicon hit is NOT a finding.

As in detect-secrets' filters, each exemption has a name, a one-line description and a test;
lexicon entries list the exemptions that apply to them by name, and loading resolves the names
against the table the checker was built with (an unknown name is an error at load, never a
surprise mid-scan). A test gets the hit, the segment's ``Text`` and the loaded ``Lexicon`` (for
vocabularies) and returns True when the hit is exempt.

There are two kinds. Most say the hit is a look-alike: the words are there in another sense
(negated, a title, a tip, a blessing). Those with ``lookalike=False`` (named ``no_…``) say only
that the context a claim needs is missing (a disease named with no effect claimed); the trained
model may still judge such a segment, but not one a look-alike exemption cleared.

Detector families define their code exemptions in an ``Exemptions`` table of their own
(``EXEMPTIONS.add``); context exemptions whose test is only "these words must stand before or
after the hit" are data, ``[[exemption]]`` tables in the lexicon files (``context_exemption``).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from integrity.detect.lexicons import Lexicon
    from integrity.detect.matcher import Hit
    from integrity.text.text import Text

Test = Callable[["Hit", "Text", "Lexicon"], bool]
Context = Callable[["Hit", "Text"], "int | None"]


@dataclass(frozen=True)
class Exemption:
    """``context``, for an exemption that finds the context a claim needs before the hit, says
    where in the normalised text that context begins (None when it is not there), so that a
    message can quote the claim (医生都推荐) rather than the everyday word (推荐)."""

    name: str
    description: str
    test: Test
    lookalike: bool = True
    context: Context | None = None


class Exemptions(dict[str, Exemption]):
    """A table of exemptions by name; ``add`` registers a test in it as a decorator."""

    def add(self, name: str, description: str, lookalike: bool = True,
            context: Context | None = None) -> Callable[[Test], Test]:
        def register(test: Test) -> Test:
            if name in self:
                raise ValueError(f"exemption {name!r} defined twice")
            self[name] = Exemption(name, description, test, lookalike, context)
            return test

        return register


def context_start(hit: "Hit", text: "Text") -> int:
    """Where the words that make ``hit`` a claim begin, within its clause: the earliest context
    found before it by its entry's exemptions (``Exemption.context``), else the hit itself."""
    starts = [exemption.context(hit, text) for exemption in hit.entry.exemptions if exemption.context]
    found = min([start for start in starts if start is not None], default=hit.start)
    return max(found, text.clause_at(hit.start)[0])


def exempting(hit: "Hit", text: "Text", lexicon: "Lexicon") -> str | None:
    """The name of the first exemption of the hit's entry that applies, if any."""
    for exemption in hit.entry.exemptions:
        if exemption.test(hit, text, lexicon):
            return exemption.name
    return None


CONTEXT_KEYS = {"name", "description", "before", "after", "both", "width", "across_clauses", "not_after"}


def context_exemption(spec: Mapping[str, Any], expand: Callable[[str], str]) -> Exemption:
    """An exemption for a hit that lacks the context of a claim, from an ``[[exemption]]``
    table: text right ``before`` it or right ``after`` it (either one, or ``both``), within
    ``width`` characters of its clause (or across clauses with ``across_clauses``); a hit
    followed by ``not_after`` is exempt whatever comes before. ``expand`` resolves the
    lexicon's macros (``{gap}``, ``{num}``…) in the patterns. Raises ValueError on a bad table.
    """
    name, description = spec.get("name"), spec.get("description")
    if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise ValueError("an [[exemption]] needs a 'name' of lower-case letters, digits and '_'")
    if not isinstance(description, str) or not description.strip():
        raise ValueError(f"exemption {name}: needs a 'description'")
    unknown = set(spec) - CONTEXT_KEYS
    if unknown:
        raise ValueError(f"exemption {name}: unknown key {sorted(unknown)[0]!r}")

    def compiled(key: str, template: str) -> re.Pattern[str] | None:
        value = spec.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise ValueError(f"exemption {name}: '{key}' must be a regular expression")
        try:
            return re.compile(template.format(expand(value)))
        except re.error as error:
            raise ValueError(f"exemption {name}: bad '{key}' pattern: {error}") from None

    before_re = compiled("before", "(?:{})$")
    after_re = compiled("after", "^(?:{})")
    not_after_re = compiled("not_after", "^(?:{})")
    if before_re is None and after_re is None:
        raise ValueError(f"exemption {name}: needs 'before' or 'after'")
    both = bool(spec.get("both", False))
    across = bool(spec.get("across_clauses", False))
    width = spec.get("width", 16)
    if not isinstance(width, int) or width < 1:
        raise ValueError(f"exemption {name}: 'width' must be a positive whole number")

    def preceding(hit: "Hit", text: "Text") -> str:
        return text.text[max(0, hit.start - width) : hit.start] if across else text.before(hit, width)

    def missing(hit: "Hit", text: "Text", lexicon: "Lexicon") -> bool:
        if not_after_re is not None and not_after_re.match(text.text[hit.end : hit.end + 4]):
            return True
        found_before = before_re is not None and bool(before_re.search(preceding(hit, text)))
        clause_end = text.clause_at(hit.start)[1]
        found_after = after_re is not None and bool(after_re.match(text.text[hit.end : min(clause_end, hit.end + width)]))
        return not (found_before and found_after) if both else not (found_before or found_after)

    def context(hit: "Hit", text: "Text") -> int | None:
        before = preceding(hit, text)
        found = before_re.search(before) if before_re is not None else None
        return hit.start - len(before) + found.start() if found and found.start() < len(before) else None

    return Exemption(name, description, missing, lookalike=False, context=context)
