"""How many commitments a supervisor's e-mail lists, per department.

An overdue digest or escalation for a supervisor of every department once
listed every overdue commitment: at 100k commitments that was ~25k rows, a
body over the SMTP server's 32 MiB limit and a 1.45 GB worker (bench/,
docs/benchmarks.md). The e-mail still *covers* every commitment (it counts
them per department and links to the full list), but lists at most
``DIGEST_MAX_ROWS``, the most overdue first. The rows are shared out evenly
("water-filling"): a department with few overdue commitments shows them all,
the big ones are cut, so a small office is never crowded out by a big one.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def quotas(sizes: Mapping[K, int], limit: int) -> dict[K, int]:
    """Rows to list per group, at most ``limit`` in total (all of them if they fit).

    Every group gets ``min(size, q)`` for the largest ``q`` that fits; the rows
    still free go one each to the cut groups, in key order (deterministic, so a
    retry of the same decision lists the same rows).
    """
    limit = max(0, limit)
    if sum(sizes.values()) <= limit:
        return dict(sizes)
    low, high = 0, max(sizes.values(), default=0)
    while low < high:  # largest q with sum(min(size, q)) <= limit
        mid = (low + high + 1) // 2
        if sum(min(n, mid) for n in sizes.values()) <= limit:
            low = mid
        else:
            high = mid - 1
    share = {key: min(n, low) for key, n in sizes.items()}
    spare = limit - sum(share.values())
    for key in sorted(sizes, key=str):
        if spare <= 0:
            break
        if sizes[key] > share[key]:
            share[key] += 1
            spare -= 1
    return share


def split(rows_by_group: Mapping[K, list], limit: int) -> tuple[dict[K, list], dict[K, list]]:
    """(listed, unlisted) rows per group; each group's rows must already be in
    listing order (most overdue first), so the listed ones are its head."""
    share = quotas({key: len(rows) for key, rows in rows_by_group.items()}, limit)
    listed = {key: rows[: share[key]] for key, rows in rows_by_group.items()}
    unlisted = {key: rows[share[key] :] for key, rows in rows_by_group.items()}
    return listed, unlisted
