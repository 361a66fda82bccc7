"""Group robots (企业微信/钉钉群机器人) that receive reminders beside e-mail."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from commitments.models.departments import Department
from commitments.reminders.secrets import EncryptedTextField, mask


class Platform(models.TextChoices):
    WECOM = "wecom", _("企业微信群机器人")
    DINGTALK = "dingtalk", _("钉钉群机器人")


def fingerprint(platform: str, webhook: str) -> str:
    """Who a robot message goes to, without the secret: departments sharing
    one group robot get one message (the robot is the recipient)."""
    return f"{platform}:{hashlib.sha256(webhook.strip().encode()).hexdigest()[:24]}"


class RobotChannel(models.Model):
    """A department's or a supervisor's group robot (SPEC §5, ``set_channel``).

    The webhook URL (WeCom's carries its key) and DingTalk's signing secret
    are encrypted at rest, or ``env:NAME`` references to the environment.
    """

    platform = models.CharField(_("平台"), max_length=10, choices=Platform.choices)
    department = models.ForeignKey(
        Department,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="robots",
        verbose_name=_("责任单位"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="robots",
        verbose_name=_("督办人"),
    )
    webhook = EncryptedTextField(_("Webhook 地址"), help_text=_("加密保存；也可写 env:变量名"))
    secret = EncryptedTextField(
        _("加签密钥"), blank=True, help_text=_("钉钉“加签”安全设置的密钥（SEC 开头），加密保存")
    )
    recipient = models.CharField(_("接收标识"), max_length=64, db_index=True, editable=False)
    is_active = models.BooleanField(_("启用"), default=True)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    class Meta:
        verbose_name = _("群机器人")
        verbose_name_plural = pgettext_lazy("plural", "群机器人")
        ordering = ["platform", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(department__isnull=True, user__isnull=False)
                | Q(department__isnull=False, user__isnull=True),
                name="robot_has_one_owner",
            ),
            models.UniqueConstraint(
                fields=["department", "platform"], name="one_robot_per_department_platform"
            ),
            models.UniqueConstraint(
                fields=["user", "platform"], name="one_robot_per_user_platform"
            ),
        ]

    def __str__(self) -> str:
        owner = self.department or self.user
        return f"{self.get_platform_display()} · {owner} · {self.masked_webhook}"

    def save(self, *args, **kwargs) -> None:
        self.recipient = fingerprint(self.platform, self.webhook)
        super().save(*args, **kwargs)

    @property
    def masked_webhook(self) -> str:
        return mask(self.webhook)

    def clean(self) -> None:
        from commitments.reminders.robots import validate_webhook

        if (self.department_id is None) == (self.user_id is None):
            raise ValidationError(_("请选择责任单位或督办人之一。"))
        if self.webhook:
            validate_webhook(self.platform, self.webhook)


class RobotThrottle(models.Model):
    """Rate limit per robot webhook, shared by every worker (``reminders.throttle``):
    the theoretical arrival time of the next post (GCRA, a token bucket)."""

    recipient = models.CharField(_("接收标识"), max_length=64, unique=True)
    tat = models.DateTimeField(_("下次可发时间"))

    class Meta:
        verbose_name = _("机器人限流")
        verbose_name_plural = pgettext_lazy("plural", "机器人限流")

    def __str__(self) -> str:
        return self.recipient
