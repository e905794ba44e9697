"""What the installed dependencies must provide, so that installing the companion is quiet and complete."""

import importlib.metadata
import re


def _requirement_names(package: str) -> list[str]:
    return [r for r in importlib.metadata.requires(package) or [] if "extra ==" not in r]


def test_lxml_declares_the_html_clean_extra_that_jusText_asks_for():
    # Without it pip warns "lxml ... does not provide the extra 'html_clean'" on every install (issue 14.5).
    asked = [r for r in _requirement_names("justext") if r.startswith("lxml[")]
    declared = importlib.metadata.metadata("lxml").get_all("Provides-Extra") or []
    extras = {e.replace("-", "_") for e in declared}
    for requirement in asked:
        wanted = re.search(r"\[(.+?)\]", requirement).group(1).replace("-", "_")
        version = importlib.metadata.version("lxml")
        assert wanted in extras, f"lxml {version} lacks [{wanted}]: pin lxml in pyproject.toml"


def test_lxml_html_clean_is_importable_for_trafilatura():
    import lxml.html.clean  # noqa: F401 - jusText imports it; lxml moved it to lxml_html_clean
