"""The industry taxonomy (taxonomy: LinkedIn's industry names grouped into sectors), the role and
company hints that place a person in one (hints), and the lookups over both (lookup: normalise a
typed industry, infer one from a headline). Plain data and pure functions.

May import: nothing else of companion.
"""
