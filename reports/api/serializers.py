"""Shapes of the report endpoints (read-only; used for JSON and the schema)."""

from __future__ import annotations

import datetime

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers
from rest_framework.exceptions import NotFound

from commitments.api.serializers.base import InputSerializer
from commitments.models import Plan

#: The days a roll-up can be drawn up for: the light and punctuality rules count
#: months and days around the day, which overflows near year 1 or 9999.
FIRST_REPORT_DAY = datetime.date(2000, 1, 1)
LAST_REPORT_DAY = datetime.date(2099, 12, 31)


def out_of_range_message() -> str:
    return _("统计日期须在%(first)s至%(last)s之间") % {
        "first": FIRST_REPORT_DAY.isoformat(),
        "last": LAST_REPORT_DAY.isoformat(),
    }


def check_report_day(value: datetime.date) -> datetime.date:
    """``value`` if a roll-up can be drawn up for it, else a 400 naming the range."""
    if not FIRST_REPORT_DAY <= value <= LAST_REPORT_DAY:
        raise serializers.ValidationError(out_of_range_message())
    return value


class ReportQuerySerializer(InputSerializer):
    """``?plan=`` and ``?date=`` (as of this day, default today)."""

    plan = serializers.IntegerField(
        min_value=1,
        max_value=2**63 - 1,
        required=False,
        label=_("工作计划"),
        help_text=_("工作计划 ID；留空为全部计划"),
    )
    date = serializers.DateField(
        required=False, label=_("统计日期"), help_text=_("统计日期（截至该日），默认今天")
    )

    def validate_date(self, value: datetime.date) -> datetime.date:
        return check_report_day(value)

    def validate_plan(self, value: int) -> Plan:
        """A well-formed id of no plan is "not found", like ``/plans/{id}/``."""
        plan = Plan.objects.defer("source_text").filter(pk=value).first()
        if plan is None:
            raise NotFound(_("没有这个工作计划"))
        return plan


class PlanRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    year = serializers.IntegerField()


class RollupRowSerializer(serializers.Serializer):
    """The shape of a roll-up row (``reports.rollups``) in the summary's JSON, for
    the schema. The rows themselves are written as they are, a dataclass's
    fields being its keys (``commitments.api.renderers``): a province's summary
    has ~16,000 rows, and copying each into a dict field by field took longer
    than writing the JSON. A test keeps the rows and these fields alike."""


class LightCountsSerializer(RollupRowSerializer):
    red = serializers.IntegerField()
    yellow = serializers.IntegerField()
    green = serializers.IntegerField()


class DepartmentRollupSerializer(RollupRowSerializer):
    rank = serializers.IntegerField(
        allow_null=True,
        help_text=_("考评名次（1为最好，并列同名次）；本期无到期事项的单位不参与排名（null）"),
    )
    department_id = serializers.IntegerField()
    department = serializers.CharField()
    owned = serializers.IntegerField(help_text=_("牵头事项数（含已取消）"))
    completed = serializers.IntegerField()
    not_started = serializers.IntegerField()
    on_track = serializers.IntegerField()
    at_risk = serializers.IntegerField()
    delayed = serializers.IntegerField()
    cancelled = serializers.IntegerField()
    overdue = serializers.IntegerField()
    lights = LightCountsSerializer(
        help_text=_("在办事项的红黄绿灯：已办结事项计入“已办结”，已取消事项不计")
    )
    reports_filed = serializers.IntegerField(help_text=_("每事项每月首次报送计一次"))
    reports_on_time = serializers.IntegerField(
        help_text=_("截止日已过的报送期中按时报送的次数，不超过应报次数")
    )
    reports_due = serializers.IntegerField(help_text=_("应报送次数（牵头及配合事项每月一次）"))
    reports_missing = serializers.IntegerField(help_text=_("应报未报次数，计为迟报"))
    report_on_time_rate = serializers.FloatField(
        allow_null=True, help_text=_("按时报送次数 ÷ 应报送次数，百分比；应报送次数为 0 时为 null")
    )
    avg_days_late = serializers.FloatField(allow_null=True, help_text=_("迟报报送的平均迟报天数"))
    due_original = serializers.IntegerField()
    on_time_original = serializers.IntegerField()
    on_time_rate_original = serializers.FloatField(allow_null=True)
    due_approved = serializers.IntegerField()
    on_time_approved = serializers.IntegerField()
    on_time_rate_approved = serializers.FloatField(allow_null=True)


class ProgressRollupSerializer(RollupRowSerializer):
    id = serializers.IntegerField()
    number = serializers.IntegerField(allow_null=True)
    title = serializers.CharField()
    plan_id = serializers.IntegerField()
    commitments = serializers.IntegerField(help_text=_("不含已取消事项"))
    completed = serializers.IntegerField()
    overdue = serializers.IntegerField()
    progress = serializers.FloatField(allow_null=True, help_text=_("平均完成百分比"))
    lights = LightCountsSerializer(
        help_text=_("在办事项的红黄绿灯：已办结事项计入“已办结”，已取消事项不计")
    )


class SummarySerializer(serializers.Serializer):
    as_of = serializers.DateField()
    plan = PlanRefSerializer(allow_null=True)
    plans = ProgressRollupSerializer(many=True)
    departments = DepartmentRollupSerializer(many=True)
    sections = ProgressRollupSerializer(many=True)


class OverdueItemSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    code = serializers.CharField()
    title = serializers.CharField()
    plan_id = serializers.IntegerField()
    section = serializers.CharField(source="section.title")
    department_id = serializers.IntegerField(source="lead_owner_id")
    department = serializers.CharField(source="lead_owner.name")
    deadline = serializers.DateField()
    original_deadline = serializers.DateField()
    days_overdue = serializers.IntegerField()
    status = serializers.CharField()
    percent = serializers.IntegerField()
    last_report_status = serializers.CharField(allow_null=True)
    last_report_percent = serializers.IntegerField(allow_null=True)
    last_report_at = serializers.DateTimeField(source="last_report_created", allow_null=True)
    last_report_narrative = serializers.CharField(allow_null=True)


class OverdueListSerializer(serializers.Serializer):
    as_of = serializers.DateField()
    plan = PlanRefSerializer(allow_null=True)
    count = serializers.IntegerField()
    results = OverdueItemSerializer(many=True)


class LedgerRowSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    code = serializers.CharField()
    plan_id = serializers.IntegerField()
    section_number = serializers.IntegerField()
    section = serializers.CharField()
    title = serializers.CharField()
    lead_owner = serializers.CharField()
    co_owners = serializers.ListField(child=serializers.CharField())
    official = serializers.CharField()
    deadline = serializers.DateField()
    original_deadline = serializers.DateField()
    status = serializers.CharField()
    status_label = serializers.CharField()
    percent = serializers.IntegerField()
    light = serializers.ChoiceField(choices=["red", "yellow", "green"])
    light_label = serializers.CharField()
    light_reason = serializers.CharField()
    last_report_on = serializers.DateField(allow_null=True)


class LedgerSerializer(serializers.Serializer):
    as_of = serializers.DateField()
    plan = PlanRefSerializer(allow_null=True)
    count = serializers.IntegerField()
    results = LedgerRowSerializer(many=True)
