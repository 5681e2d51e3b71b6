"""Words the pages (and ``integrity rules``) show that come from data (categories, severities,
kinds, roles, statuses, decisions, the default profile's veto names), marked here so that Babel
extracts them into the catalogues; templates translate them with ``_(value)``. Rule docs are not
here: each rule has its own Chinese text (``integrity.detect.rules``).
"""
from __future__ import annotations

from integrity.i18n import N_


WORDS = (
    N_("price"), N_("counterfeit"), N_("wording"), N_("complaints"),
    N_("high"), N_("medium"), N_("low"),
    N_("streamer"), N_("unit"),
    N_("judge"), N_("regulator"), N_("admin"),
    N_("confirmed"), N_("dismissed"),
    N_("verified"), N_("mediated"), N_("rejected"), N_("pending"),
    N_("false_advertising"), N_("quality"), N_("after_sales"), N_("other"),
    N_("day"), N_("week"), N_("month"), N_("all dates"),
    N_("verified counterfeit complaint"), N_("confirmed high-severity counterfeit finding"),
    N_("repeated confirmed price fraud"),
    N_("stable"), N_("preview"),
)
