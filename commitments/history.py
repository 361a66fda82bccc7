"""A history event's changes (``CommitmentEvent.changes``, ``{field: [old, new]}``) in
words: what the workspace's 办理记录 and the admin's event page show, one reading."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from commitments import people, rules
from commitments.choices import EventKind, Status
from commitments.models.workflow import MERGED_LABEL
from commitments.wording import listed

#: How a report's event points at its report (``services.reporting``): a link, not words.
REPORT_NOTE = "report:"

#: History field names in words.
FIELD_LABELS = {
    "status": gettext_lazy("状态"),
    "percent": gettext_lazy("完成百分比"),
    "deadline": gettext_lazy("完成时限"),
    "lead_owner": gettext_lazy("牵头单位"),
    "co_owners": gettext_lazy("配合单位"),
    "milestones": gettext_lazy("阶段节点"),
    "requested_deadline": gettext_lazy("申请延期至"),
    "text": gettext_lazy("原文"),
    "title": gettext_lazy("事项名称"),
    "official": gettext_lazy("责任领导"),
    "targets": gettext_lazy("量化指标"),
    "section": gettext_lazy("工作板块"),
    "removed_from_source": gettext_lazy("源文已删除"),
    "acknowledged_at": gettext_lazy("签收时间"),
    "acknowledged_by": gettext_lazy("签收人"),
    "completed_at": gettext_lazy("办结时间"),
    "excused_at": gettext_lazy("免报时间"),
    "department_merged": gettext_lazy(MERGED_LABEL),
    # a change of lead after the deadline: [None, {"id", "name", "deadline", "days"}]
    "overdue_lead": gettext_lazy("移交时已逾期"),  # [merged name, the unit it became]
}


def _moment(value: str) -> datetime.datetime | None:
    """An ISO date and time, or ``None`` for any other text (a history event
    may hold free text with a ``T`` in it)."""
    try:
        return parse_datetime(value)
    except ValueError:  # the shape of one, not a real time
        return None


#: A target's comparator as a change line writes it (``Comparator``'s values).
COMPARATOR_SIGNS = {">=": "≥", "<=": "≤", "=": ""}  # 新建公厕 12座, not 新建公厕 = 12座


def _target_words(entry: object) -> str | None:
    """A target as a re-import's history stores it (``[metric, value, unit, comparator]``,
    ``plan_import.stored.StoredTarget.key``; or a dict of those keys) in words:
    ``户厕改造 ≥ 300户``, ``新建公厕 12座``; ``None`` for anything else."""
    if isinstance(entry, dict) and "metric" in entry:
        entry = [entry.get(key) for key in ("metric", "value", "unit", "comparator")]
    if not isinstance(entry, list | tuple) or len(entry) != 4:
        return None
    metric, value, unit, comparator = (v if v is not None else "" for v in entry)
    sign = COMPARATOR_SIGNS.get(str(comparator), str(comparator))
    return " ".join(str(part) for part in (metric, sign, _with_unit(value, str(unit))) if part)


def _milestone_words(entry: object) -> str | None:
    """A milestone as histories store it (``{"due", "text"}`` from a correction,
    ``[due, text]`` from a re-import) in words: ``2027-01-10 完成选址``."""
    if isinstance(entry, dict) and "due" in entry:
        return f"{entry['due']} {entry.get('text', '')}".strip()
    if isinstance(entry, list | tuple) and len(entry) == 2:
        return f"{entry[0]} {entry[1]}".strip()
    return None


def value_words(field: str, value: object) -> str:
    """One side of a history change (``{field: [old, new]}``) in words: targets and
    milestones one by one (``_target_words``, ``_milestone_words``, joined by ；), units
    in a list (配合单位) by 、, a yes/no as 是/否, an empty value as —. The import
    review's diff (``plan_import.diff``) reads its changes with it too."""
    if isinstance(value, list | tuple):
        words = {"targets": _target_words, "milestones": _milestone_words}.get(field)
        if words is not None:
            parts = [words(entry) or _shown(entry) for entry in value]
            return _("；").join(parts) or NOTHING
        names = [entry.get("name") if isinstance(entry, dict) else entry for entry in value]
        if all(isinstance(name, str) for name in names):  # units: names or {"name", "id"}
            return listed(names) or NOTHING
    return _shown(value)


#: An empty side of a change as it reads (a first value reads as set: ``change_lines``).
NOTHING = "—"


def _shown(value: object) -> str:
    if value is None or value == "":
        return NOTHING
    if isinstance(value, bool):
        return _("是") if value else _("否")
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
            parts.append(_milestone_words(entry) or _shown(entry))
        return _("；").join(parts) or NOTHING
    return str(value)


#: A carry-over's pledge as its history event stores it (``services.carry_over``):
#: ``2025-01-03（2025）``, the code and the plan's year.
CARRIED_FROM = re.compile(r"^(?P<code>\S+)（(?P<year>\d{4})）$")


def _carried_from(value: object) -> object:
    """A carried-over pledge's code and year in the reader's language (English: no
    full-width brackets)."""
    match = CARRIED_FROM.match(value) if isinstance(value, str) else None
    if match is None:
        return value
    return _("%(code)s（%(year)s）") % match.groupdict()


def field_label(field: str) -> str:
    """A history field in words: ``FIELD_LABELS``, else the verbose name the
    model gives it (公开说明, 事项名称, …), else the name as stored."""
    if field in FIELD_LABELS:
        return str(FIELD_LABELS[field])
    from commitments.models import CarryOver, Commitment

    for model in (Commitment, CarryOver):
        try:
            found = model._meta.get_field(field)
        except FieldDoesNotExist:
            continue
        # A reverse relation (a commitment's targets, milestones) has no verbose name
        # of its own: its model's plural names it.
        name = getattr(found, "verbose_name", None)
        if name is None and found.related_model is not None:
            name = found.related_model._meta.verbose_name_plural
        return str(name or field)
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


#: Fields an event asks for rather than changes (an extension request's date): their row
#: has no old value (``change_lines``), read 申请延期至：2027-03-31, not as a change made.
ASKED_NOT_CHANGED = frozenset({"requested_deadline"})


def _overdue_lead_words(entry: dict) -> str:
    """A hand-over past the deadline in words:
    逾期8天（完成时限2026-11-29），逾期仍计入农业农村办."""
    return _("逾期%(days)s天（完成时限 %(deadline)s），逾期仍计入%(name)s") % {
        "days": entry.get("days", "?"),
        "deadline": entry.get("deadline", "—"),
        "name": entry.get("name", "—"),
    }


def change_lines(
    changes: object,
    targets: Iterable[Any] | None = None,
    asked_state: str = "",
    known: Mapping[str, str] | None = None,
) -> list[tuple[str, str, str]]:
    """``{field: [old, new]}`` of a history event as (label, old, new) rows; ``targets``
    (the commitment's) name its target values and give them their units. ``old`` is ""
    for what was asked, not changed (``ASKED_NOT_CHANGED``): the row reads label：new,
    with ``asked_state`` (the request's state in words) after it: 2027-03-31（待审核）;
    and for a first value, set where there was none (回复期限：2026-12-13, never
    回复期限：— → 2026-12-13). A value cleared keeps its old one (… → —). People stored by
    user name (签收人) read as their names (``people.person_name``): from ``known`` when
    the caller read them for all its events (``with_people``), else one query."""
    if not isinstance(changes, dict):
        return []
    named = {f"target:{t.pk}": t for t in targets or []}
    people = _people(changes) if known is None else known
    rows = []
    for field, pair in changes.items():
        old, new = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
        target = named.get(field)
        label = target.metric if target is not None else field_label(field)
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
        if field == "predecessor":
            old, new = (_carried_from(v) for v in (old, new))
        if field == "overdue_lead" and isinstance(new, dict):  # what the hand-over entailed
            rows.append((label, "", _overdue_lead_words(new)))
            continue
        if field in PERSON_FIELDS:  # stored as user names: the people's names
            old, new = (people.get(v, v) if isinstance(v, str) else v for v in (old, new))
        if field in ASKED_NOT_CHANGED:  # a request: what was asked, no old → new
            asked = value_words(field, new)
            if asked_state:
                asked = _("%(date)s（%(state)s）") % {"date": asked, "state": asked_state}
            rows.append((label, "", asked))
            continue
        before, after = value_words(field, old), value_words(field, new)
        if before == NOTHING and after != NOTHING:  # set, not changed from —
            before = ""
        rows.append((label, before, after))
    return rows


#: Fields a history stores as user names (``acknowledged_by``): read as the people's
#: names (``people.person_name``).
PERSON_FIELDS = frozenset({"acknowledged_by"})


def _stored_people(changes: object) -> list[str]:
    """The user names ``changes`` stores in ``PERSON_FIELDS``."""
    if not isinstance(changes, dict):
        return []
    return [
        value
        for field, pair in changes.items()
        if field in PERSON_FIELDS
        for value in (pair if isinstance(pair, list) else [pair])
    ]


def _people(changes: dict) -> dict[str, str]:
    """``{username: name}`` of the user names ``changes`` stores (one query, only for an
    event that names someone)."""
    stored = _stored_people(changes)
    return people.names_by_username(stored) if stored else {}


def with_people(events: list[Any]) -> list[Any]:
    """``events`` each with ``people``: ``{username: name}`` of the user names all of
    them store (签收人), read in one query for the lot (none when none names anyone), so
    a long history does not ask once per 签收 (``event_lines`` passes it on)."""
    stored = [
        name
        for event in events
        for changes in (event.changes, getattr(event, "report_changes", None))
        for name in _stored_people(changes)
    ]
    known = people.names_by_username(stored) if stored else {}
    for event in events:
        event.people = known
    return events


def report_id(event: Any) -> str | None:
    """The id of the report a 进度报送 event records, or ``None``."""
    note = event.note or ""
    if event.kind == EventKind.REPORTED and note.startswith(REPORT_NOTE):
        return note.removeprefix(REPORT_NOTE)
    return None


def note_shown(event: Any) -> str:
    """An event's note as a reader sees it: the system's in the reader's language, a
    report's link to its report never (its changes say what it reported)."""
    if (event.note or "").startswith(REPORT_NOTE):
        return ""
    if is_merge(event):  # its change line says it (单位合并：A → B); not twice
        return ""
    return event.shown_note


def is_merge(event: Any) -> bool:
    """A department merge's entry (``changes["department_merged"]``)."""
    changes = event.changes if isinstance(event.changes, dict) else {}
    return "department_merged" in changes


def co_owner_report_changes(reports: Iterable[Any]) -> dict[str, dict[str, list]]:
    """``{report id: {field: [old, new]}}`` of each co-owner's report among ``reports``
    (a commitment's, newest first, with ``target_values``): status, percent and target
    values that differ from its department's previous report (all of them on its first).
    A lead's report event keeps the commitment's own changes."""
    previous: dict[int, dict[str, object]] = {}
    out: dict[str, dict[str, list]] = {}
    for report in reversed(list(reports)):  # oldest first
        values: dict[str, object] = {"status": report.status, "percent": report.percent}
        for value in report.target_values.all():
            values[f"target:{value.target_id}"] = rules.plain_number(value.value)
        # Keyed by the department that filed it: a merge's moved reports are not the
        # unit's earlier values (a history entry says what happened then).
        filer = report.merged_from_id or report.department_id
        before = previous.get(filer, {})
        previous[filer] = values
        if report.is_lead:
            continue
        out[str(report.pk)] = {
            field: [before.get(field), new]
            for field, new in values.items()
            if before.get(field) != new
        }
    return out


#: How much of a report's 进展情况 its history line quotes.
SAID_CHARS = 60


def report_said(report: Any, changed: bool) -> list[str]:
    """What a report's history entry says besides its changes: its 进展情况, shortened,
    when it changed no field (an entry is never empty), and the evidence it added
    (``attachments`` prefetched or not; ``evidence``: its links)."""
    out = []
    narrative = " ".join((report.narrative or "").split())
    if len(narrative) > SAID_CHARS:
        narrative = narrative[:SAID_CHARS] + "…"
    if narrative and not changed:
        out.append(_("进展情况：%(text)s") % {"text": narrative})
    files, links = len(report.attachments.all()), len(report.evidence or ())
    if files:
        out.append(ngettext("佐证材料 %(n)s 个文件", "佐证材料 %(n)s 个文件", files) % {"n": files})
    if links:
        out.append(ngettext("佐证材料链接 %(n)s 个", "佐证材料链接 %(n)s 个", links) % {"n": links})
    return out


def with_report_changes(events: Iterable[Any], reports: Iterable[Any]) -> list[Any]:
    """``events`` with ``report_changes`` set on each co-owner's report event (its own
    values, not the commitment's), so that every page reads what each department reported,
    and ``report_said`` on each report event (``report_said``)."""
    events, reports = list(events), list(reports)
    own = co_owner_report_changes(reports)
    by_id = {str(report.pk): report for report in reports}
    for event in events:
        changes = own.get(report_id(event) or "")
        if changes:
            event.report_changes = changes
        report = by_id.get(report_id(event) or "")
        if report is not None:
            event.report_said = report_said(report, bool(changes or event.changes))
    return events


def event_lines(event: Any, targets: Iterable[Any] | None = None) -> list[tuple[str, str, str]]:
    """What an event changed in words: a co-owner's report its own values
    (``with_report_changes``), any other event the commitment's; an extension request's
    date with the request's state now (``with_request_states``): 2027-03-31（待审核）."""
    changes = getattr(event, "report_changes", None) or event.changes
    return change_lines(
        changes, targets, getattr(event, "request_state", ""), getattr(event, "people", None)
    )


def with_request_states(events: list[Any], requests: Iterable[Any]) -> list[Any]:
    """``request_state`` (待审核, 已批准, 已驳回, in words) on each extension request's
    event among ``events``: among ``requests`` (the commitment's; a queryset is read
    only when there is such an event) the one of its department and date filed nearest
    it."""
    asked = [e for e in events if e.kind == EventKind.EXTENSION_REQUESTED]
    if not asked:
        return events
    requests = list(requests)
    for event in asked:
        date = str(((event.changes or {}).get("requested_deadline") or [None, None])[-1])
        alike = [
            r
            for r in requests
            if r.department_id == event.department_id and r.requested_deadline.isoformat() == date
        ]
        if alike:
            near = min(alike, key=lambda r: abs((r.created_at - event.created_at).total_seconds()))
            event.request_state = near.get_state_display()
    return events


def in_words(events: Iterable[Any], commitment: Any) -> list[Any]:
    """A commitment's ``events`` ready to be read (``with_report_changes``), its reports
    read once when some event is a report's."""
    events = with_people(with_request_states(list(events), commitment.extension_requests.all()))
    if not any(report_id(event) for event in events):
        return events
    reports = commitment.reports.prefetch_related("target_values", "attachments").order_by(
        "-created_at", "-id"
    )
    return with_report_changes(events, reports)


def actor_words(event: Any) -> str:
    """Who acted, as a history line names them: the name, then the department or role
    (``actor_title``) unless the event's kind or the name already says it
    (督办人修改 · 张三, not 督办人修改 · 张三 · 督办人)."""
    if event.actor is None:
        return ""
    name = people.person_name(event.actor)
    title = event.actor_title
    said = f"{event.get_kind_display()} {name}".casefold()
    if not title or title.casefold() in said:
        return name
    return f"{name} · {title}"


def kept_fields(commitment: Any) -> list[str]:
    """The fields a re-import keeps (``Commitment.edited_fields``) in words, each with the
    step that last changed it as the history names it: ``完成时限（延期获批，2026-12-07）``,
    not a manual edit when an approved extension moved the deadline."""
    fields = list(commitment.edited_fields or [])
    if not fields:
        return []
    events = list(
        commitment.events.order_by("-created_at", "-pk").only("kind", "created_at", "changes")
    )
    lines = []
    for field in fields:
        label = field_label(field)
        event = next(
            (e for e in events if isinstance(e.changes, dict) and field in e.changes), None
        )
        if event is None:
            lines.append(label)
            continue
        when = rules.local_day(event.created_at).isoformat()
        lines.append(
            _("%(field)s（%(step)s，%(when)s）")
            % {"field": label, "step": event.get_kind_display(), "when": when}
        )
    return lines


def is_co_owner_report(event: Any) -> bool:
    """Whether the event is a co-owner's report (its values beside the commitment's)."""
    return bool(getattr(event, "report_changes", None))
