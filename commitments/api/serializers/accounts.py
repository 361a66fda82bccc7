"""Accounts: token requests, the current user, departments."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from commitments import access
from commitments.api.serializers.base import InputSerializer
from commitments.models import Department


class DepartmentRefSerializer(serializers.ModelSerializer):
    """A department named inside another resource."""

    class Meta:
        model = Department
        fields = ["id", "name"]


class DepartmentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Department
        fields = ["id", "name", "short_name", "contact_emails", "is_default"]


class TokenRequestSerializer(InputSerializer):
    username = serializers.CharField(max_length=150, label=_("用户名"))
    password = serializers.CharField(
        max_length=256, trim_whitespace=False, style={"input_type": "password"}, label=_("密码")
    )


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField(help_text="仅显示一次；请求时发送 Authorization: Token <token>")


class MeSerializer(serializers.Serializer):
    """Who the caller is and what they may do."""

    id = serializers.IntegerField()
    username = serializers.CharField()
    email = serializers.EmailField(allow_blank=True)
    role = serializers.SerializerMethodField()
    department = serializers.SerializerMethodField()
    supervises_all = serializers.SerializerMethodField()
    supervised_departments = serializers.SerializerMethodField()

    @extend_schema_field(
        serializers.ChoiceField(choices=["staff", "supervisor", "admin"], allow_null=True)
    )
    def get_role(self, user) -> str | None:
        return access.role_of(user)

    @extend_schema_field(DepartmentRefSerializer(allow_null=True))
    def get_department(self, user) -> dict | None:
        department = access.department_of(user)
        return None if department is None else DepartmentRefSerializer(department).data

    def get_supervises_all(self, user) -> bool:
        return access.is_supervisor(user) and access.supervised_department_ids(user) is None

    @extend_schema_field(DepartmentRefSerializer(many=True))
    def get_supervised_departments(self, user) -> list[dict]:
        """The departments overseen (empty for staff, and for those who oversee all)."""
        ids = access.supervised_department_ids(user) if access.is_supervisor(user) else set()
        if not ids:
            return []
        departments = Department.objects.filter(pk__in=ids).order_by("name")
        return DepartmentRefSerializer(departments, many=True).data
