"""Article analysis: from {title, description, text, keywords, site_name} to topics, sectors and industries.

Pure: text in, plain dict out. Title words weigh more than the description, which weighs more than
body text; body text is scaled down so a long article cannot drown its own headline.
An item is private life (a wedding, a divorce, a baby, an oddity) when those cues outweigh its
professional evidence; names of stars do not count as professional evidence, so a singer's wedding is
still private life, while a politician's bill that mentions a newborn is not. A star's passing family
mention in news of their work (a tribute to an actor father, a rapper on teachers) is their field's news.
"""

import math

from companion import industries
from companion.matching.lexicon import (
    BODY_ACT_KEYS,
    COMPANY_FRAME_KEYS,
    INDUSTRY_TERMS,
    NOT_PRIVATE_INDEX,
    PERSON_KEYS,
    PRIVATE_INDEX,
    STAR_ROLE_KEYS,
    TERM_INDEX,
    TOPIC_BY_NAME,
    TOPICS,
)
from companion.matching.names import named_organisations
from companion.matching.orgs import candidate_org_keys
from companion.matching.text import ngram_counts, raw_tokens

FIELD_WEIGHTS = {"title": 1.0, "description": 0.6, "keywords": 0.6, "site_name": 0.4, "text": 0.35}
BODY_CAP = 10.0  # most a body can add to all topics together, before field weight
MAX_BODY_WORDS = 2000  # the lede and first sections say what an article is about
MIN_TOPIC_SCORE = 0.3
NAMED_INDUSTRY_WEIGHT = 1.5  # an article that says "hotels" is about hotels more than about travel at large
ORG_SCAN_CHARS = 6000
# The first words of a headline and how much more their topics count when ranking fields.
LEAD_WORDS, LEAD_BONUS = 3, 0.5
# Private life wins when its score is at least this share of the strongest professional sector.
PRIVATE_RATIO = 0.5
PRIVATE_MIN = 0.8
# With thin professional evidence, even a faint private-life cue decides it.
THIN_EVIDENCE = 1.5
FAINT_PRIVATE = 0.5
# A star (named, or introduced by trade: "the actor") with private-life cues below this is their field's news.
STAR_PRIVATE_MAX, STAR_NAME_MIN = 2.0, 1.0
# Professional evidence this strong is news about a field even when a baby or a wedding is mentioned.
CLEARLY_PROFESSIONAL = 4.0
# With a company, a trade or a public body as the actor, private-life cues count this much (a company takes
# this many company words).
ACTOR_FRAME_DISCOUNT, COMPANY_FRAME_MIN = 0.2, 2
# Company news (a known company named, a company acting, or this much management vocabulary) is news for
# people in business too, whatever trade it is about.
COMPANY_NEWS_MIN = 1.0
# Topics every kind of news touches ("company", "ceo", "deal"): they count for less towards their sector,
# so an article about Starbucks' chief executive is about food and drink before it is about management.
GENERIC_TOPICS = {"business and management": 0.6}


def _field_texts(article: dict) -> dict[str, str]:
    keywords = article.get("keywords") or ""
    if isinstance(keywords, (list, tuple)):
        keywords = ", ".join(str(k) for k in keywords)
    texts = {name: article.get(name) or "" for name in ("title", "description", "site_name", "text")}
    texts["keywords"] = str(keywords)
    return {name: value if isinstance(value, str) else "" for name, value in texts.items()}


def _saturate(count: int) -> float:
    return 1.0 + math.log(count)


def _score_field(counts, scale: float) -> tuple[dict[int, float], dict, dict[str, float]]:
    """Topic scores, private-life evidence and matched terms for one field's n-gram counts.

    The private-life evidence is {"private": score, "people": {topic id: score from named people}}:
    a star's or a politician's name says who an item is about, not that it is professional news."""
    topic_scores: dict[int, float] = {}
    evidence: dict = {"private": 0.0, "people": {}}
    matched: dict[str, float] = {}
    people = evidence["people"]
    for gram, count in counts.items():
        saturated = _saturate(count)
        hits = TERM_INDEX.get(gram)
        if hits:
            by_person = gram in PERSON_KEYS
            for topic_id, weight in hits:
                topic_scores[topic_id] = topic_scores.get(topic_id, 0.0) + weight * saturated
                if by_person:
                    people[topic_id] = people.get(topic_id, 0.0) + weight * saturated
        if gram in PRIVATE_INDEX:
            evidence["private"] += PRIVATE_INDEX[gram] * saturated
        if gram in NOT_PRIVATE_INDEX:  # "parent company", "baby boomers": those words are no cue here
            evidence["private"] -= NOT_PRIVATE_INDEX[gram] * saturated
        matched[gram] = matched.get(gram, 0.0) + scale * saturated
    evidence["private"] = max(0.0, evidence["private"])
    return topic_scores, evidence, matched


def _body_factor(scores: dict[int, float], private: float) -> float:
    total = sum(scores.values()) + private
    return min(1.0, BODY_CAP / total) if total else 1.0


def _collect(fields: dict[str, str]) -> tuple[dict[int, float], dict, dict[str, float]]:
    topic_scores: dict[int, float] = {}
    evidence: dict = {"private": 0.0, "people": {}}
    terms: dict[str, float] = {}
    for name, text in fields.items():
        words = raw_tokens(text)[:MAX_BODY_WORDS]
        if not words:
            continue
        scores, field_evidence, matched = _score_field(ngram_counts(words), FIELD_WEIGHTS[name])
        factor = _body_factor(scores, field_evidence["private"]) if name == "text" else 1.0
        weight = FIELD_WEIGHTS[name] * factor
        for topic_id, value in scores.items():
            topic_scores[topic_id] = topic_scores.get(topic_id, 0.0) + weight * value
        for topic_id, value in field_evidence["people"].items():
            evidence["people"][topic_id] = evidence["people"].get(topic_id, 0.0) + weight * value
        evidence["private"] += weight * field_evidence["private"]
        for gram, value in matched.items():
            terms[gram] = terms.get(gram, 0.0) + value
        if name == "title":
            evidence["lead"] = _lead_scores(words)
    return topic_scores, evidence, terms


def _lead_scores(words: list[str]) -> dict[int, float]:
    """A headline's first words name whose news it is ("Comedian mocks senator"): their topics get a
    bonus when ranking fields, though not when weighing professional against private-life evidence."""
    lead_scores, _, _ = _score_field(ngram_counts(words[:LEAD_WORDS]), 1.0)
    return {topic_id: LEAD_BONUS * value for topic_id, value in lead_scores.items()}


def _actor_frame(terms: dict[str, float]) -> bool:
    """Whether a company, a trade, a public body or an institution is the actor ("Stroller maker recalls
    100,000 units", "City council approves child care subsidy", "Pediatricians warn about RSV in infants"):
    then family words name a market, or whom a policy, a service or a study is for, not someone's private
    life."""
    if len(COMPANY_FRAME_KEYS.intersection(terms)) >= COMPANY_FRAME_MIN:
        return True
    return any(not (bodies.isdisjoint(terms) or acts.isdisjoint(terms)) for bodies, acts in BODY_ACT_KEYS)


def _company_news(topic_scores: dict[int, float], terms: dict[str, float]) -> bool:
    """Whether a company is what the item is about: a company or trade acting ("maker recalls", "retailer
    files for bankruptcy"), or management vocabulary ("chief executive", "shareholders", "merger"), to
    which a well-known company named adds a little ("Starbucks names a new chief"). A company named alone
    is not enough: "CNN host says..." is about the host."""
    if not COMPANY_FRAME_KEYS.isdisjoint(terms):
        return True
    return topic_scores.get(TOPIC_BY_NAME["business and management"], 0.0) >= COMPANY_NEWS_MIN


def _ranked(scores: dict, limit: int | None = None) -> list[tuple]:
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]


def _industry_scores(topic_scores: dict[int, float], terms: dict[str, float]) -> dict[str, float]:
    """Industries the topics speak to, plus those the article names outright ('hotel', 'airline')."""
    scores: dict[str, float] = {}
    for gram, value in terms.items():
        for industry_id in INDUSTRY_TERMS.get(gram, ()):
            scores[industry_id] = scores.get(industry_id, 0.0) + NAMED_INDUSTRY_WEIGHT * value
    for topic_id, value in topic_scores.items():
        for rank, industry_id in enumerate(TOPICS[topic_id]["industries"]):
            # The first industry a topic names is its closest; later ones share less of it.
            share = value * (1.0 if rank == 0 else 0.8)
            scores[industry_id] = scores.get(industry_id, 0.0) + share
    return scores


def analyse_article(article: dict, *, names: bool = True) -> dict:
    """Topics, sectors, industries, organisation mentions and a private-life flag for an article.
    `names=False` leaves out the organisations a reader would recognise (`organisations`, for display):
    a feed poll that only ranks contacts never shows them. Matching contacts' companies uses `org_keys`."""
    article = article if isinstance(article, dict) else {}
    fields = _field_texts(article)
    topic_scores, evidence, terms = _collect(fields)
    plain_scores = {k: v for k, v in topic_scores.items() if v >= MIN_TOPIC_SCORE}
    private = evidence["private"] * (ACTOR_FRAME_DISCOUNT if _actor_frame(terms) else 1.0)
    private_life = _is_private_life(private, plain_scores, evidence["people"], terms)
    for topic_id, bonus in evidence.get("lead", {}).items():
        if topic_id in plain_scores:
            topic_scores[topic_id] += bonus
    topic_scores = {k: v for k, v in topic_scores.items() if v >= MIN_TOPIC_SCORE}
    sector_scores = _sector_scores(topic_scores)
    top_sector = max(sector_scores.values(), default=0.0)
    industry_scores = _industry_scores(topic_scores, terms)
    top_industry = max(industry_scores.values(), default=1.0)
    return {
        "url": article.get("url") or "",
        "title": fields["title"],
        "industries": [_industry_entry(i, s / top_industry) for i, s in _ranked(industry_scores, 20)],
        "sectors": [{"id": s, "score": round(v, 3)} for s, v in _ranked(sector_scores)],
        "topics": [TOPICS[t]["name"] for t, _ in _ranked(topic_scores)],
        "topic_scores": {TOPICS[t]["name"]: round(v, 3) for t, v in topic_scores.items()},
        "organisations": (
            named_organisations(fields["title"], fields["description"], fields["text"][:ORG_SCAN_CHARS])
            if names
            else []
        ),
        "org_keys": sorted(candidate_org_keys(_org_text(fields))),
        "private_life": private_life,
        "company_news": _company_news(topic_scores, terms),
        "private_score": round(private, 3),
        "confidence": round(top_sector, 3),
        "terms": terms,
    }


def _sector_scores(topic_scores: dict[int, float]) -> dict[str, float]:
    scores: dict[str, float] = {}
    for topic_id, value in topic_scores.items():
        sector = TOPICS[topic_id]["sector"]
        share = GENERIC_TOPICS.get(TOPICS[topic_id]["name"], 1.0)
        scores[sector] = scores.get(sector, 0.0) + value * share
    return scores


def _is_private_life(
    private: float, topic_scores: dict[int, float], people: dict[int, float], terms: dict[str, float]
) -> bool:
    """Private life when its cues outweigh the professional evidence, names of people left out of it.
    A star (named, or introduced by trade: "the actor") with no more than a passing cue is at work: a
    tribute to a parent or a song for a child is their field's news; a wedding or a baby outweighs it."""
    if private <= 0:
        return False
    star = sum(people.values()) >= STAR_NAME_MIN or not STAR_ROLE_KEYS.isdisjoint(terms)
    if star and private < STAR_PRIVATE_MAX:
        return False
    plain = {t: max(0.0, v - people.get(t, 0.0)) for t, v in topic_scores.items()}
    professional = max(_sector_scores(plain).values(), default=0.0)
    if private >= professional:
        return private >= FAINT_PRIVATE
    if professional >= CLEARLY_PROFESSIONAL:
        return False
    return (private >= PRIVATE_MIN and private >= PRIVATE_RATIO * professional) or (
        private >= FAINT_PRIVATE and professional < THIN_EVIDENCE
    )


def _org_text(fields: dict[str, str]) -> str:
    """Headline, description and the start of the body: where an article names whom it is about."""
    return "\n".join([fields["title"], fields["description"], fields["text"][:ORG_SCAN_CHARS]])


def _industry_entry(industry_id: str, score: float) -> dict:
    name = industries.name_of(industry_id) or industry_id
    return {"id": industry_id, "name": name, "score": round(score, 3)}
