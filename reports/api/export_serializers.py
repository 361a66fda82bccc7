"""Shapes of the export jobs (``/api/v1/reports/exports/``)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from commitments.api.serializers.base import InputSerializer
from reports import export_jobs
from reports.api.serializers import ReportQuerySerializer
from reports.models import ExportJob


class ExportJobSerializer(serializers.ModelSerializer):
    """A background export: ``state`` queued/running/done/failed/expired, rows
    written of the total, ``download_url`` once done (until ``expires_at``)."""

    progress = serializers.IntegerField(read_only=True, help_text=_("完成百分比（0–100）"))
    download_url = serializers.SerializerMethodField()

    class Meta:
        model = ExportJob
        fields = [
            "id",
            "report",
            "format",
            "params",
            "state",
            "rows_done",
            "rows_total",
            "progress",
            "size",
            "error",
            "created_at",
            "finished_at",
            "expires_at",
            "download_url",
        ]
        read_only_fields = fields

    def get_download_url(self, job: ExportJob) -> str | None:
        if job.state != ExportJob.State.DONE or export_jobs.is_expired(job):
            return None
        path = reverse("report-export-download", args=[job.pk])
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path


class ExportJobCreateSerializer(InputSerializer):
    """What to export: the report, the file format and the report's filters."""

    output_serializer_class = ExportJobSerializer

    report = serializers.ChoiceField(choices=ExportJob.Report.choices, label=_("报表"))
    format = serializers.ChoiceField(
        choices=ExportJob.Format.choices, default=ExportJob.Format.XLSX, label=_("文件格式")
    )
    params = ReportQuerySerializer(
        required=False,
        label=_("筛选条件"),
        help_text=_("与同步导出相同的查询参数：plan（工作计划 ID）、date（统计日期）"),
    )
