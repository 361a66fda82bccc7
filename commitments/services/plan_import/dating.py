"""Dating a plan's import earlier than it ran: the demo imports the sample today but
tells a year whose plan was imported on its first day (``demo_activity``)."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils.translation import gettext as _

from commitments import rules
from commitments.choices import EventKind
from commitments.errors import Invalid
from commitments.models import Commitment, CommitmentEvent, Plan


@transaction.atomic
def date_import(plan: Plan, moment: datetime.datetime) -> None:
    """Date ``plan``'s import at ``moment``: the plan's import time (导入时间), its
    pledges' (assigned then: reports are owed from then, ``commitments.owed``) and
    their 导入 history entries; what is already earlier stays. A moment before the
    day the plan's reports start (``Plan.reports_from``) would move that start, and
    with it every month owed: ``Invalid``, nothing written."""
    if rules.local_day(moment) < plan.reports_from:
        raise Invalid(
            "import_before_plan",
            _("导入时间不能早于本计划的报送起始日期 %(date)s")
            % {"date": plan.reports_from.isoformat()},
        )
    Plan.objects.filter(pk=plan.pk, created_at__gt=moment).update(created_at=moment)
    Commitment.objects.filter(plan=plan, created_at__gt=moment).update(created_at=moment)
    CommitmentEvent.objects.filter(
        commitment__plan=plan, kind=EventKind.IMPORTED, created_at__gt=moment
    ).update(created_at=moment)
