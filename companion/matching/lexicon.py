"""The compiled lexicon: stemmed term -> topics with weights, plus the private-life vocabulary.

Built once at import from the hand-written topic lists in `lexicon_a` to `lexicon_f`, and
the gazetteer of well-known people, bodies and companies in `lexicon_entities`.
"""

from companion import industries
from companion.data.industry_hints import COMPANY_HINTS, COMPANY_WORD_HINTS
from companion.matching.lexicon_a import TOPICS_A
from companion.matching.lexicon_b import TOPICS_B
from companion.matching.lexicon_c import EXTRA_TERMS as EXTRA_TERMS_C
from companion.matching.lexicon_c import TOPICS_C
from companion.matching.lexicon_d import ACTING_BODIES, CAREER_TERMS, COMPANY_FRAME
from companion.matching.lexicon_e import EXTRA_TERMS_E
from companion.matching.lexicon_entities import ENTITY_TERMS
from companion.matching.lexicon_f import EVERYDAY_TERMS_F, TRADE_SHORTHAND_F
from companion.matching.lexicon_private import NOT_PRIVATE, PRIVATE_TERMS, STAR_ROLES
from companion.matching.text import STOPWORDS, term_key
from companion.matching.topic_industries import MORE_INDUSTRIES

STRONG, NORMAL, WEAK = 2.0, 1.0, 0.5
# Extra vocabulary per topic: everyday words (part C), each trade's working vocabulary (part D),
# each field's technical words (part E), the everyday words of lifestyle fields and trade shorthand (part F).
_EXTRA_PARTS = (EXTRA_TERMS_C, CAREER_TERMS, EXTRA_TERMS_E, EVERYDAY_TERMS_F, TRADE_SHORTHAND_F)
EXTRA_TERMS = {
    name: ", ".join(filter(None, (part.get(name, "") for part in _EXTRA_PARTS)))
    for name in set().union(*_EXTRA_PARTS)
}
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


# Topics whose actors and acts (a party, a president, a government; a gunman, a verdict) say what a story
# is about even when it turns on another field: "Senate Republicans block drug-price bill" is politics
# before it is health, "Gunman opens fire at high school" is crime before it is education. Their gazetteer
# weights may raise the vocabulary's.
_ACTOR_TOPICS = ("elections and politics", "world affairs", "policing and public safety", "courts and law")


def _compile() -> tuple[list[dict], dict[str, list[tuple[int, float]]]]:
    topics, index = [], {}
    for name, sector, industry_names, spec in TOPICS_A + TOPICS_B + TOPICS_C:
        spec = spec + ", " + EXTRA_TERMS.get(name, "")
        topic_id = len(topics)
        named = _industry_ids(industry_names + MORE_INDUSTRIES.get(name, []))
        topics.append({"name": name, "sector": sector, "industries": named})
        best: dict[str, float] = {}
        for key, weight in parse_terms(spec):
            best[key] = max(weight, best.get(key, 0.0))
        # Gazetteer names add what the vocabulary lacks; a word the topic already weighs keeps its weight.
        for key, weight in parse_terms(ENTITY_TERMS.get(name, "")):
            weight = max(weight, STRONG * PHRASE_BONUS) if " " in key and weight >= NORMAL else weight
            best[key] = (
                max(weight, best[key]) if key in best and name in _ACTOR_TOPICS else best.get(key, weight)
            )
        for key, weight in best.items():
            index.setdefault(key, []).append((topic_id, weight))
    _add_companies(topics, index)
    unknown = (set(EXTRA_TERMS) | set(ENTITY_TERMS) | set(MORE_INDUSTRIES)) - {t["name"] for t in topics}
    if unknown:
        raise ValueError(f"extra terms for unknown topics: {sorted(unknown)}")
    return topics, index


# Company names that are also everyday words are left out ("target", "shell", "apple", "delta").
_AMBIGUOUS_COMPANIES = frozenset(
    "target shell apple meta ford ups bain vanguard fidelity citi sequoia zara bp ey oracle intel amazon "
    "nike ".split()
)


def _add_companies(topics: list[dict], index: dict) -> None:
    """A well-known company named in an article is strong evidence of its industry's topic, weak of business."""
    business = next(i for i, t in enumerate(topics) if t["name"] == "business and management")
    for company, industry_name in COMPANY_HINTS.items():
        if company in _AMBIGUOUS_COMPANIES:
            continue
        industry_id = industries.normalise(industry_name)["id"]
        topic = next((i for i, t in enumerate(topics) if industry_id in t["industries"]), None)
        key = term_key(company)
        hits = dict(index.get(key, []))
        if topic is not None:
            hits[topic] = max(hits.get(topic, 0.0), STRONG)
        hits[business] = max(hits.get(business, 0.0), WEAK)
        index[key] = list(hits.items())


TOPICS, TERM_INDEX = _compile()
# Words that make a gazetteer name an organisation, a title or an event rather than a person.
_NOT_PERSON_WORDS = frozenset(
    "news times post journal house court party club united city real league cup open tour award awards show "
    "network studio studios picture pictures record records music bank group fund capital foundation church "
    "university college school museum gallery institute center centre agency department ministry council "
    "commission committee union association airline airlines air motor motors energi media press magazine "
    "prize brother sister boys girls stone stones fighter pepper order leader chain service park state general "
    "southern northern gala sox guys barn palace dynamics potter treasury nations garden gardens hall square "
    "bowl series derby cross army church's the of and".split()
)
# The first words of clubs' names, their places ("Chicago Cubs", "Seattle Kraken", "San Jose Sharks"): a
# name that starts with one is a club, not a person (while "Denzel Washington" is a person).
_CLUB_PLACE_KEYS = frozenset(
    term_key(club.split()[0])
    for club, industry_name in COMPANY_WORD_HINTS.items()
    if industry_name == "Spectator Sports" and " " in club
)


# Stars' private lives are news in themselves; a politician's family rarely is without a political angle.
_STAR_TOPICS = ("film and television", "music", "sports", "fashion and beauty")


def _person_keys() -> frozenset[str]:
    """Gazetteer keys that name a star ("taylor swift"): a star's wedding is still private life, so
    such names are not counted as professional evidence when deciding that."""
    vocabulary = set()
    for name, _, _, spec in TOPICS_A + TOPICS_B + TOPICS_C:
        vocabulary |= {k for k, _ in parse_terms(spec + ", " + EXTRA_TERMS.get(name, "")) if " " not in k}
    specs = [spec for name, _, _, spec in TOPICS_C if name == "celebrities"]
    specs += [ENTITY_TERMS[name] for name in _STAR_TOPICS]
    keys = set()
    for spec in specs:
        for key, _ in parse_terms(spec):
            words = key.split()
            if 2 <= len(words) <= 4 and words[0] not in _CLUB_PLACE_KEYS and not any(
                w in vocabulary or w in _NOT_PERSON_KEYS or w in STOPWORDS or w.isdigit() for w in words
            ):
                keys.add(key)
    return frozenset(keys)


_NOT_PERSON_KEYS = frozenset(term_key(w) for w in _NOT_PERSON_WORDS)
PERSON_KEYS = _person_keys()
PRIVATE_INDEX = dict(parse_terms(PRIVATE_TERMS))


def _not_private() -> dict[str, float]:
    """Phrase key -> the private-life weight its own words and word runs would add, to take back."""
    taken = {}
    for key, _ in parse_terms(NOT_PRIVATE):
        words = key.split()
        runs = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
        weight = sum(PRIVATE_INDEX.get(run, 0.0) for run in runs if run != key)
        if weight:
            taken[key] = weight
    return taken


NOT_PRIVATE_INDEX = _not_private()
STAR_ROLE_KEYS = frozenset(key for key, _ in parse_terms(STAR_ROLES))
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


# Stemmed words of industry names that news uses in other senses ("plan", "order", "life", "work").
_AMBIGUOUS_INDUSTRY_KEYS = frozenset(
    "plan change child life order work think tank real fine higher human civil force fire build chain course "
    "learn log min shar trad train ride record label collection program practice principal private primari "
    "secondari resolution resource relation network market firm compani executive capital account agent arm "
    "association clean edit embed event exchange game gam impact intelligence investigation material perform "
    "picture print protection sales sector talent tax team technical theme trust water wealth mail park paper "
    "digital online commercial consumer container engineer export import foreign motion motor organization "
    "safeti staff writ bet bar ski glass hair metal spirit fish design defense relief court justice "
    "investment loan credit fund asset ship post".split()
)
INDUSTRY_TERMS = {k: v for k, v in _industry_terms().items() if k not in _AMBIGUOUS_INDUSTRY_KEYS}
# A well-known company named in an article names its industry too ("Marriott" -> Hotels and Motels).
for _company, _industry_name in COMPANY_HINTS.items():
    if _company not in _AMBIGUOUS_COMPANIES:
        INDUSTRY_TERMS.setdefault(term_key(_company), set()).add(industries.normalise(_industry_name)["id"])
TOPIC_BY_NAME = {t["name"]: i for i, t in enumerate(TOPICS)}
# Words that make a company or a trade the actor of a story (a maker, a recall, a bankruptcy).
COMPANY_FRAME_KEYS = frozenset(key for key, _ in parse_terms(COMPANY_FRAME))
# Kinds of public bodies and institutions, each with its acts (a council approves, researchers find).
BODY_ACT_KEYS = tuple(
    (frozenset(k for k, _ in parse_terms(bodies)), frozenset(k for k, _ in parse_terms(acts)))
    for bodies, acts in ACTING_BODIES
)
# industry id -> topics that speak to it, for "About renewable energy; Samuel works in ..." reasons.
TOPICS_BY_INDUSTRY: dict[str, list[int]] = {}
for _i, _topic in enumerate(TOPICS):
    for _industry in _topic["industries"]:
        TOPICS_BY_INDUSTRY.setdefault(_industry, []).append(_i)
