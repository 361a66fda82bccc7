"""What a re-import will do to a stored plan, computed before anything is written.

The same :class:`PlanDiff` is shown to the administrator (preview, review
page, ``import_plan --dry-run --format text``) and then carried out by
:mod:`.store`, so what is shown is what is stored. Only changes of meaning
are changes: a pledge whose text moved in the file (new offsets, new
position) is unchanged.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext

from commitments import history
from commitments.choices import OwnerSource
from commitments.importer import ParsedCommitment, ParsedDocument
from commitments.services.plan_import.matching import Side, core, fingerprint, match, next_codes
from commitments.services.plan_import.stored import StoredCommitment, StoredPlan, plain

#: ``Commitment.edited_fields`` names that protect the owner / co-owners.
OWNER_EDITS = frozenset({"lead_owner", "owner", "owner_source"})
CO_OWNER_EDITS = frozenset({"co_owners", "coowners", "co_owner", "coownerships"})


@dataclass
class Update:
    """A stored pledge found again in the new file."""

    stored: StoredCommitment
    item: ParsedCommitment
    section: int  # number of its section in the new file
    section_id: int | None  # the stored section it maps to (None: a new section)
    changes: dict[str, list] = field(default_factory=dict)  # meaning: history + diff
    kept: dict[str, list] = field(default_factory=dict)  # supervisor edits the import keeps
    #: the plan's review corrections applied again: ``{field: [file, corrected]}``
    corrected: dict[str, list] = field(default_factory=dict)
    owner_id: int | None = None  # lead owner to store (None: keep)
    co_owners: set[int] | None = None  # co-owners to store (None: keep)
    #: where a supervisor's edit of the lead or co-owners is kept over the file's:
    #: ``(lead, [co-owners])`` by name as the import stores them (the review's card shows them)
    kept_owners: tuple[str, list[str]] | None = None
    sync_targets: bool = False
    sync_milestones: bool = False
    take_deadline: bool = False
    take_title: bool = False
    take_official: bool = False

    @property
    def moved(self) -> bool:
        return self.section_id != self.stored.section_id


@dataclass
class Added:
    section: int
    item: ParsedCommitment


@dataclass
class Removed:
    stored: StoredCommitment

    @property
    def kept_by_supervisor(self) -> bool:
        """A supervisor kept it after an earlier re-import retired it: it stays, tracked
        (``supervision.update_commitment(..., {"removed_from_source": False})``)."""
        return "removed_from_source" in self.stored.edited

    @property
    def retire(self) -> bool:
        """Kept as ``removed_from_source`` (it has reports or requests), else deleted."""
        return self.stored.has_history or self.kept_by_supervisor


@dataclass
class PlanDiff:
    plan_id: int
    plan_title: str
    updates: list[Update] = field(default_factory=list)
    added: list[Added] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    section_ids: dict[int, int | None] = field(default_factory=dict)  # new number: stored id
    #: the file has no sections of its own (:func:`keeps_sections`): pledges stay where they are
    keep_sections: bool = False

    @property
    def changed(self) -> list[Update]:
        return [u for u in self.updates if set(u.changes) - {"section"}]

    @property
    def moved(self) -> list[Update]:
        return [u for u in self.updates if u.moved]

    @property
    def kept_edits(self) -> list[Update]:
        """Pledges where the import keeps a supervisor's edit or a review correction
        over what the file says."""
        return [u for u in self.updates if u.kept or u.corrected]

    @property
    def unchanged(self) -> int:
        return sum(1 for u in self.updates if not u.changes)

    @property
    def moved_only(self) -> list[Update]:
        """Pledges whose only change is their section (a changed one that also moved
        is counted under 修改)."""
        changed = {id(u) for u in self.changed}
        return [u for u in self.moved if id(u) not in changed]

    @property
    def kept_only(self) -> list[Update]:
        """Pledges the import leaves as they are only because it keeps a correction or
        an edit (one with a real change as well is counted under 修改 / 调整板块)."""
        return [u for u in self.kept_edits if not u.changes]

    def counts(self) -> dict[str, int]:
        """The summary's numbers, their one home. Each stored pledge is in exactly one of
        移除, 修改, 调整板块, 未变 (one the import leaves as it is because it keeps a
        correction is 未变: the ledger does not change), so they add up to the stored
        pledges plus 新增; ``k`` counts every pledge whose review correction or
        supervisor's edit is kept, whichever of those it is in (its ``=`` lines)."""
        return {
            "a": len(self.added),
            "r": len(self.removed),
            "c": len(self.changed),
            "m": len(self.moved_only),
            "u": self.unchanged,
            "k": len(self.kept_edits),
        }

    def is_empty(self) -> bool:
        return not (self.added or self.removed or any(u.changes for u in self.updates))

    def as_dict(self) -> dict:
        return {
            "plan": {"id": self.plan_id, "title": self.plan_title},
            "added": [
                {"code": a.item.code, "section": a.section, "text": a.item.text} for a in self.added
            ],
            "removed": [
                {
                    "code": r.stored.code,
                    "text": r.stored.text,
                    "action": "retire" if r.retire else "delete",
                }
                for r in self.removed
            ],
            "changed": [
                {"code": u.stored.code, "changes": _without(u.changes, "section")}
                for u in self.changed
            ],
            "moved": [
                {"code": u.stored.code, "from": u.stored.section_number, "to": u.section}
                for u in self.moved
            ],
            "kept_edits": [
                {"code": u.stored.code, "fields": u.kept, "corrections": u.corrected}
                for u in self.kept_edits
            ],
            "keep_sections": self.keep_sections,
            "unchanged": self.unchanged,
        }

    def kept_lines(self) -> list[str]:
        """The ``=`` lines alone: what the plan keeps over the file (the review of a file
        the plan already holds as it is lists them under its "无变化")."""
        return [line for u in self.kept_edits for line in _kept_lines(u)]

    def text_lines(self) -> list[str]:
        """The diff for people: one line per change; a kept correction or edit is
        listed under its pledge's change, or on its own when nothing else changes."""
        kept_kinds = {(bool(u.corrected), bool(u.kept)) for u in self.kept_edits}
        if kept_kinds <= {(True, False)}:
            kept_label = _("保留审核修正")
        elif kept_kinds == {(False, True)}:
            kept_label = _("保留督办人修改")
        else:
            kept_label = _("保留审核修正或督办人修改")
        lines = [
            _(
                "与已有计划“%(title)s”（ID %(id)d）比较：新增 %(a)d，移除 %(r)d，修改 %(c)d，"
                "调整板块 %(m)d，未变 %(u)d；%(kept)s %(k)d"
            )
            % {"title": self.plan_title, "id": self.plan_id, "kept": kept_label, **self.counts()}
        ]
        if self.is_empty():
            lines.append("  " + str(NOTHING_CHANGES))
        for a in self.added:
            lines.append(f"  + {a.item.code} {a.item.text}")
        for r in self.removed:
            how = (
                _("保留并标记源文已删除（已有报送）") if r.retire else pgettext("导入差异", "删除")
            )
            lines.append(
                "  - "
                + _("%(code)s %(text)s（%(how)s）")
                % {"code": r.stored.code, "text": r.stored.text, "how": how}
            )
        for u in self.changed:
            for name, (before, after) in _without(u.changes, "section").items():
                words = {
                    "code": u.stored.code,
                    "field": _label(name),
                    "before": _shown(name, before),
                    "after": _shown(name, after),
                }
                if words["before"] == history.NOTHING != words["after"]:  # set, not changed
                    lines.append("  ~ " + _("%(code)s %(field)s：%(after)s") % words)
                    continue
                lines.append("  ~ " + _("%(code)s %(field)s：%(before)s → %(after)s") % words)
            if not u.moved:
                lines.extend(_kept_lines(u))
        for u in self.moved:
            lines.append(
                "  > "
                + _("%(code)s 从第%(a)d板块移至第%(b)d板块")
                % {"code": u.stored.code, "a": u.stored.section_number, "b": u.section}
            )
            lines.extend(_kept_lines(u))
        if self.keep_sections:
            lines.append("  > " + str(KEEP_SECTIONS_NOTE))
        for u in self.kept_only:
            lines.extend(_kept_lines(u))
        return lines


def _kept_lines(u: Update) -> list[str]:
    """The review corrections and supervisors' edits the import keeps on one pledge."""
    lines = []
    for name, (theirs, ours) in u.corrected.items():
        lines.append(
            "  = "
            + _("%(code)s 保留审核修正的%(field)s：%(ours)s（文件中为 %(theirs)s）")
            % {
                "code": u.stored.code,
                "field": _label(name),
                "ours": _shown(name, ours),
                "theirs": _shown(name, theirs),
            }
        )
    for name, (ours, theirs) in u.kept.items():
        lines.append(
            "  = "
            + _("%(code)s 保留督办人修改的%(field)s：%(ours)s（文件中为 %(theirs)s）")
            % {
                "code": u.stored.code,
                "field": _label(name),
                "ours": _shown(name, ours),
                "theirs": _shown(name, theirs),
            }
        )
    return lines


def compute(
    stored: StoredPlan,
    doc: ParsedDocument,
    departments: dict[str, int],
    corrected: dict[str, dict[str, list]] | None = None,
) -> PlanDiff:
    """Pair the document's pledges with the stored ones and say what changes.

    ``corrected`` holds the plan's review corrections that the import applied
    again over what the file says (by pledge key, :func:`.edits.apply`).

    ``departments`` maps names to ids; a name it lacks is a department the
    store creates (its id is unknown here, so the owner counts as changed).
    Codes of new pledges are assigned here (and written into the parsed
    items): the stored pledges keep theirs.
    """
    diff = PlanDiff(stored.plan.pk, stored.plan.title)
    diff.keep_sections = keeps_sections(stored, doc)
    if diff.keep_sections:
        home = min(stored.sections)
        diff.section_ids = {number: stored.sections[number].pk for number in stored.sections}
        last: defaultdict[int, int] = defaultdict(int)
        for c in stored.commitments:
            last[c.section_id] = max(last[c.section_id], c.number)
    else:
        diff.section_ids = map_sections(stored, doc)
    names = {pk: name for name, pk in departments.items()}
    items = [(s.number, c) for s in doc.sections for c in s.commitments]
    old_sides = [
        Side(c.text, c.fingerprint, c.section_number, c.number) for c in stored.commitments
    ]
    new_sides = [Side(c.text, fingerprint(c.text), n, c.number) for n, c in items]
    pairs = match(old_sides, new_sides)
    matched = set(pairs.values())
    new_codes = iter(
        next_codes(
            [c.code for j, (_n, c) in enumerate(items) if j not in pairs], stored.used_codes()
        )
    )
    for j, (number, item) in enumerate(items):
        if j in pairs:
            current = stored.commitments[pairs[j]]
            item.code = current.code
            if diff.keep_sections:
                number, item.number = current.section_number, current.number
            section_id = diff.section_ids[number]
            update = _update(current, item, number, section_id, departments, names)
            update.corrected = dict((corrected or {}).get(fingerprint(item.text), {}))
            diff.updates.append(update)
        else:
            item.code = next(new_codes)
            if diff.keep_sections:  # added to the plan's first section, after its pledges
                number = home
                last[diff.section_ids[home]] += 1
                item.number = last[diff.section_ids[home]]
            diff.added.append(Added(number, item))
    for i, current in enumerate(stored.commitments):
        if i not in matched and not current.removed:  # a retired one stays retired
            diff.removed.append(Removed(current))
    return diff


#: The review page and the text diff: why every pledge stays in its section.
#: What the review and the command say when confirming the import changes no pledge.
NOTHING_CHANGES = gettext_lazy("确认导入不会改变任何事项：没有新增、移除或修改的事项。")
KEEP_SECTIONS_NOTE = gettext_lazy("文件中没有工作板块：各事项保留在原板块，新增事项放入第一个板块")


def keeps_sections(stored: StoredPlan, doc: ParsedDocument) -> bool:
    """The file gives one section for the whole plan (a task table, a list without
    headings) where the stored plan has several: it says nothing about sections,
    so the re-import keeps every pledge in its section rather than moving them all
    into one, and leaves the sections' numbers and headings alone."""
    return len(doc.sections) == 1 and len(stored.sections) > 1


def map_sections(stored: StoredPlan, doc: ParsedDocument) -> dict[int, int | None]:
    """Each new section's stored section: the same heading at the same number, else
    the same heading nearest in number, else the same number."""
    found: dict[int, int | None] = {}
    claimed: set[int] = set()
    titles = {s.pk: core(s.title) for s in stored.sections.values()}

    def claim(number: int, pk: int) -> None:
        found[number] = pk
        claimed.add(pk)

    for section in doc.sections:
        same = stored.sections.get(section.number)
        if same is not None and titles[same.pk] == core(section.title):
            claim(section.number, same.pk)
    for section in doc.sections:
        if section.number in found:
            continue
        heading = core(section.title)
        alike = [
            s for s in stored.sections.values() if s.pk not in claimed and titles[s.pk] == heading
        ]
        if alike:
            claim(section.number, min(alike, key=lambda s: abs(s.number - section.number)).pk)
    for section in doc.sections:
        if section.number in found:
            continue
        same = stored.sections.get(section.number)
        if same is not None and same.pk not in claimed:
            claim(section.number, same.pk)
        else:
            found[section.number] = None
    return found


def _update(
    current: StoredCommitment,
    item: ParsedCommitment,
    section: int,
    section_id: int | None,
    departments: dict[str, int],
    names: dict[int, str],
) -> Update:
    update = Update(current, item, section, section_id)
    edited = current.edited
    changes, kept = update.changes, update.kept
    if section_id != current.section_id:
        changes["section"] = [current.section_number, section]
    if core(current.text) != core(item.text):  # wording, not punctuation or spacing
        changes["text"] = [current.text, item.text]
    if current.removed:
        changes["removed_from_source"] = [True, False]
    title = item.title[:200]
    if current.title != title:
        reworded = core(current.title) != core(title)
        if "title" in edited:
            if reworded:
                kept["title"] = [current.title, title]
        else:
            if reworded:
                changes["title"] = [current.title, title]
            update.take_title = True  # punctuation alone: written without history
    official = (item.official or "")[:100]
    if current.official != official:
        if "official" in edited:
            kept["official"] = [current.official, official]
        else:
            changes["official"] = [current.official, official]
            update.take_official = True
    owner = departments.get(item.owner or "")
    owner_locked = bool(edited & OWNER_EDITS) or current.owner_source == OwnerSource.MANUAL
    if owner != current.lead_owner_id:
        before = names.get(current.lead_owner_id, "")
        if owner_locked:
            kept["lead_owner"] = [before, item.owner]
        else:
            changes["lead_owner"] = [before, item.owner]
    if not owner_locked:
        update.owner_id = owner
    lead = owner if not owner_locked else current.lead_owner_id
    wanted = {departments[n] for n in item.co_owners if n in departments} - {lead}
    unknown = [n for n in item.co_owners if n not in departments]
    keep = {pk for pk in current.co_owners if pk in current.reporting_departments}
    after = wanted | keep
    if after != set(current.co_owners) or unknown:
        before_names = sorted(names.get(pk, "") for pk in current.co_owners)
        if edited & CO_OWNER_EDITS:
            kept["co_owners"] = [before_names, sorted(names[pk] for pk in wanted) + unknown]
        else:
            changes["co_owners"] = [before_names, sorted(names[pk] for pk in after) + unknown]
            update.co_owners = after
    named = {departments[n] for n in item.co_owners if n in departments}
    if owner_locked and lead in named and "co_owners" not in kept:
        # the file names the kept lead as a co-owner: it is not stored as one (the lead
        # is never its own co-owner), and the diff says which of the file's it leaves out
        stored = after if update.co_owners is not None else set(current.co_owners)
        kept["co_owners"] = [
            sorted(names.get(pk, "") for pk in stored),
            sorted(names[pk] for pk in named) + unknown,
        ]
    if "lead_owner" in kept or "co_owners" in kept:
        stored = update.co_owners if update.co_owners is not None else set(current.co_owners)
        update.kept_owners = (
            names.get(lead or 0) or (item.owner or ""),
            sorted(names.get(pk, "") for pk in stored),
        )
    if current.deadline != item.deadline or current.original_deadline != item.deadline:
        if "deadline" in edited or current.extended:
            if current.deadline != item.deadline:
                kept["deadline"] = [plain(current.deadline), plain(item.deadline)]
        else:
            if current.deadline != item.deadline:
                changes["deadline"] = [plain(current.deadline), plain(item.deadline)]
            update.take_deadline = True
    before_targets = [t.key() for t in current.targets]
    after_targets = [t.as_dict() for t in item.targets]
    after_keys = [[t["metric"], t["value"], t["unit"][:20], t["comparator"]] for t in after_targets]
    if before_targets != after_keys:
        if "targets" in edited:
            kept["targets"] = [before_targets, after_keys]
        else:
            changes["targets"] = [before_targets, after_keys]
            update.sync_targets = True
    elif "targets" not in edited and [t.source_text for t in current.targets] != [
        t.source_text[:200] for t in item.targets
    ]:
        update.sync_targets = True
    before_ms = [m.key() for m in current.milestones]
    after_ms = [[m.due.isoformat(), m.text[:300]] for m in item.milestones]
    if before_ms != after_ms:
        if "milestones" in edited:
            kept["milestones"] = [before_ms, after_ms]
        else:
            changes["milestones"] = [before_ms, after_ms]
            update.sync_milestones = True
    return update


def _label(name: str) -> str:
    return history.field_label(name)


def _shown(name: str, value) -> str:
    return history.value_words(name, value)


def _without(changes: dict, key: str) -> dict:
    return {k: v for k, v in changes.items() if k != key}
