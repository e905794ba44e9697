"""Ranking: which indexed contacts an analysed article fits, best first, with a score and reasons.

Only contacts reached through the inverted index are looked at. A contact's score mixes how strongly
the article speaks to its sector and industry, its interests, and mentions of its companies; due
contacts rank up a little, dismissed topics weigh less, and already-shared URLs are left out.
Contacts that share an industry and have nothing personal in play score alike, so they are scored
once per industry; only those with a personal match or history are scored one by one. A field next to
the article's main one (law beside politics, media beside entertainment) gets a small share of it, and
each further contact of an already-listed field weighs less, so the top three span the likely fields.
"""

import heapq
import itertools
import math

from companion.data.industries import BUSINESS_SECTOR, RELATED_SECTORS
from companion.industries import sector_of
from companion.matching.contacts import ContactIndex
from companion.matching.history import already_shared, dismissal_factor
from companion.matching.lexicon import TOPIC_BY_NAME, TOPICS
from companion.matching.reasons import reasons_for

SECTOR_REL_MIN = 0.1  # a sector this far below the article's top sector is not what it is about
CONFIDENCE_SCALE = 1.5  # evidence at which sector confidence reaches ~63%
MIN_CONFIDENCE = 0.5  # less total evidence than this and the article is off-topic
MIN_SCORE = 0.1
DUE_BOOST = 0.06
W_SECTOR, W_INDUSTRY = 0.55, 0.2
W_INTEREST_PHRASE, W_INTEREST_TOPIC, MAX_INTEREST = 0.2, 0.1, 0.3
W_ORG_CURRENT, W_ORG_PAST = 0.4, 0.25
W_SHARED = 0.05
RELATED_SHARE = 0.3  # a neighbouring field of the article's main one counts this much of it
SAME_SECTOR_DECAY = 0.2  # each further contact from a listed sector weighs this much less
_NOTHING = {"interests": [], "topics": {}, "orgs": [], "shared": []}


def _context(analysis: dict) -> dict:
    company_news = bool(analysis.get("company_news"))
    sectors = _with_neighbours({s["id"]: s["score"] for s in analysis.get("sectors", [])}, company_news)
    top = max(sectors.values(), default=0.0)
    industries = {i["id"]: i["score"] for i in analysis.get("industries", [])}
    return {
        "sectors": sectors,
        "top": top,
        "confidence": 1.0 - math.exp(-top / CONFIDENCE_SCALE),
        "industries": _within_sector(industries),
        "topics": analysis.get("topic_scores", {}),
        "terms": analysis.get("terms", {}),
        "orgs": set(analysis.get("org_keys", [])),
        "company_news": company_news,
        "url": analysis.get("url") or "",
    }


def _with_neighbours(sectors: dict[str, float], company_news: bool = False) -> dict[str, float]:
    """Sector scores where each field's neighbours (law for politics, media for entertainment) get a share,
    and so does business when a company is what the article is about (a chain's new chief, a carmaker's
    recall): after the company's own trade, such news is for consultants and financiers too."""
    spread = dict(sectors)
    for sector, score in sectors.items():
        neighbours = RELATED_SECTORS.get(sector, ()) + ((BUSINESS_SECTOR,) if company_news else ())
        for neighbour in neighbours:
            spread[neighbour] = max(spread.get(neighbour, 0.0), RELATED_SHARE * score)
    return spread


def _within_sector(industries: dict[str, float]) -> dict[str, float]:
    """Each industry's score against the best one of its own sector, so that within the sector the
    article is about, its closest industry leads even when another sector's industries score higher."""
    sectors = {i: sector_of(i) for i in industries}
    best: dict = {}
    for industry_id, score in industries.items():
        best[sectors[industry_id]] = max(score, best.get(sectors[industry_id], 0.0))
    return {i: score / best[sectors[i]] for i, score in industries.items() if best[sectors[i]]}


def _sector_rel(sector: str | None, ctx: dict) -> float:
    if not ctx["top"] or ctx["top"] < MIN_CONFIDENCE:
        return 0.0
    rel = ctx["sectors"].get(sector, 0.0) / ctx["top"]
    return rel if rel >= SECTOR_REL_MIN else 0.0


def _field_score(sector: str | None, industry_id: str | None, ctx: dict) -> float:
    """What a contact earns from its sector and industry alone."""
    rel = _sector_rel(sector, ctx)
    if not rel:
        return 0.0
    # Even thin evidence for the article's main sector keeps a floor: a short headline is still about it.
    sector_part = (0.4 + 0.6 * ctx["confidence"]) * rel
    industry_part = ctx["confidence"] * ctx["industries"].get(industry_id, 0.0) * rel
    return W_SECTOR * sector_part + W_INDUSTRY * industry_part


def _personal_ids(ctx: dict, index: ContactIndex) -> set:
    """Contacts with something personal in the article: an interest, a company, a topic shared before."""
    return (
        index.ids_for_any("topic", ctx["topics"])
        | index.ids_for_any("shared", ctx["topics"])
        | index.ids_for_any("term", ctx["terms"])
        | index.ids_for_any("org", ctx["orgs"])
    )


def _matches(profile: dict, ctx: dict) -> dict:
    """What of the profile the article touches: interests, interest topics, organisations, shared topics."""
    top_topic = max(ctx["topics"].values(), default=1.0)
    return {
        "interests": [label for label, key in profile["interests"] if key in ctx["terms"]],
        "topics": {t: ctx["topics"][t] / top_topic for t in profile["interest_topics"] if t in ctx["topics"]},
        "orgs": [(name, current) for name, key, current in profile["orgs"] if key in ctx["orgs"]],
        "shared": [t for t in profile["shared_topics"] if t in ctx["topics"]],
    }


def _personal_score(found: dict) -> float:
    interest = W_INTEREST_PHRASE * len(found["interests"]) + W_INTEREST_TOPIC * sum(found["topics"].values())
    orgs = max((W_ORG_CURRENT if current else W_ORG_PAST for _, current in found["orgs"]), default=0.0)
    return min(MAX_INTEREST, interest) + orgs + (W_SHARED if found["shared"] else 0.0)


def _score_one(contact_id, index: ContactIndex, ctx: dict, prefs: dict) -> tuple | None:
    """(score, tie key, id, profile, found) for one contact, or None if excluded or below the bar."""
    if contact_id in prefs["exclude"] or already_shared(prefs["history"].get(contact_id), ctx["url"]):
        return None
    profile = index.profiles[contact_id]
    found = _matches(profile, ctx)
    score = _field_score(profile["sector"], profile["industry_id"], ctx) + _personal_score(found)
    score *= dismissal_factor(prefs["history"].get(contact_id), ctx)
    if score < MIN_SCORE:
        return None
    score += DUE_BOOST if contact_id in prefs["boost"] else 0.0
    return (min(1.0, score), str(contact_id), contact_id, profile, found)


def _by_industry(ctx: dict, index: ContactIndex, individual: set, keep: int, boost: set) -> list[tuple]:
    """The best `keep` contacts of each fitting industry, among those with nothing personal in play.
    Due contacts (`boost`) in a group score a little higher and are taken first, without being
    scored one by one: when most contacts are due, that would mean scoring every contact."""
    scored = []
    for industry_id in index.industry_groups():
        sector = sector_of(industry_id)
        score = _field_score(sector, industry_id, ctx) if sector else 0.0
        if score < MIN_SCORE:
            continue
        order = index.group_order(industry_id, boost)
        for cid in itertools.islice((c for c in order if c not in individual), keep):
            lifted = score + (DUE_BOOST if cid in boost else 0.0)
            scored.append((min(1.0, lifted), str(cid), cid, index.profiles[cid], _NOTHING))
    return scored


def rank(
    analysis: dict,
    index: ContactIndex,
    *,
    limit: int = 5,
    exclude_ids=(),
    boost_ids=(),
    history: dict | None = None,
) -> list[dict]:
    """Contacts the analysed article fits, best first: [{contact_id, score, fit, reasons, topics}]."""
    if not analysis or analysis.get("private_life") or limit <= 0:
        return []
    ctx = _context(analysis)
    prefs = {"exclude": set(exclude_ids), "boost": set(boost_ids), "history": history or {}}
    individual = _personal_ids(ctx, index) | prefs["exclude"] | set(prefs["history"])
    scored = _by_industry(ctx, index, individual, limit * 4, prefs["boost"])
    for contact_id in individual:
        if contact_id in index.profiles:
            item = _score_one(contact_id, index, ctx, prefs)
            if item is not None:
                scored.append(item)
    best = _diversified(heapq.nlargest(limit * 4, scored, key=lambda item: (item[0], item[1])), limit)
    return [
        {
            "contact_id": cid,
            "score": round(score, 3),
            "fit": round(fit, 3),
            "reasons": reasons_for(profile, found, ctx),
            "topics": _topics_for(profile, ctx),
        }
        for score, _, cid, profile, found, fit in best
    ]


def _diversified(ranked: list[tuple], limit: int) -> list[tuple]:
    """Each further contact from an already-listed sector weighs less, so an article that speaks to
    two fields shows the best person of each near the top. The weighed score orders the list (and is
    its `score`); the contact's own fit before that spreading is kept as `fit`."""
    seen: dict = {}
    adjusted = []
    for score, key, cid, profile, found in ranked:
        repeats = seen.get(profile["sector"], 0)
        seen[profile["sector"]] = repeats + 1
        adjusted.append((score * SAME_SECTOR_DECAY**repeats, key, cid, profile, found, score))
    return sorted(adjusted, key=lambda item: (-item[0], item[1]))[:limit]


def _topics_for(profile: dict, ctx: dict) -> list[str]:
    """The article's topics that concern this contact (its sector's), strongest first."""
    names = [t for t in ctx["topics"] if TOPICS[TOPIC_BY_NAME[t]]["sector"] == profile["sector"]]
    return sorted(names, key=lambda t: -ctx["topics"][t])
