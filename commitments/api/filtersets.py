"""Filters, search and ordering of the commitment list (SPEC §4).

Every filter maps to an indexed column (``light`` is computed from indexed
ones); ids are bounded so that a huge number is a 400, not a driver error.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema_field
from rest_framework.filters import OrderingFilter

from commitments import rules
from commitments.api.errors import LabelledValidationError
from commitments.api.serializers.fields import MAX_ID
from commitments.choices import Light, Status
from commitments.wording import listed


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(filters.NumberFilter):
    """An integer id in the BIGINT range (and said so in the schema, so that
    clients and schemathesis know 0 is refused)."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class StrictBooleanField(forms.Field):
    """``true``/``false`` (or ``1``/``0``); anything else is an error, not "no filter"."""

    def to_python(self, value):
        if value in (None, ""):
            return None
        text = str(value).strip().lower()
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
        raise ValidationError(_("须为 true 或 false"), code="invalid")


@extend_schema_field({"type": "boolean"})
class StrictBooleanFilter(filters.BooleanFilter):
    field_class = StrictBooleanField

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("widget", forms.TextInput)  # DRF's widget maps "yes" to None
        super().__init__(*args, **kwargs)


class StrictFilterSet(filters.FilterSet):
    """Base of the API's filtersets: a bad value of a choice names the valid ones."""

    @property
    def form(self):
        form = super().form
        for field in form.fields.values():
            if isinstance(field, forms.ChoiceField):
                valid = listed(key for key, _label in field.choices if key != "")
                field.error_messages["invalid_choice"] = _(
                    "“%(value)s”不是有效的选项；可选值："
                ) + valid.replace("%", "%%")
        return form


class CommitmentFilterSet(StrictFilterSet):
    department = IdFilter(
        method="filter_department",
        label=gettext_lazy("责任单位"),
        help_text=gettext_lazy("责任单位（牵头或配合）id"),
    )
    lead_owner = IdFilter(
        field_name="lead_owner_id",
        label=gettext_lazy("牵头单位"),
        help_text=gettext_lazy("牵头单位 id"),
    )
    plan = IdFilter(
        field_name="plan_id", label=gettext_lazy("工作计划"), help_text=gettext_lazy("工作计划 id")
    )
    section = IdFilter(
        field_name="section_id",
        label=gettext_lazy("工作板块"),
        help_text=gettext_lazy("工作板块 id"),
    )
    status = filters.MultipleChoiceFilter(
        choices=Status.choices, label=gettext_lazy("状态"), help_text=gettext_lazy("状态（可重复）")
    )
    light = filters.ChoiceFilter(
        choices=Light.choices, field_name="light", label=gettext_lazy("红黄绿灯")
    )
    overdue = StrictBooleanFilter(
        method="filter_overdue",
        label=gettext_lazy("是否逾期"),
        help_text=gettext_lazy("true：已过完成时限且未办结、未取消；false：其余事项"),
    )
    due_before = filters.DateFilter(
        field_name="deadline", lookup_expr="lte", label=gettext_lazy("完成时限不晚于")
    )
    due_after = filters.DateFilter(
        field_name="deadline", lookup_expr="gte", label=gettext_lazy("完成时限不早于")
    )

    def filter_department(self, queryset: QuerySet, name: str, value: int) -> QuerySet:
        # The index-only fast form and its measurements: ``rules.owned_by``.
        return queryset.filter(rules.owned_by(value))

    def filter_overdue(self, queryset: QuerySet, name: str, value: bool | None) -> QuerySet:
        if value is None:
            return queryset
        overdue = rules.overdue(timezone.localdate())
        return queryset.filter(overdue if value else ~overdue)


class AliasOrderingFilter(OrderingFilter):
    """``?ordering=deadline|code|updated`` (``-`` for descending), always
    ending on ``id`` so that pages never overlap or skip rows."""

    aliases = {"deadline": "deadline", "code": "code", "updated": "updated_at"}

    def get_ordering(self, request, queryset, view) -> list[str]:
        terms: list[str] = []
        raw = request.query_params.get(self.ordering_param, "")
        for term in raw.split(",") if raw.strip() else []:
            term = term.strip()
            field = self.aliases.get(term.removeprefix("-"))
            if field is None:
                raise LabelledValidationError(
                    {
                        self.ordering_param: [
                            _("不能按“%(term)s”排序；可选值：%(valid)s（前加 - 为倒序）")
                            % {"term": term, "valid": listed(self.aliases)}
                        ]
                    },
                    labels={self.ordering_param: _("排序")},
                )
            terms.append(f"-{field}" if term.startswith("-") else field)
        if not terms:
            terms = list(self.get_default_ordering(view) or [])
        return terms if "id" in terms else [*terms, "id"]

    def get_schema_operation_parameters(self, view) -> list[dict]:
        params = super().get_schema_operation_parameters(view)
        for param in params:
            param["description"] = "deadline、code 或 updated，前加 - 为倒序，可用逗号组合"
        return params
