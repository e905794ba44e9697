"""Follow-Up Companion."""
