"""Findings of the third browser walk, via the test client: whose progress a page shows,
what the closure form asks for, what a closed pledge says."""

from __future__ import annotations

import calendar
import datetime
import re
from decimal import Decimal

from django.utils import timezone

from commitments.models import Commitment
from commitments.services import reporting, supervision, workflow
from tests import factories
from tests.workspace.conftest import client_for
from tests.workspace.test_pages import page_url, report_data


def report(town, user, department, percent: int = 93) -> None:
    reporting.file_report(
        town.item.pk,
        user,
        department,
        reporting.ReportInput("on_track", percent, timezone.localdate()),
    )


def change_lead(town, new) -> None:
    supervision.update_commitment(town.item.pk, town.supervisor, {"lead_owner": new})


def section(html: str, start: str) -> str:
    return html.split(start, 1)[1].split("</section>", 1)[0]


def text_of(html: str) -> str:
    """The words a reader sees (a date is a ``<span class="date">``, kept whole)."""
    return re.sub(r"<[^>]+>", "", html)


class TestWhoseProgress:
    def test_the_header_says_whose_report_the_figure_is_and_when(self, town):
        report(town, town.clerk, town.lead)
        body = client_for(town.clerk).get(page_url(town.item)).content.decode()
        day = timezone.localdate().isoformat()
        assert f"正常推进，完成 93%（经济发展办 {day} 报送）" in text_of(
            section(body, 'id="summary"')
        )

    def test_after_a_change_of_lead_every_page_names_the_former_lead(self, town):
        report(town, town.clerk, town.lead)
        new = factories.department("财政所")
        new_clerk = factories.user("caizheng", dept=new)
        change_lead(town, new)
        day = timezone.localdate().isoformat()
        said = f"完成 93%（经济发展办 {day} 报送）"
        page = client_for(new_clerk).get(page_url(town.item)).content.decode()
        assert said in text_of(section(page, 'id="summary"'))
        listing = client_for(new_clerk).get("/workspace/").content.decode()
        assert said in text_of(listing)
        # the new lead's own state: neither acknowledged nor reported
        item = Commitment.objects.get(pk=town.item.pk)
        assert item.acknowledged_at is None and item.last_report_on is None
        supervisor_list = client_for(town.supervisor).get("/workspace/").content.decode()
        row = supervisor_list.split(f'data-id="{town.item.pk}"', 1)[1].split("</li>", 1)[0]
        assert "未报送" in row and "未签收" in row

    def test_the_closure_form_warns_a_new_lead_that_has_not_reported(self, town):
        report(town, town.clerk, town.lead)
        report(town, town.co_clerk, town.co)
        new = factories.department("财政所")
        new_clerk = factories.user("caizheng", dept=new)
        change_lead(town, new)
        page = client_for(new_clerk).get(page_url(town.item)).content.decode()
        assert 'data-field="closure-unreported"' in section(page, 'id="act"')
        assert "取自经济发展办" in section(page, 'id="act"')  # the report form's figures
        # the API contract stays: the request itself is not refused
        workflow.request_closure(new_clerk, town.item, "已完成。")
        card = text_of(client_for(town.supervisor).get("/workspace/queue/").content.decode())
        day = timezone.localdate().isoformat()
        assert f"完成 93%（经济发展办 {day} 报送）" in card
        assert "牵头单位财政所本身尚未报送进度" in card

    def test_a_lead_that_reported_gets_no_warning(self, town):
        report(town, town.clerk, town.lead)
        page = client_for(town.clerk).get(page_url(town.item)).content.decode()
        assert 'data-field="closure-unreported"' not in page


def test_the_closure_form_says_evidence_is_expected_and_what_happens_without(town):
    page = client_for(town.clerk).get(page_url(town.item)).content.decode()
    form = page.split('id="closure"', 1)[1].split("</form>", 1)[0]
    assert "请附上佐证材料" in form and "未附佐证材料" in form


class TestClosedPledge:
    def test_a_completed_pledge_says_it_takes_nothing_and_who_can_reopen_it(self, town):
        Commitment.objects.filter(pk=town.item.pk).update(
            status="completed", percent=100, completed_at=timezone.now()
        )
        page = client_for(town.clerk).get(page_url(town.item)).content.decode()
        note = section(page, 'id="act"')
        assert "不再接受进度报送、延期申请或办结申请" in note and "督办人重新打开" in note
        assert 'id="reopen"' not in page
        supervisor = client_for(town.supervisor).get(page_url(town.item)).content.decode()
        assert 'id="reopen"' in supervisor

    def test_a_cancelled_pledge_shows_no_expected_progress(self, town):
        report(town, town.clerk, town.lead, 63)
        workflow.cancel(town.supervisor, town.item, "并入其他事项")
        page = client_for(town.clerk).get(page_url(town.item)).content.decode()
        head = section(page, 'id="summary"')
        assert "序时" not in head and "完成 63%" in head


class TestRefusedRequestsNeedAttention:
    """A green pledge whose last request was returned or rejected is 需要处理 until its
    owner answers: a newer request, or a report filed after the decision."""

    def needs(self, town, user) -> list[str]:
        body = client_for(user).get("/workspace/", {"needs": "1"}).content.decode()
        return re.findall(r'data-code="([^"]+)"', body)

    def green(self, town) -> None:
        workflow.acknowledge(town.clerk, town.item)
        workflow.acknowledge(town.co_clerk, town.item)
        report(town, town.co_clerk, town.co, 90)
        report(town, town.clerk, town.lead, 90)

    def test_a_returned_closure_counts_until_the_lead_reports_again(self, town):
        self.green(town)
        assert town.item.code not in self.needs(town, town.clerk)
        request = workflow.request_closure(town.clerk, town.item, "已完成")
        workflow.return_closure(town.supervisor, request, reason="缺少验收报告")
        assert town.item.code in self.needs(town, town.clerk)
        listing = client_for(town.clerk).get("/workspace/").content.decode()
        assert "需要处理：1 项" in listing
        report(town, town.clerk, town.lead, 95)
        assert town.item.code not in self.needs(town, town.clerk)

    def test_a_rejected_extension_counts_until_a_newer_request(self, town):
        self.green(town)
        later = town.item.deadline + datetime.timedelta(days=30)
        request = workflow.request_extension(town.co_clerk, town.item, later, "设备未到货")
        workflow.reject_extension(town.supervisor, request, "理由不充分")
        assert town.item.code in self.needs(town, town.co_clerk)
        assert town.item.code in self.needs(town, town.supervisor)
        workflow.request_extension(town.co_clerk, town.item, later, "设备延期到货，附合同")
        assert town.item.code not in self.needs(town, town.co_clerk)


class TestDueDayWording:
    """The queue's not-yet-reported list and the scorecard's 应报未报 say what they count."""

    def test_the_queue_names_this_periods_due_day(self, town, settings):
        settings.REPORT_DUE_DAY = 25
        today = timezone.localdate()
        body = client_for(town.supervisor).get("/workspace/queue/").content.decode()
        heading = section(body, 'id="unreported"')
        due = min(25, calendar.monthrange(today.year, today.month)[1])
        assert f"{today.month}月进度（{today.month}月{due}日前报送）尚未报送的单位" in heading
        assert "应报未报" in heading

    def test_the_scorecards_report_columns_say_what_they_count(self, town):
        body = client_for(town.supervisor).get("/dashboard/").content.decode()
        head = body.split('id="departments"', 1)[1].split("</thead>", 1)[0]
        missing = re.search(r'<th data-field="reports_missing" title="([^"]+)"', head)
        assert missing and "截止日已过仍未报送" in missing.group(1)
        assert re.search(r'<th data-field="reports_due" title="[^"]*截止日', head)


def test_a_co_owners_report_shows_its_values_in_the_log_and_the_header_says_whose(town):
    reporting.file_report(
        town.item.pk,
        town.co_clerk,
        town.co,
        reporting.ReportInput(
            "at_risk",
            60,
            timezone.localdate(),
            targets=[reporting.TargetValue(town.target.pk, Decimal("3"))],
        ),
    )
    page = client_for(town.supervisor).get(page_url(town.item)).content.decode()
    log = section(page, 'id="history"')
    entry = log.split('data-event="reported"', 1)[1].split("<li data-event=", 1)[0]
    assert "配合单位报送，不改变事项进度" in entry
    # walk16 m6: after a unit's name that ends in a bracket, no second bracket follows
    assert "（配合单位报送" not in text_of(entry)
    assert "完成百分比：<strong>60%</strong>" in entry
    assert "状态：<strong>存在风险</strong>" in entry
    assert "光伏电站装机：<strong>3兆瓦</strong>" in entry
    assert "牵头单位进度：" in section(page, 'id="summary"')


def test_a_report_form_shows_every_error_in_one_round(town):
    """The walk's four mistakes (150%, a future date, a negative target, 未开始 with
    progress) come back together, the service's beside the form's own."""
    client = client_for(town.clerk)
    data = report_data(client.get(page_url(town.item)).content.decode(), town)
    data["report-percent"] = "150"
    data["report-as_of"] = "2099-01-01"
    data[f"report-target_{town.target.pk}"] = "-5"
    html = client.post(page_url(town.item), data).content.decode()
    form = html.split('id="report-form"', 1)[1].split("</form>", 1)[0]
    assert "完成百分比须在 0 到 100 之间" in form
    assert "截至日期不能晚于今天" in form
    assert "当前值不能为负数" in form
    data["report-percent"] = "30"
    data["report-status"] = "not_started"
    data["report-as_of"] = "2000-01-01"
    html = client.post(page_url(town.item), data).content.decode()
    form = html.split('id="report-form"', 1)[1].split("</form>", 1)[0]
    assert "不是“未开始”" in form
    assert "当前值不能为负数" in form
    assert "截至日期不能早于本计划的报送起始日期" in form
