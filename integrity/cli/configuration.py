"""Configuration on the command line: the file in force gives the commands their defaults
(click's ``default_map``, so options given on the command line win), ``integrity config``
shows it, and a scan records where each of its settings came from.
"""
from __future__ import annotations

import json
from typing import Any

import click
from click.core import ParameterSource

from integrity import config
from integrity.cli.language import Command, _
from integrity.config import Config
from integrity.i18n import N_

PARAMETERS = {
    "select": "select",
    "ignore": "ignore",
    "lexicons": "lexicon_dirs",
    "authorisations": "authorisations_file",
    "profile": "profile_path",
    "preview": "preview",
    "jobs": "jobs",
    "path-pattern": "path_pattern",
}
"""The parameter of a command that each configuration key gives the default of."""

DEFAULTS = {
    "select": N_("every stable rule"),
    "ignore": N_("none"),
    "lexicons": N_("the shipped lexicons only"),
    "authorisations": N_("none"),
    "profile": "integrity/rating/profiles/default.toml",
    "preview": False,
    "jobs": N_("the CPU count"),
    "path-pattern": N_("none (session ids from file names and folders)"),
}
"""What each key means when nothing sets it, as `integrity config` shows it."""


class ConfigFileProblem(click.ClickException):
    """A configuration file that cannot be used: one line, exit status 2."""

    exit_code = 2


def load(config_file: str | None, isolated: bool) -> Config:
    """The configuration in force: ``--config FILE``, none with ``--isolated``, else the nearest
    file from the working directory up."""
    try:
        if isolated:
            return Config()
        return config.load(config_file) if config_file else config.discover()
    except config.ConfigFileError as error:
        raise ConfigFileProblem(_("bad configuration: %(error)s") % {"error": error}) from None


def defaults_for(command: click.Command, loaded: Config) -> dict[str, Any]:
    """The defaults ``loaded`` gives ``command``'s parameters (a ``default_map`` entry)."""
    names = {param.name for param in command.params}
    return {PARAMETERS[key]: value for key, value in loaded.values.items() if PARAMETERS[key] in names}


def settings(ctx: click.Context) -> dict[str, Any]:
    """What a run records of its configuration: the file in force, and each key the command
    takes with its value and where it came from (``command line``, ``FILE:LINE``, ``default``)."""
    loaded: Config = (ctx.find_object(Config) or Config())
    values = {}
    for key, name in PARAMETERS.items():
        if name not in ctx.params:
            continue
        source = ctx.get_parameter_source(name)
        if source == ParameterSource.COMMANDLINE:
            origin = "command line"
        elif source == ParameterSource.DEFAULT_MAP:
            origin = loaded.where(key)
        else:
            origin = "default"
        value = ctx.params[name]
        values[key] = {"value": list(value) if isinstance(value, tuple) else value, "from": origin}
    return {"file": str(loaded.path) if loaded.path else None, "values": values}


@click.command("config", cls=Command)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def config_command(loaded: Config, fmt: str) -> None:
    """Show the configuration in force and where each value comes from.

    The configuration is the nearest integrity.toml, or pyproject.toml with a [tool.integrity]
    table, from the working directory up (`integrity --config FILE` names one, `integrity
    --isolated` uses none). Its keys give the defaults of the options of the same name:
    select, ignore, lexicons, authorisations, profile, preview, jobs and path-pattern; options
    given on the command line win. Paths in it are relative to the file.

    \b
    Examples:
      integrity config
      integrity --isolated config --format json
    """
    rows = [{"key": key, "value": loaded.values.get(key, DEFAULTS[key]),
             "from": loaded.where(key) if key in loaded.values else "default"} for key in config.KEYS]
    if fmt == "json":
        click.echo(json.dumps({"file": str(loaded.path) if loaded.path else None, "values": rows},
                              ensure_ascii=False, indent=2))
        return
    if loaded.path:
        click.echo(_("configuration file: %(file)s") % {"file": loaded.path})
    else:
        click.echo(_("no configuration file in force (--isolated, or none found from the working directory up: "
                     "%(file)s, or %(pyproject)s with [tool.integrity])")
                   % {"file": config.FILE_NAME, "pyproject": config.PYPROJECT})
    width = max(map(len, config.KEYS))
    for row in rows:
        value = row["value"]
        if row["from"] == "default":
            value = _(value) if isinstance(value, str) else value
        shown = ", ".join(value) if isinstance(value, list) else str(value).lower() if isinstance(value, bool) else value
        origin = _("default") if row["from"] == "default" else row["from"]
        click.echo(f"{row['key']:{width}}  {shown}  ({origin})")
