"""Small template helpers of the workspace pages."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django import template
from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from commitments import access, rules
from commitments.choices import Status

register = template.Library()

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


@register.filter
def may_use_admin(user) -> bool:
    """Whether the top bar links to ``/admin/`` for ``user`` (the middleware's rule)."""
    return access.may_use_admin(user)


@register.filter
def http_link(value: object) -> str:
    """The address if it is http(s), else empty: nothing else becomes a link."""
    text = str(value or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else ""


@register.filter
def plain_number(value: Decimal | None) -> str:
    """A target's quantity as written (``rules.plain_number``); empty for none."""
    return "" if value is None else rules.plain_number(value)


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


@register.filter
def change_lines(changes: object, targets: object = None) -> list[tuple[str, str, str]]:
    """``{field: [old, new]}`` of a history event as (label, old, new) rows."""
    if not isinstance(changes, dict):
        return []
    names = {f"target:{t.pk}": t.metric for t in targets or []}
    rows = []
    for field, pair in changes.items():
        old, new = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
        label = names.get(field) or _field_label(field)
        if field.startswith("target:") and field not in names:
            label = _("量化指标")
        if field == "public_attachment":  # [file name, now public?]
            label = _("佐证材料“%(name)s”") % {"name": old}
            old, new = (_("公开") if v else _("不公开") for v in (not new, new))
        if field == "status":
            old, new = (_status_label(v) for v in (old, new))
        rows.append((label, _shown(old), _shown(new)))
    return rows


@register.filter
def month_name(day: datetime.date) -> str:
    """The month of ``day`` by name (11月, November): ``rules.month_name``."""
    return rules.month_name(day.month)


@register.filter
def filesize(size: int) -> str:
    if size is None:
        return ""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
