"""What a commitment's page shows, and which forms its reader gets."""

from __future__ import annotations

import datetime
from functools import cached_property

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from commitments import access, history, naming, rules
from commitments.choices import (
    CLOSED_STATUSES,
    ClosureState,
    EventKind,
    RequestState,
    Status,
)
from commitments.excerpt import excerpt
from commitments.lights import expected_percent, expected_words, light_reason
from commitments.models import (
    Attachment,
    ClosureRequest,
    Commitment,
    CommitmentEvent,
    Department,
    ExtensionRequest,
    PlanEdit,
    ProgressReport,
    Target,
)
from commitments.services import carry_over, workflow
from workspace import forms, once


class Page:
    def __init__(self, user, commitment: Commitment, today: datetime.date) -> None:
        self.user = user
        self.today = today
        self.item = (
            Commitment.objects.with_light(today)
            .with_progress_source()
            .select_related("plan", "section", "lead_owner", "acknowledged_by")
            .get(pk=commitment.pk)
        )
        self.bound: dict[str, object] = {}
        self.bound_request: tuple[str, str | None] | None = None

    @staticmethod
    def department(user) -> Department | None:
        return access.department_of(user)

    # --- who may do what -------------------------------------------------
    @cached_property
    def my_department(self) -> Department | None:
        return access.owning_department(self.user, self.item)

    @cached_property
    def supervises(self) -> bool:
        return access.can_supervise(self.user, self.item)

    @cached_property
    def sees_files(self) -> bool:
        return access.can_read_evidence(self.user, self.item)

    @cached_property
    def plan_named(self) -> bool:
        """The code needs its plan beside it: another plan of its year has it too."""
        return naming.needs_plan(self.item.plan)

    @property
    def closed(self) -> bool:
        return self.item.status in CLOSED_STATUSES

    @cached_property
    def acknowledged_ids(self) -> set[int]:
        return workflow.acknowledged_department_ids(self.item)

    @cached_property
    def my_acknowledgement(self) -> datetime.datetime | None:
        """When the reader's department, a co-owner, acknowledged (``None``: not yet);
        the lead's is the commitment's own ``acknowledged_at``."""
        department = self.my_department
        if department is None or department.pk == self.item.lead_owner_id:
            return None
        return (
            self.item.events.filter(kind=EventKind.ACKNOWLEDGED, department=department)
            .order_by("created_at")
            .values_list("created_at", flat=True)
            .first()
        )

    @property
    def co_owner_reads(self) -> bool:
        """The reader acts for a co-owner (not the lead) of the commitment."""
        return self.my_department is not None and self.my_department.pk != self.item.lead_owner_id

    # --- facts -------------------------------------------------------------
    @cached_property
    def light(self):
        return light_reason(self.item, self.today)

    @cached_property
    def expected(self) -> int:
        return expected_percent(self.item, self.today)

    @cached_property
    def expected_words(self) -> str:
        """序时进度 as the light's reason words it (``lights.expected_words``)."""
        return expected_words(self.expected)

    @property
    def reason_says_expected(self) -> bool:
        """The light's reason already says 序时应达 (``progress_words``): the progress
        line below it does not say it a second time."""
        return self.expected_words in self.light.reason

    @cached_property
    def targets(self) -> list[Target]:
        return list(self.item.targets.order_by("position", "id"))

    @cached_property
    def milestones(self):
        return list(self.item.milestones.order_by("due", "position"))

    @cached_property
    def co_owners(self):
        return list(
            self.item.coownerships.select_related("department").order_by("department__name")
        )

    @cached_property
    def source(self) -> dict[str, str]:
        """The pledge in its plan's words, as the importer read them (``excerpt``)."""
        return excerpt(self.item)

    @cached_property
    def deadline_reviewed(self) -> bool:
        """The deadline was set on the import's review page, not read from the wording
        (原文 ``9月底前``, 完成时限 11-30): the page says so beside the source."""
        return PlanEdit.reviewed_deadline(self.item) == self.item.deadline

    @cached_property
    def reports(self) -> list[ProgressReport]:
        return list(
            self.item.reports.select_related("department", "filed_by", "merged_from")
            .prefetch_related(
                "target_values__target",
                Prefetch("attachments", queryset=Attachment.objects.order_by("id")),
            )
            .order_by("-created_at", "-id")
        )

    @cached_property
    def latest_by_department(self) -> list[dict]:
        """The lead's latest report first, then each co-owner's (or a gap)."""
        latest: dict[int, ProgressReport] = {}
        earlier: dict[int, list[ProgressReport]] = {}
        for report in self.reports:  # newest first
            if latest.setdefault(report.department_id, report) is not report and _has_evidence(
                report
            ):
                earlier.setdefault(report.department_id, []).append(report)
        rows = [
            {
                "department": self.item.lead_owner,
                "lead": True,
                "report": latest.get(self.item.lead_owner_id),
                "earlier": _kept_evidence(latest.get(self.item.lead_owner_id), earlier),
            }
        ]
        for share in self.co_owners:
            rows.append(
                {
                    "department": share.department,
                    "lead": False,
                    "excused": share.excused_at is not None,
                    "report": latest.get(share.department_id),
                    "earlier": _kept_evidence(latest.get(share.department_id), earlier),
                }
            )
        return rows

    @cached_property
    def extension_requests(self) -> list[ExtensionRequest]:
        return list(
            self.item.extension_requests.select_related(
                "department", "merged_from", "requested_by", "decided_by"
            ).order_by("-created_at", "-id")
        )

    @cached_property
    def closure_requests(self) -> list[ClosureRequest]:
        return list(
            self.item.closure_requests.select_related(
                "department", "merged_from", "requested_by", "decided_by"
            )
            .prefetch_related("attachments")
            .order_by("-created_at", "-id")
        )

    @cached_property
    def refusals(self) -> list[dict]:
        """The newest extension and closure request, each where it was refused
        (驳回/退回) and nothing newer waits: who refused it, when and why, said
        plainly at the top of an open commitment's page, not only in its history."""
        if self.closed:
            return []
        rows = []
        for kind, requests, refused in (
            ("extension", self.extension_requests, RequestState.REJECTED),
            ("closure", self.closure_requests, ClosureState.RETURNED),
        ):
            if requests and requests[0].state == refused:
                rows.append({"kind": kind, "request": requests[0]})
        return rows

    @cached_property
    def pending(self) -> list[dict]:
        rows = []
        for request in self.extension_requests:
            if request.state == RequestState.PENDING:
                rows.append(
                    {
                        "kind": "extension",
                        "request": request,
                        "forms": self._decision_forms("extension", request),
                    }
                )
        for request in self.closure_requests:
            if request.state == ClosureState.PENDING:
                rows.append(
                    {
                        "kind": "closure",
                        "request": request,
                        "forms": self._decision_forms("closure", request),
                    }
                )
        return rows

    def _decision_forms(self, kind: str, request) -> dict | None:
        if not self.supervises or request.requested_by_id == self.user.pk:
            return None
        return forms.decision_forms(kind, request.pk, self.bound_decision(kind, request.pk))

    def bound_decision(self, kind: str, request_id: int):
        """The decision form on the request ``kind``/``request_id`` a POST could not
        save, or ``None``."""
        if self.bound_request != (kind, str(request_id)):
            return None
        return next(
            (form for action, form in self.bound.items() if forms.decision_kind(action) == kind),
            None,
        )

    @cached_property
    def history(self) -> list[CommitmentEvent]:
        """The events, newest first; a co-owner's report carries ``report_changes``,
        its own values against its previous report (a lead's report event keeps the
        commitment's changes), so the log shows what every department reported."""
        events = self.item.events.select_related(
            "actor__membership__department", "department", "merged_from"
        ).order_by("-created_at", "-id")
        events = history.with_request_states(list(events), self.extension_requests)
        return history.with_people(history.with_report_changes(events, self.reports))

    #: How many of the newest history entries show unfolded; the older ones fold under
    #: 展开全部 (a long history put the report form thousands of pixels down a phone).
    HISTORY_SHOWN = 5

    @property
    def history_shown(self) -> list[CommitmentEvent]:
        return self.history[: self.HISTORY_SHOWN]

    @property
    def history_older(self) -> list[CommitmentEvent]:
        return self.history[self.HISTORY_SHOWN :]

    # --- forms -------------------------------------------------------------
    #: Where on the page each action's form is (its section's or its own id).
    FORM_ANCHORS = {
        "report": "report-form",
        "acknowledge": "acknowledge",
        "extension": "extension",
        "closure": "closure",
        "urge": "urge",
    }

    @cached_property
    def failed(self) -> str | None:
        """The id of the place on the page of the form a POST could not save (its
        own ``action`` brings the browser there; the banner at the top links to it),
        ``None`` when none failed. Files chosen for it are asked for again beside its
        errors (``_form_errors.html``): a browser never sends them twice."""
        for action, form in self.bound.items():
            if form.is_bound and form.errors:
                if forms.decision_kind(action) and self.bound_request:
                    return request_anchor(*self.bound_request)
                return self.FORM_ANCHORS.get(action, "supervise")
        return None

    def _form(self, action: str, form_class, **kwargs):
        if action in self.bound:
            return self.bound[action]
        initial = {"form_token": once.new_token(), **kwargs.pop("initial", {})}
        return form_class(prefix=action, initial=initial, **kwargs)

    @cached_property
    def report_form(self):
        if self.my_department is None or self.closed:
            return None
        return self._form(
            "report", forms.ReportForm, targets=self.targets, initial=self._report_initial()
        )

    def _report_initial(self) -> dict:
        """The reader's own department's figures: the lead's are the commitment's
        (its reports move them); a co-owner's are its last report on it, else the
        form's blanks, never the lead's, which a co-owner typing only a narrative
        would otherwise file as its own."""
        assert self.my_department is not None
        mine = self.my_department.pk
        latest = next((r for r in self.reports if r.department_id == mine), None)
        initial: dict = {"as_of": self.today}
        if mine == self.item.lead_owner_id:
            status = self.item.status
            initial["status"] = status if status not in CLOSED_STATUSES else Status.ON_TRACK
            initial["percent"] = latest.percent if latest else self.item.percent
            for target in self.targets:
                if target.current_value is not None:
                    initial[f"target_{target.pk}"] = rules.plain_number(target.current_value)
        elif latest is not None:
            initial["status"] = latest.status
            initial["percent"] = latest.percent
            for value in latest.target_values.all():
                initial[f"target_{value.target_id}"] = rules.plain_number(value.value)
        return initial

    @cached_property
    def acknowledge_form(self):
        if (
            self.my_department is None
            or self.closed
            or self.my_department.pk in self.acknowledged_ids
        ):
            return None
        return self._form("acknowledge", forms.NoteForm)

    @cached_property
    def extension_form(self):
        if self.closed or self.my_department is None:  # owners ask; supervisors decide
            return None
        if any(p["kind"] == "extension" for p in self.pending):
            return None
        return self._form("extension", forms.ExtensionForm)

    @cached_property
    def closure_form(self):
        if self.closed or not access.is_lead(self.user, self.item):
            return None
        if any(p["kind"] == "closure" for p in self.pending):
            return None
        return self._form("closure", forms.ClosureForm)

    @cached_property
    def closure_progress_warning(self) -> bool:
        """Warn (not block) a lead asking to close work its last report calls unfinished."""
        return workflow.progress_short_of_done(self.item)

    @cached_property
    def correction_form(self):
        if not self.supervises:
            return None
        initial = {
            "lead_owner": self.item.lead_owner_id,
            "co_owners": [s.department_id for s in self.co_owners],
            "deadline": self.item.deadline,
            "milestones": "\n".join(f"{m.due:%Y-%m-%d} {m.text}" for m in self.milestones),
        }
        return self._form(
            "correct",
            forms.CorrectionForm,
            initial=initial,
            lead_id=self.item.lead_owner_id,
            year=self.item.plan.year,
            late=self.late_hand_over,
        )

    @cached_property
    def handed_over_late(self) -> Department | None:
        """The unit the pledge's 逾期 counts against when it came to its lead overdue
        (``rules.handed_over_late``) and is overdue still: the page says 移交时已逾期，原…
        rather than blaming the lead. Else ``None``."""
        counted = rules.overdue_elsewhere(self.item, self.today)
        if counted is None:
            return None
        return Department.objects.filter(pk=counted).first()

    @cached_property
    def late_hand_over(self):
        """The pledge is overdue: the correction form warns that a change of lead needs a
        new deadline (``forms.LateHandOver``); else ``None``."""
        return forms.LateHandOver.of(self.item, self.today)

    @cached_property
    def attachments(self) -> list:
        return list(self.item.attachments.order_by("created_at", "id"))

    @cached_property
    def public_form(self):
        if not self.supervises:
            return None
        initial = {
            "public_note": self.item.public_note,
            "public_files": [a.pk for a in self.attachments if a.public],
        }
        return self._form("public", forms.PublicForm, initial=initial, attachments=self.attachments)

    @cached_property
    def carry_over(self):
        """The accepted carry-over chain (跨年结转) through this pledge."""
        return carry_over.chain(self.item)

    @cached_property
    def urge_form(self):
        if not self.supervises or self.closed:
            return None
        return self._form("urge", forms.UrgeForm)

    @cached_property
    def urge_reach(self) -> str:
        """Whom the urge form's notice would reach now, unit by unit and by which
        channels, and whom it cannot (``notices.reach_words``): the form's help."""
        from commitments.reminders import notices

        return notices.reach_words(notices.reach(self.item), sent=False)

    @cached_property
    def last_urge(self) -> CommitmentEvent | None:
        """The latest 督办通知, while the pledge is 被督办 (``Commitment.urged``)."""
        if not self.item.urged:
            return None
        return next((e for e in self.history if e.kind == EventKind.URGED), None)

    @cached_property
    def urge_answer(self) -> dict | None:
        """The latest 督办通知 and the lead's report that answered it (its first since),
        while the pledge is open (``Commitment.urge_answered``): ``{"urge", "report",
        "late"}``, ``late`` when it came after the 回复期限; else ``None``."""
        if not self.item.urge_answered:
            return None
        urge = next((e for e in self.history if e.kind == EventKind.URGED), None)
        answers = [
            r for r in self.reports if r.is_lead and r.created_at >= self.item.urged_at
        ]  # newest first
        if urge is None or not answers:
            return None
        report = answers[-1]
        by = self.item.urge_reply_by
        return {
            "urge": urge,
            "report": report,
            "late": by is not None and rules.local_day(report.created_at) > by,
        }

    @cached_property
    def urged_today(self) -> CommitmentEvent | None:
        """The reader's own 督办通知 of today, if any: the form says it was sent."""
        return next(
            (
                e
                for e in self.history
                if e.kind == EventKind.URGED
                and e.actor_id == self.user.pk
                and rules.local_day(e.created_at) == timezone.localdate()
            ),
            None,
        )

    @cached_property
    def cancel_form(self):
        if not self.supervises or self.closed:
            return None
        return self._form("cancel", forms.CancelForm)

    @cached_property
    def reopen_form(self):
        if not self.supervises or not self.closed:
            return None
        return self._form("reopen", forms.ReopenForm)

    @property
    def event_kinds(self):
        return EventKind


def _has_evidence(report: ProgressReport) -> bool:
    return bool(report.evidence) or bool(report.attachments.all())  # prefetched


#: How many earlier reports' evidence a department's card shows under its newest report.
EARLIER_EVIDENCE = 3


def _kept_evidence(
    newest: ProgressReport | None, earlier: dict[int, list[ProgressReport]]
) -> list[ProgressReport]:
    """The evidence a correction without evidence would hide: the department's earlier
    reports that carried files or links (newest first), shown with the report they came
    with. A newest report with evidence of its own shows only its own."""
    if newest is None or _has_evidence(newest):
        return []
    return earlier.get(newest.department_id, [])[:EARLIER_EVIDENCE]


def request_anchor(kind: str, request_id: object) -> str:
    """The id of a pending request's card (on the commitment page and in the queue)."""
    return f"request-{kind}-{request_id}"


def render_page(request: HttpRequest, page: Page, status: int = 200) -> HttpResponse:
    return render(
        request, "workspace/commitment.html", {"page": page, "item": page.item}, status=status
    )
