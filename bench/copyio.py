"""Bulk loading with PostgreSQL ``COPY``: rows buffered per table, flushed in batches.

``bulk_create`` of a million progress reports takes many minutes (one
parameter list per row, one round trip per batch); ``COPY … FROM STDIN`` of
the same rows in text format takes seconds. Rows are plain tuples in the
order of the declared columns; ids are assigned by the caller so that child
rows can point at parents that are still in a buffer.
"""

from __future__ import annotations

import datetime
import json
from decimal import Decimal


def cell(value: object) -> str:
    """One value in COPY text format (``\\N`` for NULL, backslash escapes)."""
    if value is None:
        return r"\N"
    if value is True:
        return "t"
    if value is False:
        return "f"
    if isinstance(value, int | float | Decimal):
        return str(value)
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False)
    text = str(value)
    if "\\" in text or "\t" in text or "\n" in text or "\r" in text:
        text = (
            text.replace("\\", "\\\\")
            .replace("\t", "\\t")
            .replace("\n", "\\n")
            .replace("\r", "\\r")
        )
    return text


class CopyBuffer:
    """Rows for several tables; ``flush`` COPYs them in declaration order
    (parents before children) and counts what was written."""

    def __init__(self, tables: dict[str, tuple[str, ...]]) -> None:
        self.tables = tables
        self.lines: dict[str, list[str]] = {t: [] for t in tables}
        self.counts: dict[str, int] = dict.fromkeys(tables, 0)

    def add(self, table: str, row: tuple) -> None:
        self.lines[table].append("\t".join(map(cell, row)) + "\n")

    def pending(self) -> int:
        return sum(len(lines) for lines in self.lines.values())

    def flush(self, cursor) -> None:
        """``cursor`` is a raw psycopg 3 cursor."""
        for table, columns in self.tables.items():
            lines = self.lines[table]
            if not lines:
                continue
            sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
            with cursor.copy(sql) as copy:
                copy.write("".join(lines))
            self.counts[table] += len(lines)
            lines.clear()


def reset_sequences(cursor, tables: list[str]) -> None:
    """Point each table's id sequence past the ids the loader assigned."""
    for table in tables:
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
        )
