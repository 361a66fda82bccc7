"""Plans (工作计划) and their sections (工作板块)."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from commitments.rules import section_label


class Plan(models.Model):
    """One imported work-arrangement part of one document, for one year.

    A plan is the town's plan for a year and a title, not a file: an edited
    version under any file name updates it when the administrator says so
    (``services.plan_import.identity``). ``source_name``/``document_index``
    say where it was last imported from; ``source_sha256`` makes re-importing
    the very same file a no-op. ``retired_codes`` are codes of pledges that
    re-imports deleted: never given again. Reminder policy fields left empty
    fall back to settings.
    """

    title = models.CharField(_("标题"), max_length=300)
    year = models.PositiveSmallIntegerField(_("计划年度"))
    source_name = models.CharField(_("源文件名"), max_length=255)
    document_index = models.PositiveSmallIntegerField(_("文件内序号"), default=0)
    source_sha256 = models.CharField(_("源文件SHA-256"), max_length=64)
    source_text = models.TextField(_("源文本"))
    retired_codes = models.JSONField(_("已停用编号"), default=list, blank=True, editable=False)
    starts_on = models.DateField(
        _("起始日期"), help_text=_("序时进度从此日起算，默认为计划年度1月1日")
    )
    report_due_day = models.PositiveSmallIntegerField(
        _("每月报送截止日"),
        null=True,
        blank=True,
        validators=[
            MinValueValidator(1, message=_("每月报送截止日须在1至31日之间")),
            MaxValueValidator(31, message=_("每月报送截止日须在1至31日之间")),
        ],
        help_text=_(
            "每月进度报送的截止日，填1至31；当月没有这一天的（如2月30日、4月31日），"
            "以当月最后一天为截止日。留空则使用系统默认值"
        ),
    )
    progress_margin = models.PositiveSmallIntegerField(
        _("序时进度容差(%)"), null=True, blank=True, help_text=_("留空则使用系统默认值")
    )
    public = models.BooleanField(
        _("公开承诺兑现情况"),
        default=False,
        help_text=_("开启后，任何人无需登录即可在公示页面查看本计划各事项的公开信息"),
    )
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("导入人"),
    )
    created_at = models.DateTimeField(_("导入时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    class Meta:
        verbose_name = _("工作计划")
        verbose_name_plural = pgettext_lazy("plural", "工作计划")
        ordering = ["-year", "title"]
        indexes = [models.Index(fields=["year"], name="plan_year")]

    def __str__(self) -> str:
        if str(self.year) in self.title:
            return self.title
        # The brackets are the language's (English: "Title (2026)").
        return gettext("%(title)s（%(year)s）") % {"title": self.title, "year": self.year}

    def save(self, *args, **kwargs) -> None:
        if self.starts_on is None and self.year:
            self.starts_on = datetime.date(self.year, 1, 1)
        super().save(*args, **kwargs)

    @property
    def reports_from(self) -> datetime.date:
        """The earliest ``as_of`` a report on this plan may have (``rules.reports_from``)."""
        from commitments import rules

        return rules.reports_from(self.year, self.starts_on, self.created_at)

    @property
    def effective_report_due_day(self) -> int:
        return self.report_due_day or settings.REPORT_DUE_DAY

    @property
    def effective_progress_margin(self) -> float:
        if self.progress_margin is None:
            return settings.PROGRESS_MARGIN_PERCENT
        return float(self.progress_margin)


class Section(models.Model):
    """A numbered heading of the arrangement, e.g. ``(一)狠抓招商引资,积蓄发展动能``."""

    plan = models.ForeignKey(
        Plan, on_delete=models.CASCADE, related_name="sections", verbose_name=_("工作计划")
    )
    number = models.PositiveSmallIntegerField(_("序号"))
    title = models.CharField(_("标题"), max_length=300)
    source_start = models.PositiveIntegerField(_("源文起始位置"), default=0)
    source_end = models.PositiveIntegerField(_("源文结束位置"), default=0)

    class Meta:
        verbose_name = _("工作板块")
        verbose_name_plural = pgettext_lazy("plural", "工作板块")
        ordering = ["plan", "number"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="unique_section_number"),
        ]

    def __str__(self) -> str:
        return section_label(self.number, self.title)
