"""The catalogues: every message a page shows is in them and translated, and the shipped .mo
files are compiled from the .po files as they are now."""
from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from integrity import i18n

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = sorted((ROOT / "integrity" / "locale").glob("*/LC_MESSAGES/integrity.po"))


@cache
def _extracted() -> frozenset[str]:
    method_map = [("web/templates/**.html", "jinja2"), ("**.py", "python")]
    options = {"web/templates/**.html": {"extensions": "jinja2.ext.i18n", "trim_blocks": "True",
                                                   "lstrip_blocks": "True"}}
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}
    found = set()
    for _, _, message, _, _ in extract_from_dir(str(ROOT / "integrity"), method_map, options, keywords=keywords):
        found.add(message if isinstance(message, str) else message[0])
    return frozenset(found)


def test_there_is_a_chinese_catalogue():
    assert [p.parent.parent.name for p in CATALOGUES] == ["zh"]


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_every_message_is_in_the_catalogue_and_translated(po):
    catalogue = read_po(po.open("rb"))
    translated = {m.id for m in catalogue if m.id and m.string and not m.fuzzy}
    assert sorted(_extracted() - translated) == []
    assert sorted(m.id for m in catalogue if m.id and m.id not in _extracted()) == []  # no stale messages


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_the_compiled_catalogue_is_up_to_date(po):
    catalogue = read_po(po.open("rb"))
    with po.with_suffix(".mo").open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    expected = {m.id: m.string for m in catalogue if m.id and m.string and not m.fuzzy}
    assert {k: v for k, v in compiled._catalog.items() if k} == expected, \
        "run: pybabel compile -d integrity/locale -D integrity"


@pytest.mark.parametrize("value, expected", [
    ("zh", "zh"), ("zh_CN.UTF-8", "zh"), ("zh-Hans", "zh"), ("en_GB.UTF-8", "en"), ("EN", "en"),
    ("fr_FR", "zh"), ("", "zh"), (None, "zh"),
])
def test_language_names(value, expected):
    assert i18n.language(value) == expected


def test_translations():
    assert i18n.gettext_for("zh")("Review queue") == "审核队列"
    assert i18n.gettext_for("en")("Review queue") == "Review queue"
    assert i18n.gettext_for("zh")("not a message") == "not a message"


@pytest.mark.parametrize("environ, expected", [
    ({"LANG": "zh_CN.UTF-8"}, "zh"), ({"LC_MESSAGES": "zh_TW", "LANG": "en_US.UTF-8"}, "zh"),
    ({"LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"), ({"LC_ALL": "", "LANG": "zh_CN.UTF-8"}, "zh"),
    ({"LANG": "C.UTF-8"}, "en"), ({"LANG": "fr_FR.UTF-8"}, "en"), ({}, "en"),
])
def test_the_language_of_the_locale(environ, expected):
    assert i18n.from_environment(environ) == expected
