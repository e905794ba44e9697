"""Article -> contact matching: pure functions over plain data, no I/O.

analysis = analyse_article({"url", "title", "description", "text", "keywords", "site_name"})
analyses = analyse_articles([...])        # a batch: the model runs once over all of them
index = build_index(contacts)            # once; then index.update(contact) / index.remove(id)
rank(analysis, index, limit=5, exclude_ids=(), boost_ids=(), history=None)
  -> [{"contact_id", "score", "reasons", "topics"}]   best first, only relevant ones

May import: industries.
"""

from companion.matching.article import analyse_article, analyse_articles
from companion.matching.contacts import ContactIndex, build_index, build_profile, resolve_industry
from companion.matching.history import record_dismissal
from companion.matching.model import ModelError, shipped_model
from companion.matching.rank import rank

__all__ = [
    "ContactIndex",
    "ModelError",
    "analyse_article",
    "analyse_articles",
    "build_index",
    "build_profile",
    "rank",
    "record_dismissal",
    "resolve_industry",
    "shipped_model",
]
