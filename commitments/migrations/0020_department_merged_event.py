"""A department merge's history event gets a kind of its own (单位合并, not
督办人修改): the events merges already wrote (``changes`` has
``department_merged``) take it too."""

from django.db import migrations, models


def relabel(apps, schema_editor):
    Event = apps.get_model("commitments", "CommitmentEvent")
    Event.objects.filter(kind="edited", changes__has_key="department_merged").update(
        kind="department_merged"
    )


def back(apps, schema_editor):
    Event = apps.get_model("commitments", "CommitmentEvent")
    Event.objects.filter(kind="department_merged").update(kind="edited")


class Migration(migrations.Migration):
    dependencies = [("commitments", "0019_kept_reminder_counts")]

    operations = [
        migrations.AlterField(
            model_name="commitmentevent",
            name="kind",
            field=models.CharField(
                choices=[
                    ("imported", "导入"),
                    ("reimported", "重新导入更新"),
                    ("edited", "督办人修改"),
                    ("acknowledged", "签收"),
                    ("reported", "进度报送"),
                    ("extension_requested", "申请延期"),
                    ("extension_approved", "延期获批"),
                    ("extension_rejected", "延期驳回"),
                    ("closure_requested", "申请办结"),
                    ("closure_accepted", "审核办结"),
                    ("closure_returned", "办结退回"),
                    ("co_owner_excused", "免报配合单位"),
                    ("cancelled", "取消"),
                    ("reopened", "重新打开"),
                    ("department_merged", "单位合并"),
                ],
                max_length=30,
                verbose_name="类型",
            ),
        ),
        migrations.RunPython(relabel, back),
    ]
