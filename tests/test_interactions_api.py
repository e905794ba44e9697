"""Interactions: log, list, change and delete them; the contact's follow-up status follows."""

import datetime as dt

import pytest

TODAY = dt.date.today()


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


@pytest.fixture
def ada(api):
    return api.create_contact(name="Ada Park", interview_date=day(-6))


def log(api, contact, **fields):
    return api.post(
        f"/api/contacts/{contact['id']}/interactions", {"kind": "update", "date": day(-1), **fields}
    )


def test_logging_a_thank_you_clears_the_thank_you_due(api, ada):
    assert ada["followup"]["status"] == "thank_you_due"
    r = log(api, ada, kind="thank_you", channel="mail", date=day(-5), note="Sent a card")
    assert r.status_code == 201
    body = r.get_json()
    assert body["interaction"]["kind"] == "thank_you" and body["interaction"]["channel"] == "mail"
    assert body["interaction"]["contact_id"] == ada["id"] and body["interaction"]["id"]
    assert body["contact"]["followup"]["status"] != "thank_you_due"
    assert (
        api.get(f"/api/contacts/{ada['id']}").get_json()["contact"]["followup"]["status"] != "thank_you_due"
    )


def test_three_follow_ups_in_a_year_cap_the_contact(api):
    ada = api.create_contact(name="Ada Park", interview_date=day(-210))
    log(api, ada, kind="thank_you", date=day(-200))
    for offset, kind in ((-150, "update"), (-100, "article"), (-40, "linkedin")):
        assert log(api, ada, kind=kind, date=day(offset)).status_code == 201
    contact = api.get(f"/api/contacts/{ada['id']}").get_json()["contact"]
    assert contact["followup"]["status"] == "capped"
    assert contact["followup"]["follow_ups_last_12_months"] == 3


def test_deleting_an_interaction_recomputes_the_status(api, ada):
    item = log(api, ada, kind="thank_you", date=day(-5)).get_json()["interaction"]
    r = api.delete(f"/api/contacts/{ada['id']}/interactions/{item['id']}")
    assert r.status_code == 200
    assert r.get_json()["contact"]["followup"]["status"] == "thank_you_due"
    assert api.get(f"/api/contacts/{ada['id']}/interactions").get_json()["interactions"] == []


def test_list_is_newest_first(api, ada):
    for offset in (-30, -2, -10):
        log(api, ada, date=day(offset))
    items = api.get(f"/api/contacts/{ada['id']}/interactions").get_json()["interactions"]
    assert [i["date"] for i in items] == [day(-2), day(-10), day(-30)]


def test_patch_changes_an_interaction_and_the_status(api, ada):
    item = log(api, ada, kind="update", date=day(-5)).get_json()["interaction"]
    r = api.patch(
        f"/api/contacts/{ada['id']}/interactions/{item['id']}", {"kind": "thank_you", "note": "by mail"}
    )
    assert r.status_code == 200
    assert (
        r.get_json()["interaction"]["kind"] == "thank_you"
        and r.get_json()["interaction"]["note"] == "by mail"
    )
    assert r.get_json()["interaction"]["date"] == day(-5)
    assert r.get_json()["contact"]["followup"]["status"] != "thank_you_due"


def test_patch_with_bad_values_changes_nothing(api, ada):
    item = log(api, ada, kind="update", date=day(-5)).get_json()["interaction"]
    r = api.patch(
        f"/api/contacts/{ada['id']}/interactions/{item['id']}", {"kind": "carrier pigeon", "date": ""}
    )
    assert r.status_code == 400
    assert any("kind" in e for e in r.get_json()["errors"]) and any(
        "date" in e for e in r.get_json()["errors"]
    )
    again = api.get(f"/api/contacts/{ada['id']}/interactions").get_json()["interactions"][0]
    assert again == item


def test_linkedin_interaction_marks_the_contact_connected(api, ada):
    r = log(api, ada, kind="linkedin")
    assert r.get_json()["interaction"]["channel"] == "linkedin"
    assert r.get_json()["contact"]["connected"] is True


def test_an_interaction_changed_to_a_linkedin_connection_marks_the_contact_connected(api, ada):
    item = log(api, ada, kind="update").get_json()["interaction"]
    assert api.get(f"/api/contacts/{ada['id']}").get_json()["contact"]["connected"] is False
    r = api.patch(f"/api/contacts/{ada['id']}/interactions/{item['id']}", {"kind": "linkedin"})
    assert r.status_code == 200
    assert api.get(f"/api/contacts/{ada['id']}").get_json()["contact"]["connected"] is True


@pytest.mark.parametrize(
    "fields, field, hint",
    [
        ({"kind": "carrier_pigeon"}, "kind", "thank_you"),
        ({"kind": None}, "kind", "one of"),
        ({"channel": "fax"}, "channel", "in_person"),
        ({"date": "yesterday"}, "date", "YYYY-MM-DD"),
        ({"date": "2026-13-45"}, "date", "not a real date"),
        ({"date": "2025-02-29"}, "date", "not a real date"),
        ({"date": ""}, "date", "YYYY-MM-DD"),
        ({"date": day(400)}, "date", "future"),
        ({"date": "1850-01-01"}, "date", "past"),
        ({"url": "javascript:alert(1)"}, "url", "http"),
        ({"note": "n" * 5001}, "note", "5000"),
        ({"mood": "great"}, "mood", "not a field"),
    ],
)
def test_bad_interactions_are_refused_naming_the_field(api, ada, fields, field, hint):
    r = log(api, ada, **fields)
    assert r.status_code == 400
    assert f"`{field}`" in r.get_json()["error"] and hint in r.get_json()["error"]
    assert api.get(f"/api/contacts/{ada['id']}/interactions").get_json()["interactions"] == []


def test_missing_kind_and_date_are_both_reported(api, ada):
    r = api.post(f"/api/contacts/{ada['id']}/interactions", {"channel": "email"})
    assert r.status_code == 400
    errors = r.get_json()["errors"]
    assert any("`kind`" in e for e in errors) and any("`date`" in e for e in errors)


def test_a_date_within_the_coming_year_is_accepted(api, ada):
    assert log(api, ada, kind="meeting", date=day(30)).status_code == 201


def test_unknown_contact_is_404_and_nothing_is_written(api, store):
    r = api.post("/api/contacts/no-such-contact/interactions", {"kind": "update", "date": day(-1)})
    assert r.status_code == 404 and r.get_json()["status"] == 404
    assert api.get("/api/contacts/no-such-contact/interactions").status_code == 404
    assert store.interactions.all() == []


def test_interaction_of_another_contact_cannot_be_reached(api, ada):
    bo = api.create_contact(name="Bo Chen")
    item = log(api, ada).get_json()["interaction"]
    assert api.patch(f"/api/contacts/{bo['id']}/interactions/{item['id']}", {"note": "x"}).status_code == 404
    assert api.delete(f"/api/contacts/{bo['id']}/interactions/{item['id']}").status_code == 404
    assert api.delete(f"/api/contacts/{ada['id']}/interactions/nope").status_code == 404
    assert len(api.get(f"/api/contacts/{ada['id']}/interactions").get_json()["interactions"]) == 1


def test_logging_several_at_once_stores_all_or_nothing(store):
    from companion.contacts import interactions, records
    from companion.errors import NotFound, ValidationError

    ada = records.create_contact(store, {"name": "Ada Park"})
    good = {"contact_id": ada["id"], "kind": "thank_you", "date": "2026-11-20"}
    with pytest.raises(NotFound):
        interactions.log_many(store, [good, {**good, "contact_id": "nobody"}])
    with pytest.raises(ValidationError):
        interactions.log_many(store, [good, {**good, "date": "20/11/2026"}])
    assert store.interactions.all() == []
    [stored] = interactions.log_many(store, [good])
    assert stored["contact_id"] == ada["id"] and stored["kind"] == "thank_you"
