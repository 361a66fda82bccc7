"""Time a department merge (单位合并) on a seeded ledger and say what it locks.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tracker_bench \\
        python -m bench.merge --size 10000 [--no-seed]

Seeds ``size`` commitments (``bench.seed``; **overwrites** the database) unless
``--no-seed``, then merges the department that leads the most pledges into the one
that leads the next most, in one transaction that is rolled back (the seeded ledger
stays as it was, so the run can be repeated with ``--no-seed``). Prints the merge's
time, its slowest statements, and the locks it holds just before it commits: rows of
commitments and departments, advisory locks, and how many reports, events and requests
it moved.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/tracker_bench"


class Rollback(Exception):
    """Raised to undo the merge once it is measured."""


def _statements(log: list[tuple[float, str]]) -> Callable[..., Any]:
    def wrapper(execute, sql, params, many, context):  # Django's execute_wrapper hook
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            log.append((time.perf_counter() - started, sql))

    return wrapper


def _locks() -> dict[str, int]:
    """The locks this session holds: advisory locks by count, and each table's
    (not index's) lock modes. Row locks are not listed by PostgreSQL; the rows locked
    are the commitments the merge touches and the two departments (``FOR UPDATE``)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT CASE WHEN l.locktype = 'relation' THEN 'table ' || c.relname || ': '
                           || string_agg(l.mode, ', ' ORDER BY l.mode)
                      ELSE l.locktype || ' ' || l.mode END, count(*)
               FROM pg_locks l LEFT JOIN pg_class c ON c.oid = l.relation
               WHERE l.pid = pg_backend_pid() AND l.granted
                 AND (l.locktype <> 'relation' OR c.relkind = 'r')
                 AND (c.relname IS NULL OR c.relname NOT LIKE 'pg\\_%%')
               GROUP BY l.locktype, l.mode, c.relname ORDER BY 2 DESC, 1"""
        )
        return {name: n for name, n in cursor.fetchall()}


def _touched(source_id: int) -> int:
    """How many commitment rows the merge locks (``FOR NO KEY UPDATE``): those whose
    shares move, selected as ``merge_department`` selects them."""
    from django.db.models import Q

    from commitments import rules
    from commitments.choices import EventKind
    from commitments.models import Commitment, CommitmentEvent

    acks = CommitmentEvent.objects.filter(kind=EventKind.ACKNOWLEDGED, department_id=source_id)
    return (
        Commitment.objects.filter(
            rules.owned_by(source_id)
            | Q(reports__department_id=source_id)
            | Q(pk__in=acks.values("commitment_id"))
            | Q(extension_requests__department_id=source_id)
            | Q(closure_requests__department_id=source_id)
        )
        .distinct()
        .count()
    )


def measure() -> dict[str, Any]:
    from django.db import connection, transaction
    from django.db.models import Count

    from commitments.models import Commitment, CommitmentEvent, Department, ProgressReport
    from commitments.services.catalog import merge_department

    leads = (
        Commitment.objects.values("lead_owner_id")
        .annotate(n=Count("id"))
        .order_by("-n", "lead_owner_id")[:2]
    )
    source_id, target_id = (row["lead_owner_id"] for row in leads)
    source, target = Department.objects.get(pk=source_id), Department.objects.get(pk=target_id)
    out: dict[str, Any] = {
        "source": source.name,
        "led": Commitment.objects.filter(lead_owner=source).count(),
        "co_owned": Commitment.objects.filter(coownerships__department=source).count(),
        "reports": ProgressReport.objects.filter(department=source).count(),
        "events": CommitmentEvent.objects.filter(department=source).count(),
        "commitments_locked": _touched(source_id),
        "all_reports": ProgressReport.objects.count(),
        "all_events": CommitmentEvent.objects.count(),
    }
    log: list[tuple[float, str]] = []
    started = time.perf_counter()
    try:
        with transaction.atomic(), connection.execute_wrapper(_statements(log)):
            result = merge_department(source, target)
            out["merge_s"] = round(time.perf_counter() - started, 2)
            out["moved"] = vars(result)
            out["locks"] = _locks()
            raise Rollback
    except Rollback:
        pass
    out["statements"] = len(log)
    out["slowest"] = [
        (round(seconds, 3), " ".join(sql.split())[:160])
        for seconds, sql in sorted(log, reverse=True)[:8]
    ]
    return out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--no-seed", action="store_true", help="measure the ledger as it is")
    args = parser.parse_args(argv)
    os.environ.setdefault("DATABASE_URL", DEFAULT_DATABASE_URL)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    sys.path.insert(0, str(BASE_DIR))
    from bench.database import ensure_database, migrate

    ensure_database(os.environ["DATABASE_URL"])
    import django

    django.setup()
    if not args.no_seed:
        from django.utils import timezone

        from bench import seed

        migrate()
        today = timezone.localdate()
        seeded = seed.seed(args.size, today.year, today.month)
        print(f"seeded {args.size} commitments in {seeded.seconds:.0f} s")
    out = measure()
    for key, value in out.items():
        if isinstance(value, (dict, list)):
            print(f"{key}:")
            for item in value.items() if isinstance(value, dict) else value:
                print(f"  {item}")
        else:
            print(f"{key}: {value}")
    return out


if __name__ == "__main__":
    main()
