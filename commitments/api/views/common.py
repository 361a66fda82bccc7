"""Helpers shared by the views."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from django_filters.utils import translate_validation
from rest_framework import exceptions
from rest_framework.filters import OrderingFilter, SearchFilter
from rest_framework.settings import api_settings

from commitments import wording
from commitments.api.errors import LabelledValidationError
from commitments.api.serializers.fields import MAX_ID

#: URL pattern of an id: anything up to the next ``/``, so that a bad id gets
#: the JSON 404 of ``check_id`` rather than Django's HTML page.
ID_PATTERN = "[^/.]+"


def check_id(value: object) -> int:
    """An id from the URL, or 404 (not a driver overflow) when out of range."""
    text = str(value)
    if not text.isdigit() or not 0 < int(text) <= MAX_ID:
        raise exceptions.NotFound()
    return int(text)


class IdConverter:
    """``<id:pk>``: a row id in the BIGINT range. Anything else matches no route,
    so it is the API's JSON 404 rather than an overflow in the database driver."""

    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if not 0 < number <= MAX_ID:
            raise ValueError(value)
        return number

    def to_url(self, value: int) -> str:
        return str(value)


class SafeIdLookupMixin:
    """``get_object`` that answers 404 for ids no row can have."""

    lookup_value_regex = ID_PATTERN

    def get_object(self):
        check_id(self.kwargs[self.lookup_url_kwarg or self.lookup_field])
        return super().get_object()


#: Renderer formats for people in a browser, not listed as valid values.
UNLISTED_FORMATS = frozenset({"api"})


def check_format(request, renderers) -> None:
    """Refuse a ``format`` query parameter that no renderer of the endpoint has."""
    value = request.query_params.get(api_settings.URL_FORMAT_OVERRIDE)
    formats = [renderer.format for renderer in renderers]
    if value is None or value in formats:
        return
    listed = [f for f in formats if f not in UNLISTED_FORMATS]
    raise LabelledValidationError(
        {
            api_settings.URL_FORMAT_OVERRIDE: [
                str(_("“%(value)s”不是有效的选项；可选值：")) % {"value": value}
                + wording.listed(listed)
            ]
        },
        labels={api_settings.URL_FORMAT_OVERRIDE: str(_("格式"))},
    )


class StrictQueryParamsMixin:
    """Refuse query parameters an endpoint does not read, and bad values of those
    it does, with a 400 that names them (``?overdue=yes``, ``?mine=true``).

    What an endpoint reads is derived from its own configuration (filterset,
    search, ordering, pagination, ``query_serializer_class``), so a new filter
    is accepted as soon as it exists. Lists read those; every other request
    reads only ``format``. A test checks that every API view has this mixin.
    """

    #: a serializer of the query string (reports' ``?plan=&date=``)
    query_serializer_class: type | None = None
    #: further parameters the view reads itself
    extra_query_params: tuple[str, ...] = ()

    def reads_list_params(self) -> bool:
        action = getattr(self, "action", None)
        if action is not None:
            return action == "list"
        return self.request.method in ("GET", "HEAD", "OPTIONS")  # type: ignore[attr-defined]

    def allowed_query_params(self) -> set[str]:
        allowed = {api_settings.URL_FORMAT_OVERRIDE, *self.extra_query_params}
        if self.query_serializer_class is not None:
            allowed |= set(self.query_serializer_class().fields)
        if not self.reads_list_params():
            return allowed
        filterset_class = getattr(self, "filterset_class", None)
        if filterset_class is not None:
            allowed |= set(filterset_class.base_filters)
        for backend in getattr(self, "filter_backends", ()):
            if issubclass(backend, SearchFilter):
                allowed.add(backend.search_param)
            if issubclass(backend, OrderingFilter):
                allowed.add(backend.ordering_param)
        paginator = getattr(self, "paginator", None)
        if paginator is not None:
            allowed |= {
                name
                for name in (
                    getattr(paginator, "page_query_param", None),
                    getattr(paginator, "page_size_query_param", None),
                )
                if name
            }
        return allowed

    def perform_content_negotiation(self, request, force: bool = False):
        """``?format=`` names one of the endpoint's formats, or it is a 400 that lists
        them (DRF alone answers an unknown one with a bare 404)."""
        if not force:
            check_format(request, self.get_renderers())  # type: ignore[attr-defined]
        return super().perform_content_negotiation(request, force)  # type: ignore[misc]

    def initial(self, request, *args, **kwargs) -> None:
        # A method the endpoint does not have is a 405 for everyone, before the
        # permission checks: a 403 would suggest another role may do it.
        method = request.method.lower()
        if method not in self.http_method_names or not hasattr(self, method):  # type: ignore[attr-defined]
            raise exceptions.MethodNotAllowed(request.method)
        super().initial(request, *args, **kwargs)  # type: ignore[misc]
        unknown = sorted(set(request.query_params) - self.allowed_query_params())
        if unknown:
            raise LabelledValidationError(
                {name: [str(_("不接受该查询参数：本接口没有这个参数"))] for name in unknown}
            )
        self.check_filter_values(request)

    def check_filter_values(self, request) -> None:
        """The filterset's values, checked before anything is read."""
        filterset_class = getattr(self, "filterset_class", None)
        if filterset_class is None or not self.reads_list_params():
            return
        # The queryset the filters apply to (``filterable_queryset`` where the view has
        # one): only its model matters here, and the list's full queryset (lights,
        # related rows) cost ~2 ms of CPU to build for nothing (bench/, the list at 10k).
        queryset = getattr(self, "filterable_queryset", self.get_queryset)()
        filterset = filterset_class(request.query_params, queryset=queryset.none(), request=request)
        if not filterset.is_valid():
            labels = {name: str(field.label) for name, field in filterset.form.fields.items()}
            detail = translate_validation(filterset.errors).detail
            raise LabelledValidationError(detail, labels=labels)
