"""Admin for the reminder ledger and the group robots (imported by ``commitments.admin``).

Robot webhooks and secrets are write-only here: the form never shows them
back (a WeCom webhook carries its key), the list shows a masked form, and
leaving the field empty when editing keeps the stored value.
"""

from __future__ import annotations

import json

from django import forms
from django.contrib import admin, messages
from django.template.defaultfilters import date as date_filter
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from commitments.choices import NotificationChannel
from commitments.models import CalendarDay, Notification, RobotChannel
from commitments.reminders import calendar, emails, robots, sending


def warn_about_calendar(request) -> None:
    """From December on, tell administrators when next year's holidays are missing."""
    warning = calendar.coverage().get("warning")
    if warning:
        messages.warning(request, warning)


@admin.register(CalendarDay)
class CalendarDayAdmin(admin.ModelAdmin):
    list_display = ["day", "name", "is_working_day"]
    list_filter = ["is_working_day"]
    search_fields = ["name"]
    date_hierarchy = "day"

    def changelist_view(self, request, extra_context=None):
        warn_about_calendar(request)
        return super().changelist_view(request, extra_context)


class RobotChannelForm(forms.ModelForm):
    webhook = forms.CharField(
        label=_("Webhook 地址"),
        required=False,
        widget=forms.PasswordInput(render_value=False, attrs={"size": 80}),
        help_text=_("加密保存，不再显示；编辑时留空表示不修改。也可写 env:变量名。"),
    )
    secret = forms.CharField(
        label=_("加签密钥"),
        required=False,
        widget=forms.PasswordInput(render_value=False, attrs={"size": 60}),
        help_text=_("钉钉“加签”的密钥（SEC 开头）；编辑时留空表示不修改。"),
    )

    class Meta:
        model = RobotChannel
        fields = ["platform", "department", "user", "webhook", "secret", "is_active"]

    def clean_webhook(self) -> str:
        value = self.cleaned_data["webhook"].strip()
        if not value and self.instance.pk:
            return self.instance.webhook
        if not value:
            raise forms.ValidationError(_("请填写 Webhook 地址。"))
        return value

    def clean_secret(self) -> str:
        value = self.cleaned_data["secret"].strip()
        return value or (self.instance.secret if self.instance.pk else "")


@admin.register(RobotChannel)
class RobotChannelAdmin(admin.ModelAdmin):
    form = RobotChannelForm
    list_display = ["platform", "department", "user", "masked", "signed", "is_active"]
    list_filter = ["platform", "is_active"]
    search_fields = ["department__name", "user__username"]
    autocomplete_fields = ["department", "user"]
    readonly_fields = ["masked", "signed"]

    @admin.display(description=_("Webhook 地址"))
    def masked(self, obj: RobotChannel) -> str:
        return obj.masked_webhook

    @admin.display(description=_("加签"), boolean=True)
    def signed(self, obj: RobotChannel) -> bool:
        return bool(obj.secret)


def as_sent(row: Notification) -> tuple[str, str]:
    """The subject and text of a ledger row as it is sent, rendered from its stored
    context by the sending code: an e-mail's text body (``emails.render``), a group
    robot's markdown (``robots.render_markdown``). A context that no longer renders
    gives its subject and an empty text."""
    try:
        if row.channel == NotificationChannel.EMAIL:
            rendered = emails.render(row.context, row.subject)
            return rendered.subject, rendered.text
        return row.subject, robots.render_markdown(row.context, row.subject, row.channel)
    except (KeyError, TypeError, ValueError):
        return row.subject, ""


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = [
        "channel",
        "kind",
        "recipient",
        "period_key",
        "state",
        "attempts",
        "sent_when",
        "error",
    ]
    list_filter = ["state", "channel", "kind"]
    search_fields = ["recipient", "subject", "message_id", "last_error"]

    actions = ["requeue_failed"]

    class Media:
        css = {"all": ["commitments/admin.css"]}

    def get_readonly_fields(self, request, obj=None):
        """The ledger of what was decided and sent: nothing is edited by hand, the
        state included (a row set to 已发送 by hand would read as delivered). A failed
        row goes back to pending through the action, ``sending.requeue_failed``."""
        return [f.name for f in Notification._meta.fields] + [
            "commitments",
            "sent_subject",
            "sent_text",
            "context_json",
        ]

    def get_fieldsets(self, request, obj=None):
        """The message as it reads (subject, text) where the stored context was; the
        context itself (JSON) folded away at the bottom."""
        names = [
            f.name for f in Notification._meta.fields if f.name not in ("id", "subject", "context")
        ]
        return [
            (None, {"fields": ["sent_subject", "sent_text"]}),
            (None, {"fields": [*names, "commitments"]}),
            (_("内容数据（JSON）"), {"fields": ["context_json"], "classes": ["collapse"]}),
        ]

    @admin.display(description=_("主题"))
    def sent_subject(self, obj: Notification) -> str:
        return as_sent(obj)[0] or "—"

    @admin.display(description=_("发送内容"))
    def sent_text(self, obj: Notification) -> str:
        text = as_sent(obj)[1]
        if not text:
            return "—"
        return format_html(
            '<pre data-field="sent-text" style="white-space: pre-wrap; margin: 0;">{}</pre>', text
        )

    @admin.display(description=_("内容数据"))
    def context_json(self, obj: Notification) -> str:
        return format_html(
            '<pre data-field="context" style="white-space: pre-wrap; margin: 0;">{}</pre>',
            json.dumps(obj.context, ensure_ascii=False, indent=2),
        )

    @admin.action(description=_("将所选失败记录改回待发送（下次扫描时重发）"))
    def requeue_failed(self, request, queryset) -> None:
        done = sending.requeue_failed(queryset.values_list("pk", flat=True))
        if done.requeued:
            self.message_user(
                request,
                ngettext(
                    "已将 %(n)d 条失败记录改回待发送，下次扫描时重发",
                    "已将 %(n)d 条失败记录改回待发送，下次扫描时重发",
                    done.requeued,
                )
                % {"n": done.requeued},
                messages.SUCCESS,
            )
        if done.expired:
            self.message_user(
                request,
                ngettext(
                    "%(n)d 条失败记录已过有效期（已由后续提醒取代），未改动",
                    "%(n)d 条失败记录已过有效期（已由后续提醒取代），未改动",
                    done.expired,
                )
                % {"n": done.expired},
                messages.WARNING,
            )
        if done.not_failed:
            self.message_user(
                request,
                ngettext(
                    "%(n)d 条记录不是发送失败状态，未改动",
                    "%(n)d 条记录不是发送失败状态，未改动",
                    done.not_failed,
                )
                % {"n": done.not_failed},
                messages.WARNING,
            )

    def has_add_permission(self, request) -> bool:
        return False  # rows are decided by the sweep

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        """A row is read, never saved: its page is titled 查看 (view) with no 保存
        buttons; a failed row is requeued by the list's action."""
        return False

    @admin.display(description=_("发送时间"), ordering="sent_at")
    def sent_when(self, obj: Notification) -> str:
        """``2026-12-07 08:02``: short enough to stay in view beside the filters."""
        if obj.sent_at is None:
            return "—"
        return date_filter(timezone.localtime(obj.sent_at), "Y-m-d H:i")

    @admin.display(description=_("最近错误"))
    def error(self, obj: Notification) -> str:
        return obj.last_error[:80]

    def changelist_view(self, request, extra_context=None):
        warn_about_calendar(request)
        return super().changelist_view(request, extra_context)
