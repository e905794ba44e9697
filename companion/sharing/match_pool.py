"""Matching a feed poll's new articles to contacts, in worker processes when there are many.

Analysing an article and ranking contacts for it (the pure matcher) takes about a third of a
millisecond, and a first poll of 200 feeds brings 20,000 articles. When a poll foresees at least
POOL_MIN_ARTICLES, they are matched in a few worker processes while the poll is still fetching and
parsing the other feeds, and once the workers are up they parse the feeds too (the poll's own
thread then only fetches, stores and keeps the best suggestions). The workers are spawned (they
inherit nothing from the server's threads and locks), get the contact index, the sharing history
and the due contacts once, and are shut down when the poll ends. Fewer articles, a single core, or
a pool that cannot start or breaks down: the work is done in this process, by the same functions,
with the same results.
"""

import concurrent.futures
import logging
import multiprocessing
import os
import threading
from collections.abc import Iterator

from companion import matching
from companion.feeds.fetch import FetchResult
from companion.feeds.parse import FeedParseError, ParsedFeed, parse_feed

POOL_MIN_ARTICLES = 2000  # fewer are matched here sooner than workers could start (~1 s)
WORKERS = min(4, os.cpu_count() or 1)  # one a core; with one core there is no pool
CHUNK = 200  # articles per task: large enough that handing them over costs little
START_TIMEOUT = 60  # seconds for a worker to start before the poll gives up on the pool
QUEUED_TASKS = 2  # matching tasks a worker has ahead of it while feeds still come in
log = logging.getLogger(__name__)

_worker_state: dict = {}


def read_feed(result: FetchResult) -> ParsedFeed | str:
    """The fetched feed parsed, or why it could not be; never raises (in a worker, an exception
    can only mean the pool broke down)."""
    try:
        return parse_feed(result.content, url=result.final_url, content_type=result.content_type)
    except FeedParseError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - one broken feed must never stop the others
        return f"could not read the feed ({type(exc).__name__})"


def analyse(article: dict, url: str, *, names: bool = True) -> dict:
    """The matcher's analysis of an article as the API gets it (`description`) or as a feed poll
    stored it (its description as `summary`; without either only the title counts). `names=False`:
    without the organisation names shown to readers, which ranking does not use."""
    return matching.analyse_article(_as_read(article, url), names=names)


def _as_read(article: dict, url: str) -> dict:
    """The article with its description (or a stored feed item's summary) where the matcher reads it."""
    return {**article, "description": article.get("description") or article.get("summary") or "", "url": url}


def match_article(article: dict, index, history: dict, due_ids: set, limit: int) -> list[dict]:
    """The matcher's best `limit` candidates for a stored article (whose URL is canonical)."""
    return match_articles([article], index, history, due_ids, limit)[0]


def match_articles(articles: list[dict], index, history: dict, due_ids: set, limit: int) -> list[list[dict]]:
    """match_article for each stored article, the model run once over all of them (one array)."""
    analyses = matching.analyse_articles([_as_read(a, a["url"]) for a in articles], names=False)
    return [matching.rank(x, index, limit=limit, history=history, boost_ids=due_ids) for x in analyses]


def _start_worker(index, history: dict, due_ids: set, limit: int) -> None:
    _worker_state.update(index=index, history=history, due_ids=due_ids, limit=limit)


def _match_chunk(articles: list[dict]) -> list[list[dict]]:
    return match_articles(articles, **_worker_state)


def _ready() -> None:
    """A task that only says a worker is up."""


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
        self._starting: threading.Thread | None = None
        self._pool = None  # set once its workers are up
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
        if self._starting is None and not self._pool_failed and self._worth_a_pool(expected):
            self._start_pool()
        if self._pool is not None:
            self._hand_over()

    def _worth_a_pool(self, expected: int) -> bool:
        submitted = len(self._waiting) + sum(len(articles) for articles, _ in self._tasks)
        return self.workers > 1 and max(submitted, expected) >= self.min_for_pool

    def _start_pool(self) -> None:
        """Start the workers in a thread of their own: starting one waits until it has imported the
        matcher and read the contact index (~0.5 s), and the poll goes on parsing meanwhile."""
        self._starting = threading.Thread(target=self._spawn_workers, name="match-pool-start", daemon=True)
        self._starting.start()

    def _spawn_workers(self) -> None:
        index, history, due_ids = self._state
        pool = None
        try:
            pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(index, history, due_ids, self.limit),
            )
            for future in [pool.submit(_ready) for _ in range(self.workers)]:  # one worker each
                future.result(timeout=START_TIMEOUT)
        except Exception as exc:  # noqa: BLE001 - no workers (none allowed here, or they broke): match here
            log.warning("matching in one process: could not start workers (%s)", type(exc).__name__)
            self._pool_failed = True
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
            return
        self._pool = pool
        self.used_pool = True

    def _wait_for_workers(self) -> None:
        if self._starting is not None:
            self._starting.join()

    def parse(self, result: FetchResult) -> concurrent.futures.Future | None:
        """Parse a fetched feed in a worker once the workers are up (read `parsed(future)` when it is
        done); None: parse it in this process, as while they are still starting."""
        if self._pool is None:
            return None
        try:
            return self._pool.submit(read_feed, result)
        except Exception as exc:  # noqa: BLE001 - a broken pool takes no more work
            log.warning("parsing in one process: the workers stopped (%s)", type(exc).__name__)
            self._give_up_pool()
            return None

    def parsed(self, future: concurrent.futures.Future) -> ParsedFeed | str | None:
        """What read_feed answered in the worker; None when the worker failed (parse it here)."""
        try:
            return future.result()
        except Exception as exc:  # noqa: BLE001 - a worker died: the caller parses the feed itself
            log.warning("parsing in one process: a worker failed (%s)", type(exc).__name__)
            return None

    def _hand_over(self, everything: bool = False) -> None:
        """Give waiting articles to the workers: only a few tasks ahead of them while feeds still come
        in, so the feeds they are given to parse do not queue behind all the matching (the poll can
        store its articles sooner, while they match); everything once the last articles are added."""
        while self._waiting and (everything or self._queued() < QUEUED_TASKS * self.workers):
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
        found = []
        for start in range(0, len(articles), CHUNK):
            found += match_articles(articles[start : start + CHUNK], index, history, due_ids, self.limit)
        return found

    def _queued(self) -> int:
        return sum(1 for _, future in self._tasks if not future.done())

    def all_added(self) -> None:
        """No more articles will come: hand every waiting one to the workers now."""
        self._wait_for_workers()
        if self._pool is not None:
            self._hand_over(everything=True)

    def finished(self) -> Iterator[tuple[dict, list[dict]]]:
        """(article, candidates) for the articles the workers have matched so far, in the order
        they were added, each once; results() gives the rest."""
        while self._tasks and self._tasks[0][1].done():
            yield from self._take_first_task()

    def results(self) -> Iterator[tuple[dict, list[dict]]]:
        """(article, candidates) for every article added and not yet given by finished(), in the
        order they were added. Each task's answers are let go as soon as they are read."""
        self.all_added()
        return self._remaining()

    def _remaining(self) -> Iterator[tuple[dict, list[dict]]]:
        while self._tasks:
            yield from self._take_first_task()
        waiting, self._waiting = self._waiting, []
        if waiting:
            yield from zip(waiting, self._match_here(waiting), strict=True)

    def _take_first_task(self) -> list[tuple[dict, list[dict]]]:
        articles, future = self._tasks.pop(0)
        try:
            found = future.result()
        except Exception as exc:  # noqa: BLE001 - a worker died: match its share here
            log.warning("matching in one process: a worker failed (%s)", type(exc).__name__)
            found = self._match_here(articles)
        return list(zip(articles, found, strict=True))

    def close(self) -> None:
        """Stop the workers (waiting for them: no process outlives the poll)."""
        self._wait_for_workers()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
