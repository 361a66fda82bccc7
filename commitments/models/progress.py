"""Progress reports (进度报送): append-only, one row per filing."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from commitments.choices import Status
from commitments.models.commitment import Commitment, Target
from commitments.models.departments import Department, merged_from_field


class AppendOnlyError(Exception):
    """Raised when code tries to change or delete a filed report."""


def lead_counted(prefix: str = "") -> Q:
    """The reports that count as the lead's (the commitment's progress follows the newest
    of them): filed as the lead, or made the lead's by a department merge
    (``lead_by_merge``). ``prefix``: the path to the report (``"reports__"``)."""
    return Q(**{f"{prefix}is_lead": True}) | Q(**{f"{prefix}lead_by_merge": True})


class ProgressReport(models.Model):
    """What a department said about a commitment at a point in time.

    Reports are never edited or deleted (a correction is a new report): the
    model refuses it, and on PostgreSQL a trigger refuses it too, so that
    neither a bug nor a hand-written UPDATE can rewrite the record. One
    sanctioned exception: a department merge re-points its reports to the unit
    it became (``department``, ``merged_from``; migration 0022).
    """

    commitment = models.ForeignKey(
        Commitment, on_delete=models.PROTECT, related_name="reports", verbose_name=_("承诺事项")
    )
    department = models.ForeignKey(
        Department, on_delete=models.PROTECT, related_name="reports", verbose_name=_("报送单位")
    )
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="reports",
        verbose_name=_("报送人"),
    )
    #: The department that filed it when that department was merged into ``department``
    #: since (``services.catalog.merge_department``, the one writer that re-points a
    #: report; the database allows nothing else): "（原水利站报送）". ``None``: filed
    #: as ``department``.
    merged_from = merged_from_field(_("原报送单位"))
    #: Filed as the lead (what happened; history reads it). What counts as the lead's
    #: report is ``lead_counted()``: this, or ``lead_by_merge``.
    is_lead = models.BooleanField(_("牵头单位报送"), default=True)
    #: Filed as a co-owner by a department that a merge made one with the pledge's lead
    #: (the merged department's report moved to the unit that leads, or the unit's own
    #: co-owner report on a pledge the merged department led): the unit's report, so
    #: it counts as the lead's (``services.catalog.merge_department``, migration 0023).
    lead_by_merge = models.BooleanField(_("合并后计为牵头单位报送"), default=False)
    status = models.CharField(_("状态"), max_length=20, choices=Status.choices)
    percent = models.PositiveSmallIntegerField(_("完成百分比"))
    narrative = models.TextField(_("进展情况"), blank=True)
    evidence = models.JSONField(_("佐证材料链接"), default=list, blank=True)
    as_of = models.DateField(_("截至日期"))
    period = models.CharField(_("报送期"), max_length=7, help_text=_("格式 YYYY-MM"))
    #: When it was filed: now, or the moment ``reporting.file_report`` was given (``at``).
    created_at = models.DateTimeField(
        _("报送时间"), default=timezone.now, editable=False, db_index=True
    )

    class Meta:
        verbose_name = _("进度报送")
        verbose_name_plural = pgettext_lazy("plural", "进度报送")
        ordering = ["commitment", "created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(percent__lte=100), name="report_percent_at_most_100"
            ),
            models.CheckConstraint(
                condition=Q(status__in=Status.values), name="report_status_known"
            ),
        ]
        indexes = [
            models.Index(fields=["commitment", "-created_at"], name="report_latest"),
            # The commitment rides along (PostgreSQL's INCLUDE; other databases ignore it):
            # the sweep asks which of its departments' commitments have a period's report
            # (``decisions.missing_report_hits``), an index-only read, where fetching each
            # row from the heap read a page per report (at 100k, 0.45 s of a sweep's
            # 0.5 s on this query; bench/, EXPLAIN ANALYZE).
            models.Index(
                fields=["department", "period"],
                include=["commitment"],
                name="report_department_period",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.commitment.code} {self.as_of:%Y-%m-%d} {self.percent}%"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None and not self._state.adding:
            raise AppendOnlyError("进度报送记录只能新增，不能修改")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("进度报送记录只能新增，不能删除")


class ReportTargetValue(models.Model):
    """A target's current value as stated in one report."""

    report = models.ForeignKey(
        ProgressReport,
        on_delete=models.PROTECT,
        related_name="target_values",
        verbose_name=_("进度报送"),
    )
    target = models.ForeignKey(
        Target, on_delete=models.PROTECT, related_name="reported_values", verbose_name=_("量化指标")
    )
    value = models.DecimalField(_("当前值"), max_digits=18, decimal_places=4)

    class Meta:
        verbose_name = _("指标报送值")
        verbose_name_plural = pgettext_lazy("plural", "指标报送值")
        constraints = [
            models.UniqueConstraint(fields=["report", "target"], name="unique_report_target"),
        ]

    def __str__(self) -> str:
        return f"{self.target_id}={self.value}"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None and not self._state.adding:
            raise AppendOnlyError("进度报送记录只能新增，不能修改")
        super().save(*args, **kwargs)
