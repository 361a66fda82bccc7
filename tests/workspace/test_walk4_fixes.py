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


def scorecard_line(name: str, *, due: int, on_time: int, yellow: int = 0, owned: int = 1):
    from reports.rollups import DepartmentRollup, LightCounts

    return DepartmentRollup(
        department_id=hash(name) % 1000,
        department=name,
        owned=owned,
        completed=0,
        not_started=0,
        on_track=owned,
        at_risk=0,
        delayed=0,
        cancelled=0,
        overdue=0,
        lights=LightCounts(yellow=yellow, green=owned - yellow),
        reports_filed=on_time,
        reports_on_time=on_time,
        reports_due=due,
        reports_missing=max(0, due - on_time),
        avg_days_late=None,
        due_original=0,
        on_time_original=0,
        due_approved=0,
        on_time_approved=0,
    )


class TestScorecardRanking:
    def test_a_department_that_owes_nothing_has_no_rate_and_no_place(self):
        from reports.rollups import _ranked

        idle = scorecard_line("安监站", due=0, on_time=1, owned=0)  # a report filed early
        late = scorecard_line("农业农村办", due=4, on_time=1)
        assert idle.report_on_time_rate is None
        assert [line.department for line in _ranked([idle, late])] == ["农业农村办", "安监站"]
        assert (late.rank, idle.rank) == (1, None)

    def test_an_unacknowledged_yellow_pledge_breaks_a_tie_at_the_top(self):
        from reports.rollups import _ranked

        yellow = scorecard_line("经济发展办", due=3, on_time=3, yellow=1, owned=2)
        green = scorecard_line("社会事务办", due=3, on_time=3, owned=2)
        _ranked([yellow, green])
        assert (green.rank, yellow.rank) == (1, 2)

    def test_the_rule_is_said_beside_the_rank_and_under_the_table(self, town):
        from reports.exports import SCORECARD_NOTES

        body = client_for(town.supervisor).get("/dashboard/").content.decode()
        rule = str(SCORECARD_NOTES["rank"])
        assert f'data-field="rank" title="{rule}"' in body
        assert rule in body.split('data-field="ranking-rule"', 1)[1]


class TestClosureWarning:
    def closure_form(self, town) -> str:
        body = client_for(town.clerk).get(page_url(town.item)).content.decode()
        return body.split('id="closure"', 1)[1].split("</form>", 1)[0]

    def test_a_lead_asking_to_close_unfinished_work_is_warned_with_the_facts(self, town):
        town.lead_reports("at_risk", 63)
        form = self.closure_form(town)
        warning = form.split('data-field="closure-progress"', 1)[1].split("</p>", 1)[0]
        assert "存在风险" in warning and "63%" in warning
        assert "提交办结申请" in form  # warned, not blocked

    def test_finished_work_asks_no_warning(self, town):
        town.lead_reports("on_track", 100)
        assert 'data-field="closure-progress"' not in self.closure_form(town)


def text_of(html: str) -> str:
    import re

    return re.sub(r"<[^>]+>", "", html)


class TestExpectedProgressWording:
    def test_the_header_reads_without_a_stray_space_in_the_lights_words(self, town):
        reporting.file_report(
            town.item.pk,
            town.clerk,
            town.lead,
            reporting.ReportInput("on_track", 40, timezone.localdate()),
        )
        body = client_for(town.clerk).get(page_url(town.item)).content.decode()
        head = text_of(body.split('class="progress"', 1)[1].split("</small>", 1)[0])
        assert "报送）" in head and "序时进度" not in head, head
        # the light's reason above says 序时应达 already: the header says it once (walk 7)
        summary = text_of(body.split('id="summary"', 1)[1].split("</section>", 1)[0])
        assert summary.count("序时应达") == 1, summary

    def test_every_light_reason_says_it_one_way(self, town):
        from commitments.lights import light_reason
        from commitments.models import Commitment

        reporting.file_report(  # reported this month: progress is the only reason
            town.item.pk,
            town.clerk,
            town.lead,
            reporting.ReportInput("on_track", 90, timezone.localdate()),
        )
        for percent in (90, 0):  # ahead of the time elapsed, then behind it
            Commitment.objects.filter(pk=town.item.pk).update(percent=percent)
            item = Commitment.objects.with_light(timezone.localdate()).get(pk=town.item.pk)
            reason = light_reason(item).reason
            assert f"完成{percent}%，序时应达" in reason, reason


class TestWhoseFlags:
    def test_a_co_owners_row_says_the_flags_are_its_own(self, town):
        body = client_for(town.co_clerk).get("/workspace/").content.decode()
        flags = text_of(body.split('data-field="reported"', 1)[1].split("</dd>", 1)[0])
        assert flags.startswith(">本单位：未报送") and "未签收" in flags

    def test_a_supervisors_row_says_they_are_the_leads(self, town):
        body = client_for(town.supervisor).get("/workspace/").content.decode()
        flags = text_of(body.split('data-field="reported"', 1)[1].split("</dd>", 1)[0])
        assert flags.startswith(">牵头单位：未报送")
