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
from rest_framework import exceptions
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
