"""What the review page warns about before an import is confirmed (never blocks it)."""

from __future__ import annotations

import datetime

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from commitments.importer import ParsedCommitment, ParsedDocument
from commitments.services.plan_import.diff import PlanDiff
from commitments.wording import listed


def dated_anew(
    doc: ParsedDocument, stored: bool, change: PlanDiff | None
) -> list[ParsedCommitment]:
    """The document's pledges whose deadline confirming the import sets: every one for a
    new plan (``stored`` false); for a plan it updates, the pledges it adds and those whose
    deadline it changes (``change``, the diff; none without one: the same file again).
    A stored pledge keeping its deadline is not among them: if that date is past, it is
    already overdue, not made so by the import."""
    if not stored:
        return list(doc.commitments())
    if change is None:
        return []
    fresh = {id(a.item) for a in change.added}
    fresh |= {id(u.item) for u in change.updates if "deadline" in u.changes}
    return [c for c in doc.commitments() if id(c) in fresh]


def past_due(item: ParsedCommitment, today: datetime.date) -> str | None:
    """The warning for a pledge whose deadline is already past on the day of import:
    once confirmed it is overdue (红灯) at once."""
    if item.deadline is None or item.deadline >= today:
        return None
    return _("已过完成时限（%(date)s，早于今天 %(today)s）：确认导入后即为逾期，请核对") % {
        "date": item.deadline.isoformat(),
        "today": today.isoformat(),
    }


def past_due_summary(items: list[ParsedCommitment], today: datetime.date) -> str | None:
    """One line for the page's warnings: how many pledges are past due, and which."""
    late = [c.code for c in items if past_due(c, today)]
    if not late:
        return None
    shown = listed(late[:10]) + ("…" if len(late) > 10 else "")
    return ngettext(
        "%(n)d 项已过完成时限（早于今天 %(today)s）：%(codes)s；确认导入后即为逾期",
        "%(n)d 项已过完成时限（早于今天 %(today)s）：%(codes)s；确认导入后即为逾期",
        len(late),
    ) % {
        "n": len(late),
        "today": today.isoformat(),
        "codes": shown,
    }
