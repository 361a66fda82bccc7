"""Walk 4 (a tester who had not read the code): what the pages said wrong or not at all."""

from __future__ import annotations

import pytest
from django.utils import timezone

from commitments.choices import Role
from commitments.errors import Invalid
from commitments.services import reporting
from tests import factories
from tests.workspace.conftest import client_for
from tests.workspace.test_pages import page_url, report_data


def co_owner_report(town, percent: int = 63) -> None:
    reporting.file_report(
        town.item.pk,
        town.co_clerk,
        town.co,
        reporting.ReportInput("at_risk", percent, timezone.localdate()),
    )


class TestAdminHistory:
    def test_a_co_owners_report_reads_as_in_the_workspace_without_raw_ids(self, town):
        co_owner_report(town)
        admin = factories.user("guanli", role=Role.ADMIN)
        url = f"/admin/commitments/commitment/{town.item.pk}/history/"
        body = client_for(admin).get(url).content.decode()
        events = body.split('id="commitment-events"', 1)[1]
        assert "存在风险" in events and "63%" in events
        assert "配合单位报送" in events
        assert "report:" not in body

    def test_the_event_page_reads_the_same(self, town):
        co_owner_report(town)
        admin = factories.user("guanli", role=Role.ADMIN)
        event = town.item.events.get(kind="reported")
        body = (
            client_for(admin)
            .get(f"/admin/commitments/commitmentevent/{event.pk}/change/")
            .content.decode()
        )
        assert "存在风险" in body and "63%" in body
        assert "report:" not in body


class TestReportErrorsInOneRound:
    def test_a_percent_out_of_range_and_the_status_it_conflicts_with_show_together(self, town):
        client = client_for(town.clerk)
        html = client.get(page_url(town.item)).content.decode()
        data = report_data(html, town, **{"report-status": "not_started", "report-percent": "150"})
        body = client.post(page_url(town.item), data).content.decode()
        form = body.split('id="report-form"', 1)[1].split("</form>", 1)[0]
        assert "完成百分比须在 0 到 100 之间" in form
        assert "不是“未开始”" in form
        assert "novalidate" in body.split('id="report-form"', 1)[1].split(">", 1)[0]

    def test_the_service_says_both_too(self, town):
        with pytest.raises(Invalid) as refused:
            reporting.file_report(
                town.item.pk,
                town.clerk,
                town.lead,
                reporting.ReportInput("not_started", 150, timezone.localdate()),
            )
        assert set(refused.value.errors) == {"status", "percent"}
