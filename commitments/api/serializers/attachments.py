"""Evidence files as the API lists them (SPEC §4b)."""

from __future__ import annotations

from django.urls import reverse
from rest_framework import serializers

from commitments.models import Attachment


class AttachmentSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="下载地址（仅责任单位和督办人可下载）")

    class Meta:
        model = Attachment
        fields = ["id", "name", "size", "content_type", "url"]
        read_only_fields = fields

    def get_url(self, attachment: Attachment) -> str:
        path = reverse("attachment-file", args=[attachment.pk])
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request is not None else path
