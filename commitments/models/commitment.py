"""Commitments (承诺事项) with their targets and milestones."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from commitments import rules
from commitments.choices import CLOSED_STATUSES, Comparator, OwnerSource, Status
from commitments.models.departments import Department
from commitments.models.plans import Plan, Section


class CommitmentQuerySet(models.QuerySet["Commitment"]):
    """The domain's rules as queryset methods; each predicate is written once, in
    ``commitments/rules.py`` (where the fast SQL forms keep their reasons)."""

    def open(self) -> CommitmentQuerySet:
        """Not completed nor cancelled."""
        return self.exclude(rules.closed())

    def tracked(self) -> CommitmentQuerySet:
        """Open and not retired by a re-import: what reminders and overdue follow."""
        return self.filter(rules.tracked())

    def overdue(self, today: datetime.date) -> CommitmentQuerySet:
        """Past the approved deadline on ``today`` and still tracked."""
        return self.filter(rules.overdue(today))

    def in_rollups(self) -> CommitmentQuerySet:
        """What roll-ups count (not the pledges a re-import retired)."""
        return self.filter(rules.in_rollups())

    def owned_by(
        self,
        department: Department | int | Iterable[int],
        *,
        include_co_owned: bool = True,
        with_excused: bool = True,
    ) -> CommitmentQuerySet:
        """Commitments a department (or any of several) leads or, with
        ``include_co_owned``, co-owns. No join, no DISTINCT (see ``rules.owned_by``)."""
        ids = department.pk if isinstance(department, Department) else department
        return self.filter(
            rules.owned_by(ids, include_co_owned=include_co_owned, with_excused=with_excused)
        )

    def led_within(self, department_ids: frozenset[int] | set[int] | None) -> CommitmentQuerySet:
        """Led by one of ``department_ids``; ``None`` means every department."""
        return self.filter(rules.led_within(department_ids))

    def supervised_by(self, user: Any) -> CommitmentQuerySet:
        """The commitments ``user`` oversees: those whose lead owner they supervise
        (all for administrators and supervisors with no departments listed);
        none for anyone else."""
        from commitments import access

        if not access.is_supervisor(user):
            return self.none()
        return self.led_within(access.supervised_department_ids(user))

    def visible_to(self, user: Any) -> CommitmentQuerySet:
        """What ``user`` may read: every commitment for anyone signed in (SPEC §1:
        staff see every commitment and write only to their own); nothing otherwise."""
        if user is None or not user.is_authenticated:
            return self.none()
        return self.all()

    def concerning(self, user: Any) -> CommitmentQuerySet:
        """A user's own work list: staff, what their department leads or co-owns;
        supervisors and administrators, what they oversee; nobody else, nothing."""
        from commitments import access

        department = access.department_of(user)
        if department is not None:
            return self.owned_by(department)
        return self.supervised_by(user)

    def with_progress_source(self) -> CommitmentQuerySet:
        """Annotate whose report the commitment's status and percent are, and when it
        was filed: ``progress_by`` (the department's name; ``progress_merged_from``, the
        department that filed it where a merge has since re-pointed it, else ``None``:
        “（原水利站报送）” beside it, as on the report) and ``progress_filed_at``
        from the newest lead report (``progress.lead_counted``: a merge makes the unit's
        co-owner reports the lead's; ``None`` when no lead ever reported). After a
        change of lead they stay the former lead's, and every page says so;
        ``lead_filed_at`` is the current lead's own newest report (``None``: it has
        not reported on this commitment)."""
        from commitments.models.progress import ProgressReport, lead_counted

        newest = ("-created_at", "-id")
        by_a_lead = ProgressReport.objects.filter(lead_counted(), commitment=OuterRef("pk"))
        by_this_lead = ProgressReport.objects.filter(
            commitment=OuterRef("pk"), department=OuterRef("lead_owner_id")
        )
        return self.annotate(
            progress_by=Subquery(by_a_lead.order_by(*newest).values("department__name")[:1]),
            progress_merged_from=Subquery(
                by_a_lead.order_by(*newest).values("merged_from__name")[:1]
            ),
            progress_filed_at=Subquery(by_a_lead.order_by(*newest).values("created_at")[:1]),
            lead_filed_at=Subquery(by_this_lead.order_by(*newest).values("created_at")[:1]),
        )

    def with_light(self, today: datetime.date | None = None) -> CommitmentQuerySet:
        """Annotate ``light`` (red/yellow/green) and the facts behind it."""
        from commitments.lights import annotate_light

        return annotate_light(self, today)


class Commitment(models.Model):
    """One pledge of a plan.

    ``text`` is verbatim and ``source_start``/``source_end`` locate it in the
    plan's source text. ``original_deadline`` never moves; ``deadline`` is the
    approved one (after extensions). ``edited_fields`` lists what supervisors
    changed by hand, so that re-importing an edited document does not
    overwrite their decisions.
    """

    plan = models.ForeignKey(
        Plan, on_delete=models.CASCADE, related_name="commitments", verbose_name=_("工作计划")
    )
    section = models.ForeignKey(
        Section, on_delete=models.CASCADE, related_name="commitments", verbose_name=_("工作板块")
    )
    number = models.PositiveSmallIntegerField(_("板块内序号"))
    code = models.CharField(_("编号"), max_length=32)
    title = models.CharField(_("事项名称"), max_length=200)
    text = models.TextField(_("原文"))
    source_start = models.PositiveIntegerField(_("源文起始位置"))
    source_end = models.PositiveIntegerField(_("源文结束位置"))
    fingerprint = models.CharField(
        _("内容指纹"), max_length=64, db_index=True, help_text=_("重新导入时用于识别同一事项")
    )

    lead_owner = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        related_name="led_commitments",
        verbose_name=_("牵头单位"),
    )
    lead_since = models.DateTimeField(
        _("牵头起始时间"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("现牵头单位接手该事项的时间，此后才按月应报；为空表示自事项录入起"),
    )
    #: The lead the pledge's missed deadline counts against (``rules.handed_over_late``):
    #: set by a change of lead after the deadline had passed (``services.leads``) to the
    #: lead then; it counts while the pledge stays overdue at a deadline that passed
    #: before the change, so a new deadline ends it. Empty: the lead's own.
    overdue_lead = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,  # the merge re-points it first; never moves the blame
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("逾期计入单位"),
        help_text=_("移交时已逾期的事项：逾期计入移交时的原牵头单位；为空表示计入现牵头单位"),
    )
    co_owners = models.ManyToManyField(
        Department,
        through="CoOwnership",
        blank=True,
        related_name="co_owned_commitments",
        verbose_name=_("配合单位"),
    )
    owner_source = models.CharField(
        _("责任单位来源"), max_length=10, choices=OwnerSource.choices, default=OwnerSource.RULE
    )
    official = models.CharField(_("责任领导"), max_length=100, blank=True)

    deadline = models.DateField(_("完成时限"))
    original_deadline = models.DateField(_("原定完成时限"))
    status = models.CharField(
        _("状态"), max_length=20, choices=Status.choices, default=Status.NOT_STARTED
    )
    percent = models.PositiveSmallIntegerField(_("完成百分比"), default=0)

    acknowledged_at = models.DateTimeField(_("签收时间"), null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("签收人"),
    )
    last_report_at = models.DateTimeField(_("最近报送时间"), null=True, blank=True)
    last_report_on = models.DateField(
        _("最近报送日期"), null=True, blank=True, help_text=_("按本地日期，用于判断本期是否已报送")
    )
    completed_at = models.DateTimeField(_("办结时间"), null=True, blank=True)
    #: The latest 督办通知 (``workflow.urge``): the lead is 被督办 until it reports after it.
    urged_at = models.DateTimeField(_("督办时间"), null=True, blank=True)
    urge_reply_by = models.DateField(_("回复期限"), null=True, blank=True)
    removed_from_source = models.BooleanField(
        _("源文已删除"),
        default=False,
        help_text=_("重新导入的文件不再包含此事项；因已有报送记录而保留"),
    )
    public_note = models.TextField(
        _("公开说明"),
        blank=True,
        max_length=2000,
        help_text=_("督办人填写、在公示页面公开的进展说明；内部报送内容从不公开"),
    )
    edited_fields = models.JSONField(_("人工修改字段"), default=list, blank=True)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    objects = CommitmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("承诺事项")
        verbose_name_plural = pgettext_lazy("plural", "承诺事项")
        ordering = ["plan", "code"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "code"], name="unique_commitment_code"),
            models.CheckConstraint(condition=Q(percent__lte=100), name="percent_at_most_100"),
            models.CheckConstraint(
                condition=Q(source_end__gte=models.F("source_start")),
                name="commitment_span_ordered",
            ),
            models.CheckConstraint(condition=Q(status__in=Status.values), name="status_known"),
            models.CheckConstraint(
                condition=~Q(status=Status.COMPLETED) | Q(completed_at__isnull=False),
                name="completed_has_time",
            ),
        ]
        indexes = [
            models.Index(fields=["lead_owner", "status"], name="commitment_owner_status"),
            models.Index(fields=["status", "deadline"], name="commitment_status_deadline"),
            # Covering: the list's department filter (lead owner, or a co-owner id) and
            # "soonest deadline first" read this index alone, in order, and stop after
            # one page; counting reads it without touching the table (bench/, 100k).
            models.Index(fields=["deadline", "id", "lead_owner"], name="commitment_deadline_cover"),
            # A lead owner's ledger by deadline (``?lead_owner=``, the workbench).
            models.Index(fields=["lead_owner", "deadline", "id"], name="commitment_owner_deadline"),
            # The tracked ones by deadline, with their id: a supervisor's escalations
            # already made (``reminders.kept_counts.supervisor_counts``) join each to
            # its commitment's current deadline from this index alone, not the table
            # (1M, a later day: 2.18 s; docs/benchmarks.md, eighteenth round).
            models.Index(
                fields=["deadline", "id"],
                name="commitment_tracked_deadline",
                condition=rules.tracked(),
            ),
            models.Index(fields=["updated_at"], name="commitment_updated"),
            models.Index(fields=["section", "code"], name="commitment_section_code"),
            # When the lead was assigned the pledge (``owed.assigned_sql``): the reminder
            # sweep finds the few pledges entered or handed over after a report's due day
            # (``reminders.decisions.unowed_sql``) without reading a chunk's pledges.
            models.Index(Coalesce("lead_since", "created_at"), name="commitment_assigned"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_STATUSES

    @property
    def deadline_moved(self) -> str:
        """How the deadline stands against the original one, in words ("" if it has
        not moved): the one place that labels it, by direction."""
        if self.deadline > self.original_deadline:
            return str(pgettext_lazy("deadline", "已延期"))
        if self.deadline < self.original_deadline:
            return str(pgettext_lazy("deadline", "已提前"))
        return ""

    @property
    def urged(self) -> bool:
        """被督办: an open pledge whose lead has not reported since the latest 督办通知
        (``urged_at``); the lead's next report (``last_report_at``) answers it
        (``rules.urged``)."""
        return rules.is_urged(self)

    @property
    def urge_answered(self) -> bool:
        """督办已回复: the lead has reported since the latest 督办通知
        (``rules.urge_answered``)."""
        return rules.is_urge_answered(self)

    def owner_ids(self) -> set[int]:
        """The departments that may report on this commitment."""
        return {self.lead_owner_id, *self.coownerships.values_list("department_id", flat=True)}


class CoOwnership(models.Model):
    """A co-owner (配合单位) of a commitment. A supervisor may excuse a
    co-owner from reporting, which lets the lead ask to close without it."""

    commitment = models.ForeignKey(
        Commitment,
        on_delete=models.CASCADE,
        related_name="coownerships",
        verbose_name=_("承诺事项"),
    )
    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        related_name="coownerships",
        verbose_name=_("配合单位"),
    )
    # When it was made a co-owner of a pledge already in the ledger (a supervisor's
    # change, a re-import): it owes reports from then (commitments.owed), as a lead
    # from ``Commitment.lead_since``. Empty: it came with the pledge (from
    # ``created_at``); a department merge keeps it.
    since = models.DateTimeField(
        _("配合起始时间"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("该单位成为配合单位的时间，此后才按月应报；为空表示自事项录入起"),
    )
    excused_at = models.DateTimeField(_("免报时间"), null=True, blank=True)
    excused_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("免报批准人"),
    )
    # The commitment's facts the reminder sweep reads for a co-owner, kept on this row by
    # PostgreSQL triggers (migration 0018; every writer, bulk updates and re-imports
    # included): a sweep's chunk reads its co-owners' open commitments from the
    # ``coowner_dept`` index's rows alone instead of probing ~13,000 commitments by
    # primary key (``reminders.decisions.owners_ctes``). NULL on other databases, where
    # the sweep reads the commitment.
    kept_status = models.CharField(max_length=20, null=True, blank=True, editable=False)
    kept_removed_from_source = models.BooleanField(null=True, blank=True, editable=False)
    kept_deadline = models.DateField(null=True, blank=True, editable=False)
    kept_plan_id = models.BigIntegerField(null=True, blank=True, editable=False)
    # ... and its lead owner (migration 0019): the kept reminder counts leave out a
    # co-ownership of the lead department itself.
    kept_lead_owner_id = models.BigIntegerField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("配合单位")
        verbose_name_plural = pgettext_lazy("plural", "配合单位")
        constraints = [
            models.UniqueConstraint(fields=["commitment", "department"], name="unique_co_owner"),
        ]
        indexes = [
            models.Index(fields=["department", "commitment"], name="coowner_dept"),
            # Co-owners added to a pledge already in the ledger, by when (``since``;
            # empty for most): ``reminders.decisions.unowed_sql``.
            models.Index(fields=["since"], name="coowner_since", condition=Q(since__isnull=False)),
            # Excused co-owners (few) by department: their deadline reminders
            # (``reminders.kept_counts._dated``; the others' are ``coowner_listing``'s).
            models.Index(
                fields=["department", "kept_deadline"],
                name="coowner_excused",
                condition=Q(excused_at__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return str(self.department)


class Target(models.Model):
    """A number to reach (量化指标); ``current_value`` follows the reports."""

    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="targets", verbose_name=_("承诺事项")
    )
    position = models.PositiveSmallIntegerField(_("顺序"), default=0)
    metric = models.CharField(_("指标"), max_length=200)
    value = models.DecimalField(_("目标值"), max_digits=18, decimal_places=4)
    unit = models.CharField(pgettext_lazy("unit of measure", "单位"), max_length=20, blank=True)
    comparator = models.CharField(
        _("比较方式"), max_length=2, choices=Comparator.choices, default=Comparator.GTE
    )
    baseline = models.DecimalField(
        _("基数"), max_digits=18, decimal_places=4, null=True, blank=True
    )
    current_value = models.DecimalField(
        _("当前值"), max_digits=18, decimal_places=4, null=True, blank=True
    )
    current_as_of = models.DateField(_("当前值日期"), null=True, blank=True)
    source_text = models.CharField(_("原文片段"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("量化指标")
        verbose_name_plural = pgettext_lazy("plural", "量化指标")
        ordering = ["commitment", "position"]
        constraints = [
            models.CheckConstraint(
                condition=Q(comparator__in=Comparator.values), name="comparator_known"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.metric} {self.comparator} {self.value:g}{self.unit}"

    def progress_percent(self) -> int | None:
        """How far the current value is towards the target, 0–100."""
        if self.current_value is None:
            return None
        if self.comparator == Comparator.LTE:  # a cap, naught too (``重大事故零发生``: 0 起)
            return 100 if self.current_value <= self.value else 0
        if not self.value:
            return None
        base = self.baseline or 0
        span = self.value - base
        if span <= 0:
            return 100 if self.current_value >= self.value else 0
        return max(0, min(100, int((self.current_value - base) * 100 / span)))


class Milestone(models.Model):
    """An interim due date with its own text (``一季度完成选址``)."""

    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="milestones", verbose_name=_("承诺事项")
    )
    position = models.PositiveSmallIntegerField(_("顺序"), default=0)
    due = models.DateField(_("节点日期"))
    text = models.CharField(_("节点内容"), max_length=300)
    completed_at = models.DateTimeField(_("完成时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("阶段节点")
        verbose_name_plural = pgettext_lazy("plural", "阶段节点")
        ordering = ["commitment", "due", "position"]
        indexes = [models.Index(fields=["due"], name="milestone_due")]

    def __str__(self) -> str:
        return f"{self.due:%Y-%m-%d} {self.text}"
