"""Progress reports: what is shown, and what a department files."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from commitments.api import multipart
from commitments.api.serializers.accounts import DepartmentRefSerializer
from commitments.api.serializers.attachments import AttachmentSerializer
from commitments.api.serializers.base import InputSerializer
from commitments.api.serializers.fields import MAX_ID
from commitments.choices import CLOSED_STATUSES, REPORTABLE_STATUSES, Status
from commitments.models import ProgressReport, ReportTargetValue
from commitments.services import reporting
from commitments.services.reporting import ReportInput, TargetValue


class ReportTargetValueSerializer(serializers.ModelSerializer):
    class Meta:
        model = ReportTargetValue
        fields = ["target", "value"]


class ReportSerializer(serializers.ModelSerializer):
    department = DepartmentRefSerializer(read_only=True)
    merged_from = DepartmentRefSerializer(
        read_only=True,
        allow_null=True,
        help_text="报送时的单位：该单位此后已合并到 department（单位合并）；否则为 null",
    )
    filed_by = serializers.CharField(source="filed_by.username", read_only=True)
    lead_by_merge = serializers.BooleanField(
        read_only=True,
        help_text="配合单位报送，因单位合并后该单位成为牵头单位而计为牵头单位报送"
        "（事项进度随之）；is_lead 仍为报送时的身份",
    )
    target_values = ReportTargetValueSerializer(many=True, read_only=True)
    attachments = AttachmentSerializer(many=True, read_only=True)

    class Meta:
        model = ProgressReport
        fields = [
            "id",
            "commitment",
            "department",
            "merged_from",
            "filed_by",
            "is_lead",
            "lead_by_merge",
            "status",
            "percent",
            "narrative",
            "evidence",
            "as_of",
            "period",
            "created_at",
            "target_values",
            "attachments",
        ]
        read_only_fields = fields


class ReportStatusField(serializers.ChoiceField):
    """The statuses a department may report; closing says why it is refused."""

    def __init__(self, **kwargs) -> None:
        super().__init__(choices=[(s.value, s.label) for s in REPORTABLE_STATUSES], **kwargs)

    def to_internal_value(self, data):
        if data in [s.value for s in CLOSED_STATUSES]:
            raise serializers.ValidationError(reporting.status_error(data))
        return super().to_internal_value(data)


class TargetValueInputSerializer(InputSerializer):
    labels_from = ReportTargetValue

    target = serializers.IntegerField(
        min_value=1, max_value=MAX_ID, help_text="本事项的量化指标 id"
    )
    value = serializers.DecimalField(max_digits=18, decimal_places=4, help_text="当前值")


class ReportCreateSerializer(InputSerializer):
    """A report as filed; ``context["targets"]`` maps the commitment's target ids to
    their metrics."""

    labels_from = ProgressReport
    output_serializer_class = ReportSerializer

    status = ReportStatusField(help_text="不能报送 completed/cancelled：办结走办结申请")
    percent = serializers.IntegerField(min_value=0, max_value=100)
    as_of = serializers.DateField(help_text="进展截至日期，不晚于今天")
    narrative = serializers.CharField(
        allow_blank=True, max_length=20000, required=False, default=""
    )
    evidence = serializers.ListField(
        child=serializers.URLField(max_length=500), max_length=50, required=False, default=list
    )
    targets = TargetValueInputSerializer(
        many=True, required=False, default=list, max_length=200, label=_("指标当前值")
    )

    # The rules are the report service's (``services.reporting``), checked here per
    # field so that each error points at its field.

    def validate(self, attrs: dict) -> dict:
        error = reporting.status_percent_error(attrs["status"], attrs["percent"])
        if error:
            raise serializers.ValidationError({"status": [error]})
        return attrs

    def validate_as_of(self, value):
        error = reporting.as_of_error(value)
        if error:
            raise serializers.ValidationError(error)
        return value

    def validate_targets(self, items: list[dict]) -> list[dict]:
        found = reporting.target_errors(
            [(i["target"], i["value"]) for i in items], self.context["targets"]
        )
        if any(found):
            raise serializers.ValidationError([{e[0]: [e[1]]} if e else {} for e in found])
        return items

    def to_input(self) -> ReportInput:
        data = self.validated_data
        return ReportInput(
            status=Status(data["status"]).value,
            percent=data["percent"],
            as_of=data["as_of"],
            narrative=data["narrative"],
            evidence=tuple(data["evidence"]),
            targets=tuple(TargetValue(t["target"], t["value"]) for t in data["targets"]),
        )


class ReportMultipartSerializer(ReportCreateSerializer):
    """A report as ``multipart/form-data`` (SPEC §4b), for the OpenAPI schema."""

    evidence = multipart.evidence_links_field()
    targets = serializers.CharField(required=False, help_text=multipart.TARGETS_HELP)  # type: ignore[assignment]
    evidence_files = multipart.evidence_files_field()
