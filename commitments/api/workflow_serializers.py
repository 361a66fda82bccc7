"""Shapes of the workflow API (SPEC §4 Workflow): input parsing, output state.

Input serializers only parse types; the rules (who, when, what is allowed)
live in ``commitments.services.workflow`` so that every caller obeys them.
Every output carries the commitment's state with both ``original_deadline``
and ``deadline``, so a client sees the effect of each step at once.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from commitments.api import multipart
from commitments.api.serializers.accounts import DepartmentRefSerializer
from commitments.api.serializers.attachments import AttachmentSerializer
from commitments.api.serializers.base import InputSerializer
from commitments.models import (
    ClosureRequest,
    Commitment,
    CommitmentEvent,
    CoOwnership,
    ExtensionRequest,
)
from commitments.services.workflow import acknowledged_department_ids


class CoOwnerStateSerializer(serializers.ModelSerializer):
    department = DepartmentRefSerializer(read_only=True)
    excused_by = serializers.CharField(
        source="excused_by.username", read_only=True, allow_null=True
    )
    has_reported = serializers.SerializerMethodField()
    acknowledged = serializers.SerializerMethodField()

    class Meta:
        model = CoOwnership
        fields = ["department", "acknowledged", "has_reported", "excused_at", "excused_by"]

    def get_has_reported(self, share: CoOwnership) -> bool:
        return share.commitment.reports.filter(department_id=share.department_id).exists()

    def get_acknowledged(self, share: CoOwnership) -> bool:
        return share.department_id in self.context.get("acknowledged_ids", set())


class CommitmentStateSerializer(serializers.ModelSerializer):
    """The workflow-relevant state of a commitment after a step."""

    status_label = serializers.CharField(source="get_status_display", read_only=True)
    lead_owner = DepartmentRefSerializer(read_only=True)
    acknowledged_by = serializers.CharField(
        source="acknowledged_by.username", read_only=True, allow_null=True
    )
    acknowledged_departments = serializers.SerializerMethodField()
    co_owners = serializers.SerializerMethodField()
    pending_extension_request = serializers.SerializerMethodField()
    pending_closure_request = serializers.SerializerMethodField()
    urged = serializers.BooleanField(
        read_only=True, help_text="被督办：最近一次督办通知后牵头单位尚未报送"
    )

    class Meta:
        model = Commitment
        fields = [
            "id",
            "code",
            "title",
            "status",
            "status_label",
            "percent",
            "lead_owner",
            "original_deadline",
            "deadline",
            "acknowledged_at",
            "acknowledged_by",
            "acknowledged_departments",
            "co_owners",
            "completed_at",
            "pending_extension_request",
            "pending_closure_request",
            "urged",
            "urged_at",
            "urge_reply_by",
            "updated_at",
        ]
        read_only_fields = fields

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField()))
    def get_acknowledged_departments(self, item: Commitment) -> list[int]:
        return sorted(acknowledged_department_ids(item))

    @extend_schema_field(CoOwnerStateSerializer(many=True))
    def get_co_owners(self, item: Commitment) -> list[dict]:
        shares = item.coownerships.select_related("department", "excused_by", "commitment")
        context = {"acknowledged_ids": acknowledged_department_ids(item)}
        return CoOwnerStateSerializer(shares, many=True, context=context).data

    def get_pending_extension_request(self, item: Commitment) -> int | None:
        pending = item.extension_requests.filter(state="pending").values_list("id", flat=True)
        return pending.first()

    def get_pending_closure_request(self, item: Commitment) -> int | None:
        pending = item.closure_requests.filter(state="pending").values_list("id", flat=True)
        return pending.first()


class RequestSerializer(serializers.ModelSerializer):
    """What extension and closure requests share: who asked, who decided, the
    commitment's state after the step."""

    department = DepartmentRefSerializer(read_only=True)
    merged_from = DepartmentRefSerializer(
        read_only=True,
        allow_null=True,
        help_text="提出申请时的单位：该单位此后已合并到 department（单位合并）；否则为 null",
    )
    requested_by = serializers.SlugRelatedField(slug_field="username", read_only=True)
    decided_by = serializers.CharField(
        source="decided_by.username", read_only=True, allow_null=True
    )
    state_label = serializers.CharField(source="get_state_display", read_only=True)
    commitment = CommitmentStateSerializer(read_only=True)


class ExtensionRequestSerializer(RequestSerializer):
    class Meta:
        model = ExtensionRequest
        fields = [
            "id",
            "commitment",
            "department",
            "merged_from",
            "requested_by",
            "current_deadline",
            "requested_deadline",
            "reason",
            "state",
            "state_label",
            "decided_by",
            "decided_at",
            "decision_reason",
            "created_at",
        ]
        read_only_fields = fields


class ClosureRequestSerializer(RequestSerializer):
    attachments = AttachmentSerializer(many=True, read_only=True)

    class Meta:
        model = ClosureRequest
        fields = [
            "id",
            "commitment",
            "department",
            "merged_from",
            "requested_by",
            "summary",
            "evidence",
            "attachments",
            "state",
            "state_label",
            "decided_by",
            "decided_at",
            "decision_reason",
            "created_at",
        ]
        read_only_fields = fields


class EventSerializer(serializers.ModelSerializer):
    """One history entry: who (user and department), when, what changed."""

    actor = serializers.CharField(source="actor.username", read_only=True, allow_null=True)
    department = DepartmentRefSerializer(read_only=True, allow_null=True)
    merged_from = DepartmentRefSerializer(
        read_only=True,
        allow_null=True,
        help_text="办理时的单位：该单位此后已合并到 department（单位合并）；否则为 null",
    )
    kind_label = serializers.CharField(source="get_kind_display", read_only=True)
    changes = serializers.JSONField(read_only=True, help_text="{field: [old, new]}")
    time = serializers.DateTimeField(source="created_at", read_only=True)

    class Meta:
        model = CommitmentEvent
        fields = [
            "id",
            "kind",
            "kind_label",
            "actor",
            "department",
            "merged_from",
            "changes",
            "note",
            "time",
        ]
        read_only_fields = fields


# --- Input -------------------------------------------------------------------


class NoteInputSerializer(InputSerializer):
    note = serializers.CharField(required=False, allow_blank=True, max_length=2000, label=_("说明"))


class UrgeInputSerializer(InputSerializer):
    """A 督办通知: the service limits the note (``workflow.URGE_NOTE_MAX``) and the date."""

    note = serializers.CharField(
        required=False, allow_blank=True, trim_whitespace=True, label=_("督办意见")
    )
    reply_by = serializers.DateField(required=False, allow_null=True, label=_("回复期限"))


class UndeliverableSerializer(serializers.Serializer):
    """An address a message could not go to: its channel, recipient and why."""

    channel = serializers.CharField(read_only=True)
    recipient = serializers.CharField(read_only=True)
    error = serializers.CharField(read_only=True)


class UrgeSerializer(serializers.Serializer):
    """What a 督办通知 did: the pledge's state, its history entry, the messages
    queued for sending by channel, every channel (``{"email": 2, "wecom": 1, "dingtalk": 0}``),
    and the addresses that cannot be reached (``[{"channel", "recipient", "error"}]``:
    stored as failed, not sent; the unit's contacts need mending)."""

    commitment = CommitmentStateSerializer(read_only=True)
    event = EventSerializer(read_only=True)
    messages = serializers.DictField(child=serializers.IntegerField(), read_only=True)
    undeliverable = UndeliverableSerializer(many=True, read_only=True)


class ReasonInputSerializer(InputSerializer):
    """A decision's reason; the service says when it is required."""

    reason = serializers.CharField(
        required=False, allow_blank=True, max_length=2000, label=_("审核意见")
    )


class ExtensionRequestInputSerializer(InputSerializer):
    labels_from = ExtensionRequest
    output_serializer_class = ExtensionRequestSerializer

    requested_deadline = serializers.DateField()
    reason = serializers.CharField(allow_blank=True, max_length=2000)


class ClosureRequestInputSerializer(InputSerializer):
    labels_from = ClosureRequest
    output_serializer_class = ClosureRequestSerializer

    summary = serializers.CharField(max_length=5000)
    evidence = serializers.ListField(
        child=serializers.URLField(max_length=1000), required=False, default=list, max_length=50
    )


class ClosureRequestMultipartSerializer(ClosureRequestInputSerializer):
    """A closure request as ``multipart/form-data`` (SPEC §4b), for the OpenAPI schema."""

    evidence = multipart.evidence_links_field()
    evidence_files = multipart.evidence_files_field()
