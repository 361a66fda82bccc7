"""Reports by (department, period) carry their commitment in the index (INCLUDE).

The sweep asks which of a chunk's departments' commitments have this period's
report (``decisions.missing_report_hits``); with the commitment in the index that
is an index-only read, where each report was fetched from the heap, about a page a
report (at 100k commitments: 72 -> 3 ms for a chunk of 4 departments, 0.45 s of a
sweep; EXPLAIN ANALYZE, bench_mail). PostgreSQL only: elsewhere ``include`` is
ignored and the index is as before. The index is rebuilt, and reports wait while it
is (1M reports: about a second here; ten times that or more at 10M).
"""

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0015_notification_unsent_by_id"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="progressreport",
            name="report_department_period",
        ),
        migrations.AddIndex(
            model_name="progressreport",
            index=models.Index(
                fields=["department", "period"],
                include=("commitment",),
                name="report_department_period",
            ),
        ),
    ]
