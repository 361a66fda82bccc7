"""A department merge run by a Celery worker (``services.merge_jobs``), which the
administrator follows on a page: merging a large department takes minutes."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from commitments.wording import listed


class MergeJob(models.Model):
    """The administrator's 单位合并 of the departments selected, all in one
    transaction: each into the active unit that lists its name as an alias."""

    class State(models.TextChoices):
        QUEUED = "queued", _("排队中")
        RUNNING = "running", _("合并中")
        DONE = "done", _("已完成")
        FAILED = "failed", _("失败")

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="merge_jobs",
        verbose_name=_("操作人"),
    )
    #: ``[[source id, source name, target id, target name], …]``, as confirmed
    pairs = models.JSONField(_("合并的单位"), default=list)
    #: the language the administrator used: the page's and the error's words
    language = models.CharField(_("语言"), max_length=10, default=settings.LANGUAGE_CODE)
    state = models.CharField(_("状态"), max_length=10, choices=State.choices, default=State.QUEUED)
    #: the step under way (``services.catalog.MERGE_STEPS``) and how many are done
    step = models.CharField(_("当前步骤"), max_length=20, blank=True)
    steps_done = models.PositiveSmallIntegerField(_("已完成步骤"), default=0)
    #: what each merge moved (``catalog.MergeResult`` as a dict), once done
    result = models.JSONField(_("合并结果"), default=list, blank=True)
    error = models.TextField(_("错误"), blank=True)
    attempts = models.PositiveSmallIntegerField(_("尝试次数"), default=0)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    started_at = models.DateTimeField(_("开始时间"), null=True, blank=True)
    finished_at = models.DateTimeField(_("完成时间"), null=True, blank=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    class Meta:
        verbose_name = _("单位合并任务")
        verbose_name_plural = _("单位合并任务")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["state"], name="mergejob_state")]

    def __str__(self) -> str:
        names = listed(f"{p[1]} → {p[3]}" for p in self.pairs)
        return f"#{self.pk} {names}"

    @property
    def source_ids(self) -> list[int]:
        return [p[0] for p in self.pairs]

    @property
    def finished(self) -> bool:
        return self.state in (self.State.DONE, self.State.FAILED)
