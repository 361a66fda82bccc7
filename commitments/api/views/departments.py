"""Departments (责任单位): the catalog, readable by every signed-in user."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets

from commitments.api.serializers.accounts import DepartmentSerializer
from commitments.api.views.common import SafeIdLookupMixin, StrictQueryParamsMixin
from commitments.models import Department


@extend_schema_view(
    list=extend_schema(summary="责任单位列表（在用的单位）"),
    retrieve=extend_schema(summary="责任单位详情"),
)
class DepartmentViewSet(StrictQueryParamsMixin, SafeIdLookupMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Department.objects.active()
    serializer_class = DepartmentSerializer
    filter_backends: list = []
