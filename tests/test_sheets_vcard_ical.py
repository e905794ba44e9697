"""vCard export of contacts and iCalendar export of what is due, read back with the real libraries."""

import datetime as dt

import icalendar
import vobject

from companion.portability.sheets import contacts_vcard, due_calendar

ON = dt.date(2026, 11, 26)
ADA = {
    "id": "c1",
    "name": "Ada Lovelace Park",
    "email": "ada.park@example.com",
    "phone": "+1 555 0100",
    "title": "Senior Engineer",
    "company": "Northwind Devices, Inc.; Medical",
    "linkedin_url": "https://www.linkedin.com/in/ada-park-0001/",
    "mailing_address": "12 Alder Street; Apt 4\nPortland, OR 97201",
    "tags": ["medtech", "mentor, alumni"],
    "notes": 'Talked about "pediatric" devices,\nrecalls; and\\backslashes',
}
ZANETA = {"id": "c2", "name": "Żaneta Ørsted-Nguyễn", "email": "", "company": "", "tags": [], "notes": ""}


def read_cards(text):
    return {card.uid.value: card for card in vobject.readComponents(text)}


def test_vcard_round_trips_every_field_through_vobject():
    card = read_cards(contacts_vcard([ADA, ZANETA]))["c1@followup-companion"]
    assert card.version.value == "3.0"
    assert card.fn.value == "Ada Lovelace Park"
    assert (card.n.value.family, card.n.value.given) == ("Park", "Ada Lovelace")
    assert card.org.value == ["Northwind Devices, Inc.; Medical"]
    assert card.title.value == "Senior Engineer"
    assert card.email.value == "ada.park@example.com"
    assert card.tel.value == "+1 555 0100"
    assert card.adr.value.street == "12 Alder Street; Apt 4\nPortland, OR 97201"
    assert card.label.value == ADA["mailing_address"]
    assert card.url.value == ADA["linkedin_url"]
    assert card.note.value == ADA["notes"]
    assert card.categories.value == ["medtech", "mentor, alumni"]


def test_vcard_keeps_non_ascii_names_and_leaves_out_empty_fields():
    text = contacts_vcard([ZANETA])
    card = read_cards(text)["c2@followup-companion"]
    assert card.fn.value == "Żaneta Ørsted-Nguyễn"
    assert "EMAIL" not in text and "ORG" not in text and "NOTE" not in text
    assert text.startswith("BEGIN:VCARD\r\n")


def test_vcard_of_no_contacts_is_empty():
    assert contacts_vcard([]) == ""


def due_lists():
    return {
        "thank_you_due": [
            {"contact": ADA, "due_date": "2026-11-20", "overdue": True, "suggested_kind": "thank_you"}
        ],
        "follow_up_due": [
            {"contact": ZANETA, "due_date": "2026-11-29", "overdue": False, "suggested_kind": "update"},
            {"contact": ADA, "due_date": "2026-11-26", "overdue": False, "suggested_kind": "article"},
        ],
        "capped": [
            {"contact": ZANETA, "due_date": "2027-01-01", "overdue": False, "suggested_kind": "update"}
        ],
    }


def read_events(text):
    calendar = icalendar.Calendar.from_ical(text)
    return calendar, {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_due_calendar_has_one_all_day_event_with_an_alarm_per_due_item():
    calendar, events = read_events(due_calendar(due_lists(), on=ON))
    assert str(calendar["PRODID"]) == "-//Follow-Up Companion//EN"
    assert sorted(events) == [
        "c1-follow_up-2026-11-26@followup-companion",
        "c1-thank_you-2026-11-20@followup-companion",
        "c2-follow_up-2026-11-29@followup-companion",
    ]  # the capped contact is not due, so it is not on the calendar
    for event in events.values():
        start = event.decoded("DTSTART")
        assert type(start) is dt.date  # all-day, not a timed event
        assert event.decoded("DTEND") == start + dt.timedelta(days=1)
        (alarm,) = event.walk("VALARM")
        assert alarm.decoded("TRIGGER") == dt.timedelta(hours=9)


def test_overdue_items_land_on_the_export_day_and_on_time_items_on_their_due_day():
    _, events = read_events(due_calendar(due_lists(), on=ON))
    thank_you = events["c1-thank_you-2026-11-20@followup-companion"]
    assert thank_you.decoded("DTSTART") == ON
    assert thank_you.decoded("SEQUENCE") == 6
    assert events["c2-follow_up-2026-11-29@followup-companion"].decoded("DTSTART") == dt.date(2026, 11, 29)


def test_event_summaries_and_descriptions_say_what_to_do_and_how_to_reach_the_person():
    _, events = read_events(due_calendar(due_lists(), on=ON))
    thank_you = events["c1-thank_you-2026-11-20@followup-companion"]
    assert str(thank_you["SUMMARY"]) == "Send a thank-you to Ada Lovelace Park"
    description = str(thank_you["DESCRIPTION"])
    assert "ada.park@example.com" in description
    assert "Northwind Devices, Inc.; Medical" in description
    assert "12 Alder Street; Apt 4\nPortland, OR 97201" in description  # for the envelope of a card
    assert str(events["c1-follow_up-2026-11-26@followup-companion"]["SUMMARY"]) == (
        "Follow up with Ada Lovelace Park (share an article)"
    )
    assert str(events["c2-follow_up-2026-11-29@followup-companion"]["SUMMARY"]) == (
        "Follow up with Żaneta Ørsted-Nguyễn (career update)"
    )


def test_exporting_again_later_keeps_the_same_uids_so_calendars_update_instead_of_duplicating():
    _, today = read_events(due_calendar(due_lists(), on=ON))
    _, later = read_events(due_calendar(due_lists(), on=ON + dt.timedelta(days=3)))
    assert sorted(today) == sorted(later)
    moved = "c1-thank_you-2026-11-20@followup-companion"
    assert later[moved].decoded("SEQUENCE") > today[moved].decoded("SEQUENCE")


def test_empty_due_lists_give_a_valid_empty_calendar():
    calendar, events = read_events(due_calendar({"thank_you_due": [], "follow_up_due": []}, on=ON))
    assert events == {}
    assert str(calendar["VERSION"]) == "2.0"
