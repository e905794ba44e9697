"""The popup's layout with a busy queue: the page's own suggestions first, then "To review" and "Due"
as counts with their first few items and a link to the dashboard for the rest, in a popup that stays
short. Seeded through the companion's API: contacts, and a local feed polled into suggested shares.

The first test runs before anything is seeded (the companion is shared by the module), to see the
empty states; the others seed through the module-scoped ``busy`` fixture, and the one that acts on
items (so changes the counts) comes after those that look.
"""

import re

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from tests.feedserver import FeedServer

ARTICLE_URL = "https://news.prairieledger.example/energy/hybrid-solar-wind-plants"
PROFILE_URL = "https://www.linkedin.com/in/bea-okonkwo-lindqvist/"
SHOWN = 3  # items "To review" and "Due" show (extension/popup/queue-view.js)
MATCHES_SHOWN = 2  # contacts the article panel shows before "Show N more" (extension/popup/article-view.js)
MAX_HEIGHT = 900  # px, at the popup's 380 px width; it was ~3,800 px with 12 suggestions and 4 due

ENERGY_CONTACTS = [
    ("Odalys Brennan-Reyes", "SunVolt Farms", "Solar Farm Engineer", "Solar Electric Power Generation"),
    ("Signe Halvorsen-Abiodun", "Gale Ridge Wind", "Site Manager", "Renewable Energy Power Generation"),
    ("Rasmus Achterberg-Lowe", "Brightfield Solar", "Site Lead", "Solar Electric Power Generation"),
    (
        "Tomasz Eriksen-Mwangi",
        "Northgrid Storage",
        "Battery Storage Analyst",
        "Renewable Energy Power Generation",
    ),
    ("Ulla Fonseca-Adeyemi", "Tailwind Turbines", "Blade Technician", "Wind Electric Power Generation"),
    ("Viktor Nakamura-Obi", "Meridian Photovoltaics", "Project Developer", "Solar Electric Power Generation"),
]
# Interviews a while ago and no thank-you logged: each of them is due. Fields far from energy.
DUE_CONTACTS = [
    ("Fergus Oyelaran", "Quillmark Books", "Copy Editor", "Book Publishing"),
    ("Halvard Mbeki-Strand", "Fjell Timber", "Forester", "Forestry and Logging"),
    ("Imke Castellanos-Ito", "Harbour Street Bakery", "Head Baker", "Food and Beverage Retail"),
    ("Jun Abernathy-Sall", "Castle Lane Theatre", "Stage Manager", "Performing Arts"),
]

ITEMS = [
    ("Hybrid plants pair solar farms with wind turbines behind one grid connection", "hybrid-plants"),
    ("Bifacial photovoltaic modules lift solar farm output in snowy regions", "bifacial-modules"),
    ("Wind farm operators add battery storage to sell power at the evening peak", "wind-batteries"),
    ("Solar cell makers open new production lines for perovskite tandem cells", "perovskite-lines"),
    ("Grid operators approve a faster queue for solar and wind interconnection", "interconnection-queue"),
    ("Offshore wind turbines grow taller as developers chase steadier winds", "offshore-wind"),
    ("Community solar farms sign up farmers to host panels on idle fields", "community-solar"),
    ("Wind turbine blade makers hire technicians as new wind farms break ground", "blade-makers"),
]


def feed_bytes() -> bytes:
    items = "".join(
        f"""<item><title>{title}</title><link>https://wire.example/{slug}</link>
<description>{title}. Renewable energy developers build solar photovoltaic farms, wind turbines
and battery storage next to one grid connection; utilities and power generation companies sign
contracts.</description>
<pubDate>Wed, 25 Nov 2026 0{n}:00:00 GMT</pubDate></item>"""
        for n, (title, slug) in enumerate(ITEMS)
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Prairie Energy Wire</title><link>https://wire.example/</link>
<description>Energy news</description>{items}</channel></rss>""".encode()


@pytest.fixture(scope="module")
def busy(companion):
    """At least 12 pending suggested shares (energy contacts, at most 3 each) and 4 thank-yous due."""
    for name, company, title, industry in ENERGY_CONTACTS:
        fields = {"name": name, "company": company, "title": title, "industry": industry}
        companion.api("POST", "/api/contacts", fields, expect=201)
    for name, company, title, industry in DUE_CONTACTS:
        fields = {"name": name, "company": company, "title": title, "industry": industry}
        companion.api("POST", "/api/contacts", {**fields, "interview_date": "2026-11-02"}, expect=201)
    with FeedServer() as server:
        companion.api("POST", "/api/feeds", {"url": server.add("/energy.xml", body=feed_bytes())}, expect=201)
        polled = companion.api("POST", "/api/feeds/poll", expect=200)
    assert polled["errors"] == [], polled
    pending = companion.api("GET", "/api/suggestions", expect=200)["suggestions"]
    due = companion.api("GET", "/api/followups", expect=200)
    assert len(pending) >= 12, "\n".join(
        f"{s['score']} {s['contact']['name']}: {s['article']['title']}" for s in pending
    )
    assert len(due["thank_you_due"]) == 4 and due["follow_up_due"] == [], due
    return companion


def queues(companion) -> tuple[list[dict], list[dict]]:
    """What the popup should show, as the companion says it now: pending suggestions, then who is due."""
    pending = companion.api("GET", "/api/suggestions", expect=200)["suggestions"]
    due = companion.api("GET", "/api/followups", expect=200)
    return pending, due["thank_you_due"] + due["follow_up_due"]


def open_page(ext, fixture_html, url, case):
    html = fixture_html(case)
    ext.context.route(url, lambda route: route.fulfill(status=200, body=html, content_type="text/html"))
    page = ext.context.new_page()
    page.goto(url)
    return page


def panel_order(popup) -> list[str]:
    """The popup's sections top to bottom, by their place on screen."""
    return popup.evaluate(
        """() => [...document.querySelectorAll("main [data-panel]")]
            .map((node) => [node.dataset.panel, node.getBoundingClientRect().top])
            .sort((a, b) => a[1] - b[1])
            .map(([panel]) => panel)"""
    )


def height(popup) -> int:
    return popup.evaluate("document.documentElement.scrollHeight")


def test_empty_popup_says_what_fills_each_section_and_links_nowhere_it_needs_not(
    ext, companion, fixture_html, screenshot
):
    ext.pair(companion)
    assert queues(companion) == ([], []), "this test runs before the module seeds the companion"
    popup = ext.popup_for(open_page(ext, fixture_html, ARTICLE_URL, "article-news"))
    expect(popup.locator('[data-panel="article"] [data-empty="matches"]')).to_be_visible()
    review, due = popup.locator('[data-panel="review"]'), popup.locator('[data-panel="due"]')
    expect(review).to_contain_text("No suggested shares to review.")
    expect(review.get_by_role("link", name="feeds in the dashboard")).to_have_attribute(
        "href", f"{companion.base}/feeds"
    )
    expect(due).to_contain_text("Nobody is due for a thank-you or a follow-up.")
    assert popup.get_by_role("link", name="See all").count() == 0
    assert panel_order(popup) == ["article", "review", "due"]
    expect(popup.get_by_role("link", name="Dashboard", exact=True)).to_have_attribute(
        "href", f"{companion.base}/"
    )
    screenshot(popup, "popup-layout-empty")


def test_busy_popup_shows_the_article_first_then_counts_and_first_items(ext, busy, fixture_html, screenshot):
    companion = busy
    ext.pair(companion)
    pending, due_items = queues(companion)
    popup = ext.popup_for(open_page(ext, fixture_html, ARTICLE_URL, "article-news"))
    article = popup.locator('[data-panel="article"]')
    review, due = popup.locator('[data-panel="review"]'), popup.locator('[data-panel="due"]')

    # The page's own suggestions come first: the energy contacts this article fits, the best two shown.
    expect(article.locator("[data-contact-id]").first).to_be_visible()
    expect(review.locator("[data-suggestion-id]")).to_have_count(SHOWN)
    expect(due.locator("[data-contact-id]")).to_have_count(SHOWN)
    assert panel_order(popup) == ["article", "review", "due"]
    assert article.locator("[data-contact-id]").count() == MATCHES_SHOWN
    more = article.get_by_role("button", name=re.compile(r"^Show \d+ more contacts?$"))
    expect(more).to_be_visible()
    rest = int(more.inner_text().split()[1])

    # Counts, and the first few items in the companion's order (best first; thank-yous first).
    expect(review.get_by_role("heading", level=2)).to_have_text(f"To review {len(pending)} suggested shares")
    expect(due.get_by_role("heading", level=2)).to_have_text(f"Due {len(due_items)} thank-yous")
    shown_ids = review.locator("[data-suggestion-id]").evaluate_all(
        "items => items.map((item) => item.dataset.suggestionId)"
    )
    assert shown_ids == [s["id"] for s in pending[:SHOWN]]
    shown_contacts = due.locator("[data-contact-id]").evaluate_all(
        "items => items.map((item) => item.dataset.contactId)"
    )
    assert shown_contacts == [d["contact"]["id"] for d in due_items[:SHOWN]]
    first = review.locator(f'[data-suggestion-id="{pending[0]["id"]}"]')
    expect(first.locator(".article-title")).to_have_text(pending[0]["article"]["title"])
    expect(first).to_contain_text(pending[0]["contact"]["name"])

    # Short enough to take in: the whole popup at its own width, with 12+ suggestions and 4 people due.
    assert popup.evaluate("document.documentElement.clientWidth") == 380
    assert height(popup) < MAX_HEIGHT, height(popup)
    assert popup.evaluate("document.documentElement.scrollWidth") <= 380
    screenshot(popup, "popup-layout-busy")
    popup.set_viewport_size({"width": 360, "height": 800})  # the narrowest popup people see
    assert popup.evaluate("document.documentElement.scrollWidth") <= 360
    assert popup.evaluate("(h1 => h1.scrollWidth <= h1.clientWidth)(document.querySelector('h1'))")
    assert height(popup) < MAX_HEIGHT + 60, height(popup)
    screenshot(popup, "popup-layout-busy-360px")

    # The rest of the article's contacts are one click away, in the popup itself.
    more.click()
    expect(article.locator("[data-contact-id]")).to_have_count(MATCHES_SHOWN + rest)
    expect(more).to_have_count(0)


def test_see_all_links_open_the_dashboard_lists(ext, busy, fixture_html):
    companion = busy
    ext.pair(companion)
    pending, due_items = queues(companion)
    popup = ext.popup_for(open_page(ext, fixture_html, ARTICLE_URL, "article-news"))
    for panel, path, count, listed in (
        ("review", "/suggestions", len(pending), pending[SHOWN]["article"]["title"]),
        ("due", "/", len(due_items), due_items[SHOWN]["contact"]["name"]),
    ):
        link = popup.locator(f'[data-panel="{panel}"]').get_by_role(
            "link", name=f"See all {count} in the dashboard"
        )
        expect(link).to_have_attribute("href", f"{companion.base}{path}")
        with ext.context.expect_page() as opened:
            link.click()
        dashboard = opened.value
        dashboard.wait_for_load_state()
        assert dashboard.url == f"{companion.base}{path}"
        # The dashboard page lists what the popup left out (the item after the first few).
        expect(dashboard.locator("main")).to_contain_text(listed)
        dashboard.close()


def test_opened_item_acts_and_the_counts_follow_the_companion(ext, busy, fixture_html):
    companion = busy
    ext.pair(companion)
    pending, due_items = queues(companion)
    popup = ext.popup_for(open_page(ext, fixture_html, ARTICLE_URL, "article-news"))
    review, due = popup.locator('[data-panel="review"]'), popup.locator('[data-panel="due"]')
    first = review.locator(f'[data-suggestion-id="{pending[0]["id"]}"]')
    mark = first.get_by_role("button", name="Mark as sent")
    expect(mark).to_be_hidden()  # an item shows its summary line; its actions open on a click
    first.locator("summary .small").click()  # "for <name>": the title itself links to the article
    expect(first.locator(".reasons li").first).to_be_visible()
    mark.click()

    # Reloaded from the companion: one fewer to review, and the next one moved up into view.
    expect(review.get_by_role("status")).to_have_text(f"Logged: sent to {pending[0]['contact']['name']}.")
    now_pending, _ = queues(companion)
    assert pending[0]["id"] not in [s["id"] for s in now_pending]
    expect(review.get_by_role("heading", level=2)).to_contain_text(f"{len(now_pending)} suggested shares")
    expect(review.get_by_role("link", name=f"See all {len(now_pending)} in the dashboard")).to_be_visible()
    expect(first).to_have_count(0)
    expect(review.locator(f'[data-suggestion-id="{now_pending[SHOWN - 1]["id"]}"]')).to_be_visible()

    person = due.locator(f'[data-contact-id="{due_items[0]["contact"]["id"]}"]')
    person.locator("summary").click()
    person.get_by_role("button", name="Log as sent").click()
    expect(due.get_by_role("status")).to_have_text(
        f"Logged: thank-you for {due_items[0]['contact']['name']}."
    )
    expect(due.get_by_role("heading", level=2)).to_have_text(f"Due {len(due_items) - 1} thank-yous")
    expect(due.locator("[data-contact-id]")).to_have_count(SHOWN)  # 3 still due: all shown, no link
    expect(due.get_by_role("link", name="See all")).to_have_count(0)


def test_profile_capture_comes_first_on_a_linkedin_profile(ext, busy, fixture_html, screenshot):
    companion = busy
    ext.pair(companion)
    popup = ext.popup_for(open_page(ext, fixture_html, PROFILE_URL, "linkedin-signedin-2024"))
    expect(popup.get_by_label("Name", exact=True)).to_have_value("Beatriz Okonkwo-Lindqvist")
    expect(popup.locator('[data-panel="review"] [data-suggestion-id]')).to_have_count(SHOWN)
    assert panel_order(popup) == ["profile", "review", "due"]
    screenshot(popup, "popup-layout-profile")


def test_real_toolbar_popup_has_the_same_layout(ext, busy, fixture_html, screenshot):
    companion = busy
    ext.pair(companion)
    pending, _ = queues(companion)
    popup = ext.real_popup(open_page(ext, fixture_html, ARTICLE_URL, "article-news"))
    expect(popup.locator('[data-panel="review"] [data-suggestion-id]')).to_have_count(SHOWN)
    expect(popup.locator('[data-panel="article"] [data-contact-id]').first).to_be_visible()
    assert panel_order(popup) == ["article", "review", "due"]
    screenshot(popup, "popup-layout-real-toolbar")
    link = popup.get_by_role("link", name=f"See all {len(pending)} in the dashboard")
    with ext.context.expect_page() as opened:
        try:
            link.click()
        except PlaywrightError as error:  # the popup closes as the new tab takes the focus, as for a person
            assert "closed" in str(error), error
    opened.value.wait_for_load_state()
    assert opened.value.url == f"{companion.base}/suggestions"
