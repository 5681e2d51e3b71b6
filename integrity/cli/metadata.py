"""``integrity datasette-metadata``: the database described for Datasette, in Chinese.
"""
from __future__ import annotations

import json

import click

from integrity.cli.common import open_db
from integrity.cli.language import Command
from integrity.store.metadata import database_name, datasette_metadata


@click.command("datasette-metadata", cls=Command)
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="The scan database.")
@click.option("--out", "-o", type=click.File("w", encoding="utf-8"), default="-",
              help="Where to write the metadata (JSON)  [default: standard output].")
def datasette_metadata_command(db_path, out):
    """Describe the database for Datasette: each table, view and column, in Chinese.

    Writes a metadata.json for `datasette FILE --metadata metadata.json`, naming the database
    as Datasette does (the file's stem). The views findings_reviewed (findings with their
    streamer, unit, date and the decision in force), decisions_in_force and candidate_activity
    are what to open first; segments has full-text search (three characters or more). The
    accounts table is hidden from the lists (hiding is not access control: do not publish a
    database that holds accounts). Scores are not in the database: `integrity score` computes
    them from a profile.

    \b
    Example:
      integrity datasette-metadata --db findings.db -o metadata.json
      datasette findings.db --metadata metadata.json
    """
    metadata = datasette_metadata(open_db(db_path), database_name(db_path))
    out.write(json.dumps(metadata, ensure_ascii=False, indent=2) + "\n")
