"""What a message says about each listed commitment, loaded in a fixed number of queries.

Only the commitments a message *lists* (the worst few per section) are
loaded; their facts are frozen into the Notification's JSON context when the
message is decided, so a retry hours later sends the same words, and the
message agrees with the light the dashboard showed at that moment.

Rows come as plain tuples (no model instances), labels are looked up in
dicts built once per call, the latest report is one subquery plus one fetch
by id, and id lists travel as one array parameter.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Case, F, OuterRef, Subquery, Value, When
from django.utils import timezone

from commitments import rules
from commitments.choices import Light, Status
from commitments.lights import (
    RememberedWords,
    Words,
    expected_percent,
    light_reason,
    progress_words,
)
from commitments.links import commitment_url
from commitments.models import Commitment, CoOwnership, ProgressReport
from commitments.naming import plan_has_twin, plan_tag
from commitments.reminders.sqlarray import AnyOf, without_jit

NARRATIVE_CHARS = 120

#: Columns of each commitment, and the light's facts ``light_reason`` reads.
_FIELDS = (
    "pk",
    "code",
    "title",
    "lead_owner_id",
    "lead_owner__name",
    "deadline",
    "original_deadline",
    "status",
    "percent",
    "plan__starts_on",
    "light",
    "milestone_overdue_due",
    "milestone_overdue_text",
    "report_missing",
    "behind_schedule",
    "plan__year",
    "plan__title",
    "plan_twin",
    "overdue_from",
    "last_report_id",
)


@dataclass(frozen=True)
class PlanStart:
    starts_on: datetime.date


@dataclass(frozen=True)
class LightFacts:
    """The annotated facts ``commitments.lights.light_reason`` reads, from one row."""

    status: str
    deadline: datetime.date
    percent: int
    plan: PlanStart
    light: str
    milestone_overdue_due: datetime.date | None
    milestone_overdue_text: str | None
    report_missing: datetime.date | None
    behind_schedule: bool


def _labels(choices) -> dict[str, str]:
    """Value → label in the active language, built once (``choices.values`` translates
    every label on each access: 8 s of a 100k sweep when called per row)."""
    return {value: str(label) for value, label in choices.choices}


def _last_reports(
    report_ids: Iterable[int | None], statuses: dict[str, str]
) -> dict[int, dict[str, object]]:
    """The latest reports' facts by commitment id, fetched by id in one query."""
    found = {}
    for commitment_id, created_at, status, percent, narrative in (
        ProgressReport.objects.filter(AnyOf("pk", [pk for pk in report_ids if pk]))
        .order_by()
        .values_list("commitment_id", "created_at", "status", "percent", "narrative")
    ):
        narrative = (narrative or "").strip()
        if len(narrative) > NARRATIVE_CHARS:
            narrative = narrative[:NARRATIVE_CHARS] + "…"
        found[commitment_id] = {
            "at": timezone.localtime(created_at).strftime("%Y-%m-%d %H:%M"),
            "status": statuses.get(status, status or ""),
            "percent": percent,
            "narrative": narrative,
        }
    return found


def _co_owners(ids: list[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = defaultdict(list)
    for commitment_id, name in (
        CoOwnership.objects.filter(AnyOf("commitment_id", ids))
        .order_by("department__name")
        .values_list("commitment_id", "department__name")
    ):
        names[commitment_id].append(name)
    return names


def load_items(
    ids: Iterable[int], today: datetime.date, words: Words | None = None
) -> dict[int, dict[str, object]]:
    """JSON-ready facts for each commitment id: three queries whatever their number
    (``words``: how the lights' reasons are translated; one ``RememberedWords`` a call)."""
    ids = sorted(set(ids))
    if not ids:
        return {}
    latest = ProgressReport.objects.filter(commitment=OuterRef("pk")).order_by("-created_at", "-id")
    with without_jit():
        rows = list(
            Commitment.objects.filter(AnyOf("pk", ids))
            .with_light(today)
            .annotate(
                last_report_id=Subquery(latest.values("pk")[:1]),
                plan_twin=plan_has_twin(),
                # handed over overdue: the unit its 逾期 counts against (SPEC §2)
                overdue_from=Case(
                    When(
                        rules.overdue(today) & rules.handed_over_late(),
                        then=F("overdue_lead__name"),
                    ),
                    default=Value(None),
                ),
            )
            .order_by()
            .values_list(*_FIELDS)
        )
    words = words or RememberedWords()
    statuses, lights = _labels(Status), _labels(Light)
    co_owners = _co_owners(ids)
    reports = _last_reports((row[-1] for row in rows), statuses)
    items = {}
    tags: dict[tuple[int, str], str] = {}  # a few plans for thousands of items
    for row in rows:
        (pk, code, title, owner_id, owner, deadline, original, status, percent, starts_on,
         color, milestone_due, milestone_text, missing, behind, year, plan, twin,
         overdue_from, _report) = row  # fmt: skip
        facts = LightFacts(
            status, deadline, percent, PlanStart(starts_on), color, milestone_due,
            milestone_text, missing, behind,
        )  # fmt: skip
        light = light_reason(facts, today, words)
        days_left = (deadline - today).days
        items[pk] = {
            "id": pk,
            "code": code,
            # The plan beside the code when its year has several (``naming``).
            "plan": (tags.get((year, plan)) or tags.setdefault((year, plan), plan_tag(year, plan)))
            if twin
            else "",
            "title": title,
            "owner": owner,
            "owner_id": owner_id,
            "co_owners": co_owners.get(pk, []),
            "deadline": deadline.isoformat(),
            "original_deadline": original.isoformat(),
            "days_left": days_left,
            "days_overdue": max(0, -days_left),
            "status": statuses.get(status, status),
            "percent": percent,
            "light": light.color,
            "light_label": lights.get(light.color, light.color),
            "light_reason": light.reason,
            "light_parts": list(light.parts or (light.reason,)),
            # Done against expected, for a line whose why says every reason (walk12c).
            "light_progress": progress_words(percent, expected_percent(facts, today), words.gettext)
            if not light.closed
            else "",
            "last_report": reports.get(pk),
            "url": commitment_url(pk),
        }
        if overdue_from:  # only then: a context stored before reads the same
            items[pk]["overdue_from"] = overdue_from
    return items
