"""Pure chart data for the Insights page: counts per month / status / industry, and bar geometry.

No Flask and no storage: plain dicts in, plain dicts out, so the SVG template only draws.
"""

import datetime as dt
from collections import Counter

FOLLOW_UP_KINDS = ("update", "article", "linkedin")
STATUS_ORDER = ("thank_you_due", "due", "waiting", "capped")
MAX_INDUSTRIES = 8


def last_twelve_months(on: dt.date) -> list[tuple[int, int]]:
    """(year, month) for the 12 months ending with `on`'s month, oldest first."""
    months = []
    year, month = on.year, on.month
    for _ in range(12):
        months.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def follow_ups_per_month(interactions: list[dict], on: dt.date) -> list[dict]:
    """Follow-ups (update, article, LinkedIn) logged in each of the last 12 months."""
    counts = Counter(i.get("date", "")[:7] for i in interactions if i.get("kind") in FOLLOW_UP_KINDS)
    return [{"label": dt.date(y, m, 1).strftime("%b"), "full": dt.date(y, m, 1).strftime("%B %Y"),
             "value": counts.get(f"{y:04d}-{m:02d}", 0)} for y, m in last_twelve_months(on)]


def contacts_by_status(contacts: list[dict], labels: dict) -> list[dict]:
    """How many contacts are in each follow-up status (contacts as the API returns them)."""
    counts = Counter(c["followup"]["status"] for c in contacts)
    return [{"label": labels[s], "full": labels[s], "value": counts.get(s, 0), "key": s}
            for s in STATUS_ORDER]


def contacts_by_industry(contacts: list[dict]) -> list[dict]:
    """The most common industries, the rest grouped as 'Other' and unknown ones as 'Not known'."""
    counts = Counter(c.get("industry_name") or "Not known" for c in contacts)
    known = [(name, n) for name, n in counts.most_common() if name != "Not known"]
    top, rest = known[:MAX_INDUSTRIES], known[MAX_INDUSTRIES:]
    rows = [{"label": name, "full": name, "value": n} for name, n in top]
    if rest:
        rows.append({"label": "Other", "full": "Other industries", "value": sum(n for _, n in rest)})
    if counts.get("Not known"):
        rows.append({"label": "Not known", "full": "Industry not known", "value": counts["Not known"]})
    return rows


def column_geometry(rows: list[dict], *, width: int = 640, height: int = 220, pad: int = 28) -> dict:
    """Vertical bars: x, y, width and height of each bar in an SVG viewBox, with the scale's top."""
    top = max([r["value"] for r in rows] + [1])
    slot = (width - pad) / max(len(rows), 1)
    plot = height - 2 * pad
    bars = []
    for n, row in enumerate(rows):
        h = plot * row["value"] / top
        bars.append({**row, "x": round(pad + n * slot + slot * 0.15, 1), "w": round(slot * 0.7, 1),
                     "y": round(pad + plot - h, 1), "h": round(h, 1), "cx": round(pad + (n + 0.5) * slot, 1)})
    return {"bars": bars, "width": width, "height": height, "base": height - pad, "top": top, "pad": pad}


def bar_shares(rows: list[dict]) -> list[dict]:
    """Horizontal bars: each row with `share`, its bar's length from 0 to 100 (the largest is 100; a
    count above 0 always shows at least a sliver). Labels are laid out by the page, not measured here."""
    top = max([r["value"] for r in rows] + [1])
    return [{**row, "share": max(round(100 * row["value"] / top, 1), 1.0) if row["value"] else 0}
            for row in rows]
