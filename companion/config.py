"""Every setting the companion knows, declared once with its default, bounds and help text.

Two kinds live here:
- start-up options (port, data folder, private feeds) read from the CLI and the environment;
- user settings (follow-up cadence, poller interval, ...) stored in the data folder and changed
  through `PUT /api/settings` or the dashboard.

`docs/settings.md` documents each one; a test keeps the two in step.
"""

import os
import pathlib
from dataclasses import dataclass

import platformdirs

APP_NAME = "followup-companion"
VERSION = "0.1.0"
DEFAULT_PORT = 5757
MAX_BODY_BYTES = 2 * 1024 * 1024
LOOPBACK_HOST = "127.0.0.1"


@dataclass(frozen=True)
class Setting:
    """One user setting: a whole number with bounds and a sentence of help."""

    name: str
    default: int
    minimum: int
    maximum: int
    help: str


SETTINGS = {
    s.name: s
    for s in [
        Setting(
            "thank_you_overdue_days",
            2,
            0,
            60,
            "Days after an interview before a missing thank-you counts as overdue.",
        ),
        Setting(
            "max_follow_ups_per_year",
            3,
            1,
            12,
            "Most follow-ups (update, article, LinkedIn) per contact in any rolling 12 months.",
        ),
        Setting(
            "follow_up_interval_days",
            120,
            7,
            730,
            "Days after the last touch before the next follow-up is due.",
        ),
        Setting(
            "min_follow_up_gap_days", 30, 0, 365, "Fewest days between two follow-ups, whatever else is due."
        ),
        Setting(
            "feed_poll_interval_minutes", 60, 5, 1440, "Minutes between two background polls of your feeds."
        ),
        Setting(
            "suggestion_snooze_days",
            7,
            1,
            90,
            "Days a snoozed suggestion stays hidden from the review queue.",
        ),
        Setting(
            "max_pending_suggestions_per_contact",
            3,
            1,
            20,
            "Most pending suggested shares kept per contact; the best ones win.",
        ),
        Setting(
            "pages_read_per_poll",
            30,
            0,
            200,
            "New feed items whose article page each poll reads in full, the best fits first (0: match "
            "on the feeds' summaries only, and fetch no article pages).",
        ),
        Setting(
            "article_retention_days",
            60,
            7,
            3650,
            "Days an article with no pending suggestion is kept before it is pruned.",
        ),
    ]
}

# Start-up options: name -> (environment variable, help). Documented in docs/settings.md.
ENVIRONMENT = {
    "COMPANION_DATA_DIR": "Folder holding the data files, token and backups (default: the platform's "
    "user data folder).",
    "COMPANION_PORT": f"Port to listen on at 127.0.0.1 (default {DEFAULT_PORT}).",
    "COMPANION_ALLOW_PRIVATE_FEEDS": "Set to 1 to let feeds on loopback or private addresses through "
    "(off by default; tests use it).",
}


def default_settings() -> dict:
    """The user settings as a fresh install has them."""
    return {name: s.default for name, s in SETTINGS.items()}


def default_data_dir() -> pathlib.Path:
    """The data folder: $COMPANION_DATA_DIR, else the platform's user data folder."""
    env = os.environ.get("COMPANION_DATA_DIR")
    if env:
        return pathlib.Path(env).expanduser()
    return pathlib.Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_port() -> int:
    """The port: $COMPANION_PORT when it is a valid port number, else 5757."""
    raw = os.environ.get("COMPANION_PORT", "")
    return int(raw) if raw.isdigit() and 0 < int(raw) < 65536 else DEFAULT_PORT


def allow_private_feeds() -> bool:
    """Whether feeds on loopback/private addresses are allowed (tests turn this on)."""
    return os.environ.get("COMPANION_ALLOW_PRIVATE_FEEDS", "") in ("1", "true", "yes")
