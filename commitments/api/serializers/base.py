"""The base of every serializer that reads input (bodies and query strings).

``StrictInputMixin`` makes a write say what it did not take: a field the
serializer does not know (``dealine``) or may not change (``id``) is a 400
that names it, never a silent 200 that changed nothing. It also gives every
field its Chinese label (from ``labels_from``, a model whose verbose names the
fields share), lists the valid values of a choice in its error, and hands the
labels to the error handler so that ``message`` names fields as users know them.
A test walks every serializer of the API and checks that each one that takes
input is built on this mixin.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers
from rest_framework.settings import api_settings

from commitments import wording
from commitments.api.errors import LabelledValidationError

UNKNOWN_FIELD = _("不接受该字段：没有这个字段")
READ_ONLY_FIELD = _("不接受该字段：该字段只读，不能提交")


def choices_text(field: serializers.ChoiceField) -> str:
    """``on_track（正常推进）、at_risk（存在风险）``: what a client may send, in the
    reader's language (``on_track (On track), at_risk (At risk)``)."""
    return wording.listed(
        gettext("%(key)s（%(label)s）") % {"key": key, "label": label}
        if str(label) != str(key)
        else str(key)
        for key, label in field.choices.items()
    )


def field_labels(serializer: serializers.BaseSerializer, prefix: str = "") -> dict[str, str]:
    """``{"targets": "指标当前值", "targets.*.value": "当前值", …}`` for the handler."""
    if isinstance(serializer, serializers.ListSerializer):
        return field_labels(serializer.child, f"{prefix}.*" if prefix else "*")
    labels: dict[str, str] = {}
    for name, field in serializer.fields.items():
        path = f"{prefix}.{name}" if prefix else name
        if field.label:
            labels[path] = str(field.label)
        if isinstance(field, serializers.BaseSerializer):
            labels.update(field_labels(field, path))
    return labels


class StrictInputMixin:
    """Refuse unknown and read-only fields; Chinese labels; choices listed."""

    #: model whose verbose names label the fields of the same name
    labels_from: type[models.Model] | None = None
    #: the resource as the API shows it: its other fields are refused as read-only
    output_serializer_class: type[serializers.BaseSerializer] | None = None

    @classmethod
    def read_only_names(cls) -> frozenset[str]:
        if cls.output_serializer_class is None:
            return frozenset()
        if "_read_only_names" not in cls.__dict__:
            cls._read_only_names = frozenset(cls.output_serializer_class().fields)
        return cls._read_only_names

    def get_fields(self) -> dict[str, serializers.Field]:
        fields = super().get_fields()  # type: ignore[misc]
        for name, field in fields.items():
            if field.label is None and self.labels_from is not None:
                try:
                    model_field = self.labels_from._meta.get_field(field.source or name)
                    field.label = getattr(model_field, "verbose_name", None)
                except FieldDoesNotExist:
                    pass
            if isinstance(field, serializers.ChoiceField) and "invalid_choice" in (
                field.error_messages
            ):
                field.error_messages = {
                    **field.error_messages,
                    "invalid_choice": format_lazy(
                        "{}{}", _("“{input}”不是有效的选项；可选值："), choices_text(field)
                    ),
                }
        return fields

    def to_internal_value(self, data: Any) -> Any:
        refused: dict[str, list[str]] = {}
        if isinstance(data, Mapping):
            for key in data:
                field = self.fields.get(key)  # type: ignore[attr-defined]
                if field is None and key not in self.read_only_names():
                    refused[str(key)] = [str(UNKNOWN_FIELD)]
                elif field is None or field.read_only:
                    refused[str(key)] = [str(READ_ONLY_FIELD)]
        try:
            value = super().to_internal_value(data)  # type: ignore[misc]
        except serializers.ValidationError as exc:
            if not refused:
                raise
            detail = exc.detail
            if not isinstance(detail, dict):
                detail = {api_settings.NON_FIELD_ERRORS_KEY: detail}
            raise serializers.ValidationError({**refused, **detail}) from exc
        if refused:
            raise serializers.ValidationError(refused)
        return value

    def is_valid(self, *, raise_exception: bool = False) -> bool:
        valid = super().is_valid(raise_exception=False)  # type: ignore[misc]
        if not valid and raise_exception:
            raise LabelledValidationError(self.errors, labels=field_labels(self))  # type: ignore[arg-type]
        return valid


class InputSerializer(StrictInputMixin, serializers.Serializer):
    """A plain serializer that reads input strictly."""
