"""Accounts: users, their role and department, and their API tokens."""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib.auth.models import User
from django.db import transaction

from commitments.choices import Role
from commitments.errors import Invalid
from commitments.models import ApiToken, Department, Membership


class AccountError(Invalid):
    """The account cannot be created as asked; nothing was written."""

    def __init__(self, message: str) -> None:
        super().__init__("account_invalid", message)


def find_department(name: str) -> Department:
    """An active department by its name, short name or an alias (a merged one's
    name is an alias of the unit it became)."""
    name = name.strip()
    active = Department.objects.active()
    department = active.filter(name=name).first() or active.filter(short_name=name).first()
    if department is None:
        department = next((d for d in active if name in d.aliases), None)
    if department is None:
        raise AccountError(f"找不到责任单位：{name}")
    return department


@transaction.atomic
def save_account(
    username: str,
    role: str,
    departments: Sequence[str | Department] = (),
    email: str = "",
    password: str | None = None,
    full_name: str = "",
) -> User:
    """Create or update an account with its role and department(s), no token.

    ``full_name``: the person's name (张三), the pages' and notices' name for them
    (``people.person_name``); an account without one is named by its user name.

    Staff belong to exactly one department; a supervisor oversees the given
    departments, or all of them when none is given (``rules.overseen``).
    Departments are given by name (short name, alias) or as rows.
    """
    if role not in Role.values:
        raise AccountError(f"未知角色：{role}（可选 {', '.join(Role.values)}）")
    resolved = [d if isinstance(d, Department) else find_department(d) for d in departments]
    if role == Role.STAFF and len(resolved) != 1:
        raise AccountError("经办人必须且只能属于一个责任单位（--department）")
    user, _ = User.objects.get_or_create(username=username)
    if email:
        user.email = email
    if full_name.strip():  # one field: a Chinese name is not "first last"
        user.first_name, user.last_name = full_name.strip()[:150], ""
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
    return user


@transaction.atomic
def create_account(
    username: str,
    role: str,
    departments: list[str] | None = None,
    email: str = "",
    password: str | None = None,
    token_name: str = "",
    full_name: str = "",
) -> tuple[User, str]:
    """Create or update an account (``save_account``) and issue it a new API token."""
    user = save_account(
        username, role, departments or [], email=email, password=password, full_name=full_name
    )
    _, raw = ApiToken.issue(user, name=token_name or "create_account")
    return user, raw
