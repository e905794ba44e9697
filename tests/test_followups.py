"""The follow-up rules (companion.followups): thank-you first, at most N follow-ups a year, the clock."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.followups.rules import (
    STATUSES,
    anniversary,
    compute,
    due_lists,
)

D = dt.date.fromisoformat
ON = D("2026-11-26")


def contact(**fields):
    base = {
        "id": "c1",
        "name": "Avery Quill",
        "interview_date": None,
        "connected": False,
        "snoozed_until": None,
        "created_at": "2026-01-05T09:00:00Z",
    }
    return {**base, **fields}


def touch(kind, date, channel="email", **extra):
    return {
        "id": f"{kind}-{date}",
        "contact_id": "c1",
        "kind": kind,
        "channel": channel,
        "date": date,
        "note": "",
        "url": "",
        **extra,
    }


def days(n, on=ON):
    return (on + dt.timedelta(days=n)).isoformat()


def fu(contact_fields=None, interactions=(), on=ON, settings_=None, **kw):
    return compute(contact(**(contact_fields or {})), list(interactions), settings_ or {}, on, **kw)


# --- thank-you -------------------------------------------------------------------------------------


def test_interview_yesterday_makes_thank_you_due_but_not_overdue():
    got = fu({"interview_date": days(-1)})
    assert got["status"] == "thank_you_due"
    assert got["thank_you"]["state"] == "due"
    assert got["due_date"] == days(-1) and got["overdue"] is False


@pytest.mark.parametrize(("age", "overdue"), [(0, False), (2, False), (3, True), (6, True)])
def test_thank_you_is_on_time_through_two_days_and_overdue_on_the_third(age, overdue):
    got = fu({"interview_date": days(-age)})
    assert got["overdue"] is overdue
    assert got["thank_you"]["state"] == ("overdue" if overdue else "due")
    assert got["thank_you"]["deadline"] == days(-age + 2)


def test_thank_you_overdue_setting_changes_the_deadline():
    assert fu({"interview_date": days(-1)}, settings_={"thank_you_overdue_days": 0})["overdue"] is True
    assert fu({"interview_date": days(-6)}, settings_={"thank_you_overdue_days": 7})["overdue"] is False


def test_thank_you_logged_the_same_day_as_the_interview_clears_it():
    got = fu({"interview_date": days(0)}, [touch("thank_you", days(0), "mail")])
    assert got["status"] != "thank_you_due"
    assert got["thank_you"] == {
        "state": "sent",
        "due_date": days(0),
        "deadline": days(2),
        "date": days(0),
        "channel": "mail",
    }


def test_thank_you_before_a_later_interview_does_not_clear_it():
    got = fu({}, [touch("interview", days(-40)), touch("thank_you", days(-39)), touch("interview", days(-1))])
    assert got["status"] == "thank_you_due"
    assert got["interview_date"] == days(-1)


def test_interview_logged_as_interaction_works_like_interview_date():
    as_field = fu({"interview_date": days(-5)})
    as_interaction = fu({}, [touch("interview", days(-5), "in_person")])
    assert as_field["status"] == as_interaction["status"] == "thank_you_due"
    assert as_field["interview_date"] == as_interaction["interview_date"] == days(-5)
    assert as_field["next_due"] == as_interaction["next_due"]


def test_latest_of_interview_date_and_interview_interaction_is_the_interview():
    got = fu({"interview_date": days(-30)}, [touch("thank_you", days(-29)), touch("interview", days(-3))])
    assert got["interview_date"] == days(-3) and got["status"] == "thank_you_due"


def test_future_interview_date_asks_for_no_thank_you_yet():
    got = fu({"interview_date": days(7)})
    assert got["thank_you"]["state"] == "not_needed" and got["status"] != "thank_you_due"


def test_thank_you_without_any_interview_is_reported_as_sent():
    got = fu({}, [touch("thank_you", days(-10), "mail")])
    assert got["thank_you"]["state"] == "sent" and got["thank_you"]["channel"] == "mail"


def test_deleting_the_thank_you_makes_it_due_again():
    history = [touch("thank_you", days(-9))]
    assert fu({"interview_date": days(-10)}, history)["status"] == "waiting"
    assert fu({"interview_date": days(-10)}, [])["status"] == "thank_you_due"  # deleted = absent


# --- the clock -------------------------------------------------------------------------------------


def test_thank_you_today_puts_next_follow_up_the_interval_out():
    got = fu({"interview_date": days(-1)}, [touch("thank_you", days(0))])
    assert got["status"] == "waiting"
    assert got["last_touch"] == days(0) and got["next_due"] == days(120)


def test_long_silence_after_thank_you_makes_follow_up_due_with_a_kind():
    got = fu({"interview_date": days(-400)}, [touch("thank_you", days(-399))])
    assert got["status"] == "due"
    assert got["due_date"] == got["next_due"] == days(-399 + 120)
    assert got["overdue"] is True
    assert got["suggested_kind"] in ("update", "article", "linkedin")


def test_follow_up_due_today_is_not_yet_overdue():
    got = fu({}, [touch("meeting", days(-120))])
    assert got["status"] == "due" and got["due_date"] == days(0) and got["overdue"] is False


@pytest.mark.parametrize("kind", ["meeting", "other", "interview", "thank_you", "update"])
def test_any_logged_touch_resets_the_clock(kind):
    history = [touch("thank_you", days(-300)), touch(kind, days(-10))]
    got = fu({}, history)
    assert got["last_touch"] == days(-10) and got["next_due"] == days(110)


def test_contact_without_interview_or_interactions_starts_its_clock_at_creation():
    got = fu({"created_at": "2026-10-01T23:30:00Z"})
    assert got["last_touch"] is None
    assert got["next_due"] == "2027-01-29" and got["status"] == "waiting"
    assert fu({"created_at": "2026-01-01T08:00:00Z"})["status"] == "due"


def test_interval_setting_moves_next_due():
    got = fu({}, [touch("meeting", days(-10))], settings_={"follow_up_interval_days": 60})
    assert got["next_due"] == days(50)


def test_next_due_never_sooner_than_min_gap_after_last_follow_up():
    settings_ = {"follow_up_interval_days": 7, "min_follow_up_gap_days": 30}
    got = fu({}, [touch("update", days(-20)), touch("meeting", days(-15))], settings_=settings_)
    assert got["next_due"] == days(10)  # touch + 7 would be day -8, but the gap holds it to day 10


def test_backdated_interaction_only_moves_clock_if_it_is_the_latest():
    history = [touch("update", days(-50))]
    assert fu({}, history + [touch("meeting", days(-200))])["next_due"] == days(70)


def test_interactions_after_on_are_ignored_so_past_dates_show_past_state():
    history = [touch("thank_you", days(-1))]
    then = fu({"interview_date": days(-5)}, history, on=ON - dt.timedelta(days=3))
    assert then["status"] == "thank_you_due" and then["last_touch"] == days(-5)


# --- the cap ---------------------------------------------------------------------------------------

CAPPED_HISTORY = [
    touch("interview", days(-400)),
    touch("thank_you", days(-399)),
    touch("update", days(-300)),
    touch("article", days(-200)),
    touch("linkedin", days(-100)),
]


def test_three_follow_ups_within_twelve_months_cap_the_contact():
    got = fu({}, CAPPED_HISTORY)
    assert got["status"] == "capped" and got["follow_ups_last_12_months"] == 3
    assert got["cap_lifts_on"] == anniversary(D(days(-300))).isoformat()
    assert got["next_due"] == got["cap_lifts_on"]


def test_cap_lifts_once_the_oldest_follow_up_leaves_the_window():
    later = ON + dt.timedelta(days=70)
    got = fu({}, CAPPED_HISTORY, on=later)
    assert got["follow_ups_last_12_months"] == 2 and got["status"] == "due"


def test_capped_next_due_is_at_least_the_normal_next_due():
    history = [
        touch("update", "2026-01-10"),
        touch("update", "2026-05-10"),
        touch("article", "2026-11-20"),
        touch("meeting", "2026-11-25"),
    ]
    got = fu({}, history)
    assert got["status"] == "capped" and got["cap_lifts_on"] == "2027-01-10"
    assert got["next_due"] == "2027-03-25"  # last touch + 120 is later than the cap lifting


def test_lowering_the_cap_waits_for_enough_follow_ups_to_leave():
    history = [touch("update", "2026-02-01"), touch("update", "2026-06-01"), touch("article", "2026-10-01")]
    got = fu({}, history, settings_={"max_follow_ups_per_year": 2})
    assert got["status"] == "capped" and got["next_due"] == "2027-06-01"
    assert fu({}, history, settings_={"max_follow_ups_per_year": 4})["status"] != "capped"


@pytest.mark.parametrize(("on", "count"), [("2026-03-09", 3), ("2026-03-10", 2)])
def test_follow_up_drops_out_exactly_twelve_calendar_months_later(on, count):
    history = [touch("update", "2025-03-10"), touch("article", "2025-07-01"), touch("update", "2025-12-01")]
    got = fu({}, history, on=D(on))
    assert got["follow_ups_last_12_months"] == count
    assert got["status"] == ("capped" if count == 3 else "waiting")


@pytest.mark.parametrize(("on", "count"), [("2025-02-27", 1), ("2025-02-28", 0), ("2025-03-01", 0)])
def test_leap_day_follow_up_drops_out_on_28_february(on, count):
    assert fu({}, [touch("update", "2024-02-29")], on=D(on))["follow_ups_last_12_months"] == count


def test_window_counts_leap_day_on_leap_year():
    # On 2024-02-29, a follow-up from 2023-02-28 has had its anniversary (2024-02-28) and dropped out;
    # one from 2023-03-01 is still inside.
    history = [touch("update", "2023-02-28"), touch("update", "2023-03-01")]
    assert fu({}, history, on=D("2024-02-29"))["follow_ups_last_12_months"] == 1


def test_anniversary_of_leap_day_is_28_february():
    assert anniversary(D("2024-02-29")) == D("2025-02-28")
    assert anniversary(D("2025-03-10")) == D("2026-03-10")


def test_meetings_and_thank_yous_do_not_count_toward_the_cap():
    history = [touch(kind, days(-n)) for kind, n in (("meeting", 90), ("other", 60), ("thank_you", 30))]
    assert fu({}, history)["follow_ups_last_12_months"] == 0


def test_deleting_a_follow_up_lifts_the_cap():
    assert fu({}, CAPPED_HISTORY[:-1])["status"] == "due"


# --- snooze ----------------------------------------------------------------------------------------


def test_active_snooze_is_reported_and_hides_contact_from_due_lists():
    got = fu({"interview_date": days(-4), "snoozed_until": days(3)})
    assert got["snoozed"] is True and got["snoozed_until"] == days(3)
    assert got["status"] == "thank_you_due"
    lists = due_lists([(contact(), got)], ON)
    assert lists["thank_you_due"] == []


@pytest.mark.parametrize("until", [days(0), days(-5)])
def test_snooze_ending_today_or_earlier_is_ignored(until):
    got = fu({"interview_date": days(-4), "snoozed_until": until})
    assert got["snoozed"] is False and got["snoozed_until"] is None
    assert len(due_lists([(contact(), got)], ON)["thank_you_due"]) == 1


# --- suggested kind --------------------------------------------------------------------------------


def test_suggests_linkedin_until_connected_or_requested():
    assert fu({"connected": False}, [touch("meeting", days(-200))])["suggested_kind"] == "linkedin"
    assert fu({"connected": True}, [touch("meeting", days(-200))])["suggested_kind"] == "update"
    sent = [touch("linkedin", days(-200), "linkedin")]
    assert fu({"connected": False}, sent)["suggested_kind"] == "update"


def test_suggests_article_when_one_is_waiting():
    got = fu({"connected": True}, [touch("meeting", days(-200))], article_waiting=True)
    assert got["suggested_kind"] == "article"


def test_never_suggests_the_same_kind_three_times_running():
    two_updates = [touch("update", days(-300)), touch("update", days(-150))]
    assert fu({"connected": True}, two_updates)["suggested_kind"] == "article"
    two_articles = [touch("article", days(-300)), touch("article", days(-150))]
    assert fu({"connected": True}, two_articles, article_waiting=True)["suggested_kind"] == "update"
    mixed = [touch("article", days(-300)), touch("update", days(-150))]
    assert fu({"connected": True}, mixed)["suggested_kind"] == "update"


# --- due lists -------------------------------------------------------------------------------------


def entry(cid, name, contact_fields=None, interactions=()):
    c = contact(id=cid, name=name, **(contact_fields or {}))
    return c, compute(c, list(interactions), {}, ON)


def test_due_lists_put_overdue_thank_yous_first_then_by_date():
    entries = [
        entry("a", "Fresh", {"interview_date": days(-1)}),
        entry("b", "Late", {"interview_date": days(-5)}),
        entry("c", "Later", {"interview_date": days(-9)}),
        entry("d", "Today", {"interview_date": days(0)}),
    ]
    got = due_lists(entries, ON)["thank_you_due"]
    assert [item["contact"]["id"] for item in got] == ["c", "b", "a", "d"]
    assert [item["overdue"] for item in got] == [True, True, False, False]
    assert got[0]["suggested_kind"] == "thank_you"
    assert got[0]["contact"]["followup"]["status"] == "thank_you_due"


def test_due_lists_sort_follow_ups_by_due_date_and_keep_capped_apart():
    entries = [
        entry("a", "Recent", {}, [touch("meeting", days(-130))]),
        entry("b", "Oldest", {}, [touch("meeting", days(-300))]),
        entry("c", "Waiting", {}, [touch("meeting", days(-10))]),
        entry("d", "Capped", {}, CAPPED_HISTORY),
    ]
    lists = due_lists(entries, ON)
    assert [item["contact"]["id"] for item in lists["follow_up_due"]] == ["b", "a"]
    assert lists["follow_up_due"][0]["suggested_kind"] in ("update", "article", "linkedin")
    assert [item["contact"]["id"] for item in lists["capped"]] == ["d"]
    assert lists["capped"][0]["due_date"] == lists["capped"][0]["contact"]["followup"]["next_due"]


# --- properties ------------------------------------------------------------------------------------

KINDS = ("interview", "thank_you", "update", "article", "linkedin", "meeting", "other")
histories = st.lists(st.tuples(st.sampled_from(KINDS), st.integers(-900, 30)), max_size=12)
setting_values = st.fixed_dictionaries(
    {
        "thank_you_overdue_days": st.integers(0, 60),
        "max_follow_ups_per_year": st.integers(1, 12),
        "follow_up_interval_days": st.integers(30, 730),
        "min_follow_up_gap_days": st.integers(0, 30),
    }
)


@settings(max_examples=300, deadline=None)
@given(histories, setting_values, st.booleans(), st.integers(-900, 30).map(days) | st.none())
def test_computed_followup_is_always_consistent(history, cfg, connected, interview_date):
    interactions = [touch(kind, days(n)) for kind, n in history]
    got = fu({"connected": connected, "interview_date": interview_date}, interactions, settings_=cfg)
    past_follow_ups = sorted(
        D(days(n)) for kind, n in history if kind in ("update", "article", "linkedin") and n <= 0
    )
    assert got["status"] in STATUSES
    assert 0 <= got["follow_ups_last_12_months"] <= len(past_follow_ups)
    assert got["suggested_kind"] in ("update", "article", "linkedin")
    if past_follow_ups:
        gap = dt.timedelta(days=cfg["min_follow_up_gap_days"])
        assert D(got["next_due"]) >= past_follow_ups[-1] + gap
    if got["status"] == "capped":
        assert got["follow_ups_last_12_months"] >= cfg["max_follow_ups_per_year"]
        assert D(got["next_due"]) > ON


@settings(max_examples=200, deadline=None)
@given(histories)
def test_interaction_order_in_the_list_does_not_change_the_result(history):
    interactions = [touch(kind, days(n)) for kind, n in history]
    assert fu({}, interactions) == fu({}, list(reversed(interactions)))


def test_backdated_follow_up_logged_late_still_counts_toward_the_cap():
    history = [touch("update", days(-250)), touch("article", days(-120))]
    assert fu({}, history)["status"] == "due"
    got = fu({}, [*history, touch("linkedin", days(-60), "linkedin")])
    assert got["status"] == "capped" and got["last_touch"] == days(-60)


def test_snoozed_capped_contact_stays_in_the_capped_overview():
    c = contact(snoozed_until=days(30))
    got = compute(c, CAPPED_HISTORY, {}, ON)
    assert got["snoozed"] is True
    assert [item["contact"]["id"] for item in due_lists([(c, got)], ON)["capped"]] == ["c1"]


def test_due_lists_ignore_a_snooze_that_has_ended_by_the_list_date():
    c = contact(snoozed_until=days(3))
    got = compute(c, [touch("meeting", days(-200))], {}, ON)
    assert due_lists([(c, got)], ON)["follow_up_due"] == []
    assert len(due_lists([(c, got)], ON + dt.timedelta(days=3))["follow_up_due"]) == 1
