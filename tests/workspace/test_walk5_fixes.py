"""Walk 5 (a tester who had not read the code): what the pages said misleadingly."""

from __future__ import annotations

from django.utils import timezone

from commitments.services import reporting
from tests.workspace.conftest import client_for
from tests.workspace.test_pages import page_url


def lead_report(town, percent: int, status: str = "on_track") -> None:
    reporting.file_report(
        town.item.pk,
        town.clerk,
        town.lead,
        reporting.ReportInput(status, percent, timezone.localdate()),
    )


def summary(html: str) -> str:
    return html.split('id="summary"', 1)[1].split("</section>", 1)[0]


class TestGreenLightIsNotAWarning:
    def test_a_green_pledge_says_how_it_stands_not_why_it_warns(self, town):
        lead_report(town, 99)
        head = summary(client_for(town.clerk).get(page_url(town.item)).content.decode())
        assert 'data-light="green"' in head
        assert "进度情况：" in head and "预警原因" not in head

    def test_a_yellow_pledge_keeps_its_warning_label(self, town):
        lead_report(town, 0, "delayed")
        head = summary(client_for(town.clerk).get(page_url(town.item)).content.decode())
        assert 'data-light="yellow"' in head
        assert "预警原因：" in head and "进度情况" not in head

    def test_in_english_green_reads_as_progress(self, town):
        lead_report(town, 99)
        client = client_for(town.clerk)
        html = client.get(page_url(town.item), HTTP_ACCEPT_LANGUAGE="en").content.decode()
        head = summary(html)
        assert "Progress:" in head and "Why this light" not in head
