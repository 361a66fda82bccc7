"""Admin for the whole domain. Labels come from the models' verbose names."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from commitments import models


@admin.register(models.Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "priority", "is_default", "is_active"]
    list_filter = ["is_default", "is_active"]
    search_fields = ["name", "short_name"]


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
    list_display = ["title", "year", "source_name", "document_index", "created_at"]
    list_filter = ["year"]
    search_fields = ["title", "source_name"]
    readonly_fields = ["source_sha256", "source_text", "created_at", "updated_at"]
    inlines = [SectionInline]


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
    fields = ["metric", "comparator", "value", "unit", "baseline", "current_value",
              "current_as_of"]
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
    list_display = ["code", "title", "lead_owner", "deadline", "status", "percent",
                    "owner_source"]
    list_filter = ["plan", "status", "owner_source", "lead_owner"]
    search_fields = ["code", "title", "text"]
    list_select_related = ["lead_owner"]
    autocomplete_fields = ["lead_owner"]
    readonly_fields = ["plan", "section", "code", "text", "source_start", "source_end",
                       "fingerprint", "original_deadline", "acknowledged_at",
                       "acknowledged_by", "last_report_at", "last_report_on", "completed_at",
                       "created_at", "updated_at"]
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
    list_display = ["commitment", "department", "current_deadline", "requested_deadline",
                    "state", "created_at"]
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
    readonly_fields = ["message_id", "attempts", "last_error", "claimed_at", "sent_at",
                       "created_at"]
