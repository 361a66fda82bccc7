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
equal key. The names themselves are read in the same statement as their digest
only when it differs from the digest of the names held in the process (one set
at a time), and the body is written with the names held under the key's digest
(``rollups.Names``; a group counted without a held line, created after the key,
makes the body read the names again, after the counts, as before).

Neither the body nor the names are kept when the reading transaction has written
(its view holds writes that may yet roll back), nor when the kept rows do not
serve the scope (another day, a chosen plan, a department's view, SQLite). The key is
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

import orjson
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


_PARTS = ("departments", "sections", "plans")


@functools.cache
def _names() -> tuple[str, str, tuple]:
    """``WITH`` parts naming the names, titles and order the summary shows (as
    ``rollups.department_names``, ``section_lines``, ``plan_lines`` read them, with
    the columns their order depends on), the SQL of their digest, and parameters."""
    parts: list[str] = []
    digests: list[str] = []
    params: list[object] = []
    for name, lines in zip(
        _PARTS,
        (rollups.department_names(), rollups.section_lines(), rollups.plan_lines()),
        strict=True,
    ):
        sql, found = _watched(lines).query.sql_with_params()
        parts.append(f"{name} AS ({sql})")
        # Rows as text (a value with a comma, bracket, quote or space is quoted: one
        # text is one list of rows), one a line: faster than json_agg.
        digests.append(f"(SELECT md5(coalesce(string_agg(q::text, E'\\n'), '')) FROM {name} AS q)")
        params.extend(found)
    return ", ".join(parts), " || ".join(digests), tuple(params)


@functools.cache
def _key_sql() -> str:
    parts, digest, _ = _names()
    # The names themselves only when the digest differs from the one held.
    shown = {
        "departments": "json_build_array(pk, name)",
        "sections": "json_build_array(pk, number, title, plan_id)",
        "plans": "json_build_array(pk, title)",
    }
    names = ", ".join(
        f"(SELECT coalesce(json_agg({shown[name]}), '[]') FROM {name})" for name in _PARTS
    )
    # MATERIALIZED: the digest is read twice below; inlined, it was computed twice.
    return f"""
WITH {parts}, digest AS MATERIALIZED (SELECT {digest} AS names)
SELECT s.id, s.folded_at, (SELECT count(*) FROM {RollupChange._meta.db_table}), d.names,
       pg_current_xact_id_if_assigned() IS NULL,
       CASE WHEN d.names IS DISTINCT FROM %s THEN json_build_array({names})::text END
FROM {RollupSnapshot._meta.db_table} s, digest d WHERE s.fingerprint = %s
"""


#: ``(digest, names)``: the names last read with their digest (``rollups.Names``).
_held_names: tuple[str, rollups.Names] | None = None


def key(scope: ReportScope) -> Key | None:
    """What the summary of ``scope`` shows depends on, as of now (one query), or
    ``None`` when its body is not to be kept (see the module's docstring).

    The names, titles and order read with it are put in ``scope.cache`` for the
    body (``rollups.Names``): read in the same statement as their digest, and held
    in the process under it, so they are sent again only when the digest changed."""
    global _held_names
    if not kept_rollups.serves(scope):
        return None
    fingerprint = kept_rollups.fingerprint(scope)
    held = _held_names
    with connection.cursor() as cursor:
        cursor.execute(_key_sql(), [*_names()[2], held[0] if held else None, fingerprint])
        row = cursor.fetchone()
    if row is None:
        return None  # the kept rows do not serve this day and these rules (yet)
    snapshot, folded_at, logged, names, clean, shown = row
    if not clean:
        return None
    if shown is not None:
        departments, sections, plans = orjson.loads(shown)
        held = (
            names,
            rollups.Names(
                [tuple(line) for line in departments],
                [tuple(line) for line in sections],
                [tuple(line) for line in plans],
            ),
        )
        _held_names = held
    assert held is not None and held[0] == names
    scope.cache["names"] = held[1]
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
    """Forget the body, the names and the lines written (``rollups.written_lines``)."""
    global _kept, _held_names
    _kept = None
    _held_names = None
    rollups.forget_written()


@receiver(setting_changed)
def _forget_on_settings(**kwargs) -> None:
    forget()
