"""Filing progress reports (进度报送): plain functions, no HTTP.

A report is appended under a row lock on its commitment, so that two
reports filed at once both land and the commitment ends up reflecting the
one filed last. Only the lead owner's report moves the commitment (status,
percent, target values); a co-owner's report is kept beside it (SPEC §2).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import User
from django.db.models import OuterRef, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from commitments import rules
from commitments.choices import REPORTABLE_STATUSES, EventKind, Status
from commitments.errors import Forbidden, Invalid
from commitments.models import (
    Commitment,
    CommitmentEvent,
    CoOwnership,
    Department,
    ProgressReport,
    ReportTargetValue,
    Target,
)
from commitments.services import evidence, first_reports, workflow


@dataclass(frozen=True)
class TargetValue:
    target_id: int
    value: Decimal


@dataclass(frozen=True)
class ReportInput:
    status: str
    percent: int
    as_of: datetime.date
    narrative: str = ""
    evidence: Sequence[str] = ()
    targets: Sequence[TargetValue] = field(default_factory=tuple)


# --- The rules a report must meet: each written once, used by the API serializer
# (``ReportCreateSerializer``, per field) and by ``check_report`` (the whole report).


def status_error(status: str) -> str | None:
    """Why a department may not report ``status`` (closing is a workflow step)."""
    if status not in REPORTABLE_STATUSES:
        return _("办结和取消须经督办流程，不能直接报送该状态")
    return None


def status_percent_error(status: str, percent: int) -> str | None:
    """Why a status and a percent may not go together: a pledge reported as 未开始 has
    done nothing yet (a report of 未开始 with 40% is a status left at its default)."""
    if status == Status.NOT_STARTED and percent > 0:
        return _("已完成 %(percent)s%% 的事项不是“未开始”：请选择正常推进、存在风险或滞后") % {
            "percent": percent
        }
    return None


def percent_error(percent: int) -> str | None:
    if not 0 <= percent <= 100:
        return _("完成百分比须在 0 到 100 之间")
    return None


def status_and_percent_errors(status: str, percent: int) -> dict[str, str]:
    """``{field: why}`` for a report's status and percent, every error at once: a
    percent out of range does not hide that 未开始 cannot go with it."""
    errors = {}
    if error := status_error(status):
        errors["status"] = error
    if error := percent_error(percent):
        errors["percent"] = error
    if "status" not in errors and (error := status_percent_error(status, percent)):
        errors["status"] = error
    return errors


def as_of_error(as_of: datetime.date, today: datetime.date | None = None) -> str | None:
    if as_of > (today or timezone.localdate()):
        return _("截至日期不能晚于今天")
    return None


def target_errors(
    items: Sequence[tuple[int, Decimal]], targets: Mapping[int, str]
) -> list[tuple[str, str] | None]:
    """For each reported ``(target id, value)`` in order: ``(field, why)`` it is refused
    (the field ``target`` or ``value``), or None.
    ``targets`` maps the commitment's target ids to their metric (the name an error
    gives). A current value is an amount or a rate reached: never below zero."""
    seen: set[int] = set()
    found: list[tuple[str, str] | None] = []
    for target_id, value in items:
        if target_id not in targets:
            found.append(("target", _("指标 %(id)s 不属于该事项") % {"id": target_id}))
        elif target_id in seen:
            found.append(("target", _("指标 %(id)s 重复报送") % {"id": target_id}))
        elif value is not None and value < 0:
            found.append(
                (
                    "value",
                    _("指标“%(metric)s”的当前值不能为负数（填写的是 %(value)s）")
                    % {"metric": targets[target_id], "value": rules.plain_number(value)},
                )
            )
        else:
            found.append(None)
        seen.add(target_id)
    return found


def check_report(
    data: ReportInput, targets: Mapping[int, str], today: datetime.date | None = None
) -> None:
    """Raise ``Invalid`` (every field error at once) for a report that breaks the rules."""
    errors = {
        name: [error]
        for name, error in status_and_percent_errors(data.status, data.percent).items()
    }
    if error := as_of_error(data.as_of, today):
        errors["as_of"] = [error]
    reported = [(t.target_id, t.value) for t in data.targets]
    refused = [e[1] for e in target_errors(reported, targets) if e]
    if refused:
        errors["targets"] = refused
    if errors:
        first = next(iter(errors.values()))[0]
        raise Invalid("report_invalid", first, errors=errors)


def says_nothing_new(
    data: ReportInput,
    has_files: bool,
    previous: tuple[str, int] | None,
    known_values: Mapping[int, Decimal],
) -> bool:
    """Whether a report repeats the department's previous one: no narrative, no
    evidence (links or files), and the status, percent and every reported target value
    the same as its previous report (``previous``: its status and percent; None for a
    first report, which always says something: where the department stands).
    ``known_values`` maps target ids to the department's last reported value.
    Such a report (an untouched pre-filled form) would become the department's latest
    report and count as this period's without saying anything (SPEC §2: a report
    states progress)."""
    if data.narrative.strip() or data.evidence or has_files:
        return False
    if previous is None or (data.status, data.percent) != previous:
        return False
    return all(known_values.get(t.target_id) == t.value for t in data.targets)


def nothing_new_error() -> str:
    return _(
        "请填写进展情况：本次报送的推进状态、完成百分比和指标当前值都与本单位上次报送相同，"
        "也没有佐证材料"
    )


def check_says_something(
    commitment: Commitment, department_id: int, data: ReportInput, has_files: bool
) -> None:
    """Raise ``Invalid`` (at ``narrative``) for a report that ``says_nothing_new``."""
    if data.narrative.strip() or data.evidence or has_files:
        return
    mine = ProgressReport.objects.filter(commitment=commitment, department_id=department_id)
    previous = mine.order_by("-created_at", "-id").values_list("status", "percent").first()
    known: dict[int, Decimal] = {}
    for target_id, value in (
        ReportTargetValue.objects.filter(report__in=mine)
        .order_by("-report__created_at", "-report_id")
        .values_list("target_id", "value")
    ):
        known.setdefault(target_id, value)
    if says_nothing_new(data, has_files, previous, known):
        raise Invalid("report_says_nothing", nothing_new_error(), field="narrative")


def check_as_of(commitment: Commitment, department_id: int, as_of: datetime.date) -> None:
    """A report's ``as_of`` lies between its plan's start and today, and not before
    the ``as_of`` of the same department's previous report on the commitment.

    The plan's start is ``rules.reports_from`` (1 January of its year, or its
    ``starts_on`` if earlier; for a plan imported ahead of its year, the day it
    was imported: the plan API shows it as ``reports_from``). A report
    dated in an earlier year (``2019-01-01`` on a 2024 plan) speaks of no
    progress of this plan, and one dated before the previous report would
    become the newest filing while describing an older state. Later than the
    plan year is allowed (up to today): a commitment extended into the next
    year is still reported on. Several reports as of the same day are allowed.
    """
    previous = (
        ProgressReport.objects.filter(commitment=OuterRef("pk"), department_id=department_id)
        .order_by("-as_of")
        .values("as_of")[:1]
    )
    year, starts_on, created_at, previous_as_of = (
        Commitment.objects.filter(pk=commitment.pk)
        .values_list("plan__year", "plan__starts_on", "plan__created_at")
        .annotate(previous=Subquery(previous))
        .get()
    )
    earliest = rules.reports_from(year, starts_on, created_at)
    if as_of < earliest:
        raise Invalid(
            "as_of_before_plan",
            _("截至日期不能早于本计划的报送起始日期 %(date)s（%(year)d年度计划）")
            % {"date": earliest.isoformat(), "year": year},
            field="as_of",
        )
    if previous_as_of is not None and as_of < previous_as_of:
        raise Invalid(
            "as_of_before_previous",
            _("截至日期不能早于本单位上次报送的截至日期 %(date)s")
            % {"date": previous_as_of.isoformat()},
            field="as_of",
        )


def file_report(
    commitment_id: int,
    user: User,
    department: Department,
    data: ReportInput,
    files: Sequence[evidence.CheckedFile] = (),
    at: datetime.datetime | None = None,
) -> ProgressReport:
    """Append one report for ``department`` and, for the lead, update the commitment.

    Raises ``errors.Forbidden`` if the department neither leads nor co-owns the
    commitment, ``errors.Conflict`` (code ``commitment_closed``) if it is
    closed, ``errors.Invalid`` for a report that breaks the rules. Nothing is
    written in those cases. ``files`` (checked by ``evidence.check_files``) are
    stored as the report's attachments in the same transaction. ``at``: the moment it
    is filed (default: now; its period is that moment's month, and ``as_of`` may not
    be after its day): only the demo passes one, to file its past months.
    """
    with workflow.step_transaction():
        commitment = workflow.lock_commitment(commitment_id)
        # stamped once the pledge is held: two filings on it land in the order of their
        # times (ids and created_at agree; the newest report is the one applied last)
        now = at or timezone.now()
        today = rules.local_day(now)
        workflow.ensure_department_current(user, department)
        is_lead = commitment.lead_owner_id == department.pk
        if (
            not is_lead
            and not CoOwnership.objects.filter(
                commitment=commitment, department=department
            ).exists()
        ):
            raise Forbidden("not_owner", _("只有牵头单位或配合单位的经办人可以报送进度"))
        workflow.ensure_open(commitment, "report")
        targets = {t.pk: t for t in Target.objects.filter(commitment=commitment)}
        check_report(data, {pk: t.metric for pk, t in targets.items()}, today)
        check_as_of(commitment, department.pk, data.as_of)
        check_says_something(commitment, department.pk, data, bool(files))

        report = ProgressReport.objects.create(
            commitment=commitment,
            department=department,
            filed_by=user,
            is_lead=is_lead,
            status=data.status,
            percent=data.percent,
            narrative=data.narrative,
            evidence=list(data.evidence),
            as_of=data.as_of,
            period=today.strftime("%Y-%m"),
            created_at=now,
        )
        first_reports.count(report, commitment.plan_id)
        evidence.store(files, commitment, user, report=report)
        ReportTargetValue.objects.bulk_create(
            ReportTargetValue(report=report, target_id=item.target_id, value=item.value)
            for item in data.targets
        )
        changes = {}
        if is_lead:
            values = [(item.target_id, item.value) for item in data.targets]
            changes = apply_lead_report(commitment, report, values, targets)
        CommitmentEvent.objects.create(
            commitment=commitment,
            kind=EventKind.REPORTED,
            actor=user,
            department=department,
            changes=changes,
            note=f"report:{report.pk}",
            created_at=now,
        )
    return report


def lead_report_changes(
    status: str,
    percent: int,
    current: Mapping[int, Decimal | None],
    report: ProgressReport,
    values: Sequence[tuple[int, Decimal]],
) -> dict[str, list[Any]]:
    """What ``report`` (one that counts as the lead's) changes on a commitment that shows
    ``status`` and ``percent`` and whose targets show ``current`` (target id → current
    value): ``{field: [old, new]}``, ``target:<id>`` for a target's value (``values``:
    the ``(target id, value)`` it gave), as its history event records them."""
    changes: dict[str, list[Any]] = {}
    for name, old, new in (("status", status, report.status), ("percent", percent, report.percent)):
        if old != new:
            changes[name] = [old, new]
    for target_id, value in values:
        shown = current[target_id]
        if shown != value:
            changes[f"target:{target_id}"] = [None if shown is None else str(shown), str(value)]
    return changes


def apply_lead_report(
    commitment: Commitment,
    report: ProgressReport,
    values: Sequence[tuple[int, Decimal]],
    targets: Mapping[int, Target] | None = None,
) -> dict[str, list[Any]]:
    """Move the commitment to what ``report`` (one that counts as the lead's) said: its
    status, percent, report time and the target values it gave (``values``:
    ``(target id, value)``; ``targets``: the commitment's targets by id, read when not
    given). The one home of "the commitment shows its lead's latest report" for a
    lead's filing; a department merge does the same for many commitments at once
    (``catalog._follow_lead_reports``), both through ``lead_report_changes``. Returns
    ``{field: [old, new]}`` (``target:<id>`` for a target's value)."""
    if targets is None:
        targets = {t.pk: t for t in Target.objects.filter(commitment=commitment)}
    changes = lead_report_changes(
        commitment.status,
        commitment.percent,
        {target_id: targets[target_id].current_value for target_id, _value in values},
        report,
        values,
    )
    commitment.status, commitment.percent = report.status, report.percent
    commitment.last_report_at = report.created_at
    commitment.last_report_on = rules.local_day(report.created_at)
    commitment.save(
        update_fields=["status", "percent", "last_report_at", "last_report_on", "updated_at"]
    )
    changed_targets = []
    for target_id, value in values:
        target = targets[target_id]
        target.current_value = value
        target.current_as_of = report.as_of
        changed_targets.append(target)
    Target.objects.bulk_update(changed_targets, ["current_value", "current_as_of"])
    return changes


def latest_reports(commitment_ids: Sequence[int] | None = None) -> QuerySet[ProgressReport]:
    """Each department's latest report on each commitment, in one query.

    Lets the detail view show the lead's and the co-owners' reports side by
    side (as a ``Prefetch`` queryset when ``commitment_ids`` is None).
    """
    newest = (
        ProgressReport.objects.filter(
            commitment=OuterRef("commitment"),
            department=OuterRef("department"),
        )
        .order_by("-created_at", "-id")
        .values("pk")[:1]
    )
    reports = ProgressReport.objects.filter(pk=Subquery(newest))
    if commitment_ids is not None:
        reports = reports.filter(commitment_id__in=commitment_ids)
    return reports
