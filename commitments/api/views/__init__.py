"""API views, one module per resource (thin: the rules live in services)."""

from commitments.api.views.departments import DepartmentViewSet

__all__ = ["DepartmentViewSet"]
