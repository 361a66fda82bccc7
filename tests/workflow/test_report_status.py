"""A report's status and percent tell one story: 未开始 means nothing done yet.

The page showed a report as 未开始 with 40%: the report form's status starts at the
commitment's (未开始 for a new one), a clerk typed 40 and left it, and the report
service stored both. The data was wrong, not the display; the service refuses it.
"""

from __future__ import annotations

import pytest
from django.utils import timezone

from commitments import errors
from commitments.choices import Status
from commitments.models import ProgressReport
from commitments.services import reporting
from tests.workflow.conftest import error_code

pytestmark = pytest.mark.django_db


def filing(status: str, percent: int) -> reporting.ReportInput:
    return reporting.ReportInput(status=status, percent=percent, as_of=timezone.localdate())


def test_it_refuses_not_started_with_progress(world):
    with pytest.raises(errors.Invalid) as refused:
        reporting.file_report(
            world.item.pk, world.lead_staff, world.lead, filing(Status.NOT_STARTED, 40)
        )
    assert list(refused.value.errors) == ["status"]
    assert "40%" in refused.value.message and "未开始" in refused.value.message
    assert not ProgressReport.objects.exists()
    world.item.refresh_from_db()
    assert (world.item.status, world.item.percent) == (Status.NOT_STARTED, 0)


@pytest.mark.parametrize(
    ("status", "percent"),
    [(Status.NOT_STARTED, 0), (Status.ON_TRACK, 0), (Status.ON_TRACK, 40), (Status.DELAYED, 5)],
)
def test_it_takes_a_status_and_percent_that_agree(world, status, percent):
    reporting.file_report(world.item.pk, world.lead_staff, world.lead, filing(status, percent))
    world.item.refresh_from_db()
    assert (world.item.status, world.item.percent) == (status, percent)


def test_the_api_says_which_field_is_wrong(world, api):
    response = api(world.lead_staff).post(
        f"/api/v1/commitments/{world.item.pk}/reports/",
        {"status": "not_started", "percent": 40, "as_of": timezone.localdate().isoformat()},
        format="json",
    )
    assert response.status_code == 400
    assert error_code(response) == "status"
    assert not ProgressReport.objects.exists()
