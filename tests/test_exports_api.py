"""The tracking sheet and backups through the API: every download, CSV import with its dry-run
preview (the user's own spreadsheets, odd encodings), and JSON backups in and out. Real files,
made-up people and companies."""

import csv
import datetime as dt
import io
import json
from pathlib import Path

import icalendar
import pytest
import vobject

from companion.web.app import create_app

SHEETS = Path(__file__).parent / "fixtures" / "sheets"
TODAY = dt.date.today()
CSV = {"Content-Type": "text/csv"}


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def upload(api, path, data: bytes, content_type="text/csv"):
    return api.request("POST", path, data=data, headers={"Content-Type": content_type})


def preview(api, data: bytes) -> dict:
    r = upload(api, "/api/import/preview", data)
    assert r.status_code == 200, r.get_json()
    return r.get_json()["plan"]


def import_csv(api, data: bytes) -> dict:
    r = upload(api, "/api/import", data)
    assert r.status_code == 200, r.get_json()
    return r.get_json()["imported"]


def contacts(api) -> list[dict]:
    return api.get("/api/contacts").get_json()["contacts"]


def snapshot(data_dir: Path) -> dict:
    """Every data file's bytes (the token aside), to prove a request wrote nothing."""
    return {
        str(p.relative_to(data_dir)): p.read_bytes()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file() and p.name != "token"
    }


@pytest.fixture
def book(api):
    """A small tracking sheet: one overdue thank-you, one follow-up due, one fine."""
    ada = api.create_contact(
        name="Ada Park",
        email="ada.park@example.com",
        company="Northwind Devices",
        title="Senior Engineer",
        interview_date=day(-5),
        tags=["medtech"],
        linkedin_url="https://www.linkedin.com/in/ada-park-0001/",
        notes='Talked about pediatric devices, "big pharma", and commas, too',
    )
    bruno = api.create_contact(
        name="Bruno Ortega",
        company="Lumen Analytics",
        phone="+1 555 0100",
        mailing_address="Lumen Analytics\n4 Quay Street\nHarbor City",
    )
    api.post(
        f"/api/contacts/{bruno['id']}/interactions", {"kind": "update", "date": day(-150), "note": "New job"}
    )
    zoe = api.create_contact(name="Zoë Brontë", company="Café Société", email="zoe@example.com")
    api.post(
        f"/api/contacts/{zoe['id']}/interactions", {"kind": "thank_you", "channel": "mail", "date": day(-3)}
    )
    return {"ada": ada, "bruno": bruno, "zoe": zoe}


@pytest.mark.parametrize(
    ("path", "mimetype", "extension"),
    [
        ("/api/export/contacts.csv", "text/csv", ".csv"),
        ("/api/export/interactions.csv", "text/csv", ".csv"),
        ("/api/export/contacts.vcf", "text/vcard", ".vcf"),
        ("/api/export/due.ics", "text/calendar", ".ics"),
        ("/api/export/backup.json", "application/json", ".json"),
    ],
)
def test_each_export_downloads_with_its_type_and_a_filename(api, book, path, mimetype, extension):
    r = api.get(path)
    assert r.status_code == 200
    assert r.mimetype == mimetype
    disposition = r.headers["Content-Disposition"]
    assert disposition.startswith("attachment;") and f'{extension}"' in disposition
    assert "Bruno Ortega" in r.data.decode("utf-8")


def test_exports_need_the_token(client, book):
    assert client.get("/api/export/contacts.csv").status_code == 401


def test_tracking_sheet_has_one_row_per_contact_with_follow_up_columns(api, book):
    text = api.get("/api/export/contacts.csv").data.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert sorted(r["Name"] for r in rows) == ["Ada Park", "Bruno Ortega", "Zoë Brontë"]
    by_name = {r["Name"]: r for r in rows}
    assert by_name["Ada Park"]["Status"] == "thank_you_due"
    assert by_name["Bruno Ortega"]["Status"] == "due"
    assert by_name["Zoë Brontë"]["Thank-you channel"] == "mail"
    assert by_name["Ada Park"]["Notes"] == 'Talked about pediatric devices, "big pharma", and commas, too'
    text = api.get("/api/export/interactions.csv").data.decode("utf-8-sig")
    interactions = list(csv.DictReader(io.StringIO(text)))
    assert len(interactions) == 2


def test_vcard_and_calendar_exports_parse_with_the_standard_libraries(api, book):
    cards = list(vobject.readComponents(api.get("/api/export/contacts.vcf").data.decode("utf-8")))
    assert sorted(card.fn.value for card in cards) == ["Ada Park", "Bruno Ortega", "Zoë Brontë"]
    calendar = icalendar.Calendar.from_ical(api.get("/api/export/due.ics").data)
    summaries = " | ".join(str(e["SUMMARY"]) for e in calendar.walk("VEVENT"))
    assert "Ada Park" in summaries and "Bruno Ortega" in summaries and "Zoë" not in summaries


def test_exported_sheet_previews_as_unchanged_and_reimports_without_change(api, book, data_dir):
    exported = api.get("/api/export/contacts.csv").data
    plan = preview(api, exported)
    assert plan["summary"] == {"create": 0, "update": 0, "unchanged": 3, "reject": 0}
    before = snapshot(data_dir)
    result = import_csv(api, exported)
    assert result["create"] == 0 and result["update"] == 0 and result["interactions"] == 0
    assert len(contacts(api)) == 3
    assert snapshot(data_dir)["contacts.json"] == before["contacts.json"]


def test_exported_sheet_restores_contacts_into_an_empty_companion(api, book, tmp_path):
    exported = api.get("/api/export/contacts.csv").data
    other = create_app({"DATA_DIR": str(tmp_path / "other"), "PORT": 5757})
    try:
        token = other.extensions["companion.tokens"].current()
        client = other.test_client()
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "text/csv"}
        r = client.post("/api/import", data=exported, headers=headers, base_url="http://127.0.0.1:5757")
        assert r.status_code == 200 and r.get_json()["imported"]["create"] == 3
        restored = client.get(
            "/api/contacts", headers={"Authorization": f"Bearer {token}"}, base_url="http://127.0.0.1:5757"
        ).get_json()["contacts"]
        by_name = {c["name"]: c for c in restored}
        assert by_name["Ada Park"]["linkedin_url"] == book["ada"]["linkedin_url"]
        assert by_name["Ada Park"]["tags"] == ["medtech"]
        assert by_name["Bruno Ortega"]["mailing_address"] == book["bruno"]["mailing_address"]
        assert by_name["Zoë Brontë"]["followup"]["thank_you"]["channel"] == "mail"
    finally:
        other.extensions["companion.store"].close()


def test_own_spreadsheet_previews_with_row_numbers_and_reasons_then_imports_once(api, data_dir):
    data = (SHEETS / "google_sheets_export.csv").read_bytes()
    before = snapshot(data_dir)
    plan = preview(api, data)
    assert snapshot(data_dir) == before  # a preview writes nothing
    assert plan["summary"] == {"create": 4, "update": 0, "unchanged": 0, "reject": 3}
    assert [e["contact"]["name"] for e in plan["create"]] == [
        "Ada Park",
        "Bruno Ortega",
        "Chiara Bellini",
        "Dev Raman",
    ]
    rejected = {e["row"]: " ".join(e["reasons"]) for e in plan["reject"]}
    assert "Full name is empty" in rejected[5]
    assert "duplicate of row 3" in rejected[7]
    assert "not a LinkedIn profile link" in rejected[8] and "'maybe'" in rejected[8]

    assert import_csv(api, data)["create"] == 4
    ada = next(c for c in contacts(api) if c["name"] == "Ada Park")
    assert ada["interview_date"] == "2024-03-12"
    assert ada["linkedin_url"] == "https://www.linkedin.com/in/ada-park-0001/"
    assert ada["followup"]["thank_you"]["state"] == "sent"
    second = import_csv(api, data)
    assert second["create"] == 0 and second["interactions"] == 0
    assert len(contacts(api)) == 4


def test_windows_1252_sheet_keeps_its_accents(api):
    data = (SHEETS / "windows_1252.csv").read_bytes()
    assert import_csv(api, data)["create"] == 2
    by_name = {c["name"]: c for c in contacts(api)}
    assert by_name["Zoë Brontë"]["company"] == "Café Société"
    assert "€40" in by_name["Zoë Brontë"]["notes"] and "“" in by_name["Zoë Brontë"]["notes"]


def test_excel_sheet_with_bom_and_semicolons_imports_clean_names(api):
    data = (SHEETS / "excel_semicolon_bom.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    plan = preview(api, data)
    assert plan["summary"]["create"] == 3 and plan["delimiter"] == ";"
    import_csv(api, data)
    assert all(not c["name"].startswith("\ufeff") for c in contacts(api))
    assert len(contacts(api)) == 3


def test_sheet_without_a_name_column_says_so_and_imports_nothing(api, data_dir):
    data = (SHEETS / "missing_name_column.csv").read_bytes()
    plan = preview(api, data)
    assert any("Name" in e for e in plan["errors"])
    before = snapshot(data_dir)
    r = upload(api, "/api/import", data)
    assert r.status_code == 400
    assert "Name" in r.get_json()["error"]
    assert snapshot(data_dir) == before


@pytest.mark.parametrize("path", ["/api/import/preview", "/api/import"])
@pytest.mark.parametrize("body", [b"", b"   \r\n\n  "])
def test_an_empty_upload_is_400(api, path, body):
    r = upload(api, path, body)
    assert r.status_code == 400
    assert r.get_json()["ok"] is False
    assert contacts(api) == []


@pytest.mark.parametrize("path", ["/api/import/preview", "/api/import"])
def test_a_plain_text_upload_is_415(api, path):
    r = upload(api, path, b"Name\nAda Park\n", content_type="text/plain")
    assert r.status_code == 415
    assert contacts(api) == []


def test_json_backup_round_trips_through_export_and_import(api, book, data_dir):
    api.put("/api/settings", {"follow_up_interval_days": 90})
    api.put("/api/settings/profile", {"name": "Jordan Lee"})
    backup = api.get("/api/export/backup.json").get_json()
    assert backup["app"] == "followup-companion" and len(backup["contacts"]) == 3

    api.delete(f"/api/contacts/{book['bruno']['id']}")
    api.put("/api/settings", {"follow_up_interval_days": 150})
    r = api.post("/api/import/backup", backup)
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["imported"]["contacts"] == 3
    restored = {c["id"]: c for c in contacts(api)}
    assert set(restored) == {book["ada"]["id"], book["bruno"]["id"], book["zoe"]["id"]}
    bruno_items = api.get(f"/api/contacts/{book['bruno']['id']}/interactions").get_json()["interactions"]
    assert [i["note"] for i in bruno_items] == ["New job"]
    assert api.get("/api/settings").get_json()["settings"]["follow_up_interval_days"] == 90
    assert api.get("/api/settings/profile").get_json()["profile"]["name"] == "Jordan Lee"
    again = api.post("/api/import/backup", backup)
    assert again.status_code == 200 and len(contacts(api)) == 3


def _bad_backups(good: dict) -> list:
    first = good["contacts"][0]
    return [
        {"app": "someone-else", "format": 1},
        {**good, "format": 99},
        {**good, "contacts": "not a list"},
        {**good, "contacts": [{**first, "name": ""}]},
        {**good, "contacts": [{**first, "interview_date": "yesterday"}]},
        {**good, "contacts": good["contacts"][1:] + [{"name": "No Id"}]},
        {**good, "interactions": [{**good["interactions"][0], "contact_id": "missing"}]},
        {**good, "settings": {"follow_up_interval_days": -5}},
        ["not", "an", "object"],
    ]


def test_a_broken_backup_is_refused_and_changes_nothing(api, book, data_dir):
    good = api.get("/api/export/backup.json").get_json()
    good = {**good, "contacts": [{**c, "name": c["name"] + " (new)"} for c in good["contacts"]]}
    before = snapshot(data_dir)
    for bad in _bad_backups(good):
        r = api.post("/api/import/backup", bad)
        assert r.status_code == 400, (bad, r.get_json())
        assert r.get_json()["ok"] is False and r.get_json()["errors"]
    assert snapshot(data_dir) == before
    assert "(new)" not in json.dumps(contacts(api))


def test_calendar_for_a_bad_date_is_400(api, book):
    r = api.get("/api/export/due.ics?on=someday")
    assert r.status_code == 400 and "`on`" in r.get_json()["error"]


def test_calendar_on_a_later_date_lists_what_will_be_due_then(api, book):
    calendar = icalendar.Calendar.from_ical(api.get(f"/api/export/due.ics?on={day(200)}").data)
    summaries = " | ".join(str(e["SUMMARY"]) for e in calendar.walk("VEVENT"))
    assert "Zoë Brontë" in summaries


def test_backup_sent_as_plain_text_is_415(api, book):
    backup = api.get("/api/export/backup.json").data
    r = upload(api, "/api/import/backup", backup, content_type="text/plain")
    assert r.status_code == 415
    assert len(contacts(api)) == 3


def test_backup_import_with_replace_leaves_only_the_backups_records(api, book):
    backup = api.get("/api/export/backup.json").get_json()
    keep = book["ada"]["id"]
    only_ada = {
        **backup,
        "contacts": [c for c in backup["contacts"] if c["id"] == keep],
        "interactions": [i for i in backup["interactions"] if i["contact_id"] == keep],
    }
    r = api.request("POST", "/api/import/backup?replace=1", body=only_ada)
    assert r.status_code == 200, r.get_json()
    assert [c["id"] for c in contacts(api)] == [keep]
    assert api.get("/api/export/interactions.csv").data.decode("utf-8-sig").count("\n") == 1  # header only


def test_a_ten_thousand_row_sheet_over_two_mib_previews_and_imports(api, store):
    rows = ["Full name,Organization,Email,Notes"]
    rows += [f"Person {i},Org {i % 50},p{i}@example.org,{'long note ' * 20}" for i in range(10_000)]
    data = ("\n".join(rows) + "\n").encode()
    assert len(data) > 2 * 1024 * 1024
    headers = {"Content-Type": "text/csv"}
    r = api.client.post("/api/import/preview", data=data, headers=api.headers(headers))
    assert r.status_code == 200 and r.get_json()["plan"]["summary"]["create"] == 10_000
    r = api.client.post("/api/import", data=data, headers=api.headers(headers))
    assert r.status_code == 200 and store.contacts.count() == 10_000


def test_uploads_over_eight_mib_and_json_over_two_mib_are_refused(api, store):
    big_csv = b"Name\n" + b"x" * (9 * 1024 * 1024)
    r = api.client.post(
        "/api/import/preview", data=big_csv, headers=api.headers({"Content-Type": "text/csv"})
    )
    assert r.status_code == 413 and r.get_json()["status"] == 413
    r = api.post("/api/contacts", {"name": "Big", "notes": "x" * (3 * 1024 * 1024)})
    assert r.status_code == 413
    assert store.contacts.count() == 0
