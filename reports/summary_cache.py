"""The whole ledger's summary body, written once and sent again while nothing it shows changed.

A supervisor's summary over every plan and department (``/api/v1/reports/summary/``,
no ``plan``, no department limit) is a function of:

* the day and the counting rules (``kept_rollups.fingerprint``: the day, the
  settings and the rules' SQL);
* the counts, which ``reports.kept_rollups`` serves from the kept rows plus the
  commitments and departments logged as moved (``RollupChange``). Every write
  that can change a count logs a row in the writer's own transaction (the
  triggers; ``tests/reports/test_kept_rollups.py`` checks each kind of write).
  Log rows are removed only by a fold, which sets the snapshot's ``folded_at``
  in the same transaction, or by a rebuild, which makes a new snapshot row; a
  ``TRUNCATE`` of a logged table drops the snapshot. So while the snapshot's id
  and ``folded_at`` stay the same, the committed log only grows, and its number
  of rows tells one state of the counts from another;
* the names, titles and order of the departments, sections and plans it lists
  (``rollups.department_names``, ``section_lines``, ``plan_lines``, with the
  columns their order depends on): a digest of exactly those rows.

``key`` reads all of these in one query; the body is sent again only under an
equal key. It is not kept when the reading transaction has written (its view
holds writes that may yet roll back), nor when the kept rows do not serve the
scope (another day, a chosen plan, a department's view, SQLite). The key is
read before the body is counted: a write committed in between can only make the
kept body newer than its key, and any later reader that still sees that key
began before the write committed. The body is kept per process, one at a time,
and forgotten when a setting changes.

Why: the body of a province's summary (16,000 lines, 3.6 MB) takes most of a
request to count and write, and between two writes every supervisor reads the
same bytes. A summary after a write is counted as before (``reports.rollups``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from django.core.signals import setting_changed
from django.db import connection
from django.db.models import QuerySet
from django.dispatch import receiver

from reports import kept_rollups, rollups
from reports.models import RollupChange, RollupSnapshot
from reports.scope import ReportScope

Key = tuple

#: ``(key, body)`` of the last body written in this process.
_kept: tuple[Key, bytes] | None = None


def _watched(lines: QuerySet) -> QuerySet:
    """``lines`` with the columns its order depends on: a change of order is a change."""
    ordering = lines.query.order_by or lines.model._meta.ordering
    columns = (*lines._fields, *(str(name).lstrip("-") for name in ordering))  # type: ignore[attr-defined]
    return lines.values_list(*dict.fromkeys(columns))


@functools.cache
def _names() -> tuple[str, tuple]:
    """SQL (and parameters) of a digest of the names, titles and order the summary shows."""
    parts, params = [], []
    for lines in (rollups.department_names(), rollups.section_lines(), rollups.plan_lines()):
        sql, found = _watched(lines).query.sql_with_params()
        # Rows as text (a value with a comma, bracket, quote or space is quoted: one
        # text is one list of rows), one a line: faster than json_agg.
        parts.append(f"(SELECT md5(coalesce(string_agg(q::text, E'\\n'), '')) FROM ({sql}) AS q)")
        params.extend(found)
    return " || ".join(parts), tuple(params)


@functools.cache
def _key_sql() -> str:
    names, _ = _names()
    return f"""
SELECT s.id, s.folded_at, (SELECT count(*) FROM {RollupChange._meta.db_table}), {names},
       pg_current_xact_id_if_assigned() IS NULL
FROM {RollupSnapshot._meta.db_table} s WHERE s.fingerprint = %s
"""


def key(scope: ReportScope) -> Key | None:
    """What the summary of ``scope`` shows depends on, as of now (one query), or
    ``None`` when its body is not to be kept (see the module's docstring)."""
    if not kept_rollups.serves(scope):
        return None
    fingerprint = kept_rollups.fingerprint(scope)
    with connection.cursor() as cursor:
        cursor.execute(_key_sql(), [*_names()[1], fingerprint])
        row = cursor.fetchone()
    if row is None:
        return None  # the kept rows do not serve this day and these rules (yet)
    snapshot, folded_at, logged, names, clean = row
    if not clean:
        return None
    return (scope.today, fingerprint, snapshot, folded_at, logged, names)


def body(key: Key | None, write: Callable[[], bytes]) -> bytes:
    """The body kept under ``key``, or ``write()``'s, kept under ``key`` (not when ``None``)."""
    global _kept
    kept = _kept
    if key is not None and kept is not None and kept[0] == key:
        return kept[1]
    written = write()
    if key is not None:
        _kept = (key, written)
    return written


def forget() -> None:
    global _kept
    _kept = None


@receiver(setting_changed)
def _forget_on_settings(**kwargs) -> None:
    forget()
