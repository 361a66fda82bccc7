"""Admin for the whole domain. Labels come from the models' verbose names.

The admin writes domain rows only through the services: a commitment's owner,
co-owners, deadline, status, title and official go through
``services.supervision`` (history event, ``edited_fields`` so that a re-import
keeps the edit, the same refusals as the API); requests are decided with the
workflow's actions; reports, events, targets and milestones are read-only here.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from commitments import history, models, people, wording
from commitments.department_lists import DepartmentForm
from commitments.errors import DomainError
from commitments.reminders import admin as reminders_admin  # noqa: F401  (registers its models)
from commitments.services import supervision, workflow

# The product's name on every admin page (title bar, header), not "Django 管理".
admin.site.site_header = _("承诺事项督办台账 · 管理后台")
admin.site.site_title = _("承诺事项督办台账 · 管理后台")


def _short_time(moment) -> str:
    """``2026-12-07 09:30`` in the town's time: the long localized form
    (2026年12月7日 09:30) clipped list columns at desktop width."""
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records written only through the services (reports, requests, history, jobs): the
    admin lists and shows them, and never adds, changes or deletes one."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(models.Department)
class DepartmentAdmin(admin.ModelAdmin):
    form = DepartmentForm  # e-mail addresses, aliases, keywords: one a line, each checked
    list_display = [
        "name_shown",
        "short_name",
        "priority",
        "is_default",
        "is_active",
        "needs_review",
    ]
    list_filter = ["needs_review", "is_default", "is_active"]
    search_fields = ["name", "short_name"]
    actions = ["confirm", "merge"]

    class Media:
        css = {"all": ["commitments/admin.css"]}  # its list on a phone (walk 11)

    @admin.display(description=_("名称"), ordering="name")
    def name_shown(self, department: models.Department) -> str:
        """The name, and for a retired unit what became of it, beside the name (the
        column a phone keeps; 启用's ✕ is hidden there): 已合并至农业农村办 for a merged
        unit (the active unit listing its name as an alias), else 已停用."""
        if department.is_active:
            return department.name
        from commitments.services.catalog import alias_target

        target = alias_target(department)
        mark = _("已合并至%(name)s") % {"name": target.name} if target else _("已停用")
        return format_html(
            '{} <small class="retired" data-field="retired">{}</small>', department.name, mark
        )

    @admin.action(description=_("确认所选单位（取消待确认标记）"))
    def confirm(self, request, queryset):
        from commitments.services.catalog import confirm_departments

        confirm_departments(queryset)

    @admin.action(description=_("合并到以其名称为别名的单位"))
    def merge(self, request, queryset):
        """Asks first (which unit each department becomes), then runs the merge as a
        background job (``services.merge_jobs``) and shows the job's page."""
        from commitments.services import merge_jobs

        confirmed = request.POST.get("confirm") == "yes"
        # What was chosen, even if merged (and deleted) since: a stale second tab.
        posted = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        chosen = [int(pk) for pk in posted if pk.isdigit()]
        try:
            if confirmed:
                queued = merge_jobs.queue(queryset, request.user, chosen)
                pairs, missing = [], queued.missing
            else:
                pairs, missing = merge_jobs.plan(queryset, chosen)
        except DomainError as refused:
            why = _("未合并任何单位：%(reason)s") % {"reason": refused.message}
            self.message_user(request, why, messages.ERROR)
            return None
        if missing:
            self.message_user(
                request,
                _("没有单位把这些名称列为别名，未合并：%(names)s")
                % {"names": wording.listed(missing)},
                messages.WARNING,
            )
        if not confirmed and pairs:
            return TemplateResponse(
                request,
                "admin/commitments/department/merge_confirm.html",
                {
                    **self.admin_site.each_context(request),
                    "opts": self.model._meta,
                    "pairs": pairs,
                    "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
                    "title": _("合并单位"),
                },
            )
        if confirmed and queued.job is not None:
            return HttpResponseRedirect(
                reverse("admin:commitments_department_merge_job", args=[queued.job.pk])
            )
        return None

    def get_urls(self):
        urls = [
            path(
                "merge-jobs/<int:job_id>/",
                self.admin_site.admin_view(self.merge_job_view),
                name="commitments_department_merge_job",
            ),
        ]
        return urls + super().get_urls()

    def merge_job_view(self, request, job_id: int):
        """Where a merge stands: queued, running (which step), then what moved or why
        nothing did. Reloads itself every few seconds until the job is finished."""
        from commitments.services import merge_jobs

        if not self.has_change_permission(request):
            raise PermissionDenied
        job = get_object_or_404(models.MergeJob, pk=job_id)
        return TemplateResponse(
            request,
            "admin/commitments/department/merge_job.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "job": job,
                "step": merge_jobs.step_words(job),
                "done": [merged_message(r) for r in merge_jobs.results(job)],
                "title": _("合并单位"),
            },
        )


def merged_message(done) -> str:
    """The admin's confirmation of one merge: what moved, and whether the merged
    department is kept (retired) or deleted."""
    from django.utils.translation import gettext, ngettext

    parts = [
        ngettext("承诺事项 %(count)s 项", "承诺事项 %(count)s 项", done.commitments)
        % {"count": done.commitments},
        ngettext("账号 %(count)s 个", "账号 %(count)s 个", done.accounts)
        % {"count": done.accounts},
    ]
    if done.reports:
        parts.append(
            ngettext("进度报送 %(count)s 份", "进度报送 %(count)s 份", done.reports)
            % {"count": done.reports}
        )
    if done.acknowledgements:
        parts.append(
            ngettext("签收 %(count)s 条", "签收 %(count)s 条", done.acknowledgements)
            % {"count": done.acknowledgements}
        )
    if done.requests:
        parts.append(
            ngettext("延期和办结申请 %(count)s 件", "延期和办结申请 %(count)s 件", done.requests)
            % {"count": done.requests}
        )
    moved = gettext("单位“%(source)s”已合并到“%(target)s”：转入%(moved)s。") % {
        "source": done.source,
        "target": done.target,
        "moved": wording.listed(parts),
    }
    if done.retired:
        return moved + gettext(
            "转入的报送记录注明原报送单位；原单位已停用，作为历史记录保留（邮件记录仍在其名下）。"
        )
    return moved + gettext("原单位已删除。")


@admin.display(description=_("操作人"), ordering="actor__username")
def actor_shown(admin_class, row) -> str:
    """Who acted, named as everywhere (``people.person_name``), not by user name."""
    return people.person_name(row.actor) or "—"


@admin.register(models.MergeJob)
class MergeJobAdmin(ReadOnlyAdmin):
    """The administrators' merges, each linking to its page; written only by the merge."""

    list_display = ["__str__", "state", "actor_shown", "created_at", "finished_at", "page"]
    list_filter = ["state"]
    actor_shown = actor_shown

    @admin.display(description=_("进度和结果"))
    def page(self, job):
        url = reverse("admin:commitments_department_merge_job", args=[job.pk])
        return format_html('<a href="{}">{}</a>', url, _("查看"))


@admin.register(models.Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "department"]
    list_filter = ["role", "department"]
    search_fields = ["user__username", "user__email"]
    filter_horizontal = ["supervised_departments"]
    autocomplete_fields = ["user", "department"]


@admin.register(models.ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["prefix", "user", "name", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["user__username", "prefix"]
    readonly_fields = ["prefix", "created_at", "last_used_at"]
    actions = ["revoke"]

    def has_add_permission(self, request) -> bool:
        return False  # tokens are issued by create_account or the token endpoint

    @admin.action(description=_("吊销所选令牌"))
    def revoke(self, request, queryset):
        for token in queryset:
            token.revoke()


class SectionInline(admin.TabularInline):
    model = models.Section
    extra = 0
    fields = ["number", "title"]


class PlanEditInline(admin.TabularInline):
    """Corrections made on the review page; every re-import applies them again.
    An audit trail: shown, never added, changed or deleted here."""

    model = models.PlanEdit
    fk_name = "plan"
    extra = 0
    can_delete = False
    fields = ["created_at", "kind_shown", "subject", "content", "created_by"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description=_("类型"))
    def kind_shown(self, edit: models.PlanEdit) -> str:
        from commitments.services.plan_import.edits import KIND_LABELS

        return str(KIND_LABELS.get(edit.kind, edit.kind))

    @admin.display(description=_("对象"))
    def subject(self, edit: models.PlanEdit) -> str:
        """The unit's name, or the pledge (code and opening words) the correction is of."""
        from commitments.services.plan_import.edits import BOUNDARY, UNITS

        if edit.kind in UNITS:
            return edit.key
        if edit.kind in BOUNDARY:  # keyed by a wording the correction itself replaced
            return _("按原文识别的一条")
        found = (
            models.Commitment.objects.filter(plan_id=edit.plan_id, fingerprint=edit.key)
            .values_list("code", "text")
            .first()
        )
        if found is None:
            return _("（文件中已无此事项）")
        code, text = found
        return f"{code} {text[:24]}{'…' if len(text) > 24 else ''}"

    @admin.display(description=_("内容"))
    def content(self, edit: models.PlanEdit) -> str:
        from commitments.services.plan_import.edits import describe

        if edit.kind == "create_unit":  # a plan's edits were all applied by its import
            unit = models.Department.objects.filter(name=edit.key).first()
            if unit is not None and not unit.needs_review:
                return _("导入时已加入单位目录")
            return _("导入时已加入单位目录（待确认）")
        return describe(edit.kind, edit.value or {})


@admin.register(models.Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = ["title", "year", "source_name", "document_index", "public", "imported"]
    list_filter = ["year", "public"]
    search_fields = ["title", "source_name"]
    readonly_fields = ["public", "source_sha256", "source_text", "created_at", "updated_at"]
    actions = ["publish", "unpublish"]
    inlines = [SectionInline, PlanEditInline]
    change_list_template = "admin/commitments/plan/change_list.html"

    class Media:
        css = {"all": ["commitments/admin.css"]}

    @admin.display(description=_("导入时间"), ordering="created_at")
    def imported(self, plan: models.Plan) -> str:
        return _short_time(plan.created_at)

    def get_urls(self):
        urls = [
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="commitments_plan_import",
            ),
            path(
                "import/<int:upload_id>/",
                self.admin_site.admin_view(self.review_view),
                name="commitments_plan_review",
            ),
        ]
        return urls + super().get_urls()

    def _set_public(self, request, queryset, public: bool) -> bool:
        from commitments.services.publication import set_plan_public

        for plan_id in queryset.values_list("pk", flat=True):
            try:
                set_plan_public(request.user, plan_id, public)
            except DomainError as refused:
                self.message_user(request, refused.message, messages.ERROR)
                return False
        return True

    @admin.action(description=_("公开所选计划的承诺兑现公示页面"))
    def publish(self, request, queryset):
        """Asks first (an intermediate page), then says where each public page is."""
        plans = list(queryset.defer("source_text").order_by("pk"))
        if request.POST.get("confirm") != "yes":
            return TemplateResponse(
                request,
                "admin/commitments/plan/publish_confirm.html",
                {
                    **self.admin_site.each_context(request),
                    "opts": self.model._meta,
                    "plans": plans,
                    "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
                    "title": _("公开计划"),
                },
            )
        if self._set_public(request, queryset, True):
            links = format_html_join(
                wording.separator(),
                '<a href="{}">{}</a>',
                (
                    (request.build_absolute_uri(reverse("public-plan", args=[p.pk])), p.title)
                    for p in plans
                ),
            )
            self.message_user(
                request, format_html(str(_("已公开；公示页面：{}")), links), messages.SUCCESS
            )
        return None

    @admin.action(description=_("撤回所选计划的公示"))
    def unpublish(self, request, queryset) -> None:
        if self._set_public(request, queryset, False):
            self.message_user(request, _("已撤回公示"), messages.SUCCESS)

    def save_model(self, request, obj, form, change) -> None:
        """The due day and start of a stored plan are the plans service's to write
        (``plans.change_schedule`` moves the plan's first reports in the scorecard's
        tallies with them), in the admin's transaction; the form saves the rest."""
        from commitments.services import plans

        if not change:
            super().save_model(request, obj, form, change)
            return
        plans.change_schedule(
            request.user, obj.pk, report_due_day=obj.report_due_day, starts_on=obj.starts_on
        )
        rest = [
            f.name
            for f in obj._meta.concrete_fields
            if not f.primary_key and f.name not in plans.SCHEDULE
        ]
        obj.save(update_fields=rest)

    def import_view(self, request):
        """Upload → review and correct (``admin_review``) → commit."""
        from commitments import admin_review

        return admin_review.upload_view(self, request)

    def review_view(self, request, upload_id: int):
        from commitments import admin_review

        return admin_review.review_view(self, request, upload_id)


@admin.register(models.Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["plan", "number", "title"]
    list_filter = ["plan"]


class ReadOnlyInline(admin.TabularInline):
    """Rows shown beside a commitment, changed through the services only."""

    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


class CoOwnershipInline(ReadOnlyInline):
    model = models.CoOwnership
    fields = ["department", "since", "excused_at", "excused_by"]
    readonly_fields = fields


class TargetInline(ReadOnlyInline):
    model = models.Target
    fields = ["metric", "comparator", "value", "unit", "baseline", "current_value", "current_as_of"]
    readonly_fields = fields


class MilestoneInline(ReadOnlyInline):
    model = models.Milestone
    fields = ["due", "text", "completed_at"]
    readonly_fields = fields


def _changes_html(event: models.CommitmentEvent) -> str:
    """An event's changes as the workspace's history reads them (field labels,
    old → new, units; a co-owner's report its own values), not the stored JSON."""
    if not hasattr(event, "report_changes"):
        event = history.in_words([event], event.commitment)[0]
    rows = history.event_lines(event, event.commitment.targets.all())
    if not rows:
        return "—"
    lines = format_html(
        '<ul class="changes">{}</ul>',
        format_html_join(
            "",
            "<li>{}：{}<strong>{}</strong></li>",
            ((label, f"{old} → " if old else "", new) for label, old, new in rows),
        ),
    )
    if history.is_co_owner_report(event):
        hint = _("（配合单位报送，不改变事项进度）")
        return format_html('{}<small class="hint">{}</small>', lines, hint)
    return lines


def _note_html(event: models.CommitmentEvent) -> str:
    """The note, or what a report said (``history.report_said``: its words when it changed
    no field, the evidence it added)."""
    if history.report_id(event) and not hasattr(event, "report_said"):
        event = history.in_words([event], event.commitment)[0]
    said = "；".join(getattr(event, "report_said", ()))
    return history.note_shown(event) or said or "—"


def _department_words(event: models.CommitmentEvent) -> str:
    """The event's department as the history pages name it (``农业农村办（原水利站）``
    after a merge re-pointed it)."""
    return event.department_words or "—"


class EventInline(ReadOnlyInline):
    model = models.CommitmentEvent
    fields = [
        "created_at",
        "kind",
        "actor_shown",
        "department_shown",
        "changes_shown",
        "note_shown",
    ]
    readonly_fields = fields
    actor_shown = actor_shown

    @admin.display(description=_("单位"))
    def department_shown(self, event: models.CommitmentEvent) -> str:
        return _department_words(event)

    @admin.display(description=_("变更内容"))
    def changes_shown(self, event: models.CommitmentEvent) -> str:
        return _changes_html(event)

    @admin.display(description=_("说明"))
    def note_shown(self, event: models.CommitmentEvent) -> str:
        return _note_html(event)


class CoOwnersWidget(FilteredSelectMultiple):
    """The two-box selector in a box of its own: SelectFilter2.js puts the selector first
    in the select's parent, which for a form (not model) field is the row itself, so the
    label 配合单位 ended up to the right of it."""

    def render(self, name, value, attrs=None, renderer=None):
        return format_html(
            '<div class="related-widget-wrapper" data-field="co_owners">{}</div>',
            super().render(name, value, attrs, renderer),
        )


class CommitmentForm(forms.ModelForm):
    """The supervisor's fields of a commitment; ``clean`` asks the supervision
    service whether the change is allowed, ``CommitmentAdmin.save_model`` makes it."""

    co_owners = forms.ModelMultipleChoiceField(
        queryset=models.Department.objects.active(),  # a merged (retired) unit is not offered
        required=False,
        label=_("配合单位"),
        # In the widget's sentences (可用配合单位 / Available co-owner departments): lower case.
        widget=CoOwnersWidget(pgettext_lazy("in a sentence", "配合单位"), is_stacked=False),
    )
    note = forms.CharField(
        label=_("修改说明"),
        required=False,
        max_length=2000,
        help_text=_("记入办理记录；重新打开已办结、已取消的事项时必填"),
    )

    class Meta:
        model = models.Commitment
        fields = ["title", "official", "lead_owner", "deadline", "status"]

    #: who edits: set by ``CommitmentAdmin.get_form``
    user = None

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        lead = self.fields["lead_owner"]
        lead.queryset = models.Department.objects.filter(  # type: ignore[attr-defined]
            Q(is_active=True) | Q(pk=self.instance.lead_owner_id)
        )
        if self.instance.pk:
            # The lead unit is never its own co-owner: not offered.
            co_owners = self.fields["co_owners"]
            co_owners.queryset = co_owners.queryset.exclude(pk=self.instance.lead_owner_id)  # type: ignore[attr-defined]
            self.fields["co_owners"].initial = list(
                self.instance.coownerships.values_list("department_id", flat=True)
            )

    def changes(self) -> dict:
        """The changed supervisor fields, as ``supervision.update_commitment`` takes them."""
        return {
            name: self.cleaned_data[name]
            for name in self.changed_data
            if name in supervision.EDITABLE_FIELDS
        }

    def clean(self) -> dict:
        cleaned = super().clean()
        if self.instance.pk and not self.errors:
            stored = models.Commitment.objects.get(pk=self.instance.pk)
            try:
                supervision.check(stored, self.user, self.changes())
                if supervision.reopens(stored, self.changes().get("status")):
                    workflow.required_reopen_reason(cleaned.get("note"), field="note")
            except DomainError as refused:
                raise forms.ValidationError(
                    {refused.field: refused.message}
                    if refused.field in self.fields
                    else refused.message
                ) from refused
        return cleaned


@admin.register(models.Commitment)
class CommitmentAdmin(admin.ModelAdmin):
    list_display = ["code", "title", "lead_owner", "deadline", "status", "percent", "owner_source"]
    list_filter = ["plan", "status", "owner_source", "lead_owner", "removed_from_source"]
    search_fields = ["code", "title", "text"]
    list_select_related = ["lead_owner"]
    autocomplete_fields = ["lead_owner"]
    form = CommitmentForm
    readonly_fields = [
        "plan",
        "section",
        "code",
        "text",
        "source_start",
        "source_end",
        "fingerprint",
        "owner_source",
        "original_deadline",
        "percent",
        "removed_from_source",
        "kept_fields",
        "acknowledged_at",
        "acknowledged_by_name",
        "last_report_at",
        "last_report_on",
        "completed_at",
        "public_note",  # written through the API / workspace (supervision service)
        "created_at",
        "updated_at",
    ]
    inlines = [CoOwnershipInline, TargetInline, MilestoneInline, EventInline]
    actions = ["keep_retired"]
    object_history_template = "admin/commitments/commitment/object_history.html"

    def history_view(self, request, object_id, extra_context=None):
        """历史 shows the commitment's 办理记录, newest first: every write goes through
        the services and leaves an event, while Django's log holds only admin saves."""
        response = super().history_view(request, object_id, extra_context)
        item = getattr(response, "context_data", {}).get("object")
        if isinstance(item, models.Commitment):
            events = item.events.select_related("commitment", "actor", "department", "merged_from")
            events = history.in_words(events.order_by("-created_at", "-pk"), item)
            events_url = reverse("admin:commitments_commitmentevent_changelist")
            response.context_data |= {
                "events": [(e, _changes_html(e), _note_html(e)) for e in events],
                "events_url": f"{events_url}?commitment__id__exact={item.pk}",
            }
        return response

    def has_add_permission(self, request) -> bool:
        return False  # commitments come from plan imports

    @admin.display(description=_("签收人"))
    def acknowledged_by_name(self, obj: models.Commitment) -> str:
        """Who acknowledged it, named as everywhere (``people.person_name``; walk16 m6:
        it read 签收人: staff10)."""
        return people.person_name(obj.acknowledged_by) or "—"

    @admin.display(description=_("重新导入时保留"))
    def kept_fields(self, obj: models.Commitment) -> str:
        """``edited_fields`` in words, each with the step that changed it (history.py)."""
        return _("；").join(history.kept_fields(obj)) or "—"

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.user = request.user
        return form

    def save_model(self, request, obj, form, change) -> None:
        """Through the supervision service: history event, ``edited_fields``, rules."""
        note = form.cleaned_data.get("note", "").strip() or str(_("管理后台修改"))
        supervision.update_commitment(obj.pk, request.user, form.changes(), note=note)

    def save_related(self, request, form, formsets, change) -> None:
        """Co-owners were saved by ``save_model``; the inlines are read-only (their
        formsets save nothing, Django still walks them for the change message)."""
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    @admin.action(description=_("保留所选源文已删除的事项（恢复督办）"))
    def keep_retired(self, request, queryset) -> None:
        kept = 0
        for item in queryset.filter(removed_from_source=True):
            try:
                supervision.update_commitment(
                    item.pk, request.user, {"removed_from_source": False}, note=str(_("督办人保留"))
                )
                kept += 1
            except DomainError as refused:
                self.message_user(request, f"{item.code}：{refused.message}", messages.ERROR)
        if kept:
            self.message_user(request, _("已保留 %(n)d 项") % {"n": kept}, messages.SUCCESS)


class TargetValueInline(admin.TabularInline):
    model = models.ReportTargetValue
    extra = 0
    can_delete = False
    readonly_fields = ["target", "value"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(models.ProgressReport)
class ProgressReportAdmin(ReadOnlyAdmin):
    """Read-only: reports are append-only and filed through the API."""

    list_display = ["commitment", "department", "status", "percent", "as_of", "created_at"]
    list_filter = ["status", "department", "period"]
    search_fields = ["commitment__code", "narrative"]
    list_select_related = ["commitment", "department"]
    inlines = [TargetValueInline]


class RequestAdmin(ReadOnlyAdmin):
    """Requests are filed and decided through the workflow (API, workspace, or the
    actions here); their rows are never edited by hand."""

    list_filter = ["state"]
    list_select_related = ["commitment", "department"]

    def _decide(self, request, queryset, step) -> None:
        done = 0
        for item in queryset:
            try:
                step(request.user, item, reason=str(_("管理后台审核")))
                done += 1
            except DomainError as refused:
                self.message_user(request, f"{item}：{refused.message}", messages.ERROR)
        if done:
            self.message_user(request, _("已办理 %(n)d 项") % {"n": done}, messages.SUCCESS)


@admin.register(models.ExtensionRequest)
class ExtensionRequestAdmin(RequestAdmin):
    actions = ["approve"]
    list_display = [
        "commitment",
        "department",
        "current_deadline",
        "requested_deadline",
        "state",
        "created_at",
    ]

    @admin.action(description=_("批准所选延期申请"))
    def approve(self, request, queryset) -> None:
        self._decide(request, queryset, workflow.approve_extension)


@admin.register(models.ClosureRequest)
class ClosureRequestAdmin(RequestAdmin):
    actions = ["accept"]
    list_display = ["commitment", "department", "state", "created_at"]

    @admin.action(description=_("同意所选办结申请"))
    def accept(self, request, queryset) -> None:
        self._decide(request, queryset, workflow.accept_closure)


@admin.register(models.CommitmentEvent)
class CommitmentEventAdmin(ReadOnlyAdmin):
    """Read-only, superusers too: the history (办理记录) is append-only and written
    by the services alone; an event added here would read as genuine."""

    list_display = ["commitment", "kind", "actor_shown", "when"]
    list_filter = ["kind"]
    ordering = ["-created_at", "-pk"]  # a log: the latest first, as the history page reads
    list_select_related = ["commitment", "actor"]
    fields = [
        "commitment",
        "kind",
        "actor_shown",
        "department_shown",
        "when",
        "changes_shown",
        "note_shown",
    ]
    readonly_fields = fields
    actor_shown = actor_shown

    @admin.display(description=_("单位"))
    def department_shown(self, event: models.CommitmentEvent) -> str:
        return _department_words(event)

    @admin.display(description=_("变更内容"))
    def changes_shown(self, event: models.CommitmentEvent) -> str:
        return _changes_html(event)

    @admin.display(description=_("说明"))
    def note_shown(self, event: models.CommitmentEvent) -> str:
        return _note_html(event)

    class Media:
        css = {"all": ["commitments/admin.css"]}

    @admin.display(description=_("时间"), ordering="created_at")
    def when(self, event: models.CommitmentEvent) -> str:
        return _short_time(event.created_at)


@admin.register(models.CarryOver)
class CarryOverAdmin(admin.ModelAdmin):
    """Carry-over links are proposed by the import and decided through the
    service (``carry_over.decide``): read-only here, with two actions."""

    list_display = ["predecessor", "successor", "score", "state", "decided_at"]
    list_filter = ["state", "successor__plan"]
    list_select_related = ["predecessor", "successor"]
    readonly_fields = [f.name for f in models.CarryOver._meta.fields]
    actions = ["accept", "reject"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def _decide(self, request, queryset, accept: bool) -> None:
        from commitments.services import carry_over

        for link in queryset.select_related(None).only("pk"):
            try:
                carry_over.decide(request.user, link.pk, accept)
            except DomainError as refused:
                self.message_user(request, f"{link.pk}：{refused.message}", messages.ERROR)

    @admin.action(description=_("确认所选跨年结转"))
    def accept(self, request, queryset) -> None:
        self._decide(request, queryset, True)

    @admin.action(description=_("否决所选跨年结转"))
    def reject(self, request, queryset) -> None:
        self._decide(request, queryset, False)
