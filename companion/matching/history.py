"""What the user did before, as it bears on ranking: URLs already shared and topics dismissed.

A history entry per contact is plain data: {"shared_urls": set|list, "dismissed_topics": {topic: weight}}.
Topic keys are topic names (as in a suggestion's "topics") or sector ids.
"""


def already_shared(entry: dict | None, url: str) -> bool:
    """True when this URL was shared with the contact before."""
    shared = (entry or {}).get("shared_urls") or ()
    return bool(url) and url in shared


def dismissal_factor(entry: dict | None, ctx: dict) -> float:
    """1 when nothing about this article was dismissed for the contact; less the more it was."""
    entry = entry or {}
    dismissed = entry.get("dismissed_topics") or entry.get("dismissed_terms") or {}
    if not dismissed or not ctx["topics"]:
        return 1.0
    total = sum(ctx["topics"].values())
    weight = sum(dismissed.get(t, 0.0) * v / total for t, v in ctx["topics"].items())
    if ctx["top"]:
        weight += sum(dismissed.get(s, 0.0) * v / ctx["top"] for s, v in ctx["sectors"].items())
    return 1.0 / (1.0 + weight)


def record_dismissal(entry: dict | None, suggestion_topics: list[str], weight: float = 1.0) -> dict:
    """A history entry updated after the user dismissed a suggestion about these topics."""
    entry = dict(entry or {})
    dismissed = dict(entry.get("dismissed_topics") or {})
    for topic in suggestion_topics:
        dismissed[topic] = dismissed.get(topic, 0.0) + weight
    entry["dismissed_topics"] = dismissed
    return entry
