"""The administrators' import: upload → review and correct → commit (SPEC §3).

The upload is kept (``PlanUpload``) while the administrator reviews it: the
source text beside the parsed ledger, each pledge highlighted in the source,
forms to correct boundaries, owners, deadlines, milestones and targets, and
the choice of the plan it updates. Every correction is a ``PlanEdit``; the
page shows the upload as the import would store it with those corrections.
Plain HTML forms (POST, then redirect back): a small script only adds
highlighting as the pointer moves.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from commitments import rules, uploads
from commitments.choices import CarryOverState, Comparator
from commitments.importer.extract import SUPPORTED
from commitments.models import CarryOver, Department, Plan, PlanEdit, PlanUpload
from commitments.services import carry_over


class YearForm(forms.Form):
    """The plan year the administrator gives (``--year`` of the command): on upload, and
    on the review page when the file states none or the one read from it is wrong."""

    year = forms.IntegerField(
        label=gettext_lazy("计划年度"),
        required=False,
        min_value=2000,
        max_value=2100,
        help_text=gettext_lazy("留空则从文中识别"),
    )


class UploadForm(YearForm):
    file = forms.FileField(
        label=gettext_lazy("计划文件"),
        help_text=format_lazy(
            "{}{}", gettext_lazy("讲话稿、工作要点、网页或任务台账："), SUPPORTED
        ),
    )
    field_order = ["file", "year"]


@dataclass
class Row:
    """One pledge as the review page shows it."""

    index: int
    section: int
    item: object
    key: str
    next_key: str | None
    splits: list[tuple[int, str]] = field(default_factory=list)
    #: SPEC §3 ``predecessor``: last year's unfinished pledge this one may carry
    predecessor: dict | None = None
    #: warnings about this pledge alone (a deadline already past)
    warnings: list[str] = field(default_factory=list)
    #: the review's corrections of its fields, latest of each kind: {kind: what it says}
    #: (``reviewed_fields``), marked on its card as a reviewed deadline is on the pledge page
    reviewed: dict[str, str] = field(default_factory=dict)
    #: ``(lead, [co-owners])`` the re-import stores where it keeps a supervisor's edit of
    #: them over the file's (``diff.Update.kept_owners``); ``None``: the file's are stored
    kept_owners: tuple[str, list[str]] | None = None

    @property
    def owner(self) -> str | None:
        """The lead the card shows: the one the import stores."""
        return self.kept_owners[0] if self.kept_owners else self.item.owner

    @property
    def co_owners(self) -> list[str]:
        """The co-owners the card shows: those the import stores."""
        return self.kept_owners[1] if self.kept_owners else list(self.item.co_owners)

    @property
    def file_co_owners(self) -> list[str]:
        """The co-owners the file names (beside kept ones, for the reviewer to compare)."""
        return sorted(self.item.co_owners)

    @property
    def reviewed_lines(self) -> list[tuple[str, str, str]]:
        """``(kind, field name, correction in words)`` of each reviewed field."""
        from commitments.services.plan_import.edits import KIND_LABELS

        return [(kind, str(KIND_LABELS[kind]), said) for kind, said in self.reviewed.items()]

    @property
    def targets(self) -> list[tuple[object, str]]:
        """Each target with its value as written (``0.9``, not ``0.9000``)."""
        return [(t, _num(t.value)) for t in self.item.targets]

    @property
    def owner_source(self) -> str:
        from commitments.choices import OwnerSource

        return str(dict(OwnerSource.choices).get(self.item.owner_source, self.item.owner_source))


def upload_view(admin, request: HttpRequest) -> HttpResponse:
    """Step 1: choose the file; it is kept for review."""
    if not admin.has_add_permission(request):
        raise PermissionDenied
    if request.method == "POST" and uploads.is_too_large(request.META, uploads.PLAN):
        form = UploadForm()
        form.add_error(None, uploads.too_large_message(uploads.PLAN))
    else:
        form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_bound and form.is_valid():
        data = form.cleaned_data["file"].read()
        upload = PlanUpload.objects.create(
            data=data,
            filename=form.cleaned_data["file"].name[:255],
            year=form.cleaned_data["year"],
            created_by=request.user,
        )
        return redirect("admin:commitments_plan_review", upload.pk)
    context = {
        **admin.admin_site.each_context(request),
        "opts": admin.model._meta,
        "title": _("导入计划"),
        "form": form,
    }
    return TemplateResponse(request, "admin/commitments/plan/import.html", context)


def review_view(admin, request: HttpRequest, upload_id: int) -> HttpResponse:
    """Step 2: the parsed ledger beside its source, with forms to correct it."""
    from commitments.services.plan_import import PlanImportError

    if not admin.has_add_permission(request):
        raise PermissionDenied
    upload = get_object_or_404(PlanUpload, pk=upload_id, state=PlanUpload.State.DRAFT)
    here = reverse("admin:commitments_plan_review", args=[upload.pk])
    if request.method == "POST":
        try:
            done = act(request, upload)
        except PlanImportError as exc:
            messages.error(request, str(exc))
            return redirect(here)
        if done is not None:
            return done
        anchor = request.POST.get("anchor", "")
        return redirect(here + (f"#{anchor}" if anchor else ""))
    context = {
        **admin.admin_site.each_context(request),
        "opts": admin.model._meta,
        "title": _("审核导入：%(name)s") % {"name": upload.filename},
        "upload": upload,
        "year_form": YearForm(initial={"year": upload.year}),
    }
    try:
        found = state(upload)
        if propose_plan(upload, found["result"]):
            found = state(upload)  # compared with the proposed plan
        context.update(found)
    except PlanImportError as exc:
        context["error"] = str(exc)
    return TemplateResponse(request, "admin/commitments/plan/review.html", context)


def propose_plan(upload: PlanUpload, result) -> bool:
    """Preselect the plan an upload that nobody decided yet clearly updates
    (:data:`~commitments.services.plan_import.identity.CLEAR_MATCH`): the page then
    shows that choice checked and the diff against it; the administrator may change
    it. Whether it did."""
    from commitments.services.plan_import.identity import clear_match

    if upload.plan_id is not None or upload.new:
        return False
    undecided = [t for t in result.targets if t.decision == "choose"]
    match = clear_match(undecided[0]) if len(undecided) == 1 else None
    if match is None:
        return False
    upload.plan = match.plan
    upload.save(update_fields=["plan", "updated_at"])
    return True


def choice_of(upload: PlanUpload):
    from commitments.services.plan_import import PlanChoice

    return PlanChoice(plan_id=upload.plan_id, new=upload.new)


def preview(upload: PlanUpload):
    from commitments.services.plan_import import import_plan_file

    return import_plan_file(
        bytes(upload.data),
        upload.filename,
        year=upload.year,
        dry_run=True,
        choice=choice_of(upload),
        upload=upload,
        writer="web",
    )


def state(upload: PlanUpload) -> dict:
    from commitments.services.plan_import import checks, corrections_of, edits
    from commitments.services.plan_import import diff as plan_diff

    result = preview(upload)
    catalog = list(Department.objects.active().order_by("name").values_list("name", flat=True))
    creating = {
        c.key for c in corrections_of(plan=upload.plan, upload=upload) if c.kind == "create_unit"
    }
    today = timezone.localdate()
    source = result.parsed.source_text
    documents = []
    for target in result.targets:
        doc = target.doc
        # The corrections the preview applied: the plan it updates (chosen, or the one
        # the file is a copy of) and this upload's own.
        updated = target.plan if target.decision in ("update", "unchanged") else None
        reviewed = reviewed_fields(corrections_of(plan=upload.plan or updated, upload=upload))
        for old, new in target.followed.items():  # corrections of a pledge the file reworded
            for kind, said in reviewed.get(old, {}).items():
                reviewed.setdefault(new, {}).setdefault(kind, said)
        rows: list[Row] = []
        for section in doc.sections:
            items = section.commitments
            for i, item in enumerate(items):
                rows.append(
                    Row(
                        index=len(rows),
                        section=section.number,
                        item=item,
                        key=edits.key_of(item),
                        next_key=edits.key_of(items[i + 1]) if i + 1 < len(items) else None,
                        splits=[(at, item.text[:at][-12:]) for at in edits.split_points(item.text)],
                        reviewed=reviewed.get(edits.key_of(item), {}),
                    )
                )
        found = carry_over.preview(doc.plan_year, [r.item.as_dict() for r in rows])
        change = result.diffs.get(doc.index)
        # the same file again: nothing is written, but the card still shows what the plan
        # keeps over the file (a supervisor's lead), as a changed re-import's card does
        same = result.same_diffs.get(doc.index)
        kept_by = change or same
        fresh = {id(c) for c in checks.dated_anew(doc, target.plan is not None, change)}
        kept_owners = {id(u.item): u.kept_owners for u in kept_by.updates} if kept_by else {}
        for row, predecessor in zip(rows, found, strict=True):
            row.predecessor = predecessor
            row.kept_owners = kept_owners.get(id(row.item))
            late = checks.past_due(row.item, today) if id(row.item) in fresh else None
            early = (
                rules.deadline_before_plan(row.item.deadline, doc.plan_year)
                if row.item.deadline and doc.plan_year
                else None
            )
            row.warnings.extend(w for w in (early, late) if w)
        unknown = edits.unknown_units(doc, set(catalog))
        warnings = [
            w
            for w in doc.warnings
            if not _settled_unit(w, catalog, unknown) and not _created_unit(w, creating)
        ]
        late = checks.past_due_summary([r.item for r in rows if id(r.item) in fresh], today)
        documents.append(
            {
                "doc": doc,
                "warnings": [*warnings, *([late] if late else [])],
                "target": target,
                "rows": rows,
                "segments": segments(source, rows),
                "unknown": unknown,
                # each unit the catalog lacks, with those this review creates that it may
                # be mapped to (an abbreviation to its office's full name, created here)
                "unknown_rows": [
                    (name, [u for u in unknown if u in creating and u != name]) for name in unknown
                ],
                "diff_lines": (
                    change.text_lines()
                    if change
                    else same_lines(target) + (same.kept_lines() if same else [])
                ),
                "keep_sections": bool(change and change.keep_sections),
                "kept": len(kept_by.kept_edits) if kept_by else 0,
            }
        )
    return {
        "documents": documents,
        "catalog": catalog,
        "creating": creating,
        "keep_sections_note": plan_diff.KEEP_SECTIONS_NOTE,
        "result": result,
        "comparators": Comparator.choices,
    }


def same_lines(target) -> list[str]:
    """The review's diff of a file the plan already holds as it is (``unchanged``: the
    service compares nothing): it says so, and that confirming changes nothing; ``[]``
    for any other target without a diff."""
    from commitments.services.plan_import import diff as plan_diff

    if target.decision != "unchanged" or target.plan is None:
        return []
    return [
        _("与工作计划“%(title)s”（ID %(id)d）相同，无变化")
        % {"title": target.plan.title, "id": target.plan.pk},
        "  " + str(plan_diff.NOTHING_CHANGES),
    ]


#: The corrections of one pledge's fields, which its card marks (a merge, split or drop
#: changes the cards themselves; a unit mapped or created applies to the whole plan).
FIELD_KINDS = ("owner", "co_owners", "deadline", "milestones", "targets")


def reviewed_fields(corrections) -> dict[str, dict[str, str]]:
    """``{pledge key: {kind: the correction in words}}``, the latest of each kind."""
    from commitments.services.plan_import import edits

    found: dict[str, dict[str, str]] = {}
    for c in corrections:  # oldest first: a later one replaces an earlier one
        if c.kind in FIELD_KINDS:
            found.setdefault(c.key, {})[c.kind] = edits.describe(c.kind, c.value)
    return found


def _settled_unit(warning: str, catalog: list[str], unknown: list[str]) -> bool:
    """A warning about units (:class:`~commitments.importer.types.UnitWarning`) that no
    pledge carries any more (they were mapped). Read from the names the warning carries,
    not its words, so every language drops the same warnings."""
    named = getattr(warning, "units", ())
    return bool(named) and all(n not in unknown and n not in catalog for n in named)


def _created_unit(warning: str, creating: set[str]) -> bool:
    """A "not in the catalog" warning about units the administrator chose to create."""
    named = getattr(warning, "units", ())
    return bool(named) and all(n in creating for n in named)


def segments(source: str, rows: list[Row]) -> list[tuple[str, int | None]]:
    """The source text cut into plain runs and highlighted pledges."""
    out: list[tuple[str, int | None]] = []
    at = 0
    for row in sorted(rows, key=lambda r: r.item.start):
        start, end = max(row.item.start, at), row.item.end
        if start >= end:
            continue
        out.append((source[at:start], None))
        out.append((source[start:end], row.index))
        at = end
    out.append((source[at:], None))
    return [(text, index) for text, index in out if text]


def act(request: HttpRequest, upload: PlanUpload) -> HttpResponse | None:
    """One correction (or the choice, or the commit) from the review page."""
    from commitments.services.plan_import import LikelyDuplicate, import_plan_file

    post = request.POST
    action = post.get("action", "")
    key = post.get("key", "")

    def record(kind: str, value: dict, on: str = key) -> None:
        PlanEdit.objects.create(
            upload=upload, kind=kind, key=on[:100], value=value, created_by=request.user
        )

    if action == "choose":
        choice = post.get("plan_choice", "")
        upload.new = choice == "new"
        upload.plan = Plan.objects.filter(pk=int(choice)).first() if choice.isdigit() else None
        upload.save(update_fields=["plan", "new", "updated_at"])
    elif action == "year":
        form = YearForm(post)
        if form.is_valid():
            upload.year = form.cleaned_data["year"]
            upload.save(update_fields=["year", "updated_at"])
        else:
            for error in form.errors.get("year", []):
                messages.error(request, _("计划年度：%(error)s") % {"error": error})
    elif action == "merge":
        record("merge", {"next": post.get("next", "")})
    elif action == "split":
        item = _item(upload, key)
        at = int(post.get("at", "0") or 0) if post.get("at", "").isdigit() else 0
        if item is not None and 0 < at < len(item.text):
            record("split", {"before": item.text[:at]})
    elif action == "drop":
        record("drop", {})
    elif action == "map_unit" and post.get("department"):
        if mappable(upload, post["department"]):
            record("map_unit", {"department": post["department"]}, post.get("name", ""))
        else:
            messages.error(
                request,
                _("单位目录和本次新建的单位中都没有“%(name)s”，未映射")
                % {"name": post["department"]},
            )
    elif action == "create_unit":
        record("create_unit", {}, post.get("name", ""))
    elif action == "save":
        item, year = _found(upload, key)
        if item is not None:
            early = refused_deadline(item, post, year)
            for kind, value in changed_fields(item, post):
                if not (kind == "deadline" and early):
                    record(kind, value)
            for refused in (early, refused_co_owner(item, post)):
                if refused:
                    messages.error(request, refused)
    elif action == "commit":
        try:
            result = import_plan_file(
                bytes(upload.data),
                upload.filename,
                year=upload.year,
                user=request.user,
                choice=choice_of(upload),
                upload=upload,
                writer="web",
            )
        except LikelyDuplicate as exc:
            messages.error(request, exc.worded("web"))
            return None
        upload.state = PlanUpload.State.DONE
        upload.result = {"summary": result.summary, "plan_ids": result.plan_ids}
        upload.save(update_fields=["state", "result", "updated_at"])
        counts, *units = result.outcome_lines()
        messages.success(request, counts)
        for line in units:
            messages.warning(request, line)
        for plan_id in result.plan_ids:
            messages.info(
                request,
                format_html(
                    '<a href="{}?plan={}">{}</a>',
                    reverse("workspace:list"),
                    plan_id,
                    _("到工作台查看本计划的承诺事项 →"),
                ),
            )
        proposed = CarryOver.objects.filter(
            successor__plan_id__in=result.plan_ids, state=CarryOverState.PROPOSED
        ).count()
        if proposed:
            messages.info(
                request,
                _("%(n)d 项上年未完成事项可能由本计划承接，请逐项确认或否决跨年结转")
                % {"n": proposed},
            )
            changelist = reverse("admin:commitments_carryover_changelist")
            return redirect(
                f"{changelist}?state__exact=proposed&successor__plan__id__exact={result.plan_ids[0]}"
            )
        if result.plan_ids:
            return redirect("admin:commitments_plan_change", result.plan_ids[0])
        return redirect("admin:commitments_plan_changelist")
    return None


def mappable(upload: PlanUpload, name: str) -> bool:
    """Whether a unit name may be mapped to ``name``: an active unit of the catalog, or
    one this review (or the plan it updates) creates on confirm."""
    from commitments.services.plan_import import corrections_of

    if Department.objects.active().filter(name=name).exists():
        return True
    found = corrections_of(plan=upload.plan, upload=upload)
    return any(c.kind == "create_unit" and c.key == name for c in found)


def _item(upload: PlanUpload, key: str):
    return _found(upload, key)[0]


def _found(upload: PlanUpload, key: str) -> tuple[Any, int | None]:
    """The pledge ``key`` names and its plan's year (``None``: neither found)."""
    from commitments.services.plan_import import edits

    for target in preview(upload).targets:
        for item in target.doc.commitments():
            if edits.key_of(item) == key:
                return item, target.doc.plan_year
    return None, None


def refused_deadline(item, post, year: int | None) -> str:
    """Why the deadline typed in the form is not saved (before the plan's year:
    ``rules.deadline_before_plan``); "" when it may be."""
    try:
        typed = datetime.date.fromisoformat(post.get("deadline", ""))
    except ValueError:
        return ""
    said = rules.deadline_before_plan(typed, year) if year else None
    return f"{item.code}：{said}" if said else ""


def refused_co_owner(item, post) -> str:
    """Why the lead ticked among the co-owners was not saved as one; "" when it was not."""
    lead = post.get("owner", "") or item.owner
    if "co_owners_shown" not in post or not lead or lead not in post.getlist("co_owners"):
        return ""
    # The words of the supervisor's correction form (``services.supervision``).
    return f"{item.code}：" + _("“%(name)s”是牵头单位，不能同时作为配合单位") % {"name": lead}


def changed_fields(item, post) -> list[tuple[str, dict]]:
    """The pledge's fields as the form gives them, where they differ from the parse. The
    lead ticked as its own co-owner is left out (``refused_co_owner`` says so)."""
    from commitments.services.plan_import import edits

    out: list[tuple[str, dict]] = []
    owner = post.get("owner", "")
    if owner and owner != item.owner:
        out.append(("owner", {"department": owner}))
    co_owners = edits.without_lead(post.getlist("co_owners"), owner or item.owner)
    if "co_owners_shown" in post and co_owners != list(item.co_owners):
        out.append(("co_owners", {"departments": co_owners}))
    deadline = post.get("deadline", "")
    was = item.deadline.isoformat() if item.deadline else ""
    if deadline and deadline != was:
        try:
            datetime.date.fromisoformat(deadline)
            out.append(("deadline", {"date": deadline, "was": was}))
        except ValueError:
            pass
    if "milestones" in post:
        wanted = []
        for line in post["milestones"].splitlines():
            due, _sep, text = line.strip().partition(" ")
            if due:
                wanted.append({"due": due, "text": text.strip()})
        current = [{"due": m.due.isoformat(), "text": m.text} for m in item.milestones]
        if wanted != current:
            out.append(("milestones", {"items": wanted}))
    if "targets_shown" in post:
        rows = zip(
            post.getlist("t_metric"),
            post.getlist("t_comparator"),
            post.getlist("t_value"),
            post.getlist("t_unit"),
            strict=False,
        )
        removed = set(post.getlist("t_remove"))
        wanted = [
            {"metric": m.strip(), "comparator": c, "value": v.strip(), "unit": u.strip()}
            for i, (m, c, v, u) in enumerate(rows)
            if m.strip() and v.strip() and str(i) not in removed
        ]
        current = [
            {"metric": t.metric, "comparator": t.comparator, "value": _num(t.value), "unit": t.unit}
            for t in item.targets
        ]
        if [{**w, "value": _num(w["value"])} for w in wanted] != current:
            out.append(("targets", {"items": wanted}))
    return out


def _num(value) -> str:
    from decimal import Decimal, InvalidOperation

    try:
        return rules.plain_number(Decimal(str(value)))
    except InvalidOperation:
        return str(value)
