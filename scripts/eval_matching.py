"""Measure article -> contact matching on labelled news items.

Reads ../shared/data/dev/news-dev.jsonl (relative to the project root) when present, or a file given
with --data; builds the synthetic address book in tests/fixtures/addressbook.json; prints hit@1, hit@3,
coverage and the share of private-life items that get any suggestion. Items that get no suggestion
count as misses for hit@k. A contact fits an item when its hand-assigned `fit_sector` is one the
item's category fits (the README's table, as sectors).

    .venv/bin/python scripts/eval_matching.py [--data PATH] [--limit N] [--show-misses N]
"""

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.matching import analyse_article, build_index, rank  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "dev" / "news-dev.jsonl"
ADDRESS_BOOK = ROOT / "tests" / "fixtures" / "addressbook.json"

CATEGORY_FITS = {
    "TECH": {"technology"},
    "SCIENCE": {"science", "health", "energy"},
    "BUSINESS": {"finance", "professional", "retail"},
    "MONEY": {"finance", "professional", "retail"},
    "WELLNESS": {"health"},
    "HEALTHY LIVING": {"health"},
    "EDUCATION": {"education"},
    "COLLEGE": {"education"},
    "MEDIA": {"media"},
    "ENTERTAINMENT": {"entertainment", "media"},
    "ARTS": {"arts", "entertainment"},
    "ARTS & CULTURE": {"arts", "entertainment"},
    "CULTURE & ARTS": {"arts", "entertainment"},
    "SPORTS": {"sports"},
    "FOOD & DRINK": {"food"},
    "TASTE": {"food"},
    "TRAVEL": {"hospitality"},
    "ENVIRONMENT": {"energy", "science"},
    "GREEN": {"energy", "science"},
    "RELIGION": {"nonprofit"},
    "STYLE & BEAUTY": {"retail"},
    "STYLE": {"retail"},
    "HOME & LIVING": {"real_estate"},
    "POLITICS": {"government", "legal"},
    "CRIME": {"legal", "government"},
}
PRIVATE_LIFE = {"WEIRD NEWS", "DIVORCE", "WEDDINGS", "PARENTING", "PARENTS"}


def load_items(path: Path) -> list[dict]:
    """News items {headline, short_description, category, link} from a JSON-lines file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_contacts(path: Path = ADDRESS_BOOK) -> list[dict]:
    """The synthetic address book's contacts."""
    return json.loads(path.read_text(encoding="utf-8"))["contacts"]


def _article(item: dict) -> dict:
    return {
        "url": item.get("link", ""),
        "title": item.get("headline", ""),
        "description": item.get("short_description", ""),
        "text": item.get("text", ""),
    }


def evaluate(items: list[dict], contacts: list[dict], misses: list | None = None) -> dict:
    """hit@1, hit@3, coverage and private-life share over labelled items."""
    index = build_index(contacts)
    sector_of = {c["id"]: c["fit_sector"] for c in contacts}
    tally, per_category = Counter(), defaultdict(Counter)
    for item in items:
        category = item.get("category", "")
        suggestions = rank(analyse_article(_article(item)), index, limit=3)
        if category in PRIVATE_LIFE:
            tally["private"] += 1
            tally["private_suggested"] += bool(suggestions)
        fits = CATEGORY_FITS.get(category)
        if not fits:
            continue
        ok = [sector_of[s["contact_id"]] in fits for s in suggestions]
        row = per_category[category]
        row["n"] += 1
        row["covered"] += bool(suggestions)
        row["hit1"] += bool(ok[:1] and ok[0])
        row["hit3"] += any(ok)
        if misses is not None and not (ok[:1] and ok[0]):
            misses.append(
                (category, item.get("headline", ""), [sector_of[s["contact_id"]] for s in suggestions])
            )
    for row in per_category.values():
        tally.update(row)
    return _summary(tally, per_category)


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def _summary(tally: Counter, per_category: dict) -> dict:
    answered = tally["covered"]
    return {
        "mapped_items": tally["n"],
        "hit_at_1": _share(tally["hit1"], tally["n"]),
        "hit_at_3": _share(tally["hit3"], tally["n"]),
        "hit_at_1_answered": _share(tally["hit1"], answered),
        "hit_at_3_answered": _share(tally["hit3"], answered),
        "coverage": _share(answered, tally["n"]),
        "private_items": tally["private"],
        "private_suggested": _share(tally["private_suggested"], tally["private"]),
        "by_category": {
            c: {
                "n": r["n"],
                "hit1": _share(r["hit1"], r["n"]),
                "hit3": _share(r["hit3"], r["n"]),
                "coverage": _share(r["covered"], r["n"]),
            }
            for c, r in sorted(per_category.items(), key=lambda kv: -kv[1]["n"])
        },
    }


def _print(result: dict, seconds: float, count: int) -> None:
    print(f"items: {count}  mapped: {result['mapped_items']}  time: {seconds:.1f}s")
    print(f"hit@1 (no suggestion = miss): {result['hit_at_1']:.3f}   bar >= 0.80")
    print(f"hit@3 (no suggestion = miss): {result['hit_at_3']:.3f}   bar >= 0.92")
    print(
        f"hit@1 / hit@3 over answered items: {result['hit_at_1_answered']:.3f} / "
        f"{result['hit_at_3_answered']:.3f}"
    )
    print(f"coverage (mapped items with any suggestion): {result['coverage']:.3f}")
    print(
        f"private-life items with any suggestion: {result['private_suggested']:.3f} "
        f"of {result['private_items']}   bar <= 0.20"
    )
    print("by category (n, hit@1, hit@3, coverage):")
    for category, row in result["by_category"].items():
        print(f"  {category:<16} {row['n']:>5} {row['hit1']:.2f} {row['hit3']:.2f} {row['coverage']:.2f}")


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSON-lines file of labelled items")
    parser.add_argument("--limit", type=int, default=0, help="only the first N items (0 = all)")
    parser.add_argument("--show-misses", type=int, default=0, help="print N items whose first pick misses")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data}; nothing to evaluate", file=sys.stderr)
        return 2
    items = load_items(args.data)
    items = items[: args.limit] if args.limit else items
    misses: list = []
    started = time.perf_counter()
    result = evaluate(items, load_contacts(), misses)
    _print(result, time.perf_counter() - started, len(items))
    for category, headline, sectors in misses[: args.show_misses]:
        print(f"MISS {category:<14} {sectors} {headline}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
