"""The one canonical form of a LinkedIn profile URL, as the sheets package needs it.

`companion.linkedin` owns the rule (https://www.linkedin.com/in/<lower-case slug>/); here a
link that is not a profile becomes None instead of an exception, because a sheet cell is
checked, not trusted.
"""

import functools

from companion.linkedin import NotAProfileUrl
from companion.linkedin import canonical_profile_url as _canonical


@functools.lru_cache(maxsize=65536)  # an import asks about each URL several times; parsing URLs is slow
def canonical_profile_url(url: str) -> str | None:
    """Canonical LinkedIn profile URL for `url`, or None when it is not one."""
    try:
        return _canonical(url)
    except NotAProfileUrl:
        return None
