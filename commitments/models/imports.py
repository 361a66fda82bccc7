"""Uploads waiting for review or running as a background import, and the
administrators' corrections of a plan (SPEC §3, the review page)."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from commitments.models.plans import Plan


class PlanUpload(models.Model):
    """A plan file an administrator uploaded: reviewed and corrected before it
    is committed (admin), or imported by a Celery task that reports its
    progress (API). ``plan`` is the plan it updates, ``new`` forces a new one;
    neither: the import decides, and refuses a likely duplicate."""

    class State(models.TextChoices):
        DRAFT = "draft", _("审核中")
        QUEUED = "queued", _("排队中")
        RUNNING = "running", _("导入中")
        DONE = "done", _("已导入")
        FAILED = "failed", _("失败")

    data = models.BinaryField(_("文件内容"))
    filename = models.CharField(_("文件名"), max_length=255)
    year = models.PositiveSmallIntegerField(_("计划年度"), null=True, blank=True)
    plan = models.ForeignKey(
        Plan,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="uploads",
        verbose_name=_("更新的工作计划"),
    )
    new = models.BooleanField(_("新建计划"), default=False)
    state = models.CharField(_("状态"), max_length=10, choices=State.choices, default=State.DRAFT)
    stage = models.CharField(
        _("阶段"), max_length=10, blank=True, help_text=_("parse/compare/write/done")
    )
    progress_done = models.PositiveIntegerField(_("已处理"), default=0)
    progress_total = models.PositiveIntegerField(_("总数"), default=0)
    result = models.JSONField(_("结果"), default=dict, blank=True)
    error = models.TextField(_("错误"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("上传人"),
    )
    created_at = models.DateTimeField(_("上传时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    class Meta:
        verbose_name = _("计划上传")
        verbose_name_plural = pgettext_lazy("plural", "计划上传")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.filename}（{self.get_state_display()}）"


class PlanEdit(models.Model):
    """One correction of a parsed plan made on the review page (merge, split,
    drop, owner, co-owners, deadline, milestones, targets, a unit mapped or
    created). Kept with the plan, so every later import of it applies it again;
    before the first commit it belongs to the upload only."""

    plan = models.ForeignKey(
        Plan,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="edits",
        verbose_name=_("工作计划"),
    )
    upload = models.ForeignKey(
        PlanUpload,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="edits",
        verbose_name=_("计划上传"),
    )
    kind = models.CharField(_("类型"), max_length=20)
    key = models.CharField(_("对象"), max_length=100)
    value = models.JSONField(_("内容"), default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("修正人"),
    )
    created_at = models.DateTimeField(_("修正时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("导入修正")
        verbose_name_plural = pgettext_lazy("plural", "导入修正")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["plan", "created_at"], name="planedit_plan")]

    def __str__(self) -> str:
        from commitments.services.plan_import.edits import KIND_LABELS

        return str(KIND_LABELS.get(self.kind, self.kind))

    @classmethod
    def reviewed_deadline(cls, commitment) -> datetime.date | None:
        """The deadline an import's review last set for this pledge (by its wording), if any."""
        value = (
            cls.objects.filter(
                plan_id=commitment.plan_id, kind="deadline", key=commitment.fingerprint
            )
            .order_by("-created_at", "-id")
            .values_list("value", flat=True)
            .first()
        )
        try:
            return datetime.date.fromisoformat(str((value or {}).get("date")))
        except ValueError:
            return None
