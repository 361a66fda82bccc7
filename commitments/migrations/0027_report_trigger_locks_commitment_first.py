# A department merge took one advisory lock per (commitment, period) the merged
# department had reported (``kept_counts.lock_filings_moving``), so that a report the
# unit filed meanwhile waited for the merge (its trigger takes that lock) and then saw
# the moved reports instead of counting itself as the period's first. PostgreSQL keeps
# such locks in a shared table of ``max_locks_per_transaction`` × ``max_connections``
# entries (64 × 100 by default): merging a department with more than ~6,400 such pairs
# failed with "out of shared memory" (bench/merge.py: at 100k commitments 32 of the 200
# departments have more, the largest 65,133; at 10k the largest had 6,160).
#
# Now a report's trigger locks its commitment ``FOR SHARE`` first, then takes its
# (commitment, department, period) lock and looks for an earlier report. A merge locks
# every commitment whose reports it moves (``FOR NO KEY UPDATE``) before it moves them,
# so a report on one of them waits for the merge and then, in a statement of its own,
# sees the moved reports; the merge takes no advisory lock. The filing service holds its
# commitment ``FOR UPDATE`` already, so it takes no new lock; two reports of one
# commitment share the ``FOR SHARE`` and take turns on the pair's lock as before.

import importlib

from django.db import migrations

previous = importlib.import_module("commitments.migrations.0021_kept_counts_new_co_owner_pair")

#: 0021's version of the report trigger's function
OLD = next(s for s in previous.CREATE if "FUNCTION commitments_reminder_report()" in s)
LOCK = "    SELECT * INTO c FROM commitments_commitment WHERE id = NEW.commitment_id FOR SHARE;\n"
PAIR = "    PERFORM pg_advisory_xact_lock("
NEW = OLD.replace(LOCK, "").replace(PAIR, LOCK + PAIR, 1)
assert OLD.count(LOCK) == 1 and NEW.count(LOCK) == 1 and NEW.index(LOCK) < NEW.index(PAIR)


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(NEW)


def restore(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(OLD)


class Migration(migrations.Migration):
    dependencies = [("commitments", "0026_plan_report_due_day_range")]

    operations = [migrations.RunPython(create, restore)]
