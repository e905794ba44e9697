"""Feed items read in full: the page behind each new item, those that fit someone on their summary first.

A feed gives a title and a few lines; the popup reads the whole page. So that the review queue and
the popup match the same article on the same text, the poll fetches the pages of its new items,
those whose summary fits someone first (guarded like feeds, each within PAGE_SECONDS, at most the
`pages_read_per_poll` setting's pages and POLL_SECONDS in all), extracts the text with trafilatura
(feeds.extract) and keeps it on the stored article (`text`, `text_source: "page"`): a page is read
once, never again at the next poll. A page that cannot be read keeps the summary
(`text_source: "summary"`, with why).
"""

import concurrent.futures
import time

from companion.feeds.extract import extract_article
from companion.feeds.fetch import fetch
from companion.feeds.guard import FetchError
from companion.store.files import now_iso

POLL_SECONDS = 45.0
PAGE_SECONDS = 10.0
WORKERS = 4
TEXT_CHARS = 20_000  # enough for the matcher (it reads the body's start) and small for 20,000 articles


def read_pages(articles: list[dict], *, allow_private: bool) -> dict[str, dict]:
    """{article id: changes to store} for each article whose page was tried within the bounds:
    {text, text_source: "page", read_at} or {text_source: "summary", text_error, read_at}."""
    deadline = time.monotonic() + POLL_SECONDS
    changes: dict[str, dict] = {}
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="full-text")
    try:
        futures = {pool.submit(_read, a["url"], allow_private, deadline): a["id"] for a in articles}
        left = max(0.0, deadline - time.monotonic())
        try:
            for future in concurrent.futures.as_completed(futures, timeout=left):
                changes[futures[future]] = future.result()
        except concurrent.futures.TimeoutError:
            pass  # the poll's time for pages is up: the rest keep their summaries, unread
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    return changes


def _read(url: str, allow_private: bool, deadline: float) -> dict:
    left = deadline - time.monotonic()
    if left <= 1:
        return {"text_source": "summary", "text_error": "no time left in this poll", "read_at": now_iso()}
    try:
        limit = min(PAGE_SECONDS, left)
        result = fetch(url, accept="html", allow_private=allow_private, total_deadline=limit)
        text = extract_article(result.content, result.final_url or url).get("text", "")
    except FetchError as exc:
        return {"text_source": "summary", "text_error": str(exc)[:200], "read_at": now_iso()}
    except Exception as exc:  # noqa: BLE001 - one odd page must never stop a poll
        return {"text_source": "summary", "text_error": f"could not read the page ({type(exc).__name__})",
                "read_at": now_iso()}
    if not text.strip():
        return {"text_source": "summary", "text_error": "the page has no article text", "read_at": now_iso()}
    return {"text": text[:TEXT_CHARS], "text_source": "page", "read_at": now_iso()}
