"""``multipart/form-data`` on the report and closure endpoints (SPEC §4b).

The JSON fields come as form fields — ``targets`` (and ``evidence``, unless
repeated once per link) as a JSON string — and the files as one or more
``evidence_files`` parts. This turns such a body into the same dict a JSON
body gives, plus the uploaded files; a JSON body passes through unchanged.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from rest_framework import exceptions, serializers
from rest_framework.request import Request

from commitments.services.evidence import FIELD as FILES_FIELD

#: Form fields that carry a JSON array.
JSON_FIELDS = ("targets", "evidence")


def is_multipart(request: Request) -> bool:
    return (request.content_type or "").startswith("multipart/form-data")


def _decode(key: str, values: list[str]) -> Any:
    text = values[0].strip() if len(values) == 1 else ""
    if text.startswith("["):
        try:
            return json.loads(text)
        except ValueError:
            raise exceptions.ValidationError(
                {key: [_("须为 JSON 数组（multipart 表单中以字符串提交）")]}
            ) from None
    if key == "evidence":  # one form field per link
        return [v for v in values if v.strip()]
    raise exceptions.ValidationError({key: [_("须为 JSON 数组（multipart 表单中以字符串提交）")]})


def split(request: Request) -> tuple[Any, list[UploadedFile]]:
    """(the body as a JSON body would give it, the evidence files)."""
    if not is_multipart(request):
        return request.data, []
    data: dict[str, Any] = {}
    for key in request.data:
        if key == FILES_FIELD:
            continue
        values = request.data.getlist(key)
        data[key] = _decode(key, values) if key in JSON_FIELDS else values[-1]
    return data, list(request.FILES.getlist(FILES_FIELD))


def digest_body(data: Any, files: list[UploadedFile]) -> Any:
    """What an ``Idempotency-Key`` retry must repeat: the fields and each file's name and size."""
    if not files:
        return data
    return {**data, FILES_FIELD: [[f.name, f.size] for f in files]}


# --- How the OpenAPI schema describes these bodies -------------------------------
# Only for the schema: the view turns the form into the JSON body (``split``) and
# validates that with the JSON serializer.

TARGETS_HELP = 'JSON 字符串，内容同 JSON 请求的 targets 数组，例如 [{"target": 2, "value": 3}]'
EVIDENCE_HELP = "佐证材料链接：每个链接一个表单字段（可重复），或一个 JSON 数组字符串"
FILES_HELP = (
    "佐证材料文件，可多个（同名字段重复）：图片、PDF、Office 文档，按内容核验类型；"
    "每个文件不超过 EVIDENCE_MAX_BYTES（默认 10 MB），最多 EVIDENCE_MAX_FILES（默认 10）个"
)


def evidence_files_field() -> serializers.ListField:
    return serializers.ListField(
        child=serializers.FileField(), required=False, help_text=FILES_HELP
    )


def evidence_links_field() -> serializers.ListField:
    return serializers.ListField(
        child=serializers.URLField(), required=False, help_text=EVIDENCE_HELP
    )


def request_bodies(json_serializer: type, multipart_serializer: type) -> dict[str, type]:
    """``extend_schema(request=…)``: one body per content type."""
    return {
        "application/json": json_serializer,
        "multipart/form-data": multipart_serializer,
    }
