"""API views (thin: the rules live in services and models)."""

from rest_framework import serializers, viewsets

from commitments.models import Department


class DepartmentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Department
        fields = ["id", "name", "short_name", "contact_emails", "is_default"]


class DepartmentViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Department.objects.active()
    serializer_class = DepartmentSerializer
