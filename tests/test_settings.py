"""Settings: declared once, documented, checked, and changeable through the API."""

import re
from pathlib import Path

from companion.config import ENVIRONMENT, SETTINGS

DOC = (Path(__file__).resolve().parents[1] / "docs" / "settings.md").read_text()


def test_every_setting_is_documented_with_its_default_and_bounds():
    for name, setting in SETTINGS.items():
        row = next((line for line in DOC.splitlines() if line.startswith(f"| `{name}` |")), None)
        assert row, f"{name} is missing from docs/settings.md"
        assert f"| {setting.default} |" in row
        assert f"{setting.minimum}–{setting.maximum}" in row


def test_docs_name_no_setting_that_does_not_exist():
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", DOC, flags=re.M))
    assert documented == set(SETTINGS)


def test_every_environment_variable_is_documented():
    for variable in ENVIRONMENT:
        assert f"`{variable}`" in DOC


def test_every_setting_has_help_and_a_default_within_its_bounds():
    for setting in SETTINGS.values():
        assert setting.help and setting.minimum <= setting.default <= setting.maximum


def test_settings_round_trip_through_the_api(api):
    r = api.put("/api/settings", {"follow_up_interval_days": 90, "max_follow_ups_per_year": 4})
    assert r.status_code == 200
    got = api.get("/api/settings").get_json()["settings"]
    assert got["follow_up_interval_days"] == 90 and got["max_follow_ups_per_year"] == 4


def test_bad_settings_are_refused_with_every_problem_named_and_nothing_changes(api):
    before = api.get("/api/settings").get_json()["settings"]
    r = api.put("/api/settings", {"thank_you_overdue_days": 999, "max_follow_ups_per_year": "three",
                                  "colour": 1})
    body = r.get_json()
    assert r.status_code == 400 and len(body["errors"]) == 3
    assert any("thank_you_overdue_days" in e and "0 and 60" in e for e in body["errors"])
    assert api.get("/api/settings").get_json()["settings"] == before


def test_gap_longer_than_interval_is_refused(api):
    r = api.put("/api/settings", {"min_follow_up_gap_days": 200, "follow_up_interval_days": 100})
    assert r.status_code == 400 and "min_follow_up_gap_days" in r.get_json()["error"]


def test_a_changed_interval_moves_next_due(api):
    contact = api.create_contact(name="Cadence Test")
    api.post(f"/api/contacts/{contact['id']}/interactions", {"kind": "update", "date": "2026-01-10"})
    api.put("/api/settings", {"follow_up_interval_days": 60})
    got = api.get(f"/api/contacts/{contact['id']}").get_json()["contact"]["followup"]
    assert got["next_due"] == "2026-03-11"


def test_profile_round_trips_and_rejects_unknown_fields(api):
    r = api.put("/api/settings/profile", {"name": "Sam Student", "school": "State University"})
    assert r.status_code == 200 and r.get_json()["profile"]["school"] == "State University"
    assert api.put("/api/settings/profile", {"shoe_size": 9}).status_code == 400
