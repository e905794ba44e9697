"""Dashboard browser tests: Debian's Chromium (Playwright) against a real `companion serve` subprocess.

Fixtures:
- ``companion``: one live companion per module (tests/support/live.py) with a fresh data folder and
  COMPANION_ALLOW_PRIVATE_FEEDS=1, so a feed served from loopback can be polled.
- ``feeds``: a local feed server (tests/feedserver.py) serving a small RSS file.
- ``page``: a fresh browser tab on a laptop-sized window that fails the test if any dialog opens
  (a script payload that ran) or the page logs a CSP violation; ``shoot(page, name)`` saves a
  full-page screenshot to tests/e2e_dashboard/output/.

Without Chromium the tests skip, except under CI=true, where a skip would hide a broken setup.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.feedserver import FeedServer
from tests.support.live import LiveCompanion

CHROMIUM = "/usr/lib/chromium/chromium"
OUTPUT = Path(__file__).parent / "output"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
LAUNCH_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
               "--no-first-run", "--disable-dev-shm-usage"]

def _need_chromium() -> None:
    if not Path(CHROMIUM).exists():
        message = f"Chromium is missing at {CHROMIUM}: apt-get install -y --no-install-recommends chromium"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def companion(tmp_path_factory):
    server = LiveCompanion(data_dir=tmp_path_factory.mktemp("dashboard") / "data")
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def feeds():
    with FeedServer() as server:
        yield server


@pytest.fixture(scope="session")
def browser():
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


class Problems:
    """What must never happen on a page: a dialog (a script that ran) or a blocked inline script."""

    def __init__(self):
        self.dialogs: list[str] = []
        self.console: list[str] = []

    def on_dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def on_console(self, message) -> None:
        if message.type == "error":
            self.console.append(message.text)


@pytest.fixture
def problems():
    return Problems()


@pytest.fixture
def page(browser, companion, problems):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=companion.url,
                                  accept_downloads=True)
    tab = context.new_page()
    tab.on("dialog", problems.on_dialog)
    tab.on("console", problems.on_console)
    tab.set_default_timeout(10_000)
    yield tab
    context.close()
    assert problems.dialogs == [], f"a script payload ran: {problems.dialogs}"
    assert not [m for m in problems.console if "Content Security Policy" in m], problems.console


@pytest.fixture(scope="session")
def shoot():
    OUTPUT.mkdir(parents=True, exist_ok=True)

    def save(tab, name: str) -> Path:
        path = OUTPUT / f"{name}.png"
        tab.screenshot(path=str(path), full_page=True)
        return path

    return save
