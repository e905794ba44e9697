"""The dashboard as a user meets it through the Flask test client: pages, forms, CSRF, escaping, CSP."""

import collections
import html
import html.parser
import re

import pytest

from companion.contacts import interactions, records

PAYLOAD_NAME = "<img src=x onerror=alert(1)>"
PAYLOAD_SCRIPT = "<script>alert('x')</script>"
PAGES = ["/", "/contacts", "/contacts/new", "/suggestions", "/feeds", "/transfer", "/settings", "/insights",
         "/print/labels"]
CSV = (b"Full name,Company,Email address,Date of interview,Notes\n"
       b"Ada Park,Northwind Devices,ada.park@example.com,2026-11-20,Talked about pediatric devices\n"
       b"Bruno Ortega,Lumen Analytics,not-an-email,2026-11-21,\n"
       b",Contoso Labs,someone@example.net,2026-11-22,Row without a name\n")


def csrf_of(page_html: str) -> str:
    return re.search(r'name="csrf-token" content="([^"]+)"', page_html).group(1)


@pytest.fixture
def csrf(client):
    return csrf_of(client.get("/").get_data(as_text=True))


@pytest.fixture
def post(client, csrf):
    """Post a dashboard form as the page would: with the embedded secret and our own Origin."""

    def send(path, data=None, **kw):
        headers = {"Origin": "http://127.0.0.1:5757", **kw.pop("headers", {})}
        return client.post(path, data={"csrf_token": csrf, **(data or {})}, headers=headers, **kw)

    return send


@pytest.fixture
def ada(store):
    contact = records.create_contact(store, {
        "name": "Ada Park", "company": "Northwind Devices", "email": "ada.park@example.com",
        "interview_date": "2026-11-20", "industry": "Medical Devices", "tags": ["medtech"],
        "mailing_address": "12 Elm Street\nSpringfield, IL 62701", "notes": "Pediatric devices"})
    interactions.log_interaction(store, contact["id"], {"kind": "interview", "date": "2026-11-20"})
    return contact


@pytest.fixture
def hostile(store):
    """A contact, note and feed carrying script payloads, as a captured page or feed could."""
    contact = records.create_contact(store, {"name": PAYLOAD_NAME, "company": PAYLOAD_SCRIPT,
                                              "notes": PAYLOAD_SCRIPT, "tags": [PAYLOAD_NAME],
                                              "linkedin_url": "", "interview_date": "2026-11-24"})
    interactions.log_interaction(store, contact["id"], {"kind": "update", "date": "2026-11-01",
                                                        "note": PAYLOAD_SCRIPT})
    store.feeds.insert({"url": "https://example.com/feed.xml", "title": PAYLOAD_SCRIPT,
                        "last_error": PAYLOAD_NAME, "error_count": 1, "last_polled": None})
    return contact


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_for_a_new_user(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert "Follow-Up Companion" in response.get_data(as_text=True)


def test_new_user_is_told_what_to_do_first(client):
    page = client.get("/").get_data(as_text=True)
    assert "Add a contact" in page and "Pair the browser extension" in page and "add a feed" in page


@pytest.mark.parametrize("path", [*PAGES, "/contacts/{id}", "/contacts/{id}/edit", "/contacts/{id}/print",
                                  "/contacts/{id}/delete", "/contacts?sort=status&dir=desc"])
def test_every_page_renders_with_data(client, ada, path):
    response = client.get(path.format(id=ada["id"]))
    assert response.status_code == 200
    no_names_here = ("/contacts/new", "/suggestions", "/feeds", "/transfer", "/settings", "/insights")
    assert "Ada Park" in response.get_data(as_text=True) or path in no_names_here


def test_today_lists_the_thank_you_due_with_a_draft_and_a_log_button(client, ada):
    page = client.get("/").get_data(as_text=True)
    assert "Ada Park" in page and "Log thank-you sent by email" in page
    assert "mailto:ada.park@example.com" in page


@pytest.mark.parametrize("path", [*PAGES, "/contacts/{id}", "/contacts/{id}/edit"])
def test_pages_send_a_strict_content_security_policy(client, ada, path):
    csp = client.get(path.format(id=ada["id"])).headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "form-action 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp


def test_pages_have_no_inline_script(client, ada):
    for path in [*PAGES, f"/contacts/{ada['id']}"]:
        page = client.get(path).get_data(as_text=True)
        assert not re.search(r"<script(?![^>]*\bsrc=)", page), path
        assert " onclick=" not in page and "javascript:" not in page


@pytest.mark.parametrize("path", [*PAGES, "/contacts/{id}", "/contacts/{id}/edit", "/contacts/{id}/print",
                                  "/contacts?q=%3Cscript%3E"])
def test_script_payloads_come_out_escaped(client, hostile, path):
    page = client.get(path.format(id=hostile["id"])).get_data(as_text=True)
    assert "<img src=x" not in page and "<script>alert" not in page


def test_script_payloads_show_as_text_where_they_appear(client, hostile):
    page = client.get(f"/contacts/{hostile['id']}").get_data(as_text=True)
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;script&gt;alert(" in client.get("/feeds").get_data(as_text=True)


def test_only_http_links_are_shown_as_links(client, store, ada):
    store.interactions.insert({"contact_id": ada["id"], "kind": "article", "channel": "email",
                               "date": "2026-11-21", "note": "", "url": "javascript:alert(1)"})
    page = client.get(f"/contacts/{ada['id']}").get_data(as_text=True)
    assert 'href="javascript:' not in page and "javascript:alert(1)" in page


def test_adding_a_contact_by_hand_stores_it_and_opens_its_page(client, post, store):
    response = post("/contacts/new", {"name": "Chiara Bellini", "company": "Fabrikam Health",
                                      "tags": "hospitals, mentor", "interview_date": "2026-11-25"})
    assert response.status_code == 303
    [stored] = store.contacts.all()
    assert stored["name"] == "Chiara Bellini" and stored["tags"] == ["hospitals", "mentor"]
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Added Chiara Bellini." in page


@pytest.mark.parametrize(("typed", "why"), [
    ({"name": "ada  PARK", "company": "northwind DEVICES"}, "same name and company"),
    ({"name": "A. Park", "email": "ADA.Park@Example.com"}, "same email"),
])
def test_adding_someone_already_stored_asks_first_and_can_add_anyway(client, post, store, ada, typed, why):
    response = post("/contacts/new", typed)
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and len(store.contacts.all()) == 1
    assert f'href="/contacts/{ada["id"]}"' in page and why in page
    assert f'value="{typed["name"]}"' in page and 'name="add_anyway" value="yes"' in page
    response = post("/contacts/new", {**typed, "add_anyway": "yes"})
    assert response.status_code == 303 and len(store.contacts.all()) == 2


def test_a_namesake_at_another_company_is_added_without_asking(post, store, ada):
    response = post("/contacts/new", {"name": "Ada Park", "company": "Fabrikam Health"})
    assert response.status_code == 303 and len(store.contacts.all()) == 2


def test_a_bad_contact_form_shows_every_problem_and_keeps_the_input(post, store):
    response = post("/contacts/new", {"name": "", "email": "not-an-email", "company": "Kept Company Ltd"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "name" in page and "email" in page and 'value="Kept Company Ltd"' in page
    assert store.contacts.all() == []


def test_editing_a_contact_saves_the_changes(post, store, ada):
    response = post(f"/contacts/{ada['id']}/edit", {"name": "Ada Park", "title": "Principal Engineer",
                                                     "notes": "Now leads the pediatric team"})
    assert response.status_code == 303
    stored = store.contacts.get(ada["id"])
    assert stored["title"] == "Principal Engineer" and stored["notes"] == "Now leads the pediatric team"


PAST = ["Initech Labs", "Globex Systems"]


class _FormReader(html.parser.HTMLParser):
    """What a browser sends for the form at `action`: its inputs, checked boxes, textareas and selects."""

    def __init__(self, action: str):
        super().__init__()
        self.action, self.inside, self.fields, self._area, self._select = action, False, {}, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("action") == self.action
        elif not self.inside or "name" not in a:
            return
        elif tag == "input" and (a.get("type") != "checkbox" or "checked" in a):
            self.fields[a["name"]] = a.get("value", "")
        elif tag == "textarea":
            self._area = a["name"]
            self.fields[self._area] = ""
        elif tag == "select":
            self._select = a["name"]
        if tag == "option" and self._select and "selected" in a:
            self.fields[self._select] = a["value"]

    def handle_data(self, data):
        if self._area:
            self.fields[self._area] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea":
            self._area = None
        elif tag == "select":
            self._select = None


def sent_by_edit_form(client, contact_id: str) -> dict:
    """The edit form's fields exactly as the page fills them in, as submitting it untouched sends them."""
    reader = _FormReader(f"/contacts/{contact_id}/edit")
    reader.feed(client.get(f"/contacts/{contact_id}/edit").get_data(as_text=True))
    return reader.fields


@pytest.fixture
def dana(store):
    return records.create_contact(store, {"name": "Dana Reyes", "company": "Acme Robotics",
                                          "tags": ["mentor"], "past_companies": PAST, "connected": True})


def test_the_contact_page_says_where_they_worked_before_and_only_then(client, store, dana, ada):
    page = client.get(f"/contacts/{dana['id']}").get_data(as_text=True)
    assert "Previously at: Initech Labs, Globex Systems" in page
    assert "Previously at" not in client.get(f"/contacts/{ada['id']}").get_data(as_text=True)
    records.update_contact(store, dana["id"], {"past_companies": ["Tailspin Devices, Inc.", "Litware"]})
    page = client.get(f"/contacts/{dana['id']}").get_data(as_text=True)
    assert "Previously at: Tailspin Devices, Inc.; Litware" in page  # a comma in a name: ';' between names


def test_the_edit_form_sends_every_field_and_the_past_companies_one_a_line(client, dana):
    fields = sent_by_edit_form(client, dana["id"])
    assert fields["past_companies"] == "Initech Labs\nGlobex Systems"
    assert {"name", "company", "tags", "connected", "notes", "interview_date", "csrf_token"} <= set(fields)
    page = client.get(f"/contacts/{dana['id']}/edit").get_data(as_text=True)
    assert '<label for="f-past_companies">Past companies</label>' in page and "One company per line" in page


def test_editing_past_companies_saves_them_as_a_list(client, post, store, dana):
    fields = sent_by_edit_form(client, dana["id"])
    typed = "  Contoso Medical \r\n\r\nTailspin Devices, Inc.\r\nLitware; Fabrikam\r\ncontoso medical\r\n"
    response = post(f"/contacts/{dana['id']}/edit", {**fields, "past_companies": typed})
    assert response.status_code == 303
    stored = store.contacts.get(dana["id"])
    assert stored["past_companies"] == ["Contoso Medical", "Tailspin Devices, Inc.", "Litware; Fabrikam"]
    assert stored["tags"] == ["mentor"] and stored["connected"] is True  # the rest as it was
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Saved your changes." in page
    assert "Previously at: Contoso Medical; Tailspin Devices, Inc.; Litware; Fabrikam" in page


def test_a_new_contact_can_be_given_past_companies(post, store):
    response = post("/contacts/new", {"name": "Chiara Bellini",
                                      "past_companies": "Initech Labs\nGlobex Systems"})
    assert response.status_code == 303
    [stored] = store.contacts.all()
    assert stored["past_companies"] == PAST


@pytest.mark.parametrize(("typed", "problem"), [
    ("\n".join(f"Company {n}" for n in range(11)), "Past companies must hold at most 10 companies, got 11"),
    ("Initech Labs\n" + "x" * 201, "Past companies entries must be at most 200 characters, got one of 201"),
])
def test_bad_past_companies_are_explained_by_the_field_and_change_nothing(client, post, store, data_dir, dana,
                                                                          typed, problem):
    fields = sent_by_edit_form(client, dana["id"])
    before = data_files(data_dir)
    response = post(f"/contacts/{dana['id']}/edit",
                    {**fields, "title": "A title that must not be saved", "past_companies": typed})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert f'<p class="field-problem" id="f-past_companies-problem">{problem}</p>' in page
    assert 'aria-describedby="h-past_companies f-past_companies-problem" aria-invalid="true"' in page
    assert "Nothing was saved: please fix the marked field, then try again." in page
    assert f">{html.escape(typed, quote=False)}</textarea>" in page  # what was typed is kept
    assert 'value="A title that must not be saved"' in page
    assert data_files(data_dir) == before and store.contacts.get(dana["id"]) == dana


def test_a_bad_past_companies_box_is_shown_with_the_other_problems(post, store, dana):
    eleven = "\n".join("ABCDEFGHIJK")
    page = post(f"/contacts/{dana['id']}/edit", {"name": "Dana Reyes", "email": "not-an-email",
                                                 "past_companies": eleven}).get_data(as_text=True)
    assert "please fix the marked field and this, then try again." in page
    assert "<li>`email` must be an email address" in page and 'id="f-past_companies-problem"' in page
    assert store.contacts.get(dana["id"]) == dana


def test_saving_the_form_without_touching_past_companies_keeps_them(client, post, store, dana):
    fields = sent_by_edit_form(client, dana["id"])
    response = post(f"/contacts/{dana['id']}/edit", {**fields, "title": "Principal Engineer"})
    assert response.status_code == 303
    stored = store.contacts.get(dana["id"])
    assert stored["past_companies"] == PAST and stored["title"] == "Principal Engineer"
    post(f"/contacts/{dana['id']}/edit", {"name": "Dana Reyes"})  # a form without the box at all
    assert store.contacts.get(dana["id"])["past_companies"] == PAST


def test_a_stored_list_the_box_cannot_change_is_kept_when_the_box_is_untouched(client, post, store, dana):
    # Stored before today's limits (or by hand): sent back unchanged, it must not block other edits.
    eleven = [f"Company {n}" for n in range(11)]
    store.contacts.update(dana["id"], {"past_companies": eleven})
    fields = sent_by_edit_form(client, dana["id"])
    response = post(f"/contacts/{dana['id']}/edit", {**fields, "title": "Principal Engineer"})
    assert response.status_code == 303
    assert store.contacts.get(dana["id"])["past_companies"] == eleven


def test_clearing_the_box_removes_the_past_companies(client, post, store, dana):
    fields = sent_by_edit_form(client, dana["id"])
    response = post(f"/contacts/{dana['id']}/edit", {**fields, "past_companies": " \r\n "})
    assert response.status_code == 303
    assert store.contacts.get(dana["id"])["past_companies"] == []
    assert "Previously at" not in client.get(response.headers["Location"]).get_data(as_text=True)


def test_the_contacts_search_finds_someone_by_a_past_company(client, store, dana, ada):
    store.contacts.insert({"name": "Old Record"})  # stored before contacts had past companies
    store.contacts.insert({"name": "Odd Record", "past_companies": "Initech Labs"})  # not a list: skipped
    page = client.get("/contacts?q=initech").get_data(as_text=True)
    assert "Dana Reyes" in page and "Ada Park" not in page and "Odd Record" not in page
    page = client.get("/contacts?q=globex+dana&sort=company").get_data(as_text=True)
    assert "Dana Reyes" in page
    assert "Old Record" in client.get("/contacts?q=old").get_data(as_text=True)
    assert [c["name"] for c in records.search(store, q="initech")] == ["Dana Reyes"]


def test_logging_a_thank_you_from_today_clears_it(client, post, ada):
    response = post(f"/contacts/{ada['id']}/interactions",
                    {"kind": "thank_you", "channel": "mail", "next": "/"})
    assert response.status_code == 303 and response.headers["Location"].startswith("/?notice=")
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Logged for Ada Park." in page and "Log thank-you sent by email" not in page


@pytest.fixture
def update(store, ada):
    """A career update logged on the wrong day with the wrong kind: the entry the user comes to fix."""
    return interactions.log_interaction(store, ada["id"], {"kind": "update", "date": "2026-11-21",
                                                           "channel": "email", "note": "Sent a note"})


def edit_form(update, **changes) -> dict:
    return {"kind": update["kind"], "channel": update["channel"], "date": update["date"],
            "note": update["note"], "url": update["url"], **changes}


def test_each_timeline_entry_has_an_edit_link_that_opens_its_form_filled_in(client, ada, update):
    page = client.get(f"/contacts/{ada['id']}").get_data(as_text=True)
    link = f'href="/contacts/{ada["id"]}?edit={update["id"]}"'
    assert link in page and 'aria-label="Edit Career update of 2026-11-21"' in page
    page = client.get(f"/contacts/{ada['id']}?edit={update['id']}").get_data(as_text=True)
    form = page[page.index('class="grid-form edit-entry"'):]
    form = form[:form.index("</form>")]
    assert '<option value="update" selected>' in form and '<option value="email" selected>' in form
    assert 'value="2026-11-21"' in form and 'value="Sent a note"' in form
    assert page.count('class="grid-form edit-entry"') == 1  # only the chosen entry turns into a form


def test_editing_an_entry_saves_it_and_shows_the_recomputed_follow_up_status(client, post, store, ada,
                                                                             update):
    before = client.get(f"/contacts/{ada['id']}").get_data(as_text=True)
    assert 'badge-thank_you_due">Thank-you due' in before
    response = post(f"/contacts/{ada['id']}/interactions/{update['id']}/edit",
                    edit_form(update, kind="thank_you", channel="mail", note="Card about the pump"))
    assert response.status_code == 303
    stored = store.interactions.get(update["id"])
    assert (stored["kind"], stored["channel"], stored["date"], stored["note"]) == (
        "thank_you", "mail", "2026-11-21", "Card about the pump")
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Saved the thank-you of 2026-11-21. Follow-up status: Waiting (was Thank-you due)" in page
    assert 'badge-waiting">Waiting' in page and "Sent 2026-11-21" in page
    assert 'class="grid-form edit-entry"' not in page


def test_moving_the_thank_you_before_the_interview_makes_it_due_again(client, post, store, ada):
    thanks = interactions.log_interaction(store, ada["id"], {"kind": "thank_you", "date": "2026-11-21"})
    response = post(f"/contacts/{ada['id']}/interactions/{thanks['id']}/edit",
                    edit_form(thanks, date="2026-11-19"))
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Follow-up status: Thank-you due (was Waiting)" in page
    assert store.interactions.get(thanks["id"])["date"] == "2026-11-19"


@pytest.mark.parametrize("field,value,problem", [
    ("date", "2026-02-30", 'Date is not a real date: &#34;2026-02-30&#34;'),
    ("date", "12/3/2026", "Date must be a date as YYYY-MM-DD, got &#34;12/3/2026&#34;"),
    ("date", "", "Date must be a date as YYYY-MM-DD"),
    ("date", "2099-01-01", "Date is too far in the future: 2099-01-01"),
    ("kind", "party", "What happened must be one of interview, thank_you"),
    ("channel", "pigeon", "How must be one of email"),
    ("url", "javascript:alert(1)", "Link must be an http:// or https:// address"),
])
def test_a_bad_edit_is_explained_by_its_field_and_changes_nothing(post, store, data_dir, ada, update,
                                                                   field, value, problem):
    before = data_files(data_dir)
    response = post(f"/contacts/{ada['id']}/interactions/{update['id']}/edit",
                    edit_form(update, **{field: value}, note="A changed note that must not be saved"))
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert f'<p class="field-problem" id="edit-{field}-problem">{problem}' in page
    assert f'id="edit-{field}"' in page and 'aria-invalid="true"' in page
    assert "Nothing was saved: please fix the marked field and try again." in page
    assert 'value="A changed note that must not be saved"' in page  # what was typed is kept
    assert data_files(data_dir) == before
    assert store.interactions.get(update["id"]) == update


def test_every_problem_of_a_bad_edit_is_shown_at_once(post, ada, update):
    page = post(f"/contacts/{ada['id']}/interactions/{update['id']}/edit",
                edit_form(update, kind="party", date="tomorrow")).get_data(as_text=True)
    assert 'id="edit-kind-problem"' in page and 'id="edit-date-problem"' in page
    assert "please fix the marked fields" in page
    assert page.index('id="edit-kind"') < page.index("autofocus") < page.index('id="edit-channel"')


def test_a_bad_new_entry_is_explained_by_its_field_the_same_way(post, data_dir, ada):
    before = data_files(data_dir)
    response = post(f"/contacts/{ada['id']}/interactions", {"kind": "update", "date": "2026-13-01",
                                                            "note": "Kept while I fix the date"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert '<p class="field-problem" id="log-date-problem">Date is not a real date' in page
    assert 'value="Kept while I fix the date"' in page and data_files(data_dir) == before


def test_an_entry_of_another_contact_cannot_be_edited_through_this_one(client, post, store, data_dir, ada):
    other = records.create_contact(store, {"name": "Bruno Ortega"})
    theirs = interactions.log_interaction(store, other["id"], {"kind": "meeting", "date": "2026-11-02"})
    before = data_files(data_dir)
    response = post(f"/contacts/{ada['id']}/interactions/{theirs['id']}/edit",
                    edit_form(theirs, kind="other"))
    assert response.status_code == 303 and data_files(data_dir) == before
    assert "no longer in the timeline" in client.get(response.headers["Location"]).get_data(as_text=True)
    assert post(f"/contacts/missing/interactions/{theirs['id']}/edit", edit_form(theirs)).status_code == 404


def test_snoozing_hides_a_follow_up_until_the_date(post, store, ada):
    post(f"/contacts/{ada['id']}/snooze", {"until": "2027-01-15"})
    assert store.contacts.get(ada["id"])["snoozed_until"] == "2027-01-15"


def test_deleting_a_contact_can_be_undone_with_its_timeline(client, post, store, ada):
    response = post(f"/contacts/{ada['id']}/delete")
    assert store.contacts.get(ada["id"]) is None and store.interactions.all() == []
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    undo = re.search(r'name="undo" value="([^"]+)"', page).group(1)
    post("/undo", {"undo": undo})
    assert store.contacts.get(ada["id"])["name"] == "Ada Park"
    assert [i["kind"] for i in store.interactions.all()] == ["interview"]
    assert post("/undo", {"undo": undo}).status_code == 303  # a second undo does nothing
    assert len(store.contacts.all()) == 1


def test_csv_import_previews_before_writing_and_imports_on_confirm(client, post, store):
    preview = post("/transfer/preview", {"sheet": (__import__("io").BytesIO(CSV), "sheet.csv")},
                   content_type="multipart/form-data")
    page = preview.get_data(as_text=True)
    assert preview.status_code == 200, page[:2000]
    assert store.contacts.all() == []
    assert "Ada Park" in page and "Rows that will be skipped" in page
    payload = re.search(r'name="payload" value="([^"]+)"', page).group(1)
    done = post("/transfer/apply", {"payload": payload})
    assert done.status_code == 303
    assert "Ada Park" in [c["name"] for c in store.contacts.all()]


def test_token_rotation_needs_confirmation_and_changes_the_token(client, post, app):
    before = app.extensions["companion.tokens"].current()
    assert "Make a new token" in client.get("/settings/token/rotate").get_data(as_text=True)
    assert app.extensions["companion.tokens"].current() == before  # GET changes nothing
    post("/settings/token/rotate")
    after = app.extensions["companion.tokens"].current()
    assert after != before
    assert after in client.get("/settings").get_data(as_text=True)


def test_settings_forms_save_profile_and_cadence(post, store):
    post("/settings/profile", {"name": "Sam Lee", "school": "State University"})
    post("/settings/cadence", {"follow_up_interval_days": "90", "min_follow_up_gap_days": "20"})
    from companion.store import preferences

    assert preferences.get_profile(store)["school"] == "State University"
    assert preferences.current_settings(store)["follow_up_interval_days"] == 90


def test_a_setting_out_of_bounds_is_refused_with_a_reason(post, store):
    response = post("/settings/cadence", {"follow_up_interval_days": "1"})
    assert response.status_code == 400 and "between" in response.get_data(as_text=True)
    from companion.store import preferences

    assert preferences.current_settings(store)["follow_up_interval_days"] == 120


def test_adding_and_removing_a_feed(post, store):
    post("/feeds", {"url": "https://example.com/medtech.xml", "title": "Medtech news"})
    [feed] = store.feeds.all()
    assert feed["title"] == "Medtech news"
    post(f"/feeds/{feed['id']}/delete")
    assert store.feeds.all() == []


@pytest.mark.parametrize("name", ["contacts.csv", "interactions.csv", "contacts.vcf", "due.ics",
                                  "backup.json"])
def test_every_export_downloads_as_a_file(client, ada, name):
    response = client.get(f"/export/{name}")
    assert response.status_code == 200
    assert "attachment" in response.headers["Content-Disposition"]
    assert "Ada" in response.get_data(as_text=True) or name == "due.ics"


def test_insights_draw_accessible_charts(client, ada):
    page = client.get("/insights").get_data(as_text=True)
    assert page.count('role="img"') == 1 and "<title id=" in page and "<desc id=" in page  # per month
    # Status and industry bars are lists a screen reader reads row by row: label, count, "contacts".
    assert '<ul class="hbars" id="st" aria-label="Contacts by follow-up status">' in page
    assert '<ul class="hbars" id="in" aria-label="Contacts by industry">' in page
    assert "Thank-you due" in page and "Medical Equipment Manufacturing" in page


STATE_CHANGES = [("/contacts/new", {"name": "Mallory"}), ("/contacts/{id}/delete", {}),
                 ("/contacts/{id}/edit", {"name": "Changed"}),
                 ("/contacts/{id}/snooze", {"until": "2027-01-01"}),
                 ("/contacts/{id}/interactions", {"kind": "thank_you"}), ("/settings/token/rotate", {}),
                 ("/contacts/{id}/interactions/{iid}/edit", {"kind": "thank_you", "date": "2026-11-21"}),
                 ("/contacts/{id}/interactions/{iid}/delete", {}),
                 ("/settings/profile", {"name": "Mallory"}), ("/feeds", {"url": "https://example.com/x.xml"}),
                 ("/today/past-thank-yous", {})]


def data_files(data_dir) -> dict[str, bytes]:
    """Every data file's bytes, to show that a refused or failed form changed nothing on disk."""
    return {path.name: path.read_bytes() for path in sorted(data_dir.glob("*.json"))}


def _fill(path: str, store, contact) -> str:
    [interview] = interactions.list_interactions(store, contact["id"])
    return path.format(id=contact["id"], iid=interview["id"])


@pytest.mark.parametrize("path,data", STATE_CHANGES)
@pytest.mark.parametrize("secret", [None, "wrong-secret"])
def test_state_changes_without_the_page_secret_are_refused(client, app, store, data_dir, ada, path, data,
                                                           secret):
    token = app.extensions["companion.tokens"].current()
    before = data_files(data_dir)
    form = {**data, **({"csrf_token": secret} if secret else {})}
    response = client.post(_fill(path, store, ada), data=form)
    assert response.status_code == 403
    assert [c["name"] for c in store.contacts.all()] == ["Ada Park"]
    assert len(store.interactions.all()) == 1 and store.feeds.all() == []
    assert app.extensions["companion.tokens"].current() == token
    assert data_files(data_dir) == before


@pytest.mark.parametrize("path,data", STATE_CHANGES)
def test_state_changes_from_another_origin_are_refused_even_with_the_secret(client, csrf, store, data_dir,
                                                                           ada, path, data):
    before = data_files(data_dir)
    response = client.post(_fill(path, store, ada), data={**data, "csrf_token": csrf},
                           headers={"Origin": "https://evil.example"})
    assert response.status_code == 403
    assert [c["name"] for c in store.contacts.all()] == ["Ada Park"] and len(store.interactions.all()) == 1
    assert data_files(data_dir) == before


def test_a_foreign_host_header_is_refused(client):
    assert client.get("/", headers={"Host": "evil.example:5757"}).status_code == 400


def test_the_contacts_table_filters_and_sorts(client, store, ada):
    records.create_contact(store, {"name": "Bruno Ortega", "company": "Lumen Analytics", "tags": ["data"]})
    page = client.get("/contacts?tag=data").get_data(as_text=True)
    assert "Bruno Ortega" in page and "Ada Park" not in page
    page = client.get("/contacts?status=thank_you_due").get_data(as_text=True)
    assert "Ada Park" in page and "Bruno Ortega" not in page
    page = client.get("/contacts?sort=name&dir=desc").get_data(as_text=True)
    assert page.index("Bruno Ortega") < page.index("Ada Park")
    assert 'aria-sort="descending"' in page


@pytest.fixture
def recovered(data_dir):
    """A companion started on a data folder whose contacts file was cut short by a crash."""
    from companion.web.app import create_app
    from tests.conftest import LocalClient

    first = create_app({"DATA_DIR": str(data_dir), "PORT": 5757})
    records.create_contact(first.extensions["companion.store"], {"name": "Ada Park"})
    first.extensions["companion.store"].close()
    create_app({"DATA_DIR": str(data_dir), "PORT": 5757}).extensions["companion.store"].close()  # a backup
    (data_dir / "contacts.json").write_bytes(b'{"contacts": {"1": {"name": "trunc')
    app = create_app({"DATA_DIR": str(data_dir), "PORT": 5757})
    app.test_client_class = LocalClient
    yield app
    app.extensions["companion.store"].close()


def test_a_start_up_notice_says_what_happened_and_where_the_set_aside_file_is(recovered, data_dir):
    [aside] = data_dir.glob("contacts.json.corrupt-*")
    page = recovered.test_client().get("/contacts").get_data(as_text=True)
    banner = page[page.index('class="notice notice-warn startup-notice"'):]
    banner = banner[:banner.index("</form>")]
    assert "contacts.json is not valid JSON" in banner and "was restored" in banner
    assert aside.name in banner and f'<code class="path">{data_dir}</code>' in banner
    assert "Ada Park" in page  # the backup is back


def test_dismissing_a_start_up_notice_hides_it_until_restart_but_the_api_still_reports_it(recovered):
    client = recovered.test_client()
    page = client.get("/contacts?q=Ada").get_data(as_text=True)
    assert page.count("startup-notice") == 1 and 'name="next" value="/contacts?q=Ada"' in page
    form = {"csrf_token": csrf_of(page), "next": "/contacts?q=Ada"}
    response = client.post("/notices/0/dismiss", data=form, headers={"Origin": "http://127.0.0.1:5757"})
    assert response.status_code == 303 and response.headers["Location"].startswith("/contacts?q=Ada&notice=")
    back = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Notice hidden until the companion restarts." in back
    for path in PAGES:
        assert "startup-notice" not in client.get(path).get_data(as_text=True), path
    token = recovered.extensions["companion.tokens"].current()
    status = client.get("/api/status", headers={"Authorization": f"Bearer {token}"}).get_json()
    assert len(status["notices"]) == 1 and "was restored" in status["notices"][0]


@pytest.mark.parametrize("headers,secret", [({}, None), ({}, "wrong-secret"),
                                            ({"Origin": "https://evil.example"}, "page")])
def test_a_start_up_notice_cannot_be_dismissed_without_the_page_secret(recovered, headers, secret):
    client = recovered.test_client()
    page = client.get("/").get_data(as_text=True)
    form = {"csrf_token": csrf_of(page) if secret == "page" else secret} if secret else {}
    assert client.post("/notices/0/dismiss", data=form, headers=headers).status_code == 403
    assert "startup-notice" in client.get("/").get_data(as_text=True)


def test_dismissing_a_notice_that_does_not_exist_changes_nothing(client, post, store):
    store.notices.append("contacts.json is not valid JSON. It was kept as contacts.json.corrupt-x.")
    assert post("/notices/7/dismiss").status_code == 303
    assert post("/notices/-1/dismiss").status_code == 404
    assert "startup-notice" in client.get("/").get_data(as_text=True)


def test_a_backup_can_be_restored_after_confirmation(data_dir, ada, app):
    from companion.web.app import create_app
    from tests.conftest import LocalClient

    app.extensions["companion.store"].close()
    reopened = create_app({"DATA_DIR": str(data_dir), "PORT": 5757})  # takes a backup at start-up
    reopened.test_client_class = LocalClient
    client, store = reopened.test_client(), reopened.extensions["companion.store"]
    [backup, *_] = store.list_backups()
    records.delete_contact(store, ada["id"])
    page = client.get(f"/settings/backups/{backup['stamp']}/restore").get_data(as_text=True)
    assert "Restore the backup" in page
    response = client.post(f"/settings/backups/{backup['stamp']}/restore", data={"csrf_token": csrf_of(page)})
    assert response.status_code == 303
    assert store.contacts.get(ada["id"])["name"] == "Ada Park"
    store.close()


RSS = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Medtech Weekly</title>'
       b"<link>https://example.com/</link><description>d</description><item>"
       b"<title>FDA clears new pediatric insulin pump for children</title>"
       b"<link>https://example.com/news/pump</link><description>A medical device maker won clearance for a "
       b"pediatric insulin pump.</description><category>Medical Devices</category></item></channel></rss>")


def test_poll_now_runs_in_the_background_and_reports_how_it_ended(client, post, store, ada):
    import time

    from tests.feedserver import FeedServer

    with FeedServer() as server:
        post("/feeds", {"url": server.add("/feed.xml", RSS)})
        started = post("/feeds/poll", headers={"Accept": "application/json"}).get_json()
        assert started["ok"] and started["status_url"] == "/feeds/poll/status"
        deadline = time.monotonic() + 20
        while (state := client.get(started["status_url"]).get_json())["running"]:
            assert time.monotonic() < deadline, state
            time.sleep(0.1)
    assert state["message"].startswith("Polled 1 feed: 1 new article, ")
    assert state["kind"] == "ok"
    assert "Medtech Weekly" in client.get(state["next"]).get_data(as_text=True)
    assert store.feeds.all()[0]["last_polled"]


def test_poll_now_without_script_polls_and_redirects_with_the_summary(client, post):
    response = post("/feeds/poll")
    assert response.status_code == 303
    assert "Polled 0 feeds: 0 new articles, 0 new suggestions." in client.get(
        response.headers["Location"]).get_data(as_text=True)


def test_a_file_that_is_not_a_sheet_is_explained_and_nothing_is_written(post, store):
    import io

    response = post("/transfer/preview", {"sheet": (io.BytesIO(b"\x00\x01\x02PK\x03\x04" * 50), "photo.png")},
                    content_type="multipart/form-data")
    assert response.status_code == 400
    assert "not a CSV file" in response.get_data(as_text=True)
    assert store.contacts.all() == []


def test_follow_ups_per_month_counts_only_follow_ups_in_the_last_twelve_months():
    import datetime as dt

    from companion.web.dashboard import charts

    logged = [{"kind": "update", "date": "2026-11-02"}, {"kind": "article", "date": "2026-11-20"},
              {"kind": "linkedin", "date": "2025-12-01"}, {"kind": "thank_you", "date": "2026-11-03"},
              {"kind": "update", "date": "2025-11-30"}]
    months = charts.follow_ups_per_month(logged, dt.date(2026, 11, 26))
    assert [m["label"] for m in months][0] == "Dec" and months[-1]["full"] == "November 2026"
    assert [m["value"] for m in months] == [1] + [0] * 10 + [2]


def test_industries_beyond_the_top_eight_are_grouped_as_other():
    from companion.web.dashboard import charts

    people = [{"industry_name": f"Industry {n}"} for n in range(10)] + [{"industry_name": None}]
    rows = charts.contacts_by_industry(people)
    assert [r["label"] for r in rows][-2:] == ["Other", "Not known"]
    assert rows[-2]["value"] == 2 and len(rows) == 10


# The tracking sheet a page at a time: 130 contacts, some sharing a name, some with accents, in
# every follow-up status, so pages of 50 cut through ties and each sort.
SHEET_SIZE = 130
PER_PAGE = "50"


@pytest.fixture
def sheet(store):
    import datetime as dt

    from companion.validation import ContactFields

    first_names = ["Ada", "Émile", "bruno", "Chiara", "Zoë", "Dana", "Ada"]
    today = dt.date.today()
    people = store.contacts.insert_many([
        {**ContactFields().model_dump(), "name": f"{first_names[i % 7]} Example {i % 40}",
         "company": f"Company {i % 9}" if i % 4 else "", "tags": ["alpha"] if i % 2 else ["beta"],
         "interview_date": (today - dt.timedelta(days=(2, 10, 200, 400, 30)[i % 5])).isoformat()}
        for i in range(SHEET_SIZE)])
    for i, person in enumerate(people):
        if i % 5 in (1, 2, 4):  # thanked the day after the interview: waiting, or due again later
            day = dt.date.fromisoformat(person["interview_date"]) + dt.timedelta(days=1)
            interactions.log_interaction(store, person["id"], {"kind": "thank_you", "date": day.isoformat()})
    return {c["id"]: c for c in records.search(store)}


def sheet_rows(page_html: str) -> list[str]:
    """The contact ids of the sheet's rows, top to bottom."""
    return re.findall(r'<tr>\s*<th scope="row"><a href="/contacts/([^"]+)">', page_html)


def pager_links(page_html: str) -> dict[str, str]:
    """The pager's links by what they say (Previous, Next, the page numbers), unescaped."""
    nav = re.search(r'<nav class="pager" aria-label="Pages of the tracking sheet">(.*?)</nav>', page_html,
                    re.S)
    found = re.findall(r'<a href="([^"]+)"[^>]*>(?:<span class="visually-hidden">[^<]*</span>)?([^<]+)</a>',
                       nav.group(1)) if nav else []
    return {text.strip(" ‹›"): html.unescape(href) for href, text in found}


def walk(client, path: str) -> list[str]:
    """Every row of the sheet, following Next from `path` to the last page."""
    rows, seen = [], set()
    while path:
        assert path not in seen, f"the pager went round in a circle at {path}"
        seen.add(path)
        page_html = client.get(path).get_data(as_text=True)
        rows += sheet_rows(page_html)
        path = pager_links(page_html).get("Next")
    return rows


def query_of(url: str) -> dict:
    from urllib.parse import parse_qs, urlsplit

    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


STATUS_ORDER = ["thank_you_due", "due", "waiting", "capped"]
ORDERS = {"status": lambda c: STATUS_ORDER.index(c["followup"]["status"]),
          "next_due": lambda c: c["followup"].get("due_date") or c["followup"].get("next_due") or "9999",
          "company": lambda c: (c["company"] or "~").casefold(),
          "industry": lambda c: (c["industry_name"] or c["industry"] or "~").casefold()}


@pytest.mark.parametrize("query", [
    "", "dir=desc", "sort=status", "sort=status&dir=desc", "sort=next_due&tag=alpha",
    "sort=company&dir=desc&q=example", "sort=industry&tag=alpha", "sort=industry&dir=desc",
    "status=waiting", "sort=name&dir=desc&tag=beta&q=ada",
    "sort=last_touch&industry=&status=thank_you_due"])
def test_the_sheets_pages_join_into_the_whole_sorted_filtered_list(client, store, sheet, query):
    rows = walk(client, f"/contacts?per_page={PER_PAGE}&{query}")
    asked = query_of("/?" + query)
    filters = {k: asked[k] for k in ("q", "status", "industry", "tag") if k in asked}
    matching = records.search(store, **filters)  # the service's order: name, then id
    assert len(rows) == len(set(rows)) == len(matching), "a contact was skipped or repeated"
    assert set(rows) == {c["id"] for c in matching}
    sort, descending = asked.get("sort", "name"), asked.get("dir") == "desc"
    if sort == "name":
        expected = [c["id"] for c in (matching[::-1] if descending else matching)]
        assert rows == expected
    elif sort in ORDERS:  # sorted across every page, not within each
        keys = [ORDERS[sort](sheet[i]) for i in rows]
        assert keys == sorted(keys, reverse=descending)
    assert len(matching) > int(PER_PAGE) or filters, "the walk must cross pages"


def test_sorting_by_status_sorts_every_contact_before_the_page_is_cut(client, sheet):
    counts = collections.Counter(c["followup"]["status"] for c in sheet.values())
    assert counts == {"thank_you_due": 52, "due": 26, "waiting": 52}  # as the fixture meant
    second = client.get(f"/contacts?sort=status&per_page={PER_PAGE}&page=2").get_data(as_text=True)
    statuses = [sheet[i]["followup"]["status"] for i in sheet_rows(second)]  # rows 51 to 100
    assert statuses == ["thank_you_due"] * 2 + ["due"] * 26 + ["waiting"] * 22


def test_page_links_keep_the_search_filters_sort_and_direction(client, sheet):
    kept = {"q": "example", "tag": "alpha", "sort": "next_due", "dir": "desc", "per_page": "50"}
    page_html = client.get("/contacts?q=example&tag=alpha&sort=next_due&dir=desc&per_page=50&page=2"
                           ).get_data(as_text=True)
    links = pager_links(page_html)
    assert {"Previous", "1", "2"} <= set(links)
    for text, href in links.items():
        assert {k: v for k, v in query_of(href).items() if k != "page"} == kept, text
    assert query_of(links["Previous"]).get("page", "1") == "1"
    for key, label in (("name", "Name"), ("company", "Company"), ("status", "Status")):
        href = html.unescape(re.search(rf'<a href="([^"]*)">{label}</a>', page_html).group(1))
        sort = {"sort": key} if key != "name" else {}  # a new sort starts at page 1, filters kept
        assert query_of(href) == {"q": "example", "tag": "alpha", **sort, "per_page": "50"}
    per_page = {n: html.unescape(h) for h, n in re.findall(r'<a href="([^"]+)"[^>]*>(\d+)</a>',
                                                            page_html.split('class="per-page"')[1].split("</p>")[0])}
    assert query_of(per_page["250"]) == {"q": "example", "tag": "alpha", "sort": "next_due", "dir": "desc",
                                         "per_page": "250"}
    form = page_html.split('class="filters"')[1].split("</form>")[0]
    assert '<input type="hidden" name="dir" value="desc">' in form
    assert '<input type="hidden" name="per_page" value="50">' in form


def test_changing_rows_per_page_keeps_the_first_row_in_view(client, sheet):
    page_html = client.get("/contacts?per_page=50&page=3").get_data(as_text=True)
    first_row = sheet_rows(page_html)[0]
    href = re.search(r'<a href="([^"]+)"[^>]*>100</a>', page_html).group(1).replace("&amp;", "&")
    assert first_row in sheet_rows(client.get(href).get_data(as_text=True))


def test_the_pager_is_accessible_and_marks_the_current_page(client, sheet):
    page_html = client.get("/contacts?per_page=50&page=2").get_data(as_text=True)
    nav = re.search(r'<nav class="pager" aria-label="Pages of the tracking sheet">.*?</nav>', page_html,
                    re.S).group(0)
    assert re.search(r'href="/contacts\?per_page=50" rel="prev"', nav)
    assert re.search(r'href="/contacts\?per_page=50&amp;page=3" rel="next"', nav)
    [current] = re.findall(r'<a href="([^"]+)" aria-current="page">', nav)
    assert current == "/contacts?per_page=50&amp;page=2"
    assert "First page, </span>1</a>" in nav and "Last page, </span>3</a>" in nav
    assert "<title>Contacts (page 2 of 3)" in page_html
    first = client.get("/contacts?per_page=50").get_data(as_text=True)
    assert 'rel="prev"' not in first and 'rel="next"' in first
    last = client.get("/contacts?per_page=50&page=3").get_data(as_text=True)
    assert 'rel="prev"' in last and 'rel="next"' not in last


def test_a_list_that_fits_on_one_page_has_no_pager(client, sheet):
    page_html = client.get("/contacts").get_data(as_text=True)
    assert len(sheet_rows(page_html)) == 100 and 'class="pager"' in page_html
    page_html = client.get("/contacts?per_page=250").get_data(as_text=True)
    assert len(sheet_rows(page_html)) == SHEET_SIZE and 'class="pager"' not in page_html
    assert "Showing all 130 contacts." in page_html


@pytest.mark.parametrize("query,text", [
    ("per_page=50&page=2", "Showing 51–100 of 130 contacts."),
    ("page=2", "Showing 101–130 of 130 contacts."),
    ("tag=alpha&per_page=50&page=2", "Showing 51–65 of 65 contacts (filtered from 130)."),
    ("tag=alpha&q=zo%C3%AB", "Showing all 9 contacts (filtered from 130)."),
    ("q=%C3%89mile+Example+36", "Showing 1 contact (filtered from 130)."),
    ("q=nobody-at-all", "Showing 0 contacts (filtered from 130)."),
])
def test_the_sheet_says_which_rows_it_shows_of_how_many(client, sheet, query, text):
    page_html = client.get(f"/contacts?{query}").get_data(as_text=True)
    assert re.search(r'role="status">\s*(.*?)</p>', page_html, re.S).group(1) == text


def test_the_count_groups_thousands(client, store):
    from companion.validation import ContactFields

    blank = ContactFields().model_dump()
    store.contacts.insert_many([{**blank, "name": f"Person {i:04d}"} for i in range(1050)])
    page_html = client.get("/contacts?page=11").get_data(as_text=True)
    assert "Showing 1,001–1,050 of 1,050 contacts." in page_html
    assert len(sheet_rows(page_html)) == 50 and sheet_rows(page_html)[0] == store.contacts.all()[1000]["id"]


@pytest.mark.parametrize("number,pages,offered", [
    (1, 1, [1]), (1, 3, [1, 2, 3]), (1, 9, [1, 2, 3, None, 9]), (5, 9, [1, 2, 3, 4, 5, 6, 7, 8, 9]),
    (6, 12, [1, None, 4, 5, 6, 7, 8, None, 12]), (49, 49, [1, None, 47, 48, 49])])
def test_the_pager_offers_first_last_and_nearby_pages_with_gaps(number, pages, offered):
    from companion.web.dashboard.paging import Page

    assert Page.of(number, 100, pages * 100).numbers() == offered


@pytest.mark.parametrize("page_value,expected_page", [
    ("4", 3), ("99", 3), ("9" * 40, 3), ("9" * 5000, 3),  # past the end: the last page
    ("0", 1), ("-2", 1), ("abc", 1), ("1.5", 1), ("", 1), ("٣", 1), ("３", 1), ("2x", 1), ("%00", 1),
    (" 2 ", 2)])
def test_a_page_number_past_the_end_or_junk_shows_a_real_page(client, sheet, page_value, expected_page):
    from urllib.parse import quote

    response = client.get(f"/contacts?per_page=50&sort=status&page={quote(page_value)}")
    assert response.status_code == 200
    page_html = response.get_data(as_text=True)
    wanted = client.get(f"/contacts?per_page=50&sort=status&page={expected_page}").get_data(as_text=True)
    assert sheet_rows(page_html) == sheet_rows(wanted) != []
    assert f"page {expected_page} of 3" in page_html


@pytest.mark.parametrize("per_page", ["7", "0", "-50", "abc", "100000", "", "5e1", "50.0", "٥٠"])
def test_junk_rows_per_page_falls_back_to_a_hundred(client, sheet, per_page):
    from urllib.parse import quote

    response = client.get(f"/contacts?per_page={quote(per_page)}&page=2")
    assert response.status_code == 200
    assert "Showing 101–130 of 130 contacts." in response.get_data(as_text=True)


def test_junk_sort_direction_and_status_fall_back_to_the_defaults(client, sheet):
    page_html = client.get("/contacts?sort=evil&dir=sideways&status=nope&per_page=50").get_data(as_text=True)
    assert sheet_rows(page_html) == sheet_rows(client.get("/contacts?per_page=50").get_data(as_text=True))


@pytest.fixture
def old_address_book(store):
    """Three people interviewed weeks ago and never thanked here, and one interviewed yesterday."""
    import datetime as dt

    today = dt.date.today()
    people = {}
    for name, days in (("Old One", 40), ("Old Two", 90), ("Old Three", 15), ("New One", 1)):
        day = (today - dt.timedelta(days=days)).isoformat()
        people[name] = records.create_contact(store, {"name": name, "interview_date": day})
    return people


def _thank_yous(store) -> dict[str, str]:
    return {i["contact_id"]: i["date"] for i in store.interactions.all() if i["kind"] == "thank_you"}


def test_old_thank_yous_can_be_recorded_in_one_go_and_taken_back(client, post, store, old_address_book):
    import datetime as dt

    page = client.get("/").get_data(as_text=True)
    assert "Record 3 thank-yous as already sent" in page
    response = post("/today/past-thank-yous")
    assert response.status_code == 303
    recorded = _thank_yous(store)
    assert set(recorded) == {old_address_book[n]["id"] for n in ("Old One", "Old Two", "Old Three")}
    for name in ("Old One", "Old Two", "Old Three"):
        interview = dt.date.fromisoformat(old_address_book[name]["interview_date"])
        assert recorded[old_address_book[name]["id"]] == (interview + dt.timedelta(days=1)).isoformat()
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Recorded 3 thank-yous as sent before." in page and "New One" in page
    assert "as already sent" not in page  # only yesterday's interview is left, and it is not old
    undo = re.search(r'name="undo" value="([^"]+)"', page).group(1)
    assert post("/undo", {"undo": undo}).status_code == 303
    assert _thank_yous(store) == {}


def test_a_single_old_thank_you_is_not_offered_in_bulk(client, store):
    import datetime as dt

    day = (dt.date.today() - dt.timedelta(days=60)).isoformat()
    records.create_contact(store, {"name": "Only Old", "interview_date": day})
    assert "as already sent" not in client.get("/").get_data(as_text=True)
