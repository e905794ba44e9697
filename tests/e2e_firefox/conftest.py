"""Browser tests in real Firefox: Debian's firefox-esr with the extension as a temporary add-on.

How Firefox is driven: its built-in Marionette server (``--marionette``, port 0, read back from the
profile's MarionetteActivePort), the protocol geckodriver itself speaks, through Mozilla's Python
client ``marionette-driver`` (PyPI). No geckodriver and no download: the browser is stock.

- ``Addon:Install`` with ``temporary: true`` loads ``extension/`` as ``about:debugging`` would.
- ``-remote-allow-system-access`` lets the session switch to the browser's own UI ("chrome"
  context), so the toolbar button is pressed with two real clicks: the Extensions button, then the
  add-on's entry in its panel. That grants ``activeTab`` and opens the real popup.
- The real popup is a ``<browser>`` in a panel, which Marionette cannot switch into; ``RealPopup``
  reads and clicks it through a frame script loaded into that browser. ``Extension.popup_for(page)``
  presses the button on ``page`` and then opens ``popup.html?tab=<id>`` in a tab, the same popup aimed
  at that tab (as tests/e2e does for Chromium), so forms can be filled with real keystrokes.
- Pages at real addresses (https://www.linkedin.com/in/..., https://news.prairieledger.example/...)
  come from ``fakeweb.FakeWeb``, set as Firefox's proxy; its self-signed certificate is accepted by
  the session (``acceptInsecureCerts``). The companion on 127.0.0.1 is never proxied.

Fixtures: ``companion`` (per module, ``python -m companion serve`` on a free port with a fresh data
folder), ``web`` and ``firefox`` (per session), ``ext`` (per test: fresh storage, tabs closed after).
Without Firefox (or marionette-driver) the tests skip, except under CI=true, where they fail.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
import warnings
from pathlib import Path

import pytest

from tests.support.companion_process import Companion, serve

from .fakeweb import FakeWeb

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
FIXTURES = ROOT / "tests" / "fixtures" / "pages"
OUTPUT = Path(__file__).parent / "output"
FIREFOX = "/usr/lib/firefox-esr/firefox-esr"
ADDON_ID = "followup-companion@example.org"  # manifest browser_specific_settings.gecko.id
WIDGET = "followup-companion_example_org-browser-action"  # Firefox's id for the add-on's toolbar button
IN_CI = os.environ.get("CI", "").lower() == "true"
TIMEOUT = 10  # seconds any wait for the page may take


def pytest_collection_modifyitems(items):
    """Every test here drives a real browser (``-m "not browser"`` leaves them out)."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


def missing(message: str):
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


def wait_for(condition, message: str, timeout: float = TIMEOUT):
    """Poll ``condition()`` until it returns something truthy; fail with ``message`` (called if callable)."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            value = condition()
            if value:
                return value
        except Exception as error:  # the page may be between two renders
            last_error = error
        if time.monotonic() > deadline:
            text = message() if callable(message) else message
            pytest.fail(f"{text}" + (f" (last error: {last_error})" if last_error else ""))
        time.sleep(0.1)


# --- the companion (the same subprocess as tests/e2e starts: tests/support/companion_process.py) -------


@pytest.fixture(scope="module")
def companion(tmp_path_factory) -> Companion:
    yield from serve(tmp_path_factory)


# --- Firefox -------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def web(tmp_path_factory):
    """The local server behind every non-local address Firefox opens (see fakeweb.py)."""
    if not shutil.which("openssl"):
        missing("openssl is needed for the test server's certificate (apt-get install openssl)")
    server = FakeWeb(tmp_path_factory.mktemp("fakeweb"))
    yield server
    server.close()


def profile_prefs(proxy_port: int) -> dict:
    return {
        "marionette.port": 0,  # any free port; Firefox writes it to <profile>/MarionetteActivePort
        # Every http(s) request but those to 127.0.0.1/localhost (never proxied) goes to the test server.
        "network.proxy.type": 1,
        "network.proxy.http": "127.0.0.1",
        "network.proxy.http_port": proxy_port,
        "network.proxy.ssl": "127.0.0.1",
        "network.proxy.ssl_port": proxy_port,
        "network.proxy.no_proxies_on": "",
        "browser.shell.checkDefaultBrowser": False,
        "browser.startup.homepage_override.mstone": "ignore",
        "browser.aboutwelcome.enabled": False,
        "datareporting.policy.dataSubmissionEnabled": False,
        "toolkit.telemetry.reportingpolicy.firstRun": False,
        "app.update.auto": False,
        "extensions.update.enabled": False,
        "browser.safebrowsing.malware.enabled": False,
        "browser.safebrowsing.phishing.enabled": False,
        "network.captive-portal-service.enabled": False,
        "network.connectivity-service.enabled": False,
        "browser.newtabpage.enabled": False,
        "browser.tabs.warnOnClose": False,
    }


class Firefox:
    """A running Firefox with the extension installed, and the Marionette session that drives it."""

    def __init__(self, marionette, process: subprocess.Popen, addon_id: str, hostname: str, log: Path):
        self.m, self.process, self.addon_id, self.log = marionette, process, addon_id, log
        self.origin = f"moz-extension://{hostname}"
        self.home = marionette.current_window_handle  # the first tab, kept open between tests


@pytest.fixture(scope="session")
def firefox(tmp_path_factory, web):
    if not Path(FIREFOX).exists():
        missing(f"Firefox is not installed at {FIREFOX} (apt-get install firefox-esr)")
    try:
        with warnings.catch_warnings():  # mozinfo and mozrunner warn about deprecated stdlib at import
            warnings.simplefilter("ignore", DeprecationWarning)
            from marionette_driver.addons import Addons
            from marionette_driver.marionette import Marionette
    except ImportError:
        missing("marionette-driver is not installed (pip install -e '.[test]')")

    OUTPUT.mkdir(exist_ok=True)
    profile = tmp_path_factory.mktemp("firefox-profile")
    (profile / "user.js").write_text(
        "".join(f"user_pref({json.dumps(k)}, {json.dumps(v)});\n" for k, v in profile_prefs(web.port).items())
    )
    log = profile.parent / "firefox.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [
                FIREFOX,
                "--headless",
                "--marionette",
                "-remote-allow-system-access",
                "--no-remote",
                "--profile",
                str(profile),
                "about:blank",
            ],
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its content processes go with it (see stop_firefox)
            env={**os.environ, "MOZ_CRASHREPORTER_DISABLE": "1"},
        )
    try:
        port_file = profile / "MarionetteActivePort"
        deadline = time.monotonic() + 60
        while not (port_file.exists() and port_file.read_text().strip()):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"Firefox did not start Marionette:\n{log.read_text(errors='replace')[-3000:]}")
            time.sleep(0.1)
        marionette = Marionette(host="127.0.0.1", port=int(port_file.read_text()))
        marionette.start_session({"acceptInsecureCerts": True})
        marionette.timeout.script = 15  # seconds; a page that never answers fails the test soon
        marionette.timeout.page_load = 30
        marionette.set_window_rect(width=420, height=900)
        addon_id = Addons(marionette).install(str(EXTENSION), temp=True)
        assert addon_id == ADDON_ID
        with marionette.using_context("chrome"):
            hostname = marionette.execute_script(
                "return WebExtensionPolicy.getByID(arguments[0]).mozExtensionHostname", script_args=[addon_id]
            )
        yield Firefox(marionette, process, addon_id, hostname, log)
        try:
            marionette.delete_session()
        except Exception:
            pass
    finally:
        stop_firefox(process)


def stop_firefox(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


# --- pages and the extension ---------------------------------------------------------------------------


def xpath_string(text: str) -> str:
    """``text`` as an XPath 1.0 string literal."""
    if "'" not in text:
        return f"'{text}'"
    return "concat(" + ', "\'", '.join(f"'{part}'" for part in text.split("'")) + ")"


class Page:
    """One tab, driven through Marionette (which acts on one tab at a time: each call switches to it)."""

    def __init__(self, firefox: Firefox, handle: str):
        self.firefox, self.m, self.handle = firefox, firefox.m, handle

    def focus(self) -> Page:
        if self.m.current_window_handle != self.handle:
            self.m.switch_to_window(self.handle)
        return self

    @property
    def url(self) -> str:
        return self.focus().m.get_url()

    def goto(self, url: str) -> Page:
        self.focus().m.navigate(url)
        return self

    def find(self, css: str):
        from marionette_driver.by import By

        return self.focus().m.find_element(By.CSS_SELECTOR, css)

    def find_all(self, css: str) -> list:
        from marionette_driver.by import By

        return self.focus().m.find_elements(By.CSS_SELECTOR, css)

    def text(self, css: str = "body") -> str:
        return self.find(css).text

    def field(self, label: str):
        """The form control labelled ``label`` (exactly, as people read it)."""
        from marionette_driver.by import By

        element = self.focus().m.find_element(By.XPATH, f"//label[normalize-space(.)={xpath_string(label)}]")
        return self.m.find_element(By.ID, element.get_attribute("for"))

    def value(self, label: str) -> str:
        return self.field(label).get_property("value")

    def fill(self, label: str, text: str) -> None:
        control = self.field(label)
        control.clear()
        control.send_keys(text)

    def press_enter(self, label: str) -> None:
        """Press Enter in the control labelled ``label`` (a real key press)."""
        from marionette_driver.keys import Keys

        self.field(label).send_keys(Keys.ENTER)

    def button(self, name: str, within: str | None = None):
        from marionette_driver.by import By

        root = self.find(within) if within else self.focus().m
        return root.find_element(By.XPATH, f".//button[normalize-space(.)={xpath_string(name)}]")

    def click(self, name: str, within: str | None = None) -> None:
        """Click the button called ``name`` (inside the element ``within`` when given)."""
        wait_for(lambda: self.button(name, within), f"no button {name!r} on {self.url}").click()

    def expect_text(self, css: str, expected: str, exact: bool = False) -> str:
        """Wait until the element ``css`` shows ``expected`` (contains it, or is it when ``exact``)."""

        def shown():
            text = " ".join(self.text(css).split())
            return text if (text == expected if exact else expected in text) else None

        return wait_for(
            shown, lambda: f"{css!r} on {self.url} never showed {expected!r}: {self._safe_text(css)!r}"
        )

    def expect_visible(self, css: str) -> None:
        wait_for(lambda: self.find(css).is_displayed(), f"{css!r} never showed on {self.url}")

    def expect_value(self, label: str, expected: str) -> None:
        wait_for(
            lambda: self.value(label) == expected,
            lambda: f"{label!r} never had the value {expected!r} (it has {self._safe(self.value, label)!r})",
        )

    def _safe_text(self, css: str) -> str:
        return self._safe(self.text, css)

    @staticmethod
    def _safe(read, *args) -> str:
        try:
            return read(*args)
        except Exception as error:
            return f"<{type(error).__name__}>"

    def evaluate(self, expression: str, *args):
        """The value of ``expression`` (awaited when it is a promise) in the page's own scope, where
        ``args`` holds the arguments; an extension page has the ``browser.*`` APIs there."""
        script = """
        const [args, done] = [[...arguments].slice(0, -1), arguments[arguments.length - 1]];
        Promise.resolve().then(() => (EXPRESSION)).then(
          (value) => done({ ok: true, value: value === undefined ? null : value }),
          (error) => done({ ok: false, error: String(error) }));
        """.replace("EXPRESSION", expression)
        answer = self.focus().m.execute_async_script(script, script_args=list(args), sandbox=None)
        if not answer["ok"]:
            raise AssertionError(f"in {self.handle}: {expression}: {answer['error']}")
        return answer["value"]

    def screenshot(self, name: str) -> None:
        """Save tests/e2e_firefox/output/<name>.png for a person to look at (not compared)."""
        OUTPUT.mkdir(exist_ok=True)
        (OUTPUT / f"{name}.png").write_bytes(self.focus().m.screenshot(format="binary", full=True))


# A frame script loaded into the real popup's <browser>: runs a function body on its document and sends
# back the result. Frame scripts run in the popup's own process with the browser's privileges; the body
# is part of the script's source (not eval'd: the extension's CSP forbids eval there too).
FRAME_SCRIPT = """
(function () {
  const reply = (answer) => sendAsyncMessage(NAME, answer);
  try {
    const run = function (args) {
BODY
    };
    Promise.resolve(run.call(content, ARGS))
      .then((value) => reply({ ok: true, value: JSON.parse(JSON.stringify(value ?? null)) }),
            (error) => reply({ ok: false, error: String(error) }));
  } catch (error) {
    reply({ ok: false, error: String(error) });
  }
})();
"""


class RealPopup:
    """The popup the toolbar button opened: read its text and click its buttons (by their names)."""

    def __init__(self, firefox: Firefox):
        self.firefox, self.m = firefox, firefox.m
        self.calls = 0

    def evaluate(self, body: str, *args):
        """Run ``body`` (a function body; ``args`` is an array, ``this`` the popup's window) in the popup."""
        self.calls += 1
        name = f"followup-test:{self.calls}"
        script = (
            FRAME_SCRIPT.replace("NAME", json.dumps(name))
            .replace("ARGS", json.dumps(args))
            .replace("BODY", body)  # last: the body may contain the other two words
        )
        with self.m.using_context("chrome"):
            answer = self.m.execute_async_script(
                """
                const [name, script, done] = arguments;
                const browser = document.querySelector("browser.webextension-popup-browser");
                if (!browser) return done({ ok: false, error: "the popup is not open" });
                const manager = browser.messageManager;
                manager.addMessageListener(name, function listener(message) {
                  manager.removeMessageListener(name, listener);
                  done(message.data);
                });
                manager.loadFrameScript("data:application/javascript," + encodeURIComponent(script), false);
                """,
                script_args=[name, script],
                script_timeout=TIMEOUT * 1000,
            )
        if not answer["ok"]:
            raise AssertionError(f"in the real popup: {answer['error']}")
        return answer["value"]

    @property
    def url(self) -> str:
        return self.evaluate("return this.location.href;")

    def text(self, css: str = "body") -> str:
        return self.evaluate(
            "const node = this.document.querySelector(args[0]); return node?.innerText;", css
        )

    def expect_text(self, css: str, expected: str) -> str:
        return wait_for(
            lambda: expected in " ".join((self.text(css) or "").split()),
            lambda: f"the real popup's {css!r} never showed {expected!r}: {self.text(css)!r}",
        )

    def click(self, name: str, within: str = "body") -> None:
        clicked = wait_for(
            lambda: self.evaluate(
                """
            const root = this.document.querySelector(args[0]);
            const button = root && [...root.querySelectorAll("button")]
              .find((b) => b.textContent.trim() === args[1] && !b.disabled);
            if (!button) return false;
            button.click();
            return true;
            """,
                within,
                name,
            ),
            f"no button {name!r} in the real popup's {within!r}",
        )
        assert clicked


class Extension:
    """The extension under test in Firefox, with the helpers a test needs to use it as a person would."""

    def __init__(self, firefox: Firefox, web: FakeWeb):
        self.firefox, self.m, self.web, self.origin = firefox, firefox.m, web, firefox.origin

    def new_page(self, url: str = "about:blank") -> Page:
        handle = self.m.open(type="tab", focus=True)["handle"]
        self.m.switch_to_window(handle)
        return Page(self.firefox, handle).goto(url)

    def open(self, path: str) -> Page:
        """Open one of the extension's pages (``options/options.html``, ``popup/popup.html?...``) in a tab."""
        return self.new_page(f"{self.origin}/{path}")

    def background(self, expression: str, *args):
        """``Page.evaluate`` in an extension page of a background tab, closed afterwards: the active tab
        stays the active tab."""
        back = self.m.current_window_handle
        handle = self.m.open(type="tab", focus=False)["handle"]
        try:
            self.m.switch_to_window(handle, focus=False)
            self.m.navigate(f"{self.origin}/options/options.html")  # an extension page: it has browser.*
            return Page(self.firefox, handle).evaluate(expression, *args)
        finally:
            self.m.switch_to_window(handle, focus=False)
            self.m.close()
            self.m.switch_to_window(back, focus=False)

    def storage(self) -> dict:
        return self.background("browser.storage.local.get(null)")

    def set_storage(self, values: dict) -> None:
        self.background("browser.storage.local.set(args[0])", values)

    def pair(self, companion: Companion) -> None:
        """Pair directly through storage (the options-page flow has its own test)."""
        self.set_storage({"companionUrl": companion.base, "token": companion.token})

    def tab_id(self, page: Page) -> int:
        """The tabs API's id of ``page``'s tab. Firefox shows a tab's address to the extension only once
        the button was pressed there (activeTab), so the tab is found as the active one, then checked."""
        url = page.url  # focuses the tab: it is the active tab now
        tab = self.background("browser.tabs.query({active: true, currentWindow: true}).then(([t]) => t)")
        assert tab.get("url") in (None, url), (tab, url)
        return tab["id"]

    def press_toolbar_button(self, page: Page) -> None:
        """Click the add-on's button on ``page``'s tab as a person does: the toolbar's Extensions button,
        then the add-on in that panel. This grants activeTab on the tab and opens the real popup."""
        from marionette_driver.by import By

        self.close_popups()
        self.m.switch_to_window(page.handle, focus=True)  # the button acts on the selected tab
        with self.m.using_context("chrome"):
            popups = "browser.webextension-popup-browser"
            wait_for(lambda: not self.m.find_elements(By.CSS_SELECTOR, popups), "an old popup stayed open")
            self.m.find_element(By.ID, "unified-extensions-button").click()
            in_panel = f"#{WIDGET} .unified-extensions-item-action-button"
            entry = wait_for(
                lambda: self.m.find_element(By.CSS_SELECTOR, in_panel),
                "the add-on is not listed in the Extensions panel",
            )
            wait_for(entry.is_displayed, "the Extensions panel did not open")
            entry.click()
            wait_for(
                lambda: self.m.find_elements(By.CSS_SELECTOR, popups), "the button did not open the popup"
            )

    def real_popup(self, page: Page) -> RealPopup:
        """Press the toolbar button on ``page`` and return the real popup it opened."""
        self.press_toolbar_button(page)
        popup = RealPopup(self.firefox)
        wait_for(lambda: popup.url.startswith(f"{self.origin}/popup/popup.html"), "the popup did not load")
        return popup

    def close_popups(self) -> None:
        with self.m.using_context("chrome"):
            self.m.execute_script(
                'for (const panel of document.querySelectorAll("panel")) '
                'if (panel.state === "open" || panel.state === "showing") panel.hidePopup();'
            )

    def popup_for(self, page: Page) -> Page:
        """Open the popup acting on ``page`` in a tab, after pressing the toolbar button there."""
        self.press_toolbar_button(page)
        tab = self.tab_id(page)
        self.close_popups()
        return self.open(f"popup/popup.html?tab={tab}")

    def reset(self) -> None:
        """Close every tab but the first, and any open panel; forget what the test served."""
        self.close_popups()
        for handle in self.m.window_handles:
            if handle != self.firefox.home:
                self.m.switch_to_window(handle, focus=False)
                self.m.close()
        self.m.switch_to_window(self.firefox.home)
        self.m.navigate("about:blank")
        self.web.clear()


@pytest.fixture
def ext(firefox, web):
    extension = Extension(firefox, web)
    extension.reset()
    extension.background("browser.storage.local.clear()")
    yield extension
    extension.reset()


@pytest.fixture
def fixture_html():
    """fixture_html(case) -> the synthetic page tests/fixtures/pages/<case>/index.html."""
    return lambda case: (FIXTURES / case / "index.html").read_text(encoding="utf-8")
