"""Matching a feed poll's new articles to contacts, in worker processes when there are many.

Analysing an article and ranking contacts for it (the pure matcher) takes about half a millisecond,
and a first poll of 200 feeds brings 20,000 articles. From POOL_MIN_ARTICLES on, they are matched in
a few worker processes while the poll is still fetching and parsing the other feeds. The workers are
spawned (they inherit nothing from the server's threads and locks), get the contact index, the
sharing history and the due contacts once, and are shut down when the poll ends. Fewer articles, a
single core, or a pool that cannot start or breaks down: the articles are matched in this process,
by the same function, with the same results.
"""

import concurrent.futures
import logging
import multiprocessing
import os

from . import matching

POOL_MIN_ARTICLES = 2000  # fewer are matched here sooner than workers could start (~1 s)
WORKERS = min(4, os.cpu_count() or 1)  # one a core; with one core there is no pool
CHUNK = 200  # articles per task: large enough that handing them over costs little
log = logging.getLogger(__name__)

_worker_state: dict = {}


def analyse(article: dict, url: str) -> dict:
    """The matcher's analysis of an article as the API gets it (`description`) or as a feed poll
    stored it (its description as `summary`; without either only the title counts)."""
    description = article.get("description") or article.get("summary") or ""
    return matching.analyse_article({**article, "description": description, "url": url})


def match_article(article: dict, index, history: dict, due_ids: set, limit: int) -> list[dict]:
    """The matcher's best `limit` candidates for a stored article (whose URL is canonical)."""
    return matching.rank(
        analyse(article, article["url"]), index, limit=limit, history=history, boost_ids=due_ids
    )


def _start_worker(index, history: dict, due_ids: set, limit: int) -> None:
    _worker_state.update(index=index, history=history, due_ids=due_ids, limit=limit)


def _match_chunk(articles: list[dict]) -> list[list[dict]]:
    return [match_article(article, **_worker_state) for article in articles]


class BatchMatcher:
    """Matches the articles handed to `add` over a poll, `limit` candidates each (present_matches in
    recommend.py picks from them); `results()` waits for all of them.

    `state()` gives (index, history, due_ids); it is called once, when the first articles arrive, so
    every article of the poll is matched against the same contacts."""

    def __init__(
        self, state, *, limit: int, min_for_pool: int = POOL_MIN_ARTICLES, workers: int | None = None
    ):
        self._state_fn = state
        self._state = None
        self.limit = limit
        self.min_for_pool = min_for_pool
        self.workers = WORKERS if workers is None else workers
        self._waiting: list[dict] = []  # articles not handed to a worker (yet)
        self._tasks: list[tuple[list[dict], concurrent.futures.Future]] = []
        self._pool = None
        self._pool_failed = False
        self.used_pool = False

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def add(self, articles: list[dict], *, expected: int = 0) -> None:
        """Match these articles (in a worker when the pool runs, else when results() is called).
        `expected`: how many articles the caller foresees in all, so the workers can start early."""
        if not articles:
            return
        if self._state is None:
            self._state = self._state_fn()
        self._waiting += articles
        if self._pool is None and not self._pool_failed and self._worth_a_pool(expected):
            self._start_pool()
        if self._pool is not None:
            self._hand_over()

    def _worth_a_pool(self, expected: int) -> bool:
        submitted = len(self._waiting) + sum(len(articles) for articles, _ in self._tasks)
        return self.workers > 1 and max(submitted, expected) >= self.min_for_pool

    def _start_pool(self) -> None:
        index, history, due_ids = self._state
        try:
            self._pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(index, history, due_ids, self.limit),
            )
            self.used_pool = True
        except Exception as exc:  # noqa: BLE001 - no pool (no processes allowed here): match in-process
            log.warning("matching in one process: could not start workers (%s)", type(exc).__name__)
            self._pool_failed = True

    def _hand_over(self) -> None:
        while self._waiting:
            chunk, self._waiting = self._waiting[:CHUNK], self._waiting[CHUNK:]
            try:
                self._tasks.append((chunk, self._pool.submit(_match_chunk, chunk)))
            except Exception as exc:  # noqa: BLE001 - a broken pool takes no more work
                log.warning("matching in one process: the workers stopped (%s)", type(exc).__name__)
                self._waiting = chunk + self._waiting
                self._give_up_pool()
                return

    def _give_up_pool(self) -> None:
        self._pool_failed = True
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _match_here(self, articles: list[dict]) -> list[list[dict]]:
        index, history, due_ids = self._state
        return [match_article(article, index, history, due_ids, self.limit) for article in articles]

    def results(self) -> list[tuple[dict, list[dict]]]:
        """(article, candidates) for every article added, in the order they were added."""
        out = []
        for articles, future in self._tasks:
            try:
                found = future.result()
            except Exception as exc:  # noqa: BLE001 - a worker died: match its share here
                log.warning("matching in one process: a worker failed (%s)", type(exc).__name__)
                found = self._match_here(articles)
            out += zip(articles, found, strict=True)
        self._tasks = []
        waiting, self._waiting = self._waiting, []
        if waiting:
            out += zip(waiting, self._match_here(waiting), strict=True)
        return out

    def close(self) -> None:
        """Stop the workers (waiting for them: no process outlives the poll)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
