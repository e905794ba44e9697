"""SECURITY.md 1-9: who may talk to the companion, what they may send, and what answers give away.

In-process tests use the real app over a temporary data folder; the ones marked slow start a real
`companion serve` (waitress) and talk HTTP to it.
"""

import hashlib
import json
import pathlib
import stat
import subprocess

import click
import pytest
import requests

from companion import cli
from companion.store import tokens
from companion.web.app import create_app
from tests.conftest import HOST, PORT
from tests.support.live import LiveCompanion, companion_exe

FOREIGN_HOSTS = [
    "attacker.example",
    f"attacker.example:{PORT}",
    f"127.0.0.1.attacker.example:{PORT}",
    f"localhost.attacker.example:{PORT}",
    f"rebind.127.0.0.1.nip.io:{PORT}",
    f"127.0.0.1:{PORT + 1}",
    "127.0.0.1",
    "localhost",
    f"0.0.0.0:{PORT}",
    f"192.168.1.10:{PORT}",
]
ROUTES = ["/api/ping", "/api/contacts", "/api/settings", "/", "/static/app.css", "/no-such-page"]
FOREIGN_ORIGINS = [
    "https://evil.example",
    "https://www.linkedin.com",
    "https://uk.linkedin.com",
    "null",
    f"http://127.0.0.1:{PORT + 1}",
    f"http://localhost.attacker.example:{PORT}",
    "http://127.0.0.1",
    f"https://127.0.0.1:{PORT}",
    "file://",
    "chrome-extension://abc/../evil.example",
]
EXTENSION_ORIGIN = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"


def data_fingerprint(data_dir: pathlib.Path) -> dict:
    """Hash of every file under the data folder: equal fingerprints mean nothing was written."""
    return {
        str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file() and p.name != "companion.lock"
    }


def cors_headers(response) -> list[str]:
    return [h for h in response.headers.keys() if h.lower().startswith("access-control-")]


# 1. Loopback only -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "host", ["0.0.0.0", "::", "192.168.1.10", "10.0.0.2", "example.org", "", "localhost6"]
)
def test_check_loopback_refuses_anything_but_loopback(host):
    with pytest.raises(click.ClickException) as err:
        cli.check_loopback(host)
    assert "127.0.0.1" in err.value.message


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
def test_check_loopback_accepts_loopback(host):
    assert cli.check_loopback(host) == host


def test_serve_refuses_to_start_on_all_interfaces(tmp_path):
    out = subprocess.run(
        [companion_exe(), "serve", "--host", "0.0.0.0", "--port", "5999", "--data-dir", str(tmp_path / "d")],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert out.returncode != 0
    assert "Refusing to listen on 0.0.0.0" in out.stderr


@pytest.fixture(scope="module")
def shared_live(tmp_path_factory):
    """One real server for the read-mostly live checks of this module."""
    with LiveCompanion(data_dir=tmp_path_factory.mktemp("shared") / "data") as server:
        yield server


@pytest.mark.slow
def test_live_server_listens_on_loopback_only(shared_live):
    live_companion = shared_live
    ss = subprocess.run(["ss", "-ltnH"], capture_output=True, text=True, check=True).stdout
    binds = [
        line.split()[3] for line in ss.splitlines() if line.split()[3].endswith(f":{live_companion.port}")
    ]
    assert binds, ss
    assert all(b.startswith(("127.0.0.1:", "[::1]:")) for b in binds), binds


# 2. Host header (DNS rebinding) ------------------------------------------------------------------


@pytest.mark.parametrize("host", FOREIGN_HOSTS)
def test_foreign_host_is_refused_on_every_route(client, api, host):
    for route in ROUTES:
        for r in (
            client.get(route, headers={"Host": host}),
            api.get(route, headers={"Host": host}),
            api.post(route, {"name": "Eve"}, headers={"Host": host}),
        ):
            assert r.status_code == 400, route
            assert r.get_json()["ok"] is False


def test_foreign_host_with_token_writes_nothing(api, data_dir):
    before = data_fingerprint(data_dir)
    r = api.post("/api/contacts", {"name": "Eve Rebind"}, headers={"Host": f"attacker.example:{PORT}"})
    assert r.status_code == 400
    assert data_fingerprint(data_dir) == before
    assert api.get("/api/contacts").get_json()["contacts"] == []


@pytest.mark.parametrize("host", [f"127.0.0.1:{PORT}", f"localhost:{PORT}", f"[::1]:{PORT}"])
def test_loopback_hosts_are_accepted(api, host):
    assert api.get("/api/ping", headers={"Host": host}).status_code == 200
    assert api.get("/api/contacts", headers={"Host": host}).status_code == 200


@pytest.mark.slow
def test_live_server_refuses_rebinding_host(shared_live):
    live_companion = shared_live
    port = live_companion.port
    for route in ("/api/ping", "/", "/api/contacts"):
        r = requests.get(
            live_companion.url + route,
            timeout=10,
            headers={"Host": f"attacker.example:{port}", "Authorization": f"Bearer {live_companion.token}"},
        )
        assert r.status_code == 400, route


# 3. Bearer token ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        "Bearer",
        "Bearer ",
        "Bearer wrong-token",
        "Basic dXNlcjpwYXNz",
        "Token {token}",
        "Bearer {token}x",
        "Bearer {short}",
        "{token}",
        "Bearer {upper}",
    ],
)
def test_missing_or_wrong_token_gets_401_and_nothing_changes(client, app, data_dir, authorization):
    token = app.extensions["companion.tokens"].current()
    headers = {}
    if authorization is not None:
        headers["Authorization"] = authorization.format(token=token, short=token[:-1], upper=token.upper())
    before = data_fingerprint(data_dir)
    for method, path in [
        ("POST", "/api/contacts"),
        ("GET", "/api/contacts"),
        ("PUT", "/api/settings"),
        ("GET", "/api/settings/profile"),
    ]:
        r = client.open(path, method=method, json={"name": "Eve"}, headers=headers)
        assert r.status_code == 401, (method, path)
        assert r.get_json()["status"] == 401
    assert data_fingerprint(data_dir) == before


def test_ping_needs_no_token_and_tells_nothing_personal(client):
    r = client.get("/api/ping")
    assert r.status_code == 200
    assert set(r.get_json()) <= {"ok", "app", "version"}


def test_token_is_256_random_bits_and_differs_per_install(tmp_path):
    first = tokens.read_or_create(tmp_path / "a")
    second = tokens.read_or_create(tmp_path / "b")
    assert len(first) == 64 and int(first, 16) >= 0
    assert first != second
    assert tokens.read_or_create(tmp_path / "a") == first


def test_token_comparison_uses_constant_time_compare(app, client, monkeypatch):
    seen = []
    real = tokens.hmac.compare_digest

    def recording(a, b):
        seen.append((a, b))
        return real(a, b)

    monkeypatch.setattr(tokens.hmac, "compare_digest", recording)
    token = app.extensions["companion.tokens"].current()
    assert client.get("/api/contacts", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert client.get("/api/contacts", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert len(seen) == 2


def test_rotated_token_replaces_the_old_one_at_once(app, client, data_dir):
    old = app.extensions["companion.tokens"].current()
    new = tokens.rotate(data_dir)
    assert new != old
    assert client.get("/api/contacts", headers={"Authorization": f"Bearer {old}"}).status_code == 401
    assert client.get("/api/contacts", headers={"Authorization": f"Bearer {new}"}).status_code == 200


@pytest.mark.slow
def test_live_server_rejects_old_token_right_after_cli_rotation(live_companion):
    old = live_companion.token
    assert live_companion.api("GET", "/api/contacts").status_code == 200
    out = subprocess.run(
        [companion_exe(), "token", "--rotate", "--data-dir", str(live_companion.data_dir)],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    new = out.stdout.strip().splitlines()[-1]
    assert new != old and len(new) == 64
    r = requests.get(
        live_companion.url + "/api/contacts", headers={"Authorization": f"Bearer {old}"}, timeout=10
    )
    assert r.status_code == 401
    r = requests.get(
        live_companion.url + "/api/contacts", headers={"Authorization": f"Bearer {new}"}, timeout=10
    )
    assert r.status_code == 200


def test_token_file_is_private_and_data_folder_is_owner_only(app, api, data_dir):
    api.create_contact(name="Private Person", notes="kept to myself")
    token_file = tokens.token_path(data_dir)
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for path in data_dir.rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path} is readable by others ({oct(mode)})"


def test_rotated_token_file_stays_private(data_dir, app):
    tokens.rotate(data_dir)
    assert stat.S_IMODE(tokens.token_path(data_dir).stat().st_mode) == 0o600


# 4. Origin ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("origin", FOREIGN_ORIGINS)
def test_foreign_origin_is_forbidden_even_with_token_and_writes_nothing(api, data_dir, origin):
    api.create_contact(name="Existing Person")
    cid = api.get("/api/contacts").get_json()["contacts"][0]["id"]
    before = data_fingerprint(data_dir)
    attempts = [
        api.post("/api/contacts", {"name": "Eve"}, headers={"Origin": origin}),
        api.post(
            "/api/contacts/capture",
            {"name": "Eve", "linkedin_url": "linkedin.com/in/eve-x"},
            headers={"Origin": origin},
        ),
        api.patch(f"/api/contacts/{cid}", {"notes": "pwned"}, headers={"Origin": origin}),
        api.delete(f"/api/contacts/{cid}", headers={"Origin": origin}),
        api.put("/api/settings", {"follow_up_interval_days": 30}, headers={"Origin": origin}),
        api.get("/api/contacts", headers={"Origin": origin}),
    ]
    for r in attempts:
        assert r.status_code == 403
        assert r.get_json()["ok"] is False
        assert "Existing Person" not in r.get_data(as_text=True)
    assert data_fingerprint(data_dir) == before


@pytest.mark.parametrize("origin", [EXTENSION_ORIGIN, "moz-extension://4b0e2c1a-9f3e-4d2b-8a1c-1234567890ab"])
def test_extension_origin_with_token_is_accepted(api, origin):
    r = api.post("/api/contacts", {"name": "Extension Friend"}, headers={"Origin": origin})
    assert r.status_code == 201


def test_extension_origin_without_token_is_refused(client, data_dir):
    before = data_fingerprint(data_dir)
    r = client.post("/api/contacts", json={"name": "Eve"}, headers={"Origin": EXTENSION_ORIGIN})
    assert r.status_code == 401
    assert data_fingerprint(data_dir) == before


def test_own_dashboard_origin_with_token_is_accepted(api):
    assert (
        api.post("/api/contacts", {"name": "Dash Board"}, headers={"Origin": f"http://{HOST}"}).status_code
        == 201
    )


# 5. Content types --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content_type, body",
    [
        ("text/plain", json.dumps({"name": "Eve Plain"})),
        ("text/plain;charset=UTF-8", json.dumps({"name": "Eve Plain"})),
        ("application/x-www-form-urlencoded", "name=Eve+Form"),
        (
            "multipart/form-data; boundary=xyz",
            '--xyz\r\nContent-Disposition: form-data; name="name"\r\n\r\nEve\r\n--xyz--',
        ),
        ("text/html", "<b>Eve</b>"),
        ("application/javascript", "{}"),
    ],
)
def test_non_json_bodies_get_415_and_write_nothing(api, data_dir, content_type, body):
    before = data_fingerprint(data_dir)
    r = api.client.post("/api/contacts", data=body, headers=api.headers({"Content-Type": content_type}))
    assert r.status_code == 415
    assert r.get_json()["status"] == 415
    assert data_fingerprint(data_dir) == before


def test_body_without_content_type_gets_415(api, data_dir):
    r = api.client.post("/api/contacts", data=b'{"name": "Eve"}', headers=api.headers())
    assert r.status_code == 415


def test_json_with_charset_is_accepted(api):
    r = api.client.post(
        "/api/contacts",
        data=json.dumps({"name": "Ada Charset"}),
        headers=api.headers({"Content-Type": "application/json; charset=utf-8"}),
    )
    assert r.status_code == 201


def test_empty_body_post_is_not_refused_for_its_type(api):
    contact = api.create_contact()
    r = api.client.post(f"/api/contacts/{contact['id']}/snooze", headers=api.headers())
    assert r.status_code == 200
    r = api.client.post("/api/contacts", headers=api.headers())
    assert r.status_code == 400
    assert "name" in r.get_json()["error"]


def test_get_head_options_never_change_data(api, data_dir):
    contact = api.create_contact()
    before = data_fingerprint(data_dir)
    for method in ("GET", "HEAD", "OPTIONS"):
        for path in ("/api/contacts", f"/api/contacts/{contact['id']}", "/api/settings", "/api/followups"):
            api.client.open(path, method=method, headers=api.headers({"Origin": EXTENSION_ORIGIN}))
    after = data_fingerprint(data_dir)
    # Pairing the extension origin is the one thing a GET with a valid token may record.
    assert {k: v for k, v in after.items() if not k.startswith(("settings", "backups"))} == {
        k: v for k, v in before.items() if not k.startswith(("settings", "backups"))
    }
    assert api.get("/api/contacts").get_json()["contacts"][0]["updated_at"] == contact["updated_at"]


# 6. CORS -----------------------------------------------------------------------------------------


def preflight(client, origin, path="/api/contacts"):
    return client.options(
        path,
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization,content-type",
        },
    )


@pytest.mark.parametrize("origin", FOREIGN_ORIGINS)
def test_preflight_from_foreign_origin_gets_no_cors_headers(client, origin):
    assert cors_headers(preflight(client, origin)) == []


@pytest.mark.parametrize("origin", FOREIGN_ORIGINS)
def test_no_answer_grants_a_foreign_origin(api, origin):
    for r in (
        api.get("/api/contacts", headers={"Origin": origin}),
        api.get("/api/ping", headers={"Origin": origin}),
        api.post("/api/contacts", {"name": "x"}, headers={"Origin": origin}),
    ):
        assert r.headers.get("Access-Control-Allow-Origin") not in ("*", origin)
        assert "Access-Control-Allow-Credentials" not in r.headers


def test_extension_gets_cors_only_after_presenting_a_valid_token(api, client):
    assert cors_headers(preflight(client, EXTENSION_ORIGIN)) == []
    api.get("/api/contacts", headers={"Origin": EXTENSION_ORIGIN, "Authorization": "Bearer wrong"})
    assert cors_headers(preflight(client, EXTENSION_ORIGIN)) == []
    assert api.get("/api/contacts", headers={"Origin": EXTENSION_ORIGIN}).status_code == 200
    r = preflight(client, EXTENSION_ORIGIN)
    assert r.headers.get("Access-Control-Allow-Origin") == EXTENSION_ORIGIN
    assert "Access-Control-Allow-Credentials" not in r.headers
    other = "chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba"
    assert cors_headers(preflight(client, other)) == []


def test_paired_extension_reads_answers_with_its_own_origin_never_a_wildcard(api):
    r = api.get("/api/contacts", headers={"Origin": EXTENSION_ORIGIN})
    assert r.headers.get("Access-Control-Allow-Origin") == EXTENSION_ORIGIN
    assert "Access-Control-Allow-Credentials" not in r.headers
    assert api.get("/api/contacts").headers.get("Access-Control-Allow-Origin") is None


# 7. Tokens never in URLs or logs -----------------------------------------------------------------


@pytest.mark.parametrize("query", ["token", "access_token", "auth", "bearer", "api_key"])
def test_token_in_url_never_authenticates(client, app, query):
    token = app.extensions["companion.tokens"].current()
    r = client.get(f"/api/contacts?{query}={token}")
    assert r.status_code == 401
    r = client.post(f"/api/contacts?{query}={token}", json={"name": "Eve"})
    assert r.status_code == 401


@pytest.mark.slow
def test_token_emails_and_notes_never_reach_the_server_log(live_companion):
    c = live_companion
    email, notes = "ada.secret@example.org", "secret-note-5f3c2a met at the hospital gala"
    r = c.api("POST", "/api/contacts", {"name": "Ada Logcheck", "email": email, "notes": notes})
    assert r.status_code == 201
    cid = r.json()["contact"]["id"]
    c.api("PATCH", f"/api/contacts/{cid}", {"notes": notes + " again", "email": email})
    c.api("POST", "/api/contacts", {"name": "", "email": email, "notes": notes})  # 400
    c.api("POST", "/api/contacts", {"name": "X", "email": "bad " + email})  # 400
    c.api("POST", f"/api/contacts/{cid}/interactions", {"kind": "nope", "date": "x", "note": notes})
    requests.post(
        c.url + "/api/contacts",
        data=b'{"name": "' + email.encode() + b'", ',
        headers={"Authorization": f"Bearer {c.token}", "Content-Type": "application/json"},
        timeout=10,
    )
    requests.get(c.url + f"/api/contacts?token={c.token}", timeout=10)
    requests.get(c.url + "/api/contacts", headers={"Authorization": f"Bearer {c.token}x"}, timeout=10)
    requests.get(
        c.url + f"/api/no-such/{c.token}", headers={"Authorization": f"Bearer {c.token}"}, timeout=10
    )
    c.api("PUT", "/api/ping")
    c.api("GET", f"/api/contacts?q={email}")
    c.stop()
    log = c.output()
    assert "running at" in log  # we are reading the right output
    for secret in (c.token, email, "secret-note-5f3c2a"):
        assert secret not in log


# 8. Limits, headers, debugger, stack traces ------------------------------------------------------


def test_body_over_2_mib_gets_413_and_writes_nothing(api, data_dir):
    before = data_fingerprint(data_dir)
    r = api.post("/api/contacts", {"name": "Big", "notes": "x" * (2 * 1024 * 1024 + 10)})
    assert r.status_code == 413
    assert r.get_json() == {
        "ok": False,
        "error": r.get_json()["error"],
        "errors": r.get_json()["errors"],
        "status": 413,
    }
    assert data_fingerprint(data_dir) == before


def test_body_just_under_the_limit_is_not_413(api):
    r = api.post("/api/contacts", {"name": "Near Limit", "notes": "x" * (1024 * 1024)})
    assert r.status_code == 400  # notes are capped at 20,000 characters: a 400 that names the field
    assert "notes" in r.get_json()["error"]


@pytest.mark.slow
def test_live_server_cuts_off_a_chunked_body_over_the_limit(shared_live):
    live_companion = shared_live

    def chunks():
        yield b'{"name": "Big Chunk", "notes": "'
        for _ in range(3 * 1024):
            yield b"x" * 1024

    r = requests.post(
        live_companion.url + "/api/contacts",
        data=chunks(),
        timeout=30,
        headers={"Authorization": f"Bearer {live_companion.token}", "Content-Type": "application/json"},
    )
    assert r.status_code == 413
    assert "Big Chunk" not in live_companion.api("GET", "/api/contacts").text


@pytest.mark.parametrize("path", ["/api/contacts", "/api/ping", "/api/no-such-route"])
def test_api_answers_carry_nosniff_and_no_store(api, path):
    r = api.get(path)
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in r.headers["Cache-Control"]
    assert "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]


def test_errors_carry_the_same_headers(client):
    r = client.get("/api/contacts")
    assert r.status_code == 401
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in r.headers["Cache-Control"]


@pytest.mark.parametrize("path", ["/", "/no-such-page", "/static/x.css"])
def test_pages_refuse_to_be_framed(client, path):
    r = client.get(path)
    assert "frame-ancestors 'none'" in r.headers.get("Content-Security-Policy", "")


def raising_app(data_dir, monkeypatch=None):
    app = create_app({"DATA_DIR": str(data_dir), "PORT": PORT})

    def boom():
        raise RuntimeError("internal detail /etc/secret-path")

    app.add_url_rule("/api/test-boom", "test_boom", boom)
    app.add_url_rule("/test-boom-page", "test_boom_page", boom)
    return app


def test_debugger_stays_off_with_flask_debug_in_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("FLASK_DEBUG", "1")
    monkeypatch.setenv("FLASK_ENV", "development")
    app = raising_app(tmp_path / "d")
    try:
        assert app.debug is False
        client = app.test_client()
        token = app.extensions["companion.tokens"].current()
        for path in ("/api/test-boom", "/test-boom-page"):
            r = client.get(path, headers={"Host": HOST, "Authorization": f"Bearer {token}"})
            text = r.get_data(as_text=True)
            assert r.status_code == 500
            assert "Traceback" not in text and "secret-path" not in text and "Werkzeug Debugger" not in text
    finally:
        app.extensions["companion.store"].close()


@pytest.mark.slow
def test_live_server_started_with_flask_debug_shows_no_debugger(tmp_path):
    with LiveCompanion(data_dir=tmp_path / "d", env={"FLASK_DEBUG": "1", "FLASK_ENV": "development"}) as c:
        r = requests.get(c.url + "/console", timeout=10)
        assert r.status_code == 404 and "Debugger" not in r.text
        r = requests.post(
            c.url + "/api/contacts",
            data=b'{"name": ',
            timeout=10,
            headers={"Authorization": f"Bearer {c.token}", "Content-Type": "application/json"},
        )
        assert r.status_code == 400 and "Traceback" not in r.text


def test_errors_never_include_a_stack_trace(api):
    answers = [
        api.post("/api/contacts", {"name": ["not", "text"]}),
        api.client.post(
            "/api/contacts", data=b"{bad json", headers=api.headers({"Content-Type": "application/json"})
        ),
        api.client.post(
            "/api/contacts", data=b"[" * 100000, headers=api.headers({"Content-Type": "application/json"})
        ),
        api.get("/api/contacts/does-not-exist"),
        api.put("/api/ping"),
    ]
    for r in answers:
        assert 400 <= r.status_code < 500
        assert "Traceback" not in r.get_data(as_text=True)
        assert 'File "' not in r.get_data(as_text=True)


# 9. Dashboard: state changes need the page's secret ----------------------------------------------


@pytest.mark.parametrize("origin", [None, "https://evil.example", "null"])
def test_dashboard_form_posts_without_the_page_secret_are_refused(client, data_dir, origin):
    headers = {"Origin": origin} if origin else {}
    before = data_fingerprint(data_dir)
    for path in ("/contacts/new", "/settings/token/rotate", "/settings/cadence"):
        r = client.post(path, data={"name": "Eve Forged", "csrf_token": "guess"}, headers=headers)
        assert r.status_code == 403, path
    assert data_fingerprint(data_dir) == before


def test_dashboard_pages_embed_a_secret_and_refuse_framing(client):
    r = client.get("/")
    assert r.status_code == 200
    assert "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]
    assert "csrf" in r.get_data(as_text=True).lower()
