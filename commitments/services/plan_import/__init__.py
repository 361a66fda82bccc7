"""Importing a plan file into the database (SPEC §3).

Parsing is the pure pipeline in :mod:`commitments.importer`; this package
decides which stored plan each parsed document is (:mod:`.identity`), pairs
its pledges with the stored ones and says what will change (:mod:`.matching`,
:mod:`.diff`), and writes that in one transaction (:mod:`.store`). Re-importing
the same bytes changes nothing; an edited file updates its plan in place:
codes keep pointing at the same pledges, progress reports are never
discarded, and fields that supervisors edited (``Commitment.edited_fields``)
are never overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from commitments.importer import CatalogEntry, ParsedFile, parse_file
from commitments.importer.errors import PlanImportError
from commitments.importer.plan_year import Writer, how_to_give_year
from commitments.models import Department, Plan, PlanEdit, PlanUpload
from commitments.services import carry_over
from commitments.services.plan_import import diff as plan_diff
from commitments.services.plan_import import edits
from commitments.services.plan_import.edits import Correction
from commitments.services.plan_import.identity import LikelyDuplicate, PlanChoice, Target, resolve
from commitments.services.plan_import.matching import Side, fingerprint
from commitments.services.plan_import.store import Counts, Progress, Store
from commitments.services.plan_import.stored import read_plan

__all__ = [
    "Correction",
    "ImportResult",
    "LikelyDuplicate",
    "PlanChoice",
    "PlanImportError",
    "fingerprint",
    "import_plan_file",
    "load_catalog_entries",
]

SUMMARY_KEYS = (
    "plans_created",
    "plans_updated",
    "plans_unchanged",
    "commitments_created",
    "commitments_updated",
    "commitments_unchanged",
    "commitments_removed",
    "commitments_kept",
    "departments_created",
)


@dataclass
class ImportResult:
    """What an import found, which plans it would update, what would change
    and, unless it was a dry run, what it stored."""

    parsed: ParsedFile
    dry_run: bool
    targets: list[Target] = field(default_factory=list)
    diffs: dict[int, plan_diff.PlanDiff] = field(default_factory=dict)  # by document index
    #: a dry run's comparison of a document the plan already holds as it is (``unchanged``):
    #: the import writes nothing for it, so only what the plan keeps over the file (a
    #: supervisor's edit, a review correction) is read from it, for the review to show
    same_diffs: dict[int, plan_diff.PlanDiff] = field(default_factory=dict)
    summary: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SUMMARY_KEYS, 0))
    plan_ids: list[int] = field(default_factory=list)

    def target(self, index: int) -> Target | None:
        return next((t for t in self.targets if t.doc.index == index), None)

    def as_dict(self) -> dict:
        """SPEC §3 JSON, plus ``plans``: per stored document, the plan it goes to
        (``decision``: create/update/unchanged/choose), the ``candidates`` it could
        update, and the ``diff`` against that plan."""
        data = carry_over.annotate_preview(self.parsed.as_dict())
        data["plans"] = [self.target_dict(t) for t in self.targets]
        if not self.dry_run:
            data["summary"] = dict(self.summary)
            data["plan_ids"] = list(self.plan_ids)
        return data

    def target_dict(self, target: Target) -> dict:
        change = self.diffs.get(target.doc.index)
        return {
            "document": target.doc.index,
            "decision": target.decision,
            "id": target.plan.pk if target.plan else None,
            "title": target.plan.title if target.plan else None,
            "candidates": [c.as_dict() for c in target.candidates],
            "diff": change.as_dict() if change else None,
        }

    def summary_text(self) -> str:
        lines = []
        for doc in self.parsed.documents:
            count = len(doc.commitments())
            state = (
                _("%(sections)d 个板块，%(count)d 项承诺事项")
                % {"sections": len(doc.sections), "count": count}
                if doc.has_arrangement
                else _("无工作安排，未导入")
            )
            lines.append(
                f"[{doc.index + 1}] {doc.title or self.parsed.filename}（{doc.plan_year}）：{state}"
            )
            lines.extend(f"    ! {w}" for w in doc.warnings)
            lines.extend(self.decision_lines(doc.index))
        if self.dry_run:
            lines.append(_("预览（未写入数据库）"))
        else:
            lines.extend(self.outcome_lines())
        return "\n".join(lines)

    def outcome_lines(self) -> list[str]:
        """What a real import stored: the counts, then the units it created (if any)."""
        s = self.summary
        lines = [
            _(
                "工作计划：新建 %(pc)d，更新 %(pu)d，未变 %(pn)d；承诺事项：新建 %(cc)d，"
                "更新 %(cu)d，未变 %(cn)d，删除 %(cr)d，保留（源文已删除）%(ck)d"
            )
            % {
                "pc": s["plans_created"],
                "pu": s["plans_updated"],
                "pn": s["plans_unchanged"],
                "cc": s["commitments_created"],
                "cu": s["commitments_updated"],
                "cn": s["commitments_unchanged"],
                "cr": s["commitments_removed"],
                "ck": s["commitments_kept"],
            }
        ]
        if s["departments_created"]:
            lines.append(
                ngettext(
                    "新建待确认的责任单位 %(n)d 个（目录中没有），请在后台确认或合并",
                    "新建待确认的责任单位 %(n)d 个（目录中没有），请在后台确认或合并",
                    s["departments_created"],
                )
                % {"n": s["departments_created"]}
            )
        return lines

    def decision_lines(self, index: int) -> list[str]:
        target = self.target(index)
        if target is None:
            return []
        lines = []
        if target.decision == "choose":
            lines.append(
                "    ? "
                + _("可能是已有计划的新版本，导入时须选择更新（--plan ID）或新建（--new）：")
            )
        elif target.decision == "create":
            lines.append("    " + _("将新建工作计划"))
        elif target.decision == "unchanged":
            lines.append(
                "    "
                + _("与工作计划“%(title)s”（ID %(id)d）相同，无变化")
                % {"title": target.plan.title, "id": target.plan.pk}
            )
            same = self.same_diffs.get(index)
            lines.extend("    " + line for line in (same.kept_lines() if same else []))
        if target.decision in ("choose", "create"):
            lines.extend(
                "      "
                + _("候选：ID %(id)d “%(title)s”（%(year)d年，%(source)s；%(shared)s）")
                % {
                    "id": c.plan.pk,
                    "title": c.plan.title,
                    "year": c.plan.year,
                    "source": c.plan.source_name,
                    "shared": c.shared_text(),
                }
                for c in target.candidates
            )
        change = self.diffs.get(index)
        if change is not None:
            lines.extend("    " + line for line in change.text_lines())
        return lines


def load_catalog_entries() -> list[CatalogEntry]:
    """The active departments as plain data for the pure pipeline."""
    return [
        CatalogEntry(
            name=d.name,
            short_name=d.short_name,
            aliases=tuple(d.aliases or ()),
            keywords=tuple(d.keywords or ()),
            priority=d.priority,
            is_default=d.is_default,
        )
        for d in Department.objects.active().order_by("-priority", "name")
    ]


def import_plan_file(
    data: bytes,
    filename: str,
    *,
    year: int | None = None,
    dry_run: bool = False,
    user=None,
    choice: PlanChoice | None = None,
    progress: Progress | None = None,
    upload: PlanUpload | None = None,
    writer: Writer = "cli",
) -> ImportResult:
    """Parse ``data``; say which plan each document updates and what changes;
    unless ``dry_run``, store it in one transaction.

    The corrections stored with the target plan (``PlanEdit``) are applied
    before anything is compared, and so are those of ``upload`` (the review
    page's), which a commit then keeps with the plan.

    Raises :class:`PlanImportError` (a :class:`LikelyDuplicate` when a
    document looks like a new version of a stored plan and ``choice`` does not
    say whether to update it or create a new one).
    """
    name = PurePath(filename).name or "?"
    if progress is not None:
        progress("parse", 0, 0)
    parsed = parse_file(data, name, load_catalog_entries(), year=year, writer=writer)
    return store_parsed(
        parsed,
        dry_run=dry_run,
        user=user,
        choice=choice,
        progress=progress,
        upload=upload,
        writer=writer,
    )


def no_year(filename: str, writer: Writer) -> str:
    """The refusal to import a plan whose year neither its text nor its reader gave."""
    return _("未能从文件中识别计划年度：%(name)s，%(how)s") % {
        "name": filename,
        "how": how_to_give_year(writer),
    }


def corrections_of(*, plan: Plan | None = None, upload: PlanUpload | None = None) -> list:
    """The stored corrections of a plan, or those an upload added so far, oldest first."""
    if plan is None and upload is None:
        return []
    rows = PlanEdit.objects.filter(plan=plan) if plan else PlanEdit.objects.none()
    if upload is not None and upload.pk:
        rows = rows | PlanEdit.objects.filter(upload=upload, plan__isnull=True)
    return [
        Correction(kind, key, value)
        for kind, key, value in rows.order_by("created_at", "id").values_list(
            "kind", "key", "value"
        )
    ]


def store_parsed(
    parsed: ParsedFile,
    *,
    dry_run: bool = False,
    user=None,
    choice: PlanChoice | None = None,
    progress: Progress | None = None,
    upload: PlanUpload | None = None,
    writer: Writer = "cli",
) -> ImportResult:
    result = ImportResult(parsed, dry_run)
    yearless = [d for d in parsed.documents if d.has_arrangement and d.plan_year is None]
    if yearless and not dry_run:
        raise PlanImportError(no_year(parsed.filename, writer))
    result.targets = resolve(parsed, choice or PlanChoice(), dry_run=dry_run)
    pending = corrections_of(upload=upload)
    for target in result.targets:
        found = corrections_of(plan=target.plan) if target.plan else []
        if pending and target.decision == "unchanged":
            target.decision = "update"  # the same file, with new corrections
        if found or pending:
            edits.apply(
                target.doc,
                [*found, *pending],
                target.doc.plan_year,
                stored=found,
                kept=target.corrected,
            )
        if found and target.decision != "unchanged":
            target.followed = _follow(target, [*found, *pending])
    if dry_run:
        departments = dict(Department.objects.values_list("name", "pk"))
        for target in result.targets:
            if target.plan is not None:
                into = result.same_diffs if target.decision == "unchanged" else result.diffs
                into[target.doc.index] = plan_diff.compute(
                    read_plan(target.plan), target.doc, departments, target.corrected
                )
        return result
    unowned = [c.code for t in result.targets for c in t.doc.commitments() if c.owner is None]
    if unowned:
        raise PlanImportError(
            _("单位目录中没有可用的责任单位或默认单位，请先运行 load_departments")
        )
    try:
        with transaction.atomic():
            _write(result, user, progress)
            for plan_id in result.plan_ids:
                carry_over.propose_for_plan(plan_id)
            for target in result.targets:
                for old, new in target.followed.items():
                    PlanEdit.objects.filter(
                        plan=target.plan, kind__in=edits.FIELDS, key=old
                    ).update(key=new)
            if upload is not None and result.plan_ids:
                PlanEdit.objects.filter(upload=upload, plan__isnull=True).update(
                    plan_id=result.plan_ids[0]
                )
    except IntegrityError as exc:
        raise PlanImportError(
            _("导入失败（数据冲突，可能有另一导入同时进行）：%(name)s") % {"name": parsed.filename}
        ) from exc
    return result


def _follow(target: Target, corrections: list[Correction]) -> dict[str, str]:
    """The plan's field corrections of pledges the file reworded follow them
    (:func:`.edits.follow`); nothing to read when every correction found its pledge."""
    keys = {edits.key_of(item) for item in target.doc.commitments()}
    if all(c.key in keys for c in corrections if c.kind in edits.FIELDS):
        return {}
    stored = read_plan(target.plan)
    old = [Side(c.text, c.fingerprint, c.section_number, c.number) for c in stored.commitments]
    return edits.follow(target.doc, corrections, old, kept=target.corrected)


def _write(result: ImportResult, user, progress: Progress | None) -> None:
    store = Store(result.parsed, user, progress)
    summary = result.summary
    for target in result.targets:
        counts = Counts()
        store.total, store.done = len(target.doc.commitments()), 0
        summary["departments_created"] += store.ensure_departments(target.doc)
        if target.plan is None:
            if progress is not None:
                progress("write", 0, store.total)
            plan = store.create_plan(target.doc, counts)
            summary["plans_created"] += 1
        elif target.decision == "unchanged":
            plan = target.plan
            summary["plans_unchanged"] += 1
            counts.unchanged = store.total  # the same file: each of its pledges is left as it is
        else:
            if progress is not None:
                progress("compare", 0, store.total)
            # NO KEY: re-imports of the plan wait for each other, while a filing's new
            # tally row (a foreign key to the plan, checked at its commit) does not wait
            # for this one, which may then update that row: no deadlock (plan15).
            plan = Plan.objects.select_for_update(no_key=True).get(pk=target.plan.pk)
            stored = read_plan(plan)
            change = plan_diff.compute(stored, target.doc, store.department_ids(), target.corrected)
            if progress is not None:
                progress("write", 0, store.total)
            result.diffs[target.doc.index] = change
            store.update_plan(stored, change, target.doc, counts)
            summary["plans_updated"] += 1
        result.plan_ids.append(plan.pk)
        summary["commitments_created"] += counts.created
        summary["commitments_updated"] += counts.updated
        summary["commitments_unchanged"] += counts.unchanged
        summary["commitments_removed"] += counts.removed
        summary["commitments_kept"] += counts.kept
