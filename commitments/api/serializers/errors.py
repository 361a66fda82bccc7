"""The error body every endpoint returns (see ``commitments.api.errors``)."""

from rest_framework import serializers


class ErrorSerializer(serializers.Serializer):
    code = serializers.CharField(
        help_text="机器可读的错误代码，如 validation_error、permission_denied"
    )
    message = serializers.CharField(
        help_text="给人看的说明（默认中文，Accept-Language: en 为英文）"
    )
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="字段错误：字段名（嵌套用点号，如 targets.0.value）→ 错误信息列表",
    )
