"""Workflow endpoints (SPEC §4 Workflow): thin wrappers over the service.

Each POST parses its input, calls one ``commitments.services.workflow``
function and returns the updated request or commitment state. A refused step
raises a ``commitments.errors.DomainError``; the project's handler
(``commitments.api.errors``) renders it as ``{"code", "message", "errors"}``:
403 for who, 404 for what is missing, 409 for state, 400 for input.
"""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from commitments import uploads
from commitments.api import multipart
from commitments.api import workflow_serializers as s
from commitments.api.serializers.base import field_labels
from commitments.api.serializers.errors import ErrorSerializer
from commitments.api.throttles import WriteRateThrottle
from commitments.api.views.common import StrictQueryParamsMixin
from commitments.choices import NotificationChannel
from commitments.models import ClosureRequest, Commitment, ExtensionRequest
from commitments.services import evidence, workflow

TAG = ["workflow"]


ERRORS = {
    400: OpenApiResponse(ErrorSerializer, description="输入有误（字段错误）"),
    403: OpenApiResponse(
        ErrorSerializer, description="无权办理：不是责任单位或督办人，或审核自己的申请"
    ),
    404: OpenApiResponse(ErrorSerializer, description="事项或申请不存在"),
    409: OpenApiResponse(
        ErrorSerializer, description="状态不允许：已办结/已取消、已有待审核申请、已审核等"
    ),
}


def errors(*codes: int) -> dict[int, OpenApiResponse]:
    return {code: ERRORS[code] for code in codes}


class WorkflowView(StrictQueryParamsMixin, APIView):
    """Base: parse the input, find the commitment."""

    filter_backends: list = []  # lists here are short and in their natural order
    throttle_classes = [WriteRateThrottle]

    #: the labels of the input's fields: the service's field errors name them so
    #: (``回复期限：…``, not ``reply_by：…``; ``commitments.api.errors``)
    input_labels: dict[str, str] = {}

    def parse(self, serializer_class, request: Request) -> dict:
        serializer = serializer_class(data=request.data)
        self.input_labels = field_labels(serializer)
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data

    def commitment(self) -> Commitment:
        return get_object_or_404(Commitment, pk=self.kwargs["pk"])


def state_of(item: Commitment) -> dict:
    item.refresh_from_db()
    return s.CommitmentStateSerializer(item).data


# --- 签收 ---------------------------------------------------------------------


class AcknowledgeView(WorkflowView):
    @extend_schema(
        tags=TAG,
        summary="签收事项",
        request=s.NoteInputSerializer,
        responses={200: s.CommitmentStateSerializer, **errors(403, 404, 409)},
        description="牵头单位或配合单位的经办人签收事项，每个单位一次。"
        "牵头单位签收后写入 acknowledged_at/by。",
    )
    def post(self, request: Request, pk: int) -> Response:
        data = self.parse(s.NoteInputSerializer, request)
        item = workflow.acknowledge(request.user, self.commitment(), note=data.get("note", ""))
        return Response(state_of(item))


# --- 延期申请 -----------------------------------------------------------------


class ExtensionRequestListView(WorkflowView, generics.ListAPIView):
    serializer_class = s.ExtensionRequestSerializer

    def get_queryset(self):
        return (
            ExtensionRequest.objects.filter(commitment=self.commitment())
            .select_related("department", "merged_from", "requested_by", "decided_by", "commitment")
            .order_by("created_at", "id")
        )

    @extend_schema(tags=TAG, summary="延期申请列表")
    def get(self, request: Request, *args, **kwargs) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        tags=TAG,
        summary="申请延期",
        request=s.ExtensionRequestInputSerializer,
        responses={201: s.ExtensionRequestSerializer, **errors(400, 403, 404, 409)},
        description="责任单位（牵头或配合）经办人在完成时限前申请延期；督办人不申请，"
        "可直接修改完成时限（PATCH deadline，逾期后也可）。同一事项只能有一个待审核的延期申请。",
    )
    def post(self, request: Request, pk: int) -> Response:
        data = self.parse(s.ExtensionRequestInputSerializer, request)
        created = workflow.request_extension(
            request.user, self.commitment(), data["requested_deadline"], data["reason"]
        )
        return Response(s.ExtensionRequestSerializer(created).data, status=status.HTTP_201_CREATED)


class ExtensionDecisionView(WorkflowView):
    """approve/reject: the step is fixed by the URL."""

    step = None

    def post(self, request: Request, pk: int) -> Response:
        data = self.parse(s.ReasonInputSerializer, request)
        extension = get_object_or_404(ExtensionRequest, pk=pk)
        decided = type(self).step(request.user, extension, reason=data.get("reason", ""))
        decided.commitment.refresh_from_db()
        return Response(s.ExtensionRequestSerializer(decided).data)


class ApproveExtensionView(ExtensionDecisionView):
    step = staticmethod(workflow.approve_extension)

    @extend_schema(
        tags=TAG,
        summary="批准延期",
        request=s.ReasonInputSerializer,
        responses={200: s.ExtensionRequestSerializer, **errors(403, 404, 409)},
        description="督办牵头单位的督办人批准：deadline 改为申请的日期，original_deadline 不变。"
        "任何人都不能审核自己提交的申请。",
    )
    def post(self, request: Request, pk: int) -> Response:
        return super().post(request, pk)


class RejectExtensionView(ExtensionDecisionView):
    step = staticmethod(workflow.reject_extension)

    @extend_schema(
        tags=TAG,
        summary="驳回延期",
        request=s.ReasonInputSerializer,
        responses={200: s.ExtensionRequestSerializer, **errors(400, 403, 404, 409)},
        description="督办人驳回延期申请，必须填写理由（reason）。",
    )
    def post(self, request: Request, pk: int) -> Response:
        return super().post(request, pk)


# --- 申请办结 -----------------------------------------------------------------


class ClosureRequestListView(WorkflowView, generics.ListAPIView):
    serializer_class = s.ClosureRequestSerializer
    upload_kind = uploads.EVIDENCE

    def get_queryset(self):
        return (
            ClosureRequest.objects.filter(commitment=self.commitment())
            .select_related("department", "merged_from", "requested_by", "decided_by", "commitment")
            .order_by("created_at", "id")
        )

    @extend_schema(tags=TAG, summary="办结申请列表")
    def get(self, request: Request, *args, **kwargs) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        tags=TAG,
        summary="申请办结",
        request=multipart.request_bodies(
            s.ClosureRequestInputSerializer, s.ClosureRequestMultipartSerializer
        ),
        responses={201: s.ClosureRequestSerializer, **errors(400, 403, 404, 409)},
        description="牵头单位经办人提交办结情况（summary）和佐证材料链接（evidence）；"
        "也可用 multipart/form-data 提交，佐证文件放在 evidence_files（可多个）。"
        "有配合单位从未报送且未被免报时不能申请。",
    )
    def post(self, request: Request, pk: int) -> Response:
        body, files = multipart.split(request)
        serializer = s.ClosureRequestInputSerializer(data=body)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        created = workflow.request_closure(
            request.user,
            self.commitment(),
            data["summary"],
            data.get("evidence", []),
            evidence.check_files(files),
        )
        return Response(
            s.ClosureRequestSerializer(created, context={"request": request}).data,
            status=status.HTTP_201_CREATED,
        )


class ClosureDecisionView(WorkflowView):
    step = None

    def post(self, request: Request, pk: int) -> Response:
        data = self.parse(s.ReasonInputSerializer, request)
        closure = get_object_or_404(ClosureRequest, pk=pk)
        decided = type(self).step(request.user, closure, reason=data.get("reason", ""))
        decided.commitment.refresh_from_db()
        return Response(s.ClosureRequestSerializer(decided, context={"request": request}).data)


class AcceptClosureView(ClosureDecisionView):
    step = staticmethod(workflow.accept_closure)

    @extend_schema(
        tags=TAG,
        summary="审核办结",
        request=s.ReasonInputSerializer,
        responses={200: s.ClosureRequestSerializer, **errors(403, 404, 409)},
        description="督办人审核通过：事项状态为已办结（completed），完成100%，记录办结时间。",
    )
    def post(self, request: Request, pk: int) -> Response:
        return super().post(request, pk)


class ReturnClosureView(ClosureDecisionView):
    step = staticmethod(workflow.return_closure)

    @extend_schema(
        tags=TAG,
        summary="退回办结申请",
        request=s.ReasonInputSerializer,
        responses={200: s.ClosureRequestSerializer, **errors(400, 403, 404, 409)},
        description="督办人退回办结申请，必须填写理由（reason）；事项状态不变。",
    )
    def post(self, request: Request, pk: int) -> Response:
        return super().post(request, pk)


# --- 免报, 取消, 重新打开, 历史 -----------------------------------------------


class ExcuseCoOwnerView(WorkflowView):
    @extend_schema(
        tags=TAG,
        summary="免报配合单位",
        request=s.ReasonInputSerializer,
        responses={200: s.CommitmentStateSerializer, **errors(403, 404, 409)},
        description="督办人免除配合单位报送，牵头单位即可在其未报送时申请办结。",
    )
    def post(self, request: Request, pk: int, department_id: int) -> Response:
        data = self.parse(s.ReasonInputSerializer, request)
        item = self.commitment()
        workflow.excuse_co_owner(request.user, item, department_id, reason=data.get("reason", ""))
        return Response(state_of(item))


class CancelView(WorkflowView):
    @extend_schema(
        tags=TAG,
        summary="取消事项",
        request=s.ReasonInputSerializer,
        responses={200: s.CommitmentStateSerializer, **errors(403, 404, 409)},
        description="督办人取消未办结的事项；待审核的申请随之关闭。",
    )
    def post(self, request: Request, pk: int) -> Response:
        data = self.parse(s.ReasonInputSerializer, request)
        item = workflow.cancel(request.user, self.commitment(), reason=data.get("reason", ""))
        return Response(state_of(item))


class ReopenView(WorkflowView):
    @extend_schema(
        tags=TAG,
        summary="重新打开事项",
        request=s.ReasonInputSerializer,
        responses={200: s.CommitmentStateSerializer, **errors(400, 403, 404, 409)},
        description=(
            "督办人重新打开已办结或已取消的事项，恢复到关闭前的状态和进度。"
            "须填写理由 reason（记入办理记录）；未填写返回 400，code 为 reason_required。"
        ),
    )
    def post(self, request: Request, pk: int) -> Response:
        data = self.parse(s.ReasonInputSerializer, request)
        item = workflow.reopen(request.user, self.commitment(), reason=data.get("reason", ""))
        return Response(state_of(item))


class UrgeView(WorkflowView):
    @extend_schema(
        tags=TAG,
        summary="督办通知（催办）",
        request=s.UrgeInputSerializer,
        responses={201: s.UrgeSerializer, **errors(400, 403, 404, 409)},
        description=(
            "督办该事项牵头单位的督办人向牵头单位和未免报的配合单位发出督办通知："
            "按各单位的全部渠道（联系邮箱、经办人邮箱、群机器人）发送，记入办理记录，"
            "事项显示“被督办”直到牵头单位再次报送。note：督办意见（最多500字）；"
            "reply_by：回复期限（不早于今天）。同一督办人对同一事项每天只发一次，"
            "当天再次发送返回 409，code 为 already_urged_today。"
        ),
    )
    def post(self, request: Request, pk: int) -> Response:
        data = self.parse(s.UrgeInputSerializer, request)
        done = workflow.urge(
            request.user, self.commitment(), data.get("note", ""), data.get("reply_by")
        )
        # every channel, 0 where none went (SPEC §4: {"email": n, "wecom": 0, "dingtalk": 0})
        by_channel = dict.fromkeys(NotificationChannel.values, 0)
        for row in done.queued:
            by_channel[row.channel] += 1
        done.commitment.refresh_from_db()
        body = {
            "commitment": done.commitment,
            "event": done.event,
            "messages": by_channel,
            "undeliverable": [
                {"channel": row.channel, "recipient": row.recipient, "error": row.last_error}
                for row in done.undeliverable
            ],
        }
        return Response(s.UrgeSerializer(body).data, status=status.HTTP_201_CREATED)


class HistoryView(WorkflowView, generics.ListAPIView):
    serializer_class = s.EventSerializer

    def get_queryset(self):
        return (
            self.commitment()
            .events.select_related("actor", "department", "merged_from")
            .order_by("created_at", "id")
        )

    @extend_schema(tags=TAG, summary="办理记录（最早的在前）")
    def get(self, request: Request, *args, **kwargs) -> Response:
        return super().get(request, *args, **kwargs)
