"""Loading the department catalog (责任单位及关键词规则)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import F, OuterRef, ProtectedError, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from commitments.department_lists import VALIDATORS
from commitments.errors import Invalid
from commitments.models import Department

DEFAULT_CATALOG = Path(__file__).resolve().parent.parent / "data" / "departments.yaml"
FIELDS = ("short_name", "aliases", "keywords", "priority", "contact_emails", "is_default")


class CatalogError(Invalid):
    """The catalog file cannot be used; nothing was written."""

    def __init__(self, message: str) -> None:
        super().__init__("catalog_invalid", message)


@dataclass
class CatalogResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def read_catalog(path: Path) -> list[dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogError(
            _("无法读取目录文件 %(file)s：%(error)s") % {"file": path.name, "error": exc}
        ) from exc
    try:
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise CatalogError(
            _("目录文件 %(file)s 格式错误：%(error)s") % {"file": path.name, "error": exc}
        ) from exc
    entries = data.get("departments") if isinstance(data, dict) else data
    if not isinstance(entries, list) or not entries:
        raise CatalogError(_("目录文件 %(file)s 中没有 departments 列表") % {"file": path.name})
    names = set()
    for entry in entries:
        if not isinstance(entry, dict) or not str(entry.get("name", "")).strip():
            raise CatalogError(_("目录文件 %(file)s 中有缺少 name 的单位") % {"file": path.name})
        if entry["name"] in names:
            raise CatalogError(
                _("目录文件 %(file)s 中单位重复：%(name)s")
                % {"file": path.name, "name": entry["name"]}
            )
        names.add(entry["name"])
        for key, validate in VALIDATORS.items():
            try:
                validate(entry.get(key, []))
            except ValidationError as exc:
                raise CatalogError(
                    _("单位 %(name)s 的 %(key)s 有误：%(errors)s")
                    % {"name": entry["name"], "key": key, "errors": _("；").join(exc.messages)}
                ) from exc
    if sum(1 for e in entries if e.get("is_default")) > 1:
        raise CatalogError(_("目录文件 %(file)s 中只能有一个默认单位") % {"file": path.name})
    return entries


def importer_entries(path: Path = DEFAULT_CATALOG) -> list[Any]:
    """The catalog file's departments as the importer reads them (``CatalogEntry``), without
    the database: for parsing stored documents against the shipped catalog (the bench's
    parse dumps, the importer's scored test sets)."""
    from commitments.importer import CatalogEntry

    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["departments"]
    return [
        CatalogEntry(
            name=e["name"],
            short_name=e.get("short_name", ""),
            aliases=tuple(e.get("aliases", [])),
            keywords=tuple(e.get("keywords", [])),
            priority=e.get("priority", 0),
            is_default=e.get("is_default", False),
        )
        for e in entries
    ]


@transaction.atomic
def load_catalog(path: Path = DEFAULT_CATALOG, update: bool = False) -> CatalogResult:
    """Create the catalog's departments; safe to run again.

    Existing departments keep what administrators edited in admin unless
    ``update`` asks to reset them to the file.
    """
    entries = read_catalog(path)
    result = CatalogResult()
    wants_default = any(e.get("is_default") for e in entries)
    has_default = Department.objects.filter(is_default=True).exists()
    for entry in entries:
        values = {key: entry[key] for key in FIELDS if key in entry}
        values.setdefault("short_name", "")
        if values.get("is_default") and has_default and not update:
            values["is_default"] = False
        department = Department.objects.filter(name=entry["name"]).first()
        if department is None:
            Department.objects.create(name=entry["name"], **values)
            result.created += 1
            continue
        if not update:
            result.unchanged += 1
            continue
        if values.get("is_default"):
            Department.objects.filter(is_default=True).exclude(pk=department.pk).update(
                is_default=False
            )
        changed = [k for k, v in values.items() if getattr(department, k) != v]
        for key in changed:
            setattr(department, key, values[key])
        if changed:
            department.save()
            result.updated += 1
        else:
            result.unchanged += 1
    if wants_default and not Department.objects.filter(is_default=True).exists():
        raise CatalogError(_("没有默认单位"))
    return result


def confirm_departments(departments: QuerySet[Department]) -> int:
    """A supervisor confirms departments an import created: they stay as they are."""
    return departments.filter(needs_review=True).update(needs_review=False)


#: The transaction-local setting that lets the append-only trigger re-point a merged
#: department's reports (migration 0022): ``"<source id>:<target id>"``.
MERGE_SETTING = "commitments.merge"


@dataclass
class MergeResult:
    """What one merge moved (the admin's confirmation says so)."""

    source: str
    target: str
    commitments: int = 0  # pledges led or co-owned by the merged department
    accounts: int = 0  # its clerks' memberships, and supervisors who listed it
    reports: int = 0  # reports it filed, now the target's (each names it as merged_from)
    acknowledgements: int = 0  # its 签收 of pledges, now the target's
    requests: int = 0  # its extension and closure requests (pending or decided)
    retired: bool = False  # kept as a retired record (its reports or e-mails name it)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


#: A merge's steps, in order, as it tells ``progress`` (its job's page names them).
MERGE_STEPS = ("lock", "pledges", "reports", "history", "counts")


def check_merge(source: Department, target: Department) -> None:
    """The merge's refusals (``CatalogError``): into itself, of or into a retired
    department. Checked when the administrator confirms, and again in the merge."""
    if source.pk == target.pk:
        raise CatalogError(_("不能把单位合并到它自己"))
    if not source.is_active:
        raise CatalogError(_("单位“%(name)s”已停用，无需合并") % {"name": source.name})
    if not target.is_active:
        raise CatalogError(
            _("单位“%(name)s”已停用，不能把其他单位合并进来") % {"name": target.name}
        )


def alias_target(department: Department) -> Department | None:
    """The active unit that lists ``department``'s name as an alias (the admin's way
    to say which unit a department really is)."""
    return next(
        (
            d
            for d in Department.objects.active().exclude(pk=department.pk)
            if department.name in (d.aliases or [])
        ),
        None,
    )


@transaction.atomic
def merge_department(
    source: Department,
    target: Department,
    actor: Any = None,
    on_step: Callable[[str], None] | None = None,
) -> MergeResult:
    """Merge ``source`` into ``target``, the unit it really is (one transaction).

    The two records were one unit, so everything ``source`` owns and did becomes
    ``target``'s: its commitments and co-ownerships (a co-ownership ``target``
    already holds goes), its clerks' accounts, supervisors' listings of it, its
    group robots (where ``target`` has none on that platform), contact e-mails,
    and its names (aliases of ``target``, so the next import maps them) and keyword rules
    (``target``'s too, so the next import's keyword pass picks ``target`` where it picked
    ``source``); and its
    progress reports, its 签收 (acknowledgement events) and its extension and
    closure requests, pending or decided. Reports stay append-only: they are
    re-pointed through the one path the database allows (migration 0022), each
    keeping its filer, its content and the department that filed it
    (``merged_from``); where both filed for one commitment and period, both
    stay and the latest counts, as for any two reports. Where ``target`` now leads
    a pledge the other record co-owned, it is not its own co-owner, and the unit's
    co-owner reports on it count as the lead's (``lead_by_merge``, migration 0023):
    the pledge follows the unit's latest report (``reporting.apply_lead_report``).
    Each commitment that moved or whose reports moved gets a 单位合并 history event
    (with what the merge changed on it: its 配合单位 where a co-ownership moved or
    went, ``{"co_owners": [old, new]}``, and the status and percent the unit's reports
    now give). History is not reworded: ``source``'s events (签收, reports, requests,
    decisions about it) are re-pointed like its reports, each naming ``source`` as
    ``merged_from`` (“农业农村办（原水利站）”). The kept counts
    (reminders, first-report tallies, roll-ups) are brought to what the ledger
    now says for both departments.

    The e-mail ledger (``Notification``) stays under ``source``: it records what
    was sent, to whom, about whom, at the time. So ``source`` is kept as a
    retired record (``is_active`` off, owning and due nothing, no row on the
    scorecard) while reports, history events or e-mails name it, and deleted
    otherwise. Refusals (``check_merge``: into itself, of or into a retired
    department) are ``CatalogError``, raised before anything is written.
    ``on_step`` is told each step (``MERGE_STEPS``) as it starts.
    """
    from commitments import rules
    from commitments.choices import EventKind
    from commitments.models import (
        ClosureRequest,
        Commitment,
        CommitmentEvent,
        CoOwnership,
        ExtensionRequest,
        Membership,
        Notification,
        ProgressReport,
        RobotChannel,
    )
    from commitments.models.workflow import MERGED_NOTE
    from commitments.reminders import kept_counts
    from commitments.services.first_reports import rebuild_first_report_tallies

    step = on_step or (lambda _step: None)
    step("lock")
    # The commitments whose shares move, locked first (as each workflow step and each
    # filing locks its commitment, and a report's kept-count trigger too, migration
    # 0027): a report filed on one of them meanwhile waits for the merge and then sees
    # the moved reports (and a clerk of ``source`` is refused,
    # ``workflow.ensure_department_current``), or the merge waits for it. Row locks: a
    # department with 60k reports takes no entry of PostgreSQL's shared lock table.
    acks = CommitmentEvent.objects.filter(kind=EventKind.ACKNOWLEDGED, department=source)
    touched = (
        Commitment.objects.filter(
            rules.owned_by(source.pk)
            | Q(reports__department=source)
            | Q(pk__in=acks.values("commitment_id"))
            | Q(extension_requests__department=source)
            | Q(closure_requests__department=source)
            | Q(overdue_lead=source)
        )
        .values("pk")
        .distinct()
    )
    list(
        Commitment.objects.filter(pk__in=touched)
        .order_by("pk")
        .select_for_update(no_key=True)
        .values_list("pk", flat=True)
    )
    source = Department.objects.select_for_update().get(pk=source.pk)
    target = Department.objects.select_for_update().get(pk=target.pk)
    check_merge(source, target)
    step("pledges")
    result = MergeResult(source=source.name, target=target.name)
    led = list(Commitment.objects.filter(lead_owner=source).values_list("pk", flat=True))
    rows = CoOwnership.objects.filter(department=source)
    co_owned = list(rows.values_list("commitment_id", flat=True))
    co_owned_or_led = led + co_owned
    co_owners_before = _co_owner_names(co_owned_or_led)
    Commitment.objects.filter(pk__in=led).update(lead_owner=target)
    # A deadline the merged unit missed before handing the pledge on is the unit's it
    # became (SPEC §2 牵头单位变更: its 逾期 counts against it).
    Commitment.objects.filter(overdue_lead=source).update(overdue_lead=target)
    # ... unless it now leads the pledge itself: its 逾期 is plainly its own again.
    Commitment.objects.filter(lead_owner=target, overdue_lead=target).update(overdue_lead=None)
    # The lead is never its own co-owner (SPEC §4a): the unit's co-ownership of a
    # pledge it now leads goes.
    CoOwnership.objects.filter(department=target, commitment_id__in=led).delete()
    rows.filter(commitment__in=Commitment.objects.owned_by(target)).delete()  # no duplicates
    rows.update(department=target)
    result.commitments = len(dict.fromkeys(led + co_owned))
    result.accounts = Membership.objects.filter(department=source).update(department=target)
    listing = Membership.objects.filter(supervised_departments=source)
    for membership in listing:
        membership.supervised_departments.add(target)
        membership.supervised_departments.remove(source)
        result.accounts += 1
    taken = set(RobotChannel.objects.filter(department=target).values_list("platform", flat=True))
    RobotChannel.objects.filter(department=source).exclude(platform__in=taken).update(
        department=target
    )
    reported = list(
        ProgressReport.objects.filter(department=source)
        .values_list("commitment_id", flat=True)
        .distinct()
    )
    step("reports")
    result.reports, now_lead = _repoint_reports(source, target, led)
    progress = _follow_lead_reports(now_lead)
    step("history")
    acknowledged = list(acks.values_list("commitment_id", flat=True))
    result.acknowledgements = len(acknowledged)
    # Its history entries are the unit's now, each naming who acted then, as its
    # reports do: a 签收 is also state (who acknowledged), and the entry of a report or
    # a request names the department the report or request now names.
    CommitmentEvent.objects.filter(department=source).update(
        department=target, merged_from=Coalesce(F("merged_from"), Value(source.pk))
    )
    _lead_acknowledged(target, acknowledged)
    # Its requests too, each naming the department that asked (as its reports do).
    formerly = {"department": target, "merged_from": Coalesce(F("merged_from"), Value(source.pk))}
    result.requests = ExtensionRequest.objects.filter(department=source).update(
        **formerly
    ) + ClosureRequest.objects.filter(department=source).update(**formerly)
    co_owners_after = _co_owner_names(co_owned_or_led)
    co_owner_changes = {
        pk: {"co_owners": [co_owners_before.get(pk, []), co_owners_after.get(pk, [])]}
        for pk in dict.fromkeys(co_owned_or_led)
        if co_owners_before.get(pk, []) != co_owners_after.get(pk, [])
    }
    CommitmentEvent.objects.bulk_create(
        CommitmentEvent(
            commitment_id=pk,
            kind=EventKind.DEPARTMENT_MERGED,
            actor=actor,
            changes={
                "department_merged": [source.name, target.name],
                **co_owner_changes.get(pk, {}),
                **progress.get(pk, {}),
            },
            note=MERGED_NOTE % {"source": source.name, "target": target.name},
        )
        for pk in dict.fromkeys(led + co_owned + reported)
    )
    step("counts")
    if result.reports or now_lead or led:
        rebuild_first_report_tallies([source.pk, target.pk])
        kept_counts.recount_departments([source.pk, target.pk])
    named = (
        ProgressReport.objects.filter(merged_from=source).exists()
        or CommitmentEvent.objects.filter(Q(merged_from=source) | Q(department=source)).exists()
        or Notification.objects.filter(department=source).exists()
    )
    names = dict.fromkeys([*target.aliases, source.name, *source.aliases])
    target.aliases = [n for n in names if n != target.name]
    target.contact_emails = list(dict.fromkeys([*target.contact_emails, *source.contact_emails]))
    # its keyword rules too: a pledge that names no unit goes where the retired unit's
    # words sent it, so a re-import assigns the merged unit's pledges as the ledger has them
    target.keywords = list(dict.fromkeys([*(target.keywords or []), *(source.keywords or [])]))
    default = source.is_default
    if not named:
        try:
            with transaction.atomic():
                source.delete()
        except ProtectedError:  # something else names it: kept, as below
            named = True
    if named:
        source.is_active = source.is_default = source.needs_review = False
        source.aliases, source.contact_emails, source.keywords = [], [], []
        source.save()
    result.retired = named
    target.is_default = target.is_default or default
    target.save()
    return result


def _co_owner_names(commitment_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """The co-owners of these commitments as a history stores them: commitment id →
    ``[{"id", "name"}, …]`` in unit id order (as a supervisor's change writes them);
    commitments with none are left out."""
    from commitments.models import CoOwnership

    out: dict[int, list[dict[str, Any]]] = {}
    rows = (
        CoOwnership.objects.filter(commitment_id__in=commitment_ids)
        .order_by("commitment_id", "department_id")
        .values_list("commitment_id", "department_id", "department__name")
    )
    for commitment_id, department_id, name in rows:
        out.setdefault(commitment_id, []).append({"id": department_id, "name": name})
    return out


def _lead_acknowledged(target: Department, commitment_ids: list[int]) -> None:
    """Where ``target`` now leads a commitment it had not acknowledged as lead but the
    merged department had (as a co-owner), the commitment is acknowledged as of that
    签收: the lead's is what the unacknowledged reminders and lists read."""
    from commitments.choices import EventKind
    from commitments.models import Commitment, CommitmentEvent

    waiting = Commitment.objects.filter(
        pk__in=commitment_ids, lead_owner=target, acknowledged_at__isnull=True
    )
    for item in waiting:
        first = (
            CommitmentEvent.objects.filter(
                commitment=item, kind=EventKind.ACKNOWLEDGED, department=target
            )
            .order_by("created_at", "pk")
            .first()
        )
        if first is not None:
            Commitment.objects.filter(pk=item.pk).update(
                acknowledged_at=first.created_at, acknowledged_by=first.actor_id
            )


def _repoint_reports(
    source: Department, target: Department, led: list[int]
) -> tuple[int, list[int]]:
    """Re-point ``source``'s reports to ``target``, naming ``source`` (or the department
    an earlier merge named) as ``merged_from``, and make the unit's co-owner reports
    count as the lead's (``lead_by_merge``) where ``target`` now leads: those it got
    from ``source``, and its own on the pledges ``source`` led (``led``). The only
    UPDATEs of filed reports the database allows, in this transaction only (migrations
    0022, 0023). Returns how many reports moved, and the commitments whose reports now
    count as the lead's."""
    from commitments.models import ProgressReport

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT set_config(%s, %s, true)", [MERGE_SETTING, f"{source.pk}:{target.pk}"]
            )
    moved = ProgressReport.objects.filter(department=source)
    moved_ids = list(moved.values_list("pk", flat=True))
    count = moved.filter(merged_from__isnull=False).update(department=target)
    count += moved.update(department=target, merged_from=source)
    now_lead = ProgressReport.objects.filter(
        Q(pk__in=moved_ids) | Q(commitment_id__in=led),
        department=target,
        commitment__lead_owner=target,
        is_lead=False,
        lead_by_merge=False,
    )
    commitment_ids = sorted(set(now_lead.values_list("commitment_id", flat=True)))
    now_lead.update(lead_by_merge=True)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config(%s, '', true)", [MERGE_SETTING])
    return count, commitment_ids


def _follow_lead_reports(commitment_ids: list[int]) -> dict[int, dict[str, list[Any]]]:
    """Each open commitment of ``commitment_ids`` shows its newest report that counts as
    the lead's (``progress.lead_counted``), where that one is newer than what it shows:
    a report a merge made the lead's. What ``reporting.apply_lead_report`` does for one
    filing (its status, percent, report time and target values), for all of them in a
    fixed number of statements (the commitments are the merge's, locked already).
    Returns ``{commitment id: {field: [old, new]}}`` for the 单位合并 events (what the
    merge changed on the pledge)."""
    from commitments import rules
    from commitments.models import Commitment, ProgressReport, ReportTargetValue, Target
    from commitments.models.progress import lead_counted
    from commitments.services.plan_import.bulk import update_rows
    from commitments.services.reporting import lead_report_changes

    if not commitment_ids:
        return {}
    newest = (
        ProgressReport.objects.filter(lead_counted(), commitment=OuterRef("pk"))
        .order_by("-created_at", "-id")
        .values("pk")[:1]
    )
    shown = {
        pk: (status, percent, last_report_at, report_id)
        for pk, status, percent, last_report_at, report_id in Commitment.objects.filter(
            pk__in=commitment_ids
        )
        .exclude(rules.closed())
        .annotate(newest=Subquery(newest))
        .filter(newest__isnull=False)
        .values_list("pk", "status", "percent", "last_report_at", "newest")
    }
    reports: dict[int, Any] = {}
    for report in ProgressReport.objects.filter(pk__in=[row[3] for row in shown.values()]).only(
        "commitment_id", "status", "percent", "created_at", "as_of"
    ):
        last_report_at = shown[report.commitment_id][2]
        if last_report_at is None or report.created_at > last_report_at:
            reports[report.commitment_id] = report
    values: dict[int, list[tuple[int, Any]]] = {}
    for report_id, target_id, value in ReportTargetValue.objects.filter(
        report_id__in=[r.pk for r in reports.values()]
    ).values_list("report_id", "target_id", "value"):
        values.setdefault(report_id, []).append((target_id, value))
    current = dict(
        Target.objects.filter(
            pk__in=[t for given in values.values() for t, _value in given]
        ).values_list("pk", "current_value")
    )
    now = timezone.now()
    out: dict[int, dict[str, list[Any]]] = {}
    pledge_rows: list[list[Any]] = []
    target_rows: list[list[Any]] = []
    for pk, report in sorted(reports.items()):
        status, percent = shown[pk][:2]
        given = values.get(report.pk, [])
        out[pk] = lead_report_changes(
            status, percent, {t: current[t] for t, _value in given}, report, given
        )
        pledge_rows.append(
            [
                pk,
                report.status,
                report.percent,
                report.created_at,
                rules.local_day(report.created_at),
                now,
            ]
        )
        target_rows += [[target_id, value, report.as_of] for target_id, value in given]
    fields = ["status", "percent", "last_report_at", "last_report_on", "updated_at"]
    update_rows(Commitment, fields, pledge_rows)
    update_rows(Target, ["current_value", "current_as_of"], target_rows)
    return out
