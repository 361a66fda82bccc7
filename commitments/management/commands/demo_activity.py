"""Give the local demo a living ledger: acknowledgements, progress reports and a
few closed commitments on the demo plan, filed through the same services as
the API (so history, lights and reminders follow from them).

Run by ``make run`` after ``demo_accounts``; does nothing on a plan that
already has reports, so running it again changes nothing. The ledger looks like a plan
imported at the start of its year: the pledges were assigned on the plan's first day
and each reporting unit has filed its monthly reports since then — on time, a few days
late, or with months missed, by unit (``HABITS``) — so the scorecard ranks the units and
a supervisor finds the worst ones. Those past steps are taken through the same
services at their past moments (each service's ``at``, given only here). A few pledges
(``OVERDUE``) were given an earlier deadline by the supervisor on the plan's second day
and are overdue now (逾期), so 督办通知 and the overdue digests have something to act on.
The supervisor also finds one extension request and one closure request to decide (待办审核), added
once per plan (a plan whose demo requests were decided gets no new ones).
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from commitments.choices import Role, Status
from commitments.errors import Invalid
from commitments.lights import expected_percent
from commitments.models import (
    ClosureRequest,
    Commitment,
    Department,
    ExtensionRequest,
    Membership,
    Plan,
    ProgressReport,
)
from commitments.reminders import calendar
from commitments.services import reporting, supervision, workflow
from commitments.services.plan_import.dating import date_import

# (status, percent relative to the expected progress, acknowledged) by position;
# ``None`` as the percent: no report yet, 100: completed through 申请办结 → 审核.
PATTERN: list[tuple[str, int | None, bool]] = [
    (Status.COMPLETED, 100, True),
    (Status.ON_TRACK, +5, True),
    (Status.ON_TRACK, 0, True),
    (Status.AT_RISK, -30, True),
    (Status.ON_TRACK, -5, True),
    (Status.NOT_STARTED, None, False),
]


#: The demo's requests say they are the demo's: how a rerun knows it made them.
DEMO_EXTENSION = "演示数据：设备到货推迟，申请延期一个月。"
DEMO_CLOSURE = "演示数据：主体工作已完成，申请办结。"

#: SITE_URL's default: a sweep run by hand in another shell needs no SITE_URL for it.
LOCAL_SITE_URL = "http://127.0.0.1:8000"

#: How a lead unit has reported in the months before this one, by its place among the
#: units: ``(day of the month filed, months skipped: every n-th, 0 none)``; a day after
#: the due day (25) is late by the difference, a skipped month is 应报未报.
HABITS: list[tuple[int, int]] = [(12, 0), (20, 0), (28, 0), (15, 3), (27, 2)]

#: The hour the demo's past filings and acknowledgements are dated at (Beijing time).
PAST_HOUR = 10

#: Every how-many-th commitment gets a co-owner (配合单位) that acknowledges and reports too.
CO_OWNED_EVERY = 4

#: The places (in code order) of the pledges the supervisor gave an earlier deadline,
#: now passed: two at risk that report, one never acknowledged (``PATTERN``).
OVERDUE = frozenset({3, 5, 9})

#: At least how many days an overdue pledge's deadline lies behind today: a week, so the
#: overdue digest's escalation (``ESCALATION_DAYS``) has them too.
OVERDUE_DAYS = 8


class Command(BaseCommand):
    help = "为演示计划生成签收、进度报送和办结记录（已有报送的计划不变）"

    def add_arguments(self, parser) -> None:
        parser.add_argument("--plan", type=int, help="计划 id；默认为今年最新导入的计划")

    def handle(self, *args, **options) -> None:
        today = timezone.localdate()
        plans = Plan.objects.order_by("-year", "-created_at")
        plan = (
            plans.filter(pk=options["plan"]).first()
            if options["plan"]
            else plans.filter(year=today.year).first()
        )
        if plan is None:
            raise CommandError("没有可用于演示的计划（先运行 import_plan --year 今年）")
        if ProgressReport.objects.filter(commitment__plan=plan).exists():
            self.stdout.write(f"计划“{plan.title}”已有进度报送，未改动。")
        else:
            self._fill(plan, today)
        self._requests(plan, today)

    def _fill(self, plan: Plan, today: datetime.date) -> None:
        supervisor = (
            Membership.objects.filter(role=Role.SUPERVISOR, supervised_departments=None)
            .select_related("user")
            .first()
        )
        counts = {"reported": 0, "completed": 0, "silent": 0, "co_owned": 0, "overdue": 0}
        staffed = list(
            Membership.objects.filter(role=Role.STAFF, department__isnull=False)
            .order_by("department_id")
            .values_list("department_id", flat=True)
            .distinct()
        )
        start = self._assigned_at_start(plan, today)
        overdue_on = _overdue_deadline(start, today)
        habits = {
            pk: HABITS[place % len(HABITS)]
            for place, pk in enumerate(
                Commitment.objects.filter(plan=plan)
                .order_by("lead_owner_id")
                .values_list("lead_owner_id", flat=True)
                .distinct()
            )
        }
        items = Commitment.objects.filter(plan=plan).select_related("plan").order_by("code")
        for index, item in enumerate(items):
            status, offset, acknowledged = PATTERN[index % len(PATTERN)]
            staff = self._staff(item.lead_owner_id)
            if staff is None:
                continue
            with transaction.atomic():
                co_staff = None
                if supervisor is not None and index % CO_OWNED_EVERY == 1:
                    co_staff = self._add_co_owner(item, supervisor.user, staffed)
                    counts["co_owned"] += co_staff is not None
                if start and overdue_on and supervisor is not None and index in OVERDUE:
                    if self._make_overdue(item, supervisor.user, overdue_on, start):
                        counts["overdue"] += 1
                        item.refresh_from_db()
                if acknowledged:
                    at = _moment(start + datetime.timedelta(days=2)) if start else None
                    workflow.acknowledge(staff, item, at=at)
                    if co_staff is not None:
                        workflow.acknowledge(co_staff, item)
                if offset is None:
                    counts["silent"] += 1
                    continue
                if offset == 100:
                    if start is not None:
                        self._past_reports(item, staff, 95, habits[item.lead_owner_id], today)
                    self._complete(item, staff, supervisor, today)
                    counts["completed"] += 1
                    continue
                percent = max(0, min(95, expected_percent(item, today) + offset))
                if start is not None:
                    self._past_reports(item, staff, percent, habits[item.lead_owner_id], today)
                self._report(item, staff, status, percent, today)
                if co_staff is not None:
                    self._report(item, co_staff, status, percent, today)
                counts["reported"] += 1
        self.stdout.write(
            f"演示进度：{counts['reported']} 项已报送，{counts['completed']} 项已办结，"
            f"{counts['silent']} 项尚未签收和报送，{counts['co_owned']} 项有配合单位，"
            f"{counts['overdue']} 项已逾期（计划“{plan.title}”，{plan.year}年）。"
        )

    def _assigned_at_start(self, plan: Plan, today: datetime.date) -> datetime.date | None:
        """Date the plan's import on its first day (the demo's plan was imported today;
        a real one is imported in January): the plan, its pledges, assigned then, so
        reports are owed from then, and their 导入 history entries. ``None`` (nothing
        changed) for a plan whose year has not begun or that starts this month: no
        month before this one to have reported on."""
        first = plan.reports_from
        if first > today or (first.year, first.month) == (today.year, today.month):
            return None
        date_import(plan, _moment(first))
        return first

    def _make_overdue(
        self, item: Commitment, supervisor, deadline: datetime.date, start: datetime.date
    ) -> bool:
        """The supervisor gives ``item`` an earlier deadline, ``deadline`` (passed), on the
        plan's second day; ``False`` where a milestone of the pledge falls after it."""
        at = _moment(start + datetime.timedelta(days=1))
        try:
            supervision.update_commitment(
                item.pk,
                supervisor,
                {"deadline": deadline},
                note=f"演示数据：督办人要求{deadline.month}月{deadline.day}日前完成。",
                at=at,
            )
        except Invalid:
            return False
        return True

    def _past_reports(
        self, item: Commitment, staff, percent: int, habit: tuple[int, int], today
    ) -> None:
        """The lead's monthly reports from the plan's first month to last month, as its
        unit's habit has them, rising to ``percent`` (filed today)."""
        day, skip = habit
        first = item.plan.reports_from
        months = []
        month = first.replace(day=1)
        while month < today.replace(day=1) and month.year == first.year:
            months.append(month)
            month = (month + datetime.timedelta(days=32)).replace(day=1)
        department = item.lead_owner
        for n, month in enumerate(months, start=1):
            if skip and n % skip == 0:
                continue
            last = (month + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(1)
            filed = max(first, month.replace(day=min(day, last.day)))
            if filed >= today:
                continue
            data = reporting.ReportInput(
                status=Status.ON_TRACK,
                percent=percent * n // (len(months) + 1),
                as_of=filed,
                narrative=f"演示数据：{month.month}月工作按计划推进。",
            )
            reporting.file_report(item.pk, staff, department, data, at=_moment(filed))

    def _requests(self, plan: Plan, today: datetime.date) -> None:
        """One pending extension request and one pending closure request for the
        supervisor to decide, on open commitments the lead has reported on; once per
        plan (``DEMO_EXTENSION``/``DEMO_CLOSURE`` mark them)."""
        made = []
        items = (
            Commitment.objects.with_progress_source()
            .filter(plan=plan, status=Status.ON_TRACK, deadline__gt=today)
            .order_by("code")
        )
        if not ExtensionRequest.objects.filter(commitment__plan=plan, reason=DEMO_EXTENSION):
            for item in items:
                staff = self._staff(item.lead_owner_id)
                if staff is None or item.lead_filed_at is None:
                    continue
                try:
                    with transaction.atomic():
                        later = item.deadline + datetime.timedelta(days=30)
                        workflow.request_extension(staff, item, later, DEMO_EXTENSION, today)
                except workflow.WorkflowError:
                    continue
                made.append((item.code, "延期申请", "extension request"))
                break
        if not ClosureRequest.objects.filter(commitment__plan=plan, summary=DEMO_CLOSURE):
            for item in items.reverse():  # not the one asking for more time
                staff = self._staff(item.lead_owner_id)
                if staff is None or item.lead_filed_at is None:
                    continue
                if item.extension_requests.exists():
                    continue
                try:
                    with transaction.atomic():
                        workflow.request_closure(staff, item, DEMO_CLOSURE)
                except workflow.WorkflowError:
                    continue
                made.append((item.code, "办结申请", "closure request"))
                break
        if made:
            # "编号" as on the pages: a code such as 2026-05-03 reads like a date.
            zh = "，".join(f"编号 {code} 的{kind}" for code, kind, _ in made)
            en = ", ".join(f"{kind} on code {code}" for code, _, kind in made)
            self.stdout.write(f"待督办人审核：{zh}。")
            self.stdout.write(f"For the supervisor to decide: {en}.")
        self._reminder_hint(today)

    def _reminder_hint(self, today: datetime.date) -> None:
        """Say how to see reminder e-mails now: the sweep sends on working days from
        the send hour, so a demo started at night or on a weekend sends nothing yet.
        The day named is the first on which the demo's requests wait too long
        (待审核提醒), so its sweep has e-mails."""
        day = today
        for _ in range(settings.REVIEW_WAIT_WORKING_DAYS + 1):
            day = calendar.next_working_day(day)
        at = f"{day:%Y-%m-%d}T{settings.REMINDER_SEND_HOUR:02d}:30"
        command = f".venv/bin/python manage.py send_reminders --at {at}"
        if settings.SITE_URL != LOCAL_SITE_URL:  # `make run PORT=…`: the server's links
            command = f"SITE_URL={settings.SITE_URL} {command}"
        hour = f"{settings.REMINDER_SEND_HOUR:02d}:00"
        self.stdout.write(
            f"提醒邮件在工作日 {hour}（北京时间）后由定时任务发送，写入 var/mail/；"
            f"立即查看：{command}"
        )
        self.stdout.write(
            f"Reminder e-mails go out on working days from {hour} Beijing time, into"
            f" var/mail/; to see them now: {command}"
        )

    def _add_co_owner(self, item: Commitment, supervisor, staffed: list[int]):
        """Give ``item`` a co-owner, the next staffed department after its lead, as a
        supervisor would (督办人调整配合单位); its staff member, or ``None``."""
        if item.coownerships.exists():
            return None
        others = [pk for pk in staffed if pk != item.lead_owner_id]
        if not others:
            return None
        department_id = next((pk for pk in others if pk > item.lead_owner_id), others[0])
        supervision.update_commitment(
            item.pk,
            supervisor,
            {"co_owners": [Department.objects.get(pk=department_id)]},
            note="演示数据：增加配合单位。",
        )
        item.refresh_from_db()
        return self._staff(department_id)

    def _staff(self, department_id: int):
        membership = (
            Membership.objects.filter(role=Role.STAFF, department_id=department_id)
            .select_related("user", "department")
            .order_by("user__username")
            .first()
        )
        return None if membership is None else membership.user

    def _report(self, item: Commitment, user, status: str, percent: int, today) -> None:
        department = Membership.objects.get(user=user).department
        data = reporting.ReportInput(
            status=status,
            percent=percent,
            as_of=today,
            narrative="演示数据：按序时进度推进。"
            if status == Status.ON_TRACK
            else "演示数据：进度滞后。",
        )
        reporting.file_report(item.pk, user, department, data)

    def _complete(self, item: Commitment, staff, supervisor, today) -> None:
        self._report(item, staff, Status.ON_TRACK, 95, today)
        for share in item.coownerships.select_related("department"):
            co_staff = self._staff(share.department_id)
            if co_staff is not None:
                self._report(item, co_staff, Status.ON_TRACK, 95, today)
        if supervisor is None:
            return
        request = workflow.request_closure(staff, item, "演示数据：已全面完成。")
        workflow.accept_closure(supervisor.user, request)


def _moment(day: datetime.date) -> datetime.datetime:
    """``day`` at ``PAST_HOUR``: the moment the demo's past steps are dated at."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(PAST_HOUR)))


def _overdue_deadline(start: datetime.date | None, today: datetime.date) -> datetime.date | None:
    """The deadline of the demo's overdue pledges: the end of the latest month that
    ended at least ``OVERDUE_DAYS`` ago, or, early in the year, the plan's start; ``None``
    when the plan has no past (``start`` None) or started less than that ago."""
    if start is None or (today - start).days < OVERDUE_DAYS:
        return None
    day = today.replace(day=1) - datetime.timedelta(days=1)
    if (today - day).days < OVERDUE_DAYS:
        day = day.replace(day=1) - datetime.timedelta(days=1)
    return max(day, start)
