"""SQL helpers for the sweep's big reads: ``column = ANY(%s)``, and no JIT.

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
from django.db.models import BooleanField, Expression, F


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
