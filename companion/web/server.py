"""Run the app with waitress on 127.0.0.1, with the background feed poller beside it."""

import logging
import shlex
import signal
import sys
import threading

import waitress

from companion.sharing import recommend
from companion.sharing.poller import start_background_poller
from companion.web.app import create_app

log = logging.getLogger("companion")


def _stop(signum, frame):
    raise KeyboardInterrupt


def run(*, data_dir, port: int, host: str, lock) -> None:
    """Serve until SIGINT/SIGTERM. `lock` is the held data-folder lock, kept for the process's life."""
    app = create_app({"DATA_DIR": str(data_dir), "PORT": port})
    store = app.extensions["companion.store"]
    for notice in store.notices:
        print(f"Warning: {notice}", file=sys.stderr, flush=True)
    # The matching index takes a moment at thousands of contacts: build it before the first article.
    threading.Thread(target=recommend.warm_up, args=(store,), name="index-warm-up", daemon=True).start()
    poller = start_background_poller(app)
    signal.signal(signal.SIGTERM, _stop)
    url = f"http://{host}:{port}/"
    print(f"Follow-Up Companion is running at {url}", flush=True)
    print(f"  Data folder: {data_dir}", flush=True)
    command = shlex.join(
        [
            sys.argv[0] if sys.argv[0].endswith("companion") else "companion",
            "token",
            "--data-dir",
            str(data_dir),
        ]
    )
    print(
        f"  Pair the extension: open its options page and paste the token that `{command}` prints "
        "(it is also on the dashboard's Settings page).",
        flush=True,
    )
    print("  Stop with Ctrl+C.", flush=True)
    try:
        waitress.serve(
            app,
            host=host,
            port=port,
            threads=8,
            ident="followup-companion",
            max_request_body_size=4 * 1024 * 1024,
            clear_untrusted_proxy_headers=True,
            _quiet=True,
        )
    except KeyboardInterrupt:
        pass
    finally:
        poller.stop()
        store.close()
        log.info("stopped")
        del lock
