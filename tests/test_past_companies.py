"""Past employers captured from a LinkedIn profile (`past_companies`, issue 15.2): an article naming one
ranks that contact up, with "Mentions <company>, where <name> used to work", under the same guard as a
current employer (a one-word name that is also a word counts only in an article about the contact's
field). Made-up people; the companies named in articles are as in tests/test_matching_employers.py.
"""

import pytest

from companion.matching import analyse_article, build_index, rank
from companion.matching.contacts import build_profile

PEOPLE = [
    {
        "id": "lena",
        "name": "Lena Okafor",
        "title": "Software Engineer",
        "company": "Bluefin Apps",
        "past_companies": ["Stripe", "Kestrel Robotics"],
    },
    {"id": "omar", "name": "Omar Sayed", "title": "Software Engineer", "company": "Harbor Code Works"},
    {"id": "samir", "name": "Samir Haddad", "title": "Software Engineer", "company": "Stripe"},
    {
        "id": "ines",
        "name": "Ines Duarte",
        "title": "Product Designer",
        "company": "Loop Studio",
        "past_companies": ["Apple"],
    },
    {"id": "ava", "name": "Ava Lindqvist", "title": "Product Designer", "company": "Apple"},
    {"id": "carl", "name": "Carl Dubois", "title": "Head Chef", "company": "Bistro Nord"},
    {
        "id": "nina",
        "name": "Nina Park",
        "title": "Registered Nurse",
        "company": "Mercy Hospital",
        "past_companies": ["Pfizer"],
    },
]


@pytest.fixture(scope="module")
def index():
    return build_index(PEOPLE)


def _ranked(index, title, description=""):
    article = {"url": "https://news.example.com/x", "title": title, "description": description}
    return rank(analyse_article(article), index, limit=8)


def _ids(ranked):
    return [s["contact_id"] for s in ranked]


def _reasons(ranked, contact_id):
    return [reason for s in ranked if s["contact_id"] == contact_id for reason in s["reasons"]]


def test_an_article_naming_a_past_employer_ranks_that_contact_above_a_field_only_one(index):
    ranked = _ranked(index, "Stripe launches stablecoin payouts")
    ids = _ids(ranked)
    # The current employee first; the former one next, above a colleague of the same field with no tie.
    assert ids[0] == "samir"
    assert ids.index("lena") < ids.index("omar")
    assert "Mentions Stripe, where Lena used to work" in _reasons(ranked, "lena")
    lena = next(s for s in ranked if s["contact_id"] == "lena")
    omar = next(s for s in ranked if s["contact_id"] == "omar")
    assert lena["fit"] > omar["fit"]


def test_a_past_employer_alone_brings_the_contact_in_with_the_reason(index):
    ranked = _ranked(index, "Kestrel Robotics raises $40m for warehouse arms")
    assert ranked[0]["contact_id"] == "lena"
    assert ranked[0]["reasons"][0] == "Mentions Kestrel Robotics, where Lena used to work"


def test_a_past_employer_outside_the_contacts_field_still_counts(index):
    ranked = _ranked(index, "Pfizer cuts 500 data jobs")
    assert ranked[0]["contact_id"] == "nina"
    assert ranked[0]["reasons"][0] == "Mentions Pfizer, where Nina used to work"


def test_a_past_employer_is_not_put_first_the_way_a_current_one_is(index):
    # Only the employee goes first whatever the field; a former employee ranks up, by score.
    ranked = _ranked(index, "Apple unveils a thinner laptop with a faster chip")
    assert ranked[0]["contact_id"] == "ava"
    assert "Mentions Apple, Ava's company" in ranked[0]["reasons"]
    assert "Mentions Apple, where Ines used to work" in _reasons(ranked, "ines")


@pytest.mark.parametrize("contact_id", ["ava", "ines"])  # Apple as the current, then as a past employer
def test_a_past_company_that_is_an_ordinary_word_follows_the_guard_of_current_ones(index, contact_id):
    # In an article about their field (technology), "Apple" counts ...
    tech = _ranked(index, "Apple unveils a thinner laptop with a faster chip")
    assert any(r.startswith("Mentions Apple") for r in _reasons(tech, contact_id))
    # ... in one about another field it does not, though written the same way ...
    harvest = _ranked(index, "Apple Harvest Festival draws crowds to the orchard")
    assert not any("Apple" in r for r in _reasons(harvest, contact_id))
    assert contact_id not in _ids(harvest[:1])
    # ... and never when the article also writes the word in lower case.
    pie = _ranked(index, "Apple pie recipe for the holidays", "A classic apple pie with a butter crust.")
    assert pie[0]["contact_id"] == "carl"
    assert not any("Apple" in r for r in _reasons(pie, contact_id))


def test_each_company_is_one_org_of_the_profile_and_the_current_one_wins():
    profile = build_profile(
        {
            "id": "x",
            "name": "Rui Tan",
            "company": "Globex Systems",
            "past_companies": ["Globex Systems", "Initech Labs", "initech labs", "  ", 7, "Umbrella Works"],
            "notes": "Formerly at Umbrella Works; previously with Hooli Cloud.",
        }
    )
    assert [(name, current) for name, _, current in profile["orgs"]] == [
        ("Globex Systems", True),
        ("Initech Labs", False),
        ("Umbrella Works", False),
        ("Hooli Cloud", False),
    ]


def test_a_contact_without_past_companies_or_with_a_bad_value_still_builds():
    for value in (None, "Stripe", {"name": "Stripe"}, []):
        profile = build_profile(
            {"id": "x", "name": "Rui Tan", "company": "Globex Systems", "past_companies": value}
        )
        assert [name for name, _, _ in profile["orgs"]] == ["Globex Systems"]


def test_an_edited_contact_is_reindexed_with_its_past_companies():
    index = build_index(
        [{"id": "lena", "name": "Lena Okafor", "title": "Software Engineer", "company": "Bluefin Apps"}]
    )
    title = "Kestrel Robotics raises $40m for warehouse arms"
    assert _ranked(index, title) == []
    index.update(
        {
            "id": "lena",
            "name": "Lena Okafor",
            "title": "Software Engineer",
            "company": "Bluefin Apps",
            "past_companies": ["Kestrel Robotics"],
        }
    )
    assert _ranked(index, title)[0]["reasons"][0] == "Mentions Kestrel Robotics, where Lena used to work"


def test_captured_past_companies_reach_the_matcher_through_the_api(api):
    """Capture stores them; the companion's own matching (POST /api/articles/match) uses them."""
    r = api.post(
        "/api/contacts/capture",
        {
            "linkedin_url": "https://www.linkedin.com/in/lena-okafor-example/",
            "name": "Lena Okafor",
            "title": "Software Engineer",
            "company": "Bluefin Apps",
            "past_companies": ["Kestrel Robotics", "Stripe"],
        },
    )
    assert r.status_code == 201, r.get_json()
    api.create_contact(name="Omar Sayed", title="Software Engineer", company="Harbor Code Works")
    answer = api.post(
        "/api/articles/match",
        {
            "url": "https://news.example.com/kestrel",
            "title": "Kestrel Robotics raises $40m for warehouse arms",
        },
    ).get_json()
    first = answer["suggestions"][0]
    assert first["contact"]["name"] == "Lena Okafor"
    assert first["contact"]["past_companies"] == ["Kestrel Robotics", "Stripe"]
    assert "Mentions Kestrel Robotics, where Lena used to work" in first["reasons"]
    # An edit that drops the company drops the reason (the index follows the store).
    api.patch(f"/api/contacts/{first['contact']['id']}", {"past_companies": ["Stripe"]})
    again = api.post(
        "/api/articles/match",
        {
            "url": "https://news.example.com/kestrel-2",
            "title": "Kestrel Robotics raises $40m for warehouse arms",
        },
    ).get_json()
    assert not any("Kestrel" in reason for s in again["suggestions"] for reason in s["reasons"])
