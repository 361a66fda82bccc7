"""Kept roll-ups: the whole ledger's summary counts, kept between requests.

The supervisors' summary over every plan and department (督查通报) counts
each commitment's light, status and punctuality flags. At a province's size
(1,000,000 commitments) one pass over the ledger takes ~5 s on two cores,
whatever the query (bench/, docs/benchmarks.md). This module keeps that
pass's result for one day — a row per plan, section and lead department,
each commitment's share of those rows (``RollupFact``), and per department
the monthly reports it owed as co-owner (``RollupCount``) — and keeps it
exact:

* every write to a commitment, a milestone or a plan's report rules is
  logged by PostgreSQL triggers, in the writer's own transaction, as the
  commitments it may have moved (``RollupChange`` ``item``; migrations
  ``reports.0002``, ``0004``); a write to a co-ownership as the department
  whose reports owed as co-owner it may have moved. Triggers see every
  writer — services, admin, bulk updates of a re-import — so no code path
  can forget;
* the filing service's first-report counts (``DueDayReportTally``) are
  kept per department too, logged by a trigger on their table;
* ``read`` serves the kept rows, takes the moved commitments' kept shares
  out of their groups and puts their shares counted now in (the same query,
  ``reports.rollups.counting_query``), and counts the moved departments'
  reports again: the numbers are those of a full pass, at the cost of the
  commitments written since the last refresh, not of their whole groups;
* ``refresh`` (Celery beat, every ``ROLLUP_REFRESH_SECONDS``) folds the
  moved shares into the kept rows, and rebuilds them all when the
  fingerprint of the counting query changed: a new day (the lights depend
  on it), other settings (due day, margin) or a new version of the rules.

Only the unfiltered scope (every plan and department, as of today) is kept.
A chosen plan, or the departments a supervisor or clerk is limited to,
reads its own commitments through the indexes and is counted live, as is
everything on databases other than PostgreSQL (SQLite in local runs).
"""

from __future__ import annotations

import datetime
import functools
import hashlib
from dataclasses import dataclass

import orjson
from django.core.signals import setting_changed
from django.db import OperationalError, connection, transaction
from django.dispatch import receiver
from django.utils import timezone

from commitments import rules
from commitments.models import Commitment, CoOwnership
from commitments.reminders.sqlarray import AnyOf
from commitments.sql import without_jit
from reports import rollups
from reports.models import RollupChange, RollupCount, RollupFact, RollupGrouping, RollupSnapshot
from reports.scope import ReportScope
from reports.sql import rows_without_jit

#: ``refresh``'s lock, one refresh at a time: a table lock that conflicts with itself and
#: neither with readers nor with writers' rows (the ``TRUNCATE`` trigger's delete), taken
#: ``NOWAIT`` by the transaction's first statement. ``LOCK`` takes no snapshot, so the
#: REPEATABLE READ snapshot begins after it and sees the previous refresh committed; it
#: ends with the transaction (a session's advisory lock outlived a refresh run inside an
#: outer transaction, and was left held when PgBouncer's transaction pooling gave the
#: unlock another server session).
_LOCK = f"LOCK TABLE {RollupSnapshot._meta.db_table} IN SHARE UPDATE EXCLUSIVE MODE NOWAIT"
_LOCK_NOT_AVAILABLE = "55P03"  # SQLSTATE lock_not_available: another refresh holds it
_INSERT_BATCH = 2000


@dataclass(frozen=True)
class Kept:
    """What ``read`` found: ``groups`` as ``rollups.group_counts`` returns them,
    ``co_owned`` ``{department id: reports owed as co-owner}``, and how many
    commitments and departments were counted live because they moved after
    ``folded_at``."""

    groups: rollups.GroupCounts
    co_owned: dict[int, int]
    #: ``{department id: rollups.FILED_COUNTS}``
    filed: dict[int, tuple[int, ...]]
    folded_at: datetime.datetime
    counted_live: int


@dataclass(frozen=True)
class Refreshed:
    """What ``refresh`` did: ``action`` is ``rebuilt``, ``folded``, ``unchanged``,
    ``busy`` (another refresh holds the lock) or ``live`` (not PostgreSQL);
    ``groups`` the rows written."""

    action: str
    groups: int = 0
    day: datetime.date | None = None


def serves(scope: ReportScope) -> bool:
    """Whether the kept rows can answer ``scope``: every plan and department, PostgreSQL."""
    return connection.vendor == "postgresql" and scope.plan is None and scope.department_ids is None


def fingerprint(scope: ReportScope) -> str:
    """SHA-256 of the counting queries' SQL and parameters for ``scope``: the
    day, the settings and the rules' SQL in one value (64 hex characters).

    The SQL depends only on the day, the settings and the code, so the value
    of the whole ledger's scope is kept per day in the process (building the
    queries took ~20 ms of each summary) and forgotten when a setting changes
    (``setting_changed``: tests' ``override_settings``)."""
    if scope.plan is None and scope.department_ids is None:
        return _whole_ledger_fingerprint(scope.today)
    return _fingerprint(scope)


def _fingerprint(scope: ReportScope) -> str:
    sql, params = rollups.counting_sql(scope)
    return hashlib.sha256(f"{sql}\n{params!r}".encode()).hexdigest()


@functools.lru_cache(maxsize=4)
def _whole_ledger_fingerprint(day: datetime.date) -> str:
    return _fingerprint(ReportScope(today=day))


@receiver(setting_changed)
def _forget_fingerprints(**kwargs) -> None:
    _whole_ledger_fingerprint.cache_clear()
    _read_sql.cache_clear()
    forget_held()


_ITEM = RollupGrouping.COMMITMENT


@functools.cache
def _moved_sql(since_snapshot: bool) -> str:
    """``WITH`` parts naming what moved since the last refresh, as of the
    statement that uses them: ``logged`` (the log), ``items`` (the commitments
    logged, and those in the plans whose report rules changed — one that left
    such a plan was logged itself when it moved) and ``co`` (the departments logged for their
    co-ownerships, and every department co-owning a moved commitment now).

    Co-owners and a plan's commitments are looked up here, not by the triggers:
    a trigger sees its own statement's snapshot, and a co-owner added by a
    transaction that commits meanwhile would be missed (tests/reports,
    ``TestConcurrentSessions``). ``since_snapshot``: only when the kept rows
    serve this day (the read's ``snapshot`` part)."""
    co, commitment = CoOwnership._meta.db_table, Commitment._meta.db_table
    serving = "WHERE EXISTS (SELECT 1 FROM snapshot)" if since_snapshot else ""
    return f"""logged AS (
    SELECT DISTINCT grouping, key FROM {RollupChange._meta.db_table} {serving}
), items AS (
    SELECT key AS id FROM logged WHERE grouping = '{_ITEM}'
    UNION SELECT c.id FROM {commitment} c
          JOIN logged l ON l.grouping = '{RollupGrouping.PLAN_RULES}' AND c.plan_id = l.key
), co AS (
    SELECT key AS id FROM logged WHERE grouping = '{RollupGrouping.CO_OWNED}'
    UNION SELECT o.department_id FROM {co} o JOIN items i ON o.commitment_id = i.id
), changed AS (
    SELECT '{RollupGrouping.CO_OWNED}'::varchar AS grouping, id AS key FROM co
    UNION ALL SELECT grouping, key FROM logged WHERE grouping = '{RollupGrouping.FILED}'
)"""


#: ``_moved_sql``'s moved commitments and departments, as JSON arrays.
_MOVED_COLUMNS = f"""(SELECT json_agg(id)::text FROM items),
       (SELECT json_agg(id)::text FROM co),
       (SELECT json_agg(key)::text FROM logged WHERE grouping = '{RollupGrouping.FILED}')"""


@functools.lru_cache(maxsize=4)
def _read_sql(day: datetime.date) -> tuple[str, tuple]:
    """The read's one statement (built on first use: ``reports.rollups`` imports
    this module).

    A department's reports owed as co-owner are the moved commitments' shares
    too: kept ``RollupFact.periods`` of each commitment it co-owns. Only a
    department whose co-ownerships were written (logged ``co``) is counted
    again; for another co-owner of a moved commitment its co-ownership is the
    same as at the fold (a write to one logs the department), so the read
    takes the commitment's kept periods out (here, ``co_shares``) and puts its
    periods counted now in (``rollups.group_counts``'s per-commitment counts):
    without this, a few hundred moved commitments made the read count almost
    every department's co-ownerships again (100k: ~0.5 s). That holds only for a
    co-owner that owes from when its lead does (``commitments.owed``: both from
    the pledge's ``created_at``, or since the same moment): one made a co-owner
    later (``CoOwnership.since``) or on a pledge handed to another lead
    (``lead_since``) owes other months than the kept periods, and its department
    is counted again whole (rare: the flag each share carries).

    The kept rows (all of them: ``read`` leaves out those of the departments
    counted again) are sent only when the process does not hold them for the
    version of the snapshot row seen (``_Held``); the parameters are the
    fingerprint and the held version (``None`` for none), then ``put``'s.

    The moved commitments' shares counted now (``put``) come in the same statement
    (one round trip, not two; the statement runs with JIT off) unless more than
    ``LIVE_ABOVE_COMMITMENTS`` moved (``None``: ``read`` counts them apart then)."""
    put, put_params = rollups.moved_counting_sql(day, "SELECT id FROM items")
    put_columns = ", ".join(f"c{i}" for i in range(rollups.COUNTING_COLUMNS + 2))
    # = ANY(ARRAY(…)): an index lookup per moved commitment (IN (SELECT …) hashed them
    # and read every kept share: 10,000 at 10k, most of the statement).
    taken = rollups.kept_facts_sql("commitment_id = ANY(ARRAY(SELECT id FROM items))")
    co, fact = CoOwnership._meta.db_table, RollupFact._meta.db_table
    commitment = Commitment._meta.db_table
    return (
        f"""
WITH snapshot AS (
    SELECT id, xmin::text AS version, folded_at FROM {RollupSnapshot._meta.db_table}
    WHERE fingerprint = %s
), held AS (
    SELECT pg_current_xact_id_if_assigned() IS NULL AS clean,
           EXISTS (SELECT 1 FROM snapshot WHERE id = %s AND version = %s AND folded_at = %s)
           AS same
), {_moved_sql(since_snapshot=True)}
SELECT (SELECT folded_at FROM snapshot),
       (SELECT json_agg(id)::text FROM items),
       (SELECT json_agg(key)::text FROM logged WHERE grouping = '{RollupGrouping.CO_OWNED}'),
       (SELECT json_agg(key)::text FROM logged WHERE grouping = '{RollupGrouping.FILED}'),
       (SELECT json_agg(json_build_array(r.grouping, r.key, r.counts))
        FROM {RollupCount._meta.db_table} r
        WHERE EXISTS (SELECT 1 FROM snapshot) AND NOT (SELECT clean AND same FROM held))::text,
       (SELECT json_agg(ARRAY[{", ".join(f"c{i}" for i in range(rollups.COUNTING_COLUMNS))}])
        FROM ({rollups.counting_query(taken)}) AS taken)::text,
       (SELECT json_agg(json_build_array(o.department_id, o.commitment_id, coalesce(k.periods, 0),
                                         o.since IS DISTINCT FROM c.lead_since))
        FROM {co} o LEFT JOIN {fact} k ON k.commitment_id = o.commitment_id
        JOIN {commitment} c ON c.id = o.commitment_id
        -- = ANY(ARRAY(…)): an index lookup per moved commitment (a join with ``items``
        -- hashed every co-ownership: 70 ms at 100k).
        WHERE o.commitment_id = ANY(ARRAY(SELECT id FROM items))
          AND o.excused_at IS NULL AND NOT EXISTS (
            SELECT 1 FROM logged l
            WHERE l.grouping = '{RollupGrouping.CO_OWNED}' AND l.key = o.department_id
        ))::text AS co_shares,
       (SELECT id FROM snapshot), (SELECT version FROM snapshot),
       (SELECT clean AND same FROM held), (SELECT clean FROM held),
       CASE WHEN (SELECT count(*) FROM items) <= {LIVE_ABOVE_COMMITMENTS} THEN
           coalesce((SELECT json_agg(ARRAY[{put_columns}]) FROM ({put}) AS put), '[]')::text
       END
""",
        put_params,
    )


@functools.cache
def _fold_sql() -> str:
    """What a fold folds: ``_moved_sql``'s moved commitments and departments."""
    return f"WITH {_moved_sql(since_snapshot=False)} SELECT {_MOVED_COLUMNS}"


def read(scope: ReportScope) -> Kept | None:
    """The counts of ``scope`` from the kept rows, with what moved since the
    last refresh counted now, or ``None`` when the kept rows cannot serve it
    (another scope, no snapshot for this day and these rules yet).

    A moved commitment's kept share (``RollupFact``) is taken out of its
    groups and its share counted now put in; a moved department's reports
    owed as co-owner or filed are counted again. One query (with JIT off), the
    moved commitments counted in it; then one more per kind of department that
    moved (the co-owned reports; the filed reports), whatever their number. The
    kept rows, the kept shares of the moved commitments and the log are read in one
    statement, so a refresh running meanwhile cannot make a share count twice or
    not at all."""
    if not serves(scope):
        return None
    held = _held
    version = held.version if held is not None else (None, None, None)
    # One row: the snapshot's time, then the moved commitments and departments, the
    # kept rows (unless held) and the moved commitments' kept shares as one JSON
    # array each (one parse, not one per row: 18,000 rows at 1M), then the snapshot
    # row's version and whether the held rows are its, then their shares counted now.
    sql, put_params = _read_sql(scope.today)
    (row,) = rows_without_jit(sql, [fingerprint(scope), *version, *put_params], prepared=True)
    folded_at, moved_items, co, filed_moved, kept, taken, co_shares = row[:7]
    snapshot, xmin, same, clean, counted = row[7:]
    if folded_at is None:
        return None
    if same:
        assert held is not None
    else:
        held = _Held.parsed(kept, (snapshot, xmin, folded_at))
        if clean:
            _keep(held)
    changed = _changed(moved_items, co, filed_moved)
    groups, co_owned, filed = held.copies()
    # A department whose co-ownerships or filings were logged is counted again whole.
    for key in changed[RollupGrouping.CO_OWNED]:
        co_owned.pop(key, None)
    for key in changed[RollupGrouping.FILED]:
        filed.pop(key, None)
    items = changed[_ITEM]
    if _past_shares(items, groups):
        return None
    put = (
        rollups.grouped(_parsed(counted), per_item=True)
        if counted is not None
        else rollups.group_counts(scope, ids=items)
    )
    _move(groups, rollups.grouped(_parsed(taken)), put)
    recount = changed[RollupGrouping.CO_OWNED]
    _move_co_owned(co_owned, _parsed(co_shares), put.get(_ITEM, {}), recount)
    co_owned.update(rollups.co_owned_periods(scope, recount))
    filed.update(rollups.filed_counts(scope, changed[RollupGrouping.FILED]))
    return Kept(groups, co_owned, filed, folded_at, sum(map(len, changed.values())))


@dataclass(frozen=True)
class _Held:
    """The kept rows (``RollupCount``) parsed, as of one committed version of the
    snapshot row: ``(id, xmin, folded_at)``.

    Why a version tells the rows: ``RollupCount`` is written only by ``_refresh``,
    and only in a transaction that also writes the snapshot row — a rebuild
    deletes it and inserts a new one (a new id: identity values are not handed out
    twice), a fold updates its ``folded_at`` (a new row version, whose ``xmin`` is
    the fold's transaction id); a fold with nothing to fold writes nothing, and a
    ``TRUNCATE`` of a logged table deletes the snapshot row (the trigger). The kept
    rows and the snapshot row are read in one statement, so they are of the same
    committed transactions; folds run one at a time, so the snapshot row's version
    seen names the last fold seen and with it the kept rows. Rows are held only
    when read by a transaction that has written nothing (``clean``: a transaction's
    own uncommitted fold may yet roll back, and two folds in one transaction share
    an ``xmin``), and served again only under an equal version read likewise. An
    equal ``xmin`` of another transaction would take 2³² transactions meanwhile,
    and an equal ``folded_at`` besides."""

    version: tuple
    groups: rollups.GroupCounts
    co_owned: dict[int, int]
    filed: dict[int, tuple[int, ...]]

    @classmethod
    def parsed(cls, kept, version: tuple) -> _Held:
        groups: rollups.GroupCounts = {code: {} for code in rollups.GROUPINGS}
        co_owned: dict[int, int] = {}
        filed: dict[int, tuple[int, ...]] = {}
        for grouping, key, counts in _parsed(kept):
            if grouping == RollupGrouping.CO_OWNED:
                co_owned[key] = counts[0]
            elif grouping == RollupGrouping.FILED:
                filed[key] = tuple(counts)
            else:
                groups[grouping][key] = tuple(counts)
        return cls(version, groups, co_owned, filed)

    def copies(self) -> tuple[rollups.GroupCounts, dict[int, int], dict[int, tuple[int, ...]]]:
        """Copies a read may change (the counts are tuples: shared)."""
        groups = {code: dict(found) for code, found in self.groups.items()}
        return groups, dict(self.co_owned), dict(self.filed)


#: The kept rows as last read in this process (one version at a time).
_held: _Held | None = None


def _keep(held: _Held | None) -> None:
    global _held
    _held = held


def forget_held() -> None:
    """Forget the kept rows held in this process (the next read reads them again)."""
    _keep(None)


#: Above this many moved commitments, and above this share of the ledger (one in
#: ``LIVE_ABOVE_SHARE``), a read counts everything again instead: taking shares out and
#: putting them in costs ~4x a full pass per commitment (100k: 9,000 moved 0.5 s, 90,000
#: moved 2.1 s, a full pass 0.55 s). A bulk update of a whole plan is such a write.
LIVE_ABOVE_COMMITMENTS = 1000
LIVE_ABOVE_SHARE = 8


def _past_shares(items: set[int], groups: rollups.GroupCounts) -> bool:
    """Whether so many commitments moved that a full pass is cheaper than their shares."""
    if len(items) <= LIVE_ABOVE_COMMITMENTS:
        return False
    kept = sum(map(rollups.commitments_in, groups[RollupGrouping.PLAN].values()))
    return len(items) * LIVE_ABOVE_SHARE > kept


def _move(
    groups: rollups.GroupCounts, taken: rollups.GroupCounts, put: rollups.GroupCounts
) -> set[tuple[str, int]]:
    """Take the moved commitments' kept shares out of ``groups`` and put their
    shares counted now in, in place; the groups touched, as ``(code, key)``."""
    touched = set()
    for code, found in groups.items():
        for key in taken[code].keys() | put[code].keys():
            changes = (put[code][key],) if key in put[code] else ()
            total = rollups.added(found.get(key), *changes, taken=taken[code].get(key))
            if total is None:
                found.pop(key, None)
            else:
                found[key] = total
            touched.add((code, key))
    return touched


def _move_co_owned(
    co_owned: dict[int, int], shares: list, put: dict[int, tuple], recount: set[int]
) -> None:
    """Take the moved commitments' kept periods out of their co-owners' reports owed
    as co-owner and put their periods counted now in (``shares``: ``[department,
    commitment, kept periods, whether it owes from another moment than the lead]``;
    ``put``: the commitments' counts now, none for one that left the roll-ups), in
    place. A department without a kept row, or with such a share (whose months are
    not the lead's kept periods), is added to ``recount`` instead (counted again
    whole)."""
    moved: dict[int, int] = {}
    for department, commitment, kept, own_months in shares:
        if own_months:
            recount.add(department)
            co_owned.pop(department, None)
            continue
        now = put.get(commitment)
        moved[department] = (
            moved.get(department, 0) + (rollups.owed_by(now) if now else 0) - int(kept)
        )
    for department, delta in moved.items():
        if department in recount:
            continue
        if department in co_owned:
            co_owned[department] += delta
        else:
            recount.add(department)


def _changed(items, co, filed) -> dict[str, set[int]]:
    """``_MOVED_COLUMNS`` (JSON arrays, or ``None`` for none) as ``{grouping code: keys}``."""
    changed: dict[str, set[int]] = {code: set() for code in RollupGrouping.values}
    changed[_ITEM].update(_parsed(items))
    changed[RollupGrouping.CO_OWNED].update(_parsed(co))
    changed[RollupGrouping.FILED].update(_parsed(filed))
    return changed


def moved_groups() -> int:
    """Commitments and departments logged as moved since the last refresh (each once)."""
    return RollupChange.objects.values_list("grouping", "key").distinct().count()


def _parsed(value) -> list:
    """A JSON array from the database, read as text and parsed by orjson (several
    times faster than psycopg's ``json`` loader: 18,000 kept rows at 1M)."""
    if value is None:
        return []
    return orjson.loads(value) if isinstance(value, str) else value


def refresh(now: datetime.datetime | None = None, rebuild: bool = False) -> Refreshed:
    """Fold the moved groups into the kept rows, or rebuild them all for a new
    fingerprint (the first run of a day, changed settings or rules).

    Runs in a REPEATABLE READ transaction (when not already in one), so the
    counts, the log rows it removes and the rows it writes all come from one
    snapshot: a write committed meanwhile stays logged for the next refresh.
    One refresh at a time (``_LOCK``, held until the transaction ends); a second
    one returns ``busy``.
    ``rebuild`` counts everything again whatever the fingerprint (after a
    restore; a ``TRUNCATE`` of a logged table drops the snapshot itself).
    A full rebuild at 1,000,000 commitments takes ~9 s (one pass, and 1M shares
    written); a fold, the time of counting the moved commitments again."""
    if connection.vendor != "postgresql":
        return Refreshed("live")
    scope = ReportScope(today=rules.local_day(now) if now else timezone.localdate())
    outermost = not connection.in_atomic_block
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                if outermost:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                cursor.execute(_LOCK)
            return _refresh(scope, rebuild)
    except OperationalError as error:
        if getattr(error.__cause__, "sqlstate", None) != _LOCK_NOT_AVAILABLE:
            raise
        return Refreshed("busy", day=scope.today)


def _refresh(scope: ReportScope, rebuild: bool) -> Refreshed:
    now = timezone.now()
    expected = fingerprint(scope)
    snapshot = RollupSnapshot.objects.first()
    # Whole plan, section or lead groups are no longer logged (migration 0004: a
    # commitment's share is); rows logged before it are counted again from scratch.
    stale = RollupChange.objects.filter(grouping__in=list(rollups.GROUPINGS)).exists()
    if rebuild or stale or snapshot is None or snapshot.fingerprint != expected:
        RollupChange.objects.all().delete()
        RollupCount.objects.all().delete()
        RollupFact.objects.all().delete()
        _keep_facts(scope)
        written = _write(
            _counted(rollups.kept_facts_sql("TRUE")),
            rollups.co_owned_periods(scope),
            rollups.filed_counts(scope),
        )
        RollupSnapshot.objects.all().delete()
        RollupSnapshot.objects.create(
            day=scope.today, fingerprint=expected, built_at=now, folded_at=now
        )
        return Refreshed("rebuilt", written, scope.today)
    with connection.cursor() as cursor:
        cursor.execute(_fold_sql())
        changed = _changed(*cursor.fetchone())
    if not any(changed.values()):
        return Refreshed("unchanged", 0, scope.today)
    items = sorted(changed.pop(_ITEM))
    groups: rollups.GroupCounts = {code: {} for code in rollups.GROUPINGS}
    if items:
        taken = _counted(rollups.kept_facts_sql("commitment_id = ANY(%s)"), [items])
        put = rollups.group_counts(scope, ids=items)
        for code, keys in _groups_of(taken, put).items():
            kept = RollupCount.objects.filter(AnyOf("key", keys), grouping=code)
            groups[code] = {key: tuple(counts) for key, counts in kept.values_list("key", "counts")}
        touched = _move(groups, taken, put)
        for code in rollups.GROUPINGS:
            changed[code] = {key for grouping, key in touched if grouping == code}
        RollupFact.objects.filter(AnyOf("commitment_id", items)).delete()
        _keep_facts(scope, items)
    for grouping, moved in changed.items():
        if moved:
            RollupCount.objects.filter(AnyOf("key", sorted(moved)), grouping=grouping).delete()
    written = _write(
        groups,
        rollups.co_owned_periods(scope, changed[RollupGrouping.CO_OWNED]),
        rollups.filed_counts(scope, changed[RollupGrouping.FILED]),
    )
    # Only the log rows this transaction's snapshot sees: later writers' stay.
    RollupChange.objects.all().delete()
    RollupSnapshot.objects.filter(pk=snapshot.pk).update(folded_at=now)
    return Refreshed("folded", written, scope.today)


def _counted(facts: str, params: list | None = None) -> rollups.GroupCounts:
    """``rollups.counting_query`` over ``facts`` (here, kept shares), grouped."""
    with without_jit(), connection.cursor() as cursor:
        cursor.execute(rollups.counting_query(facts), params or [])
        return rollups.grouped(cursor.fetchall())


def _groups_of(*counts: rollups.GroupCounts) -> dict[str, list[int]]:
    return {
        code: sorted(set().union(*(found[code].keys() for found in counts)))
        for code in rollups.GROUPINGS
    }


def _keep_facts(scope: ReportScope, ids: list[int] | None = None) -> None:
    """Write the facts of every commitment in scope (only ``ids`` when given) as
    their kept shares (``RollupFact``): one ``INSERT … SELECT``."""
    sql, params = rollups.facts_sql(scope, ids)
    columns = ", ".join(f'"{c}"' for c in ("commitment_id", *rollups.KEPT_FACT_COLUMNS))
    with without_jit(), connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {RollupFact._meta.db_table} ({columns}) {sql}", params)


def _write(
    groups: rollups.GroupCounts, co_owned: dict[int, int], filed: dict[int, tuple[int, ...]]
) -> int:
    rows = [
        RollupCount(grouping=code, key=key, counts=[int(n or 0) for n in counts])
        for code, found in groups.items()
        for key, counts in found.items()
    ]
    rows += [
        RollupCount(grouping=RollupGrouping.CO_OWNED, key=key, counts=[int(periods)])
        for key, periods in co_owned.items()
    ]
    rows += [
        RollupCount(grouping=RollupGrouping.FILED, key=key, counts=list(numbers))
        for key, numbers in filed.items()
    ]
    RollupCount.objects.bulk_create(rows, batch_size=_INSERT_BATCH)
    return len(rows)
