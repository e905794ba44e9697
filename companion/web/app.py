"""Follow-Up Companion: the local server behind the extension and the dashboard.

`create_app()` is the only way to get an app; `companion serve` (cli.py) runs it with waitress.
"""

import logging
import pathlib

from flask import Flask

from companion import config
from companion.store import tokens
from companion.store.storage import Store
from companion.web import errors, guard


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app over a data folder: storage, guard, API and dashboard."""
    app = Flask(__name__)
    app.config.from_mapping(
        DATA_DIR=str(config.default_data_dir()),
        PORT=config.default_port(),
        ALLOW_PRIVATE_FEEDS=config.allow_private_feeds(),
        MAX_CONTENT_LENGTH=config.MAX_BODY_BYTES,
        BACKUP_EVERY_SECONDS=3600,
        JSON_SORT_KEYS=False,
    )
    if test_config:
        app.config.from_mapping(test_config)
    app.debug = False  # never the debugger, whatever the environment says (SECURITY.md 8)
    app.json.sort_keys = False
    data_dir = pathlib.Path(app.config["DATA_DIR"])
    store = Store(data_dir, backup_every_seconds=app.config["BACKUP_EVERY_SECONDS"])
    for notice in store.notices:
        logging.getLogger("companion").warning("%s", notice)
    app.extensions["companion.store"] = store
    app.extensions["companion.tokens"] = tokens.TokenChecker(data_dir)

    errors.init_app(app)
    guard.init_app(app, app.extensions["companion.tokens"])
    from companion.web import (
        api,
        dashboard,  # imported here: they import this package's modules in turn
    )

    api.init_app(app)
    dashboard.init_app(app)
    return app
