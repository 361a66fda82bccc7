"""``Idempotency-Key``: a retried POST gets the first response back.

Office scripts retry on timeouts; without this a retry files a second
report. The first successful response is stored with the key in the same
transaction as the write itself, so either both land or neither does. Two
requests racing with one key both try to insert the record; the unique
constraint lets one win, the loser's whole transaction (its report included)
rolls back and it answers with the winner's response.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter
from rest_framework import exceptions
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.encoders import JSONEncoder

from commitments.api.errors import IdempotencyKeyReused
from commitments.models import IdempotencyRecord

HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"

PARAMETER = OpenApiParameter(
    HEADER,
    str,
    OpenApiParameter.HEADER,
    required=False,
    description="重试同一请求时带上同一个键：返回首次的响应，不会重复写入"
    "（1–255 个可见 ASCII 字符）。 Same key on a retry returns the first response "
    "and writes nothing new; "
    "the same key with a different body is refused with 422.",
)


def _valid_key(key: str) -> bool:
    return 0 < len(key) <= 255 and all(33 <= ord(ch) < 127 for ch in key)


def _jsonable(data) -> object:
    return json.loads(json.dumps(data, cls=JSONEncoder))


def _digest(scope: str, data) -> str:
    body = json.dumps(
        {"scope": scope, "body": data}, cls=JSONEncoder, sort_keys=True, ensure_ascii=False
    )
    return hashlib.sha256(body.encode()).hexdigest()


def _replay(record: IdempotencyRecord, scope: str, digest: str) -> Response:
    if record.scope != scope or record.request_hash != digest:
        raise IdempotencyKeyReused()
    return Response(
        record.response_body, status=record.response_status, headers={REPLAYED_HEADER: "true"}
    )


def idempotent(request: Request, perform: Callable[[], Response], body: object = None) -> Response:
    """Run ``perform`` once per (user, key); replay its stored success otherwise.

    ``body`` is what a retry must repeat (default: the parsed request body;
    multipart uploads pass their fields and files' names and sizes)."""
    key = request.headers.get(HEADER)
    if key is None:
        return perform()
    if not _valid_key(key):
        raise exceptions.ValidationError(
            {HEADER: [_("Idempotency-Key 须为 1–255 个可见 ASCII 字符")]}
        )
    scope = request.path
    digest = _digest(scope, request.data if body is None else body)
    records = IdempotencyRecord.objects.filter(user=request.user, key=key)
    existing = records.first()
    if existing is not None:
        return _replay(existing, scope, digest)
    try:
        with transaction.atomic():
            response = perform()
            if 200 <= response.status_code < 300:
                IdempotencyRecord.objects.create(
                    user=request.user,
                    key=key,
                    scope=scope,
                    request_hash=digest,
                    response_status=response.status_code,
                    response_body=_jsonable(response.data),
                )
    except IntegrityError:
        existing = records.first()
        if existing is None:
            raise
        return _replay(existing, scope, digest)
    return response
