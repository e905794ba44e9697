"""The package's layout holds: each subpackage imports only what its docstring allows, and no module
grows past what a reader takes in at once.

Each `companion/<part>/__init__.py` ends its docstring with "May import: a, b, c." (or "nothing
else of companion", or "any part of companion"); the imports of every module in that part are
read from the source (ast) and held against it.
"""

import ast
import pathlib
import re

import pytest

import companion

PACKAGE = pathlib.Path(companion.__file__).parent
ROOT_MODULES = {"__init__", "__main__", "cli", "config", "errors", "validation"}
# What the root's shared modules may import: the settings and errors import nothing of companion.
ROOT_ALLOWED = {"config": set(), "errors": set(), "validation": {"errors", "feeds"}}
MAX_LINES = 600


def _parts() -> list[str]:
    return sorted(p.parent.name for p in PACKAGE.glob("*/__init__.py"))


def _allowed(part: str) -> set[str] | None:
    """The parts of companion that `part` may import (None: any)."""
    doc = ast.get_docstring(ast.parse((PACKAGE / part / "__init__.py").read_text())) or ""
    found = re.search(r"May import: (.+?)\.\s*$", doc, re.S)
    assert found, f"companion/{part}/__init__.py does not say what it may import"
    rule = found.group(1).strip()
    if rule == "any part of companion":
        return None
    if rule == "nothing else of companion":
        return set()
    return {name.strip() for name in rule.split(",")}


def _imported_parts(path: pathlib.Path) -> set[str]:
    """The top-level parts of companion (subpackages or root modules) that a module imports."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
            if node.module == "companion":
                names += [f"companion.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        for name in names:
            bits = name.split(".")
            if bits[0] == "companion" and len(bits) > 1:
                found.add(bits[1])
    return found


def test_the_root_is_small():
    modules = {p.stem for p in PACKAGE.glob("*.py")}
    assert modules == ROOT_MODULES
    assert len(modules) <= 6


@pytest.mark.parametrize("part", _parts())
def test_each_part_imports_only_what_its_docstring_allows(part):
    allowed = _allowed(part)
    if allowed is None:
        return
    assert allowed <= set(_parts()) | ROOT_MODULES, f"{part}'s docstring names an unknown part"
    for path in (PACKAGE / part).rglob("*.py"):
        used = _imported_parts(path) - {part}
        assert used <= allowed, f"{path.relative_to(PACKAGE)} imports {sorted(used - allowed)}"


def test_nothing_below_the_web_layer_imports_it():
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in ("web", "cli.py", "__main__.py"):
            continue
        assert "web" not in _imported_parts(path), f"{relative} imports the web layer"


@pytest.mark.parametrize("module", sorted(ROOT_ALLOWED))
def test_the_shared_root_modules_stay_at_the_bottom(module):
    used = _imported_parts(PACKAGE / f"{module}.py") - {module}
    assert used <= ROOT_ALLOWED[module]


def test_no_module_is_longer_than_a_reader_takes_in():
    long = {str(p.relative_to(PACKAGE)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text().splitlines())) > MAX_LINES}
    assert long == {}


def test_the_hint_tables_are_read_from_their_data_file():
    from companion.industries import hints

    sections = hints.read_sections(hints.HINTS_FILE.read_text(encoding="utf-8"))
    assert len(hints.ROLE_HINTS) == len(sections["ROLE_HINTS"])  # no phrase listed twice
    assert hints.ROLE_HINTS["registered nurse"] == "Hospitals and Health Care"
    assert hints.COMPANY_WORD_HINTS["dallas cowboys"] == "Spectator Sports"
    with pytest.raises(ValueError, match="before any"):
        hints.read_sections("nurse = Hospitals and Health Care\n")
