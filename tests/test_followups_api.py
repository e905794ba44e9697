"""Who is due, through the API: /api/followups?on=, snoozing a contact, and statuses recomputed when
an interaction is edited or deleted (made-up people and companies)."""

import datetime as dt

import pytest

TODAY = dt.date.today()


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def due_on(api, on: str | None = None) -> dict:
    r = api.get("/api/followups" + (f"?on={on}" if on else ""))
    assert r.status_code == 200, r.get_json()
    return r.get_json()


def names(items) -> list[str]:
    return [i["contact"]["name"] for i in items]


def log(api, contact, **fields):
    r = api.post(f"/api/contacts/{contact['id']}/interactions", fields)
    assert r.status_code == 201, r.get_json()
    return r.get_json()


def status_of(api, contact) -> str:
    return api.get(f"/api/contacts/{contact['id']}").get_json()["contact"]["followup"]["status"]


@pytest.mark.parametrize("on", ["2026-13-01", "tomorrow", "26/11/2026", "2026-02-30", "20261126"])
def test_a_bad_date_is_refused_naming_on(api, on):
    r = api.get(f"/api/followups?on={on}")
    assert r.status_code == 400
    assert "`on`" in r.get_json()["error"]


def test_lists_thank_yous_follow_ups_and_capped_contacts(api):
    late = api.create_contact(name="Ada Park", interview_date=day(-5))
    api.create_contact(name="Bruno Ortega", interview_date=day(-1))
    dormant = api.create_contact(name="Chiara Bellini")
    log(api, dormant, kind="update", date=day(-150))
    busy = api.create_contact(name="Dev Raman")
    for offset in (-300, -200, -100):
        log(api, busy, kind="update", date=day(offset))

    lists = due_on(api)
    assert lists["on"] == TODAY.isoformat()
    assert names(lists["thank_you_due"]) == ["Ada Park", "Bruno Ortega"]  # overdue first
    assert [i["overdue"] for i in lists["thank_you_due"]] == [True, False]
    assert names(lists["follow_up_due"]) == ["Chiara Bellini"]
    assert lists["follow_up_due"][0]["suggested_kind"] in ("linkedin", "article", "update")
    assert lists["follow_up_due"][0]["due_date"] <= TODAY.isoformat()
    assert names(lists["capped"]) == ["Dev Raman"]

    log(api, late, kind="thank_you", channel="mail", date=day(-1))
    assert names(due_on(api)["thank_you_due"]) == ["Bruno Ortega"]


def test_on_a_later_date_a_recent_touch_comes_due(api):
    ada = api.create_contact(name="Ada Park")
    log(api, ada, kind="update", date=day(0))
    assert names(due_on(api)["follow_up_due"]) == []
    assert names(due_on(api, day(200))["follow_up_due"]) == ["Ada Park"]


def test_snooze_hides_a_contact_from_the_due_lists_until_the_date(api):
    ada = api.create_contact(name="Ada Park")
    log(api, ada, kind="update", date=day(-150))
    r = api.post(f"/api/contacts/{ada['id']}/snooze", {"until": day(10)})
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["contact"]["snoozed_until"] == day(10)
    assert names(due_on(api)["follow_up_due"]) == []
    assert names(due_on(api, day(9))["follow_up_due"]) == []
    assert names(due_on(api, day(10))["follow_up_due"]) == ["Ada Park"]

    r = api.post(f"/api/contacts/{ada['id']}/snooze", {"until": None})
    assert r.status_code == 200
    assert names(due_on(api)["follow_up_due"]) == ["Ada Park"]


def test_snoozed_thank_you_is_hidden_too(api):
    ada = api.create_contact(name="Ada Park", interview_date=day(-4))
    api.post(f"/api/contacts/{ada['id']}/snooze", {"until": day(2)})
    assert due_on(api)["thank_you_due"] == []
    assert names(due_on(api, day(2))["thank_you_due"]) == ["Ada Park"]


@pytest.mark.parametrize("until", ["next week", "2026-02-30", 20261201, ["2026-12-01"]])
def test_snooze_with_a_bad_date_is_refused_and_changes_nothing(api, until):
    ada = api.create_contact(name="Ada Park")
    log(api, ada, kind="update", date=day(-150))
    r = api.post(f"/api/contacts/{ada['id']}/snooze", {"until": until})
    assert r.status_code == 400
    assert "`until`" in r.get_json()["error"]
    assert names(due_on(api)["follow_up_due"]) == ["Ada Park"]


def test_snoozing_an_unknown_contact_is_404(api):
    r = api.post("/api/contacts/no-such-contact/snooze", {"until": day(3)})
    assert r.status_code == 404


def test_editing_and_deleting_an_interaction_recomputes_the_status(api):
    ada = api.create_contact(name="Ada Park")
    item = log(api, ada, kind="update", date=day(-10))["interaction"]
    assert status_of(api, ada) == "waiting"

    r = api.patch(f"/api/contacts/{ada['id']}/interactions/{item['id']}", {"date": day(-150)})
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["contact"]["followup"]["status"] == "due"
    assert r.get_json()["contact"]["followup"]["last_touch"] == day(-150)
    assert names(due_on(api)["follow_up_due"]) == ["Ada Park"]

    r = api.delete(f"/api/contacts/{ada['id']}/interactions/{item['id']}")
    assert r.status_code == 200
    assert r.get_json()["contact"]["followup"]["last_touch"] is None
    assert names(due_on(api)["follow_up_due"]) == []


def test_backdating_a_follow_up_out_of_the_year_lifts_the_cap(api):
    ada = api.create_contact(name="Ada Park")
    items = [log(api, ada, kind="update", date=day(offset))["interaction"] for offset in (-300, -200, -100)]
    assert status_of(api, ada) == "capped"
    r = api.patch(f"/api/contacts/{ada['id']}/interactions/{items[0]['id']}", {"date": day(-400)})
    assert r.get_json()["contact"]["followup"]["status"] != "capped"
    assert r.get_json()["contact"]["followup"]["follow_ups_last_12_months"] == 2
    assert names(due_on(api)["capped"]) == []


def test_deleting_the_thank_you_brings_the_reminder_back(api):
    ada = api.create_contact(name="Ada Park", interview_date=day(-3))
    thanks = log(api, ada, kind="thank_you", date=day(-2))["interaction"]
    assert due_on(api)["thank_you_due"] == []
    api.delete(f"/api/contacts/{ada['id']}/interactions/{thanks['id']}")
    assert [i["overdue"] for i in due_on(api)["thank_you_due"]] == [True]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"kind": "postcard"}, "kind"),
        ({"date": "soon"}, "date"),
        ({"channel": "fax"}, "channel"),
        ({"url": "javascript:x"}, "url"),
    ],
)
def test_a_bad_interaction_edit_is_refused_and_changes_nothing(api, body, field):
    ada = api.create_contact(name="Ada Park")
    item = log(api, ada, kind="update", date=day(-150))["interaction"]
    r = api.patch(f"/api/contacts/{ada['id']}/interactions/{item['id']}", body)
    assert r.status_code == 400
    assert f"`{field}`" in r.get_json()["error"]
    assert status_of(api, ada) == "due"


def test_an_interaction_of_another_contact_cannot_be_edited_through_this_one(api):
    ada = api.create_contact(name="Ada Park")
    bruno = api.create_contact(name="Bruno Ortega")
    item = log(api, ada, kind="update", date=day(-150))["interaction"]
    elsewhere = f"/api/contacts/{bruno['id']}/interactions/{item['id']}"
    assert api.patch(elsewhere, {"date": day(0)}).status_code == 404
    assert api.delete(f"/api/contacts/{bruno['id']}/interactions/{item['id']}").status_code == 404
    assert api.delete(f"/api/contacts/{ada['id']}/interactions/nope").status_code == 404
    assert status_of(api, ada) == "due"
