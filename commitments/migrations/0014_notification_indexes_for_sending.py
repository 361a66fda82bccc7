"""Notification indexes for sending (bench/, docs/benchmarks.md "Sixth round: e-mails").

Sending writes each row twice, the claim and the outcome, and neither can be a HOT
update (both change ``state``), so every index takes a new entry each time:

- ``(state, claimed_at)`` over every row becomes ``notification_unsent``, over the
  pending and sending rows only (what a sweep requeues and /healthz counts), and
  ``notification_failed`` (``created_at`` of the failed rows: /healthz's failed in a
  day). An outcome "sent" enters neither.
- ``message_id``'s ``unique=True`` made PostgreSQL a second, ``varchar_pattern_ops``
  index for ``LIKE 'x%'``, which nothing asks (the admin's search is ``icontains``):
  one unique constraint instead.
- the robot's foreign-key index holds only robot messages (it still serves deleting
  a robot: ``robot_id = x`` implies not null).
- contexts are compressed with lz4 where the server has it (PostgreSQL's default pglz
  was ~0.2 ms of each row's insert); existing rows keep theirs until rewritten.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def contexts_in_lz4(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(apps.get_model("commitments", "Notification")._meta.db_table)
    schema_editor.execute(
        "DO $$ BEGIN"
        f" ALTER TABLE {table} ALTER COLUMN context SET COMPRESSION lz4;"
        " EXCEPTION WHEN feature_not_supported THEN"
        " RAISE NOTICE 'PostgreSQL built without lz4: contexts stay in pglz';"
        " END $$"
    )


def contexts_in_default(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(apps.get_model("commitments", "Notification")._meta.db_table)
    schema_editor.execute(f"ALTER TABLE {table} ALTER COLUMN context SET COMPRESSION default")


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0013_due_day_report_tallies"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="notification",
            name="notification_state",
        ),
        migrations.AlterField(
            model_name="notification",
            name="message_id",
            field=models.CharField(max_length=255, verbose_name="Message-ID"),
        ),
        migrations.AlterField(
            model_name="notification",
            name="robot",
            field=models.ForeignKey(
                blank=True,
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="notifications",
                to="commitments.robotchannel",
                verbose_name="群机器人",
            ),
        ),
        migrations.AddIndex(
            model_name="notification",
            index=models.Index(
                condition=models.Q(("state__in", ["pending", "sending"])),
                fields=["state", "claimed_at"],
                name="notification_unsent",
            ),
        ),
        migrations.AddIndex(
            model_name="notification",
            index=models.Index(
                condition=models.Q(("state", "failed")),
                fields=["created_at"],
                name="notification_failed",
            ),
        ),
        migrations.AddIndex(
            model_name="notification",
            index=models.Index(
                condition=models.Q(("robot__isnull", False)),
                fields=["robot"],
                name="notification_robot",
            ),
        ),
        migrations.AddConstraint(
            model_name="notification",
            constraint=models.UniqueConstraint(fields=("message_id",), name="one_message_id"),
        ),
        migrations.RunPython(contexts_in_lz4, contexts_in_default),
    ]
