"""Progress reports of one commitment: read them, or file one (进度报送)."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils.functional import cached_property
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import generics, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from commitments import access, uploads
from commitments.api import idempotency, multipart
from commitments.api.parsers import JSONParser, MultiPartParser
from commitments.api.permissions import ReportPermission
from commitments.api.serializers.errors import ErrorSerializer
from commitments.api.serializers.reports import (
    ReportCreateSerializer,
    ReportMultipartSerializer,
    ReportSerializer,
)
from commitments.api.throttles import WriteRateThrottle
from commitments.api.views.common import StrictQueryParamsMixin, check_id
from commitments.models import Commitment, ProgressReport
from commitments.services import evidence, reporting

COMMITMENT_ID = OpenApiParameter(
    "commitment_pk", int, OpenApiParameter.PATH, description="承诺事项 id"
)


@extend_schema_view(
    get=extend_schema(summary="该事项的全部进度报送（新的在前）", parameters=[COMMITMENT_ID]),
    post=extend_schema(
        summary="牵头单位或配合单位报送进度",
        description="JSON，或 multipart/form-data：字段同 JSON（targets 为 JSON 字符串），"
        "佐证文件放在 evidence_files（可多个；图片、PDF、Office 文档，按内容核验类型；"
        "每个文件默认不超过 10 MB，最多 10 个）。返回的 attachments 列出文件及下载地址。",
        request=multipart.request_bodies(ReportCreateSerializer, ReportMultipartSerializer),
        parameters=[COMMITMENT_ID, idempotency.PARAMETER],
        responses={
            201: ReportSerializer,
            409: OpenApiResponse(ErrorSerializer, description="事项已办结或已取消"),
            422: OpenApiResponse(
                ErrorSerializer, description="Idempotency-Key 已用于内容不同的请求"
            ),
        },
    ),
)
class CommitmentReportsView(StrictQueryParamsMixin, generics.ListCreateAPIView):
    serializer_class = ReportSerializer
    permission_classes = [IsAuthenticated, ReportPermission]
    throttle_classes = [WriteRateThrottle]
    parser_classes = [JSONParser, MultiPartParser]
    upload_kind = uploads.EVIDENCE
    filter_backends: list = []

    @cached_property
    def commitment(self) -> Commitment:
        pk = check_id(self.kwargs["commitment_pk"])
        return generics.get_object_or_404(
            Commitment.objects.only("pk", "lead_owner_id", "status"), pk=pk
        )

    def get_queryset(self) -> QuerySet[ProgressReport]:
        return (
            ProgressReport.objects.filter(commitment=self.commitment)
            .select_related("department", "filed_by", "merged_from")
            .prefetch_related("target_values", "attachments")
            .order_by("-created_at", "-id")
        )

    def create(self, request, *args, **kwargs):
        commitment = self.commitment
        self.check_object_permissions(request, commitment)
        data, files = multipart.split(request)
        return idempotency.idempotent(
            request,
            lambda: self._file(request, commitment, data, files),
            body=multipart.digest_body(data, files),
        )

    def _file(self, request, commitment: Commitment, data, files) -> Response:
        targets = dict(commitment.targets.values_list("pk", "metric"))
        serializer = ReportCreateSerializer(data=data, context={"targets": targets})
        serializer.is_valid(raise_exception=True)
        checked = evidence.check_files(files)
        report = reporting.file_report(
            commitment.pk,
            request.user,
            access.department_of(request.user),
            serializer.to_input(),
            checked,
        )
        report = self.get_queryset().get(pk=report.pk)
        return Response(
            ReportSerializer(report, context={"request": request}).data,
            status=status.HTTP_201_CREATED,
        )
