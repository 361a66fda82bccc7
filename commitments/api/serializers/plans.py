"""Plans with their sections and counts, and the import upload."""

from __future__ import annotations

from django.urls import reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from commitments.api.serializers.base import InputSerializer
from commitments.importer.extract import SUPPORTED
from commitments.models import Plan, PlanUpload, Section


class SectionSerializer(serializers.ModelSerializer):
    commitment_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Section
        fields = ["id", "number", "title", "commitment_count"]


class PlanListSerializer(serializers.ModelSerializer):
    starts_on = serializers.DateField(
        read_only=True,
        help_text="序时进度起算日（默认为计划年度1月1日）",
    )
    reports_from = serializers.DateField(
        read_only=True,
        help_text="报送起始日期：进度报送的截至日期（as_of）最早可取此日。"
        "为计划年度1月1日（起始日期更早时取起始日期）；计划在其年度之前导入的，为导入当日",
    )
    section_count = serializers.IntegerField(read_only=True)
    commitment_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Plan
        fields = [
            "id",
            "title",
            "year",
            "source_name",
            "document_index",
            "source_sha256",
            "starts_on",
            "reports_from",
            "public",
            "created_at",
            "updated_at",
            "section_count",
            "commitment_count",
        ]
        read_only_fields = fields


class PlanDetailSerializer(PlanListSerializer):
    sections = SectionSerializer(many=True, read_only=True)
    status_counts = serializers.DictField(
        child=serializers.IntegerField(), read_only=True, help_text="各状态的事项数"
    )
    light_counts = serializers.DictField(
        child=serializers.IntegerField(), read_only=True, help_text="红黄绿灯各自的事项数"
    )

    class Meta(PlanListSerializer.Meta):
        fields = [*PlanListSerializer.Meta.fields, "sections", "status_counts", "light_counts"]
        read_only_fields = fields


class PlanUpdateSerializer(InputSerializer):
    """What an administrator may change on a plan (PATCH): its publication."""

    public = serializers.BooleanField(
        label=_("公开承诺兑现情况"),
        help_text="true：在 /public/plans/{id}/ 公示本计划（无需登录）；false：撤回公示",
    )


class PlanImportSerializer(InputSerializer):
    file = serializers.FileField(
        label=_("文件"),
        help_text=format_lazy("{}（.htm 同 .html，.txt 可为 UTF-8/GBK）", SUPPORTED),
    )
    year = serializers.IntegerField(
        min_value=2000,
        max_value=2100,
        required=False,
        allow_null=True,
        label=_("计划年度"),
        help_text="计划年度；缺省时从文件识别",
    )
    commit = serializers.BooleanField(
        default=False, label=_("写入数据库"), help_text="false（默认）只预览不写入；true 写入数据库"
    )
    plan = serializers.IntegerField(
        min_value=1,
        required=False,
        allow_null=True,
        help_text="更新这个已有工作计划（预览时给出与它的差异）",
    )
    new = serializers.BooleanField(
        default=False, help_text="true：即使与已有计划相似，也新建一个工作计划"
    )

    def validate(self, attrs: dict) -> dict:
        if attrs.get("plan") and attrs.get("new"):
            raise serializers.ValidationError({"new": ["plan 与 new 只能选其一"]})
        return attrs


class PlanImportResultSerializer(serializers.Serializer):
    """SPEC §3 JSON; ``plans`` says for each stored document which plan it goes to
    (``decision`` create/update/unchanged/choose, ``candidates``) and what changes
    (``diff``); ``summary`` and ``plan_ids`` only when it was stored."""

    documents = serializers.ListField(child=serializers.DictField())
    plans = serializers.ListField(child=serializers.DictField())
    summary = serializers.DictField(required=False)
    plan_ids = serializers.ListField(child=serializers.IntegerField(), required=False)


class PlanImportJobSerializer(serializers.ModelSerializer):
    """A background import: ``state`` queued/running/done/failed, ``progress``
    (``stage`` parse/compare/write/done, ``done`` of ``total`` commitments),
    ``result`` (``summary``, ``plan_ids``) when done, ``error`` when failed."""

    url = serializers.SerializerMethodField()
    progress = serializers.SerializerMethodField()

    class Meta:
        model = PlanUpload
        fields = ["id", "url", "filename", "state", "progress", "result", "error", "created_at"]
        read_only_fields = fields

    def get_url(self, job: PlanUpload) -> str:
        path = reverse("plan-import-job", args=[job.pk])
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path

    def get_progress(self, job: PlanUpload) -> dict:
        return {"stage": job.stage, "done": job.progress_done, "total": job.progress_total}
