"""Firefox: capturing a LinkedIn profile served at a real https://www.linkedin.com address."""

PROFILE_URL = "https://www.linkedin.com/in/bea-okonkwo-lindqvist/?miniProfileUrn=abc"
CANONICAL = "https://www.linkedin.com/in/bea-okonkwo-lindqvist/"


def contacts_with_profile(companion, url: str) -> list[dict]:
    return companion.api("GET", f"/api/contacts?linkedin_url={url}", expect=200)["contacts"]


def test_capture_from_profile_page_creates_contact_in_companion(ext, companion, fixture_html):
    ext.pair(companion)
    ext.web.serve(f"{CANONICAL}*", fixture_html("linkedin-signedin-2024"))
    page = ext.new_page(PROFILE_URL)
    assert page.url == PROFILE_URL

    popup = ext.popup_for(page)
    popup.expect_value("Name", "Beatriz Okonkwo-Lindqvist")
    assert popup.value("Company") == "Kattegat Hydro AB"
    assert popup.value("Title") == "Plant Manager"
    assert "Casey Viewer-Person" not in popup.text('[data-panel="profile"]')  # the viewer, never captured
    popup.screenshot("firefox-popup-capture-form")

    popup.fill("Email", "bea@kattegat-hydro.example")
    popup.fill("How you met", "Energy careers fair")
    popup.fill("Interview date", "2026-11-20")
    popup.click("Save contact")
    popup.expect_text('[data-panel="profile"]', "Saved as a new contact.")

    [contact] = contacts_with_profile(companion, CANONICAL)
    assert contact["name"] == "Beatriz Okonkwo-Lindqvist"
    assert contact["company"] == "Kattegat Hydro AB"
    assert contact["email"] == "bea@kattegat-hydro.example"
    assert contact["how_met"] == "Energy careers fair"
    assert contact["interview_date"] == "2026-11-20"


def test_company_page_is_refused_politely(ext, companion, fixture_html):
    ext.pair(companion)
    ext.web.serve("https://www.linkedin.com/company/*", fixture_html("linkedin-company-page"))
    page = ext.new_page("https://www.linkedin.com/company/northwind-power-cooperative/")
    popup = ext.popup_for(page)
    popup.expect_text('[data-state="not_a_profile"]', "company page")
    assert companion.api("GET", "/api/contacts?q=Northwind", expect=200)["contacts"] == []
