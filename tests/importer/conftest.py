"""Fixtures for the importer tests: the shipped catalog, as data and in the DB."""

from __future__ import annotations

from pathlib import Path

import pytest

from commitments.importer import CatalogEntry, parse_file
from commitments.services.catalog import importer_entries, load_catalog

SEED = Path(__file__).resolve().parents[2] / "samples" / "town-speeches-2024.txt"


@pytest.fixture(scope="session")
def catalog() -> list[CatalogEntry]:
    return importer_entries()


@pytest.fixture
def departments(db):
    load_catalog()


@pytest.fixture
def parse(catalog):
    """Parse text (UTF-8 unless bytes are given) as a file called ``name``."""

    def run(content: str | bytes, name: str = "plan.txt", year: int | None = None):
        data = content.encode("utf-8") if isinstance(content, str) else content
        return parse_file(data, name, catalog, year=year)

    return run


def commitments_of(parsed, document: int = 0):
    return [c for s in parsed.documents[document].sections for c in s.commitments]


@pytest.fixture(scope="module")
def scores(request, catalog):
    """The scores of the document set a test module imports (its ``EXPECTED`` and
    ``FOLDER``: a blind set, the published plans), parsed once a module with the
    shipped catalog."""
    from commitments.importer import parse_file
    from tests.importer.published import run_all

    module = request.module
    return run_all(
        lambda data, name: parse_file(data, name, catalog), module.EXPECTED, module.FOLDER
    )
