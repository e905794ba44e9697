"""The contacts API as the contract in DESIGN.md says: CRUD, search, filters, capture, validation."""

import pytest

FIELDS = {
    "name": "Ada Park",
    "email": "ada@example.org",
    "phone": "+1 555 0100",
    "headline": "Nurse at Mayo Clinic",
    "title": "Nurse Practitioner",
    "company": "Mayo Clinic",
    "industry": "Hospitals and Health Care",
    "location": "Rochester, MN",
    "linkedin_url": "https://www.linkedin.com/in/ada-park-example/",
    "mailing_address": "1 Main St, Rochester, MN",
    "tags": ["nursing", "mentor"],
    "notes": "Met at the career fair",
    "how_met": "Career fair",
    "interview_date": "2026-11-20",
}


def names(response) -> list[str]:
    return [c["name"] for c in response.get_json()["contacts"]]


def test_create_returns_201_with_every_field_id_industry_and_followup(api):
    r = api.post("/api/contacts", FIELDS)
    assert r.status_code == 201
    body = r.get_json()
    assert body["ok"] is True
    contact = body["contact"]
    for key, value in FIELDS.items():
        assert contact[key] == value, key
    assert contact["id"] and contact["created_at"] and contact["updated_at"]
    assert contact["industry_id"] and contact["industry_name"]
    assert contact["followup"]["status"] == "thank_you_due"


def test_missing_optional_fields_default_to_empty_text_and_no_tags(api):
    contact = api.create_contact(name="Bo Chen")
    assert contact["email"] == contact["notes"] == contact["company"] == ""
    assert contact["tags"] == [] and contact["interview_date"] is None and contact["connected"] is False


def test_get_returns_the_contact_and_unknown_id_is_404(api):
    contact = api.create_contact(**FIELDS)
    r = api.get(f"/api/contacts/{contact['id']}")
    assert r.status_code == 200 and r.get_json()["contact"]["email"] == "ada@example.org"
    r = api.get("/api/contacts/no-such-id")
    assert r.status_code == 404 and "no-such-id" in r.get_json()["error"]


def test_patch_changes_only_the_fields_sent(api):
    contact = api.create_contact(**FIELDS)
    r = api.patch(f"/api/contacts/{contact['id']}", {"company": "Cleveland Clinic", "tags": ["cardiology"]})
    assert r.status_code == 200
    changed = api.get(f"/api/contacts/{contact['id']}").get_json()["contact"]
    assert changed["company"] == "Cleveland Clinic" and changed["tags"] == ["cardiology"]
    assert changed["email"] == "ada@example.org" and changed["notes"] == FIELDS["notes"]
    assert changed["updated_at"] >= contact["updated_at"]


def test_patch_cannot_empty_the_name_or_reach_an_unknown_contact(api):
    contact = api.create_contact()
    r = api.patch(f"/api/contacts/{contact['id']}", {"name": "  "})
    assert r.status_code == 400 and "name" in r.get_json()["error"]
    assert api.patch("/api/contacts/nope", {"company": "X"}).status_code == 404


def test_delete_removes_the_contact_and_its_interactions(api, store):
    contact = api.create_contact()
    api.post(f"/api/contacts/{contact['id']}/interactions", {"kind": "thank_you", "date": "2026-11-21"})
    r = api.delete(f"/api/contacts/{contact['id']}")
    assert r.status_code == 200 and r.get_json()["deleted_interactions"] == 1
    assert api.get(f"/api/contacts/{contact['id']}").status_code == 404
    assert store.interactions.all() == []
    assert api.delete(f"/api/contacts/{contact['id']}").status_code == 404


def test_list_is_sorted_by_name_and_counts(api):
    for name in ("Cy Diaz", "ada park", "Bo Chen"):
        api.create_contact(name=name)
    r = api.get("/api/contacts")
    assert names(r) == ["ada park", "Bo Chen", "Cy Diaz"] and r.get_json()["count"] == 3


@pytest.fixture
def people(api):
    api.create_contact(name="José Álvarez", company="Banco Nación", title="Analyst", tags=["finance"])
    api.create_contact(
        name="Mia Wong",
        company="Acme Robotics",
        headline="Building pediatric devices",
        notes="Loves trail running",
    )
    api.create_contact(name="Ola Berg", title="Data Scientist", company="Nordic Health", tags=["Mentor"])


SEARCHES = [
    ("jose", ["José Álvarez"]),
    ("JOSÉ", ["José Álvarez"]),
    ("alvarez", ["José Álvarez"]),
    ("nacion", ["José Álvarez"]),
    ("acme", ["Mia Wong"]),
    ("data scientist", ["Ola Berg"]),
    ("PEDIATRIC", ["Mia Wong"]),
    ("trail running", ["Mia Wong"]),
    ("mentor", ["Ola Berg"]),
    ("finance", ["José Álvarez"]),
    ("health berg", ["Ola Berg"]),
    ("nobody-matches-this", []),
    ("", ["José Álvarez", "Mia Wong", "Ola Berg"]),
]


def test_search_covers_name_company_title_headline_notes_and_tags_ignoring_case_and_accents(api, people):
    for query, expected in SEARCHES:
        r = api.get("/api/contacts", query_string={"q": query})
        assert r.status_code == 200
        assert names(r) == expected, query


def test_status_filter_returns_exactly_the_contacts_with_that_status(api):
    api.create_contact(name="Fresh Interview", interview_date="2026-11-24")
    api.create_contact(name="No Interview")
    thanked = api.create_contact(name="Thanked", interview_date="2026-11-20")
    api.post(f"/api/contacts/{thanked['id']}/interactions", {"kind": "thank_you", "date": "2026-11-21"})
    everyone = api.get("/api/contacts").get_json()["contacts"]
    by_status = {}
    for c in everyone:
        by_status.setdefault(c["followup"]["status"], []).append(c["name"])
    assert "thank_you_due" in by_status and len(by_status) >= 2
    for status in ("thank_you_due", "due", "waiting", "capped"):
        r = api.get("/api/contacts", query_string={"status": status})
        assert r.status_code == 200
        assert names(r) == sorted(by_status.get(status, []), key=str.casefold)
    assert "Fresh Interview" in by_status["thank_you_due"]


def test_unknown_status_filter_is_a_400_listing_the_choices(api):
    r = api.get("/api/contacts", query_string={"status": "overdue-ish"})
    assert r.status_code == 400 and "thank_you_due" in r.get_json()["error"]


def test_industry_filter_matches_the_normalised_industry(api):
    api.create_contact(name="Ada Park", industry="Hospitals and Health Care")
    api.create_contact(name="Bo Chen", industry="Banking")
    ada = api.get("/api/contacts", query_string={"q": "ada"}).get_json()["contacts"][0]
    r = api.get("/api/contacts", query_string={"industry": ada["industry_name"]})
    assert names(r) == ["Ada Park"]
    r = api.get("/api/contacts", query_string={"industry": ada["industry_id"]})
    assert names(r) == ["Ada Park"]
    assert names(api.get("/api/contacts", query_string={"industry": "no such industry"})) == []


# Capture from LinkedIn ---------------------------------------------------------------------------


def capture(api, url, **fields):
    return api.post("/api/contacts/capture", {"linkedin_url": url, "name": "Jane Roe", **fields})


def test_capture_creates_then_updates_the_same_contact_by_profile_url(api):
    first = capture(
        api, "https://www.linkedin.com/in/jane-roe-12345/", headline="Analyst at Fidelity", company="Fidelity"
    )
    assert first.status_code == 201 and first.get_json()["created"] is True
    contact = first.get_json()["contact"]
    assert contact["linkedin_url"] == "https://www.linkedin.com/in/jane-roe-12345/"
    variants = [
        "https://uk.linkedin.com/in/jane-roe-12345/?trk=public_profile&originalSubdomain=uk",
        "https://linkedin.com/in/jane-roe-12345/details/experience/",
        "https://www.linkedin.com/in/jane-roe-12345/fr",
        "HTTPS://WWW.LINKEDIN.COM/IN/JANE-ROE-12345",
        "https://www.linkedin.com/in/jane%2Droe%2D12345/",
    ]
    for url in variants:
        r = capture(api, url, headline="Senior Analyst at Fidelity")
        assert r.status_code == 200, url
        assert r.get_json()["created"] is False and r.get_json()["contact"]["id"] == contact["id"]
    everyone = api.get("/api/contacts").get_json()["contacts"]
    assert len(everyone) == 1
    assert everyone[0]["headline"] == "Senior Analyst at Fidelity" and everyone[0]["company"] == "Fidelity"


def test_capture_keeps_what_the_user_typed_when_the_page_has_nothing_for_a_field(api):
    contact = capture(api, "linkedin.com/in/jane-roe", company="Fidelity").get_json()["contact"]
    api.patch(f"/api/contacts/{contact['id']}", {"notes": "Met at alumni night", "email": "jane@example.org"})
    capture(api, "linkedin.com/in/jane-roe", company="")
    again = api.get(f"/api/contacts/{contact['id']}").get_json()["contact"]
    assert again["company"] == "Fidelity" and again["notes"] == "Met at alumni night"
    assert again["email"] == "jane@example.org"


def test_capture_matches_a_contact_created_by_hand_with_another_form_of_the_url(api):
    made = api.create_contact(name="Jane Roe", linkedin_url="https://de.linkedin.com/in/Jane-Roe/?x=1")
    r = capture(api, "https://www.linkedin.com/in/jane-roe/")
    assert r.status_code == 200 and r.get_json()["contact"]["id"] == made["id"]


def test_percent_encoded_non_ascii_profile_urls_de_duplicate(api):
    assert capture(api, "https://www.linkedin.com/in/josé-garcía/").status_code == 201
    r = capture(api, "https://es.linkedin.com/in/jos%C3%A9-garc%C3%ADa?trk=x")
    assert r.status_code == 200 and r.get_json()["created"] is False


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/in/jane-roe",
        "https://www.linkedin.com/company/acme/",
        "ftp://www.linkedin.com/in/jane-roe",
        "",
        "jane-roe",
    ],
)
def test_capture_of_a_non_profile_url_is_a_400_naming_the_field(api, url):
    r = capture(api, url)
    assert r.status_code == 400
    assert "linkedin_url" in r.get_json()["error"]
    assert api.get("/api/contacts").get_json()["contacts"] == []


def test_capture_without_name_is_a_400(api):
    r = api.post("/api/contacts/capture", {"linkedin_url": "linkedin.com/in/jane-roe"})
    assert r.status_code == 400 and "name" in r.get_json()["error"]


def test_create_refuses_a_second_contact_with_the_same_profile(api):
    api.create_contact(name="Jane Roe", linkedin_url="linkedin.com/in/jane-roe")
    r = api.post(
        "/api/contacts", {"name": "Jane Again", "linkedin_url": "https://uk.linkedin.com/in/Jane-Roe"}
    )
    assert r.status_code == 400 and "Jane Roe" in r.get_json()["error"]
    assert len(api.get("/api/contacts").get_json()["contacts"]) == 1


def test_create_with_a_non_linkedin_profile_url_is_a_400(api):
    r = api.post("/api/contacts", {"name": "Ada Park", "linkedin_url": "https://evil.example/in/ada"})
    assert r.status_code == 400 and "linkedin_url" in r.get_json()["error"]


# Validation --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, field, hint",
    [
        ({"company": "No Name Inc"}, "name", "required"),
        ({"name": ""}, "name", "required"),
        ({"name": "X", "email": "not-an-email"}, "email", "name@example.org"),
        ({"name": "X", "interview_date": "12/3/2024"}, "interview_date", "YYYY-MM-DD"),
        ({"name": "X", "interview_date": "2026-02-30"}, "interview_date", "not a real date"),
        ({"name": "X", "interview_date": "2099-01-01"}, "interview_date", "future"),
        ({"name": "X", "tags": "not-a-list"}, "tags", "list"),
        ({"name": "X", "tags": ["ok", 5]}, "tags", "text"),
        ({"name": "X", "notes": "n" * 20001}, "notes", "20000"),
        ({"name": ["X"]}, "name", "text"),
        ({"name": "X", "connected": "yes"}, "connected", "true or false"),
        ({"name": "X", "favourite_colour": "blue"}, "favourite_colour", "not a field"),
    ],
)
def test_validation_names_the_field_and_the_fix(api, body, field, hint):
    r = api.post("/api/contacts", body)
    assert r.status_code == 400
    error = r.get_json()
    assert f"`{field}`" in error["error"] and hint in error["error"]
    assert any(field in e for e in error["errors"])
    assert api.get("/api/contacts").get_json()["contacts"] == []


def test_every_problem_in_a_body_is_reported_at_once(api):
    r = api.post(
        "/api/contacts", {"name": "", "email": "bad", "tags": "x", "interview_date": "12/3/2024", "bogus": 1}
    )
    errors = r.get_json()["errors"]
    assert r.status_code == 400
    for field in ("name", "email", "tags", "interview_date", "bogus"):
        assert any(f"`{field}`" in e for e in errors), (field, errors)
    assert r.get_json()["error"].startswith("5 problems")


@pytest.mark.parametrize("body", [[], ["name"], "Ada", 5, None, True])
def test_a_body_that_is_not_an_object_is_a_400(api, body):
    r = api.client.post("/api/contacts", json=body, headers=api.headers())
    assert r.status_code == 400 or (body is None and r.status_code == 400)
    assert r.get_json()["ok"] is False


def test_text_fields_are_trimmed_and_stripped_of_control_characters(api):
    contact = api.create_contact(name="  Ada\x00 Park\x07  ", tags=[" nursing ", "Nursing", ""])
    assert contact["name"] == "Ada Park" and contact["tags"] == ["nursing"]


def test_snooze_sets_and_clears_the_date(api):
    contact = api.create_contact()
    r = api.post(f"/api/contacts/{contact['id']}/snooze", {"until": "2026-12-24"})
    assert r.status_code == 200 and r.get_json()["contact"]["snoozed_until"] == "2026-12-24"
    r = api.post(f"/api/contacts/{contact['id']}/snooze", {"until": "Christmas"})
    assert r.status_code == 400 and "until" in r.get_json()["error"]
    r = api.post(f"/api/contacts/{contact['id']}/snooze", {})
    assert r.status_code == 200 and r.get_json()["contact"]["snoozed_until"] is None
