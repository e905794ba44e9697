"""Every API error, whatever raised it, has the one shape: {ok: false, error, errors, status}."""

import pytest

from companion.errors import ApiError
from companion.web.app import create_app
from tests.conftest import HOST, PORT


def assert_envelope(response, status: int) -> dict:
    assert response.status_code == status
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"ok", "error", "errors", "status"}, body
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"].strip()
    assert (
        isinstance(body["errors"], list)
        and body["errors"]
        and all(isinstance(e, str) for e in body["errors"])
    )
    text = response.get_data(as_text=True)
    assert "Traceback" not in text and "<html" not in text.lower()
    return body


def test_400_malformed_json(api):
    r = api.client.post(
        "/api/contacts", data=b"{not json", headers=api.headers({"Content-Type": "application/json"})
    )
    assert "JSON" in assert_envelope(r, 400)["error"]


def test_400_validation_lists_each_problem(api):
    body = assert_envelope(api.post("/api/contacts", {"name": "X", "email": "bad", "tags": 5}), 400)
    assert len(body["errors"]) == 2


def test_400_foreign_host(client):
    assert_envelope(client.get("/api/contacts", headers={"Host": "attacker.example"}), 400)


def test_400_bad_query_argument(api):
    assert_envelope(api.get("/api/followups", query_string={"on": "soon"}), 400)


def test_401_missing_token(client):
    assert "token" in assert_envelope(client.get("/api/contacts"), 401)["error"]


def test_403_foreign_origin(api):
    assert_envelope(api.get("/api/contacts", headers={"Origin": "https://evil.example"}), 403)


@pytest.mark.parametrize("path", ["/api/no-such-route", "/api/contacts/no-such-id", "/api", "/api/"])
def test_404_unknown_route_or_record(api, path):
    assert_envelope(api.get(path), 404)


def test_404_unknown_route_without_token_still_enveloped(client):
    r = client.get("/api/no-such-route")
    assert r.status_code in (401, 404)
    assert_envelope(r, r.status_code)


@pytest.mark.parametrize(
    "method, path",
    [
        ("PUT", "/api/ping"),
        ("DELETE", "/api/contacts"),
        ("POST", "/api/industries"),
        ("PATCH", "/api/contacts"),
    ],
)
def test_405_wrong_method(api, method, path):
    assert_envelope(api.request(method, path, {}), 405)


def test_413_body_too_large(api):
    assert_envelope(api.post("/api/contacts", {"name": "x" * (3 * 1024 * 1024)}), 413)


def test_415_wrong_body_type(api):
    r = api.client.post("/api/contacts", data="name=x", headers=api.headers({"Content-Type": "text/plain"}))
    assert_envelope(r, 415)


@pytest.fixture
def raising_app(tmp_path):
    app = create_app({"DATA_DIR": str(tmp_path / "data"), "PORT": PORT})

    def crash():
        raise ZeroDivisionError("secret internal detail")

    def refuse():
        raise ApiError("Teapots cannot do that.", ["first", "second"], status=418)

    app.add_url_rule("/api/test-crash", "test_crash", crash, methods=["GET", "POST"])
    app.add_url_rule("/api/test-refuse", "test_refuse", refuse)
    yield app
    app.extensions["companion.store"].close()


def test_500_from_an_unexpected_exception_hides_the_details(raising_app):
    client = raising_app.test_client()
    headers = {
        "Host": HOST,
        "Authorization": f"Bearer {raising_app.extensions['companion.tokens'].current()}",
    }
    for method in ("GET", "POST"):
        r = client.open("/api/test-crash", method=method, json={"name": "x"}, headers=headers)
        body = assert_envelope(r, 500)
        assert "secret internal detail" not in r.get_data(as_text=True)
        assert "ZeroDivisionError" not in r.get_data(as_text=True)
        assert "nothing was changed" in body["error"]


def test_api_errors_keep_their_status_and_every_message(raising_app):
    client = raising_app.test_client()
    headers = {
        "Host": HOST,
        "Authorization": f"Bearer {raising_app.extensions['companion.tokens'].current()}",
    }
    body = assert_envelope(client.get("/api/test-refuse", headers=headers), 418)
    assert body["errors"] == ["first", "second"]


def test_success_answers_say_ok_true(api):
    assert api.get("/api/contacts").get_json()["ok"] is True
    assert api.post("/api/contacts", {"name": "Ada Park"}).get_json()["ok"] is True
    assert api.get("/api/ping").get_json()["ok"] is True
