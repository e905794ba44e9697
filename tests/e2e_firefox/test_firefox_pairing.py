"""Firefox: pairing through the options page, as a person does it (typing, Enter)."""


def test_pairing_through_options_page_stores_token_and_popup_shows_companion_data(ext, companion):
    options = ext.open("options/options.html")
    options.expect_text("#status", "Not paired yet.", exact=True)
    options.fill("Companion address", companion.base)
    options.fill("Token", companion.token)
    options.press_enter("Token")  # keyboard only: Enter in the form pairs
    options.expect_text("#status", f"Paired with the companion at {companion.base}")
    options.screenshot("firefox-options-paired")
    assert ext.storage()["token"] == companion.token

    options.click("Test connection")
    options.expect_text("#status", "Connected: the companion is running and accepts this extension.")

    popup = ext.open("popup/popup.html")
    popup.expect_visible('[data-panel="due"]')
    popup.expect_visible('[data-panel="review"]')


def test_wrong_token_is_refused_with_a_sentence_and_not_stored(ext, companion):
    options = ext.open("options/options.html")
    options.expect_text("#status", "Not paired yet.", exact=True)
    options.fill("Companion address", companion.base)
    options.fill("Token", "not-the-token")
    options.click("Pair")
    options.expect_text("#status", "did not accept the token")
    assert "token" not in ext.storage()
