"""SQL pieces of the big report reads: co-owners in the row, no JIT.

``CoOwnerIds`` puts a commitment's co-owners (配合单位) into its own row, so
that a ledger of any size is one query (plus one for the departments' names)
instead of a query per chunk of prefetched co-owners. ``without_jit`` (``commitments.sql``) turns
PostgreSQL's JIT compiler off for the enclosed queries: the light's per-row
subqueries make the planner's estimates of a whole-ledger read look huge, and
compiling cost more than it saved (bench/, docs/benchmarks.md).
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence

from django.db import connection, connections, models
from django.db.models import QuerySet

from commitments.sql import report_settings


class CoOwnerIds(models.Expression):
    """The ids of each commitment's co-owners (配合单位), in the row: an index-only
    lookup per row. (Joining the department names in the same subquery made
    PostgreSQL hash the whole department table for every row: 3.8 s for a 100k
    ledger instead of 0.33 s.) ``co_owner_ids`` reads the value; the names come
    from ``DepartmentNames``. Only in queries on the commitment table."""

    output_field = models.TextField()
    _WHERE = 'co.commitment_id = "commitments_commitment"."id"'

    def as_sql(self, compiler, connection, **extra):
        return (
            "(SELECT group_concat(co.department_id) FROM commitments_coownership co "
            f"WHERE {self._WHERE})",
            [],
        )

    def as_postgresql(self, compiler, connection, **extra):
        return (
            f"ARRAY(SELECT co.department_id FROM commitments_coownership co WHERE {self._WHERE})",
            [],
        )


def co_owner_ids(value: list[int] | str | None) -> list[int]:
    """``CoOwnerIds`` as a list (PostgreSQL gives an array, SQLite a joined string)."""
    if not value:
        return []
    if isinstance(value, str):
        return [int(part) for part in value.split(",")]
    return value


class DepartmentNames:
    """Departments' names by id and their order by name (the database's collation),
    read in one query: co-owners are listed sorted by name."""

    def __init__(self) -> None:
        from commitments.models import Department

        self._name: dict[int, str] = {}
        self._rank: dict[int, int] = {}
        rows = Department.objects.order_by("name", "pk").values_list("pk", "name")
        for rank, (pk, name) in enumerate(rows.iterator(chunk_size=5000)):
            self._name[pk] = name
            self._rank[pk] = rank

    def sorted_names(self, ids: list[int]) -> list[str]:
        if len(ids) > 1:
            ids = sorted(ids, key=self._rank.__getitem__)
        return [self._name[pk] for pk in ids]


def stream_values(queryset: QuerySet, chunk_size: int) -> Iterator[tuple]:
    """The rows of a ``values_list`` queryset in constant memory, ``chunk_size`` rows
    in flight at a time, converted as ``QuerySet.iterator`` converts them.

    On PostgreSQL with libpq 17 or newer, through libpq's chunked mode (psycopg's
    ``Cursor.stream(size=…)``): a streamed query may run in parallel, a server-side
    cursor (what ``iterator`` declares) may not; the 100k ledger's rows came in
    3.3 s instead of 7.5 s. The connection is busy until the last row is read, so
    nothing else may query on it meanwhile. Elsewhere: ``QuerySet.iterator``.
    The query is recorded in ``connection.queries`` like any other.
    """
    db = connections[queryset.db]
    if db.vendor != "postgresql" or _libpq_version() < 170000:
        yield from queryset.iterator(chunk_size=chunk_size)
        return
    compiler = queryset.query.get_compiler(queryset.db)
    sql, params = compiler.as_sql()
    started = time.monotonic()
    logged = {"sql": db.ops.compose_sql(sql, params), "time": None}
    if db.queries_logged:
        # (Not last_executed_query: nothing has run on the cursor yet, it gives None.)
        db.queries_log.append(logged)
    with db.cursor() as cursor:
        rows = cursor.cursor.stream(sql, params, size=chunk_size)
        yield from compiler.results_iter(results=[rows], tuple_expected=True)
    logged["time"] = f"{time.monotonic() - started:.3f}"


def _libpq_version() -> int:
    import psycopg

    return psycopg.pq.version()


def rows_without_jit(sql: str, params: Sequence, prepared: bool = False) -> list[tuple]:
    """``sql``'s rows, run as ``without_jit`` runs a query, in one round trip.

    The settings and the query go as one text: PostgreSQL's simple query protocol
    (psycopg's client-side cursor, Django's default) runs the statements of one text
    as one implicit transaction, so ``SET LOCAL`` ends with it (in a caller's
    transaction: with that, as ``without_jit``'s does). ``without_jit`` around one
    query costs four round trips (``BEGIN``, ``SET``, the query, ``COMMIT``): on a
    small ledger's summary after a write that was a good part of the request
    (docs/benchmarks.md, thirteenth round).

    ``prepared``: a statement run again and again with other parameters (the kept
    roll-ups' read) is prepared once per connection, when connections are kept
    between requests (``CONN_MAX_AGE`` not 0), and run as ``_prepared_rows`` says."""
    assert connection.vendor == "postgresql"
    if prepared and _prepares():
        return _prepared_rows(sql, params)
    with connection.cursor() as cursor:
        cursor.execute(
            "; ".join([*report_settings(), sql]),
            params,
        )
        while cursor.description is None and cursor.nextset():
            pass  # the settings' results: no rows
        return cursor.fetchall()


#: psycopg prepares a statement once it ran this many times on a connection: a count
#: never reached, so that only statements run with ``prepare=True`` are (Django's
#: default, ``None``, refuses those too; Django's own cursors bind on the client and
#: are never prepared).
ONLY_WHEN_ASKED = 2**31 - 1


def _prepares() -> bool:
    """Whether a statement prepared now can be run again on this connection: kept
    between requests, and libpq can pipeline (14 or newer)."""
    import psycopg

    return connection.settings_dict["CONN_MAX_AGE"] != 0 and psycopg.Pipeline.is_supported()


def _prepared_rows(sql: str, params: Sequence) -> list[tuple]:
    """``rows_without_jit``'s rows from a statement prepared on the server once per
    connection (psycopg's named prepared statements; bound there, ``$1``…), sent as
    ``BEGIN``, the settings, the statement and ``COMMIT`` in one pipeline: one round
    trip, as the simple protocol's one text was (in a caller's transaction: the
    settings and the statement, as ``without_jit``).

    Why: PostgreSQL parsed, analysed and planned the kept roll-ups' read (~10,000
    characters, the light's ``CASE`` and three ``GROUPING SETS`` in it) on every summary
    after a write: ~55 % of its CPU (``perf``; 10k: ~5 of ~7 ms of both processes'
    CPU). Prepared, a run reuses the plan (docs/benchmarks.md, fourteenth round).

    The statement is logged in ``connection.queries`` like any other. With PgBouncer in
    transaction mode and persistent connections, named prepared statements need
    PgBouncer 1.21 or newer (``max_prepared_statements``); behind an older one set
    ``DB_CONN_MAX_AGE=0`` (docs/operations.md), which turns this off."""
    import psycopg

    connection.ensure_connection()
    connection.validate_no_broken_transaction()
    raw = connection.connection
    if raw.prepare_threshold is None:
        raw.prepare_threshold = ONLY_WHEN_ASKED
    started = time.monotonic()
    logged = {"sql": sql, "time": ""}
    if connection.queries_logged:
        connection.queries_log.append(logged)
    own = raw.autocommit  # else Django's transaction is open (or opens with the first)
    cursor = psycopg.Cursor(raw)
    try:
        with connection.wrap_database_errors, raw.pipeline():
            if own:
                cursor.execute("BEGIN")
            for statement in report_settings():
                cursor.execute(statement)
            cursor.execute(sql, params, prepare=True)
            rows = cursor.fetchall()
            if own:
                cursor.execute("COMMIT")
    except BaseException:
        if own and raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            raw.rollback()
        raise
    finally:
        cursor.close()
        logged["time"] = f"{time.monotonic() - started:.3f}"
    return rows
