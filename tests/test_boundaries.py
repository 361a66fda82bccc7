"""The package layers: ``commitments`` (the domain) never imports ``reports``
(the roll-ups built on it), and the importer is a pure pipeline that never
touches the database. A function-level import counts as much as a top-level one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imports_of(path: Path, root: Path = ROOT) -> set[str]:
    """Every module ``path`` imports, anywhere in the file (relative ones resolved)."""
    package = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def offending(folder: str, forbidden: tuple[str, ...], root: Path = ROOT) -> dict[str, list[str]]:
    found = {}
    for path in sorted((root / folder).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        bad = sorted(
            name
            for name in imports_of(path, root)
            if any(name == f or name.startswith(f"{f}.") for f in forbidden)
        )
        if bad:
            found[str(path.relative_to(root))] = bad
    return found


def test_the_domain_never_imports_the_reports():
    assert offending("commitments", ("reports",)) == {}


@pytest.mark.parametrize(
    "forbidden",
    ["django.db", "commitments.models", "commitments.services", "commitments.reminders"],
)
def test_the_importer_never_touches_the_database(forbidden):
    assert offending("commitments/importer", (forbidden,)) == {}


def test_the_check_sees_function_level_and_relative_imports(tmp_path):
    sample = tmp_path / "commitments" / "importer" / "_boundary_probe.py"
    sample.parent.mkdir(parents=True)
    sample.write_text("def f():\n    from ..models import Commitment\n    import django.db\n")
    found = offending("commitments/importer", ("django.db", "commitments.models"), tmp_path)
    assert found == {
        "commitments/importer/_boundary_probe.py": [
            "commitments.models",
            "commitments.models.Commitment",
            "django.db",
        ]
    }
