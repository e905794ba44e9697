"""Capturing a LinkedIn profile served at a real linkedin.com URL, and the existing-contact view."""

from playwright.sync_api import expect

PROFILE_URL = "https://www.linkedin.com/in/bea-okonkwo-lindqvist/?miniProfileUrn=abc"
CANONICAL = "https://www.linkedin.com/in/bea-okonkwo-lindqvist/"
# The same page served at other profile addresses, for people stored before their profile was captured.
LINKED_URL = "https://www.linkedin.com/in/bea-ol-linked/"
NAMESAKE_URL = "https://www.linkedin.com/in/bea-ol-namesake/"
# Her earlier positions' employers, in page order: grouped roles once, her current company not again.
BEA_PAST = ["Fjordline Wind Partners", "Skagerrak Grid Services", "Øresund Turbine Works"]


def serve(ext, url_glob: str, html: str) -> None:
    ext.context.route(url_glob, lambda route: route.fulfill(status=200, body=html, content_type="text/html"))


def contacts_with_profile(companion, url: str) -> list[dict]:
    return companion.api("GET", f"/api/contacts?linkedin_url={url}", expect=200)["contacts"]


def test_capture_from_profile_page_creates_contact_in_companion(ext, companion, fixture_html, screenshot):
    ext.pair(companion)
    serve(ext, "https://www.linkedin.com/in/bea-okonkwo-lindqvist/**", fixture_html("linkedin-signedin-2024"))
    page = ext.context.new_page()
    page.goto(PROFILE_URL)

    popup = ext.real_popup(page)  # the popup people open from the toolbar, on the active tab
    form = popup.locator('[data-panel="profile"] form')
    expect(popup.get_by_label("Name", exact=True)).to_have_value("Beatriz Okonkwo-Lindqvist")
    expect(popup.get_by_label("Company")).to_have_value("Kattegat Hydro AB")
    expect(popup.get_by_label("Title")).to_have_value("Plant Manager")
    # The earlier employers are shown to check before saving, one a line.
    expect(popup.get_by_label("Past companies (one a line)")).to_have_value("\n".join(BEA_PAST))
    screenshot(popup, "popup-capture-form")
    assert "Casey Viewer-Person" not in form.inner_text()

    popup.get_by_label("Email").fill("bea@kattegat-hydro.example")
    popup.get_by_label("How you met").fill("Energy careers fair")
    popup.get_by_label("Interview date").fill("2026-11-20")
    popup.get_by_role("button", name="Save contact").click()
    expect(popup.locator('[data-panel="profile"]')).to_contain_text("Saved as a new contact.")
    screenshot(popup, "popup-existing-contact")

    [contact] = contacts_with_profile(companion, CANONICAL)
    assert contact["name"] == "Beatriz Okonkwo-Lindqvist"
    assert contact["company"] == "Kattegat Hydro AB"
    assert contact["email"] == "bea@kattegat-hydro.example"
    assert contact["how_met"] == "Energy careers fair"
    assert contact["interview_date"] == "2026-11-20"
    assert contact["past_companies"] == BEA_PAST


def test_known_profile_shows_status_and_logs_thank_you_and_connection(ext, companion, fixture_html):
    ext.pair(companion)
    companion.api(
        "POST",
        "/api/contacts",
        {
            "name": "Zoë Ðurić-Nakamura",
            "linkedin_url": "https://www.linkedin.com/in/zoë-đurić-nakamura-12ab/",
            "company": "Meridian Semiconductor Works",
            "interview_date": "2026-11-24",
        },
        expect=201,
    )
    serve(ext, "https://www.linkedin.com/in/zo**", fixture_html("linkedin-signedin-2024-grouped"))
    page = ext.context.new_page()
    page.goto("https://www.linkedin.com/in/zo%C3%AB-%C4%91uri%C4%87-nakamura-12ab/")

    popup = ext.popup_for(page)
    panel = popup.locator('[data-panel="profile"]')
    expect(panel).to_contain_text("In your contacts")
    expect(panel).to_contain_text("Thank-you due")

    popup.get_by_label("Thank-you sent by").select_option("mail")
    popup.get_by_role("button", name="Log thank-you").click()
    expect(panel).to_contain_text("Thank-you logged.")

    popup.get_by_role("button", name="Draft connection note").click()
    note = popup.get_by_label("Connection note")
    expect(note).not_to_have_value("")
    assert len(note.input_value()) <= 300

    popup.get_by_role("button", name="Mark as connected").click()
    expect(panel).to_contain_text("Marked as connected.")
    expect(panel).to_contain_text("Connected on LinkedIn")

    [contact] = contacts_with_profile(companion, "https://www.linkedin.com/in/zoë-đurić-nakamura-12ab/")
    assert contact["connected"] is True
    kinds = {
        (i["kind"], i["channel"])
        for i in companion.api("GET", f"/api/contacts/{contact['id']}/interactions", expect=200)[
            "interactions"
        ]
    }
    assert {("thank_you", "mail"), ("linkedin", "linkedin")} <= kinds


def test_company_page_is_refused_politely(ext, companion, fixture_html):
    ext.pair(companion)
    serve(ext, "https://www.linkedin.com/company/**", fixture_html("linkedin-company-page"))
    page = ext.context.new_page()
    page.goto("https://www.linkedin.com/company/northwind-power-cooperative/")
    popup = ext.popup_for(page)
    expect(popup.locator('[data-state="not_a_profile"]')).to_contain_text("company page")
    assert companion.api("GET", "/api/contacts?q=Northwind", expect=200)["contacts"] == []


def test_a_profile_of_someone_stored_without_it_is_linked_not_duplicated(ext, companion, fixture_html):
    # Typed in by hand or imported from a sheet: the same person, no LinkedIn profile yet.
    stored = companion.api(
        "POST",
        "/api/contacts",
        {"name": "Beatriz Okonkwo-Lindqvist", "company": "kattegat hydro ab", "email": "bea@example.test",
         "title": "Plant manager (typed)"},
        expect=201,
    )["contact"]
    ext.pair(companion)
    serve(ext, f"{LINKED_URL}**", fixture_html("linkedin-signedin-2024"))
    page = ext.context.new_page()
    page.goto(LINKED_URL)

    popup = ext.popup_for(page)
    panel = popup.locator('[data-panel="profile"]')
    expect(panel).to_contain_text("Already in your contacts?")
    expect(panel).to_contain_text("same name and company")
    popup.get_by_role("button", name="Link this profile to Beatriz Okonkwo-Lindqvist").click()
    expect(panel).to_contain_text("Linked this profile to Beatriz Okonkwo-Lindqvist.")
    expect(panel).to_contain_text("In your contacts")

    [linked] = contacts_with_profile(companion, LINKED_URL)
    assert linked["id"] == stored["id"]
    assert linked["email"] == "bea@example.test" and linked["title"] == "Plant manager (typed)"
    assert linked["past_companies"] == BEA_PAST  # the stored contact had none: the profile's fill the gap
    namesakes = [c for c in companion.api("GET", "/api/contacts", expect=200)["contacts"]
                 if c["name"] == "Beatriz Okonkwo-Lindqvist"]
    assert stored["id"] in {c["id"] for c in namesakes}
    assert all(c["linkedin_url"] for c in namesakes), "the stored namesake was not linked"


def test_a_namesake_can_still_be_saved_as_a_new_contact(ext, companion, fixture_html):
    namesake = companion.api("POST", "/api/contacts", {"name": "Beatriz Okonkwo-Lindqvist"}, expect=201)
    ext.pair(companion)
    serve(ext, f"{NAMESAKE_URL}**", fixture_html("linkedin-signedin-2024"))
    page = ext.context.new_page()
    page.goto(NAMESAKE_URL)

    popup = ext.popup_for(page)
    expect(popup.locator('[data-panel="profile"]')).to_contain_text("(same name)")
    popup.get_by_role("button", name="No, save as a new contact").click()
    popup.get_by_role("button", name="Save contact").click()
    expect(popup.locator('[data-panel="profile"]')).to_contain_text("Saved as a new contact.")
    [saved] = contacts_with_profile(companion, NAMESAKE_URL)
    assert saved["id"] != namesake["contact"]["id"]
    assert companion.api("GET", f"/api/contacts/{namesake['contact']['id']}", expect=200)["contact"][
        "linkedin_url"] == ""


def test_past_companies_can_be_corrected_before_saving(ext, companion, fixture_html):
    ext.pair(companion)
    serve(ext, "https://www.linkedin.com/in/bea-okonkwo-lindqvist/**", fixture_html("linkedin-signedin-2024"))
    for contact in companion.api("GET", "/api/contacts", expect=200)["contacts"]:  # a first capture
        companion.api("DELETE", f"/api/contacts/{contact['id']}", expect=200)
    page = ext.context.new_page()
    page.goto(PROFILE_URL)
    popup = ext.popup_for(page)
    popup.get_by_label("Past companies (one a line)").fill(f"{BEA_PAST[0]}\n\n  Fjordline Shipping  ")
    popup.get_by_role("button", name="Save contact").click()
    expect(popup.locator('[data-panel="profile"]')).to_contain_text("Saved as a new contact.")
    [contact] = contacts_with_profile(companion, CANONICAL)
    assert contact["past_companies"] == [BEA_PAST[0], "Fjordline Shipping"]
