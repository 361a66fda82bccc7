"""Export jobs: large report files built by a Celery worker (``reports.export_jobs``).

``POST /api/v1/reports/exports/`` queues a job (202); ``GET …/exports/`` lists
the caller's jobs, ``GET …/exports/{id}/`` shows one (state, progress), and
``GET …/exports/{id}/download/`` sends its file. A user sees only the jobs
they started (anyone else's is a 404).
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import QuerySet
from django.http import FileResponse
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import exceptions, mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from commitments.api.errors import Conflict
from commitments.api.parsers import JSONParser
from commitments.api.serializers.errors import ErrorSerializer
from commitments.api.throttles import WriteRateThrottle
from commitments.api.views.common import SafeIdLookupMixin, StrictQueryParamsMixin
from reports import export_jobs
from reports.api.export_serializers import ExportJobCreateSerializer, ExportJobSerializer
from reports.api.permissions import CanReadReports
from reports.api.renderers import XLSX_MEDIA_TYPE
from reports.models import ExportJob

SCOPE_DOC = _(
    "报表过大、同步导出（?format=xlsx）超时时使用：后台生成文件，完成后下载。"
    "权限与统计报表相同；文件的数据范围是导出人在任务运行时可查看的范围。"
    "只能查看和下载本人创建的导出任务。"
)


class ExportExpired(exceptions.APIException):
    status_code = status.HTTP_410_GONE
    default_code = "export_expired"
    default_detail = _("导出文件已过期并已删除，请重新导出")


@extend_schema_view(
    list=extend_schema(summary=_("本人的后台导出任务"), description=SCOPE_DOC, tags=["reports"]),
    retrieve=extend_schema(
        summary=_("后台导出任务的状态与进度"), description=SCOPE_DOC, tags=["reports"]
    ),
)
class ExportJobViewSet(
    StrictQueryParamsMixin,
    SafeIdLookupMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """A report file built by a Celery worker: queue it, follow it, download it."""

    permission_classes = [IsAuthenticated, CanReadReports]
    throttle_classes = [WriteRateThrottle]
    parser_classes = [JSONParser]
    serializer_class = ExportJobSerializer
    filter_backends: list = []
    department_ids: frozenset[int] | None = None  # set by CanReadReports

    def get_queryset(self) -> QuerySet[ExportJob]:
        return ExportJob.objects.filter(owner=self.request.user).order_by("-created_at", "-id")

    @extend_schema(
        summary=_("后台导出报表（XLSX 或 CSV）"),
        description=SCOPE_DOC,
        tags=["reports"],
        request=ExportJobCreateSerializer,
        responses={
            202: ExportJobSerializer,
            409: OpenApiResponse(ErrorSerializer, description=_("已有 3 个导出任务正在进行")),
        },
    )
    def create(self, request, *args, **kwargs) -> Response:
        serializer = ExportJobCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        with transaction.atomic():
            job = export_jobs.queue(
                request.user, data["report"], data["format"], data.get("params") or {}
            )
        body = ExportJobSerializer(job, context={"request": request}).data
        location = request.build_absolute_uri(f"{request.path}{job.pk}/")
        return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": location})

    @extend_schema(
        summary=_("下载后台导出的文件"),
        description=SCOPE_DOC,
        tags=["reports"],
        responses={
            (200, XLSX_MEDIA_TYPE): OpenApiTypes.BINARY,
            (200, "text/csv"): OpenApiTypes.BINARY,
            409: OpenApiResponse(ErrorSerializer, description=_("尚未完成")),
            410: OpenApiResponse(ErrorSerializer, description=_("已过期")),
        },
    )
    @action(detail=True, methods=["get"])
    def download(self, request, *args, **kwargs) -> FileResponse:
        job = self.get_object()
        if export_jobs.is_expired(job):
            raise ExportExpired()
        if job.state != ExportJob.State.DONE:
            raise Conflict(_("导出尚未完成（%(state)s）") % {"state": job.get_state_display()})
        response = FileResponse(
            export_jobs.open_file(job), content_type=export_jobs.CONTENT_TYPES[job.format]
        )
        response["Content-Disposition"] = export_jobs.content_disposition(job)
        return response
