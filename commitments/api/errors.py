"""One JSON error shape for the whole API: ``{"code", "message", "errors"}``.

Clients are scripts in other office systems: they branch on ``code``, show
``message`` to a person, and point at fields with ``errors``. Messages are
Chinese by default and follow ``Accept-Language`` (DRF's own messages come
translated; ours use Chinese source strings for the English catalog).
"""

from __future__ import annotations

import math
from typing import Any

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, RequestDataTooBig
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.serializers import as_serializer_error
from rest_framework.views import exception_handler

from commitments import errors as domain
from commitments import uploads


class RequestTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "request_too_large"

    def __init__(self, kind: uploads.Kind = uploads.BODY) -> None:
        super().__init__(uploads.too_large_message(kind))


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_code = "conflict"
    default_detail = gettext_lazy("当前状态不允许此操作")


class IdempotencyKeyReused(exceptions.APIException):
    status_code = status.HTTP_422_UNPROCESSABLE_ENTITY
    default_code = "idempotency_key_reused"
    default_detail = gettext_lazy("该 Idempotency-Key 已用于内容不同的请求")


class LabelledValidationError(exceptions.ValidationError):
    """Field errors that know the labels of their fields (``{"as_of": "截至日期"}``,
    nested paths with ``*`` for list items), so the message names fields as a
    person knows them while ``errors`` keeps the machine names."""

    def __init__(self, detail: Any, labels: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.labels = labels or {}


class LikelyDuplicatePlan(exceptions.APIException):
    """The upload looks like a new version of a stored plan and ``plan``/``new`` is missing."""

    status_code = status.HTTP_409_CONFLICT
    default_code = "likely_duplicate"
    default_detail = "可能与已有工作计划重复"


class PlanImportFailed(exceptions.APIException):
    status_code = status.HTTP_400_BAD_REQUEST
    default_code = "import_failed"


def _flatten(detail: Any, prefix: str = "") -> dict[str, list[str]]:
    """Nested DRF errors (``targets[1].value``) as ``{"targets.1.value": [...]}``."""
    non_field = settings.REST_FRAMEWORK.get("NON_FIELD_ERRORS_KEY", "non_field_errors")
    if isinstance(detail, dict):
        out: dict[str, list[str]] = {}
        for key, value in detail.items():
            name = (
                prefix
                if prefix and key == non_field
                else (f"{prefix}.{key}" if prefix else str(key))
            )
            out.update(_flatten(value, name))
        return out
    if isinstance(detail, list) and any(isinstance(item, dict | list) for item in detail):
        out = {}
        for index, value in enumerate(detail):
            if value:
                out.update(_flatten(value, f"{prefix}.{index}" if prefix else str(index)))
        return out
    items = detail if isinstance(detail, list) else [detail]
    return {prefix or non_field: [str(item) for item in items]}


def label_of(path: str, labels: dict[str, str]) -> str:
    """``targets.0.value`` as ``指标当前值 第1项 当前值`` (a name without a label as is)."""
    parts, words = path.split("."), []
    for index, part in enumerate(parts):
        if part.isdigit() and index:
            words.append(_("第%(n)d项") % {"n": int(part) + 1})
            continue
        key = ".".join("*" if p.isdigit() else p for p in parts[: index + 1])
        words.append(labels.get(key, part))
    return " ".join(words)


def _labels(exc: exceptions.ValidationError, context: dict) -> dict[str, str]:
    """The labels the error brought, else those of the input the view parsed
    (``input_labels``), else those of the view's serializer (a service's field
    errors name the fields of the resource the view shows)."""
    labels = getattr(exc, "labels", None)
    if labels:
        return labels
    view = context.get("view")
    parsed = getattr(view, "input_labels", None)
    if parsed:
        return parsed
    get_class = getattr(view, "get_serializer_class", None)
    if get_class is None:
        return {}
    try:
        serializer = get_class()()
        return {name: str(field.label) for name, field in serializer.fields.items() if field.label}
    except Exception:
        return {}


def _describe(errors: dict[str, list[str]], labels: dict[str, str]) -> list[str]:
    """Every error, each after the label of its field."""
    non_field = settings.REST_FRAMEWORK.get("NON_FIELD_ERRORS_KEY", "non_field_errors")
    lines = []
    for path, messages in errors.items():
        for message in messages:
            label = label_of(path, labels)
            # 截至日期不能早于…: a message that begins with its label does not get it twice
            lines.append(
                message
                if path == non_field or message.startswith(label)
                else _("%(field)s：%(error)s") % {"field": label, "error": message}
            )
    return lines


def _translate(exc: Exception) -> Exception:
    """Django and service exceptions as their DRF equivalents."""
    if isinstance(exc, Http404 | ObjectDoesNotExist):
        # ObjectDoesNotExist: a row deleted between the lookup and the write
        # (the services lock and re-read); the transaction rolled back.
        return exceptions.NotFound()
    if isinstance(exc, DjangoPermissionDenied):
        return exceptions.PermissionDenied(*(exc.args[:1] or ()))
    if isinstance(exc, RequestDataTooBig):
        return RequestTooLarge()
    if isinstance(exc, DjangoValidationError):
        return exceptions.ValidationError(as_serializer_error(exc))
    if isinstance(exc, domain.DomainError):
        return domain_error(exc)
    return exc


def domain_error(error: domain.DomainError) -> exceptions.APIException:
    """A service's refusal (``commitments.errors``) as its HTTP answer: the one place
    where Forbidden is 403, NotFound 404, Invalid 400 and Conflict 409."""
    if isinstance(error, domain.Forbidden):
        return exceptions.PermissionDenied(error.message, code=error.code)
    if isinstance(error, domain.NotFound):
        return exceptions.NotFound(error.message, code=error.code)
    if isinstance(error, domain.Invalid):
        fields = error.errors or {"non_field_errors": [error.message]}
        return exceptions.ValidationError(
            {
                name: [exceptions.ErrorDetail(message, code=error.code) for message in messages]
                for name, messages in fields.items()
            }
        )
    return Conflict(error.message, code=error.code)


def api_exception_handler(exc: Exception, context: dict) -> Response | None:
    """DRF's handler, then reshaped; unknown exceptions still propagate (500)."""
    exc = _translate(exc)
    response = exception_handler(exc, context)
    if response is None or not isinstance(exc, exceptions.APIException):
        return response
    if isinstance(exc, exceptions.ValidationError):
        errors = _flatten(exc.detail) or {"non_field_errors": [_("提交的数据有误")]}
        response.data = {
            "code": "validation_error",
            "message": _("提交的数据有误：%(errors)s")
            % {"errors": _("；").join(_describe(errors, _labels(exc, context)))},
            "errors": errors,
        }
        return response
    codes = exc.get_codes()
    message = str(exc.detail) if isinstance(exc.detail, str) else str(exc.default_detail)
    if isinstance(exc, exceptions.Throttled):
        message = throttled_message(exc.wait, _is_login(context.get("view")))
    response.data = {
        "code": codes if isinstance(codes, str) else exc.default_code,
        "message": message,
        "errors": {},
    }
    return response


def _is_login(view: Any) -> bool:
    from commitments.api.throttles import LOGIN_THROTTLES

    get_throttles = getattr(view, "get_throttles", None)
    throttles = get_throttles() if get_throttles is not None else ()
    return any(isinstance(t, LOGIN_THROTTLES) for t in throttles)


def throttled_message(wait: float | None, login: bool) -> str:
    """One sentence (DRF's reads 请求已被限流。 预计 38 秒后可用。); a password
    endpoint says, as the session login pages do, that it counts attempts."""
    seconds = math.ceil(wait or 1)
    if login:
        return _("登录尝试过于频繁，请 %(seconds)d 秒后再试。") % {"seconds": seconds}
    return _("请求过于频繁，请 %(seconds)d 秒后再试。") % {"seconds": seconds}
