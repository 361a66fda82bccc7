"""The importer's version: a digest of its code, changed by any change to it."""

from __future__ import annotations

from commitments.importer.version import PACKAGE, code_digest, reader_version


def test_the_version_is_the_digest_of_the_importer_package():
    assert reader_version() == code_digest(PACKAGE)
    assert len(reader_version()) == 16


def test_any_change_to_the_code_changes_the_version(tmp_path):
    (tmp_path / "readers").mkdir()
    (tmp_path / "clean.py").write_text("DEBRIS = 1\n", encoding="utf-8")
    (tmp_path / "readers" / "csv.py").write_text("SEP = ','\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not code\n", encoding="utf-8")
    first = code_digest(tmp_path)
    assert code_digest(tmp_path) == first  # stable
    (tmp_path / "notes.txt").write_text("still not code\n", encoding="utf-8")
    assert code_digest(tmp_path) == first
    (tmp_path / "readers" / "csv.py").write_text("SEP = ';'\n", encoding="utf-8")
    edited = code_digest(tmp_path)
    assert edited != first
    (tmp_path / "readers" / "csv.py").rename(tmp_path / "readers" / "tsv.py")
    assert code_digest(tmp_path) != edited  # a renamed module too
    (tmp_path / "tables.py").write_text("", encoding="utf-8")
    assert code_digest(tmp_path) not in {first, edited}
