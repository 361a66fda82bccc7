"""The working-day calendar (节假日与调休) reminders follow."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class CalendarDay(models.Model):
    """A day that differs from the Monday–Friday rule: a public holiday on a
    weekday (or a weekend day inside a holiday), or an adjusted working day
    (调休) on a weekend. Seeded from the ``chinesecalendar`` package; the State
    Council's schedule for next year is added here by an administrator when the
    package does not know it yet (``reminders.calendar``)."""

    day = models.DateField(_("日期"), unique=True)
    is_working_day = models.BooleanField(_("上班"), default=False, help_text=_("勾选表示调休上班"))
    name = models.CharField(
        _("名称"), max_length=50, blank=True, help_text=_("如 国庆节、春节调休")
    )

    class Meta:
        verbose_name = _("节假日与调休")
        verbose_name_plural = pgettext_lazy("plural", "节假日与调休")
        ordering = ["-day"]

    def __str__(self) -> str:
        return f"{self.day} {self.name}"
