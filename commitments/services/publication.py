"""Publishing a plan on the public promise meter (政府承诺兑现公示, SPEC §4c).

A plan is private until an administrator switches it public; what the public
sees of each pledge is derived from the ledger (``reports.public``), plus the
``public_note`` a supervisor wrote for it (``supervision.update_commitment``).
"""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import transaction
from django.utils.translation import gettext as _

from commitments import access
from commitments.errors import Forbidden
from commitments.models import Plan


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
