"""A session as plain JSON text and back, exactly: how a session read on one Spark worker
travels to the worker that checks it (and how listings given on the command line travel to
the workers), without pickling our objects.

Only what a check reads is kept (ids, date, platform, source, form, segments with their times,
listings with their prices and history); labels and keys the contract does not define stay
behind. Numbers go through JSON unchanged, so the decoded session has the same content hash.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from integrity.read.model import Listing, PricePoint, Segment, Session


def encode(session: Session) -> str:
    return json.dumps({
        "id": session.session_id, "streamer": session.streamer_id, "unit": session.unit_id,
        "date": session.date.isoformat() if session.date else None, "platform": session.platform,
        "source": session.source, "form": session.form,
        "segments": [[s.text, s.start, s.end] for s in session.segments],
        "listings": [listing_values(listing) for listing in session.listings],
    }, ensure_ascii=False, separators=(",", ":"))


def decode(text: str) -> Session:
    data = json.loads(text)
    return Session(
        session_id=data["id"],
        segments=tuple(Segment(index, text, start, end) for index, (text, start, end) in enumerate(data["segments"])),
        listings=tuple(listing_of(values) for values in data["listings"]),
        streamer_id=data["streamer"], unit_id=data["unit"],
        date=dt.date.fromisoformat(data["date"]) if data["date"] else None,
        platform=data["platform"], source=data["source"], form=data["form"],
    )


def listing_values(listing: Listing) -> list[Any]:
    return [listing.listing_id, listing.title, listing.brand, listing.category, listing.price, listing.list_price,
            listing.list_price_basis, listing.stock, [[p.date.isoformat(), p.price] for p in listing.price_history]]


def listing_of(values: list[Any]) -> Listing:
    *fields, history = values
    return Listing(*fields, price_history=tuple(PricePoint(dt.date.fromisoformat(day), price) for day, price in history))
