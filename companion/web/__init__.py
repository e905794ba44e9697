"""The web layer, the only one that knows Flask: the app factory (app), waitress and the
background poller (server), the request guard (guard), the one JSON error shape (errors), the
JSON API under /api/ (api/) and the dashboard pages (dashboard/). Nothing below imports it.

May import: any part of companion.
"""
