"""Measure article -> contact matching on labelled news that the model did not learn from.

Reads ../shared/data/dev/news-dev.jsonl (or --data), cuts it in two halves with a fixed seed, trains
the classifiers on the first half only (scripts/matcher_training.py, the same trainer as the shipped
model, on the shipped embeddings) and reports on the second, with two synthetic address books:
tests/fixtures/addressbook.json and tests/fixtures/addressbook_b.json (48 contacts written apart from
the first, never tuned on). Prints hit@1, hit@3, coverage and the share of private-life items that get
any suggestion, for each book and by category. Items with no suggestion count as misses. A contact
fits an item when its hand-assigned `fit_sector` is one the item's category fits (the dev README's
table). `--shipped` measures the shipped model instead (trained on all items: not a held-out figure).

    .venv/bin/python scripts/eval_matching.py [--data PATH] [--shipped] [--show-misses N]
"""

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import json  # noqa: E402

import matcher_training as training  # noqa: E402

from companion.matching import analyse_articles, build_index, rank  # noqa: E402
from companion.matching import model as matcher_model  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "dev" / "news-dev.jsonl"
BOOKS = {
    "book A (addressbook.json)": ROOT / "tests" / "fixtures" / "addressbook.json",
    "book B (addressbook_b.json)": ROOT / "tests" / "fixtures" / "addressbook_b.json",
}
CATEGORY_FITS = {category: set(fits) for category, fits in training.CATEGORY_FITS.items()}
PRIVATE_LIFE = training.PRIVATE_LIFE


def load_contacts(path: Path) -> list[dict]:
    """An address book's contacts."""
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
    analyses = analyse_articles([_article(item) for item in items], names=False)
    for item, analysis in zip(items, analyses, strict=True):
        category = item.get("category", "")
        suggestions = rank(analysis, index, limit=3)
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


def _print(name: str, result: dict, by_category: bool) -> None:
    print(f"\n{name}: mapped items {result['mapped_items']}")
    print(f"  hit@1 (no suggestion = miss): {result['hit_at_1']:.3f}   bar >= 0.80")
    print(f"  hit@3 (no suggestion = miss): {result['hit_at_3']:.3f}   bar >= 0.93")
    print(
        f"  hit@1 / hit@3 over answered items: {result['hit_at_1_answered']:.3f} / "
        f"{result['hit_at_3_answered']:.3f}"
    )
    print(f"  coverage (mapped items with any suggestion): {result['coverage']:.3f}")
    print(
        f"  private-life items with any suggestion: {result['private_suggested']:.3f} "
        f"of {result['private_items']}   bar <= 0.20"
    )
    if by_category:
        print("  by category (n, hit@1, hit@3, coverage):")
        for category, row in result["by_category"].items():
            print(
                f"    {category:<16} {row['n']:>5} {row['hit1']:.2f} {row['hit3']:.2f} {row['coverage']:.2f}"
            )


def held_out_model(train_items: list[dict]):
    """The shipped embeddings with classifiers trained on `train_items` only."""
    embedder = matcher_model.shipped_model()
    settings = training.calibrate(matcher_model.Model, embedder, train_items)
    return matcher_model.Model.with_classifier(embedder, training.fit(embedder, train_items), settings)


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSON-lines file of labelled items")
    parser.add_argument(
        "--shipped", action="store_true", help="the shipped model on every item (not held out)"
    )
    parser.add_argument("--by-category", action="store_true", help="print each category's figures")
    parser.add_argument("--show-misses", type=int, default=0, help="print N items whose first pick misses")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data}; nothing to evaluate", file=sys.stderr)
        return 2
    items = training.load_items(args.data)
    started = time.perf_counter()
    if args.shipped:
        measured = items
        print(f"shipped model, all {len(items)} items (it was trained on them: not a held-out figure)")
    else:
        train, measured = training.split_halves(items)
        matcher_model.use_model(held_out_model(train))
        print(
            f"trained on {len(train)} items (seed {training.SPLIT_SEED}); "
            f"measured on the other {len(measured)}"
        )
    misses: list = []
    for name, path in BOOKS.items():
        result = evaluate(measured, load_contacts(path), misses if not misses else None)
        _print(name, result, args.by_category)
    print(f"\ntime: {time.perf_counter() - started:.1f}s")
    for category, headline, sectors in misses[: args.show_misses]:
        print(f"MISS {category:<14} {sectors} {headline}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
