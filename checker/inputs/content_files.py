"""Files a content repo holds, as posts: for now, plain-text drafts, one post per file."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from checker.inputs.files import read_text_file
from checker.model import Post, Result


def read_content_files(paths: Iterable[Path]) -> Iterator[Post | Result]:
    for path in paths:
        text = read_text_file(path)
        post = Post(text=text.rstrip("\n"), source=str(path), id=str(path))
        if not text.strip():
            yield Result(post, [], problem="the file is empty")
            continue
        yield post
