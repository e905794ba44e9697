"""URL hygiene for feeds and articles: which URLs we accept, and one canonical form per article.

Articles are de-duplicated by their canonical URL, so the same story reached through a newsletter
link (``?utm_source=...``) and through a feed is stored once.
"""

from __future__ import annotations

from urllib.parse import SplitResult, parse_qsl, urlencode, urlsplit, urlunsplit

HTTP_SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}

# Query parameters that only say where a click came from; they never change the page.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gclsrc",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "li_fat_id",
        "mc_cid",
        "mc_eid",
        "ref",
        "ref_src",
        "ref_url",
        "referrer",
        "cmpid",
        "cmp",
        "icid",
        "ocid",
        "ncid",
        "s_cid",
        "sr_share",
        "smid",
        "spm",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "wt.mc_id",
        "at_medium",
        "at_campaign",
        "ito",
        "trk",
        "trkcampaign",
        "trkinfo",
        "feature",
    }
)
TRACKING_PREFIXES = ("utm_", "trk_", "pk_", "mtm_", "hsa_", "_ga", "_gl")


def _http_parts(text: str) -> SplitResult | None:
    """The parts of ``text`` (stripped already) when it is an absolute http(s) URL with a host."""
    if not text:
        return None
    try:
        parts = urlsplit(text)
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return None
    return parts if parts.scheme.lower() in HTTP_SCHEMES and parts.hostname else None


def is_http_url(url: object) -> bool:
    """True when ``url`` is an absolute http(s) URL with a host (nothing else is ever fetched or shown)."""
    return isinstance(url, str) and _http_parts(url.strip()) is not None


def is_tracking_param(name: str) -> bool:
    """True for query parameters that only track the click (utm_*, fbclid, ...)."""
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """One stable form of an http(s) URL: lower-case scheme and host, no fragment, default port,
    credentials or tracking parameters, remaining query sorted. Raises ValueError for non-http URLs."""
    text = (url or "").strip()
    parts = _http_parts(text) if isinstance(text, str) else None
    if parts is None:
        raise ValueError(f"not an http(s) URL: {text[:200]!r}")
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:  # IPv6 literal: urlsplit drops the brackets
        host = f"[{host}]"
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query_pairs = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_param(key)
    ]
    query = urlencode(sorted(query_pairs)) if query_pairs else ""
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))
