"""Export jobs: a report file built by a Celery worker (``reports.export_jobs``).

A synchronous export (``?format=xlsx``) of a whole province's ledger takes
minutes; a job writes the same file in the background, reports its progress
and keeps the file in the default storage (``MEDIA_ROOT`` or the S3 bucket of
the evidence files) until ``expires_at``.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

#: An export's state as a page shows it (its own words in English: "Done", not the
#: lower-case "done" that the plain 已完成 of log lines reads as).
STATE_WORDS = {
    "queued": pgettext_lazy("export state", "排队中"),
    "running": pgettext_lazy("export state", "生成中"),
    "done": pgettext_lazy("export state", "已完成"),
    "failed": pgettext_lazy("export state", "失败"),
    "expired": pgettext_lazy("export state", "已过期"),
}


class ExportJob(models.Model):
    class Report(models.TextChoices):
        LEDGER = "ledger", _("督办台账")
        OVERDUE = "overdue", _("逾期事项")
        SUMMARY = "summary", _("督查通报")

    class Format(models.TextChoices):
        XLSX = "xlsx", "XLSX"
        CSV = "csv", "CSV"

    class State(models.TextChoices):
        QUEUED = "queued", _("排队中")
        RUNNING = "running", _("生成中")
        DONE = "done", _("已完成")
        FAILED = "failed", _("失败")
        EXPIRED = "expired", _("已过期")

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="export_jobs",
        verbose_name=_("导出人"),
    )
    report = models.CharField(_("报表"), max_length=10, choices=Report.choices)
    format = models.CharField(_("文件格式"), max_length=4, choices=Format.choices)
    #: the report's query parameters, as validated (``plan`` id, ``date`` ISO day)
    params = models.JSONField(_("筛选条件"), default=dict, blank=True)
    #: the language the request was in: the file's headers and labels, the error text
    language = models.CharField(_("语言"), max_length=10, default=settings.LANGUAGE_CODE)
    state = models.CharField(_("状态"), max_length=10, choices=State.choices, default=State.QUEUED)
    rows_done = models.PositiveIntegerField(_("已写行数"), default=0)
    rows_total = models.PositiveIntegerField(_("总行数"), null=True, blank=True)
    file = models.FileField(_("文件"), upload_to="exports/", max_length=255, blank=True)
    size = models.PositiveBigIntegerField(_("文件大小"), null=True, blank=True)
    error = models.TextField(_("错误"), blank=True)
    #: deliveries of the task that claimed the job (a job that kills its worker stops)
    attempts = models.PositiveSmallIntegerField(_("尝试次数"), default=0)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    started_at = models.DateTimeField(_("开始时间"), null=True, blank=True)
    finished_at = models.DateTimeField(_("完成时间"), null=True, blank=True)
    #: moved on by every progress write: a running job that stops moving was lost
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)
    expires_at = models.DateTimeField(_("过期时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("后台导出")
        verbose_name_plural = _("后台导出")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["owner", "-created_at"], name="exportjob_owner_recent"),
            models.Index(fields=["state", "expires_at"], name="exportjob_state_expiry"),
        ]

    def __str__(self) -> str:
        return f"{self.get_report_display()} {self.format} #{self.pk}"

    @property
    def state_words(self) -> str:
        """The state as the dashboard shows it (``STATE_WORDS``)."""
        return str(STATE_WORDS.get(self.state, self.state))

    @property
    def progress(self) -> int:
        """Percent of the rows written (100 when done)."""
        if self.state in (self.State.DONE, self.State.EXPIRED):
            return 100
        if not self.rows_total:
            return 0
        return min(99, self.rows_done * 100 // self.rows_total)


class RollupGrouping(models.TextChoices):
    """What a kept roll-up row counts (``reports.kept_rollups``)."""

    PLAN = "plan", _("计划")
    SECTION = "section", _("工作板块")
    LEAD = "lead", _("牵头单位")
    #: the monthly reports a department owed as co-owner (配合单位)
    CO_OWNED = "co", _("配合单位")
    #: the first reports of each period a department filed, on time and late (报送)
    FILED = "filed", _("报送")
    #: one commitment whose share of its plan's, section's and lead department's
    #: counts may have moved (only in ``RollupChange``: its share is a ``RollupFact``)
    COMMITMENT = "item", _("事项")
    #: a plan whose report rules (due day, margin, start) changed: its commitments'
    #: shares may have moved (only in ``RollupChange``)
    PLAN_RULES = "rules", _("计划规则")


class RollupSnapshot(models.Model):
    """What the kept roll-up rows hold: one row, the day and the rules they were counted for.

    ``fingerprint`` is a hash of the counting query's SQL and parameters for
    that day: a new day, changed settings (due day, margin) or a new version
    of the light's rule make it differ, and the kept rows are not used until
    they are rebuilt."""

    day = models.DateField(_("统计日"))
    fingerprint = models.CharField(_("规则指纹"), max_length=64)
    built_at = models.DateTimeField(_("重建时间"))
    folded_at = models.DateTimeField(_("更新时间"))

    class Meta:
        verbose_name = _("汇总快照")
        verbose_name_plural = _("汇总快照")

    def __str__(self) -> str:
        return f"{self.day} ({self.folded_at:%H:%M:%S})"


class RollupCount(models.Model):
    """One group's counts in the whole ledger on the snapshot's day: a plan, a
    section or a lead department (``counts``: the numbers
    ``reports.rollups._Tally.of_counts`` takes, in its order), a
    department's reports owed as co-owner (``counts``: ``[periods]``) or the
    first reports it filed (``counts``: ``rollups.FILED_COUNTS``)."""

    grouping = models.CharField(_("分组"), max_length=8, choices=RollupGrouping.choices)
    key = models.BigIntegerField(_("分组编号"))
    counts = models.JSONField(_("计数"))

    class Meta:
        verbose_name = _("汇总计数")
        verbose_name_plural = _("汇总计数")
        constraints = [
            models.UniqueConstraint(fields=["grouping", "key"], name="rollupcount_one_per_group")
        ]

    def __str__(self) -> str:
        return f"{self.grouping} {self.key}"


class RollupFact(models.Model):
    """One commitment's share of the kept plan, section and lead department
    counts on the snapshot's day: the facts the counting query counts for it
    (``reports.rollups.FACT_COLUMNS``: its groups, light, status, punctuality
    flags, percent and owed periods). When a write moves the commitment
    (``RollupChange`` ``item``), its old share is taken out of the kept counts
    and its share counted now is put in: the cost of a summary after a write
    is that of the commitments written, not of their groups."""

    commitment_id = models.BigIntegerField(_("事项编号"), primary_key=True)
    plan_id = models.BigIntegerField(_("计划编号"))
    section_id = models.BigIntegerField(_("工作板块编号"))
    lead_owner_id = models.BigIntegerField(_("牵头单位编号"))
    light = models.CharField(_("灯色"), max_length=8, null=True)
    status = models.CharField(_("状态"), max_length=20)
    overdue = models.BooleanField(_("逾期"), null=True)
    due_original = models.BooleanField(_("原定时限已到"), null=True)
    on_time_original = models.BooleanField(_("按原定时限办结"), null=True)
    due_approved = models.BooleanField(_("批准时限已到"), null=True)
    on_time_approved = models.BooleanField(_("按批准时限办结"), null=True)
    deadline_reached = models.BooleanField(_("批准时限已过"), null=True)
    percent = models.IntegerField(_("完成百分比"), null=True)
    periods = models.IntegerField(_("应报送次数"), null=True)

    class Meta:
        verbose_name = _("事项汇总份额")
        verbose_name_plural = _("事项汇总份额")

    def __str__(self) -> str:
        return f"item {self.commitment_id}"


class RollupChange(models.Model):
    """A commitment (``item``) or a department's group (``co``, ``filed``)
    whose counts may have moved since the snapshot: written by PostgreSQL
    triggers on commitments, milestones, co-ownerships, plans and the kept
    first-report counts (migrations 0002–0004), in the writer's
    transaction, whatever wrote; read and
    removed by ``reports.kept_rollups``. Append-only, no unique key: writers
    never wait for each other here."""

    id = models.BigAutoField(primary_key=True)
    grouping = models.CharField(_("分组"), max_length=8, choices=RollupGrouping.choices)
    key = models.BigIntegerField(_("分组编号"))

    class Meta:
        verbose_name = _("待更新分组")
        verbose_name_plural = _("待更新分组")

    def __str__(self) -> str:
        return f"{self.grouping} {self.key}"
