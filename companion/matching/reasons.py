"""Human-readable reasons for a suggestion.

For example "About Renewable Energy Power Generation; Samuel works in Renewable Energy Equipment
Manufacturing", or "Mentions Medtronic, Priya's company".
"""

from companion.industries.lookup import sectors

PARTLY_ABOUT = 0.1  # a field this likely of its own is part of what the article is about


def _best_topic(profile: dict, ctx: dict) -> str | None:
    """The article's strongest topic (one of its closest industries) in the contact's sector."""
    pool = [t for t in ctx["topics"] if ctx["topic_sectors"].get(t) == profile["sector"]]
    return max(pool, key=lambda t: ctx["topics"][t]) if pool else None


def _field_reason(profile: dict, ctx: dict) -> str | None:
    if profile["sector"] not in ctx["sectors"]:
        return None
    where = profile["industry_name"] or sectors().get(profile["sector"], "their field")
    topic = _best_topic(profile, ctx)
    if topic is not None:
        return f"About {topic}; {profile['first_name']} works in {where}"
    main = ctx["main"]
    if main == profile["sector"]:
        return f"About {sectors().get(main, main)}; {profile['first_name']} works in {where}"
    if ctx["own_sectors"].get(profile["sector"], 0.0) >= PARTLY_ABOUT:
        # The article is partly about the contact's own field, though mostly about another.
        field = sectors().get(profile["sector"], profile["sector"])
        return f"Partly about {field}; {profile['first_name']} works in {where}"
    # Only a neighbouring field of the article's (law for a politics story): say which field.
    return f"Close to {sectors().get(main, main)}; {profile['first_name']} works in {where}"


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
    for interest, _ in sorted(found["meanings"], key=lambda pair: -pair[1])[:1]:
        reasons.append(f"Close to {name}'s interest: {interest}")
    for topic in found["shared"][:1]:
        reasons.append(f"You shared an article on {topic} with {name} before")
    return reasons or [f"Related to {name}'s field"]
