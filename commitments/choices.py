"""Enumerations shared by models, the API and the e-mails."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Role(models.TextChoices):
    STAFF = "staff", _("责任单位经办人")
    SUPERVISOR = "supervisor", _("督办人")
    ADMIN = "admin", _("管理员")


class Status(models.TextChoices):
    NOT_STARTED = "not_started", _("未开始")
    ON_TRACK = "on_track", _("正常推进")
    AT_RISK = "at_risk", _("存在风险")
    DELAYED = "delayed", _("滞后")
    COMPLETED = "completed", _("已办结")
    CANCELLED = "cancelled", _("已取消")


#: Statuses after which a commitment takes no new reports or requests.
CLOSED_STATUSES = (Status.COMPLETED, Status.CANCELLED)
#: Statuses a department may report (completion goes through a closure request).
REPORTABLE_STATUSES = (Status.NOT_STARTED, Status.ON_TRACK, Status.AT_RISK, Status.DELAYED)


def reportable_status_choices() -> list[tuple[str, str]]:
    """``(value, label)`` of the statuses a department may report (the report
    serializers' choices; the OpenAPI schema names them ReportableStatusEnum)."""
    return [(status.value, str(status.label)) for status in REPORTABLE_STATUSES]


class Light(models.TextChoices):
    RED = "red", _("红灯")
    YELLOW = "yellow", _("黄灯")
    GREEN = "green", _("绿灯")


class OwnerSource(models.TextChoices):
    EXPLICIT = "explicit", _("文中明确")
    RULE = "rule", _("关键词规则")
    DEFAULT = "default", _("默认单位")
    MANUAL = "manual", _("人工指定")


class Comparator(models.TextChoices):
    GTE = ">=", _("不低于")
    LTE = "<=", _("不高于")
    EQ = "=", _("等于")


class RequestState(models.TextChoices):
    PENDING = "pending", pgettext_lazy("state", "待审核")
    APPROVED = "approved", _("已批准")
    REJECTED = "rejected", _("已驳回")


class ClosureState(models.TextChoices):
    PENDING = "pending", pgettext_lazy("state", "待审核")
    ACCEPTED = "accepted", _("已办结")
    RETURNED = "returned", _("已退回")


class CarryOverState(models.TextChoices):
    PROPOSED = "proposed", _("待确认")
    ACCEPTED = "accepted", _("已确认")
    REJECTED = "rejected", _("已否决")


class EventKind(models.TextChoices):
    IMPORTED = "imported", _("导入")
    REIMPORTED = "reimported", _("重新导入更新")
    EDITED = "edited", _("督办人修改")
    ACKNOWLEDGED = "acknowledged", _("签收")
    REPORTED = "reported", _("进度报送")
    EXTENSION_REQUESTED = "extension_requested", _("申请延期")
    EXTENSION_APPROVED = "extension_approved", _("延期获批")
    EXTENSION_REJECTED = "extension_rejected", _("延期驳回")
    CLOSURE_REQUESTED = "closure_requested", _("申请办结")
    CLOSURE_ACCEPTED = "closure_accepted", _("审核办结")
    CLOSURE_RETURNED = "closure_returned", _("办结退回")
    CO_OWNER_EXCUSED = "co_owner_excused", _("免报配合单位")
    CANCELLED = "cancelled", _("取消")
    REOPENED = "reopened", _("重新打开")
    #: An administrator merged a department into this one's owner (``catalog.merge_department``).
    DEPARTMENT_MERGED = "department_merged", _("单位合并")
    #: A supervisor sent the owners a 督办通知 (``workflow.urge``).
    URGED = "urged", _("督办通知")


class NotificationKind(models.TextChoices):
    DEADLINE = "deadline", _("到期提醒")
    MILESTONE = "milestone", _("阶段节点提醒")
    MISSING_REPORT = "missing_report", _("进度报送催办")
    UNACKNOWLEDGED = "unacknowledged", _("签收催办")
    OVERDUE_DIGEST = "overdue_digest", _("逾期通报")
    ESCALATION = "escalation", _("逾期升级督办")
    REVIEW_PENDING = "review_pending", _("待审核提醒")
    #: A supervisor's 督办通知 about one pledge (``workflow.urge``), not the sweep's.
    URGE = "urge", _("督办通知")


class NotificationChannel(models.TextChoices):
    EMAIL = "email", _("电子邮件")
    WECOM = "wecom", _("企业微信群机器人")
    DINGTALK = "dingtalk", _("钉钉群机器人")


class NotificationState(models.TextChoices):
    PENDING = "pending", _("待发送")
    SENDING = "sending", _("发送中")
    SENT = "sent", _("已发送")
    FAILED = "failed", _("发送失败")
