"""The catalogues: every message a page or the command line shows is in them and translated,
the template (.pot) is what Babel extracts from the code as it is now, and the shipped .mo files
are compiled from the .po files as they are now."""
from __future__ import annotations

import gettext
from json import dumps as json_dumps
import os
from functools import cache
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from integrity import i18n

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "integrity" / "locale"
CATALOGUES = sorted(LOCALE.glob("*/LC_MESSAGES/integrity.po"))
EXTRACT = "pybabel extract -F babel.cfg -k N_ -k Message -k C_:1c,2 -k ncount:2,3 --no-location --sort-output --omit-header " \
          "-o integrity/locale/integrity.pot ."


def _key(message) -> tuple[str | None, str]:
    """A catalogue entry's context and id (a plural's by its singular)."""
    return message.context, message.id if isinstance(message.id, str) else message.id[0]


@cache
def _extracted() -> frozenset[tuple[str | None, str]]:
    """The messages Babel extracts with babel.cfg (as the translator's workflow runs it), with
    their contexts."""
    with (ROOT / "babel.cfg").open() as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    inside = lambda path: os.path.relpath(path, ROOT).split(os.sep)[0] == "integrity"  # noqa: E731
    found = set()
    for _, _, message, _, context in extract_from_dir(ROOT, method_map, options_map,
                                                      {**DEFAULT_KEYWORDS, **i18n.KEYWORDS}, directory_filter=inside):
        found.add((context, message if isinstance(message, str) else message[0]))
    return frozenset(found)


def test_there_is_a_chinese_catalogue():
    assert [p.parent.parent.name for p in CATALOGUES] == ["zh"]


def test_the_template_is_what_the_code_holds():
    template = {_key(m) for m in read_po((LOCALE / "integrity.pot").open("rb")) if m.id}
    assert sorted(_extracted() - template) == [], f"run: {EXTRACT}"
    assert sorted(template - _extracted()) == [], f"run: {EXTRACT}"


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_every_message_is_in_the_catalogue_and_translated(po):
    catalogue = read_po(po.open("rb"))
    translated = {_key(m) for m in catalogue
                  if m.id and not m.fuzzy and (all(m.string) if isinstance(m.string, tuple) else m.string)}
    assert sorted(_extracted() - translated, key=str) == []
    assert sorted((_key(m) for m in catalogue if m.id and _key(m) not in _extracted()), key=str) == []  # no stale


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_the_compiled_catalogue_is_up_to_date(po):
    catalogue = read_po(po.open("rb"))
    with po.with_suffix(".mo").open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    expected = {}
    for m in catalogue:
        key = f"{m.context}\x04{_key(m)[1]}" if m.context else _key(m)[1]  # how gettext keys a context
        if m.id and not m.fuzzy and isinstance(m.id, tuple):  # a plural: one entry per form
            expected.update({(key, i): text for i, text in enumerate(m.string) if text})
        elif m.id and not m.fuzzy and m.string:
            expected[key] = m.string
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


def test_a_message_is_its_english_text_and_shows_translated():
    import pickle

    reason = i18n.Message("Expecting value")
    message = i18n.Message("invalid JSON: %(reason)s (column %(column)d)", reason=reason, column=3)
    assert message == "invalid JSON: Expecting value (column 3)" and type(str(message)) is str
    assert json_dumps(message) == '"invalid JSON: Expecting value (column 3)"'
    assert message.translated(i18n.gettext_for("zh")) == "JSON 无效：缺少值（第 3 列）"
    assert message.translated(i18n.gettext_for("en")) == message
    again = pickle.loads(pickle.dumps(message))
    assert again == message and again.translated(i18n.gettext_for("zh")) == "JSON 无效：缺少值（第 3 列）"
    assert i18n.translated("plain", i18n.gettext_for("zh")) == "plain"
