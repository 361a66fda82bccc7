"""Loading the department catalog (责任单位及关键词规则)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
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


@transaction.atomic
def merge_department(source: Department, target: Department, actor: Any = None) -> int:
    """Merge ``source`` (created by an import) into ``target``, the unit it really is.

    Its commitments and co-ownerships move to ``target``, each with a history
    event; its name becomes an alias of ``target`` so the next import maps it;
    ``source`` is deleted. Returns the number of commitments that moved.
    """
    from commitments.choices import EventKind
    from commitments.models import Commitment, CommitmentEvent, CoOwnership
    from commitments.models.workflow import MERGED_NOTE

    if source.pk == target.pk:
        raise CatalogError(_("不能把单位合并到它自己"))
    led = list(Commitment.objects.filter(lead_owner=source))
    Commitment.objects.filter(pk__in=[c.pk for c in led]).update(lead_owner=target)
    rows = CoOwnership.objects.filter(department=source)
    co_owned = list(rows.values_list("commitment_id", flat=True))
    rows.filter(commitment__in=Commitment.objects.owned_by(target)).delete()  # no duplicates
    rows.update(department=target)
    CommitmentEvent.objects.bulk_create(
        CommitmentEvent(
            commitment_id=pk,
            kind=EventKind.EDITED,
            actor=actor,
            changes={"department_merged": [source.name, target.name]},
            note=MERGED_NOTE % {"source": source.name, "target": target.name},
        )
        for pk in dict.fromkeys([c.pk for c in led] + co_owned)
    )
    target.aliases = list(dict.fromkeys([*target.aliases, source.name, *source.aliases]))
    target.save(update_fields=["aliases", "updated_at"])
    source.delete()
    return len(led)


def merge_by_alias(departments: QuerySet[Department], actor: Any = None) -> list[str]:
    """Merge each department into the one that lists its name as an alias.

    The admin's way to merge: add the written name (``镇招商服务中心``) to the
    real unit's aliases, then merge the flagged department. Returns the names
    that found no such unit.
    """
    missing = []
    for department in departments:
        target = next(
            (
                d
                for d in Department.objects.exclude(pk=department.pk)
                if department.name in (d.aliases or [])
            ),
            None,
        )
        if target is None:
            missing.append(department.name)
        else:
            merge_department(department, target, actor)
    return missing
