"""The `companion` command for the tracking sheet, run as a real subprocess over a real data folder:
`due`, `export`, `import --dry-run` and `import`, and the import refused while a server runs there.
Made-up people and companies."""

import csv
import datetime as dt
import io
import subprocess
from pathlib import Path

import icalendar
import pytest
import vobject

from companion.web.app import create_app
from tests.support.live import LiveCompanion, companion_exe

SHEETS = Path(__file__).parent / "fixtures" / "sheets"
TODAY = dt.date.today()


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def companion(*args, data_dir: Path, check_ok: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [companion_exe(), *map(str, args), "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if check_ok:
        assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done


def snapshot(data_dir: Path) -> dict:
    return {
        str(p.relative_to(data_dir)): p.read_bytes()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file() and p.name != "token"
    }


@pytest.fixture
def seeded(tmp_path) -> Path:
    """A data folder: an overdue thank-you (Ada), a follow-up due (Bruno), a capped contact (Chiara)."""
    data_dir = tmp_path / "data"
    app = create_app({"DATA_DIR": str(data_dir), "PORT": 5757})
    try:
        headers = {"Authorization": f"Bearer {app.extensions['companion.tokens'].current()}"}
        client = app.test_client()

        def post(path, body):
            r = client.post(path, json=body, headers=headers, base_url="http://127.0.0.1:5757")
            assert r.status_code == 201, r.get_json()
            return r.get_json()

        post(
            "/api/contacts",
            {
                "name": "Ada Park",
                "company": "Northwind Devices",
                "interview_date": day(-5),
                "email": "ada.park@example.com",
            },
        )
        bruno = post("/api/contacts", {"name": "Bruno Ortega", "company": "Lumen Analytics"})["contact"]
        post(f"/api/contacts/{bruno['id']}/interactions", {"kind": "update", "date": day(-150)})
        chiara = post("/api/contacts", {"name": "Chiara Bellini"})["contact"]
        for offset in (-300, -200, -100):
            post(f"/api/contacts/{chiara['id']}/interactions", {"kind": "update", "date": day(offset)})
    finally:
        app.extensions["companion.store"].close()
    return data_dir


def test_due_prints_todays_thank_yous_and_follow_ups(seeded):
    out = companion("due", data_dir=seeded).stdout
    assert f"Due on {TODAY.isoformat()}" in out
    thank_yous, follow_ups = out.split("Follow-ups")
    assert "Ada Park (Northwind Devices): thank-you OVERDUE" in thank_yous
    assert "Bruno Ortega (Lumen Analytics)" in follow_ups and "Ada Park" not in follow_ups
    assert "At the yearly limit (1): Chiara Bellini" in out


def test_due_on_a_date_and_a_bad_date(seeded):
    later = companion("due", "--on", day(400), data_dir=seeded).stdout
    assert f"Due on {day(400)}" in later
    assert "Chiara Bellini" in later.split("Follow-ups")[1]  # her follow-ups left the 12-month window
    assert "At the yearly limit" not in later
    bad = companion("due", "--on", "next tuesday", data_dir=seeded, check_ok=False)
    assert bad.returncode != 0
    assert "YYYY-MM-DD" in bad.stderr


def test_export_writes_each_format_to_a_file(seeded, tmp_path):
    files = {what: tmp_path / f"out.{what}" for what in ("contacts", "interactions", "vcard", "ics")}
    for what, file in files.items():
        done = companion("export", what, file, data_dir=seeded)
        assert str(file) in done.stderr
    rows = list(csv.DictReader(io.StringIO(files["contacts"].read_text(encoding="utf-8-sig"))))
    assert sorted(r["Name"] for r in rows) == ["Ada Park", "Bruno Ortega", "Chiara Bellini"]
    items = list(csv.DictReader(io.StringIO(files["interactions"].read_text(encoding="utf-8-sig"))))
    assert len(items) == 4
    cards = list(vobject.readComponents(files["vcard"].read_text(encoding="utf-8")))
    assert sorted(c.fn.value for c in cards) == ["Ada Park", "Bruno Ortega", "Chiara Bellini"]
    events = icalendar.Calendar.from_ical(files["ics"].read_bytes()).walk("VEVENT")
    summaries = " ".join(str(e["SUMMARY"]) for e in events)
    assert "Ada Park" in summaries and "Bruno Ortega" in summaries


def test_export_to_standard_output_and_unknown_kinds(seeded):
    assert "Bruno Ortega" in companion("export", "contacts", "-", data_dir=seeded).stdout
    bad = companion("export", "spreadsheet", "-", data_dir=seeded, check_ok=False)
    assert bad.returncode == 2 and "spreadsheet" in bad.stderr


def test_import_dry_run_then_real_then_again_without_duplicates(tmp_path):
    data_dir = tmp_path / "data"
    sheet = SHEETS / "google_sheets_export.csv"
    dry = companion("import", sheet, "--dry-run", data_dir=data_dir).stdout
    assert "row 5: rejected: Full name is empty" in dry
    assert "row 7: rejected: duplicate of row 3" in dry
    assert "Would import: 4 new, 0 updated, 0 unchanged, 3 rejected." in dry
    stored = data_dir / "contacts.json"
    assert not stored.exists() or "Ada Park" not in stored.read_text()

    assert (
        "Imported: 4 new, 0 updated, 0 unchanged, 3 rejected."
        in companion("import", sheet, data_dir=data_dir).stdout
    )
    before = snapshot(data_dir)
    assert (
        "Would import: 0 new, 0 updated, 4 unchanged"
        in companion("import", sheet, "--dry-run", data_dir=data_dir).stdout
    )
    assert snapshot(data_dir) == before
    assert "Imported: 0 new, 0 updated, 4 unchanged" in companion("import", sheet, data_dir=data_dir).stdout
    exported = companion("export", "contacts", "-", data_dir=data_dir).stdout
    names = [r["Name"] for r in csv.DictReader(io.StringIO(exported.lstrip("\ufeff")))]
    assert names.count("Bruno Ortega") == 1


def test_import_of_a_sheet_without_names_fails_clearly(tmp_path):
    data_dir = tmp_path / "data"
    for extra in (["--dry-run"], []):
        done = companion(
            "import", SHEETS / "missing_name_column.csv", *extra, data_dir=data_dir, check_ok=False
        )
        assert done.returncode == 1
        assert "Name" in done.stderr and "Nothing imported" in done.stderr


def test_import_is_refused_while_a_server_holds_the_folder(tmp_path):
    sheet = SHEETS / "google_sheets_export.csv"
    with LiveCompanion(data_dir=tmp_path / "live") as live:
        refused = companion("import", sheet, data_dir=live.data_dir, check_ok=False)
        assert refused.returncode == 1
        assert "running on this folder" in refused.stderr
        dry = companion("import", sheet, "--dry-run", data_dir=live.data_dir)
        assert "Would import: 4 new" in dry.stdout
        assert live.api("GET", "/api/contacts").json()["contacts"] == []
