"""postcheck under the real `pre-commit` framework, in a throwaway content repo.

The fast test installs the hook as a `repo: local` entry built from this checkout's
.pre-commit-hooks.yaml (language: system, so the installed `postcheck` is used) and makes real
commits. The slow test (POSTCHECK_SLOW_TESTS=1) runs `pre-commit try-repo` on this checkout:
pre-commit builds its own virtualenv and pip-installs postcheck from the tag (its dependencies
from this interpreter's site-packages).
"""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

CHECKOUT = Path(__file__).resolve().parent.parent
CLEAN = "Green bin collections move to Tuesday next week. Check your day at https://www.solihull.gov.uk/bins\n"
SWEARING = "---\nplatform: x\n---\nThe bloody bins are late again, what a shit service.\n"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def environment(tmp_path):
    env = dict(os.environ)
    env.update({
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_AUTHOR_NAME": "Comms Officer", "GIT_AUTHOR_EMAIL": "comms@example.gov.uk",
        "GIT_COMMITTER_NAME": "Comms Officer", "GIT_COMMITTER_EMAIL": "comms@example.gov.uk",
        "PATH": os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", ""),
    })
    env.pop("GIT_DIR", None)
    env.pop("GIT_INDEX_FILE", None)
    return env


def git(repo, env, *args, check=True):
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=check)


def content_repo(tmp_path):
    repo = tmp_path / "content"
    repo.mkdir()
    env = environment(tmp_path)
    git(repo, env, "init", "-q", "-b", "main")
    git(repo, env, "config", "commit.gpgsign", "false")
    return repo, env


def local_config() -> str:
    """This checkout's hook definition, as a `repo: local` hook running the installed postcheck."""
    (hook,) = yaml.safe_load((CHECKOUT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = {**hook, "language": "system"}
    hook.pop("minimum_pre_commit_version", None)
    return yaml.safe_dump({"repos": [{"repo": "local", "hooks": [hook]}]}, sort_keys=False)


def commit(repo, env, name, text):
    (repo / name).parent.mkdir(parents=True, exist_ok=True)
    (repo / name).write_text(text, encoding="utf-8")
    git(repo, env, "add", name)
    return git(repo, env, "commit", "-q", "-m", f"add {name}", check=False)


def test_hook_passes_a_clean_post_and_blocks_swearing(tmp_path):
    repo, env = content_repo(tmp_path)
    (repo / ".pre-commit-config.yaml").write_text(local_config(), encoding="utf-8")
    git(repo, env, "add", ".pre-commit-config.yaml")
    installed = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo, env=env, capture_output=True, text=True)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    clean = commit(repo, env, "bins.txt", CLEAN)
    assert clean.returncode == 0, clean.stdout + clean.stderr

    blocked = commit(repo, env, "drafts/service.md", SWEARING)
    report = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0
    assert "postcheck" in report and "Failed" in report
    assert "drafts/service.md:4:" in report and "profanity/swear-word" in report
    log = git(repo, env, "log", "--oneline").stdout.splitlines()
    assert len(log) == 1  # only the clean post went in


def test_hook_blocks_warnings_so_they_cannot_vanish(tmp_path):
    # pre-commit prints a hook's output only when it fails: a warning that passed would be unseen
    repo, env = content_repo(tmp_path)
    (repo / ".pre-commit-config.yaml").write_text(local_config(), encoding="utf-8")
    git(repo, env, "add", ".pre-commit-config.yaml")
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo, env=env, capture_output=True, check=True)
    blocked = commit(repo, env, "mess.txt", "What a bloody mess on Station Road\n")
    assert blocked.returncode != 0
    assert "mess.txt:1:" in blocked.stdout + blocked.stderr and "profanity/mild" in blocked.stdout + blocked.stderr


def readme_rev() -> str:
    """The `rev:` of the README's pre-commit config for this repository."""
    readme = (CHECKOUT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"repo: https://github.com/YOUR-COUNCIL/postcheck.*\n\s*rev: (\S+)", readme)
    assert match, "the README's hook config has no rev"
    return match.group(1)


def checkout_has_tags() -> bool:
    """A CI checkout of one branch (actions/checkout's default depth, a bare fetch of main) has no tags."""
    if not (CHECKOUT / ".git").exists():
        return False
    tags = subprocess.run(["git", "tag", "--list"], cwd=CHECKOUT, capture_output=True, text=True)
    return tags.returncode == 0 and bool(tags.stdout.strip())


def test_readme_rev_names_a_tag_of_this_repository():
    rev = readme_rev()
    if not checkout_has_tags():
        pytest.skip("this checkout has no tags (a single-branch CI clone): nothing to compare the README's rev with")
    found = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"refs/tags/{rev}"], cwd=CHECKOUT, capture_output=True, text=True)
    assert found.returncode == 0, f"README's rev {rev} is not a tag here (git tag -a {rev})"
    kind = subprocess.run(["git", "cat-file", "-t", f"refs/tags/{rev}"], cwd=CHECKOUT, capture_output=True, text=True).stdout.strip()
    assert kind == "tag", f"{rev} should be an annotated tag (git describe and pre-commit autoupdate read those)"
    changelog = (CHECKOUT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {rev.lstrip('v')}" in changelog


@pytest.mark.skipif(not os.environ.get("POSTCHECK_SLOW_TESTS"), reason="slow: set POSTCHECK_SLOW_TESTS=1 (pip-installs postcheck into pre-commit's own virtualenv)")
def test_try_repo_at_the_readme_tag(tmp_path):
    """The README's hook config, pasted: its `rev` (a tag) is what pre-commit installs."""
    repo, env = content_repo(tmp_path)
    # pre-commit still builds its own virtualenv and pip-installs postcheck from the tag; the
    # environment only sees this interpreter's packages, so pip need not download and unpack
    # spaCy and its model again (most of a minute). Undeclared imports are test_dependencies' job.
    env["VIRTUALENV_SYSTEM_SITE_PACKAGES"] = "true"
    (repo / "bins.txt").write_text(CLEAN, encoding="utf-8")
    (repo / "service.md").write_text(SWEARING, encoding="utf-8")
    git(repo, env, "add", ".")

    # without tags (a single-branch CI clone) the hook is installed from HEAD instead of the README's tag
    ref = readme_rev() if checkout_has_tags() else "HEAD"

    def try_repo(*files):
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(CHECKOUT), "postcheck", "--ref", ref, "--files", *files],
            cwd=repo, env=env, capture_output=True, text=True, timeout=1800,
        )

    clean = try_repo("bins.txt")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    blocked = try_repo("bins.txt", "service.md")
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "service.md:4:" in blocked.stdout and "profanity/swear-word" in blocked.stdout
