"""The holiday calendar lives in the database (issue 19): seeded from the
package, editable by administrators, fixed-date holidays known without it,
a warning from December on when next year's schedule is missing."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import pytest
from django.test import Client

from commitments.choices import NotificationState as State
from commitments.models import CalendarDay, Notification
from commitments.reminders import calendar
from tests import factories

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture(autouse=True)
def _fresh_calendar() -> Iterator[None]:
    calendar.clear()
    yield
    calendar.clear()


def test_the_package_seeds_the_table():
    assert CalendarDay.objects.get(day=D(2024, 10, 1)).name == "国庆节"
    assert CalendarDay.objects.get(day=D(2024, 9, 29)).is_working_day  # 调休 Sunday
    assert not calendar.is_working_day(D(2024, 10, 1))
    assert calendar.is_working_day(D(2024, 9, 29))


def test_an_unknown_year_still_knows_the_fixed_date_holidays():
    assert not CalendarDay.objects.filter(day__year=2031).exists()
    assert not calendar.is_working_day(D(2031, 1, 1))  # Wednesday, 元旦
    assert not calendar.is_working_day(D(2031, 5, 1))  # Thursday, 劳动节
    assert not calendar.is_working_day(D(2031, 10, 2))  # Thursday, 国庆
    assert calendar.is_working_day(D(2031, 1, 2))
    assert not calendar.is_working_day(D(2031, 1, 4))  # Saturday


def test_an_administrators_entry_counts_at_once():
    assert calendar.is_working_day(D(2031, 1, 29))
    CalendarDay.objects.create(day=D(2031, 1, 29), name="春节")
    assert not calendar.is_working_day(D(2031, 1, 29))
    # once a year has entries, they are its schedule (the fixed dates come from them)
    CalendarDay.objects.create(day=D(2031, 1, 25), is_working_day=True, name="春节调休")
    assert calendar.is_working_day(D(2031, 1, 25))  # a Saturday worked


def test_from_december_on_a_missing_next_year_is_a_warning():
    last = max(CalendarDay.objects.dates("day", "year")).year
    assert "warning" not in calendar.coverage(D(last, 11, 30))
    warning = calendar.coverage(D(last, 12, 1))["warning"]
    assert f"{last + 1}年节假日安排尚未录入" in warning
    CalendarDay.objects.create(day=D(last + 1, 1, 1), name="元旦")
    assert "warning" not in calendar.coverage(D(last, 12, 1))


def test_healthz_details_show_the_backlog_and_the_calendar():
    factories.department(contact_emails=["x@town.test"])
    Notification.objects.create(
        kind="deadline", recipient="x@town.test", period_key="2024-07-22", message_id="<a@b>"
    )
    body = Client().get("/healthz").json()
    reminders = body["details"]["reminders"]
    assert reminders["unsent"] == 1 and reminders["oldest_unsent_age_s"] >= 0
    assert reminders["stuck"] is False
    assert body["details"]["calendar"]["years"][0] == 2004
    Notification.objects.update(state=State.SENT, sent_at=datetime.datetime.now(datetime.UTC))
    assert Client().get("/healthz").json()["details"]["reminders"]["unsent"] == 0


def test_the_calendar_admin_warns_the_administrator(client, monkeypatch):
    monkeypatch.setattr(calendar, "coverage", lambda: {"warning": "2027年节假日安排尚未录入"})
    root = factories.user("root", role="admin")
    root.is_staff = root.is_superuser = True
    root.save()
    client.force_login(root)
    page = client.get("/admin/commitments/calendarday/").content.decode()
    assert "2027年节假日安排尚未录入" in page


@pytest.mark.django_db
def test_the_missing_schedule_warning_is_translated():
    from django.utils import translation

    last = max(CalendarDay.objects.dates("day", "year")).year
    with translation.override("en"):
        warning = calendar.coverage(D(last, 12, 7))["warning"]
    assert warning.startswith(f"The {last + 1} holiday schedule has not been entered"), warning
    assert "节假日" not in warning
    with translation.override("zh-hans"):
        warning = calendar.coverage(D(last, 12, 7))["warning"]
    assert warning.startswith(f"{last + 1}年节假日安排尚未录入")
