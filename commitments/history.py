"""A history event's changes (``CommitmentEvent.changes``, ``{field: [old, new]}``) in
words: what the workspace's 办理记录 and the admin's event page show, one reading."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from commitments import rules
from commitments.choices import Status

#: History field names in words.
FIELD_LABELS = {
    "status": _lazy("状态"),
    "percent": _lazy("完成百分比"),
    "deadline": _lazy("完成时限"),
    "lead_owner": _lazy("牵头单位"),
    "co_owners": _lazy("配合单位"),
    "milestones": _lazy("阶段节点"),
    "requested_deadline": _lazy("申请延至"),
    "acknowledged_at": _lazy("签收时间"),
    "acknowledged_by": _lazy("签收人"),
    "completed_at": _lazy("办结时间"),
    "excused_at": _lazy("免报时间"),
}


def _moment(value: str) -> datetime.datetime | None:
    """An ISO date and time, or ``None`` for any other text (a history event
    may hold free text with a ``T`` in it)."""
    try:
        return parse_datetime(value)
    except ValueError:  # the shape of one, not a real time
        return None


def _shown(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, str) and "T" in value and (moment := _moment(value)):
        # A time in a history event (签收时间, 办结时间) as the pages show times.
        if timezone.is_aware(moment):
            moment = timezone.localtime(moment)
        return f"{moment:%Y-%m-%d %H:%M}"
    if isinstance(value, dict):
        return str(value.get("name") or value.get("text") or value)
    if isinstance(value, list):
        parts = []
        for entry in value:
            if isinstance(entry, dict) and "due" in entry:
                parts.append(f"{entry['due']} {entry.get('text', '')}")
            else:
                parts.append(_shown(entry))
        return _("；").join(parts) or "—"
    return str(value)


def _field_label(field: str) -> str:
    """A history field in words: ``FIELD_LABELS``, else the verbose name the
    model gives it (公开说明, 事项名称, …), else the name as stored."""
    if field in FIELD_LABELS:
        return str(FIELD_LABELS[field])
    from commitments.models import CarryOver, Commitment

    for model in (Commitment, CarryOver):
        try:
            return str(model._meta.get_field(field).verbose_name)
        except FieldDoesNotExist:
            continue
    return field


def _status_label(value: object) -> object:
    return Status(value).label if value in Status.values else value


def _with_unit(value: object, unit: str) -> object:
    """A number as written with its unit (``30.0000`` → ``30个``); else as it is."""
    if value is None or value == "" or isinstance(value, bool):
        return value
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return value
    if not number.is_finite():
        return value
    return f"{rules.plain_number(number)}{unit}"


def change_lines(
    changes: object, targets: Iterable[Any] | None = None
) -> list[tuple[str, str, str]]:
    """``{field: [old, new]}`` of a history event as (label, old, new) rows; ``targets``
    (the commitment's) name its target values and give them their units."""
    if not isinstance(changes, dict):
        return []
    named = {f"target:{t.pk}": t for t in targets or []}
    rows = []
    for field, pair in changes.items():
        old, new = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
        target = named.get(field)
        label = target.metric if target is not None else _field_label(field)
        if field.startswith("target:") and target is None:
            label = _("量化指标")
        if target is not None:
            old, new = (_with_unit(v, target.unit) for v in (old, new))
        if field == "percent":
            old, new = (_with_unit(v, "%") for v in (old, new))
        if field == "public_attachment":  # [file name, now public?]
            label = _("佐证材料“%(name)s”") % {"name": old}
            old, new = (_("公开") if v else _("不公开") for v in (not new, new))
        if field == "status":
            old, new = (_status_label(v) for v in (old, new))
        rows.append((label, _shown(old), _shown(new)))
    return rows
