"""Commitments: list rows, the detail with owners side by side, and edits.

The list and detail expect a queryset from ``CommitmentViewSet.get_queryset``
(``with_light`` annotations, related rows prefetched): they never query per row.
"""

from __future__ import annotations

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from commitments import rules
from commitments.api.serializers.accounts import DepartmentRefSerializer
from commitments.api.serializers.base import InputSerializer
from commitments.api.serializers.fields import SafePrimaryKeyRelatedField
from commitments.api.serializers.reports import ReportSerializer
from commitments.choices import Light, Status
from commitments.lights import RememberedWords, light_reason
from commitments.models import Commitment, Department, Milestone, Target
from commitments.services import carry_over


class TargetSerializer(serializers.ModelSerializer):
    progress_percent = serializers.SerializerMethodField()

    class Meta:
        model = Target
        fields = [
            "id",
            "position",
            "metric",
            "value",
            "unit",
            "comparator",
            "baseline",
            "current_value",
            "current_as_of",
            "progress_percent",
        ]

    def get_progress_percent(self, target: Target) -> int | None:
        return target.progress_percent()


class MilestoneSerializer(serializers.ModelSerializer):
    class Meta:
        model = Milestone
        fields = ["id", "position", "due", "text", "completed_at"]


class OwnerSerializer(serializers.Serializer):
    """One owner department and its latest report (lead first)."""

    department = DepartmentRefSerializer()
    is_lead = serializers.BooleanField()
    excused = serializers.BooleanField(help_text="督办人已免除该配合单位报送")
    latest_report = ReportSerializer(allow_null=True)


_DEPARTMENT_REF = DepartmentRefSerializer()

#: The list row's times, written by their own ``DateTimeField`` (the reader's time zone).
_TIMES = ("acknowledged_at", "last_report_at", "updated_at")


def _time(field: serializers.Field, value: datetime.datetime | None) -> str | None:
    return None if value is None else field.to_representation(value)


class CommitmentListSerializer(serializers.ModelSerializer):
    lead_owner = DepartmentRefSerializer(read_only=True)
    co_owners = serializers.SerializerMethodField()
    light = serializers.ChoiceField(choices=Light.choices, read_only=True)
    light_reason = serializers.SerializerMethodField()
    urged = serializers.BooleanField(
        read_only=True, help_text="被督办：最近一次督办通知后牵头单位尚未报送"
    )

    class Meta:
        model = Commitment
        fields = [
            "id",
            "code",
            "title",
            "plan",
            "section",
            "lead_owner",
            "co_owners",
            "official",
            "status",
            "percent",
            "deadline",
            "original_deadline",
            "light",
            "light_reason",
            "acknowledged_at",
            "last_report_at",
            "updated_at",
            "urged",
            "urged_at",
            "urge_reply_by",
        ]
        read_only_fields = fields

    def _today(self) -> datetime.date:
        return self.context.get("today") or timezone.localdate()

    def to_representation(self, commitment: Commitment) -> dict:
        """The row as ``ModelSerializer.to_representation`` writes it (same keys, order
        and values: tests/api/test_list_rows.py holds it to DRF's own output), without
        DRF's walk over 20 fields per row (``get_attribute`` and ``to_representation``
        of each): ~4 ms of CPU for a page of 50 (bench/, the list at 10k)."""
        fields = self.fields
        lead = commitment.lead_owner
        return {
            "id": commitment.pk,
            "code": commitment.code,
            "title": commitment.title,
            "plan": commitment.plan_id,
            "section": commitment.section_id,
            "lead_owner": {"id": lead.pk, "name": lead.name},
            "co_owners": self.get_co_owners(commitment),
            "official": commitment.official,
            "status": fields["status"].to_representation(commitment.status),
            "percent": commitment.percent,
            "deadline": commitment.deadline.isoformat(),
            "original_deadline": commitment.original_deadline.isoformat(),
            "light": fields["light"].to_representation(commitment.light),
            "light_reason": self.get_light_reason(commitment),
            **{name: _time(fields[name], getattr(commitment, name)) for name in _TIMES},
            "urged": commitment.urged,
            "urged_at": _time(fields["urged_at"], commitment.urged_at),
            "urge_reply_by": (
                None if commitment.urge_reply_by is None else commitment.urge_reply_by.isoformat()
            ),
        }

    @extend_schema_field(DepartmentRefSerializer(many=True))
    def get_co_owners(self, commitment: Commitment) -> list[dict]:
        # The list reads them in one query for the page (``views.commitments.with_co_owners``).
        refs = getattr(commitment, "co_owner_refs", None)
        if refs is not None:
            return refs
        # One serializer for every row: building a ModelSerializer's fields per
        # co-owner was half the time of a list page (bench/).
        return [
            _DEPARTMENT_REF.to_representation(c.department) for c in commitment.coownerships.all()
        ]

    def get_light_reason(self, commitment: Commitment) -> str:
        return light_reason(commitment, self._today(), self._words()).reason

    def _words(self) -> RememberedWords:
        """One translation of each phrase per response (``RememberedWords``): a page of
        50 asked Django's ``gettext`` ~200 times (bench/, the list at 10k)."""
        words = self.context.get("light_words")
        if words is None:
            words = self.context["light_words"] = RememberedWords()
        return words


class ChainLinkSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    code = serializers.CharField()
    plan_year = serializers.IntegerField()
    title = serializers.CharField()
    status = serializers.CharField()


class CarryOverChainSerializer(serializers.Serializer):
    predecessors = ChainLinkSerializer(many=True, help_text="上年（及更早）事项，最早的在前")
    successors = ChainLinkSerializer(many=True, help_text="下一年度承接本事项的事项")
    open_since = serializers.DateField(help_text="跨年累计：最早一年计划的起始日期")
    years = serializers.IntegerField(help_text="跨越的计划年度数（未结转为 1）")


class CommitmentDetailSerializer(CommitmentListSerializer):
    targets = TargetSerializer(many=True, read_only=True)
    milestones = MilestoneSerializer(many=True, read_only=True)
    latest_report = serializers.SerializerMethodField()
    owners = serializers.SerializerMethodField()
    carry_over = serializers.SerializerMethodField(
        help_text="跨年结转链（已确认）：上年来源事项、后续事项、跨年累计起始日期和年数"
    )
    overdue_lead = serializers.SerializerMethodField(
        help_text=(
            "移交时已逾期：事项在完成时限过后更换了牵头单位、且仍按原时限逾期时，"
            "逾期计入的单位（原牵头单位）；否则为 null"
        )
    )

    # Every field the DRF way: the detail's are many and nested, one row a request.
    to_representation = serializers.ModelSerializer.to_representation

    class Meta(CommitmentListSerializer.Meta):
        fields = [
            *CommitmentListSerializer.Meta.fields,
            "text",
            "owner_source",
            "source_start",
            "source_end",
            "completed_at",
            "removed_from_source",
            "edited_fields",
            "created_at",
            "targets",
            "milestones",
            "latest_report",
            "owners",
            "carry_over",
            "overdue_lead",
        ]
        read_only_fields = fields

    @extend_schema_field(DepartmentRefSerializer(allow_null=True))
    def get_overdue_lead(self, commitment: Commitment) -> dict | None:
        """The unit the pledge's 逾期 counts against when it is not the lead
        (``rules.overdue_elsewhere``: handed over after its deadline); else null."""
        counted = rules.overdue_elsewhere(commitment, self._today())
        if counted is None:
            return None
        department = Department.objects.filter(pk=counted).first()
        return None if department is None else _DEPARTMENT_REF.to_representation(department)

    @extend_schema_field(CarryOverChainSerializer)
    def get_carry_over(self, commitment: Commitment) -> dict:
        chain = carry_over.chain(commitment)
        return CarryOverChainSerializer(chain).data

    def _latest_by_department(self, commitment: Commitment) -> dict[int, object]:
        return {r.department_id: r for r in getattr(commitment, "latest_reports", [])}

    @extend_schema_field(ReportSerializer(allow_null=True))
    def get_latest_report(self, commitment: Commitment) -> dict | None:
        """The lead owner's latest report: the one the commitment's progress follows."""
        report = self._latest_by_department(commitment).get(commitment.lead_owner_id)
        return None if report is None else ReportSerializer(report).data

    @extend_schema_field(OwnerSerializer(many=True))
    def get_owners(self, commitment: Commitment) -> list[dict]:
        latest = self._latest_by_department(commitment)
        rows = [
            {
                "department": commitment.lead_owner,
                "is_lead": True,
                "excused": False,
                "latest_report": latest.get(commitment.lead_owner_id),
            }
        ]
        rows += [
            {
                "department": c.department,
                "is_lead": False,
                "excused": c.excused_at is not None,
                "latest_report": latest.get(c.department_id),
            }
            for c in commitment.coownerships.all()
        ]
        return OwnerSerializer(rows, many=True).data


class MilestoneInputSerializer(InputSerializer):
    labels_from = Milestone

    due = serializers.DateField()
    text = serializers.CharField(max_length=300)


class CommitmentUpdateSerializer(InputSerializer):
    """What a supervisor may change; every field is optional (PATCH)."""

    labels_from = Commitment
    output_serializer_class = CommitmentDetailSerializer

    lead_owner = SafePrimaryKeyRelatedField(queryset=Department.objects.active(), required=False)
    co_owners = SafePrimaryKeyRelatedField(
        queryset=Department.objects.active(), many=True, required=False
    )
    deadline = serializers.DateField(required=False, help_text="批准后的完成时限；原定完成时限不变")
    milestones = MilestoneInputSerializer(
        many=True,
        required=False,
        max_length=100,
        label=_("阶段节点"),
        help_text="完整的阶段节点列表（整体替换）",
    )
    status = serializers.ChoiceField(
        choices=Status.choices,
        required=False,
        help_text="cancelled 取消事项；对已办结/已取消的事项给出其他进行中状态即重新打开",
    )
    public_note = serializers.CharField(
        max_length=2000,
        required=False,
        allow_blank=True,
        help_text="公开说明：计划公示页面上显示的进展说明；空字符串表示不公开说明",
    )
    note = serializers.CharField(
        max_length=2000,
        required=False,
        allow_blank=True,
        label=_("修改说明"),
        help_text="修改说明，记入办理记录",
    )

    def changes(self) -> dict:
        return {k: v for k, v in self.validated_data.items() if k != "note"}
