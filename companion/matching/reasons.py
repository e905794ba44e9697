"""Human-readable reasons for a suggestion.

For example "About renewable energy; Samuel works in Renewable Energy Power Generation".
"""

from companion.data.industries import BUSINESS_SECTOR
from companion.industries import sectors
from companion.matching.lexicon import TOPIC_BY_NAME, TOPICS, TOPICS_BY_INDUSTRY


def _best_topic(profile: dict, ctx: dict) -> str | None:
    """The article's strongest topic that speaks to the contact's industry, else to its sector."""
    topics = ctx["topics"]
    linked = [TOPICS[i]["name"] for i in TOPICS_BY_INDUSTRY.get(profile["industry_id"], [])]
    pool = [t for t in linked if t in topics]
    if not pool:
        pool = [t for t in topics if TOPICS[TOPIC_BY_NAME[t]]["sector"] == profile["sector"]]
    return max(pool, key=lambda t: topics[t]) if pool else None


def _field_reason(profile: dict, ctx: dict) -> str | None:
    if profile["sector"] not in ctx["sectors"]:
        return None
    where = profile["industry_name"] or sectors().get(profile["sector"], "their field")
    topic = _best_topic(profile, ctx)
    if topic is None:
        # Only a neighbouring field of the article's (law for a politics story), or company news of another
        # trade reaching business: say which field.
        main = max(ctx["sectors"], key=ctx["sectors"].get)
        business = profile["sector"] == BUSINESS_SECTOR and ctx.get("company_news")
        lead = "Company news in" if business else "Close to"
        return f"{lead} {sectors().get(main, main)}; {profile['first_name']} works in {where}"
    return f"About {topic}; {profile['first_name']} works in {where}"


def reasons_for(profile: dict, found: dict, ctx: dict) -> list[str]:
    """Every reason that holds, strongest kind first: company mention, field, interests, history."""
    name = profile["first_name"]
    reasons = []
    for company, current in found["orgs"]:
        whose = f"{name}'s company" if current else f"where {name} used to work"
        reasons.append(f"Mentions {company}, {whose}")
    field = _field_reason(profile, ctx)
    if field:
        reasons.append(field)
    for interest in found["interests"]:
        reasons.append(f"Matches {name}'s interest: {interest}")
    for topic in sorted(found["topics"], key=lambda t: -found["topics"][t]):
        if not field or f"About {topic};" not in field:
            reasons.append(f"Matches {name}'s interest in {topic}")
            break
    for topic in found["shared"][:1]:
        reasons.append(f"You shared an article on {topic} with {name} before")
    return reasons or [f"Related to {name}'s field"]
