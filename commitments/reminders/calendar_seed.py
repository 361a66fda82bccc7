"""Seed the calendar table from the ``chinesecalendar`` package (migration and
``sync_calendar``): every holiday and adjusted working day it knows."""

from __future__ import annotations

NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


def seed(model) -> int:
    """Add the days the table lacks; return how many were added."""
    import chinese_calendar

    known = set(model.objects.values_list("day", flat=True))
    rows = [
        model(day=day, is_working_day=False, name=NAMES.get(str(name), str(name) or ""))
        for day, name in chinese_calendar.holidays.items()
        if day not in known
    ]
    rows += [
        model(day=day, is_working_day=True, name=f"{NAMES.get(str(name), str(name) or '')}调休")
        for day, name in chinese_calendar.workdays.items()
        if day not in known and day.weekday() >= 5
    ]
    model.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)
