"""The command line: thin commands that open what they need, call the library and render.

Each command lives in a module of this package and is imported only when it runs, so
``integrity --help`` and a one-line check start at once; ``COMMANDS`` names each one's module,
function and one-line help.
"""
from __future__ import annotations

import importlib

import click

from integrity import __version__
from integrity.cli.language import Root, _
from integrity.i18n import N_

# name: (module, function, one-line help for the command list, translated when shown)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "check": ("checking", "check", N_("Check transcripts and session files and print the findings.")),
    "rules": ("rules", "rules_command", N_("List the rules, or explain one rule (what, why, legal basis, example).")),
    "eval": ("checking", "eval_command", N_("Measure the checker on labelled sessions: precision, recall and F1.")),
    "train": ("train", "train_command", N_("Rebuild the segment classifier from labelled sessions, reproducibly.")),
    "scan": ("database", "scan_command", N_("Check files and folders of sessions into a database, incrementally.")),
    "load": ("spark", "load_command", N_("Bring the output of `scan --engine spark` into a database, incrementally.")),
    "findings": ("database", "findings_command", N_("List stored findings, each with its stable id.")),
    "summary": ("database", "summary_command", N_("Summarise a scan database for a regulator.")),
    "runs": ("database", "runs_command", N_("List the scans stored in a database, newest first.")),
    "search": ("database", "search_command", N_("Search the stored transcripts for segments holding every word.")),
    "complaints": ("database", "complaints_group", N_("Consumer complaint records: load them into the database.")),
    "score": ("scores", "score_command", N_("Score every streamer and unit for the integrity titles.")),
    "explain": ("scores", "explain_command", N_("Print the score card of one streamer or unit, for a judge.")),
    "review": ("review", "review_group", N_("Judges' review of findings: confirm or dismiss each, on the record.")),
    "users": ("users", "users_group", N_("Accounts of judges, regulators and admins.")),
    "live": ("live", "live_command", N_("Check a session as it is streamed: JSON lines in, findings out per segment.")),
    "tokens": ("tokens", "tokens_group", N_("Tokens for the HTTP API of `integrity serve`: add (shown once), list, revoke.")),
    "serve": ("web", "serve_command", N_("Start the web workbench and the HTTP API on a database.")),
    "report": ("web", "report_command", N_("Write the regulator's dashboard as one self-contained HTML file.")),
    "datasette-metadata": ("metadata", "datasette_metadata_command",
                           N_("Describe the database for Datasette: each table, view and column, in Chinese.")),
    "config": ("configuration", "config_command", N_("Show the configuration in force and where each value comes from.")),
    "keys": ("record", "keys_group", N_("The decision key that signs the record of decisions.")),
    "verify": ("record", "verify_command", N_("Check that the record of decisions is intact; print its chain heads.")),
}


class LazyGroup(Root):
    """A group whose commands are imported when they are used, not when the group is."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attribute, _ = COMMANDS[name]
        return getattr(importlib.import_module(f"integrity.cli.{module}"), attribute)

    def invoke(self, ctx: click.Context):
        """Runs the command; an unexpected error is one line on stderr and exit status 2 (1
        means findings to ``check``), never a traceback."""
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:
            from integrity.findings.batch import one_line

            if isinstance(exc, OSError):  # the system failed the command (a full disk), not the code
                click.echo(_("integrity: error: %(message)s") % {"message": one_line(exc)}, err=True)
            else:
                click.echo(_("integrity: error: internal error: %(error)s (please report it with the command)")
                           % {"error": one_line(exc)}, err=True)
            ctx.exit(2)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section(_("Commands")):
            formatter.write_dl([(name, _(COMMANDS[name][2])) for name in self.list_commands(ctx)])


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="integrity")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, exists=True), metavar="FILE",
              help="Use this configuration file  [default: the nearest integrity.toml, or pyproject.toml with "
                   "[tool.integrity], from the working directory up].")
@click.option("--isolated", is_flag=True, help="Use no configuration file.")
@click.pass_context
def cli(ctx: click.Context, config_file: str | None, isolated: bool):
    """Check livestream selling (直播带货) for false price claims, counterfeit signals and
    prohibited advertising wording, and score streamers and units for integrity titles.

    Options come from the command line, else from the configuration file (`integrity config`
    shows it), else their defaults.

    Messages, tables and help are in Simplified Chinese in a Chinese locale or with --lang zh,
    else in English; JSON, CSV and the other machine formats are the same in both.

    Exit status of `check`: 0 no findings, 1 findings, 2 bad usage or unreadable input.
    """
    if ctx.invoked_subcommand is None or ctx.resilient_parsing:
        return
    from integrity.cli import configuration  # light: the file is read only when a command runs

    loaded = configuration.load(config_file, isolated)
    ctx.obj = loaded
    command = ctx.command.get_command(ctx, ctx.invoked_subcommand)
    if command is not None:
        ctx.default_map = {ctx.invoked_subcommand: configuration.defaults_for(command, loaded)}
