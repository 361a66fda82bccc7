# A department merge re-points the merged department's reports to the unit it became
# (``services.catalog.merge_department``): what it did becomes the unit's. Reports stay
# append-only (0002): the trigger function now lets one kind of UPDATE through, and
# only on ``commitments_progressreport``:
#
# * the transaction says a merge of that report's department into the new one is
#   running: ``set_config('commitments.merge', '<source id>:<target id>', true)``
#   (transaction-local, set by the merge service alone);
# * ``merged_from_id`` becomes the department that filed it (kept if it was set by an
#   earlier merge: the first filer stays named);
# * every other column is unchanged.
#
# Everything else (any other UPDATE, any DELETE, target values) is still refused.

import importlib

import django.db.models.deletion
from django.db import migrations, models

append_only = importlib.import_module("commitments.migrations.0002_reports_append_only")

#: The transaction-local setting the merge service sets (``catalog.MERGE_SETTING``).
SETTING = "commitments.merge"

FUNCTION = f"""
CREATE OR REPLACE FUNCTION commitments_refuse_change() RETURNS trigger AS $$
BEGIN
    -- Nested: PL/pgSQL may evaluate every operand of an AND, and a target value's row
    -- has no department.
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'commitments_progressreport' THEN
        IF coalesce(current_setting('{SETTING}', true), '')
               = OLD.department_id::text || ':' || NEW.department_id::text
           AND NEW.merged_from_id = coalesce(OLD.merged_from_id, OLD.department_id)
           AND to_jsonb(NEW) - 'department_id' - 'merged_from_id'
               = to_jsonb(OLD) - 'department_id' - 'merged_from_id' THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'progress reports are append-only (%% on %%)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FUNCTION)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(append_only.FUNCTION)


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0021_kept_counts_new_co_owner_pair"),
    ]

    operations = [
        migrations.AddField(
            model_name="progressreport",
            name="merged_from",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="commitments.department",
                verbose_name="原报送单位",
            ),
        ),
        migrations.RunPython(forwards, backwards),
    ]
