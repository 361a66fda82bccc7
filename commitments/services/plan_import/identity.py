"""Which stored plan a parsed document is (SPEC §3: ``--plan ID``, ``--new``).

A plan is a town's plan for a year and a title, not a file name. For each
document the import finds the plans it could update: the same year, and a
similar title or mostly the same pledges. Re-importing the very same bytes
is the same plan without asking; anything else that looks like a new version
of a plan needs the administrator's choice (update that plan, or create a
new one), and is refused without it, naming the plan.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from commitments.importer import ParsedDocument, ParsedFile
from commitments.importer.errors import PlanImportError
from commitments.models import Commitment, Plan
from commitments.services.plan_import.matching import core, fingerprint

#: A title this similar (same year) is the same plan …
SIMILAR_TITLE = 0.8
#: … and so is a document sharing this share of its pledges (Dice coefficient).
SHARED_PLEDGES = 0.5
#: The review page proposes to update a plan (the choice preselected) when it is
#: the only likely candidate and shares at least this much: nine pledges in ten
#: the same wording (a new version that rewords, adds or drops one pledge in ten,
#: or the same plan as a task table), or the same title. Below it, or with a
#: second likely plan, the administrator chooses unaided. The command line and
#: the API still ask for ``--plan``/``plan`` every time (SPEC §3).
CLEAR_MATCH = 0.9


class LikelyDuplicate(PlanImportError):
    """The document looks like a new version of a stored plan and no choice was made.

    One refusal, worded for the one who reads it (:meth:`worded`): the command
    line names its options, the API its fields, the review page its choice."""

    def __init__(self, document: str, plan: Plan) -> None:
        self.document = document
        self.plan = plan
        super().__init__(self.worded("cli"))

    def worded(self, writer: str) -> str:
        """The refusal for ``writer``: ``cli``, ``api`` or ``web``."""
        values = {
            "doc": self.document,
            "plan": self.plan.title,
            "id": self.plan.pk,
            "year": self.plan.year,
            "source": self.plan.source_name,
        }
        found = (
            _(
                "“%(doc)s”看起来是已有工作计划“%(plan)s”（ID %(id)d，%(year)d年，"
                "来自 %(source)s）的新版本，未导入。"
            )
            % values
        )
        if writer == "web":
            how = _("请在“导入到”中选择更新该计划（ID %(id)d）或新建工作计划，核对变更后再确认导入")
        elif writer == "api":
            how = _("更新该计划请在 plan 字段填 %(id)d；确属另一份计划请将 new 字段设为 true")
        else:
            how = _("更新该计划请加 --plan %(id)d；确属另一份计划请加 --new")
        return found + how % values


@dataclass(frozen=True)
class PlanChoice:
    """The administrator's decision: update ``plan_id``, or ``new``; neither: decide for me."""

    plan_id: int | None = None
    new: bool = False


@dataclass(frozen=True)
class Candidate:
    plan: Plan
    score: float
    same_file: bool  # the very same bytes and document: an unchanged re-import
    #: of the document's ``pledges``, how many are worded as one the plan stores
    same_pledges: int = 0
    pledges: int = 0

    def shared_text(self) -> str:
        """What the review and the command say of the candidate: ``10 项事项中 8 项措辞与该计划
        相同`` / ``8 of 10 pledges worded as in this plan`` (not the score, which may be the
        titles' likeness: a changed file under the same title would read "100%")."""
        return ngettext(
            "%(total)d 项事项中 %(same)d 项措辞与该计划相同",
            "%(total)d 项事项中 %(same)d 项措辞与该计划相同",
            self.pledges,
        ) % {"total": self.pledges, "same": self.same_pledges}

    @property
    def likely(self) -> bool:
        return self.same_file or self.score >= SHARED_PLEDGES

    def as_dict(self) -> dict:
        return {
            "id": self.plan.pk,
            "title": self.plan.title,
            "year": self.plan.year,
            "source_name": self.plan.source_name,
            "score": round(self.score, 2),
        }


@dataclass
class Target:
    """Where one document goes: ``plan`` (update) or ``None`` (create)."""

    doc: ParsedDocument
    plan: Plan | None
    candidates: list[Candidate]
    decision: str  # create | update | unchanged | choose (dry run only)
    #: the plan's stored review corrections that changed what the file says,
    #: ``{pledge key: {field: [file, corrected]}}`` (:func:`.edits.apply`)
    corrected: dict[str, dict[str, list]] = field(default_factory=dict)
    #: the plan's field corrections that follow their pledge to new wording,
    #: ``{old pledge key: new pledge key}`` (:func:`.edits.follow`); a commit re-keys them
    followed: dict[str, str] = field(default_factory=dict)


def candidates(parsed: ParsedFile, doc: ParsedDocument) -> list[Candidate]:
    """Stored plans of the document's year that it could be a version of, best first."""
    plans = list(Plan.objects.filter(year=doc.plan_year).defer("source_text").order_by("pk"))
    if not plans:
        return []
    prints: dict[int, set[str]] = defaultdict(set)
    for plan_id, printed in Commitment.objects.filter(
        plan__in=plans, removed_from_source=False
    ).values_list("plan_id", "fingerprint"):
        prints[plan_id].add(printed)
    printed = [fingerprint(c.text) for c in doc.commitments()]
    ours = set(printed)
    title = core(doc.title or "")
    found = []
    for plan in plans:
        theirs = prints.get(plan.pk, set())
        shared = 2 * len(ours & theirs) / (len(ours) + len(theirs)) if ours or theirs else 0.0
        named = difflib.SequenceMatcher(None, core(plan.title), title).ratio() if title else 0.0
        same = plan.source_sha256 == parsed.sha256 and plan.document_index == doc.index
        score = 1.0 if same else max(shared, named if named >= SIMILAR_TITLE else 0.0)
        if same or score > 0.2:
            kept = sum(1 for p in printed if p in theirs)
            found.append(Candidate(plan, score, same, kept, len(printed)))
    return sorted(found, key=lambda c: (not c.same_file, -c.score, c.plan.pk))


def resolve(parsed: ParsedFile, choice: PlanChoice, *, dry_run: bool) -> list[Target]:
    """Decide each storable document's plan. Raises :class:`PlanImportError` for
    an unknown plan id and :class:`LikelyDuplicate` for an undecided likely
    duplicate (a dry run reports ``choose`` instead)."""
    docs = [d for d in parsed.documents if d.has_arrangement and d.commitments()]
    chosen: Plan | None = None
    chosen_doc: ParsedDocument | None = None
    found = {d.index: candidates(parsed, d) for d in docs}
    if choice.plan_id is not None:
        chosen = Plan.objects.defer("source_text").filter(pk=choice.plan_id).first()
        if chosen is None:
            raise PlanImportError(_("工作计划 ID %(id)s 不存在") % {"id": choice.plan_id})
        scores = {
            d.index: next((c.score for c in found[d.index] if c.plan.pk == chosen.pk), 0.0)
            for d in docs
        }
        chosen_doc = max(docs, key=lambda d: (scores[d.index], -d.index), default=None)
    targets = []
    for doc in docs:
        offered = found[doc.index]
        same = next((c for c in offered if c.same_file), None)
        if doc is chosen_doc:
            decision = "unchanged" if same and same.plan.pk == chosen.pk else "update"
            targets.append(Target(doc, chosen, offered, decision))
        elif same is not None:
            targets.append(Target(doc, same.plan, offered, "unchanged"))
        elif choice.new or not any(c.likely for c in offered):
            targets.append(Target(doc, None, offered, "create"))
        elif dry_run:
            targets.append(Target(doc, offered[0].plan, offered, "choose"))
        else:
            raise LikelyDuplicate(doc.title or parsed.filename, offered[0].plan)
    return targets


def clear_match(target: Target) -> Candidate | None:
    """The plan an undecided document clearly updates (:data:`CLEAR_MATCH`), if any."""
    if target.decision != "choose" or not target.candidates:
        return None
    best, *others = target.candidates
    if best.score < CLEAR_MATCH or any(c.likely for c in others):
        return None
    return best
