"""An article page -> the contacts it fits -> Mark as sent / Not relevant, through the real popup."""

from playwright.sync_api import expect

ARTICLE_URL = "https://news.prairieledger.example/energy/hybrid-solar-wind-plants"


def open_article(ext, fixture_html, case="article-news", url=ARTICLE_URL):
    html = fixture_html(case)
    ext.context.route(url, lambda route: route.fulfill(status=200, body=html, content_type="text/html"))
    page = ext.context.new_page()
    page.goto(url)
    return page


def seed(companion, **fields) -> dict:
    return companion.api("POST", "/api/contacts", fields, expect=201)["contact"]


def test_article_suggests_fitting_contact_and_mark_as_sent_logs_it(ext, companion, fixture_html, screenshot):
    ext.pair(companion)
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
    page = open_article(ext, fixture_html)

    popup = ext.popup_for(page)
    panel = popup.locator('[data-panel="article"]')
    expect(panel).to_contain_text("Send this article to…")
    expect(panel).to_contain_text("Solar farms and wind power now share one grid connection")
    card = panel.locator(f'[data-contact-id="{solar["id"]}"]')
    expect(card).to_contain_text("Odalys Brennan-Reyes")
    expect(panel).not_to_contain_text("Fergus Oyelaran")
    expect(card.locator(".reasons li").first).to_be_visible()
    mail = card.get_by_role("link", name="Email")
    assert mail.get_attribute("href").startswith("mailto:")
    screenshot(popup, "popup-article")

    card.get_by_role("button", name="Mark as sent").click()
    expect(card).to_contain_text("Logged as sent today.")
    logged = companion.api("GET", f"/api/contacts/{solar['id']}/interactions", expect=200)["interactions"]
    assert [(i["kind"], i["channel"], i["url"]) for i in logged] == [("article", "email", ARTICLE_URL)]


def test_not_relevant_removes_the_contact_from_the_list(ext, companion, fixture_html):
    ext.pair(companion)
    wind = seed(
        companion,
        name="Signe Halvorsen-Abiodun",
        company="Gale Ridge Wind",
        title="Site Manager",
        industry="Renewable Energy Power Generation",
    )
    page = open_article(ext, fixture_html)
    popup = ext.popup_for(page)
    card = popup.locator(f'[data-contact-id="{wind["id"]}"]')
    card.get_by_role("button", name="Not relevant").click()
    expect(card).to_contain_text("Noted: not relevant for Signe Halvorsen-Abiodun.")


def test_article_nobody_fits_says_so_plainly(ext, companion, fixture_html):
    ext.pair(companion)
    seed(
        companion, name="Halvard Mbeki-Strand", company="Fjell Timber", title="Forester", industry="Forestry"
    )
    page = open_article(
        ext,
        fixture_html,
        case="article-blog",
        url="https://bench-notes.example/2026/11/neonatal-monitor.html",
    )
    popup = ext.popup_for(page)
    expect(popup.locator('[data-empty="matches"]')).to_have_text("Nobody in your contacts fits this article.")


def test_page_that_is_not_an_article_says_so_and_can_still_be_matched(ext, companion, fixture_html):
    ext.pair(companion)
    page = open_article(ext, fixture_html, case="article-no-article", url="https://gearbox-outlet.example/")
    popup = ext.popup_for(page)
    expect(popup.locator('[data-empty="not-article"]')).to_have_text(
        "This page does not look like an article."
    )
    popup.get_by_role("button", name="Find contacts anyway").click()
    expect(
        popup.locator('[data-panel="article"] [data-empty], [data-panel="article"] [data-contact-id]').first
    ).to_be_visible()


def test_real_toolbar_popup_acts_on_the_active_tab(ext, companion, fixture_html, screenshot):
    """The popup people open from the toolbar (no ?tab=) reads the active tab and shows its matches."""
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
    card = popup.locator(f'[data-panel="article"] [data-contact-id="{solar["id"]}"]')
    expect(card).to_contain_text("Rasmus Achterberg-Lowe")
    screenshot(popup, "popup-real-toolbar")
    card.get_by_role("button", name="Mark as sent").click()
    expect(card).to_contain_text("Logged as sent today.")
    logged = companion.api("GET", f"/api/contacts/{solar['id']}/interactions", expect=200)["interactions"]
    assert [i["url"] for i in logged] == [ARTICLE_URL]
