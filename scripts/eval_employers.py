"""Measure employer matching (issue 15.2) on tests/fixtures/employer_articles.json: articles that name a
contact's employer (the employee should come first, with a reason naming the company) and articles
that only use a company's name as an ordinary word ("Apple pie", "Target heart rate": the company's
employee should get no employer reason and not come first).

    .venv/bin/python scripts/eval_employers.py [--show]

employer_articles.json was tuned on (WEAK_ORG_SHARE in companion/matching/rank.py was chosen on it).
employer_articles_b.json was written apart and measured once, then its misses were read (which led to
folding accents and possessives, company suffixes, and names inside longer names): no longer held out.
employer_articles_c.json was written apart afterwards and never looked at: its figures are the held-out ones.
"""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.matching import analyse_articles, build_index, rank  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
# Tuned on; written apart and then read; written apart and never read (see the docstring).
SETS = tuple(FIXTURES / f"employer_articles{s}.json" for s in ("", "_b", "_c"))


def load(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    for contact in data["contacts"]:
        contact["id"] = contact["key"]
    return data


def _ranked(items: list[dict], contacts: list[dict]) -> list[list[dict]]:
    index = build_index(contacts)
    articles = [{"url": f"https://news.example.com/{n}", "title": it["title"],
                 "description": it.get("description", ""), "text": ""} for n, it in enumerate(items)]
    return [rank(analysis, index, limit=5) for analysis in analyse_articles(articles, names=False)]


def _names_employer(suggestion: dict, company: str) -> bool:
    return any(company in reason for reason in suggestion["reasons"])


def _outcomes(items: list[dict], contacts: list[dict], field: str) -> list[tuple[bool, bool]]:
    """For each item: (the employee `item[field]` comes first, a suggestion of theirs names the company)."""
    company = {c["key"]: c["company"] for c in contacts}
    out = []
    for item, ranked in zip(items, _ranked(items, contacts), strict=True):
        who = item[field]
        first = bool(ranked) and ranked[0]["contact_id"] == who
        named = any(s["contact_id"] == who and _names_employer(s, company[who]) for s in ranked)
        out.append((first, named))
    return out


def evaluate(data: dict) -> dict:
    """Shares over the two sets: named (employee first, reason given) and ordinary (false fires)."""
    named = _outcomes(data["named"], data["contacts"], "employer")
    plain = _outcomes(data["ordinary"], data["contacts"], "company")
    return {
        "named": {
            "items": len(named),
            "employee_first": sum(first for first, _ in named) / len(named),
            "employer_reason": sum(reason for _, reason in named) / len(named),
            "misses": [it["title"] for it, (first, _) in zip(data["named"], named, strict=True) if not first],
        },
        "ordinary": {
            "items": len(plain),
            "employer_reason": sum(reason for _, reason in plain) / len(plain),
            "employee_first": sum(first for first, _ in plain) / len(plain),
            "fires": [it["title"] for it, (_, reason) in zip(data["ordinary"], plain, strict=True) if reason],
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="list the misses and false fires")
    args = parser.parse_args()
    for path in SETS:
        if not path.exists():
            continue
        result = evaluate(load(path))
        n, o = result["named"], result["ordinary"]
        print(path.name)
        print(f"  named employer ({n['items']} articles): employee first {n['employee_first']:.3f}, "
              f"reason names the company {n['employer_reason']:.3f}")
        print(f"  ordinary word ({o['items']} articles): employer reason (a false fire) "
              f"{o['employer_reason']:.3f}, employee first {o['employee_first']:.3f}")
        if args.show:
            for title in n["misses"]:
                print("    miss:", title)
            for title in o["fires"]:
                print("    fires:", title)


if __name__ == "__main__":
    main()
