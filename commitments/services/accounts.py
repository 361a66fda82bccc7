"""Accounts: users, their role and department, and their API tokens."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction

from commitments.choices import Role
from commitments.models import ApiToken, Department, Membership


class AccountError(ValueError):
    """The account cannot be created as asked; nothing was written."""


def find_department(name: str) -> Department:
    """A department by its name, short name or an alias."""
    name = name.strip()
    department = (
        Department.objects.filter(name=name).first()
        or Department.objects.filter(short_name=name).first()
    )
    if department is None:
        department = next((d for d in Department.objects.all() if name in d.aliases), None)
    if department is None:
        raise AccountError(f"找不到责任单位：{name}")
    return department


@transaction.atomic
def create_account(
    username: str,
    role: str,
    departments: list[str] | None = None,
    email: str = "",
    password: str | None = None,
    token_name: str = "",
) -> tuple[object, str]:
    """Create or update an account and issue it a new API token.

    Staff belong to exactly one department; a supervisor oversees the given
    departments, or all of them when none is given.
    """
    if role not in Role.values:
        raise AccountError(f"未知角色：{role}（可选 {', '.join(Role.values)}）")
    resolved = [find_department(name) for name in departments or []]
    if role == Role.STAFF and len(resolved) != 1:
        raise AccountError("经办人必须且只能属于一个责任单位（--department）")
    user_model = get_user_model()
    user, _ = user_model.objects.get_or_create(username=username)
    if email:
        user.email = email
    if password:
        user.set_password(password)
    elif not user.has_usable_password():
        user.set_unusable_password()
    user.is_staff = role in (Role.SUPERVISOR, Role.ADMIN)
    user.is_superuser = role == Role.ADMIN
    user.save()
    membership, _ = Membership.objects.update_or_create(
        user=user,
        defaults={"role": role, "department": resolved[0] if role == Role.STAFF else None},
    )
    membership.supervised_departments.set(resolved if role == Role.SUPERVISOR else [])
    _, raw = ApiToken.issue(user, name=token_name or "create_account")
    return user, raw
