"""The people you met and your history with them: contacts as the API shows them, with their
follow-up status (records), who is the same person (identity), LinkedIn profile URLs (linkedin),
interactions (interactions), today's due lists (duelist), and a draft addressed to one contact
(compose).

May import: config, errors, validation, store, industries, followups, feeds (its pure URL rules).
"""
