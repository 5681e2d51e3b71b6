"""Where the shipped data (``lexicons/``, ``models/``) lives, and the user's private cache.

In a source checkout (and an editable install) the folders sit beside the package; a regular
install puts them inside it, as ``integrity/lexicons`` and ``integrity/models`` (see
``package_dir`` in setup.cfg).
"""
from __future__ import annotations

import os
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
    if os.environ.get("INTEGRITY_CACHE_DIR"):
        directory = Path(os.environ["INTEGRITY_CACHE_DIR"])
    else:
        directory = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "integrity"
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    return directory


def private_cache_dir() -> Path | None:
    """:func:`cache_dir` for files read back with no check of their own (jieba's dictionary
    cache, read with ``marshal``): None when it cannot be created, or is not private: not owned
    by this user, or writable by others."""
    try:
        path = cache_dir()
        info = path.stat()
    except (OSError, RuntimeError):  # RuntimeError: no home directory
        return None
    if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o022):
        return None
    return path
