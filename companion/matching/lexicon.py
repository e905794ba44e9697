"""The compiled lexicon: stemmed term -> topics with weights, plus the private-life vocabulary.

Built once at import from the hand-written topic lists in `lexicon_a`, `lexicon_b` and `lexicon_c`.
"""

from companion import industries
from companion.data.industry_hints import COMPANY_HINTS
from companion.matching.lexicon_a import TOPICS_A
from companion.matching.lexicon_b import TOPICS_B
from companion.matching.lexicon_c import EXTRA_TERMS, TOPICS_C
from companion.matching.lexicon_private import PRIVATE_TERMS
from companion.matching.text import term_key

STRONG, NORMAL, WEAK = 2.0, 1.0, 0.5
PHRASE_BONUS = 1.4  # a multi-word phrase is rarer and more specific than a single word


def parse_terms(spec: str) -> list[tuple[str, float]]:
    """'^strong, normal, ~weak' -> [(stemmed key, weight)] with a bonus for phrases."""
    parsed = []
    for raw in spec.split(","):
        term = raw.strip()
        if not term:
            continue
        weight = STRONG if term[0] == "^" else WEAK if term[0] == "~" else NORMAL
        key = term_key(term.lstrip("^~"))
        if key:
            parsed.append((key, weight * (PHRASE_BONUS if " " in key else 1.0)))
    return parsed


def _industry_ids(names: list[str]) -> list[str]:
    ids = []
    for name in names:
        entry = industries.normalise(name)
        if entry is None:
            raise ValueError(f"lexicon names an unknown industry: {name!r}")
        ids.append(entry["id"])
    return ids


def _compile() -> tuple[list[dict], dict[str, list[tuple[int, float]]]]:
    topics, index = [], {}
    for name, sector, industry_names, spec in TOPICS_A + TOPICS_B + TOPICS_C:
        spec = spec + ", " + EXTRA_TERMS.get(name, "")
        topic_id = len(topics)
        topics.append({"name": name, "sector": sector, "industries": _industry_ids(industry_names)})
        best: dict[str, float] = {}
        for key, weight in parse_terms(spec):
            best[key] = max(weight, best.get(key, 0.0))
        for key, weight in best.items():
            index.setdefault(key, []).append((topic_id, weight))
    _add_companies(topics, index)
    unknown = set(EXTRA_TERMS) - {t["name"] for t in topics}
    if unknown:
        raise ValueError(f"extra terms for unknown topics: {sorted(unknown)}")
    return topics, index


# Company names that are also everyday words are left out ("target", "shell", "apple", "delta").
_AMBIGUOUS_COMPANIES = frozenset(
    "target shell apple meta ford ups bain vanguard fidelity citi sequoia zara bp ey oracle intel amazon "
    "nike ".split()
)


def _add_companies(topics: list[dict], index: dict) -> None:
    """A well-known company named in an article speaks to its industry's topic, and to business."""
    business = next(i for i, t in enumerate(topics) if t["name"] == "business and management")
    for company, industry_name in COMPANY_HINTS.items():
        if company in _AMBIGUOUS_COMPANIES:
            continue
        industry_id = industries.normalise(industry_name)["id"]
        topic = next((i for i, t in enumerate(topics) if industry_id in t["industries"]), None)
        key = term_key(company)
        hits = dict(index.get(key, []))
        if topic is not None:
            hits[topic] = max(hits.get(topic, 0.0), NORMAL)
        hits[business] = max(hits.get(business, 0.0), WEAK)
        index[key] = list(hits.items())


TOPICS, TERM_INDEX = _compile()
PRIVATE_INDEX = dict(parse_terms(PRIVATE_TERMS))
# Words of industry names that say nothing about which industry it is.
_GENERIC_NAME_WORDS = frozenset(
    "services service manufacturing products product programs offices office providers facilities "
    "institutions organizations other and industry systems equipment general activities care retail power "
    "generation electric research management development technology information internet media production "
    "distribution public practices sites non residential leasing wholesale personal business mobile "
    "computing data software it consulting health arts government goods country ground carriers housing "
    "communications bridge street specialty trade passenger community day emergency family individual "
    "social professional search temporary help strategic operations custom system security international "
    "affairs administration economic quality supply storage post control transmission space platforms "
    "instruction schools programming home centers clubs air ".split()
)


def _industry_terms() -> dict[str, set[str]]:
    """Stemmed word or phrase -> industries it names ('hotel' -> Hotels and Motels), from names and aliases."""
    found: dict[str, set[str]] = {}
    for entry in industries.all_industries():
        phrases = [entry["name"], *entry["aliases"]]
        words = {
            w for p in phrases for w in p.lower().replace(",", " ").split() if w not in _GENERIC_NAME_WORDS
        }
        for key in {term_key(p) for p in phrases} | {term_key(w) for w in words if len(w) > 3}:
            if key and key not in _GENERIC_NAME_WORDS:
                found.setdefault(key, set()).add(entry["id"])
    return found


INDUSTRY_TERMS = _industry_terms()
TOPIC_BY_NAME = {t["name"]: i for i, t in enumerate(TOPICS)}
# industry id -> topics that speak to it, for "About renewable energy; Samuel works in ..." reasons.
TOPICS_BY_INDUSTRY: dict[str, list[int]] = {}
for _i, _topic in enumerate(TOPICS):
    for _industry in _topic["industries"]:
        TOPICS_BY_INDUSTRY.setdefault(_industry, []).append(_i)
