"""Writing an import: a new plan, or a :class:`~.diff.PlanDiff` carried out.

Every write is a bulk statement (``bulk_create``, :func:`.bulk.update_rows`,
one ``DELETE … WHERE id IN``), so the number of queries does not grow with the
plan; everything runs inside the caller's transaction. History
(``CommitmentEvent``) is written for changes of meaning only: a pledge that
merely moved in the file gets its new offsets silently.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import PurePath

from django.db.models import F
from django.utils import timezone

from commitments.choices import EventKind
from commitments.importer import ParsedCommitment, ParsedDocument, ParsedFile
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
from commitments.models.workflow import IMPORTED_NOTE, REIMPORTED_NOTE, RETIRED_NOTE
from commitments.services import first_reports, leads
from commitments.services.plan_import.bulk import update_rows
from commitments.services.plan_import.diff import PlanDiff, Update
from commitments.services.plan_import.matching import fingerprint
from commitments.services.plan_import.stored import StoredPlan

#: ``progress(stage, done, total)``: stage is parse, compare or write.
Progress = Callable[[str, int, int], None]
BATCH = 500
#: Stored sections step aside to these numbers while sections are renumbered.
ASIDE = 10000
#: Fields of a commitment that a re-import may write.
IMPORTED_FIELDS = [
    "section_id",
    "number",
    "text",
    "title",
    "official",
    "lead_owner_id",
    "owner_source",
    "deadline",
    "original_deadline",
    "removed_from_source",
    "fingerprint",
    "source_start",
    "source_end",
]
#: Those the rows below write: the lead is ``leads.hand_over``'s alone (written once,
#: with what a change of lead means; a lead kept needs no write).
WRITTEN_FIELDS = [f for f in IMPORTED_FIELDS if f != "lead_owner_id"]


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    kept: int = 0


@dataclass
class Store:
    """One import's writes, with the department catalog read once."""

    parsed: ParsedFile
    user: object | None
    progress: Progress | None = None
    departments: dict[str, Department] = field(default_factory=dict)
    total: int = 0  # pledges of the document being written, for progress
    done: int = 0

    def __post_init__(self) -> None:
        self.user = self.user if getattr(self.user, "pk", None) else None
        self.departments = {d.name: d for d in Department.objects.all()}

    def department_ids(self) -> dict[str, int]:
        return {name: d.pk for name, d in self.departments.items()}

    def ensure_departments(self, doc: ParsedDocument) -> int:
        """Departments the document names and the catalog lacks are created,
        flagged ``needs_review`` for an administrator to confirm or merge, so
        that no owner is dropped. Returns how many were created."""
        names = {c.owner for c in doc.commitments() if c.owner}
        names |= {n for c in doc.commitments() for n in c.co_owners}
        missing = sorted(n for n in names if n not in self.departments)
        if not missing:
            return 0
        Department.objects.bulk_create(
            [Department(name=n[:100], needs_review=True) for n in missing], ignore_conflicts=True
        )
        found = {d.name: d for d in Department.objects.filter(name__in=[n[:100] for n in missing])}
        self.departments.update((n, found[n[:100]]) for n in missing if n[:100] in found)
        return len(missing)

    # -- a new plan -----------------------------------------------------------

    def create_plan(self, doc: ParsedDocument, counts: Counts) -> Plan:
        plan = Plan.objects.create(
            title=(doc.title or PurePath(self.parsed.filename).stem)[:300],
            year=doc.plan_year,
            source_name=self.parsed.filename[:255],
            document_index=doc.index,
            source_sha256=self.parsed.sha256,
            source_text=self.parsed.source_text,
            imported_by=self.user,
        )
        sections = Section.objects.bulk_create(
            Section(
                plan=plan,
                number=s.number,
                title=s.title[:300],
                source_start=s.start,
                source_end=s.end,
            )
            for s in doc.sections
        )
        by_number = {s.number: s.pk for s in sections}
        self.add_commitments(
            plan, [(by_number[s.number], c) for s in doc.sections for c in s.commitments], counts
        )
        return plan

    def add_commitments(
        self, plan: Plan, items: list[tuple[int, ParsedCommitment]], counts: Counts
    ) -> None:
        rows = [self.new_commitment(plan, section_id, item) for section_id, item in items]
        total = len(rows)
        for start in range(0, total, BATCH):
            batch = rows[start : start + BATCH]
            Commitment.objects.bulk_create(batch)
            self.advance(len(batch))
        pairs = list(zip(rows, (item for _, item in items), strict=True))
        CoOwnership.objects.bulk_create(
            (
                CoOwnership(commitment=row, department=self.departments[name])
                for row, item in pairs
                for name in dict.fromkeys(item.co_owners)
                if name in self.departments and name != item.owner
            ),
        )
        Target.objects.bulk_create(
            (new_target(row.pk, i, t) for row, item in pairs for i, t in enumerate(item.targets)),
        )
        Milestone.objects.bulk_create(
            (
                Milestone(commitment=row, position=i, due=m.due, text=m.text[:300])
                for row, item in pairs
                for i, m in enumerate(item.milestones)
            ),
        )
        note = IMPORTED_NOTE % {"name": self.parsed.filename}
        self.events((row.pk, EventKind.IMPORTED, {}, note) for row in rows)
        counts.created += total

    def new_commitment(self, plan: Plan, section_id: int, item: ParsedCommitment) -> Commitment:
        return Commitment(
            plan=plan,
            section_id=section_id,
            number=item.number,
            code=item.code,
            title=item.title[:200],
            text=item.text,
            source_start=item.start,
            source_end=item.end,
            fingerprint=fingerprint(item.text),
            lead_owner=self.departments[item.owner or ""],
            owner_source=item.owner_source,
            official=(item.official or "")[:100],
            deadline=item.deadline,
            original_deadline=item.deadline,
        )

    # -- a re-import ----------------------------------------------------------

    def update_plan(
        self, stored: StoredPlan, diff: PlanDiff, doc: ParsedDocument, counts: Counts
    ) -> None:
        plan = stored.plan
        plan.title = (doc.title or plan.title)[:300]
        plan.year = doc.plan_year
        plan.source_name = self.parsed.filename[:255]
        plan.document_index = doc.index
        plan.source_sha256 = self.parsed.sha256
        plan.source_text = self.parsed.source_text
        section_ids = self.sync_sections(stored, diff, doc)
        self.remove(stored, diff, counts)
        self.update_commitments(diff, section_ids, counts)
        added = [(section_ids[a.section], a.item) for a in diff.added]
        self.add_commitments(plan, added, counts)
        self.drop_empty_sections(stored, section_ids)
        plan.save()

    def sync_sections(self, stored: StoredPlan, diff: PlanDiff, doc: ParsedDocument) -> dict:
        """Sections of the new file, stored ones renumbered and retitled: ``{number: id}``.
        A file without sections of its own leaves the stored ones as they are."""
        if diff.keep_sections:
            return {n: pk for n, pk in diff.section_ids.items() if pk is not None}
        by_pk = {s.pk: s for s in stored.sections.values()}
        renumbered = any(
            pk is not None and by_pk[pk].number != number for number, pk in diff.section_ids.items()
        )
        if renumbered:  # step aside first: numbers are unique per plan
            Section.objects.filter(plan=stored.plan).update(number=F("number") + ASIDE)
            for section in by_pk.values():
                section.number += ASIDE
        changed, created = [], []
        for parsed in doc.sections:
            pk = diff.section_ids[parsed.number]
            values = (parsed.number, parsed.title[:300], parsed.start, parsed.end)
            if pk is None:
                created.append(
                    Section(plan=stored.plan, **dict(zip(SECTION_FIELDS, values, strict=True)))
                )
                continue
            section = by_pk[pk]
            if (section.number, section.title, section.source_start, section.source_end) != values:
                section.number, section.title, section.source_start, section.source_end = values
                changed.append(section)
        if renumbered:  # the sections the file no longer has go after the others
            spare = max((s.number for s in doc.sections), default=0)
            for section in sorted(by_pk.values(), key=lambda s: s.number):
                if section.number >= ASIDE and section not in changed:
                    spare += 1
                    section.number = spare
                    changed.append(section)
        Section.objects.bulk_update(changed, SECTION_FIELDS, batch_size=BATCH)
        Section.objects.bulk_create(created)
        ids = {n: pk for n, pk in diff.section_ids.items() if pk is not None}
        ids.update((s.number, s.pk) for s in created)
        return ids

    def drop_empty_sections(self, stored: StoredPlan, section_ids: dict) -> None:
        keep = set(section_ids.values())
        gone = [s.pk for s in stored.sections.values() if s.pk not in keep]
        if gone:
            Section.objects.filter(pk__in=gone, commitments__isnull=True).delete()

    def remove(self, stored: StoredPlan, diff: PlanDiff, counts: Counts) -> None:
        """Pledges gone from the file: deleted, or kept and flagged when they have history.
        A deleted pledge's code is retired: no new pledge of the plan gets it."""
        deleted = [r.stored for r in diff.removed if not r.retire]
        retired = [r.stored for r in diff.removed if r.retire and not r.kept_by_supervisor]
        counts.kept += sum(1 for r in diff.removed if r.kept_by_supervisor)
        if deleted:
            Commitment.objects.filter(pk__in=[c.pk for c in deleted]).delete()
            codes = set(stored.plan.retired_codes or ()) | {c.code for c in deleted}
            stored.plan.retired_codes = sorted(codes)
            counts.removed += len(deleted)
        if retired:
            Commitment.objects.filter(pk__in=[c.pk for c in retired]).update(
                removed_from_source=True, updated_at=timezone.now()
            )
            note = RETIRED_NOTE % {"name": self.parsed.filename}
            self.events(
                (c.pk, EventKind.REIMPORTED, {"removed_from_source": [False, True]}, note)
                for c in retired
            )
            counts.kept += len(retired)

    def update_commitments(self, diff: PlanDiff, section_ids: dict, counts: Counts) -> None:
        now = timezone.now()
        meaningful: list[list] = []  # history: every imported field and updated_at
        silent: list[list] = []  # no history (a new owner source, say): the imported fields
        moved: list[list] = []  # only offsets and position moved: three fields are enough
        new_leads: dict[int, int] = {}  # given to another unit: a hand-over (services.leads)
        deadlines: dict[int, datetime.date] = {}  # the deadline each is handed over with
        for update in diff.updates:
            values, fields = self.updated_values(update, section_ids[update.section])
            if "lead_owner_id" in fields:
                new_leads[update.stored.pk] = values["lead_owner_id"]
                deadlines[update.stored.pk] = values["deadline"]
                fields.discard("lead_owner_id")
            if update.changes:
                meaningful.append([update.stored.pk, *(values[f] for f in WRITTEN_FIELDS), now])
            elif fields and fields <= OFFSETS:
                moved.append([update.stored.pk, *(values[name] for name in MOVED_FIELDS)])
            elif fields:
                silent.append([update.stored.pk, *(values[f] for f in WRITTEN_FIELDS)])
        update_rows(Commitment, [*WRITTEN_FIELDS, "updated_at"], meaningful)
        self.advance(len(meaningful))
        update_rows(Commitment, WRITTEN_FIELDS, silent)
        self.advance(len(silent))
        update_rows(Commitment, MOVED_FIELDS, moved)
        self.advance(len(diff.updates) - len(meaningful) - len(silent))
        # After the file's deadlines are written: a pledge is handed over with the
        # deadline the file gives it (``leads.hand_over``); the only write of lead_owner_id.
        late = leads.hand_over(new_leads, now)
        entries = leads.late_entries(late, deadlines, now)
        for u in diff.updates:
            if u.stored.pk in entries and u.changes:
                u.changes["overdue_lead"] = entries[u.stored.pk]
        self.sync_co_owners(diff.updates)
        self.sync_targets([u for u in diff.updates if u.sync_targets])
        self.sync_milestones([u for u in diff.updates if u.sync_milestones])
        note = REIMPORTED_NOTE % {"name": self.parsed.filename}
        self.events(
            (u.stored.pk, EventKind.REIMPORTED, u.changes, note) for u in diff.updates if u.changes
        )
        counts.updated += sum(1 for u in diff.updates if u.changes)
        counts.unchanged += sum(1 for u in diff.updates if not u.changes)

    def updated_values(self, update: Update, section_id: int) -> tuple[dict, set[str]]:
        """The commitment's imported fields as they should be stored, and the names
        of those that differ from what is stored."""
        s, item = update.stored, update.item
        lead = update.owner_id if update.owner_id is not None else s.lead_owner_id
        values = {
            "section_id": section_id,
            "number": item.number,
            "text": item.text,
            "title": item.title[:200] if update.take_title else s.title,
            "official": (item.official or "")[:100] if update.take_official else s.official,
            "lead_owner_id": lead,
            "owner_source": item.owner_source if update.owner_id is not None else s.owner_source,
            "deadline": item.deadline if update.take_deadline else s.deadline,
            "original_deadline": item.deadline if update.take_deadline else s.original_deadline,
            "removed_from_source": False,
            "fingerprint": fingerprint(item.text),
            "source_start": item.start,
            "source_end": item.end,
        }
        before = (
            s.section_id,
            s.number,
            s.text,
            s.title,
            s.official,
            s.lead_owner_id,
            s.owner_source,
            s.deadline,
            s.original_deadline,
            s.removed,
            s.fingerprint,
            s.start,
            s.end,
        )
        fields = {f for f, old in zip(IMPORTED_FIELDS, before, strict=True) if values[f] != old}
        return values, fields

    def sync_co_owners(self, updates: list[Update]) -> None:
        drop: list[int] = []
        drop_pledges: list[int] = []
        add: list[CoOwnership] = []
        now = timezone.now()
        for update in updates:
            if update.co_owners is None:
                continue
            have = update.stored.co_owners
            dropped = [row for dept, row in have.items() if dept not in update.co_owners]
            drop.extend(dropped)
            if dropped:
                drop_pledges.append(update.stored.pk)
            add.extend(
                CoOwnership(commitment_id=update.stored.pk, department_id=dept, since=now)
                for dept in sorted(update.co_owners - set(have))
            )
        # Added now, a co-owner owes from now (commitments.owed); the months a removed
        # one's reports answered are owed from the start again: counted again below.
        moved = sorted({share.commitment_id for share in add} | set(drop_pledges))
        first_reports.pledges_changing(moved)
        if drop:
            CoOwnership.objects.filter(pk__in=drop).delete()
        CoOwnership.objects.bulk_create(add)
        first_reports.pledges_changed(moved)

    def sync_targets(self, updates: list[Update]) -> None:
        """Targets in order: rewritten in place, added, and removed unless reported on."""
        changed, created, dropped = [], [], []
        for update in updates:
            old, new = update.stored.targets, update.item.targets
            for position, parsed in enumerate(new):
                target = new_target(update.stored.pk, position, parsed)
                if position < len(old):
                    target.pk = old[position].pk
                    changed.append(target)
                else:
                    created.append(target)
            dropped.extend(t.pk for t in old[len(new) :] if not t.reported)
        fields = ["position", "metric", "value", "unit", "comparator", "source_text"]
        update_rows(Target, fields, [[t.pk, *(getattr(t, f) for f in fields)] for t in changed])
        Target.objects.bulk_create(created)
        if dropped:
            Target.objects.filter(pk__in=dropped).delete()

    def sync_milestones(self, updates: list[Update]) -> None:
        changed, created, dropped = [], [], []
        for update in updates:
            old, new = update.stored.milestones, update.item.milestones
            for position, parsed in enumerate(new):
                milestone = Milestone(
                    commitment_id=update.stored.pk,
                    position=position,
                    due=parsed.due,
                    text=parsed.text[:300],
                )
                if position < len(old):
                    milestone.pk = old[position].pk
                    changed.append(milestone)
                else:
                    created.append(milestone)
            dropped.extend(m.pk for m in old[len(new) :])
        fields = ["position", "due", "text"]
        update_rows(Milestone, fields, [[m.pk, *(getattr(m, f) for f in fields)] for m in changed])
        Milestone.objects.bulk_create(created)
        if dropped:
            Milestone.objects.filter(pk__in=dropped).delete()

    # -- shared -----------------------------------------------------------------

    def events(self, rows: Iterable[tuple[int, str, dict, str]]) -> None:
        CommitmentEvent.objects.bulk_create(
            (
                CommitmentEvent(
                    commitment_id=pk, kind=kind, actor=self.user, changes=changes, note=note
                )
                for pk, kind, changes, note in rows
            ),
        )

    def advance(self, written: int) -> None:
        """Report ``written`` more pledges written (of :attr:`total`)."""
        self.done += written
        if self.progress is not None and written:
            self.progress("write", self.done, self.total)


SECTION_FIELDS = ["number", "title", "source_start", "source_end"]
MOVED_FIELDS = ["number", "source_start", "source_end"]
OFFSETS = frozenset(MOVED_FIELDS)


def new_target(commitment_id: int, position: int, t) -> Target:
    return Target(
        commitment_id=commitment_id,
        position=position,
        metric=t.metric[:200],
        value=t.value,
        unit=t.unit[:20],
        comparator=t.comparator,
        source_text=t.source_text[:200],
    )
