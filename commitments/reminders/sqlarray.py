"""SQL helpers for the sweep's big reads: ``column = ANY(%s)``, ``column =
ANY(ARRAY(subquery))``, and no JIT; a cursor that binds on the server.

``column = ANY(%s)`` takes one array parameter, for id lists of any length.

``filter(pk__in=ids)`` sends one placeholder per id; the sweep's lists hold
tens of thousands of ids, and building and parsing those queries took
seconds at 100k commitments (bench/). On PostgreSQL the list travels as a
single array; elsewhere (SQLite in local runs) it falls back to ``IN``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.db import connection, transaction
from django.db.backends.utils import CursorDebugWrapper, CursorWrapper
from django.db.models import BooleanField, Expression, F, QuerySet, Subquery


class AnyOf(Expression):
    """A filter condition: the column's value is one of ``values``."""

    conditional = True
    output_field = BooleanField()

    def __init__(self, field: str, values: Iterable[int]) -> None:
        super().__init__()
        self.values = list(values)
        self.column = F(field)

    def get_source_expressions(self) -> list:
        return [self.column]

    def set_source_expressions(self, exprs: list) -> None:
        (self.column,) = exprs

    def resolve_expression(
        self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False
    ):
        clone = self.copy()
        clone.column = self.column.resolve_expression(query, allow_joins, reuse, summarize)
        return clone

    def as_sql(self, compiler, connection):
        column, params = compiler.compile(self.column)
        if connection.vendor == "postgresql":
            return f"{column} = ANY(%s)", [*params, self.values]
        if not self.values:
            return "1 = 0", []
        return f"{column} IN ({', '.join(['%s'] * len(self.values))})", [*params, *self.values]


class AnyOfQuery(Expression):
    """A filter condition: the column's value is one the subquery returns, as
    ``column = ANY(ARRAY(subquery))``.

    The subquery's values become one array that PostgreSQL sorts and walks the
    column's index with, so the rows are visited in index order (for a primary key,
    about table order). ``column IN (subquery)`` hashed the values and visited the
    rows in hash order, one random heap read each: a sweep chunk's 20k commitments
    of a 1M ledger in 295 ms against 121 ms (EXPLAIN ANALYZE, bench/). Elsewhere
    (SQLite) ``column IN (subquery)``.
    """

    conditional = True
    output_field = BooleanField()

    def __init__(self, field: str, query: QuerySet) -> None:
        super().__init__()
        self.column = F(field)
        self.subquery = Subquery(query)

    def get_source_expressions(self) -> list:
        return [self.column, self.subquery]

    def set_source_expressions(self, exprs: list) -> None:
        self.column, self.subquery = exprs

    def resolve_expression(
        self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False
    ):
        clone = self.copy()
        clone.column = self.column.resolve_expression(query, allow_joins, reuse, summarize)
        clone.subquery = self.subquery.resolve_expression(query, allow_joins, reuse, summarize)
        return clone

    def as_sql(self, compiler, connection):
        column, params = compiler.compile(self.column)
        subquery, sub_params = compiler.compile(self.subquery)
        if connection.vendor == "postgresql":
            return f"{column} = ANY(ARRAY{subquery})", [*params, *sub_params]
        return f"{column} IN {subquery}", [*params, *sub_params]


@contextmanager
def without_jit() -> Iterator[None]:
    """Run the enclosed queries with PostgreSQL's JIT compiler off.

    The light's per-row subqueries make the planner's cost estimate of a
    30k-row read look huge, so PostgreSQL spent 350 ms JIT-compiling a query
    that runs in 300 ms (EXPLAIN ANALYZE at 100k, bench/). ``SET LOCAL`` ends
    with the transaction, so nothing else is affected.
    """
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic(savepoint=False):  # one statement, in the caller's transaction
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL jit = off")
        yield


def server_cursor() -> CursorWrapper:
    """A cursor on Django's connection that binds parameters on the server, so that
    a list can go as one array in PostgreSQL's binary format (``%b``): the default
    (client-side) cursor quotes every element into the SQL text, and psycopg's text
    format of an array escapes each element with a regular expression (a 100k
    sweep's contexts: 6.5 s). Through Django's wrappers, so the statement is
    counted and logged like any other."""
    from django.db.backends.postgresql.base import ServerBindingCursor

    connection.ensure_connection()
    wrapper = CursorDebugWrapper if connection.queries_logged else CursorWrapper
    return wrapper(ServerBindingCursor(connection.connection), connection)  # type: ignore[call-arg]
