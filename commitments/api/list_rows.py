"""The list's rows from a statement compiled once, with the page of ids spliced in.

A list request filters, counts and pages over bare ids, then loads the page's rows
with their light (``views.commitments``). Building and compiling that rows' query
through the ORM (the light's annotations, plan and lead owner joined) took ~6 ms of
a list request's CPU at 10k, more than the floor's whole query takes (bench/,
docs/benchmarks.md, fifteenth round). The statement depends only on the database,
the day, the ordering and the light's settings, so it is compiled once for them, as
the token lookup is (``authentication._TokenQuery``); each request puts its page of
ids in as the subquery (``id IN (SELECT … LIMIT 50)``), so the page is one query.

The rows are made as ``ModelIterable`` makes them (``compiled.RowMaker``: ``from_db``,
the select_related populators; then the annotations), and tests hold them to the ORM's
own rows.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.core.signals import setting_changed
from django.db import connections
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL
from django.dispatch import receiver

from commitments.api.compiled import RowMaker
from commitments.models import Commitment

#: Stands for the page's subquery in the statement compiled once.
_PAGE_MARK = "SELECT 0 AS page_of_ids"


def _placeholders(sql: str) -> int:
    """How many parameters ``sql`` (Django's ``%s`` style, ``%%`` a literal) takes."""
    return sql.replace("%%", "").count("%s")


@dataclass(frozen=True)
class PageQuery:
    """The rows' statement around the page's subquery, and how a row becomes a
    commitment (``ModelIterable``'s steps, prepared once)."""

    alias: str
    #: ``"commitments_commitment"."id" IN (``, as the statement writes it before the page
    lhs_in: str
    before: str
    after: str
    params_before: tuple
    params_after: tuple
    maker: RowMaker
    annotations: dict[str, int]

    def rows(self, page_ids: QuerySet) -> list[Commitment]:
        """The commitments of ``page_ids`` (a sliced, ordered queryset of ids, the
        ordering this statement was compiled with), in the page's order."""
        # The page as Django writes it for ``pk__in=page_ids`` (inner aliases renamed; a
        # DISTINCT page, ``?status=``, selects its ordering too and is wrapped).
        query = Commitment.objects.filter(pk__in=page_ids).query
        try:
            where, ids_params = query.get_compiler(self.alias).compile(query.where)
        except EmptyResultSet:  # an empty page (``[0:0]``), or a filter nothing can match
            return []
        assert where.startswith(self.lhs_in) and where.endswith(")"), where
        ids_sql = where[len(self.lhs_in) : -1]
        connection = connections[self.alias]
        with connection.cursor() as cursor:
            cursor.execute(
                f"{self.before}{ids_sql}{self.after}",
                (*self.params_before, *ids_params, *self.params_after),
            )
            fetched = cursor.fetchall()
        found = []
        for values in fetched:
            commitment, row = self.maker.make(values, self.alias, connection)
            for name, at in self.annotations.items():
                setattr(commitment, name, row[at])
            found.append(commitment)
        return found


def page_rows(
    page_ids: QuerySet, today: datetime.date, queryset: Callable[[], QuerySet]
) -> list[Commitment]:
    """The commitments of ``page_ids`` (a sliced, ordered queryset of ids) in its order,
    from ``queryset()`` (``views.commitments.commitment_queryset(today)``), which is
    built and compiled only the first time for the day, the ordering and the settings."""
    key = (
        page_ids.db,
        connections[page_ids.db].vendor,
        today,
        tuple(str(term) for term in page_ids.query.order_by),
        settings.REPORT_DUE_DAY,
        settings.PROGRESS_MARGIN_PERCENT,
    )
    held = _held.get(key)
    if held is None:
        if len(_held) >= 32:  # a day's few orderings; earlier days' are dropped
            _held.clear()
        held = _held[key] = _compile(page_ids.db, key[3], queryset())
    return held.rows(page_ids)


#: The statements compiled, by database, day, ordering and the light's settings.
_held: dict[tuple, PageQuery] = {}


def _compile(alias: str, ordering: tuple[str, ...], queryset: QuerySet) -> PageQuery:
    marked = queryset.filter(pk__in=RawSQL(_PAGE_MARK, ())).order_by(*ordering)
    compiler = marked.query.get_compiler(using=alias)
    sql, params = compiler.as_sql()
    at = sql.index(_PAGE_MARK)
    assert sql.count(_PAGE_MARK) == 1
    before, after = sql[:at], sql[at + len(_PAGE_MARK) :]
    split = _placeholders(before)
    return PageQuery(
        alias,
        before[before.rindex("WHERE ") + len("WHERE ") :],
        before,
        after,
        tuple(params[:split]),
        tuple(params[split:]),
        RowMaker.of(compiler, alias),
        dict(compiler.annotation_col_map),
    )


@receiver(setting_changed)
def _forget(**kwargs) -> None:
    """A changed setting (tests' ``override_settings``) may change the statement."""
    _held.clear()
