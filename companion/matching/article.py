"""Article analysis: from {title, description, text, keywords, site_name} to sectors, industries and a
private-life flag, by the shipped learned model (see `model.py`).

Pure: text in, plain dict out (the model is read from the package once). Articles are analysed in
batches (`analyse_articles`): a feed poll embeds and classifies them as one array. The headline, the
summary and the start of the body are embedded apart and weighed, so a long article cannot drown its
own headline.
An item the private-life detectors flag (a wedding, a divorce, a toddler, an oddity) is nobody's
professional news: it gets no suggestion.
"""

from functools import lru_cache

import numpy as np

from companion.industries import lookup
from companion.matching.model import shipped_model
from companion.matching.names import named_organisations
from companion.matching.orgs import org_mentions
from companion.matching.text import raw_tokens

BODY_CHARS = 2000  # the lede and first paragraphs say what an article is about
ORG_SCAN_CHARS = 6000
MIN_SECTOR = 0.01  # sectors less likely than this are left out of an analysis
INDUSTRIES_KEPT = 10
TOPICS_KEPT = 8
MAX_TERM_WORDS = 400  # interests are looked for in this much of the text
# The taxonomy's own names as a second, zero-shot reading of the sector: each sector's two closest
# industry names, softmaxed at this temperature, weigh this much beside the classifier (log-linear).
# Chosen on made-up articles of other outlets and on the training half of the dev news: the classifier
# alone put 0.77 of the made-up articles in a fitting sector first, the names alone 0.82 (but only 0.41
# of the dev news), the two together 0.82 and 0.80 of the dev news.
ZERO_SHOT_WEIGHT, ZERO_SHOT_TEMPERATURE, ZERO_SHOT_CLOSEST = 0.5, 0.05, 2


def field_texts(article: dict) -> dict[str, str]:
    """The article's text fields, each a string ('' where missing or not text; keywords joined)."""
    keywords = article.get("keywords") or ""
    if isinstance(keywords, (list, tuple)):
        keywords = ", ".join(str(k) for k in keywords)
    texts = {name: article.get(name) or "" for name in ("title", "description", "site_name", "text")}
    texts["keywords"] = str(keywords)
    return {name: value if isinstance(value, str) else "" for name, value in texts.items()}


def reading(fields: dict[str, str]) -> tuple[str, str, str]:
    """What the model reads of an article: (headline, summary and keywords, start of the body)."""
    summary = " ".join(part for part in (fields["description"], fields["keywords"]) if part)
    return fields["title"], summary, fields["text"][:BODY_CHARS]


@lru_cache(maxsize=2)
def industry_space(model) -> tuple[tuple[dict, ...], np.ndarray, np.ndarray]:
    """({id, name, sector} of each industry, their sectors' column in the model, unit embeddings of their
    names and aliases)."""
    entries = lookup.all_industries()
    texts = [", ".join([e["name"], *e["aliases"]]) for e in entries]
    columns = np.array([model.sectors.index(e["sector"]) for e in entries])
    listed = tuple({"id": e["id"], "name": e["name"], "sector": e["sector"]} for e in entries)
    return listed, columns, model.embed(texts)


def sector_probabilities(model, vectors: np.ndarray, closeness: np.ndarray | None = None) -> np.ndarray:
    """(n, sectors) probabilities: the trained classifier's, sharpened by how close each sector's own
    industry names are to the text (what transfers to outlets the classifier never saw). `closeness`:
    the texts' cosine to every industry name, when the caller has it."""
    _, columns, names = industry_space(model)
    closeness = vectors @ names.T if closeness is None else closeness
    per_sector = np.full((len(vectors), len(model.sectors)), -1.0, dtype=np.float32)
    for j in range(len(model.sectors)):
        own = closeness[:, columns == j]
        if own.shape[1]:
            per_sector[:, j] = np.sort(own, axis=1)[:, -ZERO_SHOT_CLOSEST:].mean(axis=1)
    logits = np.log(model.sector_probabilities(vectors) + 1e-9)
    logits += ZERO_SHOT_WEIGHT * (per_sector - per_sector.max(axis=1, keepdims=True)) / ZERO_SHOT_TEMPERATURE
    logits -= logits.max(axis=1, keepdims=True)
    exp = np.exp(logits)
    return exp / exp.sum(axis=1, keepdims=True)


def _industries(model, closeness: np.ndarray, probs: np.ndarray) -> list[list[dict]]:
    """For each article, the industries it speaks to: its sectors' likelihood times how close each
    industry's name is, best first, scaled to the best."""
    listed, columns, _ = industry_space(model)
    scores = probs[:, columns] * np.clip(closeness, 0.0, None)
    keep = min(INDUSTRIES_KEPT, scores.shape[1])
    best = np.argpartition(-scores, keep - 1, axis=1)[:, :keep] if keep else np.zeros((len(scores), 0), int)
    out = []
    for row, picks in zip(scores, best, strict=True):
        picks = sorted(picks, key=lambda i: (-row[i], listed[i]["id"]))
        top = float(row[picks[0]]) if picks else 0.0
        out.append(
            [{**listed[i], "score": round(float(row[i] / top), 3)} for i in picks if row[i] > 0]
            if top > 0
            else []
        )
    return out


def _words(fields: dict[str, str]) -> str:
    """The article's stemmed words, space-separated and padded: a contact's interest or tag (its
    `term_key`) is in the article when " key " is in this string."""
    parts = [
        " ".join(raw_tokens(fields[name])[:MAX_TERM_WORDS])
        for name in ("title", "description", "keywords", "text")
    ]
    return " " + " | ".join(part for part in parts if part) + " "


def analyse_articles(articles: list[dict], *, names: bool = True) -> list[dict]:
    """The analysis of each article (see analyse_article), the model run once over the whole batch."""
    model = shipped_model()
    fields = [field_texts(a if isinstance(a, dict) else {}) for a in articles]
    parts = [reading(f) for f in fields]
    part_vectors = model.embed_parts(parts)
    vectors = model.combine(part_vectors)
    closeness = vectors @ industry_space(model)[2].T
    probs = sector_probabilities(model, vectors, closeness)
    found_all = _industries(model, closeness, probs)
    # The private-life detectors learnt from headlines and summaries: they read those alone.
    leads = [" ".join(p for p in part[:2] if p) for part in parts]
    private_scores = model.private_scores(leads, model.combine(part_vectors, columns=2))
    private = model.is_private(private_scores, probs.max(axis=1))
    sectors = model.sectors
    out = []
    for i, (article, f) in enumerate(zip(articles, fields, strict=True)):
        article = article if isinstance(article, dict) else {}
        empty = not any(part.strip() for part in parts[i])
        order = np.argsort(-probs[i], kind="stable")
        ranked = (
            []
            if empty
            else [
                {"id": sectors[j], "score": round(float(probs[i, j]), 3)}
                for j in order
                if probs[i, j] >= MIN_SECTOR
            ]
        )
        found = [] if empty else found_all[i]
        out.append(
            {
                "url": article.get("url") or "",
                "title": f["title"],
                "sectors": ranked,
                "industries": found,
                "topics": [entry["name"] for entry in found[:TOPICS_KEPT]],
                "topic_scores": {entry["name"]: entry["score"] for entry in found[:TOPICS_KEPT]},
                "confidence": ranked[0]["score"] if ranked else 0.0,
                "private_life": bool(private[i]) and not empty,
                "private_score": round(float(private_scores[i]), 3),
                "organisations": (
                    named_organisations(f["title"], f["description"], f["text"][:ORG_SCAN_CHARS])
                    if names
                    else []
                ),
                **_org_keys(model, f),
                "words": _words(f),
                "vector": vectors[i],
            }
        )
    return out


def analyse_article(article: dict, *, names: bool = True) -> dict:
    """Sectors (probabilities), industries, topics, organisation mentions and a private-life flag for an
    article. `names=False` leaves out the organisations a reader would recognise (`organisations`, for
    display): a feed poll that only ranks contacts never shows them; `org_keys` match contacts' companies."""
    return analyse_articles([article], names=names)[0]


def _org_keys(model, fields: dict[str, str]) -> dict[str, list[str]]:
    """Companies the article surely names, and one-word names it may (see orgs.org_mentions)."""
    sure, weak = org_mentions(_org_fields(fields), model.is_word)
    return {"org_keys": sorted(sure), "weak_org_keys": sorted(weak)}


def _org_fields(fields: dict[str, str]) -> tuple[str, str, str]:
    """Headline, description and the start of the body: where an article names whom it is about."""
    return fields["title"], fields["description"], fields["text"][:ORG_SCAN_CHARS]
