"""Your data in and out: the whole data folder as one JSON archive (archive), the tracking sheet
as CSV, vCard and iCalendar with a dry-run import (tracking, over the pure formats in sheets/).

May import: config, errors, validation, store, industries, followups, contacts.
"""
