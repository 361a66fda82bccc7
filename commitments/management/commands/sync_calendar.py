"""``sync_calendar``: add the holidays and adjusted working days the installed
``chinesecalendar`` package knows and the table does not (days an
administrator entered or changed are kept)."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from commitments.reminders.calendar_seed import seed


class Command(BaseCommand):
    help = "从 chinesecalendar 包补充节假日与调休（不覆盖管理员录入的日期）。"

    def handle(self, *args, **options) -> None:
        from commitments.models import CalendarDay

        added = seed(CalendarDay)
        self.stdout.write(f"新增 {added} 天。")
