"""Messages about an input as a whole (CONTRACT.md `summary.warnings`).

Readers add to one `InputNotes` as they go; the command prints each message once on standard
error and the reporters show the same list (the JSON report's `summary.warnings`). The most
important one is "no silent now": posts with no readable schedule are judged as of the time the
run started, and the user is told how many and as of when.
"""
from __future__ import annotations

from datetime import datetime


def when_text(moment: datetime) -> str:
    return moment.strftime("%d %b %Y %H:%M")


class InputNotes:
    def __init__(self, now: datetime | None = None):
        self.now = now or datetime.now().replace(microsecond=0)
        self.messages: list[str] = []

    def warn(self, message: str) -> None:
        if message not in self.messages:
            self.messages.append(message)

    def unscheduled(self, name: str, count: int, total: int, why: str) -> None:
        """`count` of the `total` posts in `name` have no readable schedule."""
        if not count:
            return
        if count == total:
            posts = "the post" if total == 1 else "both posts" if total == 2 else f"all {total} posts"
        else:
            posts = f"{count} of {total} posts"
        verb = "was" if count == 1 else "were"
        self.warn(f"{name}: {posts} had no readable schedule ({why}) and {verb} judged as of now, "
                  f"{when_text(self.now)} UK time; pre-election rules depend on the date, so add the schedule")

    def __iter__(self):
        return iter(self.messages)

    def __len__(self) -> int:
        return len(self.messages)


def print_warnings(notes: InputNotes) -> None:
    """Each message once on standard error, as `postcheck: warning: ...`."""
    import sys

    for message in notes:
        print(f"postcheck: warning: {message}", file=sys.stderr)
