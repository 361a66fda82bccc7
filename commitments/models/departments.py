"""Departments (责任单位) and who belongs to them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from commitments.choices import Role

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


class DepartmentQuerySet(models.QuerySet["Department"]):
    def active(self) -> DepartmentQuerySet:
        return self.filter(is_active=True)

    def default(self) -> Department | None:
        return self.filter(is_default=True).first()


class Department(models.Model):
    """A unit of the town government that owns commitments.

    ``keywords`` are the catalog's owner-assignment rules: when a pledge names
    no owner, the department whose keywords it mentions (most hits, then
    ``priority``) becomes its lead owner.

    ``aliases`` are the other names documents use for the same unit
    (``镇农业农村办``); a unit a document names that matches none of them is
    created by the import as written, with ``needs_review`` set, for a
    supervisor to confirm or merge.
    """

    name = models.CharField(_("名称"), max_length=100, unique=True)
    short_name = models.CharField(_("简称"), max_length=50, blank=True)
    aliases = models.JSONField(
        _("别名"),
        default=list,
        blank=True,
        help_text=_("文件中可能出现的其他写法，用于识别明确写出的责任单位"),
    )
    keywords = models.JSONField(
        _("关键词规则"),
        default=list,
        blank=True,
        help_text=_("承诺事项未写明责任单位时，据此匹配牵头单位"),
    )
    priority = models.IntegerField(
        _("规则优先级"), default=0, help_text=_("关键词命中数相同时，优先级高者为牵头单位")
    )
    contact_emails = models.JSONField(_("联系邮箱"), default=list, blank=True)
    is_default = models.BooleanField(
        _("默认单位"), default=False, help_text=_("无法匹配责任单位时暂由该单位牵头，待督办人复核")
    )
    is_active = models.BooleanField(_("启用"), default=True)
    needs_review = models.BooleanField(
        pgettext_lazy("department", "待确认"),  # "Needs review", not the carry-over's "Proposed"
        default=False,
        help_text=_("导入时按文件原文新建的单位：请确认，或把名称加为已有单位的别名后合并"),
    )
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    objects = DepartmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("责任单位")
        verbose_name_plural = pgettext_lazy("plural", "责任单位")
        ordering = ["-priority", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"], condition=Q(is_default=True), name="one_default_department"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        from commitments.department_lists import VALIDATORS

        errors = {}
        for name, validate in VALIDATORS.items():
            try:
                validate(getattr(self, name))
            except ValidationError as error:
                errors[name] = error.messages
        if errors:
            raise ValidationError(errors)

    def all_names(self) -> list[str]:
        """Every spelling under which a document may name this department."""
        names = [self.name, self.short_name, *self.aliases]
        return [n for n in dict.fromkeys(names) if n]


class Membership(models.Model):
    """A user's role, and the department they act for or oversee.

    Staff belong to exactly one department. A supervisor oversees the
    departments in ``supervised_departments``; one with none oversees all of
    them (the mayor, the supervision office).
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="membership",
        verbose_name=_("用户"),
    )
    role = models.CharField(_("角色"), max_length=20, choices=Role.choices, default=Role.STAFF)
    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="staff",
        verbose_name=_("所属单位"),
    )
    supervised_departments = models.ManyToManyField(
        Department,
        blank=True,
        related_name="supervisors",
        verbose_name=_("督办单位"),
        help_text=_("留空表示督办全部单位"),
    )

    class Meta:
        verbose_name = _("用户角色")
        verbose_name_plural = pgettext_lazy("plural", "用户角色")
        constraints = [
            models.CheckConstraint(
                condition=~Q(role=Role.STAFF) | Q(department__isnull=False),
                name="staff_has_department",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()})"

    @property
    def is_supervisor(self) -> bool:
        return self.role in (Role.SUPERVISOR, Role.ADMIN)


def merged_from_field(verbose_name: StrOrPromise) -> models.ForeignKey:
    """The department that acted (filed, asked, signed) when that department has
    since been merged into the row's ``department`` (``services.catalog.
    merge_department`` is the one writer that re-points a row and sets this):
    shown as "（原水利站报送）". ``None``: ``department`` itself acted."""
    return models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=verbose_name,
    )
