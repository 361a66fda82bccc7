"""Loading the department catalog (责任单位及关键词规则)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError, QuerySet
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


@dataclass
class MergeResult:
    """What one merge moved (the admin's confirmation says so)."""

    source: str
    target: str
    commitments: int = 0  # pledges led or co-owned by the merged department
    accounts: int = 0  # its clerks' memberships, and supervisors who listed it
    reports: int = 0  # reports it filed: kept as filed, under its name
    retired: bool = False  # kept as a retired record (its reports or requests name it)


@dataclass
class MergeOutcome:
    merged: list[MergeResult]
    missing: list[str]  # names no department lists as an alias


@transaction.atomic
def merge_department(source: Department, target: Department, actor: Any = None) -> MergeResult:
    """Merge ``source`` into ``target``, the unit it really is (one transaction).

    What the unit does from now on moves to ``target``: its commitments and
    co-ownerships (each with a 单位合并 history event), its clerks' accounts,
    supervisors' listings of it, its group robots (where ``target`` has none on
    that platform) and contact e-mails; its names become aliases of ``target``
    so the next import maps them. What it did stays as done: reports are
    append-only (the database refuses to rewrite them) and keep the department
    that filed them, as do extension and closure requests and the e-mail
    ledger (``Notification``). So a ``source`` named by any of these is kept as
    a retired record (``is_active`` off: not offered for assignment, import, accounts or
    reminders; it owns nothing, so it is due nothing and takes no place on the
    scorecard); one named by none is deleted. Refusals are ``CatalogError``.
    """
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

    source = Department.objects.select_for_update().get(pk=source.pk)
    target = Department.objects.select_for_update().get(pk=target.pk)
    if source.pk == target.pk:
        raise CatalogError(_("不能把单位合并到它自己"))
    if not source.is_active:
        raise CatalogError(_("单位“%(name)s”已停用，无需合并") % {"name": source.name})
    if not target.is_active:
        raise CatalogError(
            _("单位“%(name)s”已停用，不能把其他单位合并进来") % {"name": target.name}
        )
    result = MergeResult(source=source.name, target=target.name)
    led = list(Commitment.objects.filter(lead_owner=source).values_list("pk", flat=True))
    Commitment.objects.filter(pk__in=led).update(lead_owner=target)
    rows = CoOwnership.objects.filter(department=source)
    co_owned = list(rows.values_list("commitment_id", flat=True))
    rows.filter(commitment__in=Commitment.objects.owned_by(target)).delete()  # no duplicates
    rows.update(department=target)
    moved = list(dict.fromkeys(led + co_owned))
    CommitmentEvent.objects.bulk_create(
        CommitmentEvent(
            commitment_id=pk,
            kind=EventKind.DEPARTMENT_MERGED,
            actor=actor,
            changes={"department_merged": [source.name, target.name]},
            note=MERGED_NOTE % {"source": source.name, "target": target.name},
        )
        for pk in moved
    )
    result.commitments = len(moved)
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
    result.reports = ProgressReport.objects.filter(department=source).count()
    named = bool(
        result.reports
        or ExtensionRequest.objects.filter(department=source).exists()
        or ClosureRequest.objects.filter(department=source).exists()
        or Notification.objects.filter(department=source).exists()
    )
    names = dict.fromkeys([*target.aliases, source.name, *source.aliases])
    target.aliases = [n for n in names if n != target.name]
    target.contact_emails = list(dict.fromkeys([*target.contact_emails, *source.contact_emails]))
    default = source.is_default
    if not named:
        try:
            with transaction.atomic():
                source.delete()
        except ProtectedError:  # something else names it: kept, as below
            named = True
    if named:
        source.is_active = source.is_default = source.needs_review = False
        source.aliases, source.contact_emails = [], []
        source.save()
    result.retired = named
    target.is_default = target.is_default or default
    target.save()
    return result


def merge_by_alias(departments: QuerySet[Department], actor: Any = None) -> MergeOutcome:
    """Merge each department into the active one that lists its name as an alias.

    The admin's way to merge: add the written name (``镇招商服务中心``) to the
    real unit's aliases, then merge the flagged department. All or nothing.
    """
    outcome = MergeOutcome(merged=[], missing=[])
    with transaction.atomic():
        for department in departments:
            target = next(
                (
                    d
                    for d in Department.objects.active().exclude(pk=department.pk)
                    if department.name in (d.aliases or [])
                ),
                None,
            )
            if target is None:
                outcome.missing.append(department.name)
            else:
                outcome.merged.append(merge_department(department, target, actor))
    return outcome
