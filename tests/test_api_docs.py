"""docs/api.md lists every API route with its methods, and names no route that does not exist."""

import re
from pathlib import Path

DOC = (Path(__file__).resolve().parents[1] / "docs" / "api.md").read_text()


def _documented() -> set[tuple[str, str]]:
    rows = re.findall(r"^\| (GET|POST|PUT|PATCH|DELETE) \| `([^`]+)` \|", DOC, flags=re.M)
    return {(method, re.sub(r"<[^>]+>", "<>", path)) for method, path in rows}


def _routes(app) -> set[tuple[str, str]]:
    out = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/"):
            for method in rule.methods - {"HEAD", "OPTIONS"}:
                out.add((method, re.sub(r"<[^>]+>", "<>", rule.rule)))
    return out


def test_every_api_route_is_documented(app):
    missing = _routes(app) - _documented()
    assert not missing, f"routes missing from docs/api.md: {sorted(missing)}"


def test_docs_name_no_route_that_does_not_exist(app):
    extra = _documented() - _routes(app)
    assert not extra, f"docs/api.md names routes that do not exist: {sorted(extra)}"
