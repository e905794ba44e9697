"""The people you met and your history with them: contacts as the API shows them, with their
follow-up status (records), who is the same person (identity), LinkedIn profile URLs (linkedin),
interactions (interactions), today's due lists (duelist), and a draft addressed to one contact
(compose). A logged share settles the suggestions of the same article (feeds' URL rules say
which are the same).

May import: config, errors, validation, store, industries, followups, feeds.
"""
