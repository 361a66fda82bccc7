"""Model rules that the database itself enforces, and the derived light."""

from __future__ import annotations

import datetime

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from commitments.choices import Light, NotificationKind, Role, Status
from commitments.lights import light_reason
from commitments.models import (
    AppendOnlyError,
    Commitment,
    Department,
    ExtensionRequest,
    Milestone,
    Notification,
    ProgressReport,
)
from reports.punctuality import due_periods
from tests import factories

pytestmark = pytest.mark.django_db


def lit(item: Commitment, today: datetime.date):
    annotated = Commitment.objects.with_light(today).select_related("plan").get(pk=item.pk)
    return light_reason(annotated, today)


def file_report(item: Commitment, by, percent: int = 50, on: datetime.date | None = None):
    report = ProgressReport.objects.create(
        commitment=item,
        department=item.lead_owner,
        filed_by=by,
        status=Status.ON_TRACK,
        percent=percent,
        as_of=on or datetime.date(2024, 7, 1),
        period=(on or datetime.date(2024, 7, 1)).strftime("%Y-%m"),
    )
    Commitment.objects.filter(pk=item.pk).update(
        percent=percent, last_report_on=report.as_of, last_report_at=timezone.now()
    )
    item.refresh_from_db()
    return report


class TestConstraints:
    def test_it_allows_only_one_default_department(self):
        factories.department(is_default=True)
        with pytest.raises(IntegrityError), transaction.atomic():
            factories.department(is_default=True)

    def test_it_refuses_percent_over_100(self):
        item = factories.commitment(factories.department())
        with pytest.raises(IntegrityError), transaction.atomic():
            Commitment.objects.filter(pk=item.pk).update(percent=101)

    def test_it_refuses_an_unknown_status(self):
        item = factories.commitment(factories.department())
        with pytest.raises(IntegrityError), transaction.atomic():
            Commitment.objects.filter(pk=item.pk).update(status="done-ish")

    def test_it_refuses_a_duplicate_code_in_one_plan(self):
        owner = factories.department()
        first = factories.commitment(owner, code="2024-01-01")
        with pytest.raises(IntegrityError), transaction.atomic():
            factories.commitment(owner, the_section=first.section, code="2024-01-01")

    def test_it_requires_a_department_for_staff(self):
        from django.contrib.auth import get_user_model

        from commitments.models import Membership

        account = get_user_model().objects.create_user("no-department")
        with pytest.raises(IntegrityError), transaction.atomic():
            Membership.objects.create(user=account, role=Role.STAFF, department=None)

    def test_it_allows_one_pending_extension_per_commitment(self):
        owner = factories.department()
        item = factories.commitment(owner)
        who = factories.user(dept=owner)
        ExtensionRequest.objects.create(
            commitment=item,
            department=owner,
            requested_by=who,
            current_deadline=item.deadline,
            requested_deadline=item.deadline.replace(year=2025),
            reason="资金未到位",
        )
        with pytest.raises(IntegrityError), transaction.atomic():
            ExtensionRequest.objects.create(
                commitment=item,
                department=owner,
                requested_by=who,
                current_deadline=item.deadline,
                requested_deadline=item.deadline.replace(year=2026),
                reason="再延",
            )

    def test_it_refuses_an_extension_to_an_earlier_date(self):
        owner = factories.department()
        item = factories.commitment(owner)
        with pytest.raises(IntegrityError), transaction.atomic():
            ExtensionRequest.objects.create(
                commitment=item,
                department=owner,
                requested_by=factories.user(dept=owner),
                current_deadline=item.deadline,
                requested_deadline=item.deadline - datetime.timedelta(days=1),
                reason="x",
            )

    def test_it_keeps_one_notification_per_kind_recipient_and_period(self):
        Notification.objects.create(
            kind=NotificationKind.DEADLINE,
            recipient="a@example.org",
            period_key="2024-12-17",
            message_id="<1@t>",
        )
        with pytest.raises(IntegrityError), transaction.atomic():
            Notification.objects.create(
                kind=NotificationKind.DEADLINE,
                recipient="a@example.org",
                period_key="2024-12-17",
                message_id="<2@t>",
            )

    def test_it_protects_departments_that_own_commitments(self):
        owner = factories.department()
        factories.commitment(owner)
        from django.db.models import ProtectedError

        with pytest.raises(ProtectedError):
            Department.objects.filter(pk=owner.pk).delete()


class TestAppendOnlyReports:
    def test_it_refuses_to_edit_a_filed_report(self):
        owner = factories.department()
        report = file_report(factories.commitment(owner), factories.user(dept=owner))
        report.percent = 99
        with pytest.raises(AppendOnlyError):
            report.save()
        with pytest.raises(AppendOnlyError):
            report.delete()
        assert ProgressReport.objects.get(pk=report.pk).percent == 50

    @pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the database trigger exists on PostgreSQL only"
    )
    def test_the_database_refuses_updates_and_deletes(self):
        owner = factories.department()
        report = file_report(factories.commitment(owner), factories.user(dept=owner))
        with pytest.raises(IntegrityError), transaction.atomic():
            ProgressReport.objects.filter(pk=report.pk).update(percent=99)
        with pytest.raises(IntegrityError), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("DELETE FROM commitments_progressreport WHERE id = %s", [report.pk])
        assert ProgressReport.objects.get(pk=report.pk).percent == 50


class TestWarningLight:
    def test_it_is_red_and_says_how_late_when_past_deadline(self):
        item = factories.commitment(factories.department(), deadline=datetime.date(2024, 6, 30))
        info = lit(item, datetime.date(2024, 7, 12))
        assert (info.color, info.reason.split("；")[0]) == (Light.RED, "逾期12天")

    def test_it_is_red_when_a_milestone_is_missed(self):
        item = factories.commitment(factories.department())
        Milestone.objects.create(
            commitment=item, due=datetime.date(2024, 3, 31), text="一季度完成选址"
        )
        info = lit(item, datetime.date(2024, 4, 3))
        assert info.color == Light.RED
        assert "一季度完成选址" in info.reason and "逾期3天" in info.reason

    def test_it_is_yellow_when_this_months_report_is_missing(self):
        owner = factories.department()
        item = factories.commitment(owner)
        file_report(item, factories.user(dept=owner), percent=60, on=datetime.date(2024, 6, 20))
        info = lit(item, datetime.date(2024, 7, 26))
        assert info.color == Light.YELLOW
        assert "7月进度未报送" in info.reason

    def test_a_report_is_missing_only_for_a_month_the_pledge_was_assigned_by(self):
        # Assigned on 26 June, after June's due day (25th): June's report was never owed,
        # so on 3 July (July's report not yet due) nothing is missing; on 26 July it is.
        owner = factories.department()
        item = factories.commitment(owner, percent=50)
        assigned = datetime.datetime(2024, 6, 26, 10, tzinfo=timezone.get_current_timezone())
        Commitment.objects.filter(pk=item.pk).update(created_at=assigned)
        assert "进度未报送" not in lit(item, datetime.date(2024, 7, 3)).reason
        assert "7月进度未报送" in lit(item, datetime.date(2024, 7, 26)).reason
        # Assigned on the due day itself: that month's report is owed.
        Commitment.objects.filter(pk=item.pk).update(created_at=assigned.replace(day=25))
        assert "6月进度未报送" in lit(item, datetime.date(2024, 7, 3)).reason

    @pytest.mark.parametrize("assigned_day", [datetime.date(2024, 6, d) for d in (1, 25, 26, 30)])
    @pytest.mark.parametrize("today", [datetime.date(2024, 7, d) for d in (3, 25, 26)])
    def test_the_light_and_the_scorecard_owe_the_same_reports(self, assigned_day, today):
        # The light asks commitments.owed (owes_month), the scorecard counts the months
        # (due_periods): with nothing filed, a report is missing on the light exactly when
        # the scorecard owes one.
        item = factories.commitment(factories.department(), percent=50)
        assigned = datetime.datetime.combine(
            assigned_day, datetime.time(10), tzinfo=timezone.get_current_timezone()
        )
        Commitment.objects.filter(pk=item.pk).update(created_at=assigned)
        owed = (
            Commitment.objects.annotate(owed=due_periods(today)).values_list("owed", flat=True)
        ).get(pk=item.pk)
        assert ("进度未报送" in lit(item, today).reason) == (owed > 0), owed

    def test_it_is_yellow_when_progress_trails_elapsed_time(self):
        owner = factories.department()
        item = factories.commitment(owner)
        file_report(item, factories.user(dept=owner), percent=40, on=datetime.date(2024, 8, 1))
        info = lit(item, datetime.date(2024, 8, 1))
        assert info.color == Light.YELLOW
        assert info.reason == "完成40%，序时应达58%"

    def test_it_is_green_when_on_schedule_and_reported(self):
        owner = factories.department()
        item = factories.commitment(owner)
        file_report(item, factories.user(dept=owner), percent=60, on=datetime.date(2024, 8, 1))
        assert lit(item, datetime.date(2024, 8, 1)).color == Light.GREEN

    def test_a_completed_commitment_is_green_even_after_its_deadline(self):
        item = factories.commitment(
            factories.department(),
            deadline=datetime.date(2024, 6, 30),
            status=Status.COMPLETED,
            completed_at=timezone.now(),
        )
        info = lit(item, datetime.date(2024, 9, 1))
        assert (info.color, info.reason) == (Light.GREEN, "已办结")

    def test_lists_filter_by_light_in_the_database(self):
        owner = factories.department()
        late = factories.commitment(owner, deadline=datetime.date(2024, 3, 31))
        factories.commitment(owner)
        today = datetime.date(2024, 4, 10)
        reds = Commitment.objects.with_light(today).filter(light=Light.RED)
        assert list(reds.values_list("pk", flat=True)) == [late.pk]
