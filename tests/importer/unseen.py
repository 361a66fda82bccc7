"""Shared helpers for the unseen-document tests (tests/importer/test_unseen_*.py).

The documents in ``documents/`` were written to imitate plans the importer
had never met; each test states what a careful human annotator expects.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

from tests.importer import docx_documents

DOCUMENTS = Path(__file__).resolve().parent / "documents"
#: Plans in the shapes towns publish them (issue 12), scored in test_published.py.
PUBLISHED = Path(__file__).resolve().parent / "published"
#: Every unseen document: file name → bytes (the .docx ones are built in code).
BUILT = {
    "task-table.docx": docx_documents.task_table,
    "list-number.docx": docx_documents.list_number_paragraphs,
    "report-paragraphs.docx": docx_documents.report_paragraphs,
}


def document_bytes(name: str) -> bytes:
    if name in BUILT:
        return BUILT[name]()
    path = DOCUMENTS / name
    return path.read_bytes() if path.exists() else (PUBLISHED / name).read_bytes()


def all_names() -> list[str]:
    files = [p.name for folder in (DOCUMENTS, PUBLISHED) for p in folder.iterdir() if p.is_file()]
    return sorted(files + list(BUILT))


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def targets_of(commitment) -> list[tuple[Decimal, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in commitment.targets]


def counts(doc) -> list[int]:
    return [len(s.commitments) for s in doc.sections]


def titles(doc) -> list[str]:
    return [s.title for s in doc.sections]
