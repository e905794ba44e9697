"""The extension keeps working after the browser stops its idle service worker (no state in globals)."""

from playwright.sync_api import expect


def test_popup_works_after_service_worker_is_stopped(ext, companion):
    ext.pair(companion)
    contact = companion.api(
        "POST",
        "/api/contacts",
        {
            "name": "Maelle Duchesne-Arkwright",
            "interview_date": "2026-11-02",
        },
        expect=201,
    )["contact"]
    before = ext.worker
    before.evaluate("globalThis.__marker = 'old worker'")
    ext.stop_service_worker()

    popup = ext.open("popup/popup.html")  # wakes a new worker, which reads the token from storage
    expect(popup.locator(f'[data-panel="due"] [data-contact-id="{contact["id"]}"]')).to_contain_text(
        "Maelle Duchesne-Arkwright"
    )
    assert ext.worker.evaluate("globalThis.__marker ?? 'fresh worker'") == "fresh worker"
    assert ext.storage()["token"] == companion.token
