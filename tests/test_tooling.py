"""The checks `make test` runs before the tests (via `make lint`), and the
pre-commit hooks that run the same tools on each commit."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def lint_recipe() -> str:
    makefile = (ROOT / "Makefile").read_text()
    return re.search(r"^lint:.*?\n((?:\t.*\n)+)", makefile, re.M).group(1)


def test_make_test_runs_lint_with_format_check_and_mypy():
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^test:.*\blint\b", makefile, re.M)
    recipe = lint_recipe()
    assert "ruff check ." in recipe
    assert "ruff format --check ." in recipe
    assert "mypy" in recipe


def test_mypy_is_strict_on_the_core():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mypy"]
    strict = next(o for o in config["overrides"] if o.get("disallow_untyped_defs"))
    assert {"commitments.services.*", "commitments.reminders.policy"} <= set(strict["module"])
    assert strict["disallow_any_generics"] and strict["warn_return_any"]


def test_pre_commit_runs_ruff_check_and_format():
    hooks = (ROOT / ".pre-commit-config.yaml").read_text()
    assert "ruff check" in hooks and "ruff format" in hooks
