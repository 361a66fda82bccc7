# Work in progress (branch wt/mailcount, not landed): the reminder sweep's per-department
# counts kept by PostgreSQL triggers as an insert-only log of deltas (no counter row that
# concurrent writers would serialize on), summed by key when read and folded from time
# to time. Nothing in it is relative to a day:
#
# * kind 0 ``owned``: tracked commitments per (department, plan, co, unack): the lead
#   (co 0, unack = not acknowledged) and every non-excused co-owner other than the lead
#   (co 1);
#
# Each owner pair's share is a function of one row and the reports under it: the lead's
# of the commitment row, a co-owner's of its co-ownership row, which keeps its
# commitment's facts (0018, and here the lead owner too). So a commitment's change moves
# its co-owners' shares through 0018's update of their rows, and a co-ownership deleted
# while its commitment changes is counted out once (the commitment's update of that row
# waits for the delete and then finds no row). A report locks the row its pair's share
# comes from (FOR SHARE), so a concurrent change of that row sees it or is seen by it,
# and takes a transaction lock on its (commitment, department, period), so that of two
# first reports filed at once the second sees the first.
# * kind 1 ``filed``: of those owner pairs, the ones with at least one report of that
#   department for ``period``;
# * kind 2 ``due``: tracked commitments per (lead department, deadline): overdue as of
#   any day is the sum of the buckets before it.
#
# Known gaps: escalations are not kept yet. The
# concurrent writes above are tested with two sessions in
# tests/reminders/test_kept_counts_concurrent.py, which found a report racing a new
# co-owner pair lost (fixed in 0021).

from django.db import migrations, models

TABLE = "commitments_keptremindercount"
KEY = "kind, department_id, plan_id, period, deadline, co, unack"
TRACKED = "{c}.status NOT IN ('completed', 'cancelled') AND NOT {c}.removed_from_source"

FACTS = ("status", "removed_from_source", "deadline", "plan_id", "lead_owner_id")
_KEPT = ", ".join(f"kept_{fact}" for fact in FACTS)
_NEW_KEPT = ", ".join(f"NEW.kept_{fact}" for fact in FACTS)
_OLD_KEPT = ", ".join(f"OLD.kept_{fact}" for fact in FACTS)
_FACTS = ", ".join(f"c.{fact}" for fact in FACTS)
_SET = ", ".join(f"kept_{fact} = NEW.{fact}" for fact in FACTS)
_OLD = ", ".join(f"OLD.{fact}" for fact in FACTS)
_NEW = ", ".join(f"NEW.{fact}" for fact in FACTS)
#: a co-ownership row ``o`` counts for its department (its kept facts: 0018)
CO_COUNTS = (
    "o.excused_at IS NULL AND o.kept_status NOT IN ('completed', 'cancelled')"
    " AND NOT o.kept_removed_from_source AND o.department_id <> o.kept_lead_owner_id"
)

CREATE = [
    # 0018's kept facts, with the lead owner.
    f"""
CREATE OR REPLACE FUNCTION commitments_co_owner_take_facts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR OLD.commitment_id <> NEW.commitment_id THEN
        SELECT {_FACTS} INTO {_NEW_KEPT}
        FROM commitments_commitment c WHERE c.id = NEW.commitment_id FOR SHARE;
    ELSE
        SELECT {_FACTS} INTO {_NEW_KEPT}
        FROM commitments_commitment c WHERE c.id = NEW.commitment_id;
    END IF;
    RETURN NEW;
END $$""",
    f"""
CREATE OR REPLACE FUNCTION commitments_commitment_pass_facts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE commitments_coownership SET {_SET}
    WHERE commitment_id = NEW.id AND ({_KEPT}) IS DISTINCT FROM ({_NEW});
    RETURN NULL;
END $$""",
    "DROP TRIGGER commitments_commitment_kept_facts_update ON commitments_commitment",
    f"""
CREATE TRIGGER commitments_commitment_kept_facts_update
AFTER UPDATE ON commitments_commitment
FOR EACH ROW WHEN (({_OLD}) IS DISTINCT FROM ({_NEW}))
EXECUTE FUNCTION commitments_commitment_pass_facts()""",
    """
UPDATE commitments_coownership co SET kept_lead_owner_id = c.lead_owner_id
FROM commitments_commitment c WHERE c.id = co.commitment_id""",
    f"""
CREATE TABLE {TABLE} (
    kind smallint NOT NULL,
    department_id bigint NOT NULL,
    plan_id bigint,
    period varchar(7) NOT NULL DEFAULT '',
    deadline date,
    co smallint NOT NULL DEFAULT 0,
    unack boolean NOT NULL DEFAULT false,
    n integer NOT NULL,
    folded boolean NOT NULL DEFAULT false
)""",
    f"CREATE INDEX keptremindercount_key ON {TABLE} (department_id, kind, period)",
    # The deltas not folded yet (a fold reads them alone, not every folded row).
    f"CREATE INDEX keptremindercount_unfolded ON {TABLE} (kind) WHERE NOT folded",
    # The folded rows, one a key (``kept_counts.fold``).
    f"CREATE UNIQUE INDEX keptremindercount_folded ON {TABLE} ({KEY}) NULLS NOT DISTINCT"
    " WHERE folded",
    # The listing's own order (``kept_counts._list_reports``): a department's worst
    # commitments are the first entries of its index, not the sort of all of them.
    """CREATE INDEX commitment_owner_listing ON commitments_commitment
    (lead_owner_id, deadline, (id::text) COLLATE "C")
    WHERE status NOT IN ('completed', 'cancelled') AND NOT removed_from_source""",
    """CREATE INDEX coowner_listing ON commitments_coownership
    (department_id, kept_deadline, (commitment_id::text) COLLATE "C")
    WHERE kept_status NOT IN ('completed', 'cancelled') AND NOT kept_removed_from_source
      AND excused_at IS NULL""",
    # The lead's share of a commitment, with ``sign``: its owner pair, the pair's filed
    # periods, its due bucket (nothing when it is not tracked).
    f"""
CREATE OR REPLACE FUNCTION commitments_reminder_share(c commitments_commitment, sign integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF NOT coalesce({TRACKED.format(c="c")}, false) THEN
        RETURN;
    END IF;
    INSERT INTO {TABLE} (kind, department_id, plan_id, period, deadline, co, unack, n)
    SELECT 0, c.lead_owner_id, c.plan_id, '', NULL::date, 0, c.acknowledged_at IS NULL, sign
    UNION ALL
    SELECT 1, c.lead_owner_id, c.plan_id, f.period, NULL::date, 0, c.acknowledged_at IS NULL,
           sign
    FROM (SELECT DISTINCT r.period FROM commitments_progressreport r
          WHERE r.commitment_id = c.id AND r.department_id = c.lead_owner_id) f
    UNION ALL
    SELECT 2, c.lead_owner_id, NULL::bigint, '', c.deadline, 0, false, sign;
END $$""",
    """
CREATE OR REPLACE FUNCTION commitments_reminder_commitment() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM commitments_reminder_share(OLD, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM commitments_reminder_share(NEW, 1);
    END IF;
    RETURN NULL;
END $$""",
    # A co-owner's share, from its co-ownership row alone (its kept facts).
    f"""
CREATE OR REPLACE FUNCTION commitments_reminder_co_share(o commitments_coownership, sign integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF NOT coalesce({CO_COUNTS}, false) THEN
        RETURN;
    END IF;
    INSERT INTO {TABLE} (kind, department_id, plan_id, period, co, unack, n)
    SELECT 0, o.department_id, o.kept_plan_id, '', 1, false, sign
    UNION ALL
    SELECT 1, o.department_id, o.kept_plan_id, f.period, 1, false, sign
    FROM (SELECT DISTINCT r.period FROM commitments_progressreport r
          WHERE r.commitment_id = o.commitment_id AND r.department_id = o.department_id) f;
END $$""",
    """
CREATE OR REPLACE FUNCTION commitments_reminder_co_owner() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM commitments_reminder_co_share(OLD, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM commitments_reminder_co_share(NEW, 1);
    END IF;
    RETURN NULL;
END $$""",
    # A report: the first of its (commitment, department, period) moves ``filed`` when
    # its department's pair counts (reports are append-only: inserts only).
    f"""
CREATE OR REPLACE FUNCTION commitments_reminder_report() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    c commitments_commitment;
    o commitments_coownership;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended(
        NEW.commitment_id::text || ':' || NEW.department_id::text || ':' || NEW.period, 19));
    IF EXISTS (
        SELECT 1 FROM commitments_progressreport r
        WHERE r.commitment_id = NEW.commitment_id AND r.department_id = NEW.department_id
          AND r.period = NEW.period AND r.id <> NEW.id
    ) THEN
        RETURN NULL;
    END IF;
    SELECT * INTO c FROM commitments_commitment WHERE id = NEW.commitment_id FOR SHARE;
    IF NEW.department_id = c.lead_owner_id THEN
        IF coalesce({TRACKED.format(c="c")}, false) THEN
            INSERT INTO {TABLE} (kind, department_id, plan_id, period, co, unack, n)
            VALUES (1, NEW.department_id, c.plan_id, NEW.period, 0,
                    c.acknowledged_at IS NULL, 1);
        END IF;
        RETURN NULL;
    END IF;
    SELECT * INTO o FROM commitments_coownership
    WHERE commitment_id = NEW.commitment_id AND department_id = NEW.department_id FOR SHARE;
    IF FOUND AND coalesce({CO_COUNTS}, false) THEN
        INSERT INTO {TABLE} (kind, department_id, plan_id, period, co, unack, n)
        VALUES (1, NEW.department_id, o.kept_plan_id, NEW.period, 1, false, 1);
    END IF;
    RETURN NULL;
END $$""",
    """
CREATE TRIGGER commitments_commitment_reminder_counts
AFTER INSERT OR DELETE ON commitments_commitment
FOR EACH ROW EXECUTE FUNCTION commitments_reminder_commitment()""",
    """
CREATE TRIGGER commitments_commitment_reminder_counts_update
AFTER UPDATE ON commitments_commitment
FOR EACH ROW WHEN (
    (OLD.lead_owner_id, OLD.plan_id, OLD.status, OLD.removed_from_source,
     OLD.acknowledged_at IS NULL, OLD.deadline)
    IS DISTINCT FROM
    (NEW.lead_owner_id, NEW.plan_id, NEW.status, NEW.removed_from_source,
     NEW.acknowledged_at IS NULL, NEW.deadline))
EXECUTE FUNCTION commitments_reminder_commitment()""",
    """
CREATE TRIGGER commitments_coownership_reminder_counts
AFTER INSERT OR DELETE ON commitments_coownership
FOR EACH ROW EXECUTE FUNCTION commitments_reminder_co_owner()""",
    f"""
CREATE TRIGGER commitments_coownership_reminder_counts_update
AFTER UPDATE ON commitments_coownership
FOR EACH ROW WHEN (
    (OLD.commitment_id, OLD.department_id, OLD.excused_at IS NULL, {_OLD_KEPT})
    IS DISTINCT FROM
    (NEW.commitment_id, NEW.department_id, NEW.excused_at IS NULL, {_NEW_KEPT}))
EXECUTE FUNCTION commitments_reminder_co_owner()""",
    """
CREATE TRIGGER commitments_progressreport_reminder_counts
AFTER INSERT ON commitments_progressreport
FOR EACH ROW EXECUTE FUNCTION commitments_reminder_report()""",
]

#: The counts recomputed from the ledger: the backfill, and what tests compare with.
RECOUNT = f"""
WITH owners (cid, department_id, plan_id, co, unack, deadline) AS (
    SELECT c.id, c.lead_owner_id, c.plan_id, 0, c.acknowledged_at IS NULL, c.deadline
    FROM commitments_commitment c WHERE {TRACKED.format(c="c")}
    UNION ALL
    SELECT c.id, o.department_id, c.plan_id, 1, false, c.deadline
    FROM commitments_coownership o JOIN commitments_commitment c ON c.id = o.commitment_id
    WHERE {TRACKED.format(c="c")} AND o.excused_at IS NULL
      AND o.department_id <> c.lead_owner_id
)
SELECT 0, department_id, plan_id, '', NULL::date, co, unack, count(*) FROM owners
GROUP BY 2, 3, 6, 7
UNION ALL
SELECT 1, w.department_id, w.plan_id, f.period, NULL::date, w.co, w.unack, count(*)
FROM owners w JOIN (
    SELECT DISTINCT commitment_id, department_id, period FROM commitments_progressreport
) f ON f.commitment_id = w.cid AND f.department_id = w.department_id
GROUP BY 2, 3, 4, 6, 7
UNION ALL
SELECT 2, department_id, NULL::bigint, '', deadline, 0, false, count(*) FROM owners WHERE co = 0
GROUP BY 2, 5
"""

BACKFILL = f"INSERT INTO {TABLE} ({KEY}, n, folded) SELECT *, true FROM ({RECOUNT}) AS counted"

DROP = [
    "DROP TRIGGER IF EXISTS commitments_commitment_reminder_counts ON commitments_commitment",
    "DROP TRIGGER IF EXISTS commitments_commitment_reminder_counts_update"
    " ON commitments_commitment",
    "DROP TRIGGER IF EXISTS commitments_coownership_reminder_counts ON commitments_coownership",
    "DROP TRIGGER IF EXISTS commitments_coownership_reminder_counts_update"
    " ON commitments_coownership",
    "DROP TRIGGER IF EXISTS commitments_progressreport_reminder_counts"
    " ON commitments_progressreport",
    "DROP FUNCTION IF EXISTS commitments_reminder_report()",
    "DROP FUNCTION IF EXISTS commitments_reminder_co_owner()",
    "DROP FUNCTION IF EXISTS commitments_reminder_co_share(commitments_coownership, integer)",
    "DROP FUNCTION IF EXISTS commitments_reminder_commitment()",
    "DROP FUNCTION IF EXISTS commitments_reminder_share(commitments_commitment, integer)",
    f"DROP TABLE IF EXISTS {TABLE}",
    "DROP INDEX IF EXISTS commitment_owner_listing",
    "DROP INDEX IF EXISTS coowner_listing",
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in CREATE:
        schema_editor.execute(statement)
    schema_editor.execute(BACKFILL)
    schema_editor.execute(f"ANALYZE {TABLE}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in DROP:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0018_co_owner_kept_facts"),
    ]

    operations = [
        migrations.AddField(
            model_name="coownership",
            name="kept_lead_owner_id",
            field=models.BigIntegerField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(create, drop),
    ]
