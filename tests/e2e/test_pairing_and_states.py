"""Pairing through the options page, and the popup's offline and unpaired states."""

from playwright.sync_api import expect


def test_pairing_through_options_page_stores_token_and_popup_shows_companion_data(ext, companion, screenshot):
    options = ext.open("options/options.html")
    expect(options.locator("#status")).to_have_text("Not paired yet.")
    options.get_by_label("Companion address").fill(companion.base)
    options.get_by_label("Token").fill(companion.token)
    options.get_by_label("Token").press("Enter")  # keyboard only: Enter in the form pairs
    expect(options.locator("#status")).to_contain_text(f"Paired with the companion at {companion.base}")
    screenshot(options, "options-paired")
    assert ext.storage()["token"] == companion.token

    options.get_by_role("button", name="Test connection").click()
    expect(options.locator("#status")).to_contain_text("Connected")

    popup = ext.open("popup/popup.html")
    expect(popup.locator('[data-panel="due"]')).to_be_visible()
    expect(popup.locator('[data-panel="review"]')).to_be_visible()


def test_wrong_token_is_refused_with_a_sentence_and_not_stored(ext, companion):
    options = ext.open("options/options.html")
    options.get_by_label("Companion address").fill(companion.base)
    options.get_by_label("Token").fill("not-the-token")
    options.get_by_role("button", name="Pair", exact=True).click()
    expect(options.locator("#status")).to_contain_text("did not accept the token")
    assert "token" not in ext.storage()


def test_unpair_deletes_the_token_and_popup_asks_to_pair(ext, companion, screenshot):
    ext.pair(companion)
    options = ext.open("options/options.html")
    options.get_by_role("button", name="Unpair").click()
    expect(options.locator("#status")).to_contain_text("Unpaired")
    assert "token" not in ext.storage()
    options.close()  # the button below opens a new options tab only when none is open

    popup = ext.open("popup/popup.html")
    expect(popup.locator('[data-state="unpaired"]')).to_contain_text("Pair the extension with the companion")
    screenshot(popup, "popup-unpaired")
    with ext.context.expect_page() as opened:
        popup.get_by_role("button", name="Open Options to pair").click()
    expect(opened.value).to_have_url(f"{ext.origin}/options/options.html")


def test_popup_says_how_to_start_the_companion_when_it_is_not_running(ext, companion, screenshot):
    ext.worker.evaluate(
        "s => chrome.storage.local.set(s)", {"companionUrl": "http://127.0.0.1:9", "token": companion.token}
    )
    popup = ext.open("popup/popup.html")
    offline = popup.locator('[data-state="offline"]')
    expect(offline).to_contain_text("The companion is not running")
    expect(offline).to_contain_text("scripts/run")
    screenshot(popup, "popup-offline")

    options = ext.open("options/options.html")
    options.get_by_role("button", name="Test connection").click()
    expect(options.locator("#status")).to_contain_text("not running")


def test_popup_says_when_the_companion_refuses_the_stored_token(ext, companion):
    ext.worker.evaluate(
        "s => chrome.storage.local.set(s)", {"companionUrl": companion.base, "token": "rotated"}
    )
    popup = ext.open("popup/popup.html")
    expect(popup.locator('[data-state="unpaired"]')).to_contain_text("did not accept the token")
