"""``integrity rules``: the rules and what they mean. It reads only the rules' lexicon files
(and the shipped model's card for the model rules' status), not the checker, so that it
answers at once.
"""
from __future__ import annotations

import json

import click

from integrity import i18n
from integrity.cli import language
from integrity.cli.language import Command, _
from integrity.detect import lexicons
from integrity.detect.rules import Rule
from integrity.text.display import display_width


@click.command("rules", cls=Command)
@click.argument("code", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--lang", type=click.Choice(i18n.LANGUAGES),
              help="The language of the text output, as `integrity --lang` (default: Chinese in a zh_* locale, "
                   "else English).")
@click.option("--exemptions", is_flag=True, help="List the named exemptions that lexicon entries can use.")
def rules_command(code, fmt, lang, exemptions):
    """List the rules, or explain one rule (what, why, legal basis, example).

    Text output is in Simplified Chinese when the locale is Chinese (LC_ALL, LC_MESSAGES or LANG
    such as zh_CN.UTF-8) or with --lang zh, else in English. JSON gives both: summary and doc
    in English, summary_zh and doc_zh in Chinese.

    \b
    Examples:
      integrity rules
      integrity rules WRD003
      integrity rules WRD003 --lang zh
      integrity rules --exemptions
    """
    if exemptions:
        from integrity.detect import families  # the detectors' code: only for this listing

        table = families.load_lexicon().exemptions
        for name in sorted(table):
            click.echo(f"{name:24} {table[name].description}")
        return
    book = lexicons.load_rules()
    lang = lang or language.current()
    if code:
        try:
            rule = book[code]
        except KeyError:
            raise click.UsageError(_("unknown rule %(code)s (see `integrity rules`)") % {"code": repr(code)}) from None
        if fmt == "json":
            click.echo(json.dumps(_rule_dict(rule), ensure_ascii=False, indent=2))
            return
        click.echo(_("%(code)s (%(name)s) [%(category)s, %(severity)s, %(status)s]") % {
            "code": rule.code, "name": rule.name, "category": _(rule.category), "severity": _(rule.severity),
            "status": _(rule.status)})
        basis = _("Legal basis: %(basis)s") % {"basis": rule.basis}
        click.echo(f"{rule.summary_in(lang)}\n\n{basis}\n")
        click.echo(rule.doc_in(lang))
        return
    listed = list(book)
    if fmt == "json":
        click.echo(json.dumps({"rules": [_rule_dict(r) for r in listed]}, ensure_ascii=False, indent=2))
        return
    for rule in listed:
        status = "" if rule.status == "stable" else _(" (%(status)s)") % {"status": _(rule.status)}
        click.echo(f"{rule.code}  {_padded(_(rule.category), 11)} {_padded(_(rule.severity), 6)} "
                   f"{rule.summary_in(lang)}{status}")


def _padded(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def _rule_dict(rule: Rule) -> dict:
    return {"code": rule.code, "name": rule.name, "category": rule.category, "severity": rule.severity,
            "status": rule.status, "basis": rule.basis, "summary": rule.summary, "doc": rule.doc,
            "summary_zh": rule.summary_zh, "doc_zh": rule.doc_zh}
