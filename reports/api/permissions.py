"""Who may read the report endpoints (see ``reports.scope`` for the scopes)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework.permissions import BasePermission

from commitments.errors import Forbidden
from reports.scope import department_ids_for


class CanReadReports(BasePermission):
    """Supervisors and administrators (all they oversee), department staff
    (their own department only); accounts without a role are refused."""

    message = _("只有督办人、管理员或责任单位人员可以查看统计报表")

    def has_permission(self, request, view) -> bool:
        try:
            view.department_ids = department_ids_for(request.user)
        except Forbidden:
            return False
        return True
