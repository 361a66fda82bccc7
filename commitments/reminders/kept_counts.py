"""A department chunk's counts from the counts PostgreSQL keeps (``commitments.0019``).

The tally (``messages._tally_sql``) makes a row for every hit to count it: ~13,000 a
department chunk at 100k commitments, most of them missing reports. Here the missing
reports and unacknowledged commitments are counted from kept counts instead, per
department: its owner pairs of tracked commitments per plan (``owned``) less those that
filed this period (``filed``); the few deadline and milestone hits are read as before,
through indexes; only the ``limit`` worst of each section are read, from indexes in the
listing's own order (date, then the id as text). Nothing kept is relative to a day: the
day decides which period and plans are read.

Supervisors' overdue digests and escalations are counted from the ``due`` buckets
(tracked commitments per lead department and deadline): overdue on a day is the sum of
the buckets before it (``supervisor_counts``).

Exact where the tally is exact, and used only where the arithmetic holds: PostgreSQL,
every recipient of the chunk one department or one supervisor, at most one report
period that day. Anything else (a mailbox shared by two departments or by a department
and a supervisor, a day with two periods, SQLite) is tallied as before.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import connection

from commitments.choices import NotificationKind
from commitments.models import Commitment
from commitments.reminders.decisions import Day, tracked_sql, unowed_sql

TABLE = "commitments_keptremindercount"
#: Off in tests that compare with the tally.
ENABLED = True
_TRACKED, _CO_TRACKED = tracked_sql("c"), tracked_sql("co", kept="kept_")
_C, _CO = "commitments_commitment", "commitments_coownership"
_R, _M = "commitments_progressreport", "commitments_milestone"

#: (key id, commitment id, rank, seq) as the tally's rows have them
Row = tuple[int, int, datetime.date, int]


@dataclass
class Counted:
    counts: dict[str, int] = field(default_factory=dict)
    listed: dict[str, list[Row]] = field(default_factory=dict)
    commitments: int = 0


def usable(day: Day, audiences: Iterable[tuple]) -> bool:
    """Can this chunk be counted from the kept counts (``audiences``: each recipient's
    members)?"""
    return (
        ENABLED
        and connection.vendor == "postgresql"
        and len(day.report_periods) <= 1
        and all(len(members) == 1 for members in audiences)
    )


def fold() -> int:
    """Fold the triggers' deltas into one row a key (the sweep's task, before it plans):
    a read sums every row, so what it reads grows with the writes since the last fold.
    One statement; a concurrent fold waits for the rows this one took; a reader sees
    the rows before or after it. Returns how many deltas it folded."""
    if connection.vendor != "postgresql":
        return 0
    key = "kind, department_id, plan_id, period, deadline, co, unack"
    with connection.cursor() as cursor:
        cursor.execute(
            f"""WITH gone AS (DELETE FROM {TABLE} WHERE NOT folded RETURNING {key}, n),
                folded AS (INSERT INTO {TABLE} AS t ({key}, n, folded)
                    SELECT {key}, sum(n), true FROM gone GROUP BY {key}
                    ON CONFLICT ({key}) WHERE folded DO UPDATE SET n = t.n + EXCLUDED.n)
                SELECT count(*) FROM gone"""
        )
        (count,) = cursor.fetchone()
    return int(count)


def refill() -> None:
    """The kept counts recounted from the ledger: after a load with PostgreSQL's triggers
    switched off (``bench/seed.py``'s ``COPY``). Nothing else needs it."""
    if connection.vendor != "postgresql":
        return
    from importlib import import_module

    kept = import_module("commitments.migrations.0019_kept_reminder_counts")
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")
        cursor.execute(kept.BACKFILL)
        cursor.execute(f"ANALYZE {TABLE}")


def recount_departments(department_ids: Iterable[int]) -> int:
    """Set these departments' kept counts to a recount from the ledger, by logging the
    difference as deltas (one statement: the kept sums and the recount read one
    snapshot). The department merge's step after it re-points the merged department's
    reports (``catalog.merge_department``): the triggers count a report when it is
    filed, and a re-pointed one was filed under another department. The caller holds
    the rows the moved shares come from (the commitments, the departments), so no
    concurrent writer moves them in between. Returns how many delta rows it logged."""
    if connection.vendor != "postgresql":
        return 0
    from importlib import import_module

    kept = import_module("commitments.migrations.0019_kept_reminder_counts")
    key = "kind, department_id, plan_id, period, deadline, co, unack"
    # The recount's filings read through the departments' index (``report_department_
    # period``) rather than every report; its owners are few rows a commitment.
    filings = f"SELECT DISTINCT commitment_id, department_id, period FROM {_R}\n"
    assert kept.RECOUNT.count(filings) == 1
    recount = kept.RECOUNT.replace(
        filings, f"{filings.rstrip()} WHERE department_id = ANY(%(d)s)\n"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"""INSERT INTO {TABLE} ({key}, n)
                SELECT {key}, sum(n) FROM (
                    SELECT * FROM ({recount}) AS r ({key}, n)
                    WHERE department_id = ANY(%(d)s)
                    UNION ALL
                    SELECT {key}, -n FROM {TABLE} WHERE department_id = ANY(%(d)s)
                ) AS both_sides
                GROUP BY {key} HAVING sum(n) <> 0""",
            {"d": sorted(set(department_ids))},
        )
        return cursor.rowcount


def _rows(sql: str, params: dict) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def department_counts(day: Day, limit: int) -> dict[int, Counted]:
    """Each department's sections: counts, the ``limit`` worst, the covered count.

    The kept counts are read from their index alone (``keptremindercount_key``, which
    includes the columns summed, ``commitments.0038``): a department's owner pairs
    (kind 0, period ``''``) and its filings of the period (kind 1), one index range
    each; the key's three columns are all conditions of the index scan."""
    found: dict[int, Counted] = defaultdict(Counted)
    period = day.report_periods[0] if day.report_periods else None
    params = {
        "d": list(day.department_ids),
        "p": period.stage.period if period else "",
        "plans": period.plan_ids if period else [],
        "t": day.targets,
        "l": limit,
    }
    both: dict[int, int] = {}
    unowed = _unowed(day)
    if period:
        # Pairs that do not owe the period's report and have not filed it: counted as
        # owned less filed, and not missing (``decisions.unowed_sql``; none at the time
        # of a live sweep, since nobody is assigned a pledge after today).
        not_owing: dict[int, int] = defaultdict(int)
        not_owing_unack: dict[int, int] = defaultdict(int)
        for _, department, co, unack_row, filed_row, lead in unowed:
            # the kept counts leave out a co-ownership of the lead itself (0019)
            if not filed_row and not (co and department == lead):
                not_owing[department] += 1
                not_owing_unack[department] += int(co == 0 and unack_row)
        for pk, owned, filed, unack, unack_filed in _rows(
            f"""SELECT department_id,
                   coalesce(sum(n) FILTER (WHERE kind = 0), 0),
                   coalesce(sum(n) FILTER (WHERE kind = 1), 0),
                   coalesce(sum(n) FILTER (WHERE kind = 0 AND co = 0 AND unack), 0),
                   coalesce(sum(n) FILTER (WHERE kind = 1 AND co = 0 AND unack), 0)
                FROM {TABLE}
                WHERE department_id = ANY(%(d)s) AND kind IN (0, 1)
                  AND period = ANY(ARRAY['', %(p)s]) AND plan_id = ANY(%(plans)s)
                GROUP BY 1""",
            params,
        ):
            missing, unacknowledged = int(owned - filed) - not_owing[pk], int(unack)
            if missing:
                found[pk].counts[NotificationKind.MISSING_REPORT] = missing
            if unacknowledged:
                found[pk].counts[NotificationKind.UNACKNOWLEDGED] = unacknowledged
            overlap = int(unack - unack_filed) - not_owing_unack[pk]
            both[pk] = missing + unacknowledged - overlap
    owing_not = {(department, cid, co) for cid, department, co, _, _, _ in unowed}
    covered = _dated(day, params, found, limit, owing_not)
    for pk in set(both) | set(covered):
        outside = sum(1 for inside in covered.get(pk, {}).values() if not inside)
        if both.get(pk, 0) + outside:
            found[pk].commitments = both.get(pk, 0) + outside
    if period:
        _list_reports(params, found, owing_not)
    return {pk: counted for pk, counted in found.items() if counted.counts}


def _unowed(day: Day) -> list[tuple[int, int, int, bool, bool, int]]:
    """``(commitment id, department, co, unacknowledged, filed, lead)`` of the chunk's owner
    pairs that do not owe its period's report (``decisions.unowed_sql``), and whether
    each filed it anyway. Empty without a period."""
    if not day.report_periods:
        return []
    (period,) = day.report_periods
    sql, params = unowed_sql(day, period)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""SELECT u.cid, u.d, u.co, u.unack, EXISTS (SELECT 1 FROM {_R} r
                  WHERE r.commitment_id = u.cid AND r.department_id = u.d AND r.period = %s),
                  u.lead
                FROM ({sql}) AS u (cid, d, co, unack, lead)""",
            [period.stage.period, *params],
        )
        return [tuple(row) for row in cursor.fetchall()]


def _dated(
    day: Day,
    params: dict,
    found: dict[int, Counted],
    limit: int,
    unowed: set[tuple[int, int, int]],
) -> dict[int, dict[int, bool]]:
    """The deadline and milestone sections (few: read through indexes: a co-owner's
    deadlines from ``coowner_listing``, or ``coowner_excused`` if it is excused, not the
    chunk's every co-ownership — ~14,000 rows, 22 ms a chunk at 100k), and for each of
    their commitments whether it is also missing a report (one its owner owes: not in
    ``unowed``, ``(department, commitment id, co)``) or unacknowledged."""
    if not day.targets:
        return {}
    rows = _rows(
        f"""WITH dm AS (
              SELECT c.lead_owner_id d, c.id cid, 0 co, false excused, c.plan_id,
                     c.acknowledged_at IS NULL unack, 0 k, c.id key, c.deadline rank
              FROM {_C} c
              WHERE c.lead_owner_id = ANY(%(d)s) AND c.deadline = ANY(%(t)s) AND {_TRACKED}
              UNION ALL
              SELECT co.department_id, co.commitment_id, 1, false,
                     co.kept_plan_id, false, 0, co.commitment_id, co.kept_deadline
              FROM {_CO} co
              WHERE co.department_id = ANY(%(d)s) AND co.kept_deadline = ANY(%(t)s)
                AND {_CO_TRACKED} AND co.excused_at IS NULL
              UNION ALL
              SELECT co.department_id, co.commitment_id, 1, true,
                     co.kept_plan_id, false, 0, co.commitment_id, co.kept_deadline
              FROM {_CO} co
              WHERE co.department_id = ANY(%(d)s) AND co.kept_deadline = ANY(%(t)s)
                AND {_CO_TRACKED} AND co.excused_at IS NOT NULL
              UNION ALL
              SELECT c.lead_owner_id, c.id, 0, false, c.plan_id, c.acknowledged_at IS NULL,
                     1, m.id, m.due
              FROM {_M} m JOIN {_C} c ON c.id = m.commitment_id
              WHERE m.due = ANY(%(t)s) AND m.completed_at IS NULL
                AND c.lead_owner_id = ANY(%(d)s) AND {_TRACKED}
              UNION ALL
              SELECT co.department_id, co.commitment_id, 1, co.excused_at IS NOT NULL,
                     co.kept_plan_id, false, 1, m.id, m.due
              FROM {_M} m JOIN {_CO} co ON co.commitment_id = m.commitment_id
              WHERE m.due = ANY(%(t)s) AND m.completed_at IS NULL
                AND co.department_id = ANY(%(d)s) AND {_CO_TRACKED})
            SELECT d, cid, co, k, key, rank,
                   NOT excused AND plan_id = ANY(%(plans)s) AND NOT EXISTS (
                     SELECT 1 FROM {_R} r WHERE r.commitment_id = dm.cid
                       AND r.department_id = dm.d AND r.period = %(p)s),
                   co = 0 AND unack AND plan_id = ANY(%(plans)s)
            FROM dm""",
        params,
    )
    per: dict[int, dict[int, dict[int, tuple[int, datetime.date, int]]]] = defaultdict(
        lambda: {0: {}, 1: {}}
    )
    covered: dict[int, dict[int, bool]] = defaultdict(dict)
    for pk, cid, co, k, key, rank, missing, unacknowledged in rows:
        missing = missing and (pk, cid, co) not in unowed
        keys = per[pk][k]
        if key not in keys or co < keys[key][2]:
            keys[key] = (cid, rank, co)
        covered[pk][cid] = covered[pk].get(cid, False) or bool(missing or unacknowledged)
    for pk, sections in per.items():
        for k, kind in ((0, NotificationKind.DEADLINE), (1, NotificationKind.MILESTONE)):
            if not sections[k]:
                continue
            found[pk].counts[kind] = len(sections[k])
            worst = sorted(sections[k].items(), key=lambda item: (item[1][1], str(item[0])))
            found[pk].listed[kind] = [
                (key, cid, rank, co) for key, (cid, rank, co) in worst[:limit]
            ]
    return covered


def _list_reports(
    params: dict, found: dict[int, Counted], unowed: set[tuple[int, int, int]]
) -> None:
    """The worst missing reports and unacknowledged commitments of each department, from
    the listing indexes (``commitments.0019``): date, then id as text, stopping after
    ``limit`` (and as many more as there are ``unowed`` pairs, ``(department,
    commitment id, co)``, which are not missing and are skipped). The reports are probed
    by commitment (``+ 0``: not the department's whole filing list per candidate)."""
    params = {**params, "more": params["l"] + len(unowed)}
    not_filed = (
        "NOT EXISTS (SELECT 1 FROM {r} r WHERE r.commitment_id = {cid}"
        " AND r.department_id + 0 = dd.id AND r.period = %(p)s)"
    )
    order = '{x}.deadline, ({x}.id::text) COLLATE "C"'
    led = (
        f'SELECT c.id cid, c.deadline, 0 co, (c.id::text) COLLATE "C" t FROM {_C} c'
        f" WHERE c.lead_owner_id = dd.id AND {_TRACKED} AND c.plan_id + 0 = ANY(%(plans)s)"
    )
    co = (
        f"SELECT co.commitment_id, co.kept_deadline, 1,"
        f' (co.commitment_id::text) COLLATE "C" FROM {_CO} co'
        f" WHERE co.department_id = dd.id AND {_CO_TRACKED} AND co.excused_at IS NULL"
        f" AND co.kept_plan_id = ANY(%(plans)s)"
        f" AND {not_filed.format(r=_R, cid='co.commitment_id')}"
        f' ORDER BY co.kept_deadline, (co.commitment_id::text) COLLATE "C" LIMIT %(more)s'
    )
    sections = (
        (
            NotificationKind.MISSING_REPORT,
            f"({led} AND {not_filed.format(r=_R, cid='c.id')}"
            f" ORDER BY {order.format(x='c')} LIMIT %(more)s) UNION ALL ({co})",
        ),
        (
            NotificationKind.UNACKNOWLEDGED,
            f"({led} AND c.acknowledged_at IS NULL ORDER BY {order.format(x='c')} LIMIT %(l)s)",
        ),
    )
    for kind, parts in sections:
        seen: set[tuple[int, int]] = set()
        for pk, cid, deadline, owned_as_co in _rows(
            f"""SELECT dd.id, y.cid, y.deadline, y.co FROM unnest(%(d)s::bigint[]) dd(id),
                LATERAL (SELECT * FROM ({parts}) z ORDER BY deadline, t, co) y""",
            params,
        ):
            counted = found.get(pk)
            if counted is None or kind not in counted.counts or (pk, cid) in seen:
                continue
            if kind == NotificationKind.MISSING_REPORT and (pk, cid, owned_as_co) in unowed:
                continue
            listed = counted.listed.setdefault(kind, [])
            if len(listed) < params["l"]:
                seen.add((pk, cid))
                listed.append((cid, cid, deadline, owned_as_co))


_E = "commitments_escalation"
_DEPARTMENT = "commitments_department"


#: How many of the tracked commitments up to the grace line (``line``) were already
#: escalated to ``user`` since their current deadline plus the grace (``days``). Each
#: escalation is joined to its commitment's current deadline, read from the partial
#: index ``commitment_tracked_deadline`` alone (``commitments.0033``), not from the
#: table: at 1M a later day's 222,390 escalations took 2.18 s that way
#: (docs/benchmarks.md, eighteenth round).
ESCALATED = f"""SELECT count(DISTINCT e.commitment_id) FROM {_E} e JOIN {_C} c
    ON c.id = e.commitment_id
    WHERE e.user_id = %(user)s AND c.deadline <= %(line)s AND {_TRACKED}
      AND e.day - c.deadline >= %(days)s"""


@dataclass
class Overseen:
    """A supervisor's overdue digest and escalations, from the kept ``due`` buckets:
    counts, the ``limit`` worst (the digest: twice that), the digest's count per lead
    department (the largest ``limit``: ``(name, count)``) and how many departments."""

    counts: dict[str, int] = field(default_factory=dict)
    listed: dict[str, list[Row]] = field(default_factory=dict)
    overdue: int = 0
    by_department: list[tuple[str, int]] = field(default_factory=list)
    departments: int = 0


def _worst_per_department(
    departments: list[int], params: dict, condition: str, limit: int
) -> list[tuple[int, int, datetime.date]]:
    """``(department, commitment id, deadline)``: each department's ``limit`` worst
    tracked commitments it leads (deadline, then id as text: the listing index
    ``commitment_owner_listing``) that meet ``condition`` (SQL on ``c``)."""
    if not departments:
        return []
    return _rows(
        f"""SELECT dd.id, y.id, y.deadline FROM unnest(%(departments)s::bigint[]) dd(id),
            LATERAL (SELECT c.id, c.deadline FROM {_C} c
                     WHERE c.lead_owner_id = dd.id AND {_TRACKED} AND {condition}
                     ORDER BY c.deadline, (c.id::text) COLLATE "C" LIMIT %(limit)s) y""",
        {**params, "departments": departments, "limit": limit},
    )


def _worst(rows: Iterable[tuple[int, int, datetime.date]], limit: int) -> list[Row]:
    """The ``limit`` worst of several departments' worst, as the tally lists them."""
    worst = sorted(rows, key=lambda row: (row[2], str(row[1])))[:limit]
    return [(cid, cid, deadline, 0) for _, cid, deadline in worst]


def supervisor_counts(
    today: datetime.date,
    people: Iterable[tuple[int, int, frozenset[int] | None]],
    escalation_days: int,
    limit: int,
) -> dict[int, Overseen]:
    """Each supervisor's overdue digest and escalations (``people``: membership id, user
    id, the departments overseen or None for all of them; escalations go only to the
    latter), as the tally (``messages._tally_sql``) counts and lists them, without a
    row per overdue commitment: the digest's counts are the kept ``due`` buckets before
    ``today`` (one read for every department); an escalation count is the buckets up to
    the grace line less the commitments already escalated to that user since their
    current deadline plus the grace (``decisions.escalated``); the worst are read per
    lead department from the listing index and merged. Reviews are not here (few:
    decided in Python, ``decisions.review_rows``)."""
    people = list(people)
    line = today - datetime.timedelta(days=escalation_days)
    params = {"today": today, "line": line, "days": escalation_days}
    overdue: dict[int, int] = {}
    escalable = 0
    names: dict[int, str] = {}
    for pk, name, before, up_to_line in _rows(
        f"""SELECT k.department_id, d.name, k.before, k.up_to_line FROM (
                SELECT department_id, sum(n) before,
                       coalesce(sum(n) FILTER (WHERE deadline <= %(line)s), 0) up_to_line
                FROM {TABLE} WHERE kind = 2 AND deadline < %(today)s GROUP BY 1) k
            JOIN {_DEPARTMENT} d ON d.id = k.department_id""",
        params,
    ):
        if before:
            overdue[pk], names[pk] = int(before), name
        escalable += int(up_to_line)
    overseen = {
        pk: sorted(overdue if departments is None else overdue.keys() & departments)
        for pk, _, departments in people
    }
    reached = sorted({d for found in overseen.values() for d in found})
    digest = _worst_per_department(reached, params, "c.deadline < %(today)s", 2 * limit)
    found: dict[int, Overseen] = {}
    for pk, _, _ in people:
        departments = overseen[pk]
        if not departments:
            continue
        counted = found[pk] = Overseen(overdue=sum(overdue[d] for d in departments))
        counted.counts[NotificationKind.OVERDUE_DIGEST] = counted.overdue
        mine = set(departments)
        counted.listed[NotificationKind.OVERDUE_DIGEST] = _worst(
            (row for row in digest if row[0] in mine), 2 * limit
        )
        largest = sorted(departments, key=lambda d: (-overdue[d], d))[:limit]
        counted.by_department = [(names[d], overdue[d]) for d in largest]
        counted.departments = len(departments)
    escalation = (
        f"c.deadline <= %(line)s AND NOT EXISTS (SELECT 1 FROM {_E} e"
        " WHERE e.commitment_id = c.id AND e.user_id = %(user)s"
        " AND e.day - c.deadline >= %(days)s)"
    )
    for pk, user_id, departments in people:
        if departments is not None or not escalable or pk not in found:
            continue
        ((done,),) = _rows(ESCALATED, {**params, "user": user_id})
        if count := escalable - int(done):
            found[pk].counts[NotificationKind.ESCALATION] = count
            rows = _worst_per_department(
                overseen[pk], {**params, "user": user_id}, escalation, limit
            )
            found[pk].listed[NotificationKind.ESCALATION] = _worst(rows, limit)
    return found


def overdue_among(today: datetime.date, commitment_ids: Iterable[int]) -> set[int]:
    """Which of ``commitment_ids`` are overdue on ``today`` (``rules.overdue``)."""
    ids = sorted(set(commitment_ids))
    if not ids:
        return set()
    return set(Commitment.objects.overdue(today).filter(pk__in=ids).values_list("pk", flat=True))
