"""Administrators' corrections of a parsed plan (the review page), applied as data.

The importer is sometimes wrong: two sentences that are one pledge, an owner
it could not read, a deadline it missed. The review page records each
correction as a :class:`Correction` (stored as a ``PlanEdit`` of the plan),
and every import of that plan applies them to the parsed document before it
is compared and stored, so a re-import of the same document keeps them.

A correction names the pledge it corrects by the fingerprint of its wording
(as parsed, after the boundary corrections before it), so it follows the
pledge wherever it moves in the file. When a re-import rewords the pledge
(the same stored pledge, paired by :func:`.matching.match`, so it keeps its
code), its field corrections follow it to the new wording (:func:`follow`);
boundary corrections lapse with the wording they were made on.
Pure: no database.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from commitments.importer import ParsedCommitment, ParsedDocument
from commitments.importer.deadlines import resolve_deadline
from commitments.importer.normalize import normalize
from commitments.importer.pipeline import make_title
from commitments.importer.targets import find_targets
from commitments.importer.types import ParsedMilestone, ParsedTarget
from commitments.rules import plain_number
from commitments.services.plan_import.matching import Side, fingerprint, match
from commitments.wording import listed

#: Corrections of a pledge's boundaries: applied first, in the order they were made.
BOUNDARY = ("merge", "split", "drop")
#: Corrections of one pledge's fields, keyed by its wording.
FIELDS = ("owner", "co_owners", "deadline", "milestones", "targets")
#: Plan-wide: an unknown unit name mapped to a department (or created as one).
UNITS = ("map_unit", "create_unit")
KINDS = (*BOUNDARY, *FIELDS, *UNITS)


@dataclass(frozen=True)
class Correction:
    kind: str
    key: str  # a pledge's fingerprint, or a unit name
    value: dict = field(default_factory=dict)


def key_of(item: ParsedCommitment) -> str:
    return fingerprint(item.text)


def apply(
    doc: ParsedDocument,
    corrections: Iterable[Correction],
    year: int | None,
    *,
    stored: Iterable[Correction] = (),
    kept: dict[str, dict[str, list]] | None = None,
) -> list[str]:
    """Apply ``corrections`` to ``doc`` in place; returns the units to create.

    Those of ``corrections`` that are also in ``stored`` (the plan's, made on
    an earlier review) and change a pledge's field from what the file says are
    written into ``kept`` as ``{pledge key: {field: [file, corrected]}}``: the
    re-import's "kept" count."""
    corrections = list(corrections)
    earlier = {id(c) for c in stored}
    latest: dict[tuple[str, str], Correction] = {}
    for c in corrections:  # a later correction of the same thing replaces the earlier one
        latest[(c.kind, c.key)] = c
    where = _sections_by_key(doc)
    for c in corrections:
        if c.kind in BOUNDARY and latest.get((c.kind, c.key)) is c and where.get(c.key):
            index = min(where[c.key])  # the first section that holds the pledge
            items = doc.sections[index].commitments
            before = [key_of(item) for item in items]
            _boundary(items, c, year)
            for key in before:
                where[key].discard(index)
            for item in items:
                where.setdefault(key_of(item), set()).add(index)
    _renumber(doc)
    units = {c.key: c.value.get("department") for c in latest.values() if c.kind == "map_unit"}
    units = {name: dept for name, dept in units.items() if dept}
    for item in doc.commitments():
        if item.owner in units:
            item.owner = units[item.owner]
            _known(item)
        item.co_owners = list(dict.fromkeys(units.get(n, n) for n in item.co_owners))
    for item in doc.commitments():
        for kind in FIELDS:
            c = latest.get((kind, key_of(item)))
            if c is None:
                continue
            before = _shown(item, kind)
            _field(item, c)
            after = _shown(item, kind)
            if kept is not None and id(c) in earlier and before != after:
                kept.setdefault(key_of(item), {})[KEPT_NAMES.get(kind, kind)] = [before, after]
    return [c.key for c in latest.values() if c.kind == "create_unit"]


def follow(
    doc: ParsedDocument,
    corrections: Iterable[Correction],
    old: list[Side],
    *,
    kept: dict[str, dict[str, list]] | None = None,
) -> dict[str, str]:
    """Apply to ``doc`` the field corrections of stored pledges (``old``, the plan's)
    whose wording the file changed: the re-import pairs the pledge with its new
    wording (it keeps its code), and the correction follows it there, over what the
    file says, like any kept correction (``kept``). A field the file's new wording
    corrects itself is still the correction's; the diff names both.

    Call after :func:`apply`. Returns ``{old key: new key}`` for those followed."""
    corrections = [c for c in corrections if c.kind in FIELDS]
    items = [(s.number, item) for s in doc.sections for item in s.commitments]
    keys = {key_of(item) for _n, item in items}
    lost = {c.key for c in corrections} - keys
    if not lost:
        return {}
    new = [Side(item.text, key_of(item), n, item.number) for n, item in items]
    moved = {
        old[i].fingerprint: key_of(items[j][1])
        for j, i in match(old, new).items()
        if old[i].fingerprint in lost
    }
    if not moved:
        return {}
    # a correction already made on the new wording is the later word on that field
    taken = {(c.kind, c.key) for c in corrections if c.key in keys}
    carried = [
        Correction(c.kind, moved[c.key], c.value)
        for c in corrections
        if c.key in moved and (c.kind, moved[c.key]) not in taken
    ]
    apply(doc, carried, doc.plan_year, stored=carried, kept=kept)
    return moved


#: Each kind of correction as administrators read it (the plan page's list).
KIND_LABELS = {
    "merge": gettext_lazy("与下一条合并"),
    "split": gettext_lazy("拆分"),
    "drop": gettext_lazy("删除（非承诺事项）"),
    "owner": gettext_lazy("牵头单位"),
    "co_owners": gettext_lazy("配合单位"),
    "deadline": gettext_lazy("完成时限"),
    "milestones": gettext_lazy("阶段节点"),
    "targets": gettext_lazy("量化指标"),
    "map_unit": gettext_lazy("单位映射"),
    "create_unit": gettext_lazy("新建单位"),
}


def describe(kind: str, value: dict) -> str:
    """A correction's content in words: ``自然资源所``, ``2026-05-31 → 2026-12-31``,
    ``拆分于“…”之后``."""
    if kind in ("owner", "map_unit"):
        return str(value.get("department") or "—")
    if kind == "co_owners":
        return listed(value.get("departments") or []) or "—"
    if kind == "deadline":  # ``was``: the deadline the page showed before (older edits lack it)
        if value.get("was"):  # none before: the date set, not changed from —
            return f"{value['was']} → {value.get('date') or '—'}"
        return str(value.get("date") or "—")
    if kind == "milestones":
        items = value.get("items") or []
        return _("；").join(f"{m.get('due', '')} {m.get('text', '')}".strip() for m in items) or "—"
    if kind == "targets":
        parts = [
            "{}{}{}{}".format(*(t.get(k, "") for k in ("metric", "comparator", "value", "unit")))
            for t in value.get("items") or []
        ]
        return "；".join(parts) or "—"
    if kind == "split":
        return _("在“%(before)s”之后") % {"before": str(value.get("before", ""))[-20:]}
    if kind == "create_unit":
        return _("确认导入时加入单位目录（待确认）")
    return "—"


#: A field correction under the name the re-import's diff gives that field.
KEPT_NAMES = {"owner": "lead_owner"}


def _shown(item: ParsedCommitment, kind: str):
    """One field of a pledge in the diff's plain shapes (:func:`.diff._shown`)."""
    if kind == "owner":
        return item.owner or ""
    if kind == "co_owners":
        return sorted(item.co_owners)
    if kind == "deadline":
        return item.deadline.isoformat() if item.deadline else ""
    if kind == "milestones":
        return [[m.due.isoformat(), m.text] for m in item.milestones]
    return [[t.metric, _quantity_text(t.value), t.unit, t.comparator] for t in item.targets]


def _quantity_text(value) -> str:
    """A target quantity as written (``rules.plain_number``), or as given when not a number."""
    try:
        return plain_number(Decimal(str(value)))
    except InvalidOperation:
        return str(value)


def unknown_units(doc: ParsedDocument, catalog: set[str]) -> list[str]:
    """Unit names the document gives that the catalog does not hold."""
    names = [n for c in doc.commitments() for n in (c.owner, *c.co_owners) if n]
    return sorted({n for n in names if n not in catalog})


def split_points(text: str) -> list[int]:
    """Where a pledge may be split: after each sentence or clause mark inside it."""
    return [i + 1 for i, ch in enumerate(text[:-1]) if ch in "。；;！!？?，,："]


def _sections_by_key(doc: ParsedDocument) -> dict[str, set[int]]:
    """Which sections (by index) hold a pledge of each wording: a correction looks in
    the first of them only, not through the whole plan (a plan of 5,000 pledges with
    200 boundary corrections spent a second scanning)."""
    where: dict[str, set[int]] = {}
    for index, section in enumerate(doc.sections):
        for item in section.commitments:
            where.setdefault(key_of(item), set()).add(index)
    return where


def _boundary(items: list[ParsedCommitment], c: Correction, year: int | None) -> None:
    """Apply a boundary correction to the first pledge of ``items`` it names."""
    for i, item in enumerate(items):
        if key_of(item) != c.key:
            continue
        if c.kind == "drop":
            del items[i]
        elif c.kind == "merge" and i + 1 < len(items):
            following = items[i + 1]
            if c.value.get("next") and key_of(following) != c.value["next"]:
                return
            merged = _rebuilt(item, item.text + following.text, year)
            merged.start, merged.end = item.start, following.end
            items[i : i + 2] = [merged]
        elif c.kind == "split":
            before = c.value.get("before", "")
            if not before or not item.text.startswith(before) or before == item.text:
                return
            at = len(before)
            first = _rebuilt(item, item.text[:at].strip(), year)
            second = _rebuilt(item, item.text[at:].strip(), year)
            cut = _source_cut(item, at)
            first.end, second.start = cut, cut
            items[i : i + 1] = [first, second]
        return


def _rebuilt(item: ParsedCommitment, text: str, year: int | None) -> ParsedCommitment:
    """A pledge with new wording: deadline, milestones, targets and title read again
    from the wording; owners stay."""
    view = normalize(text)
    deadline, milestones = resolve_deadline(view, text, year)
    if len(view) == len(text):
        targets = find_targets(view, text)
    else:  # the parse view must align with the text: fall back to the text itself
        targets = find_targets(text, text)
    return ParsedCommitment(
        **{
            **item.__dict__,
            "text": text,
            "title": make_title(text),
            "deadline": deadline or item.deadline,
            "milestones": milestones,
            "targets": targets,
            "co_owners": list(item.co_owners),
        }
    )


def _source_cut(item: ParsedCommitment, at: int) -> int:
    """The source offset of a cut ``at`` characters into the pledge's text."""
    span = max(item.end - item.start, 1)
    return item.start + min(span, round(at * span / max(len(item.text), 1)))


def _renumber(doc: ParsedDocument) -> None:
    """Positions and first-import codes follow the corrected boundaries."""
    for section in doc.sections:
        for n, item in enumerate(section.commitments, start=1):
            item.number = n
            item.code = f"{doc.plan_year}-{section.number:02d}-{n:02d}"


def _known(item: ParsedCommitment) -> None:
    if hasattr(item, "owner_known"):
        item.owner_known = True


def without_lead(co_owners, lead: str | None) -> list[str]:
    """The co-owners a pledge may have: the lead department is never its own co-owner
    (the review's choices leave it out; a posted one is refused, ``admin_review``)."""
    return [n for n in co_owners if n and n != lead]


def _field(item: ParsedCommitment, c: Correction) -> None:
    value = c.value
    if c.kind == "owner" and value.get("department"):
        item.owner = value["department"]
        item.owner_source = "manual"
        _known(item)
        item.co_owners = [n for n in item.co_owners if n != item.owner]
    elif c.kind == "co_owners":
        item.co_owners = without_lead(value.get("departments", []), item.owner)
    elif c.kind == "deadline":
        due = _date(value.get("date"))
        if due is not None:
            item.deadline = due
            item.milestones = [m for m in item.milestones if m.due < due]
    elif c.kind == "milestones":
        found = [(_date(m.get("due")), str(m.get("text", ""))) for m in value.get("items", [])]
        item.milestones = sorted(
            (ParsedMilestone(due, text) for due, text in found if due is not None),
            key=lambda m: m.due,
        )
    elif c.kind == "targets":
        item.targets = [t for t in map(_target, value.get("items", [])) if t is not None]


def _target(raw: dict) -> ParsedTarget | None:
    try:
        number = Decimal(str(raw.get("value", "")).strip())
    except InvalidOperation:
        return None
    comparator = raw.get("comparator") if raw.get("comparator") in (">=", "<=", "=") else ">="
    metric = str(raw.get("metric", "")).strip()
    if not metric:
        return None
    return ParsedTarget(metric, number, str(raw.get("unit", "")).strip(), comparator, "")


def _date(value) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        return None
