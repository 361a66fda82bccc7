"""Notifications (提醒记录): the outbox of e-mails the system decided to send."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from commitments.choices import NotificationKind, NotificationState
from commitments.models.commitment import Commitment
from commitments.models.departments import Department


class Notification(models.Model):
    """One e-mail, decided from database state before it is sent.

    ``(kind, recipient, period_key)`` is unique: deciding the same e-mail
    twice (a doubled beat, two workers) finds the existing row instead of
    adding one. ``message_id`` is fixed at decision time so a resend after a
    crash carries the same Message-ID and mail clients can de-duplicate.
    A sender claims a row by moving it from pending to sending in one
    conditional UPDATE; only the winner talks to SMTP.
    """

    kind = models.CharField(_("类型"), max_length=20, choices=NotificationKind.choices)
    recipient = models.EmailField(_("收件人"))
    recipient_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="notifications",
        verbose_name=_("收件用户"),
    )
    department = models.ForeignKey(
        Department,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="notifications",
        verbose_name=_("相关单位"),
    )
    period_key = models.CharField(
        _("周期键"), max_length=64, help_text=_("如 2024-07-01 或 2024-07，同一周期只发一次")
    )
    commitments = models.ManyToManyField(
        Commitment, blank=True, related_name="notifications", verbose_name=_("涉及事项")
    )
    subject = models.CharField(_("主题"), max_length=300, blank=True)
    context = models.JSONField(_("内容数据"), default=dict, blank=True)
    message_id = models.CharField(_("Message-ID"), max_length=255, unique=True)
    state = models.CharField(
        _("状态"),
        max_length=10,
        choices=NotificationState.choices,
        default=NotificationState.PENDING,
    )
    attempts = models.PositiveSmallIntegerField(_("尝试次数"), default=0)
    last_error = models.TextField(_("最近错误"), blank=True)
    claimed_at = models.DateTimeField(_("领取时间"), null=True, blank=True)
    sent_at = models.DateTimeField(_("发送时间"), null=True, blank=True)
    created_at = models.DateTimeField(_("生成时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("提醒记录")
        verbose_name_plural = pgettext_lazy("plural", "提醒记录")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "recipient", "period_key"], name="unique_notification_period"
            ),
            models.CheckConstraint(
                condition=~Q(state=NotificationState.SENT) | Q(sent_at__isnull=False),
                name="sent_has_time",
            ),
        ]
        indexes = [models.Index(fields=["state", "claimed_at"], name="notification_state")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} → {self.recipient} ({self.period_key})"
