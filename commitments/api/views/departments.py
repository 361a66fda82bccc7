"""Departments (责任单位): the catalog, readable by every signed-in user."""

from rest_framework import viewsets

from commitments.api.serializers.accounts import DepartmentSerializer
from commitments.api.views.common import SafeIdLookupMixin, StrictQueryParamsMixin
from commitments.models import Department


class DepartmentViewSet(StrictQueryParamsMixin, SafeIdLookupMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Department.objects.active()
    serializer_class = DepartmentSerializer
    filter_backends: list = []
