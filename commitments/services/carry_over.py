"""Year-over-year carry-over (跨年结转, SPEC §3 ``predecessor``).

When next year's plan is imported, each of its pledges is compared with the
unfinished pledges of the year before (same lead unit, similar wording,
similar targets). The best match above ``THRESHOLD`` is proposed; an
administrator or the successor's supervisor accepts or rejects it. Accepted
links form chains (2024 → 2025 → …) that commitment pages and roll-ups show.

Matching is a pure function over :class:`Pledge` values (``best_matches``);
the rest reads and writes the database.
"""

from __future__ import annotations

import datetime
import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from commitments import access
from commitments.choices import CarryOverState, EventKind
from commitments.errors import Forbidden
from commitments.importer.normalize import normalize
from commitments.models import CarryOver, Commitment, CommitmentEvent, Plan, Target

#: A proposal needs at least this overall score (0–1) …
THRESHOLD = 0.5
#: … and at least this similarity of wording alone.
MIN_TEXT_SIMILARITY = 0.4
#: Weights of the score's parts: wording, same lead unit, overlapping target units.
WEIGHTS = (0.7, 0.15, 0.15)
#: Candidates per new pledge refined with the (slower) sequence matcher.
SHORTLIST = 8
#: Bigrams always looked up, however common (the rarest of a pledge's own).
RAREST = 3

_NOT_TEXT = re.compile(r"[\W\d_a-zA-Z]+")


@dataclass(frozen=True)
class Pledge:
    """What matching compares: ``key`` identifies the pledge for the caller."""

    key: int
    code: str
    year: int
    text: str
    owner: str
    units: frozenset[str]


@dataclass(frozen=True)
class Match:
    predecessor: Pledge
    score: float


def _core(text: str) -> str:
    """Wording without numbers, letters, punctuation: ``新建村道8公里`` → ``新建村道公里``.
    Carried-over pledges keep their words and change their numbers."""
    return _NOT_TEXT.sub("", normalize(text))


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}


def _unit_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 0.5  # nothing to compare: neither for nor against
    return len(a & b) / len(a | b)


def score(new: Pledge, old: Pledge) -> tuple[float, float]:
    """``(overall, wording)`` similarity of two pledges, each 0–1."""
    wording = difflib.SequenceMatcher(None, _core(new.text), _core(old.text)).ratio()
    same_owner = 1.0 if new.owner and new.owner == old.owner else 0.0
    text_w, owner_w, unit_w = WEIGHTS
    overall = text_w * wording + owner_w * same_owner + unit_w * _unit_overlap(new.units, old.units)
    return overall, wording


def best_matches(new: Sequence[Pledge], old: Sequence[Pledge]) -> dict[int, Match]:
    """For each new pledge, its best predecessor among ``old`` if good enough.

    Candidates are short-listed by shared character bigrams (an inverted
    index, so the cost grows with matches, not with ``len(new) * len(old)``),
    then scored. Two new pledges may share a predecessor (a pledge split in two).
    """
    index: dict[str, list[int]] = defaultdict(list)
    for i, pledge in enumerate(old):
        for gram in _bigrams(_core(pledge.text)):
            index[gram].append(i)
    common = max(20, len(old) // 4)  # bigrams in a quarter of all pledges say nothing
    found: dict[int, Match] = {}
    for pledge in new:
        shared: Counter[int] = Counter()
        grams = sorted(_bigrams(_core(pledge.text)), key=lambda g: len(index.get(g, ())))
        for rank, gram in enumerate(grams):
            hits = index.get(gram, ())
            if len(hits) <= common or rank < RAREST:
                shared.update(hits)
        best: Match | None = None
        for i, _n in shared.most_common(SHORTLIST):
            overall, wording = score(pledge, old[i])
            if overall >= THRESHOLD and wording >= MIN_TEXT_SIMILARITY:
                if best is None or overall > best.score:
                    best = Match(old[i], round(overall, 3))
        if best is not None:
            found[pledge.key] = best
    return found


# --- Reading pledges from the database ------------------------------------------------


def _units_by_commitment(ids: Iterable[int]) -> dict[int, frozenset[str]]:
    units: dict[int, set[str]] = defaultdict(set)
    for cid, unit in Target.objects.filter(commitment_id__in=list(ids)).values_list(
        "commitment_id", "unit"
    ):
        if unit:
            units[cid].add(unit)
    return {cid: frozenset(u) for cid, u in units.items()}


def _pledges(queryset: QuerySet[Commitment]) -> list[Pledge]:
    rows = list(
        queryset.order_by("plan_id", "code").values_list(
            "pk", "code", "plan__year", "text", "lead_owner__name"
        )
    )
    units = _units_by_commitment(row[0] for row in rows)
    return [
        Pledge(pk, code, year, text, owner, units.get(pk, frozenset()))
        for pk, code, year, text, owner in rows
    ]


def unfinished(year: int) -> QuerySet[Commitment]:
    """Pledges of ``year``'s plans that are still open (candidates to carry over)."""
    return Commitment.objects.filter(plan__year=year).tracked()


def preview(year: int | None, items: Sequence[dict[str, Any]]) -> list[dict[str, Any] | None]:
    """SPEC §3 ``predecessor`` for each parsed commitment (``as_dict()`` form,
    with ``code``, ``text``, ``owner`` and ``targets``): ``{"code",
    "plan_year", "score"}`` or ``None``. Reads last year's pledges once. A plan whose
    year is not known yet (``None``) has no last year: no predecessors."""
    if year is None:
        return [None] * len(items)
    old = _pledges(unfinished(year - 1))
    if not old:
        return [None] * len(items)
    new = [
        Pledge(
            i,
            item["code"],
            year,
            item["text"],
            item.get("owner") or "",
            frozenset(t["unit"] for t in item.get("targets", ()) if t.get("unit")),
        )
        for i, item in enumerate(items)
    ]
    matches = best_matches(new, old)
    return [
        (
            {"code": m.predecessor.code, "plan_year": m.predecessor.year, "score": m.score}
            if (m := matches.get(i))
            else None
        )
        for i in range(len(items))
    ]


# --- Proposing and deciding ----------------------------------------------------------


def propose_for_plan(plan_id: int) -> int:
    """Propose predecessors for the pledges of plan ``plan_id`` that have no
    live link yet; a pair once rejected is never proposed again. Returns the
    number of proposals written. Constant number of queries."""
    plan = Plan.objects.only("year").get(pk=plan_id)
    pending = (
        Commitment.objects.filter(plan_id=plan_id)
        .in_rollups()
        .exclude(
            Exists(
                CarryOver.objects.filter(successor=OuterRef("pk")).exclude(
                    state=CarryOverState.REJECTED
                )
            )
        )
    )
    old = _pledges(unfinished(plan.year - 1))
    if not old:  # no plan of the year before: nothing to read of this one
        return 0
    new = _pledges(pending)
    if not new:
        return 0
    rejected = set(
        CarryOver.objects.filter(
            successor__plan_id=plan_id, state=CarryOverState.REJECTED
        ).values_list("predecessor_id", "successor_id")
    )
    links = [
        CarryOver(predecessor_id=m.predecessor.key, successor_id=key, score=m.score)
        for key, m in best_matches(new, old).items()
        if (m.predecessor.key, key) not in rejected
    ]
    CarryOver.objects.bulk_create(links)
    return len(links)


def decide(user: User, link_id: int, accept: bool, note: str = "") -> CarryOver:
    """Accept or reject a proposed (or reverse a decided) link, as ``user``.

    Administrators and the successor's supervisors decide; anyone else gets
    ``errors.Forbidden``. Accepting writes an ``edited`` event on the
    successor (``{"predecessor": [old, "2024-01-02（2024）"]}``).
    """
    with transaction.atomic():
        link = (
            CarryOver.objects.select_for_update(of=("self",))
            .select_related("successor", "predecessor__plan")
            .get(pk=link_id)
        )
        if not access.can_supervise(user, link.successor):
            raise Forbidden("not_supervisor", _("只有该事项的督办人或管理员可以确认跨年结转"))
        state = CarryOverState.ACCEPTED if accept else CarryOverState.REJECTED
        if link.state == state:
            return link
        label = f"{link.predecessor.code}（{link.predecessor.plan.year}）"
        was_accepted = link.state == CarryOverState.ACCEPTED
        link.state, link.decided_by, link.decided_at = state, user, timezone.now()
        link.save(update_fields=["state", "decided_by", "decided_at"])
        if accept or was_accepted:
            CommitmentEvent.objects.create(
                commitment=link.successor,
                kind=EventKind.EDITED,
                actor=user,
                changes={"predecessor": [None, label] if accept else [label, None]},
                note=note,
            )
    return link


# --- Chains and roll-ups --------------------------------------------------------------


@dataclass(frozen=True)
class ChainLink:
    id: int
    code: str
    plan_year: int
    title: str
    status: str


@dataclass(frozen=True)
class Chain:
    """A pledge's accepted carry-over chain, oldest first, with how long it
    has been open across years (from the first plan's start)."""

    predecessors: list[ChainLink]
    successors: list[ChainLink]
    open_since: datetime.date
    years: int


def _link(c: Commitment) -> ChainLink:
    return ChainLink(c.pk, c.code, c.plan.year, c.title, c.status)


def chain(commitment: Commitment, limit: int = 20) -> Chain:
    """Walk accepted links up and down from ``commitment`` (a query per year
    of history, bounded by ``limit``)."""
    accepted = CarryOver.objects.filter(state=CarryOverState.ACCEPTED).select_related(
        "predecessor__plan", "successor__plan"
    )
    if not accepted.filter(Q(successor=commitment) | Q(predecessor=commitment)).exists():
        return Chain([], [], commitment.plan.starts_on, 1)  # most pledges: one query
    ups: list[ChainLink] = []
    current, first_plan = commitment, commitment.plan
    for _step in range(limit):
        link = accepted.filter(successor=current).first()
        if link is None:
            break
        current = link.predecessor
        ups.insert(0, _link(current))
        first_plan = current.plan
    downs: list[ChainLink] = []
    frontier = [commitment]
    for _step in range(limit):
        links = list(accepted.filter(predecessor__in=frontier))
        if not links:
            break
        downs.extend(_link(link.successor) for link in links)
        frontier = [link.successor for link in links]
    return Chain(
        predecessors=ups,
        successors=downs,
        open_since=first_plan.starts_on,
        years=commitment.plan.year - first_plan.year + 1,
    )


def without_successor(year: int) -> QuerySet[Commitment]:
    """Unfinished pledges of ``year`` that no later pledge carries (no live
    link): the supervisor closes them or carries them by hand."""
    return unfinished(year).exclude(
        Exists(
            CarryOver.objects.filter(predecessor=OuterRef("pk")).exclude(
                state=CarryOverState.REJECTED
            )
        )
    )


def carried_over(plan_id: int) -> QuerySet[Commitment]:
    """Pledges of a plan that carry an accepted pledge of the year before."""
    return Commitment.objects.filter(
        plan_id=plan_id,
        predecessor_links__state=CarryOverState.ACCEPTED,
    )


def annotate_preview(data: dict[str, Any]) -> dict[str, Any]:
    """Set SPEC §3 ``predecessor`` on every commitment of an import's JSON
    (``{"documents": [{"plan_year", "sections": [{"commitments": [...]}]}]}``)."""
    for document in data.get("documents", ()):
        items = [c for s in document.get("sections", ()) for c in s.get("commitments", ())]
        year = document.get("plan_year")
        found = preview(year, items) if year and items else [None] * len(items)
        for item, predecessor in zip(items, found, strict=True):
            item["predecessor"] = predecessor
    return data


def first_years(commitment_ids: Iterable[int], limit: int = 20) -> dict[int, int]:
    """For each commitment carried over (accepted links), the plan year its chain
    began in; pledges not carried over are absent. One query per year of
    history (at most ``limit``), whatever the number of pledges."""
    origin = {cid: cid for cid in commitment_ids}  # chain head -> the pledge it started from
    first: dict[int, int] = {}
    for _step in range(limit):
        links = CarryOver.objects.filter(
            state=CarryOverState.ACCEPTED, successor_id__in=list(origin)
        ).values_list("successor_id", "predecessor_id", "predecessor__plan__year")
        step: dict[int, int] = {}
        for successor, predecessor, year in links:
            start = origin[successor]
            first[start] = year
            step[predecessor] = start
        if not step:
            break
        origin = step
    return first
