"""Draft messages (companion.drafts): personal, varied, natural with missing data, encoded correctly."""

import datetime as dt
import itertools
import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.followups.draft_templates import TEMPLATES
from companion.followups.drafts import (
    LINKEDIN_NOTE_LIMIT,
    discussion_topic,
    draft,
    first_name,
    mailto_link,
    since_phrase,
    when_phrase,
)

ON = dt.date(2026, 11, 26)  # a Thursday
ARTICLE = {"title": "Smaller sensors for pediatric monitors", "url": "https://news.example.com/a?id=7&x=y"}
PROFILE = {
    "name": "Sam Okafor",
    "school": "Lakeside University",
    "programme": "Biomedical Engineering",
    "current_role": "",
    "signature": "Sam Okafor\nLakeside University",
    "email": "sam@example.org",
}


def person(**fields):
    base = {
        "id": "c-101",
        "name": "Priya Venkat",
        "email": "priya@example.com",
        "company": "Northwind Medical",
        "title": "Clinical Engineer",
        "notes": "Talked about pediatric monitors and her move from nursing.",
        "interview_date": "2026-11-24",
        "mailing_address": "4 Harbour Road\nPortside, ME 04101",
        "connected": False,
        "industry": "Medical Devices",
    }
    return {**base, **fields}


def make(kind="thank_you", channel="email", contact=None, profile=None, **kw):
    kw.setdefault("on", ON)
    if kind == "article":
        kw.setdefault("article", ARTICLE)
    return draft(kind, channel, contact or person(), PROFILE if profile is None else profile, **kw)


def decode_mailto(link):
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    fields = {key: values[0] for key, values in parse_qs(parts.query, keep_blank_values=True).items()}
    return unquote(parts.path), fields


# --- personal --------------------------------------------------------------------------------------


def test_thank_you_greets_by_first_name_and_recalls_the_conversation():
    got = make()
    assert got["body"].splitlines()[0].endswith("Priya,")
    assert "on Tuesday" in got["body"]
    assert "pediatric monitors and your move from nursing" in got["body"]  # notes speak of "her"
    assert got["body"].rstrip().endswith("Sam Okafor\nLakeside University")


def test_thank_you_mentions_company_or_title_when_notes_say_nothing_discussed():
    contact = person(notes="Met at the spring fair.")
    bodies = [make(contact=contact, variant=v)["body"] for v in range(3)]
    assert all("spring fair" not in body for body in bodies)
    assert any("Northwind Medical" in body for body in bodies)
    assert any("Clinical Engineer" in body for body in bodies)


def test_interview_logged_as_interaction_is_used_for_the_date_and_its_note_for_the_topic():
    contact = person(interview_date=None, notes="")
    history = [{"kind": "interview", "date": "2026-11-25", "note": "We discussed sterilisation audits."}]
    got = make(contact=contact, interactions=history, variant=0)
    assert "yesterday" in got["body"] and "sterilisation audits" in got["body"]


@pytest.mark.parametrize(
    ("day", "phrase"),
    [
        ("2026-11-26", "today"),
        ("2026-11-25", "yesterday"),
        ("2026-11-24", "on Tuesday"),
        ("2026-11-20", "on Friday"),
        ("2026-11-19", "last week"),
        ("2026-11-05", "a few weeks ago"),
        ("2026-10-20", "last month"),
        ("2026-11-01", "a few weeks ago"),
        ("2026-03-02", "in March"),
        ("2025-12-30", "in December 2025"),
        ("2026-12-01", ""),
    ],
)
def test_interview_date_reads_naturally(day, phrase):
    assert when_phrase(dt.date.fromisoformat(day), ON) == phrase


def test_card_says_the_weekday_rather_than_yesterday():
    assert when_phrase(dt.date(2026, 11, 25), ON, card=True) == "on Wednesday"


@pytest.mark.parametrize(
    ("day", "phrase"),
    [
        ("2026-11-10", ""),
        ("2026-09-01", "a few months"),
        ("2025-12-01", "about a year"),
        ("2024-01-01", "more than a year"),
    ],
)
def test_time_since_last_conversation(day, phrase):
    assert since_phrase(dt.date.fromisoformat(day), ON) == phrase


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Priya Venkat", "Priya"),
        ("Dr. Priya Venkat", "Priya"),
        ("Venkat, Priya", "Priya"),
        ("jean-luc moreau", "Jean-Luc"),
        ("Ólafur Arnalds", "Ólafur"),
        ("", ""),
        (None, ""),
        ("Prof.", ""),
    ],
)
def test_first_name_for_the_greeting(name, first):
    assert first_name(name) == first


@pytest.mark.parametrize(
    ("notes", "topic"),
    [
        ("Talked about supply chains in Asia. Nice person.", "supply chains in Asia"),
        ("Discussed his path from audit to strategy; offered intro", "your path from audit to strategy"),
        ("topics: grant writing, lab automation", "grant writing, lab automation"),
        ("She is great. Met at the alumni dinner.", ""),
        ("", ""),
    ],
)
def test_discussion_topic_comes_only_from_notes_that_say_what_was_discussed(notes, topic):
    assert discussion_topic(notes) == topic


# --- thank-you card by mail ------------------------------------------------------------------------


def test_thank_you_by_mail_is_short_card_text_with_the_envelope_address():
    got = make(channel="mail")
    assert got["address_block"] == "Priya Venkat\n4 Harbour Road\nPortside, ME 04101"
    assert got["address_missing"] is False
    assert got["subject"]
    assert len(got["body"]) < 400 and "http" not in got["body"]
    assert got["body"] != make(channel="email")["body"]


def test_card_without_mailing_address_says_it_is_missing():
    got = make(channel="mail", contact=person(mailing_address=""))
    assert got["address_block"] == "" and got["address_missing"] is True


# --- LinkedIn --------------------------------------------------------------------------------------


def test_a_connection_note_has_no_subject_and_no_email_link():
    note = make("linkedin", "linkedin", contact=person(email="priya@example.com"))
    assert note["body"] and note["subject"] == "" and note["mailto"] == ""


def test_linkedin_note_fits_in_300_characters_even_with_very_long_names():
    contact = person(
        name="Maximiliana " + "Long-Surname-" * 12,
        company="The International " * 10 + "Group",
        notes="Talked about " + "regulatory harmonisation across jurisdictions " * 8,
    )
    profile = {**PROFILE, "name": "Bartholomew " * 10, "current_role": "Assistant " * 30}
    for variant in range(3):
        got = make("linkedin", "linkedin", contact=contact, profile=profile, variant=variant)
        assert 0 < len(got["body"]) <= LINKEDIN_NOTE_LIMIT
        assert got["body"].startswith(("Hi", "Hello"))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400), st.text(max_size=400), st.text(max_size=600), st.integers(0, 5))
def test_linkedin_note_never_exceeds_the_limit(name, company, notes, variant):
    contact = person(name=name, company=company, notes="Talked about " + notes)
    got = make("linkedin", "linkedin", contact=contact, variant=variant)
    assert len(got["body"]) <= LINKEDIN_NOTE_LIMIT


def test_linkedin_message_to_unconnected_contact_is_cut_to_a_note_by_dropping_sentences():
    got = make("update", "linkedin", variant=0)
    assert len(got["body"]) <= LINKEDIN_NOTE_LIMIT and got["body"].endswith(".")
    connected = make("update", "linkedin", contact=person(connected=True), variant=0)
    assert len(connected["body"]) > len(got["body"])


# --- mailto ----------------------------------------------------------------------------------------


def test_mailto_round_trips_subject_and_body_with_crlf_line_breaks():
    got = make("article")
    address, fields = decode_mailto(got["mailto"])
    assert address == "priya@example.com"
    assert fields["subject"] == got["subject"]
    assert fields["body"] == got["body"].replace("\n", "\r\n")
    assert "+" not in got["mailto"].split("?", 1)[1]
    assert "%20" in got["mailto"] and "%0D%0A" in got["mailto"]
    assert "%26x%3Dy" in got["mailto"]  # the article url's & and = cannot break the query


def test_mailto_without_email_has_no_address():
    got = make(contact=person(email=""))
    assert got["mailto"].startswith("mailto:?subject=")


@pytest.mark.parametrize("email", ["priya@example.com?bcc=all@example.net", "not an email", "a@b"])
def test_mailto_refuses_addresses_that_could_inject_headers(email):
    assert mailto_link(email, "Hi", "Body").startswith("mailto:?subject=Hi&body=Body")


def test_mailto_keeps_plus_addresses_and_encodes_unicode():
    link = mailto_link("priya+jobs@example.com", "Merci, Zoë", "Ligne 1\nLigne 2 & 3")
    assert link == (
        "mailto:priya+jobs@example.com?subject=Merci%2C%20Zo%C3%AB&body=Ligne%201%0D%0ALigne%202%20%26%203"
    )


# --- article ---------------------------------------------------------------------------------------


def test_article_draft_links_the_article_and_says_why():
    for variant in range(3):
        got = make("article", variant=variant)
        assert ARTICLE["url"] in got["body"]
        assert (
            "because it is about medical devices" in got["body"] or "since it is about medical" in got["body"]
        )
    assert ARTICLE["title"] in make("article", variant=0)["body"]


def test_article_reason_prefers_a_mention_of_their_company_then_a_given_reason():
    mention = {**ARTICLE, "description": "Northwind Medical ships a new monitor."}
    assert "it mentions Northwind Medical" in make("article", article=mention, variant=0)["body"]
    reason = {**ARTICLE, "reason": "Because it covers the FDA pilot you described."}
    assert (
        "because it covers the FDA pilot you described:" in make("article", article=reason, variant=0)["body"]
    )


def test_article_draft_without_article_url_is_refused():
    with pytest.raises(ValueError, match="url"):
        draft("article", "email", person(), PROFILE, article={"title": "No link"})


@pytest.mark.parametrize(("kind", "channel"), [("gossip", "email"), ("update", "fax")])
def test_unknown_kind_or_channel_is_refused(kind, channel):
    with pytest.raises(ValueError, match="must be one of"):
        draft(kind, channel, person(), PROFILE)


# --- variety ---------------------------------------------------------------------------------------


def test_every_kind_has_at_least_three_distinct_templates():
    for family, templates in TEMPLATES.items():
        assert len(templates) >= 3, family
    for kind, channel in (
        ("thank_you", "email"),
        ("thank_you", "mail"),
        ("update", "email"),
        ("article", "email"),
        ("linkedin", "linkedin"),
    ):
        bodies = {make(kind, channel, variant=v)["body"] for v in range(3)}
        subjects = {make(kind, channel, variant=v)["subject"] for v in range(3)}
        assert len(bodies) == 3, (kind, channel)
        assert len(subjects) == (1 if kind == "linkedin" else 3), (kind, channel)  # a note has no subject


def test_successive_drafts_for_the_same_person_differ():
    history = []
    bodies = []
    for n in range(3):
        bodies.append(make("update", interactions=list(history))["body"])
        history.append({"kind": "update", "date": f"2026-0{n + 1}-10"})
    assert len(set(bodies)) == 3


def test_default_variant_is_stable_for_the_same_person_and_history():
    assert make("update")["body"] == make("update")["body"]
    others = {make("update", contact=person(id=f"c-{n}"))["variant"] for n in range(12)}
    assert len(others) > 1  # different people start on different templates


# --- missing data ----------------------------------------------------------------------------------

BAD_PHRASES = re.compile(
    r"\bNone\b|\{|\}|\[|\]|\s[,.;:!?]|  |\n\n\n|\b(?:at|about|as|with|of|for|in|from|on)\s*[,.;:!?]"
    r"|\b(?:at|about|as|with|of|for|in|from|on)\s*$|,,|\.\.|^\s|\s$"
)
OPTIONAL_CONTACT = (
    "name",
    "company",
    "title",
    "notes",
    "interview_date",
    "industry",
    "email",
    "mailing_address",
)
OPTIONAL_PROFILE = ("name", "school", "programme", "current_role", "signature")


def _matrix():
    kinds = [
        ("thank_you", "email"),
        ("thank_you", "mail"),
        ("thank_you", "linkedin"),
        ("update", "email"),
        ("article", "email"),
        ("linkedin", "linkedin"),
    ]
    blank_sets = [(), OPTIONAL_CONTACT, *((field,) for field in OPTIONAL_CONTACT)]
    return itertools.product(kinds, blank_sets, [(), OPTIONAL_PROFILE, ("name", "signature")], range(3))


@pytest.mark.parametrize(("kind_channel", "blank", "blank_profile", "variant"), list(_matrix()))
def test_drafts_read_naturally_whatever_is_missing(kind_channel, blank, blank_profile, variant):
    kind, channel = kind_channel
    contact = person(**{field: None if field == "interview_date" else "" for field in blank})
    profile = {**PROFILE, **{field: "" for field in blank_profile}}
    got = make(kind, channel, contact=contact, profile=profile, variant=variant)
    for text in (got["subject"], got["body"]) if kind != "linkedin" else (got["body"],):
        assert text and not BAD_PHRASES.search(text), (text, BAD_PHRASES.search(text))
    assert "  " not in got["subject"]
