"""Named exemptions: small predicates that say a lexicon hit is NOT a finding.

As in detect-secrets' filters, each exemption has a name, a one-line description and a test;
lexicon entries list the exemptions that apply to them by name, and loading rejects unknown
names. A test gets the hit and the segment's text and returns True when the hit is exempt.
Detector modules define their exemptions with ``@exemption``.

There are two kinds. Most say the hit is a look-alike: the words are there in another sense
(negated, a title, a tip, a blessing). Those made with ``lookalike=False`` (named ``no_…``) say
only that the context a claim needs is missing (a disease named with no effect claimed); the
trained model may still judge such a segment, but not one a look-alike exemption cleared.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from integrity.text.matcher import Hit, Text


@dataclass(frozen=True)
class Filter:
    name: str
    description: str
    test: Callable[["Hit", "Text"], bool]
    lookalike: bool = True


FILTERS: dict[str, Filter] = {}


def exemption(name: str, description: str, lookalike: bool = True):
    def register(test: Callable[["Hit", "Text"], bool]) -> Callable[["Hit", "Text"], bool]:
        if name in FILTERS:
            raise ValueError(f"exemption {name!r} defined twice")
        FILTERS[name] = Filter(name, description, test, lookalike)
        return test

    return register


def exempting(hit: "Hit", text: "Text") -> str | None:
    """The name of the first exemption of the hit's entry that applies, if any."""
    for name in hit.entry.exempt:
        if FILTERS[name].test(hit, text):
            return name
    return None
