"""The toolbar badge counts what needs doing: due thank-yous and follow-ups plus pending suggestions."""

import time


def badge_text(ext, expected: str, timeout: float = 10) -> str:
    deadline = time.monotonic() + timeout
    text = None
    while time.monotonic() < deadline:
        text = ext.worker.evaluate("chrome.action.getBadgeText({})")
        if text == expected:
            break
        time.sleep(0.2)
    return text


def test_badge_counts_due_items_and_clears_on_unpair(ext, companion):
    ext.pair(companion)
    for name in ("Ilse Moreau-Tanaka", "Kwame Lindgren-Osei"):
        companion.api("POST", "/api/contacts", {"name": name, "interview_date": "2026-11-01"}, expect=201)
    due = companion.api("GET", "/api/followups", expect=200)
    pending = companion.api("GET", "/api/suggestions", expect=200)["suggestions"]
    expected = str(len(due["thank_you_due"]) + len(due["follow_up_due"]) + len(pending))
    assert expected == "2"

    ext.open("popup/popup.html")  # opening the popup refreshes the badge; the alarm does so every 15 min
    assert badge_text(ext, expected) == expected
    assert ext.worker.evaluate("chrome.alarms.get('refresh-badge').then(a => a && a.periodInMinutes)") == 15

    options = ext.open("options/options.html")
    options.get_by_role("button", name="Unpair").click()
    assert badge_text(ext, "") == ""
