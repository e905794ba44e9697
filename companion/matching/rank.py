"""Ranking: which indexed contacts an analysed article fits, best first, with a score and reasons.

The analysis gives the model's probability for each sector; a contact earns its sector's share (a
field next to the article's main one, law beside politics, gets a part of that field's), a little
more when its industry is among the article's closest, and more for something personal: an interest
or tag the article speaks to, its company named, a topic shared before. Due contacts rank up a
little, dismissed topics weigh less, and already-shared URLs are left out. Contacts of one industry
with nothing personal in play score alike, so they are scored once per industry; each further
contact of an already-listed field weighs less, so the top three span the likely fields.
"""

import heapq
import itertools
import math

import numpy as np

from companion.industries.lookup import sector_of
from companion.industries.taxonomy import RELATED_SECTORS
from companion.matching.contacts import ContactIndex
from companion.matching.history import already_shared, dismissal_factor
from companion.matching.reasons import reasons_for

MIN_SCORE = 0.15
DUE_BOOST = 0.06
W_SECTOR, W_INDUSTRY = 0.7, 0.2
W_INTEREST_PHRASE, W_INTEREST_MEANING, MAX_INTEREST = 0.2, 0.15, 0.3
INTEREST_SIMILARITY = 0.45  # an interest this close in meaning (cosine) to the article is touched by it
W_ORG_CURRENT, W_ORG_PAST = 0.4, 0.25
WEAK_ORG_SHARE = 0.05  # a one-word name that is also a word counts in an article this much their field
EMPLOYER_FIT = 0.9  # an article that surely names the contact's employer fits them at least this much
W_SHARED = 0.05
RELATED_SHARE = 0.3  # a neighbouring field of the article's main one counts this much of it
SAME_SECTOR_DECAY = 0.2  # each further contact from a listed sector weighs this much less
_NOTHING = {"interests": [], "meanings": [], "orgs": [], "shared": []}


def _context(analysis: dict, index: ContactIndex) -> dict:
    own = {s["id"]: s["score"] for s in analysis.get("sectors", [])}
    sectors = _with_neighbours(own)
    listed = analysis.get("industries", [])
    sector_by_id = {i["id"]: i.get("sector") or sector_of(i["id"]) for i in listed}
    return {
        "sectors": sectors,
        "own_sectors": own,
        "main": max(sectors, key=sectors.get) if sectors else None,
        "top": max(sectors.values(), default=0.0),
        "industries": _within_sector({i["id"]: i["score"] for i in listed}, sector_by_id),
        "topics": analysis.get("topic_scores", {}),
        "topic_sectors": {i["name"]: sector_by_id[i["id"]] for i in listed},
        "terms": _terms_found(analysis.get("words") or "", index),
        "orgs": set(analysis.get("org_keys", [])),
        "weak_orgs": set(analysis.get("weak_org_keys", [])),
        "meanings": _interests_touched(analysis.get("vector"), index),
        "url": analysis.get("url") or "",
    }


def _with_neighbours(sectors: dict[str, float]) -> dict[str, float]:
    """Sector probabilities where each field's neighbours (law for politics, media for entertainment)
    get a share of it, when that is more than their own."""
    spread = dict(sectors)
    for sector, score in sectors.items():
        for neighbour in RELATED_SECTORS.get(sector, ()):
            spread[neighbour] = max(spread.get(neighbour, 0.0), RELATED_SHARE * score)
    return spread


def _terms_found(words: str, index: ContactIndex) -> set[str]:
    """The contacts' interest and tag keys that the article's words contain."""
    return {key for key in index.keys_of("term") if f" {key} " in words}


def _interests_touched(vector, index: ContactIndex) -> dict:
    """Contact id -> [(interest, closeness)] for interests close in meaning to the article."""
    if vector is None:
        return {}
    matrix, owners, labels = index.interest_matrix()
    if not len(owners):
        return {}
    closeness = matrix @ np.asarray(vector, dtype=np.float32)
    touched: dict = {}
    for row in np.flatnonzero(closeness >= INTEREST_SIMILARITY):
        for owner in owners[row]:
            touched.setdefault(owner, []).append((labels[row], float(closeness[row])))
    return touched


def _within_sector(industries: dict[str, float], sectors: dict[str, str]) -> dict[str, float]:
    """Each industry's score against the best one of its own sector, so that within the sector the
    article is about, its closest industry leads even when another sector's industries score higher."""
    best: dict = {}
    for industry_id, score in industries.items():
        best[sectors[industry_id]] = max(score, best.get(sectors[industry_id], 0.0))
    return {i: score / best[sectors[i]] for i, score in industries.items() if best[sectors[i]]}


def _field_score(sector: str | None, industry_id: str | None, ctx: dict) -> float:
    """What a contact earns from its sector and industry alone."""
    share = ctx["sectors"].get(sector, 0.0)
    if not share:
        return 0.0
    industry_part = ctx["industries"].get(industry_id, 0.0) * share / ctx["top"]
    return W_SECTOR * math.sqrt(share) + W_INDUSTRY * industry_part


def _personal_ids(ctx: dict, index: ContactIndex) -> set:
    """Contacts with something personal in the article: an interest, a company, a topic shared before."""
    return (
        set(ctx["meanings"])
        | index.ids_for_any("shared", ctx["topics"])
        | index.ids_for_any("term", ctx["terms"])
        | index.ids_for_any("org", ctx["orgs"] | ctx["weak_orgs"])
    )


def _matches(profile: dict, ctx: dict) -> dict:
    """What of the profile the article touches: interests (as words, as meaning), companies, shared topics."""
    words = [label for label, key in profile["interests"] if key in ctx["terms"]]
    meanings = [(label, c) for label, c in ctx["meanings"].get(profile["id"], []) if label not in words]
    return {
        "interests": words,
        "meanings": meanings,
        "orgs": [(name, current) for name, key, current in profile["orgs"] if _names(key, profile, ctx)],
        "shared": [t for t in profile["shared_topics"] if t in ctx["topics"]],
    }


def _names(key: str, profile: dict, ctx: dict) -> bool:
    """Whether the article names this company of the contact: surely, or by a one-word name that is
    also an ordinary word ("Apple", "Shell") in an article about the contact's own field."""
    if key in ctx["orgs"]:
        return True
    return key in ctx["weak_orgs"] and ctx["own_sectors"].get(profile["sector"], 0.0) >= WEAK_ORG_SHARE


def _names_employer(found: dict) -> bool:
    return any(current for _, current in found["orgs"])


def _order(item: tuple) -> tuple:
    """Contacts whose employer the article names come first, then by score."""
    score, key, _, _, found = item[:5]
    return (_names_employer(found), score, key)


def _personal_score(found: dict) -> float:
    interest = W_INTEREST_PHRASE * len(found["interests"]) + W_INTEREST_MEANING * len(found["meanings"])
    orgs = max((W_ORG_CURRENT if current else W_ORG_PAST for _, current in found["orgs"]), default=0.0)
    return min(MAX_INTEREST, interest) + orgs + (W_SHARED if found["shared"] else 0.0)


def _score_one(contact_id, index: ContactIndex, ctx: dict, prefs: dict) -> tuple | None:
    """(score, tie key, id, profile, found) for one contact, or None if excluded or below the bar."""
    if contact_id in prefs["exclude"] or already_shared(prefs["history"].get(contact_id), ctx["url"]):
        return None
    profile = index.profiles[contact_id]
    found = _matches(profile, ctx)
    score = _field_score(profile["sector"], profile["industry_id"], ctx) + _personal_score(found)
    if _names_employer(found):
        score = max(score, EMPLOYER_FIT)
    score *= dismissal_factor(prefs["history"].get(contact_id), ctx)
    if score < MIN_SCORE:
        return None
    score += DUE_BOOST if contact_id in prefs["boost"] else 0.0
    return (min(1.0, score), str(contact_id), contact_id, profile, found)


def _by_industry(
    ctx: dict, index: ContactIndex, individual: set, keep: int, boost: set, want: int
) -> list[tuple]:
    """The best `keep` contacts of each fitting industry, among those with nothing personal in play,
    best industries first until `want` are found and no further group could beat them. Due contacts
    (`boost`) in a group score a little higher and are taken first, without being scored one by one:
    when most contacts are due, that would mean scoring every contact."""
    groups = []
    for sector, share in ctx["sectors"].items():
        if W_SECTOR * math.sqrt(share) + W_INDUSTRY * share / ctx["top"] < MIN_SCORE:
            continue  # no industry of a sector this unlikely reaches the bar
        for group in index.groups_of_sector(sector):
            score = _field_score(sector, group, ctx)
            if score >= MIN_SCORE:
                groups.append((score, group))
    groups.sort(key=lambda pair: (-pair[0], pair[1]))
    scored: list[tuple] = []
    for score, group in groups:
        if len(scored) >= want and score + DUE_BOOST < scored[want - 1][0]:
            break
        order = index.group_order(group, boost)
        for cid in itertools.islice((c for c in order if c not in individual), keep):
            lifted = score + (DUE_BOOST if cid in boost else 0.0)
            scored.append((min(1.0, lifted), str(cid), cid, index.profiles[cid], _NOTHING))
        scored.sort(key=lambda item: (-item[0], item[1]))
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
    ctx = _context(analysis, index)
    prefs = {"exclude": set(exclude_ids), "boost": set(boost_ids), "history": history or {}}
    individual = _personal_ids(ctx, index) | prefs["exclude"] | set(prefs["history"])
    scored = _by_industry(ctx, index, individual, limit * 4, prefs["boost"], limit * 4)
    for contact_id in individual:
        if contact_id in index.profiles:
            item = _score_one(contact_id, index, ctx, prefs)
            if item is not None:
                scored.append(item)
    best = _diversified(heapq.nlargest(limit * 4, scored, key=_order), limit)
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
    return sorted(adjusted, key=lambda item: (-_names_employer(item[4]), -item[0], item[1]))[:limit]


def _topics_for(profile: dict, ctx: dict) -> list[str]:
    """The article's topics (its closest industries) in this contact's sector, strongest first, then the
    sector's id: what a dismissal of this suggestion weighs down next time."""
    names = {t: v for t, v in ctx["topics"].items() if ctx["topic_sectors"].get(t) == profile["sector"]}
    return sorted(names, key=lambda t: -names[t]) + ([profile["sector"]] if profile["sector"] else [])
