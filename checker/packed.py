"""Frozen word sets and tables that load from the cache in a millisecond.

A frozenset of 160,000 words takes 100-200 ms to unpickle (every string is rebuilt and
hashed); the same words laid out in one UTF-8 blob with an offsets array unpickle as a few
byte strings. The words are stored grouped by a CRC-32 bucket (as many buckets as words), so a
lookup is one CRC in C and a comparison or two; answers are remembered, so the words a batch
repeats cost one dictionary lookup.
"""
from __future__ import annotations

from array import array
from typing import Iterable, Iterator, Mapping
from zlib import crc32

# After this many different words looked up, the set is unpacked into a frozenset (tens of
# milliseconds, once): a batch, or code that tests thousands of edits, then gets C-speed lookups,
# while a one-post check that looks up a few dozen words never pays for unpacking.
UNPACK_AFTER = 2_000
SEPARATOR = "\x1f"  # joins the strings of a tuple value in a Table


class Words:
    """A frozen set of strings: `in`, `len` and iteration, like the frozenset it replaces."""

    __slots__ = ("_blob", "_offsets", "_buckets", "_memo", "_set", "_packed_for_good")

    def __init__(self, items: Iterable[str] = ()):
        unique = {item.encode("utf-8", "surrogatepass") for item in items}
        count = max(1, len(unique))
        encoded = sorted(unique, key=lambda word: (crc32(word) % count, word))
        offsets = array("I", [0])
        buckets = array("I", [0] * (count + 1))
        for word in encoded:
            offsets.append(offsets[-1] + len(word))
            buckets[crc32(word) % count + 1] += 1
        for bucket in range(count):
            buckets[bucket + 1] += buckets[bucket]
        self._blob = b"".join(encoded)
        self._offsets = offsets
        self._buckets = buckets  # words of bucket b: positions buckets[b] to buckets[b + 1]
        self._memo: dict[str, bool] = {}
        self._set: frozenset[str] | None = None
        self._packed_for_good = False

    @classmethod
    def _restore(cls, blob: bytes, offsets: bytes, buckets: bytes) -> "Words":
        self = cls.__new__(cls)
        self._blob = blob
        self._offsets, self._buckets = array("I"), array("I")
        self._offsets.frombytes(offsets)
        self._buckets.frombytes(buckets)
        self._memo = {}
        self._set = None
        self._packed_for_good = False
        return self

    def __reduce__(self):
        return (Words._restore, (self._blob, self._offsets.tobytes(), self._buckets.tobytes()))

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, index: int) -> bytes:
        """The index-th word (in stored order), encoded."""
        return self._blob[self._offsets[index]:self._offsets[index + 1]]

    def index(self, word: str) -> int:
        """The position of the word in stored order, or -1 when it is not in the set."""
        key = word.encode("utf-8", "surrogatepass")
        bucket = crc32(key) % (len(self._buckets) - 1)
        blob, offsets = self._blob, self._offsets
        for at in range(self._buckets[bucket], self._buckets[bucket + 1]):
            if blob[offsets[at]:offsets[at + 1]] == key:
                return at
        return -1

    def __contains__(self, word: object) -> bool:
        if self._set is not None:
            return word in self._set
        if not isinstance(word, str):
            return False
        found = self._memo.get(word)
        if found is None:
            if len(self._memo) >= UNPACK_AFTER and self._packed_for_good:
                self._memo = {}  # bounded: cleared when full, never unpacked
            elif len(self._memo) >= UNPACK_AFTER:
                self._set = frozenset(self)
                self._memo = {}
                return word in self._set
            found = self._memo[word] = self.index(word) >= 0
        return found

    def keep_packed(self) -> "Words":
        """Never unpack into a frozenset: for a set asked once per rare word (an unknown word's
        places, codespell's misspellings), whose frozenset would only grow a long batch's memory
        partway through (5-6 MB each, unpacked after thousands of posts)."""
        self._packed_for_good = True
        return self

    def __iter__(self) -> Iterator[str]:
        for index in range(len(self)):
            yield self[index].decode("utf-8", "surrogatepass")

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Words):
            return self._blob == other._blob and self._offsets == other._offsets
        if isinstance(other, (set, frozenset)):
            return len(self) == len(other) and all(word in self for word in other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._blob)

    def __repr__(self) -> str:
        return f"Words({len(self)} words)"


class Table:
    """A frozen mapping from strings to strings or tuples of strings: `get`, `[]`, `in`, `len`."""

    __slots__ = ("_keys", "_values", "_tuples")

    def __init__(self, mapping: Mapping[str, str | tuple[str, ...]] | None = None):
        mapping = dict(mapping or {})
        self._keys = Words(mapping)
        self._tuples = any(isinstance(value, tuple) for value in mapping.values())
        values = (mapping[key] for key in self._keys)
        blob, offsets = [], array("I", [0])
        for value in values:
            encoded = (SEPARATOR.join(value) if self._tuples else value).encode("utf-8", "surrogatepass")
            blob.append(encoded)
            offsets.append(offsets[-1] + len(encoded))
        self._values = (b"".join(blob), offsets)  # in the keys' sorted order

    def __reduce__(self):
        blob, offsets = self._values
        return (Table._restore, (self._keys, blob, offsets.tobytes(), self._tuples))

    @classmethod
    def _restore(cls, keys: Words, blob: bytes, offsets: bytes, tuples: bool) -> "Table":
        self = cls.__new__(cls)
        self._keys, self._tuples = keys, tuples
        restored = array("I")
        restored.frombytes(offsets)
        self._values = (blob, restored)
        return self

    def get(self, key: str, default=None):
        # By the key's position alone: `key in self._keys` would unpack a big table's keys into a
        # frozenset after a few thousand words (the word frequencies': 0.15 s) for nothing.
        at = self._keys.index(key) if isinstance(key, str) else -1
        if at < 0:
            return default
        blob, offsets = self._values
        text = blob[offsets[at]:offsets[at + 1]].decode("utf-8", "surrogatepass")
        if self._tuples:
            return tuple(text.split(SEPARATOR)) if text else ()
        return text

    def __getitem__(self, key: str):
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def keys(self) -> Words:
        return self._keys

    def items(self) -> Iterator[tuple[str, str | tuple[str, ...]]]:
        for key in self._keys:
            yield key, self[key]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (Table, dict)):
            return len(self) == len(other) and all(key in self and self[key] == value for key, value in other.items())
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Table({len(self)} entries)"


_MISSING = object()
