"""Every dashboard page at a laptop width (1280 px) and a narrow window (420 px), in real Chromium, on a
companion with data in every state (issue 14.3, 14.4, 15.5, 15.6):

- the footer starts where the page's content starts (header, content and footer share one column),
  and nothing is wider than a narrow window;
- a poll where a feed failed is told in the warning style, with its counts said in good English;
- Suggestions by status, one block per article, and each action keeps the user on their tab;
- long industry labels on Insights are shown whole; the favicon is served; a LinkedIn note has no
  subject and no email button.

Screenshots of every page at both widths go to tests/e2e_dashboard/output/ (ignored by git).
"""

import re

import pytest
from playwright.sync_api import expect

from tests.feedserver import FeedServer
from tests.support.live import LiveCompanion

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WIDTHS = (1280, 420)
LONG_INDUSTRIES = ("Electric Power Transmission, Control, and Distribution",
                   "Transportation, Logistics, Supply Chain and Storage",
                   "Appliances, Electrical, and Electronics Manufacturing")
UNTITLED_FEED = "/feeds/an-untitled-feed-with-a-rather-long-address/that-is-missing/rss.xml"
ARTICLE_HTML = ("<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
                "<p>{text}</p><p>{text}</p></article></body></html>")
ITEMS = [
    ("pump", "FDA clears new pediatric insulin pump for children with diabetes",
     "A medical device maker won clearance for a pediatric insulin pump, a milestone for medtech companies "
     "building devices for children.", "Medical Devices"),
    ("nurses", "Hospital network hires nurses for a new clinic",
     "Patients wait less for care as the hospital adds nurses and beds.", "Hospitals and Health Care"),
    ("grid", "Utility builds a new high-voltage transmission line",
     "The electric power grid gets a transmission line to carry wind power to cities.", "Utilities"),
]


def rss(feeds: FeedServer) -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>{feeds.url(f'/news/{slug}.html')}</link>"
        f"<description>{text}</description><category>{topic}</category>"
        f"<pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate></item>"
        for slug, title, text, topic in ITEMS)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Health Wire</title>'
            f"<link>{feeds.url('/')}</link><description>News</description>{items}</channel></rss>").encode()


@pytest.fixture(scope="module")
def feeds():
    with FeedServer() as server:
        for slug, title, text, _ in ITEMS:
            server.add(f"/news/{slug}.html", ARTICLE_HTML.format(title=title, text=text).encode(),
                       content_type="text/html; charset=utf-8")
        server.add("/wire.xml", rss(server))
        yield server


@pytest.fixture(scope="module")
def shop(tmp_path_factory, feeds):
    """A companion with contacts in long-named industries, a feed that works and an untitled one that
    is missing, polled once, and a suggestion in each status."""
    with LiveCompanion(data_dir=tmp_path_factory.mktemp("layout") / "data") as server:
        people = [
            {"name": "Ada Park", "company": "Northwind Devices", "industry": "Medical Devices",
             "email": "ada.park@example.com", "linkedin_url": "https://www.linkedin.com/in/ada-park",
             "interview_date": "2026-11-24", "mailing_address": "12 Elm Street\nSpringfield, IL 62701",
             "notes": "Talked about pediatric devices."},
            {"name": "Dev Patel", "company": "Contoso Medical", "industry": "Medical Devices",
             "email": "dev@example.com"},
            {"name": "Bo Chen", "company": "Fabrikam Health", "industry": "Hospitals and Health Care"},
            {"name": "Maximiliana Wolfeschlegelsteinhausen-Bergerdorff", "company": "Transcontinental "
             "Interconnection Transmission Operators Incorporated", "industry": LONG_INDUSTRIES[0],
             "email": "maximiliana.wolfeschlegelsteinhausen-bergerdorff@"
                      "transcontinental-transmission.example"},
            {"name": "Lee Moss", "industry": LONG_INDUSTRIES[1]},
            {"name": "Ria Gold", "industry": LONG_INDUSTRIES[2]},
        ]
        ids = {}
        for person in people:
            answer = server.api("POST", "/api/contacts", person)
            assert answer.status_code == 201, answer.text
            ids[person["name"]] = answer.json()["contact"]["id"]
        assert server.api("POST", f"/api/contacts/{ids['Ada Park']}/interactions",
                          {"kind": "interview", "date": "2026-11-24"}).status_code == 201
        for url, title in ((feeds.url("/wire.xml"), "Health Wire"), (feeds.url(UNTITLED_FEED), "")):
            answer = server.api("POST", "/api/feeds", {"url": url, "title": title})
            assert answer.status_code == 201, answer.text
        polled = server.api("POST", "/api/feeds/poll", timeout=120).json()
        assert polled["new_suggestions"] >= 3, polled
        pending = server.api("GET", "/api/suggestions", params={"status": "pending"}).json()["suggestions"]
        pump = [s for s in pending if "insulin pump" in s["article"]["title"]]
        assert {s["contact"]["name"] for s in pump} >= {"Ada Park", "Dev Patel"}, pending
        others = [s for s in pending if s not in pump]
        assert len(others) >= 2, pending
        for suggestion, status in ((others[0], "snoozed"), (others[1], "dismissed")):
            assert server.api("PATCH", f"/api/suggestions/{suggestion['id']}",
                              {"status": status}).status_code == 200
        server.ids = ids
        yield server


def pages(shop) -> dict[str, str]:
    ada = shop.ids["Ada Park"]
    return {"today": "/", "contacts": "/contacts", "add-contact": "/contacts/new",
            "contact": f"/contacts/{ada}",
            "contact-linkedin": f"/contacts/{ada}?kind=linkedin&channel=linkedin",
            "edit-contact": f"/contacts/{ada}/edit", "print-card": f"/contacts/{ada}/print",
            "delete-confirm": f"/contacts/{ada}/delete", "suggestions": "/suggestions",
            "suggestions-snoozed": "/suggestions?status=snoozed",
            "suggestions-sent": "/suggestions?status=sent",
            "suggestions-dismissed": "/suggestions?status=dismissed", "feeds": "/feeds",
            "import-export": "/transfer", "settings": "/settings", "rotate-confirm": "/settings/token/rotate",
            "insights": "/insights", "labels": "/print/labels", "not-found": "/contacts/no-such-contact"}


# The page's one column: where the header's brand, the content and the footer's text start, in CSS px.
EDGES = """() => {
  const contentLeft = (element) => {
    const box = element.getBoundingClientRect(), style = getComputedStyle(element);
    return box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
  };
  const footer = document.querySelector(".site-footer");
  const words = document.createRange();
  words.selectNodeContents(footer);
  const main = document.querySelector("main");
  const first = [...main.children].find((child) => child.getBoundingClientRect().width > 0);
  return {
    main: contentLeft(main), footer: contentLeft(footer), footerText: words.getClientRects()[0].left,
    firstBlock: first.getBoundingClientRect().left,
    brand: document.querySelector(".brand").getBoundingClientRect().left,
    mainWidth: main.getBoundingClientRect().width, footerWidth: footer.getBoundingClientRect().width,
  };
}"""

# Elements that reach past the window's right edge, unless a scrolling box (a wide table) holds them.
STICKING_OUT = """() => {
  const scrolls = (el) => { for (let p = el.parentElement; p; p = p.parentElement) {
    if (["auto", "scroll", "hidden"].includes(getComputedStyle(p).overflowX)) return true; } return false; };
  return [...document.body.querySelectorAll("*")]
    .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !scrolls(el))
    .slice(0, 8)
    .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute("class")} `
                 + `(${Math.round(el.getBoundingClientRect().right)})`);
}"""


@pytest.fixture
def tab(browser, shop, problems):
    """A tab on the seeded companion that also fails the test on any response over 400 (e.g. a
    favicon that is not there), but for the page that is asked for as missing on purpose."""
    context = browser.new_context(viewport={"width": WIDTHS[0], "height": 900}, base_url=shop.url)
    page = context.new_page()
    page.on("dialog", problems.on_dialog)
    page.on("console", problems.on_console)
    failed = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}")
            if r.status >= 400 and not r.url.endswith("/no-such-contact") else None)
    page.set_default_timeout(10_000)
    yield page
    context.close()
    assert failed == []
    assert not [m for m in problems.console if "Content Security Policy" in m], problems.console


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_keeps_one_column_and_fits_the_window(tab, shop, shoot, width):
    tab.set_viewport_size({"width": width, "height": 900})
    for name, path in pages(shop).items():
        response = tab.goto(path)
        assert response.status == (404 if name == "not-found" else 200), path
        edges = tab.evaluate(EDGES)
        shoot(tab, f"layout-{width}-{name}")
        where = f"{path} at {width} px: {edges}"
        assert abs(edges["footer"] - edges["main"]) <= 0.5, where
        assert abs(edges["footerText"] - edges["main"]) <= 0.5, where
        assert abs(edges["firstBlock"] - edges["main"]) <= 0.5, where
        assert abs(edges["brand"] - edges["main"]) <= 0.5, where
        assert abs(edges["footerWidth"] - edges["mainWidth"]) <= 0.5, where
        if width < 760:
            assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (
                f"{path} is wider than {width} px: {tab.evaluate(STICKING_OUT)}")
            assert tab.evaluate(STICKING_OUT) == [], path


def test_the_footer_is_aligned_on_a_wide_screen_too(tab, shop):
    tab.set_viewport_size({"width": 1920, "height": 1000})
    tab.goto("/contacts")
    edges = tab.evaluate(EDGES)
    assert edges["main"] == edges["footerText"] == edges["brand"] == (1920 - 1120) / 2 + 24, edges


@pytest.mark.parametrize("width", WIDTHS)
def test_long_industry_labels_on_insights_are_shown_whole(tab, shoot, width):
    tab.set_viewport_size({"width": width, "height": 900})
    tab.goto("/insights")
    chart = tab.get_by_role("list", name="Contacts by industry")
    for name in LONG_INDUSTRIES:
        label = chart.locator(".hbar-label", has_text=name)
        expect(label).to_have_text(f"{name}:")  # the colon is for screen readers only
        expect(label).to_be_visible()
    fits = tab.evaluate("""() => [...document.querySelectorAll('.hbar-label')].map((label) => {
      const box = label.getBoundingClientRect(), card = label.closest('.card').getBoundingClientRect();
      return {text: label.textContent, inside: box.left >= card.left && box.right <= card.right,
              whole: label.scrollWidth <= label.clientWidth + 1};
    })""")
    assert fits and all(f["inside"] and f["whole"] for f in fits), fits
    shoot(tab, f"insights-labels-{width}")


def test_the_favicon_is_linked_and_served(tab, shop):
    tab.goto("/")
    href = tab.locator('link[rel="icon"]').get_attribute("href")
    for path in (href, "/favicon.ico"):
        answer = tab.request.get(shop.url + path)
        assert answer.status == 200 and answer.headers["content-type"] == "image/png", path


def test_a_feed_without_a_title_is_listed_by_its_address_once(tab, feeds):
    tab.goto("/feeds")
    row = tab.locator("table tbody tr", has_text=UNTITLED_FEED)
    expect(row).to_have_count(1)
    assert row.locator("th").inner_text().count(feeds.url(UNTITLED_FEED)) == 1


def test_a_poll_where_a_feed_failed_is_a_warning_with_counts_in_good_english(tab, shoot):
    tab.goto("/feeds")
    tab.get_by_role("button", name="Poll now").click()
    notice = tab.get_by_role("status").filter(has_text="Polled 2 feeds")
    expect(notice).to_be_visible(timeout=60_000)
    expect(notice).to_contain_text("0 new articles, 0 new suggestions. 1 feed had problems")
    expect(notice).to_have_class(re.compile(r"\bnotice-warn\b"))
    assert notice.evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(255, 246, 224)"  # --warn-bg
    row = tab.locator("table tbody tr", has_text=UNTITLED_FEED)
    expect(row.locator(".badge-error")).to_have_text("Problem")
    shoot(tab, "poll-warning")


def counts(tab) -> dict[str, int]:
    nav = tab.get_by_role("navigation", name="Suggestions by status")
    return {re.sub(r"\s*\d+$", "", text.strip()): int(text.split()[-1])
            for text in nav.locator("a").all_inner_texts()}


def test_suggestions_by_status_grouped_by_article_and_actions_stay_on_the_tab(tab, shop, shoot):
    tab.goto("/suggestions")
    nav = tab.get_by_role("navigation", name="Suggestions by status")
    expect(nav.get_by_role("link", name=re.compile(r"^To review"))).to_have_attribute("aria-current", "page")
    before = counts(tab)
    assert before["Snoozed"] == 1 and before["Dismissed"] == 1 and before["Sent"] == 0, before
    pump = tab.locator("li.article-group", has_text="pediatric insulin pump")
    expect(pump).to_have_count(1)
    expect(pump.locator("li.suggested", has_text="Ada Park")).to_have_count(1)
    expect(pump.locator("li.suggested", has_text="Dev Patel")).to_have_count(1)
    shoot(tab, "suggestions-grouped")

    pump.locator("li.suggested", has_text="Dev Patel").get_by_role("button", name="Later").click()
    expect(tab.get_by_role("status").filter(has_text="Snoozed; it will come back later.")).to_be_visible()
    expect(tab).to_have_url(re.compile(r"/suggestions\?notice="))  # still on To review
    after = counts(tab)
    assert after["To review"] == before["To review"] - 1 and after["Snoozed"] == 2, after

    pump = tab.locator("li.article-group", has_text="pediatric insulin pump")
    pump.locator("li.suggested", has_text="Ada Park").get_by_role("button", name="Mark as sent").click()
    expect(tab.get_by_role("status").filter(has_text="Marked as sent")).to_be_visible()
    expect(tab).to_have_url(re.compile(r"/suggestions\?notice="))
    assert counts(tab)["Sent"] == 1

    nav.get_by_role("link", name=re.compile(r"^Snoozed")).click()
    expect(tab).to_have_url(re.compile(r"/suggestions\?status=snoozed$"))
    dev = tab.locator("li.suggested", has_text="Dev Patel")
    expect(dev).to_contain_text("Comes back on")
    shoot(tab, "suggestions-snoozed-tab")
    dev.get_by_role("button", name="Back to review").click()
    expect(tab.get_by_role("status").filter(has_text="Back in the list to review.")).to_be_visible()
    expect(tab).to_have_url(re.compile(r"/suggestions\?status=snoozed&notice="))  # still on Snoozed
    expect(nav.get_by_role("link", name=re.compile(r"^Snoozed"))).to_have_attribute("aria-current", "page")
    expect(tab.locator("li.suggested", has_text="Dev Patel")).to_have_count(0)
    assert counts(tab)["Snoozed"] == 1

    nav.get_by_role("link", name=re.compile(r"^Sent")).click()
    expect(tab.locator("li.article-group", has_text="pediatric insulin pump")).to_contain_text("Ada Park")
    expect(tab.locator("li.suggested").get_by_role("button")).to_have_count(0)
    shoot(tab, "suggestions-sent-tab")
    timeline = shop.api("GET", f"/api/contacts/{shop.ids['Ada Park']}/interactions").json()["interactions"]
    assert [i["kind"] for i in timeline].count("article") == 1


def test_an_empty_tab_says_what_would_show_there(tab, shop, shoot):
    dismissed = shop.api("GET", "/api/suggestions", params={"status": "dismissed"}).json()["suggestions"]
    for suggestion in dismissed:
        shop.api("PATCH", f"/api/suggestions/{suggestion['id']}", {"status": "pending"})
    tab.goto("/suggestions?status=dismissed")
    expect(tab.get_by_role("heading", name="Nothing dismissed")).to_be_visible()
    shoot(tab, "suggestions-empty-dismissed")


def test_a_linkedin_connection_note_has_no_subject_and_no_email_button(tab, shop, shoot):
    tab.goto(f"/contacts/{shop.ids['Ada Park']}?kind=linkedin&channel=linkedin")
    draft = tab.locator("details.draft")
    expect(draft.locator("summary")).to_have_text("Connection note")
    expect(draft.locator("textarea")).not_to_contain_text("Subject:")
    expect(draft.get_by_role("link", name="Open in email")).to_have_count(0)
    expect(draft.get_by_role("link", name="Open their LinkedIn profile")).to_be_visible()
    shoot(tab, "linkedin-note")
