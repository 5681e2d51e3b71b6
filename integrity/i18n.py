"""The interface language: gettext catalogues for what the tool shows a person.

Messages are written in English in the code and the templates; ``integrity/locale/<lang>/
LC_MESSAGES/integrity.po`` translates them (Babel extracts them, see ``babel.cfg``, and
compiles each ``.po`` into the ``.mo`` beside it, which ships with the package). Simplified
Chinese (``zh``) is the default of the web workbench; English (``en``) is the messages as
written. JSON keys, rule codes and ids are never translated. The command line's help texts
(each command's docstring, each ``help="..."``) are extracted too, by :func:`extract`, and
translated when help is shown (``integrity.cli.language``).

    from integrity.i18n import translation
    _ = translation("zh").gettext
"""
from __future__ import annotations

import ast
import gettext
import inspect
import io
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


KEYWORDS = {"N_": None, "Message": None, "C_": ((1, "c"), 2), "ncount": (2, 3)}
"""What Babel extracts besides its default keywords (``_``, ``gettext``, ``ngettext``...): ``N_()``
and ``C_()`` marks, and the singular and plural of ``ncount(n, singular, plural)``
(``-k N_ -k Message -k C_:1c,2 -k ncount:2,3``)."""


def plural_count(n: float) -> int:
    """``n`` as ngettext takes it: an integer as it is; a measure such as hours, 1 or more than 1."""
    return n if isinstance(n, int) else 1 if n == 1 else 2


def N_(message: str) -> str:
    """Marks a message for extraction without translating it here (it is translated where shown)."""
    return message


class Message(str):
    """An English message that can also be shown translated: ``Message("invalid JSON: %(reason)s",
    reason=...)`` is the English text itself (a ``str``, so what machines read and the database
    stores stays English), and keeps its template and parameters so that an interface can show
    it in the reader's language with :meth:`translated`. A parameter may be a Message too.
    Babel extracts the template (keyword ``Message``). The read layer builds its errors so; it
    needs no interface to do it."""

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, /, **params: object) -> "Message":
        self = super().__new__(cls, template % params if params else template)
        self.template, self.params = template, params
        return self

    def __reduce__(self):
        # Worker processes send errors back to the parent.
        return _message, (self.template, self.params)

    def translated(self, gettext) -> str:
        """The message through ``gettext`` (e.g. :func:`gettext_for` of a language)."""
        shown = gettext(self.template)
        if not self.params:
            return shown
        return shown % {key: translated(value, gettext) for key, value in self.params.items()}


def _message(template: str, params: dict[str, object]) -> Message:
    return Message(template, **params)


def translated(text: object, gettext) -> object:
    """``text`` through ``gettext`` when it is a :class:`Message`, else as it is."""
    return text.translated(gettext) if isinstance(text, Message) else text


def C_(context: str, message: str) -> str:
    """Marks a message to be translated in a ``context`` (``"column"``: a table's column, where
    "sessions" is a heading, not a count's noun), without translating it here."""
    return message


def column_for(lang: str):
    """A table column's heading in ``lang``: its translation as a ``"column"`` (:func:`C_`) if it
    has one, else its plain translation."""
    catalogue = translation(lang)

    def heading(name: str) -> str:
        shown = catalogue.pgettext("column", name)
        return catalogue.gettext(name) if shown == name else shown
    return heading


def extract(fileobj, keywords, comment_tags, options):
    """Babel's extraction method for our Python files (``babel.cfg`` names it): the messages of
    ``_()``, ``N_()`` and ``ngettext()`` calls, as Babel's ``python`` method finds them, and the
    help texts of the command line: the docstring of each function decorated as a click command
    or group, cleaned as click shows it, and each literal ``help="..."`` keyword argument."""
    from babel.messages.extract import extract_python  # Babel is a tool of translators, not a dependency

    source = fileobj.read()
    yield from extract_python(io.BytesIO(source), keywords, comment_tags, options)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef) and any(map(_declares_command, node.decorator_list)):
            doc = ast.get_docstring(node, clean=True)
            if doc:
                yield node.lineno, "_", doc, []
        elif (isinstance(node, ast.keyword) and node.arg == "help" and isinstance(node.value, ast.Constant)
              and isinstance(node.value.value, str)):
            yield node.value.lineno, "_", inspect.cleandoc(node.value.value), []


def _declares_command(decorator: ast.expr) -> bool:
    """``@click.command(...)``, ``@group.command(...)``, ``@click.group(...)`` and the like."""
    call = decorator.func if isinstance(decorator, ast.Call) else decorator
    name = call.attr if isinstance(call, ast.Attribute) else getattr(call, "id", "")
    return name in ("command", "group")
