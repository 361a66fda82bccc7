"""Plans with their sections and counts, and the import upload."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from commitments.api.serializers.base import InputSerializer
from commitments.models import Plan, Section


class SectionSerializer(serializers.ModelSerializer):
    commitment_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Section
        fields = ["id", "number", "title", "commitment_count"]


class PlanListSerializer(serializers.ModelSerializer):
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


class PlanImportSerializer(InputSerializer):
    file = serializers.FileField(label=_("文件"), help_text=".txt（UTF-8/GBK）、.docx 或 .md")
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


class PlanImportResultSerializer(serializers.Serializer):
    """SPEC §3 JSON; ``summary`` only when the import was stored."""

    documents = serializers.ListField(child=serializers.DictField())
    summary = serializers.DictField(required=False)
