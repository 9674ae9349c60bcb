"""Offline proved, not promised: check, batch and hook run in a network namespace with no network
(`unshare -rn`: a new user and network namespace, only a loopback that is down). Skipped where
the system does not allow unprivileged namespaces."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def namespaces_allowed() -> bool:
    if shutil.which("unshare") is None:
        return False
    try:
        return subprocess.run(["unshare", "-rn", "true"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


pytestmark = pytest.mark.skipif(not namespaces_allowed(), reason="unshare -rn is not permitted here")


def offline(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["unshare", "-rn", sys.executable, *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(cwd)})


def test_the_namespace_has_no_network(tmp_path):
    probe = "import socket\ntry:\n    socket.create_connection(('1.1.1.1', 53), timeout=2)\nexcept OSError:\n    print('no network')"
    assert offline("-c", probe, cwd=tmp_path).stdout.strip() == "no network"


def test_check_batch_and_hook_run_offline(tmp_path):
    (tmp_path / "draft.md").write_text("---\nscheduled: 2026-09-15 10:00\n---\nBins go out on Monday.\n", encoding="utf-8")
    (tmp_path / "posts.csv").write_text("text,scheduled\nCall Jane on 07700 900461 tonight,2026-09-15 10:00\n",
                                        encoding="utf-8")
    check = offline("-m", "checker", "check", "-f", "json", "--at", "2026-09-15T10:00", "Bins go out on Monday.", cwd=tmp_path)
    assert check.returncode == 0, check.stderr
    assert json.loads(check.stdout)["summary"]["posts"] == 1
    batch = offline("-m", "checker", "batch", "-f", "json", "posts.csv", cwd=tmp_path)
    assert batch.returncode == 1, batch.stderr
    assert any(f["rule"] == "personal_data.phone" for f in json.loads(batch.stdout)["posts"][0]["findings"])
    hook = offline("-m", "checker", "hook", "-f", "json", "draft.md", cwd=tmp_path)
    assert hook.returncode == 0, hook.stderr
    assert json.loads(hook.stdout)["summary"]["posts"] == 1
