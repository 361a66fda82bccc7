"""The supervision workflow: history, extension and closure requests."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from commitments.choices import ClosureState, EventKind, RequestState, Role
from commitments.models.commitment import Commitment
from commitments.models.departments import Department, merged_from_field

#: The notes the system writes on an event (the importer's), stored in the source
#: language whatever the language of the person who caused it, shown in the
#: reader's (``CommitmentEvent.shown_note``).
IMPORTED_NOTE = gettext_noop("从 %(name)s 导入")
REIMPORTED_NOTE = gettext_noop("从 %(name)s 重新导入")
RETIRED_NOTE = gettext_noop("重新导入的文件 %(name)s 已不含此事项；因已有报送记录而保留")
#: A merge's note (``services.catalog.merge_department``); shown from the event's
#: ``changes["department_merged"]`` ([merged name, the unit it became]).
MERGED_NOTE = gettext_noop("单位“%(source)s”已合并至“%(target)s”")
#: That change's label on the history pages (``history.FIELD_LABELS``).
MERGED_LABEL = gettext_noop("单位合并")
SYSTEM_NOTES: dict[str, tuple[str, ...]] = {
    EventKind.IMPORTED: (IMPORTED_NOTE,),
    EventKind.REIMPORTED: (REIMPORTED_NOTE, RETIRED_NOTE),
}


def formerly(unit: str, name: str) -> str:
    """A unit named with the department merged into it that acted then, in history:
    ``农业农村办（原水利站）`` / ``农业农村办 (formerly 水利站)``."""
    return gettext("%(unit)s（原%(name)s）") % {"unit": unit, "name": name}


class CommitmentEvent(models.Model):
    """One step in a commitment's history: who, when, what changed.

    ``changes`` maps a field name to ``[old, new]`` (JSON-friendly values).
    """

    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="events", verbose_name=_("承诺事项")
    )
    kind = models.CharField(_("类型"), max_length=30, choices=EventKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("操作人"),
    )
    department = models.ForeignKey(
        Department,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("单位"),
    )
    #: The department that acted when a merge has since re-pointed ``department`` to the
    #: unit it became (``services.catalog.merge_department`` re-points every event of the
    #: merged department, as it does its reports; a 签收 is also state). ``None``:
    #: ``department`` acted.
    merged_from = merged_from_field(_("原单位"))
    changes = models.JSONField(_("变更内容"), default=dict, blank=True)
    note = models.TextField(_("说明"), blank=True)
    #: When it happened: now, or the moment a service was given (``at``: the demo's past).
    created_at = models.DateTimeField(_("时间"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("办理记录")
        verbose_name_plural = pgettext_lazy("plural", "办理记录")
        ordering = ["commitment", "created_at", "id"]
        indexes = [models.Index(fields=["commitment", "created_at"], name="event_commitment_time")]

    def __str__(self) -> str:
        return f"{self.commitment.code} {self.get_kind_display()}"

    @property
    def acted_as(self) -> Department | None:
        """The department a staff member acted as: the one the event names then
        (``merged_from`` where a merge re-pointed it), else their own."""
        membership = getattr(self.actor, "membership", None) if self.actor else None
        if membership is None or membership.role != Role.STAFF:
            return None
        if self.merged_from_id is not None:
            return self.merged_from
        return self.department if self.department_id is not None else membership.department

    @property
    def actor_title(self) -> str:
        """Who acted, besides their name: a department's staff by the department they
        acted as then — history is what happened, so after a merge an old entry keeps
        the merged department: ``农业农村办（原水利站）`` —, a supervisor or administrator
        by their role (never by the department the event concerns, which is not
        theirs)."""
        membership = getattr(self.actor, "membership", None) if self.actor else None
        if membership is None:
            return ""
        if membership.role == Role.STAFF:
            acted, own = self.acted_as, membership.department
            if acted is None:
                return ""
            if own is not None and acted.pk != own.pk and not acted.is_active:
                return formerly(own.name, acted.name)
            return acted.name
        return str(membership.get_role_display())

    @property
    def department_words(self) -> str:
        """The event's department as history names it: the unit, and the department
        that acted then where a merge has since re-pointed the event
        (``农业农村办（原水利站）``, as ``actor_title`` and as a re-pointed report's
        “（原水利站报送）”); ``""`` for none."""
        department = self.department  # no query for none
        if department is None:
            return ""
        if self.merged_from_id is not None and self.merged_from_id != self.department_id:
            merged = self.merged_from
            if merged is not None:
                return formerly(department.name, merged.name)
        return department.name

    @property
    def concerned_department(self) -> Department | None:
        """The department the event concerns when the actor is not its staff (the
        department whose request a supervisor decided, a co-owner excused); a staff
        member's own is in ``actor_title``."""
        membership = getattr(self.actor, "membership", None) if self.actor else None
        if membership is not None and membership.role == Role.STAFF:
            return None
        return self.department

    @property
    def shown_note(self) -> str:
        """The note in the reader's language when the system wrote it
        (``SYSTEM_NOTES``, a merge's from its ``changes``), else as a person wrote it."""
        merged = self.changes.get("department_merged") if isinstance(self.changes, dict) else None
        if isinstance(merged, list) and len(merged) == 2 and all(merged):
            return gettext(MERGED_NOTE) % {"source": merged[0], "target": merged[1]}
        for pattern in SYSTEM_NOTES.get(self.kind, ()):
            head, tail = pattern.split("%(name)s")
            note = self.note
            if note.startswith(head) and note.endswith(tail) and len(note) > len(head + tail):
                return gettext(pattern) % {"name": note[len(head) : len(note) - len(tail)]}
        return self.note


class ExtensionRequest(models.Model):
    """延期申请: an owner asks for a later deadline; a supervisor decides."""

    commitment = models.ForeignKey(
        Commitment,
        on_delete=models.CASCADE,
        related_name="extension_requests",
        verbose_name=_("承诺事项"),
    )
    department = models.ForeignKey(
        Department, on_delete=models.PROTECT, related_name="+", verbose_name=_("申请单位")
    )
    #: The department that asked when that department was merged into ``department``
    #: since (``services.catalog.merge_department``), as a report's: "（原水利站报送）".
    #: ``None``: asked as ``department``.
    merged_from = merged_from_field(_("原申请单位"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("申请人"),
    )
    current_deadline = models.DateField(_("申请时完成时限"))
    requested_deadline = models.DateField(_("申请延至"))
    reason = models.TextField(_("申请理由"))
    state = models.CharField(
        _("状态"), max_length=10, choices=RequestState.choices, default=RequestState.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("审核人"),
    )
    decided_at = models.DateTimeField(_("审核时间"), null=True, blank=True)
    decision_reason = models.TextField(_("审核意见"), blank=True)
    created_at = models.DateTimeField(_("申请时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("延期申请")
        verbose_name_plural = pgettext_lazy("plural", "延期申请")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["commitment"],
                condition=Q(state=RequestState.PENDING),
                name="one_pending_extension",
            ),
            models.CheckConstraint(
                condition=Q(requested_deadline__gt=models.F("current_deadline")),
                name="extension_is_later",
            ),
        ]
        indexes = [models.Index(fields=["state", "created_at"], name="extension_state")]

    def __str__(self) -> str:
        return f"{self.commitment.code} → {self.requested_deadline:%Y-%m-%d}"


class ClosureRequest(models.Model):
    """申请办结: the lead asks to close with evidence; a supervisor accepts or returns."""

    commitment = models.ForeignKey(
        Commitment,
        on_delete=models.CASCADE,
        related_name="closure_requests",
        verbose_name=_("承诺事项"),
    )
    department = models.ForeignKey(
        Department, on_delete=models.PROTECT, related_name="+", verbose_name=_("申请单位")
    )
    #: The department that asked when that department was merged into ``department``
    #: since (``services.catalog.merge_department``), as a report's: "（原水利站报送）".
    #: ``None``: asked as ``department``.
    merged_from = merged_from_field(_("原申请单位"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("申请人"),
    )
    summary = models.TextField(_("办结情况"))
    evidence = models.JSONField(_("佐证材料链接"), default=list, blank=True)
    state = models.CharField(
        _("状态"), max_length=10, choices=ClosureState.choices, default=ClosureState.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("审核人"),
    )
    decided_at = models.DateTimeField(_("审核时间"), null=True, blank=True)
    decision_reason = models.TextField(_("审核意见"), blank=True)
    created_at = models.DateTimeField(_("申请时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("办结申请")
        verbose_name_plural = pgettext_lazy("plural", "办结申请")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["commitment"],
                condition=Q(state=ClosureState.PENDING),
                name="one_pending_closure",
            ),
        ]
        indexes = [models.Index(fields=["state", "created_at"], name="closure_state")]

    def __str__(self) -> str:
        return f"{self.commitment.code} {self.get_state_display()}"
