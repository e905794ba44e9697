"""Browser tests: the real extension in Debian's Chromium, talking to a real companion subprocess.

Fixtures:
- ``companion``: per test module, ``python -m companion serve`` on a free port with a fresh data folder; its
  ``api(method, path, body)`` helper calls it with the token, as the extension does.
- ``browser``: per test module, a persistent Chromium context with the unpacked extension (TESTING.md).
- ``ext``: per test, the extension with fresh storage and helpers to pair it and open its pages.
  ``ext.real_popup(page)`` presses the toolbar button on a tab (CDP ``Extensions.triggerAction``,
  which grants ``activeTab`` like a click) and returns the real popup to drive; ``ext.popup_for(page)``
  presses it too, then opens ``popup.html?tab=<id>`` in a tab, the same popup aimed at that tab.

Without Chromium the tests skip, except under CI=true, where a skip would hide a broken setup.
"""

from __future__ import annotations

import os
import time
from functools import partial
from pathlib import Path

import pytest

from tests.support.companion_process import Companion, serve

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
FIXTURES = ROOT / "tests" / "fixtures" / "pages"
OUTPUT = Path(__file__).parent / "output"
CHROMIUM = "/usr/lib/chromium/chromium"


def pytest_collection_modifyitems(items):
    """Every test here drives a real browser (``-m "not browser"`` leaves them out)."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="module")
def companion(tmp_path_factory) -> Companion:
    yield from serve(tmp_path_factory)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """One Chromium with the unpacked extension per test module: (context, extension id, CDP connector).

    Module scope, not session: a sync Playwright left running would break other suites' Playwright
    (tests/e2e_dashboard) that start after this folder.
    """
    if not Path(CHROMIUM).exists():
        message = f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    OUTPUT.mkdir(exist_ok=True)
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=True,
            viewport={"width": 420, "height": 900},
            args=[
                f"--disable-extensions-except={EXTENSION}",
                f"--load-extension={EXTENSION}",
                "--enable-unsafe-extension-debugging",  # lets CDP press the toolbar button
                "--remote-debugging-port=0",  # a second CDP connection sees the real popup (see real_popup)
                "--no-sandbox",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        worker = (
            context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
        )
        extension_id = worker.url.split("/")[2]
        port = (profile / "DevToolsActivePort").read_text().split()[0]
        # The toolbar popup is not a tab, so the launching connection never lists it; a CDP connection
        # made after it opened does (see Extension.real_popup).
        connect = partial(playwright.chromium.connect_over_cdp, f"http://127.0.0.1:{port}")
        yield context, extension_id, connect
        context.close()


class Extension:
    """The extension under test, with the helpers a test needs to use it as a person would."""

    def __init__(self, context, extension_id: str, connect_over_cdp):
        self.context, self.id, self.connect_over_cdp = context, extension_id, connect_over_cdp
        self.observers = []
        self.origin = f"chrome-extension://{extension_id}"

    @property
    def worker(self):
        workers = [w for w in self.context.service_workers if w.url.startswith(self.origin)]
        if workers:
            return workers[-1]  # after a restart the newest one is the running worker
        # A stopped worker starts again on the next event; opening an extension page wakes it.
        page = self.context.new_page()
        page.goto(f"{self.origin}/options/options.html")
        page.close()
        return self.context.wait_for_event("serviceworker", timeout=10_000)

    def storage(self) -> dict:
        return self.worker.evaluate("chrome.storage.local.get(null)")

    def pair(self, companion: Companion) -> None:
        """Pair directly through storage (the options-page flow has its own test)."""
        self.worker.evaluate(
            "s => chrome.storage.local.set(s)", {"companionUrl": companion.base, "token": companion.token}
        )

    def open(self, path: str):
        page = self.context.new_page()
        if path.startswith("popup/"):
            page.set_viewport_size({"width": 380, "height": 800})  # the popup's own width
        page.goto(f"{self.origin}/{path}")
        return page

    def tab_id(self, url: str) -> int:
        return self.worker.evaluate(
            "url => chrome.tabs.query({}).then(tabs => tabs.find(t => t.url === url).id)", url
        )

    def press_toolbar_button(self, page) -> None:
        """Click the extension's toolbar button on ``page``'s tab (grants activeTab, opens the popup)."""
        session = self.context.browser.new_browser_cdp_session()
        targets = session.send("Target.getTargets", {"filter": [{"type": "tab"}]})["targetInfos"]
        tab = next(t for t in targets if t["url"] == page.url)
        session.send("Extensions.triggerAction", {"id": self.id, "targetId": tab["targetId"]})
        session.detach()
        # The real popup opened over the tab (headless shows it to no one, but it runs).
        deadline = time.monotonic() + 5
        while not self.open_popups():
            assert time.monotonic() < deadline, "the toolbar button did not open the popup"
            time.sleep(0.1)

    def real_popup(self, page):
        """Press the toolbar button on ``page`` and return the real popup it opens, to drive it."""
        self.press_toolbar_button(page)
        url = f"{self.origin}/popup/popup.html"
        deadline = time.monotonic() + 10
        while True:
            observer = self.connect_over_cdp()
            self.observers.append(observer)
            popups = [p for c in observer.contexts for p in c.pages if p.url == url]
            if popups:
                return popups[-1]
            assert time.monotonic() < deadline, "the real popup did not show up over CDP"
            time.sleep(0.2)

    def open_popups(self) -> list[str]:
        """Addresses of the extension's real popups that are open now."""
        return self.worker.evaluate(
            "chrome.runtime.getContexts({contextTypes: ['POPUP']}).then(cs => cs.map(c => c.documentUrl))"
        )

    def popup_for(self, page):
        """Open the popup acting on ``page``, after pressing the toolbar button there as a user does."""
        self.press_toolbar_button(page)
        return self.open(f"popup/popup.html?tab={self.tab_id(page.url)}")

    def stop_service_worker(self) -> None:
        """Stop the extension's service worker, as the browser does after ~30 s idle.

        ServiceWorker.stopAllWorkers from a session on one of the extension's own pages reaches the
        extension's worker (from a web page's session it does not). Wait until its target is gone.
        """
        page = self.open("options/options.html")
        session = self.context.new_cdp_session(page)
        session.send("ServiceWorker.enable")
        session.send("ServiceWorker.stopAllWorkers")
        browser_session = self.context.browser.new_browser_cdp_session()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            targets = browser_session.send("Target.getTargets")["targetInfos"]
            if not any(t["type"] == "service_worker" and t["url"].startswith(self.origin) for t in targets):
                break
            time.sleep(0.1)
        else:
            pytest.fail("the extension's service worker did not stop")
        browser_session.detach()
        session.detach()
        page.close()


@pytest.fixture
def ext(browser):
    extension = Extension(*browser)
    extension.worker.evaluate("chrome.storage.local.clear()")
    yield extension
    for observer in extension.observers:
        observer.close()
    for page in list(extension.context.pages):
        if not page.is_closed():
            page.close()


@pytest.fixture
def fixture_html():
    """fixture_html(case) -> the synthetic page tests/fixtures/pages/<case>/index.html."""
    return lambda case: (FIXTURES / case / "index.html").read_text(encoding="utf-8")


@pytest.fixture
def screenshot():
    """screenshot(page, name) saves tests/e2e/output/<name>.png for a person to look at (not compared)."""

    def take(page, name: str) -> None:
        OUTPUT.mkdir(exist_ok=True)
        page.screenshot(path=str(OUTPUT / f"{name}.png"), full_page=True)

    return take
