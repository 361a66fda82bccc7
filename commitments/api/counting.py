"""Counting a department's ledger from two small index reads.

The list's ``count`` is exact (clients show "共 N 项" and page links). For
``?department=D`` alone, filtering ``lead_owner = D OR id IN (co-owned)``
means checking every commitment: 11 ms of a 100k ledger's index, the largest
part of a list request (bench/, EXPLAIN ANALYZE). The same number is
``|led by D| + |co-owned by D and led by someone else|``: two index lookups
of D's own rows, about 1 ms. Any other filter or a search goes the general way.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import QuerySet
from django.http import QueryDict

from commitments.rules import count_owned_by as department_count

__all__ = ["DEPARTMENT_ONLY", "Counted", "department_count", "department_only"]

#: Query parameters that leave the department's whole ledger in scope.
DEPARTMENT_ONLY = frozenset({"department", "ordering", "page", "page_size", "format"})


def department_only(params: QueryDict) -> int | None:
    """The department id when it is the list's only filter (the filterset has
    already validated it), else None."""
    if "department" not in params or not set(params) <= DEPARTMENT_ONLY:
        return None
    return int(params["department"])


class Counted:
    """A queryset of ids for ``Paginator``: its ``count()`` computed another way (or
    the queryset's own), and a page's slice handed to ``rows``, which loads the
    page's rows from it (the slice as a subquery: one query, not two)."""

    def __init__(
        self,
        queryset: QuerySet,
        count: Callable[[], int] | None = None,
        rows: Callable[[QuerySet], list] | None = None,
    ) -> None:
        self.queryset = queryset
        self._count = count or queryset.count
        self._rows = rows

    def count(self) -> int:
        return self._count()

    @property
    def ordered(self) -> bool:
        return self.queryset.ordered

    def __getitem__(self, key):
        page = self.queryset[key]
        if self._rows is None or not isinstance(key, slice):
            return page
        return self._rows(page)

    def __len__(self) -> int:
        return self.count()
