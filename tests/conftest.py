"""Shared helpers for the tests: run one check, or the CLI, on a draft."""
from __future__ import annotations

import json
from datetime import datetime

import pytest

from checker.config import Config, from_dict
from checker.model import Post
from checker.pipeline import Pipeline


def findings(check_id: str, text: str, *, at: datetime | None = None, options: dict | None = None, meta: dict | None = None):
    """Findings of one check on one draft (default config, or the check's options given)."""
    config = from_dict({"checks": {check_id: options}}) if options else Config()
    pipeline = Pipeline(config, now=at or datetime(2026, 9, 15, 10, 0), checks=[check_id])
    return pipeline.check(Post(text, scheduled=at, meta=meta or {})).findings


def flagged(check_id: str, text: str, **kwargs) -> bool:
    """True when the check reports a warning or error (info is advice, not a flag)."""
    return any(f.severity in ("error", "warning") for f in findings(check_id, text, **kwargs))


@pytest.fixture
def run_cli(capsys, monkeypatch, tmp_path):
    """Run `postcheck ARGS` in-process in an empty folder; returns (exit code, stdout, stderr)."""
    from checker.cli import main

    monkeypatch.chdir(tmp_path)

    def run(*args: str, stdin: str | None = None):
        if stdin is not None:
            import io
            import sys

            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
        with pytest.raises(SystemExit) as exit_info:
            main(list(args))
        out, err = capsys.readouterr()
        return exit_info.value.code, out, err

    return run


def parse_json(out: str) -> dict:
    return json.loads(out)
