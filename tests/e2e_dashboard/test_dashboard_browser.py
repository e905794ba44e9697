"""The dashboard as a user drives it in real Chromium against a real companion.

The tests share one companion and run in file order, as one person's first session would:
empty pages, add a contact, log the thank-you (and correct it), import a sheet, review a suggestion from
a feed, rotate the token; script payloads along the way must render as text and never run. One test
starts companions of its own, on a data folder that a crash left with a corrupt file.
"""

import re

import pytest
import requests
from playwright.sync_api import expect

from tests.support.live import LiveCompanion

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PAGES = {"today": "/", "contacts": "/contacts", "add-contact": "/contacts/new", "suggestions": "/suggestions",
         "feeds": "/feeds", "import-export": "/transfer", "settings": "/settings", "insights": "/insights",
         "labels": "/print/labels"}
PAYLOAD = "<img src=x onerror=alert(1)>"
RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Medtech Weekly</title><link>https://example.com/</link>
<description>News about medical devices</description>
<item><title>FDA clears new pediatric insulin pump for children with diabetes</title>
<link>https://example.com/news/pediatric-pump</link>
<description>A medical device maker won clearance for a pediatric insulin pump, a milestone for medtech
companies building devices for children.</description>
<pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate><category>Medical Devices</category></item>
</channel></rss>"""
CSV = """Full name,Company,Job title,Email address,Date of interview,Thank you sent,Tags,Notes
Bruno Ortega,Lumen Analytics,Data Scientist,bruno@example.org,2026-10-12,Yes,data,Recommended a book
Chiara Bellini,Fabrikam Health,Nurse Manager,,2026-11-02,No,hospitals,
,Contoso Labs,Recruiter,someone@example.net,2026-11-03,No,,Row without a name
"""


def test_every_page_greets_a_new_user(page, shoot):
    for name, path in PAGES.items():
        response = page.goto(path)
        assert response.status == 200, path
        expect(page.locator("h1").first).to_be_visible()
        shoot(page, f"empty-{name}")
    page.goto("/")
    expect(page.get_by_text("Pair the browser extension")).to_be_visible()


def add_contact(page, **fields):
    page.goto("/contacts/new")
    for label, value in fields.items():
        page.get_by_label(label, exact=True).fill(value)
    page.get_by_role("button", name="Add contact").click()


def test_adding_a_contact_by_hand(page, shoot):
    page.goto("/contacts/new")
    shoot(page, "add-contact-form")
    add_contact(page, **{"Full name (required)": "Ada Park", "Email": "ada.park@example.com",
                         "Job title": "Senior Engineer", "Company": "Northwind Devices",
                         "Industry": "Medical Devices", "Date of the interview": "2026-11-24",
                         "Tags": "medtech, mentor",
                         "Mailing address (for a card)": "12 Elm Street\nSpringfield, IL 62701",
                         "Notes": "Talked about pediatric devices and her move from big pharma."})
    expect(page.get_by_role("status").filter(has_text="Added Ada Park.")).to_be_visible()
    expect(page.locator("h1")).to_have_text("Ada Park")
    shoot(page, "contact")


def test_a_contact_form_mistake_is_explained_and_input_kept(page):
    add_contact(page, **{"Full name (required)": "Test Person", "Company": "Kept Company"})
    page.goto("/contacts/new")
    page.get_by_label("Company", exact=True).fill("Kept Company Two")
    page.get_by_label("Email", exact=True).evaluate("el => el.type = 'text'")  # let the server judge it
    page.get_by_label("Email", exact=True).fill("not-an-email")
    page.get_by_label("Full name (required)").evaluate("el => el.required = false")
    page.get_by_role("button", name="Add contact").click()
    expect(page.get_by_role("alert")).to_contain_text("name")
    expect(page.get_by_label("Company", exact=True)).to_have_value("Kept Company Two")


def test_logging_the_thank_you_from_today(page, shoot, companion):
    page.goto("/")
    item = page.locator("li.item", has_text="Ada Park")
    expect(item).to_be_visible()
    item.locator("summary").click()
    expect(item.locator("textarea")).to_contain_text("Ada")
    shoot(page, "today")
    item.get_by_role("button", name="Log thank-you sent by email").click()
    expect(page.get_by_role("status").filter(has_text="Logged for Ada Park.")).to_be_visible()
    expect(page.locator("li.item", has_text="Ada Park")).to_have_count(0)
    page.goto("/contacts")
    page.get_by_role("link", name="Ada Park").click()
    expect(page.locator(".timeline")).to_contain_text("Thank-you")
    edit_the_thank_you_and_put_it_back(page, shoot, companion)


def status_badge(page):
    return page.get_by_role("region", name="Follow-up status").locator(".badge").first


def edit_the_thank_you_and_put_it_back(page, shoot, companion):
    """Mouse and keyboard: a mistyped date is refused by its field; saved edits move the status."""
    sent_on = page.locator(".timeline li", has_text="Thank-you").locator(".when").inner_text()
    expect(status_badge(page)).to_have_text("Waiting")
    page.get_by_role("link", name=re.compile(r"^Edit Thank-you")).click()
    form = page.get_by_role("form", name=re.compile(r"^Edit Thank-you"))
    expect(form.get_by_label("What happened")).to_be_focused()
    page.keyboard.type("Career")  # typeahead in the focused select
    expect(form.get_by_label("What happened")).to_have_value("update")
    form.get_by_label("Date").fill("2099-01-01")
    form.get_by_label("Note").click()
    page.keyboard.type("Sent the same evening")
    page.keyboard.press("Enter")
    form = page.get_by_role("form", name=re.compile(r"^Edit Thank-you"))
    expect(form.get_by_role("alert")).to_contain_text("Nothing was saved")
    expect(form.get_by_label("Date")).to_be_focused()
    expect(form.get_by_label("Date")).to_have_accessible_description(
        "Date is too far in the future: 2099-01-01")
    expect(form.get_by_label("Note")).to_have_value("Sent the same evening")
    expect(status_badge(page)).to_have_text("Waiting")
    shoot(page, "contact-edit-mistake")
    ada = companion.api("GET", "/api/contacts", params={"q": "Ada Park"}).json()["contacts"][0]
    stored = companion.api("GET", f"/api/contacts/{ada['id']}/interactions").json()["interactions"]
    assert [(i["kind"], i["date"]) for i in stored if i["kind"] != "interview"] == [("thank_you", sent_on)]

    form.get_by_label("Date").fill(sent_on)
    form.get_by_role("button", name="Save changes").click()
    saved = page.get_by_role("status").filter(has_text=f"Saved the career update of {sent_on}.")
    expect(saved).to_contain_text("Follow-up status: Thank-you due (was Waiting)")
    expect(status_badge(page)).to_have_text("Thank-you due")

    page.get_by_role("link", name=re.compile(r"^Edit Career update")).focus()
    page.keyboard.press("Enter")
    form = page.get_by_role("form", name=re.compile(r"^Edit Career update"))
    expect(form.get_by_label("What happened")).to_be_focused()
    page.keyboard.type("Thank")
    for _ in range(8):  # How, then the date's month, day and year, then Note
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "edit-note":
            break
    expect(form.get_by_label("Note")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status").filter(has_text="Saved the thank-you")).to_contain_text(
        "Follow-up status: Waiting (was Thank-you due)")
    expect(status_badge(page)).to_have_text("Waiting")
    expect(page.locator(".timeline li", has_text="Thank-you")).to_contain_text("Sent the same evening")
    shoot(page, "contact-edited")


def test_printing_a_card_and_labels(page, shoot):
    page.goto("/contacts")
    page.get_by_role("link", name="Ada Park").click()
    page.get_by_role("link", name="Print card").first.click()
    expect(page.locator(".envelope-address")).to_contain_text("12 Elm Street")
    shoot(page, "print-card")
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    shoot(page, "print-card-as-printed")
    page.emulate_media(media="screen")
    page.goto("/print/labels")
    expect(page.locator(".label")).to_have_count(1)
    shoot(page, "labels")


def test_importing_a_sheet_through_the_preview(page, shoot, tmp_path, companion):
    sheet = tmp_path / "tracking.csv"
    sheet.write_text(CSV)
    page.goto("/transfer")
    page.get_by_label("CSV file").set_input_files(str(sheet))
    page.get_by_role("button", name="Preview import").click()
    expect(page.get_by_text("Nothing has been saved yet.")).to_be_visible()
    expect(page.get_by_role("table", name="New contacts")).to_contain_text("Bruno Ortega")
    expect(page.get_by_role("table", name="Rows that will be skipped")).to_contain_text("4")
    shoot(page, "import-preview")
    stored = companion.api("GET", "/api/contacts", params={"q": "Bruno"}).json()["contacts"]
    assert stored == []  # the preview wrote nothing
    page.get_by_role("button", name=re.compile(r"Import \d+ contacts")).click()
    expect(page.get_by_role("status").filter(has_text="Imported")).to_be_visible()
    expect(page.get_by_role("link", name="Bruno Ortega")).to_be_visible()
    expect(page.get_by_role("link", name="Chiara Bellini")).to_be_visible()
    shoot(page, "contacts")


def test_reviewing_a_suggestion_found_by_polling_a_feed(page, shoot, feeds, companion):
    url = feeds.add("/medtech.xml", RSS)
    page.goto("/feeds")
    page.get_by_label("Feed or site address").fill(url)
    page.get_by_role("button", name="Add feed").click()
    expect(page.get_by_role("status").filter(has_text="Added")).to_be_visible()
    slow = feeds.add("/slow.xml", RSS.replace(b"Medtech Weekly", b"Slow Weekly"), delay_before_headers=2.0)
    page.get_by_label("Feed or site address").fill(slow)
    page.get_by_role("button", name="Add feed").click()
    page.get_by_role("button", name="Poll now").click()
    expect(page.locator("#poll-status")).to_contain_text("of 2 done")  # progress while the slow feed waits
    expect(page.get_by_role("button", name="Poll now")).to_be_disabled()
    expect(page.get_by_role("status").filter(has_text="Polled 2 feeds")).to_be_visible(timeout=30_000)
    expect(page.locator("table")).to_contain_text("Medtech Weekly")
    shoot(page, "feeds")
    page.goto("/suggestions")
    article = page.locator("li.article-group", has_text="pediatric insulin pump")
    expect(article).to_have_count(1)  # one block for the article, whoever it was suggested for
    item = article.locator("li.suggested", has_text="Ada Park")
    expect(item).to_have_count(1)
    expect(item.locator(".reasons")).not_to_be_empty()
    shoot(page, "suggestions")
    item.get_by_role("button", name="Mark as sent").click()
    expect(page.get_by_role("status").filter(has_text="Marked as sent")).to_be_visible()
    page.goto("/contacts")
    page.get_by_role("link", name="Ada Park").click()
    expect(page.locator(".timeline")).to_contain_text("Shared an article")


def test_script_payloads_render_as_text_and_never_run(page, shoot, problems, feeds):
    add_contact(page, **{"Full name (required)": PAYLOAD, "Company": "<script>alert(2)</script>",
                         "Notes": "<script>alert(3)</script>", "Date of the interview": "2026-11-25"})
    expect(page.locator("h1")).to_have_text(PAYLOAD)
    page.goto("/feeds")
    page.get_by_label("Feed or site address").fill(feeds.add("/payload.xml", RSS))
    page.get_by_label("Name (optional)").fill("<script>alert(4)</script>")
    page.get_by_role("button", name="Add feed").click()
    expect(page.locator("table")).to_contain_text("<script>alert(4)</script>")
    for path in ["/", "/contacts", "/insights", "/print/labels"]:
        page.goto(path)
    page.goto("/contacts")
    expect(page.get_by_role("link", name=PAYLOAD)).to_be_visible()
    assert page.locator("img[src=x]").count() == 0
    assert problems.dialogs == []


def test_rotating_the_pairing_token(page, shoot, companion):
    page.goto("/settings")
    token_field = page.get_by_label("Pairing token")
    old = token_field.input_value()
    assert requests.get(companion.url + "/api/contacts", headers={"Authorization": f"Bearer {old}"}).ok
    shoot(page, "settings")  # before "Show": screenshots never hold the token
    page.get_by_role("button", name="Show").click()
    expect(token_field).to_have_attribute("type", "text")
    page.get_by_role("link", name="make a new token").click()
    shoot(page, "rotate-confirm")
    page.get_by_role("button", name="Make a new token").click()
    expect(page.get_by_role("status").filter(has_text="Made a new token")).to_be_visible()
    new = page.get_by_label("Pairing token").input_value()
    assert new != old
    answer = requests.get(companion.url + "/api/contacts", headers={"Authorization": f"Bearer {old}"})
    assert answer.status_code == 401
    companion.token = new


def test_deleting_a_contact_with_confirmation_and_undo(page):
    page.goto("/contacts")
    page.get_by_role("link", name="Chiara Bellini").click()
    page.get_by_role("link", name="Delete").click()
    page.get_by_role("button", name="Delete contact").click()
    expect(page.get_by_role("status").filter(has_text="Deleted Chiara Bellini.")).to_be_visible()
    expect(page.get_by_role("link", name="Chiara Bellini")).to_have_count(0)
    page.get_by_role("button", name="Undo").click()
    expect(page.locator("h1")).to_have_text("Chiara Bellini")


def test_pages_with_data_look_right_on_a_laptop_and_a_narrow_window(page, shoot):
    for name, path in PAGES.items():
        page.goto(path)
        shoot(page, f"full-{name}")
    page.set_viewport_size({"width": 390, "height": 844})
    for name in ("today", "contacts", "settings"):
        page.goto(PAGES[name])
        shoot(page, f"narrow-{name}")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_a_start_up_notice_after_a_corrupt_file_can_be_dismissed(page, shoot, tmp_path):
    folder = tmp_path / "data"
    with LiveCompanion(data_dir=folder) as first:
        first.api("POST", "/api/contacts", {"name": "Dana Whitfield"})
    with LiveCompanion(data_dir=folder):
        pass  # this start backs up the file that holds Dana
    (folder / "contacts.json").write_bytes(b'{"contacts": {"1": {"name": "Dana Whi')  # cut short
    with LiveCompanion(data_dir=folder) as restarted:
        [aside] = folder.glob("contacts.json.corrupt-*")
        page.goto(restarted.url + "/contacts")
        banner = page.get_by_role("alert").filter(has_text="At start-up")
        expect(banner).to_contain_text("contacts.json is not valid JSON")
        expect(banner).to_contain_text(f"It was kept as {aside.name}")
        expect(banner.locator("code.path")).to_have_text(str(folder))
        expect(page.get_by_role("link", name="Dana Whitfield")).to_be_visible()  # the backup is back
        shoot(page, "start-up-notice")
        banner.get_by_role("button", name="Dismiss").click()
        expect(page.get_by_role("status").filter(has_text="Notice hidden until the companion restarts")
               ).to_be_visible()
        expect(page).to_have_url(re.compile(r"/contacts\?notice="))
        for path in ("/", "/settings"):
            page.goto(restarted.url + path)
            expect(page.locator(".startup-notice")).to_have_count(0)
        assert len(restarted.api("GET", "/api/status").json()["notices"]) == 1


def test_keyboard_users_see_where_focus_is(page):
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert "Skip to content" in focused
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


def test_next_page_of_the_sheet_keeps_the_search_filter_and_sort(page, shoot, tmp_path):
    from companion.validation import ContactFields

    odd = {"company": "Northwind Devices", "tags": ["alpha"]}
    people = [{**ContactFields().model_dump(), "id": f"person{i:03d}", "name": f"Person {i:03d}",
               **(odd if i % 2 else {"company": "Contoso Labs"})} for i in range(120)]
    backup = {"app": "followup-companion", "format": 1, "contacts": people}
    with LiveCompanion(data_dir=tmp_path / "data") as big:
        assert big.api("POST", "/api/import/backup", backup).status_code == 200
        page.goto(big.url + "/contacts?per_page=50")
        page.get_by_role("link", name="Name").click()  # sorted by name already: now Z to A
        page.get_by_label("Search").fill("northwind")
        page.get_by_label("Tag").select_option("alpha")
        page.get_by_role("button", name="Filter").click()
        status = page.get_by_role("status").filter(has_text="Showing")
        expect(status).to_have_text("Showing 1–50 of 60 contacts (filtered from 120).")
        names = page.locator("table.sheet tbody th a")
        expect(names.first).to_have_text("Person 119")
        shoot(page, "contacts-paged")

        pager = page.get_by_role("navigation", name="Pages of the tracking sheet")
        pager.get_by_role("link", name="Next").click()
        expect(status).to_have_text("Showing 51–60 of 60 contacts (filtered from 120).")
        expect(names).to_have_text([f"Person {i:03d}" for i in range(19, 0, -2)])
        expect(page.get_by_label("Search")).to_have_value("northwind")
        expect(page.get_by_label("Tag")).to_have_value("alpha")
        expect(pager.locator('[aria-current="page"]')).to_have_text("Last page, 2")
        expect(pager.get_by_role("link", name="Next")).to_have_count(0)
        pager.get_by_role("link", name="Previous").click()
        expect(names.first).to_have_text("Person 119")
