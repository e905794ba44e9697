"""Everything kept on disk, and nothing else: the TinyDB store (storage, the only module that
touches TinyDB), its snapshots (backups), atomic writes and ids (files), the data-folder lock
(lockfile), the pairing token (tokens), and the user's settings and profile (preferences).

May import: config, errors, validation.
"""
