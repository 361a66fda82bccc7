"""Importing a plan file into the database (SPEC §3).

Parsing is the pure pipeline in :mod:`commitments.importer`; this module
feeds it the department catalog and stores what it returns in one
transaction. Re-importing the same bytes changes nothing (checksum
preflight). An edited file updates its plans in place: commitments are
matched by fingerprint, then by text similarity; progress reports are never
discarded and fields that supervisors edited (``Commitment.edited_fields``)
are never overwritten.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import PurePath

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from commitments import rules
from commitments.choices import EventKind, OwnerSource
from commitments.importer import CatalogEntry, ParsedCommitment, ParsedFile, parse_file
from commitments.importer.errors import PlanImportError
from commitments.importer.normalize import normalize
from commitments.models import (
    Commitment,
    CommitmentEvent,
    CoOwnership,
    Department,
    Milestone,
    Plan,
    Section,
    Target,
)

__all__ = ["ImportResult", "PlanImportError", "import_plan_file", "load_catalog_entries"]

SIMILAR_ENOUGH = 0.6
OWNER_EDITS = {"lead_owner", "owner", "owner_source"}
CO_OWNER_EDITS = {"co_owners", "coowners", "co_owner", "coownerships"}
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
    """What an import found and, unless it was a dry run, what it stored."""

    parsed: ParsedFile
    dry_run: bool
    summary: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SUMMARY_KEYS, 0))
    plan_ids: list[int] = field(default_factory=list)

    def as_dict(self) -> dict:
        data = self.parsed.as_dict()
        if not self.dry_run:
            data["summary"] = dict(self.summary)
        return data

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
        if self.dry_run:
            lines.append(_("预览（未写入数据库）"))
        else:
            s = self.summary
            lines.append(
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
            )
            if s["departments_created"]:
                lines.append(
                    _("新建待确认的责任单位 %(n)d 个（目录中没有），请在后台确认或合并")
                    % {"n": s["departments_created"]}
                )
        return "\n".join(lines)


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
    data: bytes, filename: str, *, year: int | None = None, dry_run: bool = False, user=None
) -> ImportResult:
    """Parse ``data`` and, unless ``dry_run``, store it. Raises :class:`PlanImportError`."""
    name = PurePath(filename).name or "?"
    parsed = parse_file(data, name, load_catalog_entries(), year=year)
    result = ImportResult(parsed, dry_run)
    if dry_run:
        return result
    yearless = [d for d in parsed.documents if d.has_arrangement and d.plan_year is None]
    if yearless:
        raise PlanImportError(
            _("未能从文件中识别计划年度：%(name)s，请用 --year 指定年度") % {"name": name}
        )
    unowned = [c.code for d in parsed.documents for c in d.commitments() if c.owner is None]
    if unowned:
        raise PlanImportError(
            _("单位目录中没有可用的责任单位或默认单位，请先运行 load_departments")
        )
    try:
        with transaction.atomic():
            _Store(parsed, result, user).run()
    except IntegrityError as exc:
        raise PlanImportError(
            _("导入失败（数据冲突，可能有另一导入同时进行）：%(name)s") % {"name": name}
        ) from exc
    return result


def fingerprint(text: str) -> str:
    """Identity of a pledge's wording, blind to punctuation, spacing and script."""
    core = re.sub(r"[\W_]+", "", normalize(text))
    return hashlib.sha256(core.encode()).hexdigest()


class _Store:
    """One import's writes; every method runs inside the caller's transaction."""

    def __init__(self, parsed: ParsedFile, result: ImportResult, user) -> None:
        self.parsed = parsed
        self.result = result
        self.summary = result.summary
        self.user = user if getattr(user, "pk", None) else None
        self.departments = {d.name: d for d in Department.objects.all()}

    def department(self, name: str) -> Department:
        """The department a pledge names; one the catalog lacks is created for review."""
        department = self.departments.get(name)
        if department is None:
            department, created = Department.objects.get_or_create(
                name=name[:100], defaults={"needs_review": True}
            )
            self.departments[name] = department
            self.summary["departments_created"] += int(created)
        return department

    def run(self) -> None:
        existing = {
            p.document_index: p
            for p in Plan.objects.select_for_update().filter(source_name=self.parsed.filename)
        }
        wanted = {
            d.index: d for d in self.parsed.documents if d.has_arrangement and d.commitments()
        }
        for index, doc in wanted.items():
            plan = existing.get(index)
            if plan is None:
                self.result.plan_ids.append(self.create_plan(doc).pk)
            elif plan.source_sha256 == self.parsed.sha256:
                self.summary["plans_unchanged"] += 1
                self.result.plan_ids.append(plan.pk)
            else:
                self.update_plan(plan, doc)
                self.result.plan_ids.append(plan.pk)
        for index, plan in existing.items():
            if index not in wanted and plan.source_sha256 != self.parsed.sha256:
                self.retire(list(plan.commitments.all()), set())
                plan.source_sha256 = self.parsed.sha256
                plan.source_text = self.parsed.source_text
                plan.save(update_fields=["source_sha256", "source_text", "updated_at"])
                self.summary["plans_updated"] += 1

    # -- creating ---------------------------------------------------------

    def create_plan(self, doc) -> Plan:
        plan = Plan.objects.create(
            title=(doc.title or PurePath(self.parsed.filename).stem)[:300],
            year=doc.plan_year,
            source_name=self.parsed.filename,
            document_index=doc.index,
            source_sha256=self.parsed.sha256,
            source_text=self.parsed.source_text,
            imported_by=self.user,
        )
        for parsed_section in doc.sections:
            section = Section.objects.create(
                plan=plan,
                number=parsed_section.number,
                title=parsed_section.title[:300],
                source_start=parsed_section.start,
                source_end=parsed_section.end,
            )
            for item in parsed_section.commitments:
                self.create_commitment(plan, section, item)
        self.summary["plans_created"] += 1
        return plan

    def create_commitment(self, plan: Plan, section: Section, item: ParsedCommitment) -> None:
        commitment = Commitment.objects.create(
            plan=plan,
            section=section,
            number=item.number,
            code=item.code,
            title=item.title[:200],
            text=item.text,
            source_start=item.start,
            source_end=item.end,
            fingerprint=fingerprint(item.text),
            lead_owner=self.department(item.owner),
            owner_source=item.owner_source,
            official=(item.official or "")[:100],
            deadline=item.deadline,
            original_deadline=item.deadline,
        )
        CoOwnership.objects.bulk_create(
            CoOwnership(commitment=commitment, department=department)
            for department in {
                self.department(n).pk: self.department(n) for n in item.co_owners
            }.values()
            if department.pk != commitment.lead_owner_id
        )
        Target.objects.bulk_create(
            self.new_target(commitment, i, t) for i, t in enumerate(item.targets)
        )
        Milestone.objects.bulk_create(
            Milestone(commitment=commitment, position=i, due=m.due, text=m.text[:300])
            for i, m in enumerate(item.milestones)
        )
        CommitmentEvent.objects.create(
            commitment=commitment,
            kind=EventKind.IMPORTED,
            actor=self.user,
            note=_("从 %(name)s 导入") % {"name": self.parsed.filename},
        )
        self.summary["commitments_created"] += 1

    @staticmethod
    def new_target(commitment: Commitment, position: int, t) -> Target:
        return Target(
            commitment=commitment,
            position=position,
            metric=t.metric[:200],
            value=t.value,
            unit=t.unit[:20],
            comparator=t.comparator,
            source_text=t.source_text[:200],
        )

    # -- updating ---------------------------------------------------------

    def update_plan(self, plan: Plan, doc) -> None:
        plan.title = (doc.title or plan.title)[:300]
        plan.year = doc.plan_year
        plan.source_sha256 = self.parsed.sha256
        plan.source_text = self.parsed.source_text
        plan.save()
        sections = {s.number: s for s in plan.sections.all()}
        old = list(plan.commitments.all())
        old_codes = {c.pk: c.code for c in old}
        for c in old:  # free the codes: the new numbering may reuse them
            Commitment.objects.filter(pk=c.pk).update(code=f"~{c.pk}")
        new_items = [(s, item) for s in doc.sections for item in s.commitments]
        matches = match_commitments(old, [item for _, item in new_items])
        matched_old = set()
        for index, (parsed_section, item) in enumerate(new_items):
            section = sections.get(parsed_section.number)
            if section is None:
                section = Section.objects.create(
                    plan=plan, number=parsed_section.number, title=parsed_section.title[:300]
                )
                sections[section.number] = section
            section.title = parsed_section.title[:300]
            section.source_start, section.source_end = parsed_section.start, parsed_section.end
            section.save()
            current = matches.get(index)
            if current is None:
                self.create_commitment(plan, section, item)
            else:
                matched_old.add(current.pk)
                self.update_commitment(current, section, item, old_codes[current.pk])
        new_codes = {item.code for _, item in new_items}
        self.retire([c for c in old if c.pk not in matched_old], new_codes, old_codes)
        keep_numbers = {s.number for s in doc.sections}
        for number, section in sections.items():
            if number not in keep_numbers and not section.commitments.exists():
                section.delete()
        self.summary["plans_updated"] += 1

    def update_commitment(
        self, current: Commitment, section: Section, item: ParsedCommitment, old_code: str
    ) -> None:
        edited = set(current.edited_fields or [])
        changes: dict[str, list] = {}

        def put(field_name: str, value, shown=None) -> None:
            old_value = getattr(current, field_name)
            if old_value != value:
                changes[field_name] = [
                    _plain(old_value if shown is None else shown[0]),
                    _plain(value if shown is None else shown[1]),
                ]
                setattr(current, field_name, value)

        current.code = old_code  # compare against what it was
        put("code", item.code)
        put("section_id", section.pk)
        put("number", item.number)
        put("text", item.text)
        put("source_start", item.start)
        put("source_end", item.end)
        put("fingerprint", fingerprint(item.text))
        put("removed_from_source", False)
        if "title" not in edited:
            put("title", item.title[:200])
        if "official" not in edited:
            put("official", (item.official or "")[:100])
        owner = self.department(item.owner)
        if not edited & OWNER_EDITS and current.owner_source != OwnerSource.MANUAL:
            put("lead_owner_id", owner.pk, (current.lead_owner.name, owner.name))
            put("owner_source", item.owner_source)
        extended = current.deadline != current.original_deadline or (
            current.extension_requests.exists()
        )
        if "deadline" not in edited and not extended:
            put("deadline", item.deadline)
            put("original_deadline", item.deadline)
        current.save()
        if not edited & CO_OWNER_EDITS:
            self.sync_co_owners(current, item, changes)
        if "targets" not in edited:
            self.sync_targets(current, item, changes)
        if "milestones" not in edited:
            self.sync_milestones(current, item, changes)
        if changes:
            CommitmentEvent.objects.create(
                commitment=current,
                kind=EventKind.REIMPORTED,
                actor=self.user,
                changes=changes,
                note=_("从 %(name)s 重新导入") % {"name": self.parsed.filename},
            )
            self.summary["commitments_updated"] += 1
        else:
            self.summary["commitments_unchanged"] += 1

    def sync_co_owners(self, current: Commitment, item: ParsedCommitment, changes: dict) -> None:
        wanted = {self.department(n).pk for n in item.co_owners}
        wanted.discard(current.lead_owner_id)
        rows = {row.department_id: row for row in current.coownerships.all()}
        reported = set(current.reports.values_list("department_id", flat=True))
        removable = [pk for pk in rows if pk not in wanted and pk not in reported]
        added = wanted - set(rows)
        if not added and not removable:
            return
        before = sorted(rows)
        CoOwnership.objects.filter(commitment=current, department_id__in=removable).delete()
        CoOwnership.objects.bulk_create(
            CoOwnership(commitment=current, department_id=pk) for pk in added
        )
        changes["co_owners"] = [before, sorted((set(rows) - set(removable)) | added)]

    def sync_targets(self, current: Commitment, item: ParsedCommitment, changes: dict) -> None:
        old = list(current.targets.order_by("position", "pk"))
        before = [_target_key(t) for t in old]
        for position, parsed in enumerate(item.targets):
            if position < len(old):
                target = old[position]
                target.position, target.metric = position, parsed.metric[:200]
                target.value, target.unit = parsed.value, parsed.unit[:20]
                target.comparator = parsed.comparator
                target.source_text = parsed.source_text[:200]
                target.save()
            else:
                self.new_target(current, position, parsed).save()
        for target in old[len(item.targets) :]:
            if not target.reported_values.exists():
                target.delete()
        after = [_target_key(t) for t in current.targets.order_by("position", "pk")]
        if before != after:
            changes["targets"] = [before, after]

    def sync_milestones(self, current: Commitment, item: ParsedCommitment, changes: dict) -> None:
        old = list(current.milestones.order_by("position", "pk"))
        before = [[m.due.isoformat(), m.text] for m in old]
        for position, parsed in enumerate(item.milestones):
            if position < len(old):
                milestone = old[position]
                milestone.position, milestone.due = position, parsed.due
                milestone.text = parsed.text[:300]
                milestone.save()
            else:
                Milestone.objects.create(
                    commitment=current, position=position, due=parsed.due, text=parsed.text[:300]
                )
        for milestone in old[len(item.milestones) :]:
            milestone.delete()
        after = [[m.due.isoformat(), m.text[:300]] for m in item.milestones]
        if before != after:
            changes["milestones"] = [before, after]

    def retire(
        self, gone: list[Commitment], new_codes: set[str], old_codes: dict[int, str] | None = None
    ) -> None:
        """Commitments no longer in the source: kept (flagged) if they have history."""
        for commitment in gone:
            code = (old_codes or {}).get(commitment.pk, commitment.code)
            has_history = (
                commitment.reports.exists()
                or commitment.extension_requests.exists()
                or commitment.closure_requests.exists()
            )
            if not has_history:
                commitment.delete()
                self.summary["commitments_removed"] += 1
                continue
            if code in new_codes:
                code = f"{code}~{commitment.pk}"[:32]
            was_removed = commitment.removed_from_source
            commitment.code = code
            commitment.removed_from_source = True
            commitment.save(update_fields=["code", "removed_from_source", "updated_at"])
            if not was_removed:
                CommitmentEvent.objects.create(
                    commitment=commitment,
                    kind=EventKind.REIMPORTED,
                    actor=self.user,
                    changes={"removed_from_source": [False, True]},
                    note=_("重新导入的文件 %(name)s 已不含此事项；因已有报送记录而保留")
                    % {"name": self.parsed.filename},
                )
            self.summary["commitments_kept"] += 1


def match_commitments(old: list[Commitment], new: list[ParsedCommitment]) -> dict[int, Commitment]:
    """Pair new pledges (by index) with stored ones: same fingerprint, then similar text."""
    pairs: dict[int, Commitment] = {}
    free = list(old)
    by_print: dict[str, list[Commitment]] = {}
    for commitment in free:
        by_print.setdefault(commitment.fingerprint, []).append(commitment)
    for index, item in enumerate(new):
        candidates = by_print.get(fingerprint(item.text))
        if candidates:
            pairs[index] = candidates.pop(0)
            free.remove(pairs[index])
    scored = []
    for index, item in enumerate(new):
        if index in pairs:
            continue
        for commitment in free:
            ratio = difflib.SequenceMatcher(None, commitment.text, item.text).ratio()
            if ratio >= SIMILAR_ENOUGH:
                scored.append((ratio, -abs(commitment.number - item.number), index, commitment))
    taken: set[int] = set()
    for _ratio, _distance, index, commitment in sorted(scored, key=lambda s: s[:3], reverse=True):
        if index in pairs or commitment.pk in taken:
            continue
        pairs[index] = commitment
        taken.add(commitment.pk)
    return pairs


def _target_key(target: Target) -> list:
    return [target.metric, _plain(target.value), target.unit, target.comparator]


_plain = rules.plain
