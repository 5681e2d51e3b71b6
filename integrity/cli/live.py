"""``integrity live``: check a session while it is streamed, JSON lines in and out.
"""
from __future__ import annotations

import sys

import click

from integrity.cli.common import Errors, authorisations_option, checker_options, listings_option, parse_date
from integrity.cli.language import Command
from integrity.live.incremental import LiveSession
from integrity.live.protocol import LiveStream, dumps
from integrity.read.model import InputError


@click.command("live", cls=Command)
@click.option("--all", "all_segments", is_flag=True,
              help='Write {"segment": n, "findings": []} for segments without findings too.')
@click.option("--listings", "listings_file", type=click.Path(dir_okay=False),
              help="Listings (.json, .jsonl or .csv) on sale from the start; more may come as lines.")
@click.option("--session-id", default="live", show_default=True, help="The session id the findings carry.")
@click.option("--streamer", "streamer_id", help="The streamer's id.")
@click.option("--unit", "unit_id", help="The unit's id (MCN, shop or company).")
@click.option("--platform", help="The platform (douyin, kuaishou...).")
@click.option("--date", type=str, callback=parse_date,
              help="The session date (YYYY-MM-DD): price checks count back from it.")
@click.option("--authorisations", "authorisations_file", type=click.Path(dir_okay=False),
              help="Brands each unit may sell (.csv or .jsonl with unit, brand).")
@checker_options
def live_command(all_segments, listings_file, session_id, streamer_id, unit_id, platform, date,
                 authorisations_file, settings):
    """Check a session as it is streamed: segments in on standard input, findings out at once.

    Each input line is a JSON segment {"start": 12.3, "end": 15.0, "text": "..."} or a listing
    {"listing": {...}}, at any time. For each segment with findings (each with --all) one line
    {"segment": n, "findings": [...]} is written and flushed as soon as the segment is read;
    a listing's findings come as {"segment": null, "listing": ID, "findings": [...]}. Findings
    that need earlier context (a price said before the link went up, a brand named before) come
    as a check of the whole session finds them; a finding the streamer corrects on the spot is
    written again with "corrected" set. At the end of input the whole session is checked once and
    a last line {"segment": null, "end": true, "findings": [...], "summary": {...}} gives what
    only that found, and the counts. A bad line is reported on stderr with its line number and
    skipped. Exit status: 0 no findings, 1 findings, 2 bad usage or bad lines.

    \b
    Examples:
      integrity live --date 2026-04-12 < fixtures/live/tea.jsonl
      asr-client --room 8812 | integrity live --date 2026-11-20 --listings fixtures/demo/skincare-listings.csv
      integrity live --all --session-id s-0001 --streamer st-17 < fixtures/live/tea.jsonl
    """
    errors = Errors()
    checker = settings.make(authorisations_option(authorisations_file, errors))
    listings = listings_option(listings_file, errors)
    session = LiveSession(checker, session_id, streamer_id=streamer_id, unit_id=unit_id, date=date,
                          platform=platform, listings=listings)
    stream = LiveStream(session, all_segments=all_segments, source="<stdin>")
    out = sys.stdout
    for line in iter(sys.stdin.readline, ""):
        try:
            message = stream.feed(line)
        except InputError as error:
            errors.report(error)
            continue
        if message is not None:
            out.write(dumps(message) + "\n")
            out.flush()
    out.write(dumps(stream.end()) + "\n")
    out.flush()
    if errors.count:
        sys.exit(2)
    sys.exit(1 if session.written else 0)
