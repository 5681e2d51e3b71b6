"""The interface language: gettext catalogues for what the tool shows a person.

Messages are written in English in the code and the templates; ``integrity/locale/<lang>/
LC_MESSAGES/integrity.po`` translates them (Babel extracts them, see ``babel.cfg``, and
compiles each ``.po`` into the ``.mo`` beside it, which ships with the package). Simplified
Chinese (``zh``) is the default of the web workbench; English (``en``) is the messages as
written. JSON keys, rule codes and ids are never translated.

    from integrity.i18n import translation
    _ = translation("zh").gettext
"""
from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path

DOMAIN = "integrity"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = ("zh", "en")
DEFAULT = "zh"
NAMES = {"zh": "中文", "en": "English"}


def language(value: str | None, default: str = DEFAULT) -> str:
    """The supported language ``value`` names (``zh``, ``zh_CN.UTF-8``, ``en-GB``...), else ``default``."""
    if value:
        code = value.strip().lower().replace("-", "_").split("_")[0].split(".")[0]
        if code in LANGUAGES:
            return code
    return default


def from_environment(environ: Mapping[str, str] = os.environ) -> str:
    """The language of the user's locale (``LC_ALL``, else ``LC_MESSAGES``, else ``LANG``, as
    POSIX orders them): ``zh`` for a Chinese locale, else ``en`` (a terminal in ``C.UTF-8``
    reads English)."""
    return language(environ.get("LC_ALL") or environ.get("LC_MESSAGES") or environ.get("LANG"), default="en")


@cache
def translation(lang: str) -> gettext.NullTranslations:
    """The catalogue of ``lang`` (``zh`` or ``en``); English is the messages as written."""
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang])


def gettext_for(lang: str):
    """``_`` for ``lang``: ``_("Score")`` gives the translated message."""
    return translation(lang).gettext


def ngettext_for(lang: str):
    """``ngettext`` for ``lang``: ``ngettext("%(n)d session", "%(n)d sessions", n) % {"n": n}``."""
    return translation(lang).ngettext
