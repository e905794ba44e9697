"""Follow-Up Companion: the local server behind the extension and the dashboard.

The root holds the entry point (__main__, cli), the settings every part reads (config), the errors
every part raises (errors) and the field checks they share (validation). The rest lives in one
subpackage per domain; imports point one way, from the web layer down to the store:

    web -> sharing, portability -> contacts -> followups, industries -> store
    sharing -> matching (pure, over industries), feeds (pure)

Each subpackage's docstring says what lives there and what it may import (tests/test_architecture.py).
"""

from companion.config import VERSION as __version__  # noqa: F401 - the package's version
