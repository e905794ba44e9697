"""LinkedIn profile URLs in their one canonical form, the key that de-duplicates captures.

`https://uk.linkedin.com/in/Jane-Roe-12345/details/experience/?trk=x` and
`linkedin.com/in/jane-roe-12345/fr` both become `https://www.linkedin.com/in/jane-roe-12345/`.
"""

import functools
import re
from urllib.parse import unquote, urlsplit

_HOST = re.compile(r"^(?:[a-z]{2,3}\.|www\.|m\.)?linkedin\.com$")
# A slug: letters (any script, after percent-decoding), digits, hyphens, underscores, dots.
_SLUG = re.compile(r"^[\w.\-%]{2,100}$", re.UNICODE)


class NotAProfileUrl(ValueError):
    """The URL is not a LinkedIn profile (`/in/<slug>`)."""


def canonical_profile_url(url: str) -> str:
    """The canonical `https://www.linkedin.com/in/<slug>/` for a profile URL, or NotAProfileUrl."""
    if not isinstance(url, str) or not url.strip():
        raise NotAProfileUrl("a LinkedIn profile URL is required")
    raw = url.strip()
    if "://" not in raw:
        raw = "https://" + raw
    try:
        parts = urlsplit(raw)
    except ValueError:
        raise NotAProfileUrl(f"not a URL: {url[:80]!r}") from None
    host = (parts.hostname or "").lower()
    if parts.scheme.lower() not in ("http", "https") or not _HOST.match(host):
        raise NotAProfileUrl(
            f"not a LinkedIn URL: {url[:80]!r}; expected https://www.linkedin.com/in/<name>/"
        )
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) < 2 or segments[0].lower() != "in":
        raise NotAProfileUrl(f"not a LinkedIn profile URL: {url[:80]!r}; expected /in/<name>/")
    slug = unquote(segments[1]).strip().lower()
    if not _SLUG.match(slug) or slug in (".", ".."):
        raise NotAProfileUrl(f"not a LinkedIn profile name in {url[:80]!r}")
    return f"https://www.linkedin.com/in/{slug}/"


def is_profile_url(url: str) -> bool:
    try:
        canonical_profile_url(url)
    except NotAProfileUrl:
        return False
    return True


@functools.lru_cache(maxsize=65536)  # a sheet import asks about each URL several times; parsing URLs is slow
def profile_url_or_none(url: str) -> str | None:
    """The canonical profile URL for `url`, or None if it is not one: a sheet cell is checked, not trusted."""
    try:
        return canonical_profile_url(url)
    except NotAProfileUrl:
        return None
