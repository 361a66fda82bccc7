"""Walk 5 (a tester who had not read the code): what the pages said misleadingly."""

from __future__ import annotations

import datetime

from django.utils import timezone
from django.utils.html import escape

from commitments.choices import Role
from commitments.services import supervision, workflow
from tests import factories
from tests.support.language import in_language
from tests.workspace.conftest import client_for
from tests.workspace.test_pages import page_url


def summary(html: str) -> str:
    return html.split('id="summary"', 1)[1].split("</section>", 1)[0]


class TestGreenLightIsNotAWarning:
    def test_a_green_pledge_says_how_it_stands_not_why_it_warns(self, town):
        town.lead_reports("on_track", 99)
        head = summary(client_for(town.clerk).get(page_url(town.item)).content.decode())
        assert 'data-light="green"' in head
        assert "进度情况：" in head and "预警原因" not in head

    def test_a_yellow_pledge_keeps_its_warning_label(self, town):
        town.lead_reports("delayed", 0)
        head = summary(client_for(town.clerk).get(page_url(town.item)).content.decode())
        assert 'data-light="yellow"' in head
        assert "预警原因：" in head and "进度情况" not in head

    def test_in_english_green_reads_as_progress(self, town):
        town.lead_reports("on_track", 99)
        client = client_for(town.clerk)
        html = in_language(client, "en").get(page_url(town.item)).content.decode()
        head = summary(html)
        assert "Progress:" in head and "Why this light" not in head


def admin_client():
    return client_for(factories.user("guanli", role=Role.ADMIN))


def approved_extension(town) -> None:
    later = town.item.deadline + datetime.timedelta(days=30)
    request = workflow.request_extension(town.clerk, town.item, later, "设备到货延迟")
    workflow.approve_extension(town.supervisor, request, "同意")


class TestAdminSaysWhatMovedTheDeadline:
    def test_an_approved_extension_is_named_as_the_history_names_it(self, town):
        approved_extension(town)
        url = f"/admin/commitments/commitment/{town.item.pk}/change/"
        body = admin_client().get(url).content.decode()
        assert "人工修改字段" not in body and '["deadline"]' not in body
        today = timezone.localdate().isoformat()
        assert "重新导入时保留" in body
        assert f"完成时限（延期获批，{today}）" in body

    def test_a_supervisors_edit_reads_as_one(self, town):
        supervision.update_commitment(
            town.item.pk, town.supervisor, {"deadline": town.item.deadline + datetime.timedelta(1)}
        )
        url = f"/admin/commitments/commitment/{town.item.pk}/change/"
        body = in_language(admin_client(), "en").get(url).content.decode()
        assert "Kept on re-import" in body
        assert "Deadline (Edited by supervisor," in body

    def test_the_lead_unit_is_not_offered_as_its_own_co_owner(self, town):
        url = f"/admin/commitments/commitment/{town.item.pk}/change/"
        body = admin_client().get(url).content.decode()
        select = body.split('name="co_owners"', 1)[1].split("</select>", 1)[0]
        assert town.co.name in select and town.lead.name not in select


class TestHistoryNamesTheActorOnce:
    def test_a_supervisors_edit_does_not_repeat_the_role(self, town):
        town.supervisor.first_name, town.supervisor.last_name = "", ""
        town.supervisor.save()
        supervision.update_commitment(
            town.item.pk, town.supervisor, {"deadline": town.item.deadline + datetime.timedelta(1)}
        )
        html = client_for(town.clerk).get(page_url(town.item)).content.decode()
        line = html.split('data-event="edited"', 1)[1].split("</li>", 1)[0]
        assert "督办人修改" in line
        assert line.count("督办人") == 1
        assert town.supervisor.get_username() in line

    def test_a_clerk_keeps_their_department(self, town):
        workflow.acknowledge(town.clerk, town.item)
        html = client_for(town.clerk).get(page_url(town.item)).content.decode()
        line = html.split('data-event="acknowledged"', 1)[1].split("</li>", 1)[0]
        assert town.lead.name in line


class TestLedgerShowsTheMessageAsSent:
    def notification(self, town):
        from commitments.choices import NotificationKind, NotificationState
        from commitments.models import Notification
        from commitments.reminders.items import load_items

        today = timezone.localdate()
        item = load_items([town.item.pk], today)[town.item.pk]
        context = {
            "today": today.isoformat(),
            "count": 1,
            "summary": "未报送1项",
            "sections": [{"label": "未报送", "count": 1, "items": [item], "more": 0}],
            "workspace_url": "http://testserver/workspace/",
            "queue_url": "http://testserver/workspace/queue/",
        }
        return Notification.objects.create(
            kind=NotificationKind.MISSING_REPORT,
            recipient="jingji@example.org",
            period_key=today.isoformat(),
            message_id="<m1@example.org>",
            state=NotificationState.SENT,
            sent_at=timezone.now(),
            subject="【督办提醒】未报送1项",
            context=context,
        )

    def test_the_admin_reads_the_subject_and_text_and_folds_the_json(self, town):
        from commitments.reminders.emails import render

        row = self.notification(town)
        url = f"/admin/commitments/notification/{row.pk}/change/"
        body = admin_client().get(url).content.decode()
        sent = body.split('data-field="sent-text"', 1)[1].split("</pre>", 1)[0]
        text = render(row.context, row.subject).text
        for line in filter(None, (x.strip() for x in text.splitlines())):
            assert escape(line) in sent
        assert town.item.title in sent and "【督办提醒】未报送1项" in body
        # The stored context only inside a folded section, after the text.
        assert body.index('data-field="sent-text"') < body.index('data-field="context"')
        folded = body.split('data-field="context"', 1)[0].rsplit("<fieldset", 1)[1]
        assert "collapse" in folded or "<details" in folded
        assert '"sections"' not in body.split('data-field="context"', 1)[0]


class TestFileErrorsInTheSameRound:
    def test_the_limit_is_stated_under_the_file_field(self, town, settings):
        settings.EVIDENCE_MAX_BYTES, settings.EVIDENCE_MAX_FILES = 100 * 1024, 3
        html = client_for(town.clerk).get(page_url(town.item)).content.decode()
        field = html.split('data-field="report-evidence_files"', 1)[1].split("</div>", 1)[0]
        assert "每个文件不超过 100 KB，最多 3 个" in field

    def test_a_too_large_file_is_reported_with_a_wrong_percent(self, town, settings):
        from django.core.files.uploadedfile import SimpleUploadedFile

        from commitments.models import ProgressReport
        from tests.workspace.conftest import PDF
        from tests.workspace.test_pages import report_data

        settings.EVIDENCE_MAX_BYTES = 1024
        client = client_for(town.clerk)
        data = report_data(client.get(page_url(town.item)).content.decode(), town)
        data["report-percent"] = "150"
        data["report-evidence_files"] = SimpleUploadedFile(
            "huge.pdf", PDF + b"0" * 4096, "application/pdf"
        )
        response = client.post(page_url(town.item), data)
        assert response.status_code == 400
        form = response.content.decode().split('id="report-form"', 1)[1].split("</form>", 1)[0]
        assert "完成百分比须在 0 到 100 之间" in form
        files = form.split('data-field="report-evidence_files"', 1)[1].split("</div>", 1)[0]
        assert "“huge.pdf”超过 1 KB 的大小上限" in files
        assert ProgressReport.objects.count() == 0

    def test_a_good_file_with_the_form_still_saves(self, town):
        from django.core.files.uploadedfile import SimpleUploadedFile

        from commitments.models import Attachment
        from tests.workspace.conftest import PDF
        from tests.workspace.test_pages import report_data

        client = client_for(town.clerk)
        data = report_data(client.get(page_url(town.item)).content.decode(), town)
        data["report-evidence_files"] = SimpleUploadedFile("a.pdf", PDF, "application/pdf")
        assert client.post(page_url(town.item), data).status_code == 302
        assert Attachment.objects.get().name == "a.pdf"


class TestALowerPercentAsksForConfirmation:
    def post(self, town, user, percent: str, **extra):
        from tests.workspace.test_pages import report_data

        client = client_for(user)
        data = report_data(client.get(page_url(town.item)).content.decode(), town)
        data.update({"report-percent": percent, **extra})
        return client.post(page_url(town.item), data)

    def test_20_after_40_is_refused_until_confirmed(self, town):
        from commitments.models import ProgressReport

        assert self.post(town, town.clerk, "40").status_code == 302
        refused = self.post(town, town.clerk, "20")
        assert refused.status_code == 400
        form = refused.content.decode().split('id="report-form"', 1)[1].split("</form>", 1)[0]
        assert "低于本单位上次报送的 40%" in form
        assert 'name="report-confirm_lower"' in form and "确认调低完成百分比" in form
        assert ProgressReport.objects.count() == 1
        done = self.post(town, town.clerk, "20", **{"report-confirm_lower": "on"})
        assert done.status_code == 302
        town.item.refresh_from_db()
        assert town.item.percent == 20

    def test_no_box_when_the_percent_goes_up_or_stays(self, town):
        assert self.post(town, town.clerk, "40").status_code == 302
        html = client_for(town.clerk).get(page_url(town.item)).content.decode()
        assert 'name="report-confirm_lower"' not in html
        assert self.post(town, town.clerk, "40").status_code == 302
        assert self.post(town, town.clerk, "60").status_code == 302

    def test_a_co_owner_is_compared_with_its_own_last_report(self, town):
        assert self.post(town, town.clerk, "80").status_code == 302
        assert self.post(town, town.co_clerk, "50").status_code == 302  # its first
        refused = self.post(town, town.co_clerk, "30")
        assert refused.status_code == 400 and "低于本单位上次报送的 50%" in refused.content.decode()

    def test_the_api_still_takes_a_lower_percent(self, town):
        from rest_framework.test import APIClient

        assert self.post(town, town.clerk, "40").status_code == 302
        api = APIClient()
        api.force_authenticate(town.clerk)
        response = api.post(
            f"/api/v1/commitments/{town.item.pk}/reports/",
            {"status": "on_track", "percent": 20, "as_of": timezone.localdate().isoformat()},
            format="json",
        )
        assert response.status_code == 201, response.content


class TestAPastDateSaysWhatIsLatest:
    def past_day(self, town) -> tuple[datetime.date, datetime.date]:
        """Today and a day 30 days back that the plan covers (its start moved before)."""
        from commitments.models import Plan

        today = timezone.localdate()
        past = today - datetime.timedelta(days=30)
        Plan.objects.filter(pk=town.item.plan_id).update(starts_on=past - datetime.timedelta(1))
        return today, past

    def dashboard(self, town, day: datetime.date | None = None, lang: str = "zh-hans") -> str:
        url = f"/dashboard/?plan={town.item.plan_id}"
        if day is not None:
            url += f"&date={day.isoformat()}"
        client = client_for(town.supervisor)
        return in_language(client, lang).get(url).content.decode()

    def test_a_past_date_puts_a_notice_by_the_date(self, town):
        today, past = self.past_day(town)
        html = self.dashboard(town, past)
        toolbar = html.split('class="toolbar card"', 1)[1].split("</section>", 1)[0]
        notice = toolbar.split('data-field="date-past"', 1)[1].split("</div>", 1)[0]
        assert f"统计日期 {past.isoformat()} 不是今天（{today.isoformat()}）" in notice
        assert f"按 {past.isoformat()} 计：逾期" in notice
        assert "按今天的最新数据计" in notice and "已办结数" in notice and "完成百分比" in notice

    def test_today_has_no_notice(self, town):
        assert 'data-field="date-past"' not in self.dashboard(town)
        assert 'data-field="date-past"' not in self.dashboard(town, timezone.localdate())

    def test_in_english(self, town):
        _today, past = self.past_day(town)
        html = self.dashboard(town, past, "en")
        notice = html.split('data-field="date-past"', 1)[1].split("</div>", 1)[0]
        assert "is not today" in notice and "Latest, as of today" in notice


class TestDashboardWordsInEnglish:
    def test_a_finished_export_reads_done_and_the_tile_reads_lights(self, town):
        from reports.models import ExportJob

        ExportJob.objects.create(
            owner=town.supervisor,
            report="ledger",
            format="xlsx",
            params={"plan": town.item.plan_id, "date": timezone.localdate().isoformat()},
            state="done",
            rows_done=20,
            rows_total=20,
            finished_at=timezone.now(),
        )
        client = client_for(town.supervisor)
        en = in_language(client, "en").get("/dashboard/").content.decode()
        state = en.split('data-field="state">', 1)[1].split("</td>", 1)[0]
        assert state.strip() == "Done"
        assert '"done": "Done"' in en  # the labels the page's polling script uses
        assert "<span>Lights</span>" in en
        zh = in_language(client, "zh-hans").get("/dashboard/").content.decode()
        assert zh.split('data-field="state">', 1)[1].split("</td>", 1)[0].strip() == "已完成"
        assert "<span>红黄绿灯</span>" in zh


class TestAcknowledgeNoteFitsThePledge:
    def test_co_owners_are_mentioned_only_where_there_are_some(self, town):
        from commitments.models import CoOwnership

        note = 'data-field="acknowledge-each"'
        html = client_for(town.clerk).get(page_url(town.item)).content.decode()
        assert "配合单位、牵头单位都须各自签收" in html.split(note, 1)[1].split("</small>", 1)[0]
        CoOwnership.objects.filter(commitment=town.item).delete()
        html = client_for(town.clerk).get(page_url(town.item)).content.decode()
        said = html.split(note, 1)[1].split("</small>", 1)[0]
        assert "报送进度不代替签收" in said and "配合单位" not in said
