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


def cache_dir() -> Path:
    """Where derived files are kept (``$INTEGRITY_CACHE_DIR``, else ``$XDG_CACHE_HOME/integrity``,
    else ``~/.cache/integrity``), created private to the user (0700) when missing. Everything in
    it can be deleted; it is never the shared temporary directory."""
    import os

    if os.environ.get("INTEGRITY_CACHE_DIR"):
        directory = Path(os.environ["INTEGRITY_CACHE_DIR"])
    else:
        directory = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "integrity"
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    return directory
