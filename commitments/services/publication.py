"""Publishing a plan on the public promise meter (政府承诺兑现公示, SPEC §4c).

A plan is private until an administrator switches it public; what the public
sees of each pledge is derived from the ledger (``reports.public``), plus the
``public_note`` a supervisor wrote for it (``supervision.update_commitment``)
and the evidence files a supervisor marked public (``set_attachment_public``).
"""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import transaction
from django.utils.translation import gettext as _

from commitments import access
from commitments.choices import EventKind
from commitments.errors import Forbidden
from commitments.models import Attachment, CommitmentEvent, Plan


def set_plan_public(user: User, plan_id: int, public: bool) -> Plan:
    """Switch the public page of plan ``plan_id`` on or off; administrators only.

    Raises ``errors.Forbidden`` for anyone else and ``Plan.DoesNotExist`` for
    an unknown id. Idempotent: setting the current value writes nothing.
    """
    if not access.is_admin(user):
        raise Forbidden("not_admin", _("只有管理员可以公开或撤回工作计划"))
    with transaction.atomic():
        plan = Plan.objects.select_for_update().defer("source_text").get(pk=plan_id)
        if plan.public != public:
            plan.public = public
            plan.save(update_fields=["public", "updated_at"])
    return plan


def set_attachment_public(user: User, attachment_id: int, public: bool) -> Attachment:
    """Mark an evidence file public (downloadable from the promise meter once its
    plan is published) or private again; supervisors of the commitment and
    administrators only (``errors.Forbidden`` otherwise; ``Attachment.DoesNotExist``
    for an unknown id). The change is kept in the commitment's history."""
    with transaction.atomic():
        attachment = (
            Attachment.objects.select_for_update(of=("self",))
            .select_related("commitment")
            .get(pk=attachment_id)
        )
        if not access.can_supervise(user, attachment.commitment):
            raise Forbidden("not_supervisor", _("只有督办该事项牵头单位的督办人可以公开佐证材料"))
        if attachment.public != public:
            attachment.public = public
            attachment.save(update_fields=["public"])
            CommitmentEvent.objects.create(
                commitment=attachment.commitment,
                kind=EventKind.EDITED,
                actor=user,
                changes={"public_attachment": [attachment.name, public]},
            )
    return attachment
