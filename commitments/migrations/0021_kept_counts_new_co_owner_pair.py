# The kept reminder counts (0019) lost a report's ``filed`` delta when its department
# became an owner pair through a co-ownership row the report could not see yet: a
# co-ownership inserted (or moved to the report's department, or deleted and inserted
# again) in a session still open while the department's first report of the period was
# filed. The report's ``FOR SHARE`` found no row, and the co-ownership's trigger did not
# see the report (tests/reminders/test_kept_counts_concurrent.py: 10 of its runs failed).
#
# Now whichever of the two comes second waits for the first, and then sees it:
# * A co-ownership inserted, or moved to another commitment, locks its commitment
#   ``FOR NO KEY UPDATE`` (0018 took ``FOR SHARE``), which a report's ``FOR SHARE`` of
#   the commitment waits for, and which waits for a report's. A row lock, so a bulk
#   insert of thousands of co-ownerships (the importer) takes no lock-table entries.
# * A co-ownership moved to another department (a department merge, or an UPDATE by
#   hand) locks that department's row ``FOR NO KEY UPDATE`` (a merge holds it already);
#   a report that finds no co-ownership row locks its department ``FOR SHARE`` and looks
#   again. (Not the commitment: the moved row is already locked, and a change of the
#   commitment updates its co-ownerships, so the two could deadlock. Not an advisory
#   lock: a merge locks the department rows first and the report's deferred foreign-key
#   check takes its department at commit, so the two deadlocked in the test.)
# Reports that find their row (nearly all) take no new lock and never wait for each
# other. A report holds nothing the co-ownership's writer needs (the commitment only
# ``FOR SHARE``; the new row is invisible to it), so no deadlock. Two sessions adding
# co-owners to one commitment now take turns.

import importlib

from django.db import migrations

kept = importlib.import_module("commitments.migrations.0019_kept_reminder_counts")
TABLE = kept.TABLE
TRACKED = kept.TRACKED
CO_COUNTS = kept.CO_COUNTS


FACTS = ", ".join(f"c.{fact}" for fact in kept.FACTS)
NEW_KEPT = ", ".join(f"NEW.kept_{fact}" for fact in kept.FACTS)

CREATE = [
    # 0019's kept facts, the commitment locked FOR NO KEY UPDATE for a new pair.
    f"""
CREATE OR REPLACE FUNCTION commitments_co_owner_take_facts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR OLD.commitment_id <> NEW.commitment_id THEN
        SELECT {FACTS} INTO {NEW_KEPT}
        FROM commitments_commitment c WHERE c.id = NEW.commitment_id FOR NO KEY UPDATE;
    ELSE
        SELECT {FACTS} INTO {NEW_KEPT}
        FROM commitments_commitment c WHERE c.id = NEW.commitment_id;
    END IF;
    RETURN NEW;
END $$""",
    """
CREATE OR REPLACE FUNCTION commitments_reminder_co_owner() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.department_id <> NEW.department_id THEN
        PERFORM 1 FROM commitments_department WHERE id = NEW.department_id
        FOR NO KEY UPDATE;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM commitments_reminder_co_share(OLD, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM commitments_reminder_co_share(NEW, 1);
    END IF;
    RETURN NULL;
END $$""",
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
    IF NOT FOUND THEN
        -- A co-ownership moved to this department may be open in another session.
        PERFORM 1 FROM commitments_department WHERE id = NEW.department_id FOR SHARE;
        SELECT * INTO o FROM commitments_coownership
        WHERE commitment_id = NEW.commitment_id AND department_id = NEW.department_id
        FOR SHARE;
    END IF;
    IF FOUND AND coalesce({CO_COUNTS}, false) THEN
        INSERT INTO {TABLE} (kind, department_id, plan_id, period, co, unack, n)
        VALUES (1, NEW.department_id, o.kept_plan_id, NEW.period, 1, false, 1);
    END IF;
    RETURN NULL;
END $$""",
]

#: 0019's versions of the three functions
PREVIOUS = [
    statement
    for statement in kept.CREATE
    if any(
        f"CREATE OR REPLACE FUNCTION {name}()" in statement
        for name in (
            "commitments_co_owner_take_facts",
            "commitments_reminder_co_owner",
            "commitments_reminder_report",
        )
    )
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in CREATE:
        schema_editor.execute(statement)


def restore(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in PREVIOUS:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0020_department_merged_event"),
    ]

    operations = [migrations.RunPython(create, restore)]
