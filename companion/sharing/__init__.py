"""Articles to share, and with whom: one article matched against the address book with a draft
(recommend), the worker processes that match a poll's items (match_pool), the feed list
(feedlist) and its poll (poller), and the review queue of suggested shares (suggestions).

May import: config, errors, validation, store, industries, followups, contacts, matching, feeds.
"""
