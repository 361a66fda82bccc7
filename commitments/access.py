"""Who may do what: one place for the role rules every view and service uses.

Department staff read everything and write only on commitments their
department leads or co-owns. Supervisors oversee the departments listed on
their membership (all of them when none is listed) and decide; they do not
file reports in a department's name. Administrators can do what supervisors
can, and import plans.
"""

from __future__ import annotations

from django.db.models import QuerySet

from commitments import rules
from commitments.choices import Role
from commitments.models import Commitment, Department, Membership


def membership_of(user) -> Membership | None:
    if user is None or not user.is_authenticated:
        return None
    try:
        return user.membership
    except Membership.DoesNotExist:
        return None


def role_of(user) -> str | None:
    membership = membership_of(user)
    if membership is None:
        return Role.ADMIN if getattr(user, "is_superuser", False) else None
    return membership.role


def is_admin(user) -> bool:
    return role_of(user) == Role.ADMIN


def may_use_admin(user) -> bool:
    """Administrators (and superusers) use ``/admin/``; everyone else is sent to the workspace."""
    return bool(user.is_authenticated and (user.is_superuser or is_admin(user)))


def is_supervisor(user) -> bool:
    """Supervisors and administrators."""
    return role_of(user) in (Role.SUPERVISOR, Role.ADMIN)


def department_of(user) -> Department | None:
    """The department a staff member acts for (None for other roles)."""
    membership = membership_of(user)
    if membership is None or membership.role != Role.STAFF:
        return None
    return membership.department


def supervised_department_ids(user) -> set[int] | None:
    """Departments a supervisor oversees; ``None`` means all of them."""
    membership = membership_of(user)
    if membership is None:
        return None if getattr(user, "is_superuser", False) else set()
    if membership.role == Role.ADMIN:
        return None
    if membership.role != Role.SUPERVISOR:
        return set()
    # Read with the API token (``commitments.api.authentication``): no query of its own.
    listed = getattr(membership, "listed_department_ids", None)
    if listed is None:
        listed = membership.supervised_departments.values_list("id", flat=True)
    overseen = rules.overseen(listed)
    return None if overseen is None else set(overseen)


def can_report(user, commitment: Commitment) -> bool:
    """Staff of the lead owner or of a co-owner."""
    department = department_of(user)
    return department is not None and department.pk in commitment.owner_ids()


def is_lead(user, commitment: Commitment) -> bool:
    department = department_of(user)
    return department is not None and department.pk == commitment.lead_owner_id


def can_supervise(user, commitment: Commitment) -> bool:
    """A supervisor who oversees the commitment's lead owner, or an admin."""
    if not is_supervisor(user):
        return False
    ids = supervised_department_ids(user)
    return ids is None or commitment.lead_owner_id in ids


def writable_by(user, queryset: QuerySet[Commitment]) -> QuerySet[Commitment]:
    """The commitments of ``queryset`` that ``user`` may report on."""
    department = department_of(user)
    if department is None:
        return queryset.none()
    return queryset.filter(rules.owned_by(department.pk))


def supervisors_of(department: Department) -> QuerySet:
    """Supervisor memberships that oversee ``department`` (explicitly or all)."""
    return (
        Membership.objects.filter(role=Role.SUPERVISOR)
        .filter(rules.supervisors_of(department.pk))
        .distinct()
        .select_related("user")
    )


def owning_department(user, commitment: Commitment) -> Department | None:
    """The department ``user`` acts for, if it leads or co-owns ``commitment``.

    The workflow records which department took a step (签收, 延期申请), so it
    needs the department itself, not just a yes/no.
    """
    department = department_of(user)
    if department is None or department.pk not in commitment.owner_ids():
        return None
    return department


def can_read(user, commitment: Commitment) -> bool:
    """Whether ``user`` may read ``commitment``: the rule of
    ``Commitment.objects.visible_to`` (SPEC §1: anyone signed in reads every
    commitment; staff write only to their own)."""
    return Commitment.objects.visible_to(user).filter(pk=commitment.pk).exists()


def can_read_evidence(user, commitment: Commitment) -> bool:
    """Evidence files go with the commitment (SPEC §4b: an attachment's ``url``
    downloads the file for users who may read the commitment), in the API and on
    the pages alike."""
    return can_read(user, commitment)
