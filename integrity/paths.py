"""Where the shipped data (``lexicons/``, ``models/``) lives.

In a source checkout (and an editable install) the folders sit beside the package; a regular
install puts them inside it, as ``integrity/lexicons`` and ``integrity/models`` (see
``package_dir`` in setup.cfg).
"""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE.parent


def in_checkout() -> bool:
    """Whether the package runs from a source checkout (or an editable install of one)."""
    return (_SOURCE_ROOT / "setup.cfg").is_file() and (_SOURCE_ROOT / "lexicons").is_dir()


def data_dir(name: str) -> Path:
    """The directory of shipped data called ``name`` ("lexicons" or "models")."""
    if in_checkout() and (_SOURCE_ROOT / name).is_dir():
        return _SOURCE_ROOT / name
    return _PACKAGE / name
