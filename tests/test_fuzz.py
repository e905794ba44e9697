"""Junk at every route and method (taken from the app's own URL map), with the token: never a 5xx,
and a rejected request leaves every file in the data folder byte for byte as it was.

Routes that fetch feeds from the network on purpose (poll now) are left out: junk may have added a
public feed URL, and tests never leave loopback.
"""

import hashlib
import json
import pathlib
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.web.app import create_app
from tests.conftest import HOST, PORT

NETWORK_ENDPOINTS = {"feeds.poll", "dashboard.poll_feeds"}
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
FIELD_NAMES = [
    "name",
    "email",
    "phone",
    "headline",
    "title",
    "company",
    "industry",
    "location",
    "linkedin_url",
    "mailing_address",
    "tags",
    "notes",
    "how_met",
    "interview_date",
    "about",
    "connected",
    "snoozed_until",
    "kind",
    "channel",
    "date",
    "note",
    "url",
    "until",
    "status",
    "q",
    "on",
    "thank_you_overdue_days",
    "max_follow_ups_per_year",
    "follow_up_interval_days",
    "min_follow_up_gap_days",
    "signature",
    "school",
    "limit",
    "keywords",
    "text",
]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([10**30, -(10**30), 2**63, 2**64 + 1, 0, -1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    # Lone surrogates are valid in JSON text ("\ud800") but not in UTF-8: a classic crash.
    st.text(
        alphabet=st.one_of(st.characters(), st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)),
        max_size=12,
    ),
    st.from_regex(r"\A\d{4}-\d{2}-\d{2}\Z").map(lambda d: d + "\ud800"),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "\u202e",
            "名前",
            "<script>alert(1)</script>",
            "2026-13-45",
            "2026-11-20",
            "9999-12-31",
            "../../etc/passwd",
            "https://www.linkedin.com/in/jane-roe/",
            "javascript:alert(1)",
            "a@b.c",
            "thank_you",
            "mail",
            "x" * 3000,
            "\ud800",
            "NaN",
        ]
    ),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
objects = st.dictionaries(st.sampled_from(FIELD_NAMES), json_values, max_size=8)
bodies = st.one_of(
    objects.map(lambda o: ("json", o)),
    json_values.map(lambda v: ("json", v)),
    st.binary(max_size=200).map(lambda b: ("raw", b)),
    st.sampled_from(
        [
            b"[" * 5000,
            b'{"a":' * 3000,
            b"1" * 5000,
            b'{"name": "\\ud800"}',
            b"NaN",
            b'{"name": Infinity}',
            b"\xff\xfe{}",
            b'{"name": "x", "name": 1}',
        ]
    ).map(lambda b: ("raw", b)),
    st.just(("none", None)),
)
junk_ids = st.one_of(st.text(min_size=1, max_size=30), st.sampled_from(["..", ".", "%00", "a/b", "x" * 500]))
queries = st.dictionaries(
    st.sampled_from(
        [
            "q",
            "status",
            "industry",
            "tag",
            "on",
            "linkedin_url",
            "kind",
            "channel",
            "url",
            "title",
            "limit",
            "offset",
            "token",
        ]
    ),
    st.text(max_size=30),
    max_size=4,
)


def fingerprint(folder: pathlib.Path) -> dict:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """One app with a contact and an interaction; the examples run against it in turn."""
    folder = tmp_path_factory.mktemp("fuzz") / "data"
    app = create_app({"DATA_DIR": str(folder), "PORT": PORT})
    client = app.test_client()
    headers = {"Host": HOST, "Authorization": f"Bearer {app.extensions['companion.tokens'].current()}"}
    contact = client.post(
        "/api/contacts", json={"name": "Ada Park", "interview_date": "2026-11-20"}, headers=headers
    ).get_json()["contact"]
    item = client.post(
        f"/api/contacts/{contact['id']}/interactions",
        json={"kind": "thank_you", "date": "2026-11-21"},
        headers=headers,
    ).get_json()["interaction"]
    rules = [r for r in app.url_map.iter_rules() if r.endpoint not in NETWORK_ENDPOINTS]
    yield {
        "app": app,
        "client": client,
        "headers": headers,
        "folder": folder,
        "rules": rules,
        "ids": {"contact_id": contact["id"], "interaction_id": item["id"]},
    }
    app.extensions["companion.store"].close()


def test_the_route_list_covers_the_api(world):
    paths = {r.rule for r in world["rules"]}
    assert {
        "/api/contacts",
        "/api/contacts/capture",
        "/api/contacts/<contact_id>",
        "/api/contacts/<contact_id>/interactions",
        "/api/ping",
    } <= paths


def build_path(rule, ids, data) -> str:
    values = {}
    for arg in rule.arguments:
        real = ids.get(arg)
        if real and data.draw(st.booleans(), label=f"real {arg}"):
            values[arg] = real
        else:
            values[arg] = quote(data.draw(junk_ids, label=arg), safe="")
    path = rule.rule
    for arg, value in values.items():
        path = path.replace(f"<{arg}>", value).replace(f"<path:{arg}>", value)
    return path


def send(world, data, rule, method, kind, body) -> None:
    """Send one junk request and check the two invariants."""
    path = build_path(rule, world["ids"], data)
    if method == "DELETE" and world["ids"]["contact_id"] in path:
        path = path.replace(world["ids"]["contact_id"], "not-" + world["ids"]["contact_id"])
    kw = {"headers": dict(world["headers"]), "query_string": data.draw(queries, label="query")}
    if kind == "json":
        kw["data"] = json.dumps(body)
        kw["headers"]["Content-Type"] = "application/json"
    elif kind == "raw":
        kw["data"] = body
        kw["headers"]["Content-Type"] = data.draw(st.sampled_from(["application/json", "text/plain"]))
    before = fingerprint(world["folder"])
    r = world["client"].open(path, method=method, **kw)
    assert r.status_code < 500, (method, path, body, r.status_code, r.get_data(as_text=True)[:300])
    if r.status_code >= 400:
        assert fingerprint(world["folder"]) == before, (method, path, r.status_code)
        if path.startswith("/api/") and method != "HEAD":
            answer = r.get_json()
            assert answer["ok"] is False and answer["status"] == r.status_code


FUZZ = settings(max_examples=250, deadline=None, database=None, suppress_health_check=list(HealthCheck))


@FUZZ
@given(data=st.data())
def test_junk_at_every_route_and_method_never_gets_a_5xx_and_a_refusal_changes_nothing(world, data):
    rule = data.draw(st.sampled_from(world["rules"]), label="route")
    method = data.draw(st.sampled_from(sorted(rule.methods) + METHODS), label="method")
    kind, body = data.draw(bodies, label="body")
    send(world, data, rule, method, kind, body)


@FUZZ
@given(data=st.data())
def test_junk_fields_sent_to_write_routes_never_get_a_5xx_and_a_refusal_changes_nothing(world, data):
    writes = [(r, m) for r in world["rules"] for m in sorted(r.methods) if m in ("POST", "PUT", "PATCH")]
    rule, method = data.draw(st.sampled_from(writes), label="write route")
    body = data.draw(objects, label="fields")
    send(world, data, rule, method, "json", body)


def test_the_seed_contact_survived_the_junk(world):
    r = world["client"].get(f"/api/contacts/{world['ids']['contact_id']}", headers=world["headers"])
    assert r.status_code == 200 and r.get_json()["contact"]["id"] == world["ids"]["contact_id"]
