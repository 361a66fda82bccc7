"""On PostgreSQL, refuse UPDATE and DELETE of filed reports in the database
itself, so that no code path (or hand-written SQL) can rewrite the record."""

from django.db import migrations

TABLES = ["commitments_progressreport", "commitments_reporttargetvalue"]

FUNCTION = """
CREATE OR REPLACE FUNCTION commitments_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'progress reports are append-only (%% on %%)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTION)
    for table in TABLES:
        schema_editor.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION commitments_refuse_change()"
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
    schema_editor.execute("DROP FUNCTION IF EXISTS commitments_refuse_change()")


class Migration(migrations.Migration):
    dependencies = [("commitments", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
