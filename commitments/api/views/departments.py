"""Departments (责任单位): the catalog, readable by every signed-in user."""

from rest_framework import viewsets

from commitments.api.serializers.accounts import DepartmentSerializer
from commitments.api.views.common import SafeIdLookupMixin
from commitments.models import Department


class DepartmentViewSet(SafeIdLookupMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Department.objects.active()
    serializer_class = DepartmentSerializer
    filter_backends: list = []
