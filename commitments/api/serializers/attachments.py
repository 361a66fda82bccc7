"""Evidence files as the API lists them (SPEC §4b)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from commitments.api.serializers.base import InputSerializer
from commitments.models import Attachment


class AttachmentSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="下载地址（可阅读该事项的用户均可下载）")

    class Meta:
        model = Attachment
        fields = ["id", "name", "size", "content_type", "url", "public"]
        read_only_fields = fields

    def get_url(self, attachment: Attachment) -> str:
        path = reverse("attachment-file", args=[attachment.pk])
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request is not None else path


class AttachmentUpdateSerializer(InputSerializer):
    """What a supervisor may change on an evidence file (PATCH): whether the
    plan's public page (SPEC §4c) offers it for download."""

    public = serializers.BooleanField(
        label=_("公开"), help_text="true：计划公示后在公示页面可下载；false：不公开"
    )
