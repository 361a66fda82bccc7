# A co-ownership's roll-up log (migration 0002) ignores updates that change neither its
# commitment, nor its department, nor its excusal: the commitment's facts it keeps for
# the reminder sweep (commitments 0018, ``CoOwnership.kept_*``) are written by a trigger
# whenever the commitment's status, retirement, deadline or plan changes, and logging
# those would have every co-owner of a written commitment counted again whole.

from django.db import migrations

_CHANGED = (
    "FROM old_rows o JOIN new_rows n ON n.id = o.id"
    " WHERE (o.commitment_id, o.department_id, o.excused_at)"
    " IS DISTINCT FROM (n.commitment_id, n.department_id, n.excused_at)"
)


_INSERTED = "SELECT 'co', department_id FROM new_rows"
_DELETED = "SELECT 'co', department_id FROM old_rows"


def _log(select: str) -> str:
    return (
        "INSERT INTO reports_rollupchange (grouping, key)"
        f" SELECT DISTINCT * FROM ({select}) AS g;"
    )


def _function(update: str) -> str:
    return (
        "CREATE OR REPLACE FUNCTION reports_rollup_log_co_owners() RETURNS trigger"
        " LANGUAGE plpgsql AS $$\nBEGIN\n"
        f"    IF TG_OP = 'INSERT' THEN {_log(_INSERTED)}\n"
        f"    ELSIF TG_OP = 'UPDATE' THEN {_log(update)}\n"
        f"    ELSIF TG_OP = 'DELETE' THEN {_log(_DELETED)}\n"
        "    END IF;\n    RETURN NULL;\nEND $$;"
    )


CHANGED_ONLY = _function(
    f"SELECT 'co', o.department_id {_CHANGED} UNION ALL SELECT 'co', n.department_id {_CHANGED}"
)
EVERY_UPDATE = _function(
    "SELECT 'co', department_id FROM old_rows UNION ALL SELECT 'co', department_id FROM new_rows"
)


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CHANGED_ONLY)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(EVERY_UPDATE)


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0006_log_what_moved"),
        ("commitments", "0018_co_owner_kept_facts"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
