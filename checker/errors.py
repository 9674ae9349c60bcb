"""Errors that end a run with exit code 2 and a one-line message (never a traceback)."""


class UsageError(Exception):
    """The tool cannot do what was asked: bad arguments, unreadable input, bad config."""
