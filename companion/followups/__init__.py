"""The follow-up rules and the words of a message, as pure functions: who is due for a thank-you
or a follow-up and when, at most three a year (rules), and the drafts of each kind of message
(drafts, from the templates in draft_templates). No storage, no Flask.

May import: config.
"""
