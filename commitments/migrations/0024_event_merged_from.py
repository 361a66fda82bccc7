# A merge re-points a department's 签收 events to the unit it became (they are also
# state); ``merged_from`` keeps the department that acted, so history is not reworded.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('commitments', '0023_report_lead_by_merge'),
    ]

    operations = [
        migrations.AddField(
            model_name='commitmentevent',
            name='merged_from',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='commitments.department', verbose_name='原单位'),
        ),
    ]
