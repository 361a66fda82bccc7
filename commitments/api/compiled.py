"""Rows of a statement compiled once, made into model instances as the ORM makes them.

Two hot paths (the token lookup, ``authentication``; the list's page of rows,
``list_rows``) compile their queryset once per process and run the SQL themselves:
building and compiling it through the ORM cost more CPU than running it (bench/,
docs/benchmarks.md, fourteenth and fifteenth rounds). ``RowMaker`` is what
``SQLCompiler.results_iter`` and ``ModelIterable`` do with a row, prepared once from the
compiler: convert each value (``get_converters``), build the instance (``from_db``) and
put the select_related objects on it (``get_related_populators``).

These are private APIs of Django's compiler (checked on Django 5.2 LTS); the users' tests
hold the instances made here to the ORM's own (tests/api/test_list_rows.py, the token
tests), so an upgrade that changes them fails there first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Model
from django.db.models.query import get_related_populators
from django.db.models.sql.compiler import SQLCompiler


@dataclass(frozen=True)
class RowMaker:
    """How a row of ``compiler``'s statement becomes an instance of its model."""

    model: type[Model]
    #: ``{column: (converters, expression)}`` (``SQLCompiler.get_converters``)
    converters: dict
    #: where the model's own columns are in a row, and their names
    columns: slice
    names: list[str]
    #: what puts the select_related objects on the instance
    populators: list

    @classmethod
    def of(cls, compiler: SQLCompiler, alias: str) -> RowMaker:
        """Prepared from a compiler whose ``as_sql()`` has run."""
        select, klass_info = compiler.select, compiler.klass_info
        assert klass_info is not None
        fields = klass_info["select_fields"]
        columns = slice(fields[0], fields[-1] + 1)
        return cls(
            klass_info["model"],
            compiler.get_converters([column for column, *_ in select[: compiler.col_count]]),
            columns,
            [f[0].target.attname for f in select[columns]],
            get_related_populators(klass_info, select, alias),  # type: ignore[call-arg]
        )

    def make(self, values: tuple | list, alias: str, connection: Any) -> tuple[Model, list]:
        """The instance of one fetched row (``connection``: the one that fetched it), and
        the row with its values converted (annotations are read from it by position)."""
        row = list(values)
        for at, (converters, expression) in self.converters.items():
            for converter in converters:
                row[at] = converter(row[at], expression, connection)
        instance = self.model.from_db(alias, self.names, row[self.columns])
        for populator in self.populators:
            populator.populate(row, instance)
        return instance, row
