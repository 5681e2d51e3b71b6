"""The web workbench: judges review findings in a browser, regulators read the dashboard, admins
manage accounts and the scoring profile (``integrity serve``).

A Starlette application with server-rendered Jinja2 templates, one per page, and a little
JavaScript; every asset ships in the package. :func:`integrity.web.app.create_app` builds it
from the page modules (each a list of routes); :mod:`integrity.web.settings` holds its setup
(database, secret key), :mod:`integrity.web.auth` who may do what, checked in one place.
"""
