"""The services take the moment of a step (``at``) instead of reading the clock: the
demo (``demo_activity``) files its past months through them without patching
``timezone.now``. Without ``at`` they date a step now (every other test)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from django.utils import timezone

from commitments.choices import EventKind, Status
from commitments.errors import Invalid
from commitments.services import reporting, supervision, workflow
from tests.workflow.conftest import TODAY

pytestmark = pytest.mark.django_db


def a_past_moment(world) -> datetime.datetime:
    day = world.item.plan.reports_from + datetime.timedelta(days=3)
    if day >= TODAY:
        pytest.skip("the plan has no past yet")
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))


def test_it_files_a_report_at_the_moment_given(world):
    moment = a_past_moment(world)
    day = moment.date()
    data = reporting.ReportInput(Status.ON_TRACK, 20, day, narrative="三月进展")

    report = reporting.file_report(world.item.pk, world.lead_staff, world.lead, data, at=moment)

    assert report.created_at == moment and report.period == f"{day:%Y-%m}"
    assert world.item.events.get(kind=EventKind.REPORTED).created_at == moment
    world.item.refresh_from_db()
    assert (world.item.last_report_at, world.item.last_report_on) == (moment, day)
    later = reporting.ReportInput(Status.ON_TRACK, 30, day + datetime.timedelta(days=1), "次日")
    with pytest.raises(Invalid) as refused:  # as of a day after the filing: refused then too
        reporting.file_report(world.item.pk, world.lead_staff, world.lead, later, at=moment)
    assert "as_of" in refused.value.errors


def test_it_acknowledges_and_edits_at_the_moment_given(world):
    moment = a_past_moment(world)

    workflow.acknowledge(world.lead_staff, world.item, at=moment)
    supervision.update_commitment(
        world.item.pk, world.supervisor, {"deadline": TODAY}, note="提前", at=moment
    )

    world.item.refresh_from_db()
    assert world.item.acknowledged_at == moment
    times = dict(world.item.events.values_list("kind", "created_at"))
    assert times == {EventKind.ACKNOWLEDGED: moment, EventKind.EDITED: moment}


def test_without_a_moment_a_step_is_dated_now(world):
    before = timezone.now()
    workflow.acknowledge(world.lead_staff, world.item)
    assert world.item.events.get().created_at >= before


def test_the_demo_uses_no_test_tooling():
    source = (
        Path(__file__).resolve().parents[2] / "commitments/management/commands/demo_activity.py"
    )
    assert "unittest" not in source.read_text() and "mock" not in source.read_text()
