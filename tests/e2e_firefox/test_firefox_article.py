"""Firefox: an article page -> the popup shows the contact the companion suggests first -> Mark as sent."""

ARTICLE_URL = "https://news.prairieledger.example/energy/hybrid-solar-wind-plants"


def open_article(ext, fixture_html, case="article-news", url=ARTICLE_URL):
    ext.web.serve(url, fixture_html(case))
    page = ext.new_page(url)
    assert "Solar farms and wind power" in page.text("h1"), ext.web.requests
    return page


def seed(companion, **fields) -> dict:
    return companion.api("POST", "/api/contacts", fields, expect=201)["contact"]


def seed_energy_and_books(companion) -> dict:
    solar = seed(
        companion,
        name="Odalys Brennan-Reyes",
        email="odalys@sunvolt.example",
        company="SunVolt Cells",
        title="Process Engineer",
        industry="Renewable Energy Semiconductor Manufacturing",
    )
    seed(
        companion,
        name="Fergus Oyelaran",
        company="Quillmark Books",
        title="Copy Editor",
        industry="Book Publishing",
    )
    return solar


def test_article_popup_shows_the_first_suggestion_and_mark_as_sent_logs_it(ext, companion, fixture_html):
    ext.pair(companion)
    solar = seed_energy_and_books(companion)
    page = open_article(ext, fixture_html)

    popup = ext.popup_for(page)  # toolbar button pressed on the article tab, popup opened in a tab
    panel = '[data-panel="article"]'
    popup.expect_text(panel, "Send this article to…")
    popup.expect_text(panel, "Solar farms and wind power now share one grid connection")
    popup.expect_text(f"{panel} [data-contact-id]", "Odalys Brennan-Reyes")  # the first card
    first = popup.find(f"{panel} [data-contact-id]")
    assert first.get_attribute("data-contact-id") == solar["id"]
    assert "Fergus Oyelaran" not in popup.text(panel)
    assert popup.find_all(f'{panel} [data-contact-id="{solar["id"]}"] .reasons li')
    mail = popup.find(f'[data-contact-id="{solar["id"]}"] a.btn')
    assert mail.text == "Email" and mail.get_attribute("href").startswith("mailto:")
    popup.screenshot("firefox-popup-article")

    card = f'[data-contact-id="{solar["id"]}"]'
    popup.click("Mark as sent", within=card)
    popup.expect_text(card, "Logged as sent today.")
    logged = companion.api("GET", f"/api/contacts/{solar['id']}/interactions", expect=200)["interactions"]
    assert [(i["kind"], i["channel"], i["url"]) for i in logged] == [("article", "email", ARTICLE_URL)]


def test_real_toolbar_popup_acts_on_the_active_tab(ext, companion, fixture_html):
    """The popup the toolbar button opens (no ?tab=) reads the active tab and shows its matches."""
    ext.pair(companion)
    solar = seed(
        companion,
        name="Rasmus Achterberg-Lowe",
        company="Brightfield Solar",
        title="Site Lead",
        industry="Renewable Energy Power Generation",
    )
    page = open_article(ext, fixture_html)
    popup = ext.real_popup(page)
    card = f'[data-panel="article"] [data-contact-id="{solar["id"]}"]'
    popup.expect_text(card, "Rasmus Achterberg-Lowe")
    popup.click("Mark as sent", within=card)
    popup.expect_text(card, "Logged as sent today.")
    logged = companion.api("GET", f"/api/contacts/{solar['id']}/interactions", expect=200)["interactions"]
    assert [i["url"] for i in logged] == [ARTICLE_URL]


def test_without_the_toolbar_button_the_page_stays_closed_to_the_extension(ext, companion, fixture_html):
    """Firefox grants the page to the extension only through the button (activeTab): no press, no read."""
    ext.pair(companion)
    page = open_article(ext, fixture_html)
    popup = ext.open(f"popup/popup.html?tab={ext.tab_id(page)}")
    # The tab's address is hidden from the extension too, so the popup asks for the button.
    popup.expect_text("#app", "Open an article or a LinkedIn profile, then click the Follow-Up Companion")
    assert "Send this article to" not in popup.text("#app")
