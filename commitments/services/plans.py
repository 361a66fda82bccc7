"""A plan's reporting schedule: when its months start being owed and their due day.

``Plan.starts_on`` (序时进度 and the months owed start there) and
``Plan.report_due_day`` (每月报送截止日, ``commitments.due_dates``) decide which of the
reports already filed answered an owed month and whether on time: the first-report
tallies keep that (``services.first_reports``). So this is their one writer: a change
saves them and moves the plan's counts in one transaction, whoever makes it (the
admin's plan form; nothing else changes them: the API's plan PATCH takes ``public``
only, and a re-import keeps both).
"""

from __future__ import annotations

import datetime

from django.contrib.auth.models import User
from django.db import transaction
from django.utils.translation import gettext as _

from commitments import access
from commitments.errors import Forbidden, Invalid
from commitments.models import Plan
from commitments.services import first_reports

#: The fields ``change_schedule`` alone writes on a stored plan.
SCHEDULE = ("report_due_day", "starts_on")


def change_schedule(
    user: User, plan_id: int, *, report_due_day: int | None, starts_on: datetime.date
) -> bool:
    """Set plan ``plan_id``'s due day (``None``: the default, ``settings.REPORT_DUE_DAY``)
    and start; administrators only (``access.may_use_admin``, else ``errors.Forbidden``),
    a due day of 1–31 (``errors.Invalid``). When either changed, the plan's first
    reports move in the scorecard's tallies (``first_reports.plan_changed``: only this
    plan's filings wait meanwhile). Returns whether anything changed: the same values
    again write nothing."""
    if not access.may_use_admin(user):
        raise Forbidden("not_admin", _("只有管理员可以修改工作计划"))
    if report_due_day is not None and not 1 <= report_due_day <= 31:
        raise Invalid(None, _("每月报送截止日须在1至31日之间"), field="report_due_day")
    with transaction.atomic():
        # NO KEY: the plan's filings check their tally rows' key to it (FOR KEY SHARE)
        # when they commit; a plain FOR UPDATE would wait for them while they wait for
        # the recount (``first_reports._hold_plans``), a deadlock.
        plan = Plan.objects.select_for_update(no_key=True).only(*SCHEDULE).get(pk=plan_id)
        old_due_day, old_start = plan.report_due_day, plan.starts_on
        if (old_due_day, old_start) == (report_due_day, starts_on):
            return False
        plan.report_due_day, plan.starts_on = report_due_day, starts_on
        plan.save(update_fields=[*SCHEDULE, "updated_at"])
        first_reports.plan_changed(plan_id, old_due_day, starts_changed=old_start != starts_on)
    return True
