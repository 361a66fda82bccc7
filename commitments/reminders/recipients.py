"""Who receives what: department mailboxes, staff, supervisors and group robots.

A department is reached at its ``contact_emails``, at the e-mail of each
active staff member and at its group robots; a supervisor at their user's
e-mail and their robots. Addresses are compared in lower case, so one mailbox
written two ways gets one message.

Stored data is checked again here (the admin validates it too): an address
that is not one (too long, malformed, a number where the list belongs) is
kept with its ``problem``, so that it becomes one failed, visible
Notification while every other message goes out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models import Q
from django.utils.translation import gettext

from commitments import rules
from commitments.choices import NotificationChannel, Role
from commitments.models import Department, Membership, RobotChannel
from commitments.people import person_name

EMAIL = NotificationChannel.EMAIL
MAX_EMAIL = 254  # RFC 5321's limit on a forward path
SHOWN = 300  # how much of a broken value a Notification keeps


def normalize(email: str) -> str:
    return email.strip().lower()


@dataclass(frozen=True)
class Address:
    """Where one message goes: a channel and the recipient on it."""

    recipient: str
    channel: str = EMAIL
    user_id: int | None = None
    robot_id: int | None = None
    #: why this recipient cannot be reached ("" when it can)
    problem: str = ""

    @property
    def email(self) -> str:
        return self.recipient


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


def check_email(value: object) -> Address:
    """An e-mail Address, with its problem if it is not a deliverable address."""
    if not isinstance(value, str):
        return Address(repr(value)[:SHOWN], problem=gettext("收件地址不是文本：%r") % (value,))
    email = normalize(value)
    if len(email) > MAX_EMAIL:
        return Address(
            email[:SHOWN], problem=gettext("收件地址超过%(max)d个字符") % {"max": MAX_EMAIL}
        )
    try:
        validate_email(email)
    except ValidationError:
        return Address(email[:SHOWN], problem=gettext("收件地址格式不正确"))
    return Address(email)


def compile_checks() -> None:
    """Compile the patterns ``check_email`` matches with, now.

    Django compiles its e-mail validator's patterns on the first address it
    checks: ~25–30 ms of CPU (the domain pattern's Unicode ranges), paid by
    every Celery pool process in its first task that reads addresses — the
    sweep task's planning, before any chunk is queued, and each first chunk.
    The worker calls this before it forks its pool (``tracker.celery``), so
    the processes inherit the compiled patterns (docs/benchmarks.md, eleventh
    round)."""
    check_email("compile@example.com")


def contact_addresses(value: object) -> list[Address]:
    """A department's ``contact_emails`` as addresses; a value that is not a list
    is one broken address."""
    if value in (None, "", []):
        return []
    if not isinstance(value, list | tuple):
        return [check_email(value)]
    return [check_email(item) for item in value]


def robot_addresses(
    departments: Iterable[int] | None = None, users: Iterable[int] | None = None
) -> tuple[dict[int, list[Address]], dict[int, list[Address]]]:
    """Active robots per department id and per user id."""
    robots = RobotChannel.objects.filter(is_active=True)
    if departments is not None or users is not None:
        robots = robots.filter(
            Q(department_id__in=list(departments or ())) | Q(user_id__in=list(users or ()))
        )
    by_department: dict[int, list[Address]] = defaultdict(list)
    by_user: dict[int, list[Address]] = defaultdict(list)
    for pk, platform, recipient, department_id, user_id in robots.order_by("pk").values_list(
        "pk", "platform", "recipient", "department_id", "user_id"
    ):
        address = Address(recipient, platform, user_id, pk)
        if department_id is not None:
            by_department[department_id].append(address)
        else:
            by_user[user_id].append(address)
    return by_department, by_user


def department_addresses(department_ids: Iterable[int] | None = None) -> dict[int, list[Address]]:
    """Addresses of each active department (all of them when ``department_ids`` is None):
    e-mail first, then robots."""
    departments = Department.objects.active()
    staff = Membership.objects.filter(
        role=Role.STAFF, user__is_active=True, department__is_active=True
    ).exclude(user__email="")
    ids = None if department_ids is None else list(department_ids)
    if ids is not None:
        departments = departments.filter(pk__in=ids)
        staff = staff.filter(department_id__in=ids)
    book: dict[int, dict[str, Address]] = defaultdict(dict)
    for pk, emails in departments.values_list("pk", "contact_emails"):
        book[pk]  # a department without any address still appears
        for address in contact_addresses(emails):
            book[pk].setdefault(address.recipient, address)
    for pk, user_id, email in staff.values_list("department_id", "user_id", "user__email"):
        address = check_email(email)
        book[pk][address.recipient] = Address(
            address.recipient, EMAIL, user_id, None, address.problem
        )
    robots, _ = robot_addresses(departments=list(book), users=[])
    return {
        pk: sorted(addresses.values(), key=lambda a: a.recipient) + robots.get(pk, [])
        for pk, addresses in book.items()
    }


def supervisors(membership_ids: Iterable[int] | None = None) -> list[Supervisor]:
    """Active supervisors with an e-mail address or a robot, with the departments
    they oversee."""
    with_robot = RobotChannel.objects.filter(is_active=True, user__isnull=False).values("user_id")
    members = (
        Membership.objects.filter(role=Role.SUPERVISOR, user__is_active=True)
        .filter(~(Q(user__email="") | Q(user__email__isnull=True)) | Q(user_id__in=with_robot))
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
            email=normalize(m.user.email or ""),
            name=person_name(m.user),
            department_ids=rules.overseen(overseen.get(m.pk, ())),
        )
        for m in members
    ]


def supervisor_addresses(people: Iterable[Supervisor]) -> dict[int, list[Address]]:
    """Addresses of each supervisor (membership id): e-mail, then robots."""
    people = list(people)
    _, robots = robot_addresses(departments=[], users=[p.user_id for p in people])
    book: dict[int, list[Address]] = {}
    for person in people:
        found = []
        if person.email:
            address = check_email(person.email)
            found.append(Address(address.recipient, EMAIL, person.user_id, None, address.problem))
        book[person.membership_id] = found + robots.get(person.user_id, [])
    return book
