# A merge re-points a department's extension and closure requests to the unit it became;
# ``merged_from`` keeps the department that asked, as a report's does (0022), so the
# pledge's 延期申请记录 says “（原水利站报送）”. Requests re-pointed by earlier merges keep
# no such name (nothing recorded it).

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('commitments', '0030_targets_floor_rule'),
    ]

    operations = [
        migrations.AddField(
            model_name='closurerequest',
            name='merged_from',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='commitments.department', verbose_name='原申请单位'),
        ),
        migrations.AddField(
            model_name='extensionrequest',
            name='merged_from',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='commitments.department', verbose_name='原申请单位'),
        ),
    ]
