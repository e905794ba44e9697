"""Helpers shared by the test suites: a real `companion serve` process, free ports."""
