"""DRF permission classes over the role rules of ``commitments.access``."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework import permissions

from commitments import access


class CommitmentPermission(permissions.BasePermission):
    """Everyone signed in reads; only a supervisor of the lead owner edits."""

    message = _("只有督办该事项牵头单位的督办人可以修改事项")

    def has_permission(self, request, view) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return True
        return access.is_supervisor(request.user)

    def has_object_permission(self, request, view, obj) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return True
        return access.can_supervise(request.user, obj)


class ReportPermission(permissions.BasePermission):
    """Everyone signed in reads; staff of the lead or a co-owner file."""

    message = _("只有牵头单位或配合单位的经办人可以报送进度")

    def has_permission(self, request, view) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return True
        return access.department_of(request.user) is not None

    def has_object_permission(self, request, view, obj) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return True
        return access.can_report(request.user, obj)


class IsAdministrator(permissions.BasePermission):
    message = _("只有管理员可以导入工作计划")

    def has_permission(self, request, view) -> bool:
        return access.is_admin(request.user)
