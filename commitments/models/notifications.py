"""Notifications (提醒记录): the outbox of messages the system decided to send,
on every channel (e-mail, WeCom and DingTalk group robots)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from commitments.choices import NotificationChannel, NotificationKind, NotificationState
from commitments.models.channels import RobotChannel
from commitments.models.commitment import Commitment
from commitments.models.departments import Department


class Notification(models.Model):
    """One message to one recipient on one channel, decided from database state.

    A message carries every reason due for its recipient that day, a section
    per reason (SPEC §5); ``kind`` is the most pressing of them.
    ``(channel, recipient, period_key)`` is unique: deciding the same message
    twice (a doubled beat, two workers) finds the existing row instead of
    adding one. ``message_id`` is fixed at decision time so a resend after a
    crash carries the same Message-ID and mail clients can de-duplicate.
    A sender claims a row by moving it from pending to sending in one
    conditional UPDATE; only the winner talks to SMTP or the robot.
    """

    channel = models.CharField(
        _("渠道"),
        max_length=10,
        choices=NotificationChannel.choices,
        default=NotificationChannel.EMAIL,
    )
    kind = models.CharField(_("类型"), max_length=20, choices=NotificationKind.choices)
    recipient = models.CharField(_("收件人"), max_length=320)
    robot = models.ForeignKey(
        RobotChannel,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="notifications",
        verbose_name=_("群机器人"),
        db_index=False,  # ``notification_robot``: robot messages only
    )
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
    #: Unique (``one_message_id``; a constraint, not ``unique=True``, which on PostgreSQL
    #: adds a second, ``LIKE`` index that nothing searches by).
    message_id = models.CharField(_("Message-ID"), max_length=255)
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
    not_after = models.DateTimeField(
        _("有效期至"),
        null=True,
        blank=True,
        help_text=_("到期仍未发出则不再重试（已被下一次提醒取代）"),
    )
    decided_by = models.CharField(
        _("生成批次"),
        max_length=32,
        blank=True,
        editable=False,
        help_text=_("生成该记录的那次扫描"),
    )
    created_at = models.DateTimeField(_("生成时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("提醒记录")
        verbose_name_plural = pgettext_lazy("plural", "提醒记录")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["channel", "recipient", "period_key"], name="one_message_per_recipient"
            ),
            models.UniqueConstraint(fields=["message_id"], name="one_message_id"),
            models.CheckConstraint(
                condition=~Q(state=NotificationState.SENT) | Q(sent_at__isnull=False),
                name="sent_has_time",
            ),
        ]
        # Only over the rows a sweep or /healthz looks for: the unsent (requeued, counted)
        # and the failed (counted for a day). Sending writes each row twice (the claim,
        # the outcome); an index over every row's state took a new entry both times, and
        # an outcome "sent" now takes none in these (bench/: PostgreSQL's CPU per e-mail
        # for the two updates 0.23 -> 0.09 ms with the LIKE and robot indexes gone too).
        indexes = [
            # Keyed by id, not claimed_at: a batch's rows share their claimed_at, and the
            # planner used ``state = 'sending' AND claimed_at = t`` from the outcome's
            # WHERE to walk every row of the batch for each outcome instead of its id.
            models.Index(
                fields=["state", "id"],
                name="notification_unsent_ids",
                condition=Q(state__in=[NotificationState.PENDING, NotificationState.SENDING]),
            ),
            models.Index(
                fields=["created_at"],
                name="notification_failed",
                condition=Q(state=NotificationState.FAILED),
            ),
            models.Index(
                fields=["robot"], name="notification_robot", condition=Q(robot__isnull=False)
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} → {self.recipient} ({self.period_key})"


class Escalation(models.Model):
    """A commitment escalated to a supervisor on a day (升级督办记录).

    A commitment is escalated once per deadline: this ledger says when it
    already was, independent of the channels the message went out on.

    Written in bulk: a sweep stores every escalation its messages carry (~22,000 to
    the supervisor of every department at 100k commitments) in one ``INSERT …
    SELECT`` of commitments it has just read. PostgreSQL checks a foreign key row by
    row: at the commit, 44,000 lookups with a row lock (the same user's row 22,000
    times) were ~0.9 s of the backend's CPU, half the work of the sweep's longest
    chunk (docs/benchmarks.md, thirteenth round). So the keys are not constraints in
    the database (``db_constraint=False``): deleting a commitment or a user still
    deletes its escalations (Django's ``on_delete``), and nothing reads an
    escalation without its commitment. The unique constraint's index, which leads
    with the commitment, is the commitment's index.
    """

    commitment = models.ForeignKey(
        Commitment,
        on_delete=models.CASCADE,
        related_name="escalations",
        verbose_name=_("事项"),
        db_constraint=False,
        db_index=False,
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="escalations",
        verbose_name=_("督办人"),
        db_constraint=False,
    )
    day = models.DateField(_("日期"))

    class Meta:
        verbose_name = _("升级督办记录")
        verbose_name_plural = pgettext_lazy("plural", "升级督办记录")
        constraints = [
            models.UniqueConstraint(
                fields=["commitment", "user", "day"], name="one_escalation_a_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.commitment_id} → {self.user_id} ({self.day})"
