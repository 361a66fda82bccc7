# A department merge makes the unit's co-owner reports the lead's where the unit now
# leads the pledge (``services.catalog.merge_department``, SPEC §2 单位合并): the pledge's
# progress follows the unit's latest report. ``is_lead`` stays what happened (filed as
# the lead or as a co-owner; history reads it); ``lead_by_merge`` says the report now
# counts as the lead's. The append-only trigger function of 0022 is widened by exactly
# that, and still only inside the transaction of a merge (``commitments.merge`` =
# ``'<source id>:<target id>'``), on ``commitments_progressreport``:
#
# * 0022's re-point (department source → target, ``merged_from`` = the first filer),
#   now also allowed to set ``lead_by_merge``;
# * a report already the target's (its own): only ``lead_by_merge`` may change;
# * ``lead_by_merge`` may only go from false to true, on a report filed as a co-owner,
#   of the target, on a pledge the target leads;
# * every other column is unchanged.
#
# Everything else (any other UPDATE, any DELETE, target values) is still refused.

import importlib

from django.db import migrations, models

merged_from = importlib.import_module("commitments.migrations.0022_report_merged_from")

SETTING = merged_from.SETTING

FUNCTION = f"""
CREATE OR REPLACE FUNCTION commitments_refuse_change() RETURNS trigger AS $$
DECLARE
    merge text;
BEGIN
    -- Nested: PL/pgSQL may evaluate every operand of an AND, and a target value's row
    -- has no department.
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'commitments_progressreport' THEN
        merge := coalesce(current_setting('{SETTING}', true), '');
        IF merge <> '' AND split_part(merge, ':', 2) = NEW.department_id::text THEN
            IF (
                   (merge = OLD.department_id::text || ':' || NEW.department_id::text
                    AND NEW.merged_from_id = coalesce(OLD.merged_from_id, OLD.department_id))
                   OR (OLD.department_id = NEW.department_id
                       AND NEW.merged_from_id IS NOT DISTINCT FROM OLD.merged_from_id)
               )
               AND (
                   NEW.lead_by_merge = OLD.lead_by_merge
                   OR (NEW.lead_by_merge AND NOT OLD.lead_by_merge AND NOT NEW.is_lead
                       AND EXISTS (SELECT 1 FROM commitments_commitment c
                                   WHERE c.id = NEW.commitment_id
                                     AND c.lead_owner_id = NEW.department_id))
               )
               AND to_jsonb(NEW) - 'department_id' - 'merged_from_id' - 'lead_by_merge'
                   = to_jsonb(OLD) - 'department_id' - 'merged_from_id' - 'lead_by_merge' THEN
                RETURN NEW;
            END IF;
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
        schema_editor.execute(merged_from.FUNCTION)


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0022_report_merged_from"),
    ]

    operations = [
        migrations.AddField(
            model_name="progressreport",
            name="lead_by_merge",
            field=models.BooleanField(default=False, verbose_name="合并后计为牵头单位报送"),
        ),
        migrations.RunPython(forwards, backwards),
    ]
