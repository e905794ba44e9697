"""The dashboard's review loop and its rough edges (issues 14.3, 15.5, 15.6) through the Flask test
client: Suggestions by status and by article, the poll notice, one plural helper for every count,
LinkedIn notes without a subject, the favicon, a feed shown once, long industry labels."""

import datetime as dt
import pathlib
import re
from urllib.parse import urlsplit

import pytest

from companion.contacts import interactions, records
from companion.web.dashboard import charts, polling
from companion.web.dashboard.common import plural
from tests.test_dashboard import csrf_of

DASHBOARD = pathlib.Path(__file__).parents[1] / "companion" / "web" / "dashboard"
ROOT = pathlib.Path(__file__).parents[1]
TODAY = dt.date.today()

pytest_plugins = ["tests.feedserver"]


@pytest.fixture
def post(client):
    csrf = csrf_of(client.get("/").get_data(as_text=True))

    def send(path, data=None, **kw):
        headers = {"Origin": "http://127.0.0.1:5757", **kw.pop("headers", {})}
        return client.post(path, data={"csrf_token": csrf, **(data or {})}, headers=headers, **kw)

    return send


def page_of(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.get_data(as_text=True)


def text_of(html: str) -> str:
    """The page's words, tags dropped and white space folded, as a reader sees them."""
    words = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()
    return re.sub(r" ([.,:;])", r"\1", words)


# One plural helper -----------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "kwargs", "said"), [
    ((0, "feed"), {}, "0 feeds"),
    ((1, "feed"), {}, "1 feed"),
    ((2, "feed"), {}, "2 feeds"),
    ((1, "entry", "entries"), {}, "1 entry"),
    ((3, "entry", "entries"), {}, "3 entries"),
    ((1, "person", "people"), {}, "1 person"),
    ((12, "person", "people"), {}, "12 people"),
    ((1234, "contact"), {}, "1,234 contacts"),
    (([{"a": 1}], "thank-you"), {}, "1 thank-you"),
    (([], "thank-you"), {}, "0 thank-yous"),
    ((1, "field"), {"number": False}, "field"),
    ((2, "field"), {"number": False}, "fields"),
    (("3", "row"), {}, "3 rows"),
    ((None, "row"), {}, "0 rows"),
])
def test_plural_says_a_count_with_the_right_form_of_its_noun(args, kwargs, said):
    assert plural(*args, **kwargs) == said


def test_templates_and_messages_say_counts_only_through_the_plural_helper():
    """No hand-made plural ('s' if n != 1) is left in a dashboard template or page module."""
    hand_made = re.compile(r"""["']s["']\s+if\b|\belse\s+["']s["']|!=\s*1\s+else|\|length\s*!=\s*1""")
    files = [*DASHBOARD.glob("templates/*.html"), *DASHBOARD.glob("*.py"), *DASHBOARD.glob("static/*.js")]
    found = [f"{path.name}: {line.strip()}" for path in files
             for line in path.read_text().splitlines() if hand_made.search(line)]
    assert found == []


# The poll notice --------------------------------------------------------------------------------


def test_a_poll_is_described_with_plurals_and_warns_when_a_feed_failed():
    ok = {"feeds": 1, "new_articles": 1, "new_suggestions": 0, "errors": []}
    assert polling.describe(ok) == "Polled 1 feed: 1 new article, 0 new suggestions."
    assert polling.notice_kind(ok) == "ok"
    bad = {"feeds": 3, "new_articles": 12, "new_suggestions": 1,
           "errors": [{"feed_id": "f", "url": "http://x", "error": "HTTP 404"}]}
    assert polling.describe(bad) == ("Polled 3 feeds: 12 new articles, 1 new suggestion. "
                                     "1 feed had problems; see the list below.")
    assert polling.notice_kind(bad) == "warn"


@pytest.fixture
def two_feeds(feed_server, post):
    """A feed that answers and one that is missing (404) on a local feed server."""
    from tests.test_dashboard import RSS

    post("/feeds", {"url": feed_server.add("/good.xml", RSS)})
    post("/feeds", {"url": feed_server.url("/missing.xml"), "title": "Gone Weekly"})
    return feed_server


def notice_on(html: str) -> tuple[str, str]:
    found = re.search(r'<div class="notice notice-(\w+)" role="status">\s*<span>([^<]*)</span>', html)
    assert found, "no notice on the page"
    return found.group(1), found.group(2)


def test_a_poll_where_a_feed_failed_shows_a_warning_not_a_success(client, post, two_feeds):
    response = post("/feeds/poll")
    assert response.status_code == 303
    kind, text = notice_on(page_of(client, response.headers["Location"]))
    assert kind == "warn"
    assert text.startswith("Polled 2 feeds: 1 new article, ") and "1 feed had problems" in text


def test_the_background_poll_says_the_same_with_the_warning_style(client, post, two_feeds):
    import time

    started = post("/feeds/poll", headers={"Accept": "application/json"}).get_json()
    deadline = time.monotonic() + 20
    while (state := client.get(started["status_url"]).get_json())["running"]:
        assert time.monotonic() < deadline, state
        time.sleep(0.1)
    assert state["kind"] == "warn" and "1 feed had problems" in state["message"]
    assert notice_on(page_of(client, state["next"]))[0] == "warn"


# Counts said across the dashboard ---------------------------------------------------------------


@pytest.fixture
def ada(store):
    contact = records.create_contact(store, {"name": "Ada Park", "company": "Northwind Devices",
                                             "email": "ada.park@example.com", "industry": "Medical Devices",
                                             "interview_date": (TODAY - dt.timedelta(days=3)).isoformat(),
                                             "linkedin_url": "https://www.linkedin.com/in/ada-park"})
    interactions.log_interaction(store, contact["id"],
                                 {"kind": "interview", "date": contact["interview_date"]})
    return contact


def test_one_thank_you_due_and_one_entry_are_said_in_the_singular(client, ada):
    assert "1 thank-you and 0 follow-ups due." in text_of(page_of(client, "/"))
    confirm = text_of(page_of(client, f"/contacts/{ada['id']}/delete"))
    assert "This deletes Ada Park and the 1 entry of their timeline." in confirm
    assert "Showing 1 contact." in text_of(page_of(client, "/contacts"))


def test_a_contact_with_an_empty_timeline_is_deleted_without_counting_entries(client, store):
    bare = records.create_contact(store, {"name": "Bo Chen"})
    assert "This deletes Bo Chen and nothing else: their timeline is empty." in text_of(
        page_of(client, f"/contacts/{bare['id']}/delete"))


def test_the_import_preview_and_summary_say_one_contact_and_one_interaction(client, post):
    import io

    sheet = b"Full name,Company,Date of interview\nCara Diaz,Fabrikam,2026-11-20\n"
    preview = post("/transfer/preview", {"sheet": (io.BytesIO(sheet), "sheet.csv")},
                   content_type="multipart/form-data").get_data(as_text=True)
    assert re.search(r">Import 1 contact</button>", preview)
    assert "skip 0 rows." in text_of(preview)
    from companion.web.dashboard.transfer import describe_summary

    assert describe_summary({"create": 1, "update": 0, "interactions": 1}) == (
        "1 added, 0 updated, 1 interaction logged")


# Suggestions: tabs by status, grouped by article ----------------------------------------------


@pytest.fixture
def queue(store, ada):
    """One article for two people, another for one; one of each other status."""
    bo = records.create_contact(store, {"name": "Bo Chen", "company": "Contoso Health",
                                        "industry": "Hospitals and Health Care"})
    cy = records.create_contact(store, {"name": "Cy Ortiz", "industry": "Biotechnology Research"})
    pump, trial, old, older, later = store.articles.insert_many([
        {"url": "https://news.example/pump", "title": "FDA clears a pediatric insulin pump",
         "summary": "A device maker won clearance.", "site_name": "Medtech Weekly"},
        {"url": "https://news.example/trial", "title": "Hospital trial of remote monitoring"},
        {"url": "https://news.example/old", "title": "An article already sent"},
        {"url": "https://news.example/older", "title": "An article not worth sending"},
        {"url": "https://news.example/later", "title": "An article for later"},
    ])
    soon = (TODAY + dt.timedelta(days=5)).isoformat()
    rows = [(pump, ada, "pending", 0.9, None), (pump, bo, "pending", 0.6, None),
            (trial, bo, "pending", 0.7, None), (old, cy, "sent", 0.5, None),
            (older, cy, "dismissed", 0.4, None), (later, cy, "snoozed", 0.8, soon),
            (trial, cy, "snoozed", 0.3, (TODAY - dt.timedelta(days=1)).isoformat())]  # snooze over
    made = store.suggestions.insert_many([
        {"article_id": a["id"], "contact_id": c["id"], "status": status, "score": score,
         "snoozed_until": until, "reasons": [f"Fits {c['name']}"], "topics": []}
        for a, c, status, score, until in rows])
    return {"ids": [s["id"] for s in made], "ada": ada, "bo": bo, "cy": cy}


def tab_counts(html: str) -> dict[str, int]:
    tab = r'aria-label="([A-Za-z ]+): [\d,]+ suggestions?">[^<]*<span class="tab-count">(\d+)</span>'
    return {label: int(n) for label, n in re.findall(tab, html)}


def groups_of(html: str) -> list[tuple[str, list[str]]]:
    """[(article title, [names of the contacts it is suggested for])] in page order."""
    out = []
    for block in html.split('<li class="item article-group"')[1:]:
        title = re.search(r'<h3 class="item-name"[^>]*>(?:<a [^>]*>)?([^<]*)', block).group(1)
        out.append((title, re.findall(r'<p class="suggested-who">For <a [^>]*>([^<]*)</a>', block)))
    return out


def test_suggestions_open_on_the_pending_tab_with_a_count_for_every_status(client, queue):
    html = page_of(client, "/suggestions")
    assert tab_counts(html) == {"To review": 4, "Snoozed": 1, "Sent": 1, "Dismissed": 1}
    assert re.search(r'<a href="/suggestions" aria-current="page"', html)
    # One block per article, best first, each listing everyone it was suggested for.
    assert groups_of(html) == [("FDA clears a pediatric insulin pump", ["Ada Park", "Bo Chen"]),
                               ("Hospital trial of remote monitoring", ["Bo Chen", "Cy Ortiz"])]
    assert "4 suggestions for 2 articles." in text_of(html)
    assert html.count('value="sent">Mark as sent') == 4


@pytest.mark.parametrize(("status", "title", "buttons"), [
    ("snoozed", "An article for later", ["Mark as sent", "Back to review", "Dismiss"]),
    ("sent", "An article already sent", []),
    ("dismissed", "An article not worth sending", ["Back to review"]),
])
def test_each_tab_lists_its_own_suggestions_with_the_actions_that_fit(client, queue, status, title, buttons):
    html = page_of(client, f"/suggestions?status={status}")
    assert re.search(rf'<a href="/suggestions\?status={status}" aria-current="page"', html)
    assert groups_of(html) == [(title, ["Cy Ortiz"])]
    assert re.findall(r'<button type="submit" name="status" value="\w+"[^>]*>([^<]+)<', html) == buttons
    if status == "snoozed":
        assert f"Comes back on {(TODAY + dt.timedelta(days=5)).isoformat()}." in html


def test_an_unknown_status_shows_the_pending_tab(client, queue):
    html = page_of(client, "/suggestions?status=archived")
    assert re.search(r'<a href="/suggestions" aria-current="page"', html)


@pytest.mark.parametrize(("tab", "status", "moved_to"), [
    ("", "snoozed", "Snoozed"), ("", "dismissed", "Dismissed"), ("", "sent", "Sent"),
    ("snoozed", "pending", "To review"), ("dismissed", "pending", "To review"), ("snoozed", "sent", "Sent"),
])
def test_an_action_keeps_the_user_on_the_tab_it_was_taken_from(client, post, store, queue, tab, status,
                                                                moved_to):
    path = f"/suggestions?status={tab}" if tab else "/suggestions"
    before = tab_counts(page_of(client, path))
    html = page_of(client, path)
    form = re.search(r'<form method="post" action="(/suggestions/\w+)" class="actions">.*?'
                     r'name="next" value="([^"]+)"', html, re.S)
    assert form.group(2) == path
    response = post(form.group(1), {"status": status, "next": form.group(2)})
    assert response.status_code == 303
    target = urlsplit(response.headers["Location"])
    assert target.path == "/suggestions"
    assert target.query.startswith(f"status={tab}&notice=" if tab else "notice=")
    after_page = page_of(client, response.headers["Location"])
    assert notice_on(after_page)[0] == "ok"
    after = tab_counts(after_page)
    assert after[moved_to] == before[moved_to] + 1
    assert sum(after.values()) == sum(before.values())


def test_mark_as_sent_from_the_pending_tab_logs_it_and_comes_back_to_pending(client, post, store, queue):
    suggestion = store.suggestions.get(queue["ids"][0])
    response = post(f"/suggestions/{suggestion['id']}", {"status": "sent", "next": "/suggestions"})
    html = page_of(client, response.headers["Location"])
    assert "Marked as sent and logged on their timeline." in html
    logged = interactions.list_interactions(store, queue["ada"]["id"])
    assert [i["kind"] for i in logged].count("article") == 1
    assert ("FDA clears a pediatric insulin pump", ["Bo Chen"]) in groups_of(html)


def test_a_foreign_next_address_after_an_action_falls_back_to_the_suggestions(post, queue):
    response = post(f"/suggestions/{queue['ids'][0]}", {"status": "snoozed", "next": "//evil.example/x"})
    assert urlsplit(response.headers["Location"]).path == "/suggestions"


@pytest.mark.parametrize(("status", "says"), [
    ("", "Nothing to review"), ("snoozed", "Nothing snoozed"), ("sent", "Nothing sent yet"),
    ("dismissed", "Nothing dismissed"),
])
def test_every_empty_tab_says_what_would_show_there(client, status, says):
    html = page_of(client, f"/suggestions?status={status}" if status else "/suggestions")
    assert f"<h3>{says}</h3>" in html
    assert tab_counts(html) == {"To review": 0, "Snoozed": 0, "Sent": 0, "Dismissed": 0}


def test_an_empty_pending_tab_points_to_the_snoozed_ones(client, store, queue):
    from companion.sharing.suggestions import list_suggestions

    for waiting in list_suggestions(store, "pending"):  # a snooze that is over is waiting too
        store.suggestions.update(waiting["id"], {"status": "dismissed"})
    store.feeds.insert({"url": "https://news.example/feed.xml", "title": "News"})
    text = text_of(page_of(client, "/suggestions"))
    assert "Nothing to review" in text
    assert "1 snoozed suggestion will come back by itself: see when." in text


# LinkedIn notes, favicon, feeds, Insights ------------------------------------------------------


def draft_of(html: str) -> str:
    return re.search(r'<details class="draft"[^>]*>(.*?)</details>', html, re.S).group(1)


def test_a_linkedin_connection_note_has_no_subject_and_no_email_button(client, ada):
    box = draft_of(page_of(client, f"/contacts/{ada['id']}?kind=linkedin&channel=linkedin"))
    assert "<summary>Connection note</summary>" in box
    assert "Subject:" not in box and "Open in email" not in box and "mailto:" not in box
    assert 'href="https://www.linkedin.com/in/ada-park/"' in box and "Open their LinkedIn profile" in box
    email = draft_of(page_of(client, f"/contacts/{ada['id']}?kind=update&channel=email"))
    assert "Subject:" in email and "Open in email" in email  # an email keeps both


def test_a_linkedin_follow_up_on_today_is_a_note_too(client, store):
    kai = records.create_contact(store, {"name": "Kai Lund", "email": "kai@example.com"})
    interactions.log_interaction(store, kai["id"], {"kind": "thank_you",
                                                    "date": (TODAY - dt.timedelta(days=200)).isoformat()})
    html = page_of(client, "/")
    assert 'class="pill">Connect on LinkedIn' in html  # not connected yet: the rules say connect first
    box = draft_of(html[html.index("Kai Lund"):])
    assert "<summary>Connection note</summary>" in box
    assert "Subject:" not in box and "Open in email" not in box


@pytest.mark.parametrize("path", ["/", "/contacts", "/suggestions", "/feeds", "/insights", "/settings"])
def test_every_page_links_a_favicon_that_is_served(client, path):
    html = page_of(client, path)
    href = re.search(r'<link rel="icon" type="image/png" sizes="32x32" href="([^"]+)">', html).group(1)
    icon = client.get(href)
    assert icon.status_code == 200 and icon.mimetype == "image/png"
    assert icon.data == (ROOT / "extension" / "icons" / "icon-32.png").read_bytes()


def test_favicon_ico_is_answered_too(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response.mimetype == "image/png"
    assert response.data.startswith(b"\x89PNG")


def test_a_feed_without_a_title_shows_its_url_once(client, store):
    store.feeds.insert({"url": "https://untitled.example/rss.xml", "title": "", "last_polled": None})
    store.feeds.insert({"url": "https://named.example/rss.xml", "title": "Named News", "last_polled": None})
    table = page_of(client, "/feeds").split("<tbody>")[1].split("</tbody>")[0]
    assert table.count("https://untitled.example/rss.xml") == 2  # once shown, once in "Remove …"'s label
    assert text_of(table).count("https://untitled.example/rss.xml") == 1
    assert "Named News" in table and text_of(table).count("https://named.example/rss.xml") == 1


LONG = "Electric Power Transmission, Control, and Distribution"


def test_insights_show_long_industry_labels_whole(client, store):
    for name in ("Ann", "Ben"):
        records.create_contact(store, {"name": name, "industry": LONG})
    records.create_contact(store, {"name": "Cat",
                                   "industry": "Transportation, Logistics, Supply Chain and Storage"})
    html = page_of(client, "/insights")
    assert f'<span class="hbar-label">{LONG}<' in html
    assert "Transportation, Logistics, Supply Chain and Storage<" in html and "…" not in html


def test_bar_shares_scale_to_the_largest_and_show_a_sliver_for_small_counts():
    rows = charts.bar_shares([{"label": "a", "value": 200}, {"label": "b", "value": 1},
                              {"label": "c", "value": 0}, {"label": "d", "value": 50}])
    assert [r["share"] for r in rows] == [100.0, 1.0, 0, 25.0]
    assert charts.bar_shares([{"label": "a", "value": 0}])[0]["share"] == 0
