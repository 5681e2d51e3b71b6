"""Where the shipped data (``lexicons/``, ``models/``) lives.

In a source checkout (and an editable install) the folders sit beside the package; a regular
install maps them into the package as ``integrity.lexicons`` and ``integrity.models``
(see ``package_dir`` in setup.cfg).
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def data_dir(name: str) -> Path:
    """The directory of shipped data called ``name`` ("lexicons" or "models")."""
    if (_SOURCE_ROOT / "setup.cfg").is_file() and (_SOURCE_ROOT / name).is_dir():
        return _SOURCE_ROOT / name
    return Path(str(files(f"integrity.{name}")))
