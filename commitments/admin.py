"""Admin for the whole domain. Labels come from the models' verbose names."""

from django.contrib import admin, messages
from django.urls import path
from django.utils.translation import gettext_lazy as _

from commitments import models
from commitments.department_lists import DepartmentForm


@admin.register(models.Department)
class DepartmentAdmin(admin.ModelAdmin):
    form = DepartmentForm  # e-mail addresses, aliases, keywords: one a line, each checked
    list_display = ["name", "short_name", "priority", "is_default", "is_active", "needs_review"]
    list_filter = ["needs_review", "is_default", "is_active"]
    search_fields = ["name", "short_name"]
    actions = ["confirm", "merge"]

    @admin.action(description=_("确认所选单位（取消待确认标记）"))
    def confirm(self, request, queryset):
        from commitments.services.catalog import confirm_departments

        confirm_departments(queryset)

    @admin.action(description=_("合并到以其名称为别名的单位"))
    def merge(self, request, queryset):
        from commitments.services.catalog import merge_by_alias

        missing = merge_by_alias(queryset, request.user)
        if missing:
            self.message_user(
                request,
                _("没有单位把这些名称列为别名，未合并：%(names)s") % {"names": "、".join(missing)},
                messages.WARNING,
            )


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


@admin.register(models.Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = ["title", "year", "source_name", "document_index", "public", "created_at"]
    list_filter = ["year", "public"]
    search_fields = ["title", "source_name"]
    readonly_fields = ["public", "source_sha256", "source_text", "created_at", "updated_at"]
    actions = ["publish", "unpublish"]
    inlines = [SectionInline]
    change_list_template = "admin/commitments/plan/change_list.html"

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

    def _set_public(self, request, queryset, public: bool) -> None:
        from commitments.services.publication import set_plan_public

        for plan in queryset.only("pk"):
            set_plan_public(request.user, plan.pk, public)

    @admin.action(description=_("公开所选计划的承诺兑现公示页面"))
    def publish(self, request, queryset) -> None:
        self._set_public(request, queryset, True)
        self.message_user(request, _("已公开；公示页面：/public/plans/<id>/"), messages.SUCCESS)

    @admin.action(description=_("撤回所选计划的公示"))
    def unpublish(self, request, queryset) -> None:
        self._set_public(request, queryset, False)
        self.message_user(request, _("已撤回公示"), messages.SUCCESS)

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


class CoOwnershipInline(admin.TabularInline):
    model = models.CoOwnership
    extra = 0
    autocomplete_fields = ["department"]
    readonly_fields = ["excused_at", "excused_by"]


class TargetInline(admin.TabularInline):
    model = models.Target
    extra = 0
    fields = ["metric", "comparator", "value", "unit", "baseline", "current_value", "current_as_of"]
    readonly_fields = ["current_value", "current_as_of"]


class MilestoneInline(admin.TabularInline):
    model = models.Milestone
    extra = 0
    fields = ["due", "text", "completed_at"]


class EventInline(admin.TabularInline):
    model = models.CommitmentEvent
    extra = 0
    can_delete = False
    fields = ["created_at", "kind", "actor", "department", "changes", "note"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(models.Commitment)
class CommitmentAdmin(admin.ModelAdmin):
    list_display = ["code", "title", "lead_owner", "deadline", "status", "percent", "owner_source"]
    list_filter = ["plan", "status", "owner_source", "lead_owner"]
    search_fields = ["code", "title", "text"]
    list_select_related = ["lead_owner"]
    autocomplete_fields = ["lead_owner"]
    readonly_fields = [
        "plan",
        "section",
        "code",
        "text",
        "source_start",
        "source_end",
        "fingerprint",
        "original_deadline",
        "acknowledged_at",
        "acknowledged_by",
        "last_report_at",
        "last_report_on",
        "completed_at",
        "public_note",  # written through the API / workspace (supervision service)
        "created_at",
        "updated_at",
    ]
    inlines = [CoOwnershipInline, TargetInline, MilestoneInline, EventInline]


class TargetValueInline(admin.TabularInline):
    model = models.ReportTargetValue
    extra = 0
    can_delete = False
    readonly_fields = ["target", "value"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(models.ProgressReport)
class ProgressReportAdmin(admin.ModelAdmin):
    """Read-only: reports are append-only and filed through the API."""

    list_display = ["commitment", "department", "status", "percent", "as_of", "created_at"]
    list_filter = ["status", "department", "period"]
    search_fields = ["commitment__code", "narrative"]
    list_select_related = ["commitment", "department"]
    inlines = [TargetValueInline]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(models.ExtensionRequest)
class ExtensionRequestAdmin(admin.ModelAdmin):
    list_display = [
        "commitment",
        "department",
        "current_deadline",
        "requested_deadline",
        "state",
        "created_at",
    ]
    list_filter = ["state"]
    list_select_related = ["commitment", "department"]


@admin.register(models.ClosureRequest)
class ClosureRequestAdmin(admin.ModelAdmin):
    list_display = ["commitment", "department", "state", "created_at"]
    list_filter = ["state"]
    list_select_related = ["commitment", "department"]


@admin.register(models.CommitmentEvent)
class CommitmentEventAdmin(admin.ModelAdmin):
    list_display = ["commitment", "kind", "actor", "created_at"]
    list_filter = ["kind"]
    list_select_related = ["commitment", "actor"]

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(models.Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["kind", "recipient", "period_key", "state", "attempts", "sent_at"]
    list_filter = ["kind", "state"]
    search_fields = ["recipient", "subject", "message_id"]
    readonly_fields = [
        "message_id",
        "attempts",
        "last_error",
        "claimed_at",
        "sent_at",
        "created_at",
    ]


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

        for link in queryset.only("pk"):
            carry_over.decide(request.user, link.pk, accept)

    @admin.action(description=_("确认所选跨年结转"))
    def accept(self, request, queryset) -> None:
        self._decide(request, queryset, True)

    @admin.action(description=_("否决所选跨年结转"))
    def reject(self, request, queryset) -> None:
        self._decide(request, queryset, False)
