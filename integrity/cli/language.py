"""The language of the command line: Simplified Chinese or English, for everything it shows a
person (messages, headings, table columns, progress, help and click's own words).

The language is ``--lang zh|en`` wherever it is given on the command line (the ``integrity``
group's global option, or a command's own ``--lang``), else the locale's
(``i18n.from_environment``: ``LANG=zh_CN.UTF-8`` gives Chinese). ``Root.main`` reads it before
click parses anything, so that ``integrity --lang zh check --help`` and click's errors come in
it too. Help texts stay English in the code and are translated when shown, by the
:class:`Command` and :class:`Group` classes every command uses; click's own messages ("Usage:",
"Error: ...") are translated through our catalogue for those in :data:`CLICK_MESSAGES`.

What machines read is never translated: JSON, JSON Lines, CSV and xlsx columns, SARIF, rule
codes, ids, exit statuses.
"""
from __future__ import annotations

import contextlib
import inspect
import contextvars
import sys
from collections.abc import Iterator, Sequence

import click
import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.parser
import click.termui
import click.types
import click.utils

from integrity import i18n
from integrity.i18n import N_

_chosen: contextvars.ContextVar[str | None] = contextvars.ContextVar("integrity_lang", default=None)
"""The language of the run under way (set by :meth:`Root.main`); None outside a run."""


def current() -> str:
    """The language of this command line run: ``zh`` or ``en``."""
    return _chosen.get() or i18n.from_environment()


def _(message: str) -> str:
    """``message`` in the current language."""
    return i18n.gettext_for(current())(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural of a message, as ``n`` needs it in the current language."""
    return i18n.ngettext_for(current())(singular, plural, n)


def ncount(n: float, singular: str, plural: str, shown: str = "{:,}") -> str:
    """``n`` with its noun: ``ncount(1, "%(n)s session", "%(n)s sessions")`` is "1 session"
    (thousands separated; ``shown`` formats ``n``). Babel extracts its messages (keyword
    ``ncount:2,3``, ``i18n.KEYWORDS``)."""
    return ngettext(singular, plural, i18n.plural_count(n)) % {"n": shown.format(n)}


def chosen_in(args: Sequence[str]) -> str | None:
    """The language a command line names with ``--lang zh|en`` (the last one given), if any."""
    found = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        value = args[index + 1] if arg == "--lang" and index + 1 < len(args) else arg.partition("=")[2] \
            if arg.startswith("--lang=") else None
        if value in i18n.LANGUAGES:
            found = value
    return found


@contextlib.contextmanager
def _helps_translated(params: Sequence[click.Parameter]) -> Iterator[None]:
    """The parameters' help texts in the current language while help is drawn."""
    saved = [(param, param.help) for param in params if getattr(param, "help", None)]
    try:
        for param, text in saved:
            param.help = _(text)
        yield
    finally:
        for param, text in saved:
            param.help = text


def first_sentence(text: str) -> str:
    """The first sentence of a help text's first paragraph (English or Chinese), for command lists."""
    paragraph = " ".join(text.split("\n\n")[0].split())
    for end in ("。", ". "):
        if end in paragraph:
            paragraph = paragraph[:paragraph.index(end) + len(end)].strip()
    return paragraph


LANG_HELP = N_("The language of messages, tables and help: zh (简体中文) or en  [default: Chinese in a Chinese "
              "locale (LC_ALL, LC_MESSAGES or LANG such as zh_CN.UTF-8), else English].")


def lang_option() -> click.Option:
    """``--lang zh|en``: :meth:`Root.main` reads it wherever it is given, so it needs no value here."""
    return click.Option(["--lang"], type=click.Choice(i18n.LANGUAGES), expose_value=False, help=LANG_HELP)


class _Translated:
    """Help drawn in the current language: the command's text, its options', its short help.
    Every command takes ``--lang`` (unless it has its own)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not any(param.name == "lang" for param in self.params):
            self.params.append(lang_option())

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        english = self.help
        if english:
            self.help = _(inspect.cleandoc(english))
        try:
            super().format_help_text(ctx, formatter)
        finally:
            self.help = english

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with _helps_translated(self.get_params(ctx)):
            super().format_options(ctx, formatter)

    def format_arguments(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with _helps_translated(self.get_params(ctx)):
            super().format_arguments(ctx, formatter)

    def get_short_help_str(self, limit: int = 45) -> str:
        if self.short_help:
            return _(self.short_help)
        return first_sentence(_(inspect.cleandoc(self.help))) if self.help else ""


class Command(_Translated, click.Command):
    """A command whose help is shown in the current language."""


class Group(_Translated, click.Group):
    """A group whose help, and its commands' help, is shown in the current language."""

    command_class = Command
    group_class = type


class Root(Group):
    """The ``integrity`` group: sets the language of the run from ``--lang`` or the locale
    before click parses the command line."""

    def main(self, args: Sequence[str] | None = None, *rest, **extra):
        args = list(sys.argv[1:] if args is None else args)
        token = _chosen.set(chosen_in(args) or i18n.from_environment())
        try:
            return super().main(args, *rest, **extra)
        finally:
            _chosen.reset(token)


CLICK_MESSAGES = frozenset({
    N_("Usage:"), N_("Options"), N_("Commands"), N_("Positional arguments"),
    N_("Error: {message}"), N_("Try '{command} {option}' for help."), N_("Aborted!"),
    N_("Missing argument"), N_("Missing option"), N_("Missing parameter"), N_("Missing command."),
    N_("Invalid value for {param_hint}: {message}"), N_("Invalid value: {message}"),
    N_("No such option {name!r}."), N_("No such command {name!r}."),
    N_("Did you mean {possibility}?"),
    N_("Option {name!r} requires an argument."), N_("Option {name!r} does not take a value."),
    N_("Got unexpected extra argument ({args})"),
    N_("{value!r} is not {choice}."), N_("{value!r} is not a valid {number_type}."),
    N_("{value} is not in the range {range}."),
    N_("{name} {filename!r} does not exist."), N_("{name} {filename!r} is a directory."),
    N_("{name} {filename!r} is a file."), N_("default: {default}"), N_("required"), N_("Repeat for confirmation"),
    N_("Error: The two entered values do not match."), N_("Error: invalid input"),
})
"""The messages of click's own that we translate (a test checks click still has each); for one
with a plural, its singular (Chinese has one form). Click resolves some when a command is
declared (the version option's help, a path's type name): those stay English, as written, and
help texts are translated when shown."""


CLICK_HELPS = frozenset({N_("Show this message and exit."), N_("Show the version and exit.")})
"""The help texts of the options click adds: they stay English in the option (click keeps the
option once made) and are translated when shown, as every help text is."""


def _click_gettext(message: str) -> str:
    if _chosen.get() is None or message not in CLICK_MESSAGES:  # declared at import: English
        return message
    return _(message)


def _click_ngettext(singular: str, plural: str, n: int) -> str:
    translated = _click_gettext(singular)
    if translated != singular:  # Chinese has one form
        return translated
    return singular if n == 1 else plural


_click_wrap_text = click.formatting.wrap_text


def _wrap_text(text: str, width: int = 78, initial_indent: str = "", subsequent_indent: str = "",
               preserve_paragraphs: bool = False) -> str:
    """Click's ``wrap_text`` for help, measuring in terminal cells so that Chinese (two cells a
    character, no spaces between words) fits the width: wrapped by rich. Paragraphs are kept, and
    one that starts with a ``\\b`` line is kept as written, as click does."""
    if text.isascii():
        return _click_wrap_text(text, width, initial_indent, subsequent_indent, preserve_paragraphs)
    from rich.cells import cell_len
    from rich.console import Console
    from rich.text import Text

    console = Console(width=width, color_system=None)
    wrapped = []
    for paragraph in text.split("\n\n") if preserve_paragraphs else [text]:
        lines = paragraph.splitlines()
        if lines and lines[0].strip() == "\b":
            lines = lines[1:]
        else:
            room = max(width - max(cell_len(initial_indent), cell_len(subsequent_indent)), 10)
            lines = [line.plain.rstrip() for line in Text(" ".join(line.strip() for line in lines)).wrap(console, room)]
        wrapped.append("\n".join((subsequent_indent if i else initial_indent) + line for i, line in enumerate(lines)))
    return "\n\n".join(wrapped)


click.formatting.wrap_text = _wrap_text
for _module in (click.core, click.decorators, click.exceptions, click.formatting, click.parser, click.termui,
                click.types, click.utils):
    if hasattr(_module, "_"):
        _module._ = _click_gettext
    if hasattr(_module, "ngettext"):
        _module.ngettext = _click_ngettext
