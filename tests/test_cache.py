"""The on-disk cache of built word data, and the packed sets it stores."""
from __future__ import annotations

import pickle

import pytest

from checker import cache, wordlists
from checker.packed import Table, Words


def test_words_behave_like_the_frozenset_they_replace():
    items = {"colour", "café", "naïve", "a", "zebra", "Llanfair"}
    words = pickle.loads(pickle.dumps(Words(items)))
    assert all(item in words for item in items)
    assert "color" not in words and "" not in words and 3 not in words
    assert len(words) == len(items) and set(words) == items and words == frozenset(items)


def test_words_kept_packed_answer_the_same_and_never_unpack(monkeypatch):
    from checker import packed

    monkeypatch.setattr(packed, "UNPACK_AFTER", 3)
    items = {f"word{n}" for n in range(20)}
    kept, unpacked = Words(items).keep_packed(), Words(items)
    asked = [f"word{n}" for n in range(30)]
    assert [w in kept for w in asked] == [w in unpacked for w in asked] == [n < 20 for n in range(30)]
    assert kept._set is None and len(kept._memo) <= 3  # bounded, never a frozenset
    assert unpacked._set is not None


def test_table_behaves_like_the_dict_it_replaces():
    pairs = {"recieve": ("receive",), "teh": ("the", "ten"), "empty": ()}
    table = pickle.loads(pickle.dumps(Table(pairs)))
    assert table.get("teh") == ("the", "ten") and table["recieve"] == ("receive",) and table["empty"] == ()
    assert table.get("absent") is None and "absent" not in table and table == pairs
    with pytest.raises(KeyError):
        table["absent"]
    assert Table({"color": "colour"}).get("color") == "colour"


@pytest.fixture
def lists(tmp_path, monkeypatch):
    """A private wordlists folder and cache folder."""
    folder = tmp_path / "lists"
    folder.mkdir()
    (folder / "animals.txt").write_text("cat\ndog\n", encoding="utf-8")
    monkeypatch.setattr(wordlists, "folder", lambda: folder)
    monkeypatch.setenv(cache.ENVIRONMENT, str(tmp_path / "cache"))
    wordlists._lines.cache_clear()
    yield folder
    wordlists._lines.cache_clear()


def _builder(calls):
    def build():
        calls.append(1)
        return frozenset(wordlists.lines("animals.txt"))
    return build


def test_a_value_is_built_once_then_loaded(lists):
    calls = []
    assert cache.load("animals", _builder(calls)) == {"cat", "dog"}
    assert cache.load("animals", _builder(calls)) == {"cat", "dog"}
    assert len(calls) == 1


def test_editing_a_list_the_value_was_built_from_rebuilds_it(lists):
    calls = []
    cache.load("animals", _builder(calls))
    (lists / "animals.txt").write_text("cat\ndog\nnewt\n", encoding="utf-8")
    wordlists._lines.cache_clear()
    assert cache.load("animals", _builder(calls)) == {"cat", "dog", "newt"}
    assert len(calls) == 2


def test_no_cache_when_turned_off_or_unwritable(lists, monkeypatch, tmp_path):
    calls = []
    monkeypatch.setenv(cache.ENVIRONMENT, "off")
    cache.load("animals", _builder(calls))
    cache.load("animals", _builder(calls))
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv(cache.ENVIRONMENT, str(blocked / "cache"))
    assert cache.load("animals", _builder(calls)) == {"cat", "dog"}
    assert len(calls) == 3


def test_a_corrupt_cache_file_is_rebuilt(lists, tmp_path):
    calls = []
    cache.load("animals", _builder(calls))
    for path in (tmp_path / "cache").glob("animals-*.pickle"):
        path.write_bytes(b"garbage")
    assert cache.load("animals", _builder(calls)) == {"cat", "dog"}
    assert len(calls) == 2


def test_the_cached_lexicon_is_the_lexicon_the_lists_build():
    from checker.text import lexicon

    cached, built = lexicon.lexicon(), lexicon.build_lexicon()
    for field in ("british", "known", "american", "context", "misspellings", "places"):
        assert getattr(cached, field) == getattr(built, field), field
