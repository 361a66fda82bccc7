"""The tracked commitments by deadline, with their id (a partial index), and the
commitments' table vacuumed after 1 % of it was written rather than 20 %.

On a later day a supervisor's escalations already made are counted against their
commitments' current deadline (``reminders.kept_counts.supervisor_counts``): each
escalation is joined to its commitment, which read every escalated commitment's row
from the table (1M commitments, 222,390 escalations: 2.18 s; at 100k, 22,293:
~120 ms). From this index the join reads no row of the table (~25 ms at 100k) — as
long as PostgreSQL knows the table's pages unchanged since the last vacuum (its
visibility map). A day's reports rewrite their commitments (4 % of them at 100k,
half of the table's pages): by default autovacuum waits for 20 % of the rows, about
five days of reports, and meanwhile the join reads the table as before. At 1 % it
runs a few times a day (100k: 2.5 s at load 13, 0.15 s of CPU). The list's covering
index (``commitment_deadline_cover``) reads the table less for it too.
docs/benchmarks.md, eighteenth round. Commitments wait while the index is built
(100k: 0.2 s here).
"""

from django.db import migrations, models

VACUUM_SCALE = "autovacuum_vacuum_scale_factor"


def vacuum_sooner(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE commitments_commitment SET ({VACUUM_SCALE} = 0.01)")


def vacuum_as_by_default(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE commitments_commitment RESET ({VACUUM_SCALE})")


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0032_lead_since"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="commitment",
            index=models.Index(
                condition=models.Q(
                    models.Q(("status__in", ("completed", "cancelled")), _negated=True),
                    models.Q(("removed_from_source", True), _negated=True),
                ),
                fields=["deadline", "id"],
                name="commitment_tracked_deadline",
            ),
        ),
        migrations.RunPython(vacuum_sooner, vacuum_as_by_default),
    ]
