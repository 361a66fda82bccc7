"""Who receives what: department mailboxes and staff, and supervisors.

A department is reached at its ``contact_emails`` and at the e-mail of each
active staff member; a supervisor at their user's e-mail. Addresses are
compared in lower case, so one mailbox written two ways gets one e-mail.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Q

from commitments import rules
from commitments.choices import Role
from commitments.models import Department, Membership


def normalize(email: str) -> str:
    return email.strip().lower()


@dataclass(frozen=True)
class Address:
    email: str
    user_id: int | None = None


@dataclass(frozen=True)
class Supervisor:
    membership_id: int
    user_id: int
    email: str
    name: str
    #: the departments overseen; ``None`` means all of them (mayor, 督查室)
    department_ids: frozenset[int] | None

    def oversees(self, department_id: int) -> bool:
        return self.department_ids is None or department_id in self.department_ids


def department_addresses(department_ids: Iterable[int] | None = None) -> dict[int, list[Address]]:
    """Addresses of each active department (all of them when ``department_ids`` is None)."""
    departments = Department.objects.active()
    staff = Membership.objects.filter(
        role=Role.STAFF, user__is_active=True, department__is_active=True
    ).exclude(user__email="")
    if department_ids is not None:
        ids = list(department_ids)
        departments = departments.filter(pk__in=ids)
        staff = staff.filter(department_id__in=ids)
    book: dict[int, dict[str, Address]] = defaultdict(dict)
    for pk, emails in departments.values_list("pk", "contact_emails"):
        book[pk]  # a department without any address still appears
        for email in emails or []:
            if isinstance(email, str) and "@" in email:
                book[pk].setdefault(normalize(email), Address(normalize(email)))
    for pk, user_id, email in staff.values_list("department_id", "user_id", "user__email"):
        book[pk][normalize(email)] = Address(normalize(email), user_id)
    return {pk: sorted(addresses.values(), key=lambda a: a.email) for pk, addresses in book.items()}


def department_names(department_ids: Iterable[int]) -> dict[int, str]:
    return dict(Department.objects.filter(pk__in=list(department_ids)).values_list("pk", "name"))


def supervisors(membership_ids: Iterable[int] | None = None) -> list[Supervisor]:
    """Active supervisors with an e-mail address, with the departments they oversee."""
    members = (
        Membership.objects.filter(role=Role.SUPERVISOR, user__is_active=True)
        .exclude(Q(user__email="") | Q(user__email__isnull=True))
        .select_related("user")
        .order_by("pk")
    )
    if membership_ids is not None:
        members = members.filter(pk__in=list(membership_ids))
    members = list(members)
    overseen: dict[int, set[int]] = defaultdict(set)
    through = Membership.supervised_departments.through
    for membership_id, department_id in through.objects.filter(
        membership_id__in=[m.pk for m in members]
    ).values_list("membership_id", "department_id"):
        overseen[membership_id].add(department_id)
    return [
        Supervisor(
            membership_id=m.pk,
            user_id=m.user_id,
            email=normalize(m.user.email),
            name=m.user.get_full_name() or m.user.username,
            department_ids=rules.overseen(overseen.get(m.pk, ())),
        )
        for m in members
    ]
