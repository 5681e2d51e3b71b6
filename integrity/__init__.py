"""integrity: checks livestream selling for false price claims, counterfeit signals and
prohibited advertising wording, and scores streamers and units for integrity titles.

The library beside the command line::

    import integrity

    for finding in integrity.check_text("全网最低价，吃了能降血压"):
        print(finding.rule, finding.message)

``check_text`` and ``check_session`` build a ``Checker`` with the given options (cached, so
repeated calls with the same options load the lexicons once); build a ``Checker`` yourself to
hold one configuration explicitly. Names are imported on first use, so ``import integrity``
costs nothing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Checker", "Finding", "Listing", "Segment", "Session", "check_session", "check_text", "__version__"]

if TYPE_CHECKING:
    from integrity.api import check_session, check_text
    from integrity.detect.checker import Checker
    from integrity.detect.finding import Finding
    from integrity.read.model import Listing, Segment, Session

_LAZY = {
    "check_text": "integrity.api",
    "check_session": "integrity.api",
    "Checker": "integrity.detect.checker",
    "Finding": "integrity.detect.finding",
    "Listing": "integrity.read.model",
    "Segment": "integrity.read.model",
    "Session": "integrity.read.model",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'integrity' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
