"""GET /api/contacts/<id>/draft over a real app: every kind and channel, the mail card's envelope,
LinkedIn's 300-character limit, mailto links that decode back, and the user's profile in the
signature (made-up people and companies)."""

import urllib.parse

import pytest

from tests.test_feeds_api import ENERGY_ITEMS, rss

pytest_plugins = ["tests.feedserver"]

KINDS = ("thank_you", "update", "article", "linkedin")
CHANNELS = ("email", "mail", "linkedin")
ARTICLE = {
    "url": "https://news.example.test/energy/offshore-wind?id=7&lang=en",
    "title": "Offshore wind & solar: what the new auction means",
}


@pytest.fixture
def samuel(api):
    return api.create_contact(
        name="Samuel Okafor",
        email="samuel.okafor@example.com",
        company="Brightwind Power",
        title="Grid Planner",
        industry="Renewable Energy",
        interview_date="2026-11-20",
        notes="We talked about offshore wind permitting and grid queues.",
        mailing_address="Brightwind Power\n12 Harbour Road\nPort Ellis, PE 40210",
    )


def get_draft(api, contact, code=200, **query):
    r = api.get(f"/api/contacts/{contact['id']}/draft?{urllib.parse.urlencode(query)}")
    assert r.status_code == code, r.get_json()
    return r.get_json()


def decoded_mailto(link: str) -> tuple[str, dict]:
    parts = urllib.parse.urlsplit(link)
    assert parts.scheme == "mailto"
    query = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
    return urllib.parse.unquote(parts.path), {k: v[0].replace("\r\n", "\n") for k, v in query.items()}


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_and_channel_gives_a_personal_draft(api, samuel, kind, channel):
    extra = ARTICLE if kind == "article" else {}
    draft = get_draft(api, samuel, kind=kind, channel=channel, **extra)
    assert draft["ok"] is True
    assert draft["body"].strip()
    assert "Samuel" in draft["body"]
    assert "{" not in draft["body"] and "None" not in draft["body"]
    if kind == "article":
        assert ARTICLE["url"] in draft["body"]
    if channel == "linkedin" or kind == "linkedin":
        assert len(draft["body"]) <= 300
    if kind == "linkedin":  # a connection note: no subject, not an email
        assert draft["subject"] == "" and draft["mailto"] == ""
        return
    address, query = decoded_mailto(draft["mailto"])
    assert address == "samuel.okafor@example.com"
    assert query.get("subject", "") == draft["subject"]
    assert query["body"] == draft["body"]


def test_thank_you_by_mail_is_card_text_with_the_envelope_address(api, samuel):
    draft = get_draft(api, samuel, kind="thank_you", channel="mail")
    assert draft["address_block"].splitlines()[0] == "Samuel Okafor"
    assert "12 Harbour Road" in draft["address_block"]
    assert draft["address_missing"] is False
    email = get_draft(api, samuel, kind="thank_you", channel="email")
    assert "address_block" not in email
    assert draft["body"] != email["body"]


def test_card_without_a_mailing_address_says_the_address_is_missing(api):
    lena = api.create_contact(name="Lena Fischer", company="Norland Bank")
    draft = get_draft(api, lena, kind="thank_you", channel="mail")
    assert draft["address_missing"] is True


def test_linkedin_note_fits_300_characters_even_with_long_details(api):
    long = api.create_contact(
        name="Maximiliana Konstantinopoulou-Vanderberg",
        company="A" * 150,
        title="Principal " + "Very Senior " * 10 + "Architect",
        notes="We discussed " + "supply chains and logistics, " * 20,
    )
    draft = get_draft(api, long, kind="linkedin", channel="linkedin")
    assert 0 < len(draft["body"]) <= 300
    assert "Maximiliana" in draft["body"]


def test_mailto_encodes_ampersands_question_marks_and_line_breaks(api, samuel):
    draft = get_draft(api, samuel, kind="article", channel="email", **ARTICLE)
    link = draft["mailto"]
    assert "\n" not in link and " " not in link
    assert link.count("?") == 1
    _, query = decoded_mailto(link)
    assert set(query) <= {"subject", "body"}
    assert ARTICLE["url"] in query["body"]


def test_profile_name_and_signature_appear_in_drafts(api, samuel):
    r = api.put(
        "/api/settings/profile",
        {"name": "Jordan Lee", "school": "Northfield University", "programme": "MSc Energy Systems"},
    )
    assert r.status_code == 200
    assert "Jordan" in get_draft(api, samuel, kind="update", channel="email")["body"]
    api.put("/api/settings/profile", {"signature": "Jordan Lee\nMSc Energy Systems, Northfield University"})
    body = get_draft(api, samuel, kind="thank_you", channel="email")["body"]
    assert body.rstrip().endswith("Jordan Lee\nMSc Energy Systems, Northfield University")


def test_article_draft_without_a_waiting_article_or_url_is_refused_clearly(api, samuel):
    answer = get_draft(api, samuel, 400, kind="article")
    assert "No article is waiting" in answer["error"] and "`url`" in answer["error"]


def test_article_draft_uses_the_best_waiting_suggestion(api, samuel, feed_server):
    url = feed_server.add("/energy.xml", rss("Energy Wire", ENERGY_ITEMS))
    api.post("/api/feeds", {"url": url})
    assert api.post("/api/feeds/poll").get_json()["new_suggestions"] >= 1
    draft = get_draft(api, samuel, kind="article")
    assert any(u in draft["body"] for u, _, _ in ENERGY_ITEMS)
    assert "Samuel works in" not in draft["body"]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"kind": "postcard"}, "kind"),
        ({"kind": "update", "channel": "fax"}, "channel"),
        ({"kind": "article", "url": "javascript:alert(1)", "title": "x"}, "url"),
        ({"kind": "article", "url": "ftp://files.example.test/a"}, "url"),
    ],
)
def test_bad_kind_channel_or_url_is_400_naming_it(api, samuel, query, field):
    answer = get_draft(api, samuel, 400, **query)
    assert f"`{field}`" in answer["error"]


def test_draft_for_an_unknown_contact_is_404(api):
    r = api.get("/api/contacts/no-such-contact/draft?kind=update")
    assert r.status_code == 404 and r.get_json()["ok"] is False


def test_contact_without_email_gets_a_mailto_without_address(api):
    lena = api.create_contact(name="Lena Fischer", company="Norland Bank")
    address, query = decoded_mailto(get_draft(api, lena, kind="update", channel="email")["mailto"])
    assert address == ""
    assert "Lena" in query["body"]
