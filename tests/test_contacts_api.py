"""The contacts API as the contract in DESIGN.md says: CRUD, search, filters, paging, capture, validation."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


# Paging ------------------------------------------------------------------------------------------


@pytest.fixture
def crowd(api):
    """23 contacts, some sharing a name (ties are broken by id), some due a thank-you, some tagged."""
    names_ = ["Ada Park", "ada park", "Ádá Park", "Bo Chen", "Cy Diaz", "Dee Ek", "Eve Fox", "Flo Gu"]
    for i in range(23):
        fields = {"name": names_[i % len(names_)], "company": f"Company {i % 4}"}
        if i % 3 == 0:
            fields["interview_date"] = "2026-11-20"
        if i % 2 == 0:
            fields["tags"] = ["mentor"]
        api.create_contact(**fields)


def ids(contacts) -> list[str]:
    return [c["id"] for c in contacts]


def walk_pages(api, limit, **filters) -> tuple[list[dict], list[dict]]:
    """Every page in turn, following `next_offset`: (the contacts in page order, the answers)."""
    seen, answers, offset = [], [], 0
    while offset is not None:
        body = api.get("/api/contacts", query_string={**filters, "limit": limit, "offset": offset}).get_json()
        assert body["ok"] is True and body["offset"] == offset and body["limit"] == limit
        assert body["count"] == len(body["contacts"]) <= limit
        seen += body["contacts"]
        answers.append(body)
        offset = body["next_offset"]
        assert len(answers) <= 30, "paging does not end"
    return seen, answers


@pytest.mark.parametrize(
    "filters", [{}, {"q": "park"}, {"tag": "mentor"}, {"status": "thank_you_due"}, {"q": "company 1"}]
)
@pytest.mark.parametrize("limit", [1, 4, 7, 23, 500])
def test_pages_join_up_to_the_whole_filtered_list_with_no_skip_or_repeat(api, crowd, filters, limit):
    whole = api.get("/api/contacts", query_string=filters).get_json()["contacts"]
    assert whole, filters
    seen, answers = walk_pages(api, limit, **filters)
    assert ids(seen) == ids(whole)
    assert len(set(ids(seen))) == len(seen)
    assert all(a["total"] == len(whole) for a in answers)
    assert [a["has_more"] for a in answers] == [True] * (len(answers) - 1) + [False]
    assert len(answers) == -(-len(whole) // limit)


def test_a_page_holds_the_same_contacts_as_the_whole_list_with_their_follow_up_status(api, crowd):
    whole = api.get("/api/contacts").get_json()["contacts"]
    page = api.get("/api/contacts", query_string={"limit": 5, "offset": 10}).get_json()["contacts"]
    assert page == whole[10:15]
    assert all(c["followup"]["status"] for c in page)


def test_people_with_the_same_name_keep_one_order_across_pages(api, crowd):
    parks = api.get("/api/contacts", query_string={"q": "park"}).get_json()["contacts"]
    assert len(parks) == 9 and len({c["name"] for c in parks}) == 3
    seen, _ = walk_pages(api, 2, q="park")
    assert ids(seen) == ids(parks)
    assert ids(parks) == sorted(ids(parks))  # "Ada Park", "ada park" and "Ádá Park" sort as one name


def test_without_limit_or_offset_the_answer_is_the_whole_list_in_its_old_shape(api, crowd):
    for query in ({}, {"limit": "", "offset": ""}):
        body = api.get("/api/contacts", query_string=query).get_json()
        assert set(body) == {"ok", "contacts", "count"} and body["count"] == len(body["contacts"]) == 23


def test_offset_alone_gives_a_page_of_the_default_size_and_past_the_end_an_empty_last_page(api, crowd):
    body = api.get("/api/contacts", query_string={"offset": 20}).get_json()
    assert body["limit"] == 50 and body["count"] == 3 and body["total"] == 23
    assert body["has_more"] is False and body["next_offset"] is None
    body = api.get("/api/contacts", query_string={"offset": 99, "limit": 10}).get_json()
    assert body["contacts"] == [] and body["total"] == 23 and body["has_more"] is False
    body = api.get("/api/contacts", query_string={"limit": 10}).get_json()
    assert body["offset"] == 0 and body["next_offset"] == 10 and body["has_more"] is True


@pytest.mark.parametrize(
    "query, field, hint",
    [
        ({"limit": "-1"}, "limit", "from 1 to 500"),
        ({"limit": "0"}, "limit", "from 1 to 500"),
        ({"limit": "501"}, "limit", "`offset`"),
        ({"limit": "ten"}, "limit", "whole number"),
        ({"limit": "1.5"}, "limit", "whole number"),
        ({"limit": "1e2"}, "limit", "whole number"),
        ({"limit": " 5"}, "limit", "whole number"),
        ({"limit": "\u0665"}, "limit", "whole number"),
        ({"offset": "-5"}, "offset", "0 or more"),
        ({"offset": "next"}, "offset", "contacts to skip"),
        ({"offset": "9" * 40}, "offset", "whole number"),
        ({"limit": "10", "offset": "0x10"}, "offset", "whole number"),
    ],
)
def test_bad_paging_is_a_400_naming_the_parameter_and_the_fix(api, crowd, store, query, field, hint):
    before = store.contacts.all()
    r = api.get("/api/contacts", query_string=query)
    assert r.status_code == 400
    body = r.get_json()
    assert body["ok"] is False and body["status"] == 400 and body["errors"]
    assert f"`{field}`" in body["error"] and hint in body["error"], body["error"]
    assert store.contacts.all() == before


def test_a_bad_limit_and_a_bad_offset_are_reported_together(api, crowd):
    body = api.get("/api/contacts", query_string={"limit": "-1", "offset": "x"}).get_json()
    assert body["status"] == 400 and body["error"].startswith("2 problems")
    assert [e.split()[0] for e in body["errors"]] == ["`limit`", "`offset`"]


numbers = st.one_of(st.integers(min_value=-(10**20), max_value=10**20).map(str), st.text(max_size=12))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(limit=st.none() | numbers, offset=st.none() | numbers, status=st.sampled_from(["", "due", "waiting"]))
def test_any_limit_and_offset_get_a_page_of_the_list_or_a_400_never_a_5xx(api, crowd, limit, offset, status):
    query = {k: v for k, v in {"limit": limit, "offset": offset, "status": status}.items() if v is not None}
    r = api.get("/api/contacts", query_string=query)
    assert r.status_code in (200, 400), r.get_data(as_text=True)[:300]
    body = r.get_json()
    if r.status_code == 400:
        assert body["ok"] is False and body["status"] == 400
        return
    whole = api.get("/api/contacts", query_string={"status": status}).get_json()["contacts"]
    if "total" in body:
        assert body["total"] == len(whole)
        assert ids(body["contacts"]) == ids(whole[body["offset"] : body["offset"] + body["limit"]])
    else:
        assert ids(body["contacts"]) == ids(whole)


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


def test_the_list_finds_the_contact_for_any_form_of_a_profile_url(api, crowd):
    made = api.create_contact(name="Jane Roe", linkedin_url="https://de.linkedin.com/in/Jane-Roe/?x=1")
    for query in ({}, {"limit": 1}):
        r = api.get("/api/contacts", query_string={"linkedin_url": "linkedin.com/in/jane-roe", **query})
        assert ids(r.get_json()["contacts"]) == [made["id"]]
    foreign = api.get("/api/contacts", query_string={"linkedin_url": "https://evil.example/in/x"})
    assert foreign.status_code == 400


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


# Linking a captured profile to someone already stored ------------------------------------------------


def test_a_profile_finds_the_contact_typed_by_hand_or_imported_with_the_same_name(api):
    sheet = api.create_contact(name="Jane  ROE", company="fidelity", email="jane@example.org")
    r = api.get("/api/contacts/likely-match", query_string={"name": "Jane Roe", "company": "Fidelity"})
    assert r.get_json()["contact"]["id"] == sheet["id"] and r.get_json()["reason"] == "same name and company"
    r = api.get("/api/contacts/likely-match", query_string={"name": "Jane Roe", "company": ""})
    assert r.get_json()["contact"]["id"] == sheet["id"] and r.get_json()["reason"] == "same name"


@pytest.mark.parametrize(
    "others",
    [
        [{"name": "Jane Roe", "company": "Vanguard"}],  # another company: another person
        [{"name": "Jane Roe", "linkedin_url": "linkedin.com/in/jane-roe-other"}],  # already linked
        [{"name": "Jane Roe"}, {"name": "jane roe"}],  # two equally likely
        [{"name": "Janet Roe", "company": "Fidelity"}],
    ],
)
def test_no_likely_match_when_it_would_be_a_guess(api, others):
    for fields in others:
        api.create_contact(**fields)
    r = api.get("/api/contacts/likely-match", query_string={"name": "Jane Roe", "company": "Fidelity"})
    assert r.status_code == 200 and r.get_json()["contact"] is None


def test_capture_with_link_to_links_the_profile_and_keeps_what_was_typed(api):
    sheet = api.create_contact(name="Jane Roe", company="Fidelity", title="Analyst", email="jane@example.org")
    r = capture(api, "linkedin.com/in/jane-roe", link_to=sheet["id"], title="Senior Analyst",
                headline="Markets at Fidelity", location="Boston")
    assert r.status_code == 200 and r.get_json()["created"] is False
    linked = r.get_json()["contact"]
    assert linked["id"] == sheet["id"] and linked["linkedin_url"] == "https://www.linkedin.com/in/jane-roe/"
    assert linked["title"] == "Analyst" and linked["email"] == "jane@example.org"  # typed values stay
    assert linked["headline"] == "Markets at Fidelity" and linked["location"] == "Boston"  # gaps filled
    assert len(api.get("/api/contacts").get_json()["contacts"]) == 1
    assert capture(api, "https://uk.linkedin.com/in/Jane-Roe").get_json()["contact"]["id"] == sheet["id"]


def test_capture_cannot_link_a_second_profile_or_an_unknown_contact(api, data_dir):
    linked = api.create_contact(name="Jane Roe", linkedin_url="linkedin.com/in/jane-roe")
    before = (data_dir / "contacts.json").read_bytes()
    r = capture(api, "linkedin.com/in/jane-roe-2", link_to=linked["id"])
    assert r.status_code == 400 and "already has a LinkedIn profile" in r.get_json()["error"]
    r = capture(api, "linkedin.com/in/jane-roe-2", link_to="no-such-id")
    assert r.status_code == 404
    assert (data_dir / "contacts.json").read_bytes() == before


# Past companies from the profile's experience (issue 15.2) -------------------------------------------


def test_capture_stores_past_companies_stripped_each_once_and_returns_them(api):
    r = capture(api, "linkedin.com/in/jane-roe", company="Fidelity",
                past_companies=["  Vanguard  Group ", "State Street", "vanguard group", "", "Putnam"])
    assert r.status_code == 201, r.get_json()
    contact = r.get_json()["contact"]
    assert contact["past_companies"] == ["Vanguard Group", "State Street", "Putnam"]
    stored = api.get(f"/api/contacts/{contact['id']}").get_json()["contact"]
    assert stored["past_companies"] == ["Vanguard Group", "State Street", "Putnam"]
    listed = api.get("/api/contacts").get_json()["contacts"]
    assert listed[0]["past_companies"] == ["Vanguard Group", "State Street", "Putnam"]


def test_a_new_capture_replaces_past_companies_and_one_without_any_keeps_them(api):
    url = "linkedin.com/in/jane-roe"
    contact = capture(api, url, past_companies=["Vanguard", "Putnam"]).get_json()["contact"]
    again = capture(api, url, past_companies=["Putnam", "State Street"]).get_json()["contact"]
    assert again["id"] == contact["id"] and again["past_companies"] == ["Putnam", "State Street"]
    for body in ({}, {"past_companies": []}):  # the page showed no earlier positions this time
        kept = capture(api, url, **body).get_json()["contact"]
        assert kept["past_companies"] == ["Putnam", "State Street"]


def test_past_companies_are_edited_like_other_fields(api):
    contact = api.create_contact(name="Jane Roe", past_companies=["Vanguard"])
    assert contact["past_companies"] == ["Vanguard"]
    r = api.patch(f"/api/contacts/{contact['id']}", {"past_companies": ["Putnam", "Vanguard"]})
    assert r.status_code == 200 and r.get_json()["contact"]["past_companies"] == ["Putnam", "Vanguard"]
    r = api.patch(f"/api/contacts/{contact['id']}", {"notes": "Met at alumni night"})
    assert r.get_json()["contact"]["past_companies"] == ["Putnam", "Vanguard"]  # not sent, not changed
    r = api.patch(f"/api/contacts/{contact['id']}", {"past_companies": []})
    assert r.get_json()["contact"]["past_companies"] == []


def test_a_contact_stored_before_past_companies_existed_shows_none(api, store):
    # A record as an older contacts.json holds it: no `past_companies` key.
    old = store.contacts.insert({"name": "Jane Roe", "company": "Fidelity", "tags": []})
    assert api.get(f"/api/contacts/{old['id']}").get_json()["contact"]["past_companies"] == []
    r = api.patch(f"/api/contacts/{old['id']}", {"past_companies": ["Vanguard"]})
    assert r.get_json()["contact"]["past_companies"] == ["Vanguard"]


def test_linking_a_profile_fills_past_companies_only_when_the_contact_has_none(api):
    sheet = api.create_contact(name="Jane Roe", company="Fidelity")
    linked = capture(api, "linkedin.com/in/jane-roe", link_to=sheet["id"],
                     past_companies=["Vanguard"]).get_json()["contact"]
    assert linked["id"] == sheet["id"] and linked["past_companies"] == ["Vanguard"]
    typed = api.create_contact(name="Ana Ruiz", company="Fidelity", past_companies=["Putnam"])
    kept = api.post("/api/contacts/capture", {"linkedin_url": "linkedin.com/in/ana-ruiz", "name": "Ana Ruiz",
                                              "link_to": typed["id"], "past_companies": ["Vanguard"]})
    assert kept.get_json()["contact"]["past_companies"] == ["Putnam"]


@pytest.mark.parametrize(
    "value, hint",
    [
        ("Vanguard", "must be a list of company names"),
        ({"name": "Vanguard"}, "must be a list of company names"),
        (["Vanguard", 5], "only company names as text, got 5"),
        (["Vanguard", None], "only company names as text, got null"),
        (["Vanguard", ["Putnam"]], "only company names as text"),
        (["x" * 201], "at most 200 characters, got one of 201"),
        ([f"Company {n}" for n in range(11)], "at most 10 companies, got 11"),
    ],
)
def test_bad_past_companies_are_a_400_that_says_the_fix_and_change_nothing(api, data_dir, value, hint):
    url = "linkedin.com/in/jane-roe"
    contact = capture(api, url, company="Fidelity", past_companies=["Vanguard"]).get_json()["contact"]
    before = (data_dir / "contacts.json").read_bytes()
    for r in (
        capture(api, url, company="Putnam", past_companies=value),  # the stored contact stays as it was
        capture(api, "linkedin.com/in/someone-new", past_companies=value),  # no contact is made
        api.patch(f"/api/contacts/{contact['id']}", {"past_companies": value}),
        api.post("/api/contacts", {"name": "Ana Ruiz", "past_companies": value}),
    ):
        assert r.status_code == 400, r.get_json()
        error = r.get_json()["error"]
        assert "`past_companies`" in error and hint in error, error
    assert (data_dir / "contacts.json").read_bytes() == before
    assert [c["id"] for c in api.get("/api/contacts").get_json()["contacts"]] == [contact["id"]]


def test_ten_past_companies_are_taken_and_duplicates_do_not_count_toward_the_ten(api):
    names = [f"Company {n}" for n in range(10)]
    r = capture(api, "linkedin.com/in/jane-roe", past_companies=names + ["company 3", "COMPANY 9"])
    assert r.status_code == 201 and r.get_json()["contact"]["past_companies"] == names
