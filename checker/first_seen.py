"""The first post of a run that had each 64-bit digest, kept in a few tens of bytes a post.

The spam check finds exact repeats across a whole run, so it remembers every post's digest and
who had it first. A dict of digest -> (id, source, time) tuples costs about 200 bytes a post in
Python objects: 20 MB at 100,000 rows, most of the growth of a long batch's memory (issue 17).
Here the digests sit in an open-addressing table of numpy arrays and the first poster's id,
source and time in packed arrays: no Python object per post.
"""
from __future__ import annotations

from array import array
from datetime import datetime, timedelta

import numpy as np

EPOCH = datetime(1970, 1, 1)
MICROSECOND = timedelta(microseconds=1)


class FirstSeen:
    """digest -> (id, source, when) of the first post added with it. Times are naive datetimes,
    as posts carry them (UK local time)."""

    def __init__(self, capacity: int = 1024):
        self._keys = np.zeros(capacity, dtype=np.uint64)  # 0 marks an empty slot
        self._rows = np.zeros(capacity, dtype=np.uint32)
        self._ids = bytearray()
        self._id_ends = array("I")
        self._sources: list[str] = []
        self._source_numbers: dict[str, int] = {}
        self._source_of = array("I")
        # A post's source is its file and line ("posts.csv:123"): the file is numbered once, the
        # line kept as a number (0: none), or every post's own source string would be kept.
        self._lines = array("I")
        self._times = array("q")  # microseconds since EPOCH

    def __len__(self) -> int:
        return len(self._times)

    def _slot(self, key: int) -> int:
        """The slot that holds `key`, or the empty slot where it would go (linear probing)."""
        keys, mask = self._keys, len(self._keys) - 1
        slot = key & mask
        while True:
            found = int(keys[slot])
            if found == key or found == 0:
                return slot
            slot = (slot + 1) & mask

    def get(self, digest: int) -> tuple[str, str, datetime] | None:
        slot = self._slot(digest or 1)
        if int(self._keys[slot]) == 0:
            return None
        return self._record(int(self._rows[slot]))

    def add(self, digest: int, post_id: str, source: str, when: datetime) -> None:
        """Remember the post under its digest, unless an earlier post has it already."""
        key = digest or 1
        slot = self._slot(key)
        if int(self._keys[slot]) != 0:
            return
        row = len(self._times)
        self._keys[slot], self._rows[slot] = key, row
        self._ids += post_id.encode("utf-8", "surrogatepass")
        self._id_ends.append(len(self._ids))
        name, line = _split_source(source)
        number = self._source_numbers.setdefault(name, len(self._sources))
        if number == len(self._sources):
            self._sources.append(name)
        self._source_of.append(number)
        self._lines.append(line)
        self._times.append((when - EPOCH) // MICROSECOND)
        if 2 * len(self._times) > len(self._keys):
            self._grow()

    def _record(self, row: int) -> tuple[str, str, datetime]:
        start = self._id_ends[row - 1] if row else 0
        post_id = self._ids[start:self._id_ends[row]].decode("utf-8", "surrogatepass")
        name, line = self._sources[self._source_of[row]], self._lines[row]
        return post_id, f"{name}:{line - 1}" if line else name, EPOCH + self._times[row] * MICROSECOND

    def _grow(self) -> None:
        """Double the table and put every digest back (amortised: each post moves about twice)."""
        used = self._keys != 0
        keys, rows = self._keys[used].tolist(), self._rows[used].tolist()
        self._keys = np.zeros(2 * len(self._keys), dtype=np.uint64)
        self._rows = np.zeros(len(self._keys), dtype=np.uint32)
        for key, row in zip(keys, rows):
            slot = self._slot(key)
            self._keys[slot], self._rows[slot] = key, row


def _split_source(source: str) -> tuple[str, int]:
    """("posts.csv", 124) for "posts.csv:123" (the line plus one; 0 when the source has none)."""
    name, colon, line = source.rpartition(":")
    if colon and line.isdigit() and len(line) < 10:
        return name, int(line) + 1
    return source, 0
