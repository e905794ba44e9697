"""The tracking sheet as CSV: export, import of people's own sheets, and the dry-run plan."""

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.followups.rules import compute
from companion.portability.sheets import (
    contacts_csv,
    interactions_csv,
    parse_interactions_sheet,
    parse_sheet,
    plan_import,
)
from companion.portability.sheets.csv_export import CONTACT_COLUMNS
from companion.portability.sheets.csv_import import plan_interactions_import
from companion.portability.sheets.headers import field_for
from companion.portability.sheets.values import parse_date, parse_thank_you

FIXTURES = Path(__file__).parent / "fixtures" / "sheets"
ON = dt.date(2026, 11, 26)
COMPUTED = {"Follow-ups (last 12 months)", "Next due", "Status"}


def make_contact(contact_id, name="", **fields):
    base = {
        "id": contact_id,
        "name": name,
        "email": "",
        "phone": "",
        "headline": "",
        "title": "",
        "company": "",
        "past_companies": [],
        "industry": "",
        "location": "",
        "linkedin_url": "",
        "mailing_address": "",
        "tags": [],
        "notes": "",
        "how_met": "",
        "interview_date": None,
        "about": "",
        "connected": False,
        "snoozed_until": None,
        "created_at": "2024-01-01T00:00:00Z",
        "updated_at": "2024-01-01T00:00:00Z",
    }
    return {**base, **fields}


def with_followups(contacts, interactions):
    """Contacts as the API returns them: each with its computed followup."""
    result = []
    for contact in contacts:
        own = [item for item in interactions if item["contact_id"] == contact["id"]]
        result.append({**contact, "followup": compute(contact, own, {}, ON)})
    return result


def rich_book():
    """A small book whose fields exercise every awkward value the CSV must carry."""
    contacts = [
        make_contact(
            "c1",
            "Ada Park",
            email="Ada.Park@example.com",
            phone="+1 555 0100",
            title="Senior Engineer",
            headline="Building kinder medical devices | mentor",
            company="Northwind Devices, Inc.",
            past_companies=["Contoso Medical", "Tailspin Devices, Inc."],
            industry="Medical devices",
            location="Portland, OR",
            linkedin_url="https://www.linkedin.com/in/ada-park-0001/",
            mailing_address="12 Alder Street\nApt 4\nPortland, OR 97201",
            tags=["medtech", "mentor, alumni"],
            notes='Talked about "pediatric" devices, costs; trade-offs\n=SUM(A1:A2) is not a formula\n@here',
            how_met="-- Alumni mixer",
            interview_date="2024-03-12",
            connected=True,
        ),
        make_contact(
            "c2",
            "Żaneta Ørsted-Nguyễn",
            email="zaneta@example.org",
            company="Fabrikam Health",
            title="'Nurse manager",
            tags=["hospitals"],
            notes="\tstarts with a tab",
            interview_date="2025-10-01",
        ),
        make_contact(
            "c3",
            "Bruno Ortega",
            company="Lumen Analytics",
            notes="'=quoted already",
            tags=["solo,tag"],
            past_companies=["Harbor Data, LLC"],
        ),
    ]
    interactions = [
        {
            "id": "i1",
            "contact_id": "c1",
            "kind": "thank_you",
            "channel": "mail",
            "date": "2024-03-14",
            "note": "Card",
            "url": "",
            "created_at": "2024-03-14T10:00:00Z",
        },
        {
            "id": "i2",
            "contact_id": "c1",
            "kind": "article",
            "channel": "email",
            "date": "2026-09-01",
            "note": "Sent the piece on device recalls",
            "url": "https://news.example.com/recalls?id=1",
            "created_at": "2026-09-01T10:00:00Z",
        },
        {
            "id": "i3",
            "contact_id": "c2",
            "kind": "thank_you",
            "channel": "email",
            "date": "2025-10-01",
            "note": "",
            "url": "",
            "created_at": "2025-10-01T20:00:00Z",
        },
    ]
    return with_followups(contacts, interactions), interactions


def rows_of(text):
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def apply_plan(plan, contacts, interactions):
    """Carry out a plan the way the import route will: creates get new ids, updates are merged."""
    contacts = [dict(contact) for contact in contacts]
    interactions = list(interactions)
    by_id = {contact["id"]: contact for contact in contacts}
    for number, entry in enumerate(plan["create"]):
        new = make_contact(f"new{number}", **entry["contact"])
        contacts.append(new)
        by_id[new["id"]] = new
        for item in entry["interactions"]:
            interactions.append({**item, "id": f"n{len(interactions)}", "contact_id": new["id"], "url": ""})
    for entry in plan["update"]:
        by_id[entry["contact_id"]].update(entry["changes"])
        for item in entry["interactions"]:
            interactions.append({**item, "id": f"n{len(interactions)}", "contact_id": entry["contact_id"]})
    plain = [{k: v for k, v in contact.items() if k != "followup"} for contact in contacts]
    return with_followups(plain, interactions), interactions


# Export ------------------------------------------------------------------------------------------


def test_export_starts_with_bom_uses_crlf_and_has_every_column():
    contacts, _ = rich_book()
    text = contacts_csv(contacts)
    assert text.startswith("\ufeffName,Title,")
    assert text.split("\r\n")[0].lstrip("\ufeff").split(",") == list(CONTACT_COLUMNS)
    row = rows_of(text)[0]
    assert row["Thank-you sent (date)"] == "2024-03-14"
    assert row["Thank-you channel"] == "mail"
    assert row["Follow-ups (last 12 months)"] == "1"
    assert row["Last touch"] == "2026-09-01"
    assert row["Tags"] == "medtech; mentor, alumni"
    assert row["Past companies"] == "Contoso Medical; Tailspin Devices, Inc."
    assert row["ID"] == "c1"
    assert rows_of(text)[1]["Past companies"] == ""
    assert rows_of(text)[2]["Past companies"] == "Harbor Data, LLC;"  # one name with a comma stays whole


def test_export_puts_an_apostrophe_before_cells_a_spreadsheet_would_run_as_formulas():
    contacts, _ = rich_book()
    rows = rows_of(contacts_csv(contacts))
    assert rows[0]["Phone"] == "'+1 555 0100"
    assert rows[0]["How met"] == "'-- Alumni mixer"
    assert rows[1]["Notes"] == "'\tstarts with a tab"
    assert rows[1]["Title"] == "'Nurse manager"  # an apostrophe before a letter is left alone
    assert rows[2]["Notes"] == "''=quoted already"
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())


def test_interactions_export_lists_each_interaction_with_its_contact():
    contacts, interactions = rich_book()
    rows = rows_of(interactions_csv(interactions, {contact["id"]: contact for contact in contacts}))
    assert [row["Interaction ID"] for row in rows] == ["i1", "i3", "i2"]  # oldest first
    assert rows[0]["Contact name"] == "Ada Park"
    assert rows[2]["URL"] == "https://news.example.com/recalls?id=1"


# Round trips -------------------------------------------------------------------------------------


def test_export_then_import_against_the_same_book_creates_and_changes_nothing():
    contacts, interactions = rich_book()
    parsed = parse_sheet(contacts_csv(contacts).encode("utf-8"))
    assert parsed["errors"] == []
    plan = plan_import(parsed, contacts, existing_interactions=interactions)
    assert plan["summary"] == {"create": 0, "update": 0, "unchanged": 3, "reject": 0}
    assert plan["ignored_columns"] == []
    assert set(plan["computed_columns"]) == COMPUTED


def test_export_then_import_keeps_every_field_exactly():
    contacts, _ = rich_book()
    rows = {
        row["contact"]["id"]: row["contact"] for row in parse_sheet(contacts_csv(contacts).encode())["rows"]
    }
    for contact in contacts:
        for field in (
            "name",
            "email",
            "phone",
            "title",
            "headline",
            "company",
            "past_companies",
            "industry",
            "location",
            "linkedin_url",
            "mailing_address",
            "tags",
            "notes",
            "how_met",
            "interview_date",
        ):
            assert rows[contact["id"]].get(field) or contact[field] in ("", None, []), field
            if contact[field]:
                assert rows[contact["id"]][field] == contact[field], field


def test_import_into_an_empty_book_then_export_gives_the_same_rows():
    contacts, _ = rich_book()
    exported = contacts_csv(contacts)
    plan = plan_import(parse_sheet(exported.encode()), [])
    assert plan["summary"]["create"] == 3
    rebuilt, _ = apply_plan(plan, [], [])

    def comparable(text):
        return [{k: v for k, v in row.items() if k not in COMPUTED | {"ID"}} for row in rows_of(text)]

    assert comparable(contacts_csv(rebuilt)) == comparable(exported)


def test_importing_the_same_sheet_twice_adds_nothing_the_second_time():
    data = (FIXTURES / "google_sheets_export.csv").read_bytes()
    first = plan_import(parse_sheet(data), [])
    contacts, interactions = apply_plan(first, [], [])
    second = plan_import(parse_sheet(data), contacts, existing_interactions=interactions)
    assert second["summary"] == {"create": 0, "update": 0, "unchanged": 4, "reject": 3}


def test_interactions_sheet_round_trips_without_duplicates():
    contacts, interactions = rich_book()
    text = interactions_csv(interactions, {contact["id"]: contact for contact in contacts})
    parsed = parse_interactions_sheet(text.encode())
    assert parsed["errors"] == []
    again = plan_interactions_import(parsed, contacts, interactions)
    assert again["summary"] == {"create": 0, "unchanged": 3, "reject": 0}
    fresh = plan_interactions_import(parsed, contacts, [])
    assert [entry["interaction"] for entry in fresh["create"]][0] == {
        "kind": "thank_you",
        "channel": "mail",
        "date": "2024-03-14",
        "note": "Card",
        "url": "",
    }


def test_interactions_sheet_rejects_unknown_contacts_and_kinds_with_row_numbers():
    text = (
        "Contact ID,Contact name,Date,Kind,Channel\n"
        "zz,Nobody Here,2024-01-01,update,email\n"
        "c1,,2024-01-02,wave,\n"
    )
    contacts, _ = rich_book()
    plan = plan_interactions_import(parse_interactions_sheet(text.encode()), contacts, [])
    assert [(entry["row"], entry["reasons"][0][:18]) for entry in plan["reject"]] == [
        (2, "no contact with ID"),
        (3, "Kind: 'wave' is no"),
    ]


# People's own sheets -----------------------------------------------------------------------------


def test_google_sheets_export_maps_headers_dates_thank_yous_and_profile_urls():
    parsed = parse_sheet((FIXTURES / "google_sheets_export.csv").read_bytes())
    rows = {row["row"]: row for row in parsed["rows"]}
    assert parsed["ignored_columns"] == ["Follow-up ideas"]
    assert rows[2]["contact"]["linkedin_url"] == "https://www.linkedin.com/in/ada-park-0001/"
    assert rows[2]["contact"]["tags"] == ["medtech", "mentor"]
    assert rows[2]["thank_you"] == {"date": None, "channel": None}
    assert rows[3]["contact"]["interview_date"] == "2024-03-12"  # "March 12, 2024"
    assert rows[3]["contact"]["linkedin_url"] == "https://www.linkedin.com/in/bruno-ortega-42/"
    assert rows[4]["thank_you"] == {"date": "2024-03-14", "channel": "mail"}  # "2024-03-14 (card)"
    assert rows[6]["contact"]["interview_date"] == "2024-03-13"  # 13/03/2024 can only be day-first
    assert rows[6]["thank_you"] == {"date": "2024-03-15", "channel": "email"}


def test_google_sheets_plan_rejects_bad_rows_with_their_spreadsheet_row_numbers():
    plan = plan_import(parse_sheet((FIXTURES / "google_sheets_export.csv").read_bytes()), [])
    reasons = {entry["row"]: entry["reasons"] for entry in plan["reject"]}
    assert reasons[5] == ["Full name is empty"]
    assert reasons[7] == ["duplicate of row 3 (same email)"]
    assert "is not a LinkedIn profile link" in reasons[8][0]
    assert "'maybe' is not understood" in reasons[8][1]
    ada = next(entry for entry in plan["create"] if entry["row"] == 2)
    # "Yes" with no date: the thank-you is recorded on the interview day.
    assert ada["interactions"] == [
        {
            "kind": "thank_you",
            "date": "2024-03-12",
            "channel": "other",
            "note": "Thank-you, from an imported sheet",
        }
    ]


def test_excel_semicolon_file_with_bom_reads_names_day_first_dates_and_multiline_address():
    parsed = parse_sheet((FIXTURES / "excel_semicolon_bom.csv").read_bytes())
    assert (parsed["encoding"], parsed["delimiter"]) == ("utf-8-sig", ";")
    rows = {row["row"]: row for row in parsed["rows"]}
    assert sorted(rows) == [2, 3, 5]  # the blank line is row 4
    assert rows[2]["contact"]["name"] == "Fiona Nakamura"
    assert rows[2]["contact"]["mailing_address"] == "12 Harbour Road\nBristol BS1 4XX"
    assert rows[2]["contact"]["notes"] == "Likes trail running; ask about offshore wind"
    assert rows[3]["contact"]["interview_date"] == "2024-03-04"  # 04/03 in a day-first sheet
    assert rows[3]["thank_you"] == {"date": "2024-05-04", "channel": "mail"}
    assert rows[5]["thank_you"] is None


def test_windows_1252_file_keeps_accents_smart_quotes_and_euro_sign():
    parsed = parse_sheet((FIXTURES / "windows_1252.csv").read_bytes())
    assert parsed["encoding"] == "cp1252"
    first, second = (row["contact"] for row in parsed["rows"])
    assert first["name"] == "Zoë Brontë"
    assert first["notes"] == "“Loved the tasting menu” – costs €40"
    assert second["company"] == "Société Générale d’Exemple"
    assert second["interview_date"] == "2024-02-29"


def test_excel_unicode_text_is_read_as_utf16_tab_separated():
    parsed = parse_sheet((FIXTURES / "excel_unicode_text.txt").read_bytes())
    assert (parsed["encoding"], parsed["delimiter"]) == ("utf-16", "\t")
    assert parsed["rows"][0]["contact"]["name"] == "Ingrid Søndergaard"


def test_excel_sep_line_sets_the_delimiter_and_is_not_a_row():
    parsed = parse_sheet((FIXTURES / "excel_sep_hint.csv").read_bytes())
    assert parsed["rows"][0]["row"] == 2
    assert parsed["rows"][0]["contact"] == {"name": "Jonas Weber", "company": "Umbrella Works"}


def test_title_lines_above_the_header_are_skipped_and_row_numbers_still_match():
    parsed = parse_sheet((FIXTURES / "title_rows_above_header.csv").read_bytes())
    (row,) = parsed["rows"]
    assert row["row"] == 4
    assert row["interactions"][0]["date"] == "2024-06-30"


def test_first_and_last_name_columns_are_combined():
    parsed = parse_sheet(b"First name,Last name,Company\nGrace,Hopper-Lee,Contoso\nMononym,,\n")
    assert [row["contact"]["name"] for row in parsed["rows"]] == ["Grace Hopper-Lee", "Mononym"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            (FIXTURES / "missing_name_column.csv").read_bytes(),
            "no Name column: expected a column called Name, Full name or First name + Last name",
        ),
        (b"", "the file is empty"),
        (b"  \r\n\r\n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20, "this is not a CSV file"),
        (
            b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(range(256)) * 4,
            "this is not a CSV file",
        ),
        (b"Name,Company\n", "the sheet has a header row but no data rows"),
    ],
    ids=["missing-name", "empty", "blank", "png", "xlsx", "header-only"],
)
def test_files_that_are_not_usable_sheets_get_one_clear_sheet_error(data, message):
    parsed = parse_sheet(data)
    assert parsed["rows"] == []
    assert parsed["errors"][0].startswith(message)
    assert plan_import(parsed, [])["summary"] == {"create": 0, "update": 0, "unchanged": 0, "reject": 0}


def test_the_interactions_sheet_given_as_the_contacts_sheet_is_refused_with_the_reason():
    contacts, interactions = rich_book()
    data = interactions_csv(interactions, {contact["id"]: contact for contact in contacts}).encode()
    assert parse_sheet(data)["errors"] == [
        "this is the interactions sheet, not the contacts sheet: import it as interactions"
    ]
    assert parse_interactions_sheet(contacts_csv(contacts).encode())["errors"] == [
        "not an interactions sheet: missing column(s) Date, Kind"
    ]


def test_utf16_without_a_bom_is_recognised_and_broken_utf16_is_refused():
    assert parse_sheet("Name\nÅsa Berg\n".encode("utf-16-le"))["rows"][0]["contact"]["name"] == "Åsa Berg"
    broken = parse_sheet(b"\xff\xfeN\x00a\x00m\x00e\x00\n")
    assert broken["errors"] == ["the file is not valid UTF-16 text"]


def test_latin1_bytes_that_are_not_utf8_are_still_read():
    parsed = parse_sheet("Name\nJosé Müller\n".encode("latin-1"))
    assert parsed["rows"][0]["contact"]["name"] == "José Müller"


def test_row_numbers_count_spreadsheet_rows_not_file_lines():
    data = b'Name,Notes,Interview date\nAda,"line one\nline two\nline three",2024-01-01\n\nBo,,not a date\n'
    plan = plan_import(parse_sheet(data), [])
    assert plan["reject"] == [
        {
            "row": 4,
            "name": "Bo",
            "reasons": ["Interview date: 'not a date' is not a date; use YYYY-MM-DD, e.g. 2024-03-12"],
        }
    ]


def test_unknown_columns_are_reported_and_empty_unnamed_columns_are_not():
    parsed = parse_sheet(b"Name,Favourite colour,,\nAda,green,,\n")
    assert parsed["ignored_columns"] == ["Favourite colour"]
    parsed = parse_sheet(b"Name,,\nAda,,something\n")
    assert parsed["ignored_columns"] == ["column C (no header)"]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Full name", "name"),
        ("CONTACT", "name"),
        ("e-mail", "email"),
        ("Email Address", "email"),
        ("Employer", "company"),
        ("Organisation", "company"),
        ("Job title", "title"),
        ("Position", "title"),
        ("LinkedIn URL", "linkedin_url"),
        ("Profile", "linkedin_url"),
        ("Date of interview", "interview_date"),
        ("Date of informational interview", "interview_date"),
        ("Met on", "interview_date"),
        ("Thank you sent", "thank_you"),
        ("Thank-you", "thank_you"),
        ("Thanked?", "thank_you"),
        ("Introduced by", "how_met"),
        ("Source", "how_met"),
        ("Comments", "notes"),
        ("City", "location"),
        ("Address", "mailing_address"),
        ("Last contact", "last_touch"),
        (" Last  Touch ", "last_touch"),
        ("Status", "computed:status"),
        ("Connected on LinkedIn", "connected"),
        ("Past companies", "past_companies"),
        ("Former employers", "past_companies"),
        ("Previous  Employers", "past_companies"),
        ("Colour", None),
    ],
)
def test_headers_are_matched_whatever_their_case_punctuation_or_spacing(header, field):
    assert field_for(header) == field


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-12", "2024-03-12"),
        ("2024-03-12T09:30:00Z", "2024-03-12"),
        ("3/12/2024", "2024-03-12"),
        ("13/03/2024", "2024-03-13"),
        ("12.03.2024", "2024-03-12"),
        ("March 12, 2024", "2024-03-12"),
        ("Tuesday, March 12th, 2024", "2024-03-12"),
        ("12 Mar 2024", "2024-03-12"),
        ("12-Mar-2024", "2024-03-12"),
        ("Sept 1 2024", "2024-09-01"),
        ("3/12/24", "2024-03-12"),
        ("45363", "2024-03-12"),
    ],
)
def test_dates_are_read_in_the_ways_people_write_them(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2024-02-30", "31/31/2024", "next Tuesday", "Smarch 12, 2024", "3/12"])
def test_impossible_or_unreadable_dates_say_how_to_write_one(text):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yes", {"date": None, "channel": None}),
        ("✓", {"date": None, "channel": None}),
        ("2024-03-14 (card)", {"date": "2024-03-14", "channel": "mail"}),
        ("emailed 3/14/2024", {"date": "2024-03-14", "channel": "email"}),
        ("LinkedIn message", {"date": None, "channel": "linkedin"}),
        ("No", None),
        ("", None),
        ("not yet", None),
    ],
)
def test_thank_you_cells_are_understood(text, expected):
    assert parse_thank_you(text) == expected


# Matching and the plan ---------------------------------------------------------------------------


def one_row_plan(csv_text, contacts, interactions=None):
    return plan_import(parse_sheet(csv_text.encode()), contacts, existing_interactions=interactions or [])


def test_matches_a_stored_contact_by_linkedin_url_despite_query_string_locale_and_case():
    stored = [make_contact("c9", "Ada Park", linkedin_url="https://www.linkedin.com/in/ada-park-0001/")]
    plan = one_row_plan("Name,LinkedIn\nAda P.,https://uk.linkedin.com/in/Ada-Park-0001/fr?trk=abc\n", stored)
    assert plan["update"][0]["contact_id"] == "c9"
    assert plan["update"][0]["changes"] == {"name": "Ada P."}


def test_matches_by_email_in_any_case_then_by_name_and_company_in_any_spacing():
    stored = [
        make_contact("c1", "Ada Park", email="ada@example.com"),
        make_contact("c2", "Bruno Ortega", company="Lumen Analytics"),
    ]
    plan = one_row_plan(
        "Name,Email,Company,Title\nA. Park,ADA@Example.com,,CTO\n  bruno   ortega ,,LUMEN analytics,Lead\n",
        stored,
    )
    assert [(entry["contact_id"], entry["changes"]) for entry in plan["update"]] == [
        ("c1", {"name": "A. Park", "title": "CTO"}),
        ("c2", {"name": "bruno ortega", "company": "LUMEN analytics", "title": "Lead"}),
    ]


def test_same_name_at_another_company_is_a_new_person():
    stored = [make_contact("c2", "Bruno Ortega", company="Lumen Analytics")]
    plan = one_row_plan("Name,Company\nBruno Ortega,Contoso\n", stored)
    assert plan["summary"]["create"] == 1


def test_empty_cells_never_erase_stored_values():
    stored = [make_contact("c1", "Ada Park", email="ada@example.com", notes="keep me", tags=["medtech"])]
    plan = one_row_plan("Name,Email,Notes,Tags,Phone\nAda Park,ada@example.com,,,\n", stored)
    assert plan["unchanged"] == [{"row": 2, "contact_id": "c1", "name": "Ada Park"}]


def test_an_id_that_is_not_stored_falls_back_to_other_columns_and_says_so():
    stored = [make_contact("c1", "Ada Park", email="ada@example.com")]
    plan = one_row_plan("ID,Name,Email,Title\nzz-old,Ada Park,ada@example.com,CTO\n", stored)
    assert plan["update"][0]["contact_id"] == "c1"
    assert plan["update"][0]["warnings"] == ["ID zz-old matches no stored contact; matched Ada Park instead"]


def test_a_row_whose_linkedin_url_belongs_to_another_contact_is_rejected():
    stored = [
        make_contact("c1", "Ada Park", email="ada@example.com"),
        make_contact("c2", "Bo Chen", linkedin_url="https://www.linkedin.com/in/bo-chen/"),
    ]
    plan = one_row_plan("ID,Name,LinkedIn\nc1,Ada Park,linkedin.com/in/bo-chen\n", stored)
    assert plan["reject"][0]["reasons"] == [
        "LinkedIn URL https://www.linkedin.com/in/bo-chen/ already belongs to Bo Chen (ID c2)"
    ]


def test_two_rows_for_one_stored_contact_reject_the_second():
    stored = [
        make_contact(
            "c1", "Ada Park", email="ada@example.com", linkedin_url="https://www.linkedin.com/in/ada-park/"
        )
    ]
    plan = one_row_plan(
        "Name,Email,LinkedIn\nAda Park,ada@example.com,\nA. Park,,linkedin.com/in/ada-park\n", stored
    )
    assert plan["reject"] == [
        {"row": 3, "name": "A. Park", "reasons": ["duplicate of row 2 (same contact: Ada Park)"]}
    ]


def test_a_thank_you_already_logged_is_not_planned_again():
    stored = [make_contact("c1", "Ada Park", interview_date="2024-03-12")]
    logged = [{"id": "i1", "contact_id": "c1", "kind": "thank_you", "channel": "mail", "date": "2024-03-14"}]
    for cell in ("2024-03-14 (card)", "Yes", "3/14/2024"):
        plan = one_row_plan(f"Name,Thank-you\nAda Park,{cell}\n", stored, logged)
        assert plan["summary"]["unchanged"] == 1, cell
    plan = one_row_plan("Name,Thank-you\nAda Park,2024-03-20 email\n", stored, logged)
    assert plan["update"][0]["interactions"][0]["date"] == "2024-03-20"


def test_last_contact_is_planned_only_when_newer_than_the_stored_history():
    stored = with_followups(
        [make_contact("c1", "Ada Park")],
        [{"id": "i1", "contact_id": "c1", "kind": "update", "date": "2024-06-30"}],
    )
    older = one_row_plan("Name,Last contact\nAda Park,2024-05-01\n", stored)
    newer = one_row_plan("Name,Last contact\nAda Park,2024-07-15\n", stored)
    assert older["summary"]["unchanged"] == 1
    assert newer["update"][0]["interactions"][0]["kind"] == "other"


def test_thank_you_marked_sent_without_any_date_is_a_warning_not_a_made_up_date():
    plan = one_row_plan("Name,Thank you sent\nAda Park,Yes\n", [])
    assert plan["create"][0]["interactions"] == []
    assert "without a date" in plan["create"][0]["warnings"][0]


def test_ten_thousand_rows_parse_and_plan_without_losing_any():
    contacts = [
        make_contact(
            f"id{n}",
            f"Person {n}",
            email=f"p{n}@example.com",
            company=f"Firm {n % 97}",
            linkedin_url=f"https://www.linkedin.com/in/person-{n}/",
            notes=f"note {n}\nline two",
            tags=["a", "b"],
            interview_date="2024-03-12",
        )
        for n in range(10_000)
    ]
    data = contacts_csv(contacts).encode()
    parsed = parse_sheet(data)
    assert len(parsed["rows"]) == 10_000 and parsed["rows"][-1]["row"] == 10_001
    assert plan_import(parsed, contacts)["summary"]["unchanged"] == 10_000
    assert plan_import(parsed, [])["summary"]["create"] == 10_000


# Any text at all -----------------------------------------------------------------------------------

# Text as the API stores it: no control characters other than newline and tab.
stored_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff")
    | st.sampled_from(["\n", "\t", "=", "+", "-", "@", "'", '"', ",", ";"]),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(
    name=stored_text.filter(lambda text: text.strip()),
    company=stored_text,
    notes=stored_text,
    address=stored_text,
    tags=st.lists(stored_text.filter(lambda t: t.strip() and ";" not in t and "\n" not in t), max_size=3),
)
def test_any_stored_text_survives_export_and_import_unchanged(name, company, notes, address, tags):
    contact = make_contact("c1", name, company=company, notes=notes, mailing_address=address, tags=tags)
    for encoding in ("utf-8", "utf-16"):
        plan = plan_import(parse_sheet(contacts_csv([contact]).encode(encoding)), [contact])
        assert plan["summary"]["unchanged"] == 1, plan


# Past companies (issue 15.2) ---------------------------------------------------------------------


def _without_column(text: str, header: str) -> str:
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    drop = rows[0].index(header)
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(
        [cell for i, cell in enumerate(r) if i != drop] for r in rows
    )
    return "\ufeff" + out.getvalue()


def test_a_sheet_exported_before_the_past_companies_column_imports_and_keeps_them():
    contacts, interactions = rich_book()
    old_sheet = _without_column(contacts_csv(contacts), "Past companies")
    parsed = parse_sheet(old_sheet.encode("utf-8"))
    assert parsed["errors"] == [] and "Past companies" not in parsed["columns"]
    assert all("past_companies" not in row["contact"] for row in parsed["rows"])
    plan = plan_import(parsed, contacts, existing_interactions=interactions)
    assert plan["summary"] == {"create": 0, "update": 0, "unchanged": 3, "reject": 0}  # nothing erased
    fresh = plan_import(parsed, [])
    assert fresh["summary"]["create"] == 3
    assert all("past_companies" not in entry["contact"] for entry in fresh["create"])


def test_an_edited_past_companies_cell_is_an_update_and_case_alone_is_not():
    contacts, interactions = rich_book()
    text = contacts_csv(contacts)
    edited = text.replace(
        "Contoso Medical; Tailspin Devices, Inc.", "CONTOSO medical; Tailspin Devices, Inc."
    )
    plan = plan_import(parse_sheet(edited.encode()), contacts, existing_interactions=interactions)
    assert plan["summary"]["unchanged"] == 3
    edited = text.replace("Contoso Medical; Tailspin Devices, Inc.", "Contoso Medical; Litware")
    plan = plan_import(parse_sheet(edited.encode()), contacts, existing_interactions=interactions)
    [update] = plan["update"]
    assert update["changes"] == {"past_companies": ["Contoso Medical", "Litware"]}


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Contoso; Litware", ["Contoso", "Litware"]),
        ("Contoso, Litware", ["Contoso", "Litware"]),
        ("Northwind Devices, Inc., Litware", ["Northwind Devices, Inc.", "Litware"]),
        ("Harbor Data, LLC", ["Harbor Data, LLC"]),
        ("Harbor Data, LLC;", ["Harbor Data, LLC"]),
        ("Contoso; contoso ;; Litware", ["Contoso", "Litware"]),
    ],
)
def test_a_past_companies_cell_people_type_is_read_as_a_list(cell, expected):
    data = f'Name,Previous employers\nAda Park,"{cell}"\n'.encode()
    [row] = parse_sheet(data)["rows"]
    assert row["contact"]["past_companies"] == expected


def test_a_sheet_with_too_many_past_companies_rejects_that_row_saying_why(api):
    many = "; ".join(f"Company {n}" for n in range(11))
    data = f"Name,Past companies\nAda Park,{many}\nBo Chen,Contoso\n".encode()
    r = api.request("POST", "/api/import", data=data, headers={"Content-Type": "text/csv"})
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["imported"]["create"] == 1 and r.get_json()["imported"]["reject"] == 1
    preview = api.request("POST", "/api/import/preview", data=data, headers={"Content-Type": "text/csv"})
    [rejected] = preview.get_json()["plan"]["reject"]
    assert rejected["row"] == 2 and "at most 10 companies" in " ".join(rejected["reasons"])
    [bo] = api.get("/api/contacts").get_json()["contacts"]
    assert bo["name"] == "Bo Chen" and bo["past_companies"] == ["Contoso"]
