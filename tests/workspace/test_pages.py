"""The workspace through Django's test client: who sees what, who may write what."""

from __future__ import annotations

import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from commitments.choices import EventKind, RequestState
from commitments.models import (
    Attachment,
    CommitmentEvent,
    ExtensionRequest,
    ProgressReport,
)
from tests.support.language import in_language
from tests.workspace.conftest import PDF, client_for


def page_url(item) -> str:
    return f"/workspace/commitments/{item.pk}/"


def token(html: str, prefix: str) -> str:
    match = re.search(rf'name="{prefix}-form_token" value="([0-9a-f]+)"', html)
    assert match, f"no {prefix} form on the page"
    return match.group(1)


def report_data(html: str, town, **extra) -> dict:
    data = {
        "action": "report",
        "report-form_token": token(html, "report"),
        "report-status": "on_track",
        "report-percent": "40",
        "report-as_of": timezone.localdate().isoformat(),
        "report-narrative": "设备已进场",
        "report-evidence": "https://example.org/photo",
        f"report-target_{town.target.pk}": "2.5",
    }
    data.update(extra)
    return data


class TestList:
    def test_it_lists_my_departments_led_and_co_owned_items_with_their_reason(self, town):
        for user in (town.clerk, town.co_clerk):
            html = client_for(user).get("/workspace/").content.decode()
            assert town.item.title in html
            assert "本月未报送" in html or "进度未报送" in html or "序时" in html
        html = client_for(town.outsider).get("/workspace/").content.decode()
        assert town.item.title not in html and "没有符合条件的事项" in html

    def test_it_filters_and_counts_what_needs_me(self, town):
        client = client_for(town.clerk)
        html = client.get("/workspace/?light=red").content.decode()
        assert town.item.title not in html
        html = client.get("/workspace/?unreported=1").content.decode()
        assert town.item.title in html
        assert "需要处理：1 项" in client.get("/workspace/").content.decode()

    def test_a_supervisors_unreported_list_shows_what_the_queue_counts(self, town):
        # A pledge its lead never reported on is the first one not reported: the queue
        # counts it, and the list its count opens must show it (it showed none).
        client = client_for(town.supervisor)
        queue = client.get("/workspace/queue/").content.decode()
        assert town.item.lead_owner.name in queue
        html = client.get(
            f"/workspace/?department={town.item.lead_owner_id}&unreported=1"
        ).content.decode()
        assert town.item.title in html

    def test_it_sends_visitors_to_the_login_form(self, town):
        from django.test import Client

        response = Client().get("/workspace/")
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


class TestCommitmentPage:
    def test_it_shows_the_pledge_in_its_source_and_its_targets(self, town):
        html = client_for(town.outsider).get(page_url(town.item)).content.decode()
        assert "<mark>今年计划新建5兆瓦光伏电站一处。</mark>" in html
        assert "一、招商引资。" in html and "光伏电站装机" in html
        assert 'id="report-form"' not in html  # read-only for another department

    def test_it_writes_target_numbers_as_people_do(self, town):
        """A round target is stored as 90.0000: the page says 90, never 9E+1."""
        type(town.target).objects.filter(pk=town.target.pk).update(value=90, current_value=50)
        html = client_for(town.clerk).get(page_url(town.item)).content.decode()
        assert "90兆瓦" in html and "50兆瓦" in html
        assert "E+" not in html
        assert f'name="report-target_{town.target.pk}" value="50"' in html.replace("\n", " ")

    def test_in_english_its_forms_say_what_they_do(self, town):
        page = in_language(client_for(town.clerk), "en").get(page_url(town.item))
        html = page.content.decode()
        assert "<summary>Request an extension</summary>" in html
        assert "<summary>Request closure</summary>" in html
        assert "<h2>Activity log</h2>" in html
        assert "Extension requested</summary>" not in html

    def test_its_history_shows_times_as_the_page_does(self, town):
        client = client_for(town.clerk)
        html = client.get(page_url(town.item)).content.decode()
        data = {"action": "acknowledge", "acknowledge-form_token": token(html, "acknowledge")}
        assert client.post(page_url(town.item), data).status_code == 302
        page = client.get(page_url(town.item)).content.decode()
        town.item.refresh_from_db()
        stamp = timezone.localtime(town.item.acknowledged_at)
        assert f"{stamp:%Y-%m-%d %H:%M}" in page
        assert stamp.isoformat() not in page

    def test_a_clerk_files_a_report_with_a_target_value_and_a_pdf(self, town):
        client = client_for(town.clerk)
        html = client.get(page_url(town.item)).content.decode()
        data = report_data(html, town)
        data["report-evidence_files"] = SimpleUploadedFile("现场照片.pdf", PDF, "application/pdf")
        response = client.post(page_url(town.item), data)
        assert response.status_code == 302
        report = ProgressReport.objects.get()
        assert report.percent == 40 and report.department == town.lead
        assert report.target_values.get().value == 2.5
        attachment = Attachment.objects.get()
        assert attachment.report == report and attachment.content_type == "application/pdf"
        assert attachment.name == "现场照片.pdf"
        assert CommitmentEvent.objects.filter(kind=EventKind.REPORTED).count() == 1
        town.target.refresh_from_db()
        assert town.target.current_value == 2.5
        page = client.get(page_url(town.item)).content.decode()
        assert "进度已报送" in page and "现场照片.pdf" in page

        download = client.get(f"/workspace/files/{attachment.pk}/")
        assert download.status_code == 200
        assert download["Content-Disposition"].startswith("attachment;")
        assert b"".join(download.streaming_content) == PDF
        assert (
            client_for(town.supervisor).get(f"/workspace/files/{attachment.pk}/").status_code == 200
        )
        assert (
            client_for(town.outsider).get(f"/workspace/files/{attachment.pk}/").status_code == 200
        )

    def test_a_refused_report_says_so_at_the_top_and_asks_for_its_files_again(self, town):
        """The page opens at the top: a refused form is announced there, with a link to
        it, and files the browser will not send again are asked for again."""
        client = client_for(town.clerk)
        data = report_data(client.get(page_url(town.item)).content.decode(), town)
        data["report-percent"] = "140"
        data["report-evidence_files"] = SimpleUploadedFile("现场照片.pdf", PDF, "application/pdf")
        html = client.post(page_url(town.item), data).content.decode()
        top = html.index('id="failed"')
        assert top < html.index('id="summary"') and 'href="#report-form"' in html[top:]
        assert 'action="#report-form"' in html  # the browser comes back at the form
        form = html[html.index('id="report-form"') :]
        assert (
            "所选的附件文件没有保存（浏览器不能保留已选的文件）：请改正标红的各项后，重新选择文件再提交。"
            in form[: form.index("</form>")]
        )
        assert not ProgressReport.objects.exists()
        data["report-evidence_files"] = []
        html = client.post(page_url(town.item), data).content.decode()
        assert 'id="failed"' in html and "所选的附件文件没有保存" not in html
        assert 'id="failed"' not in client.get(page_url(town.item)).content.decode()

    def test_a_double_submit_files_one_report(self, town):
        client = client_for(town.clerk)
        data = report_data(client.get(page_url(town.item)).content.decode(), town)
        assert client.post(page_url(town.item), data).status_code == 302
        again = client.post(page_url(town.item), data, follow=True)
        assert "该表单已提交过，未重复办理" in again.content.decode()
        assert ProgressReport.objects.count() == 1

    def test_errors_show_beside_the_field_in_chinese_and_nothing_is_written(self, town):
        client = client_for(town.clerk)
        html = client.get(page_url(town.item)).content.decode()
        response = client.post(
            page_url(town.item),
            report_data(
                html, town, **{"report-percent": "140", "report-evidence": "javascript:alert(1)"}
            ),
        )
        assert response.status_code == 400
        body = response.content.decode()
        assert "完成百分比须在 0 到 100 之间" in body
        assert "不是有效的网址" in body
        assert ProgressReport.objects.count() == 0

    def test_a_file_is_checked_by_its_content_not_its_name(self, town):
        client = client_for(town.clerk)
        data = report_data(client.get(page_url(town.item)).content.decode(), town)
        data["report-evidence_files"] = SimpleUploadedFile(
            "照片.pdf", b"MZ\x90\x00" + b"\x00" * 200, "application/pdf"
        )
        response = client.post(page_url(town.item), data)
        assert response.status_code == 400
        assert "不是允许的文件类型" in response.content.decode()
        assert ProgressReport.objects.count() == 0 and Attachment.objects.count() == 0

    def test_another_department_cannot_file_anything(self, town):
        client = client_for(town.clerk)
        data = report_data(client.get(page_url(town.item)).content.decode(), town)
        response = client_for(town.outsider).post(page_url(town.item), data)
        assert response.status_code == 403
        assert ProgressReport.objects.count() == 0
        assert not CommitmentEvent.objects.exists()

    def test_a_co_owner_reports_beside_the_lead(self, town):
        for user in (town.clerk, town.co_clerk):
            client = client_for(user)
            data = report_data(client.get(page_url(town.item)).content.decode(), town)
            assert client.post(page_url(town.item), data).status_code == 302
        html = client_for(town.supervisor).get(page_url(town.item)).content.decode()
        assert 'data-department="经济发展办"' in html and 'data-department="社会事务办"' in html
        assert ProgressReport.objects.filter(is_lead=False).count() == 1


class TestWorkflow:
    def test_a_clerk_acknowledges_and_asks_for_an_extension(self, town):
        client = client_for(town.clerk)
        html = client.get(page_url(town.item)).content.decode()
        response = client.post(
            page_url(town.item),
            {"action": "acknowledge", "acknowledge-form_token": token(html, "acknowledge")},
        )
        # Back to the top, where the message is: never to an anchor past it.
        assert response["Location"] == page_url(town.item) + "#top"
        html = client.get(page_url(town.item)).content.decode()
        assert "已签收" in html.split('id="summary"')[0]
        later = (
            town.item.deadline.replace(day=1) + __import__("datetime").timedelta(days=62)
        ).isoformat()
        response = client.post(
            page_url(town.item),
            {
                "action": "extension",
                "extension-form_token": token(html, "extension"),
                "extension-requested_deadline": later,
                "extension-reason": "设备到货推迟",
            },
        )
        assert response.status_code == 302 and response["Location"].endswith("/#top")
        assert ExtensionRequest.objects.get().state == RequestState.PENDING
        kinds = set(CommitmentEvent.objects.values_list("kind", flat=True))
        assert kinds == {EventKind.ACKNOWLEDGED, EventKind.EXTENSION_REQUESTED}

    def test_an_extension_without_a_reason_is_refused_beside_the_field(self, town):
        client = client_for(town.clerk)
        html = client.get(page_url(town.item)).content.decode()
        response = client.post(
            page_url(town.item),
            {
                "action": "extension",
                "extension-form_token": token(html, "extension"),
                "extension-requested_deadline": town.item.deadline.isoformat(),
                "extension-reason": "",
            },
        )
        assert response.status_code == 400
        assert "该字段是必填项。" in response.content.decode()

    def test_a_supervisor_approves_from_the_queue(self, town):
        from commitments.services import workflow

        new = town.item.deadline + __import__("datetime").timedelta(days=30)
        request = workflow.request_extension(town.clerk, town.item, new, "设备到货推迟")
        queue = client_for(town.supervisor).get("/workspace/queue/").content.decode()
        assert town.item.title in queue and "设备到货推迟" in queue
        # The two boxes side by side say which button each goes with.
        assert queue.count("审核意见（可不填）") == 1 and queue.count("驳回理由（必填）") == 1
        response = client_for(town.supervisor).post(
            "/workspace/queue/",
            {
                "action": "approve_extension",
                "approve_extension-form_token": token(queue, "approve_extension"),
                "approve_extension-request_id": request.pk,
                "approve_extension-reason": "同意",
            },
        )
        assert response.status_code == 302 and response["Location"] == "/workspace/queue/#top"
        town.item.refresh_from_db()
        assert town.item.deadline == new and town.item.original_deadline != new
        assert CommitmentEvent.objects.filter(kind=EventKind.EXTENSION_APPROVED).exists()

    def test_a_refusal_without_a_reason_shows_the_queue_again_at_its_card(self, town):
        """驳回 with an empty reason box: the queue again (not the commitment's page),
        that card's form with its error beside the box, the other box's text kept,
        the form's address bringing the browser back to the card; nothing decided."""
        from commitments.services import workflow

        new = town.item.deadline + __import__("datetime").timedelta(days=30)
        request = workflow.request_extension(town.clerk, town.item, new, "设备到货推迟")
        events = CommitmentEvent.objects.count()
        client = client_for(town.supervisor)
        queue = client.get("/workspace/queue/").content.decode()
        card = f"request-extension-{request.pk}"
        assert f'id="{card}"' in queue and f'action="/workspace/queue/#{card}"' in queue
        response = client.post(
            "/workspace/queue/",
            {
                "action": "reject_extension",
                "approve_extension-form_token": token(queue, "approve_extension"),
                "approve_extension-request_id": request.pk,
                "approve_extension-reason": "请补充到货证明",
                "reject_extension-form_token": token(queue, "reject_extension"),
                "reject_extension-request_id": request.pk,
                "reject_extension-reason": "  ",
            },
        )
        assert response.status_code == 400
        assert [t.name for t in response.templates][0] == "workspace/queue.html"
        html = response.content.decode()
        box = re.search(r'data-field="reject_extension-reason".*?</div>', html, re.S).group(0)
        assert 'class="error"' in box and "理由" in box
        assert re.search(r'name="approve_extension-reason"[^>]*>\s*请补充到货证明</textarea>', html)
        assert f'action="/workspace/queue/#{card}"' in html
        request.refresh_from_db()
        assert request.state == RequestState.PENDING
        assert CommitmentEvent.objects.count() == events

    def test_the_history_shows_a_supervisor_by_role_not_by_the_requests_department(self, town):
        """A decision's event concerns the department that asked: the supervisor who
        decided is shown by name and role, the department as the one concerned."""
        from commitments.services import workflow

        new = town.item.deadline + __import__("datetime").timedelta(days=30)
        request = workflow.request_extension(town.co_clerk, town.item, new, "配合延后")
        workflow.reject_extension(town.supervisor, request, "理由不充分")
        html = client_for(town.clerk).get(page_url(town.item)).content.decode()
        rows = {
            kind: re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", row))
            for kind, row in re.findall(r'<li data-event="(\w+)">(.*?)</li>', html, re.S)
        }
        assert "duban · 督办人 · 涉及单位：社会事务办" in rows["extension_rejected"]
        assert "duban · 社会事务办" not in rows["extension_rejected"]
        assert "shehui · 社会事务办" in rows["extension_requested"]
        assert "涉及单位" not in rows["extension_requested"]

    def test_a_request_decided_meanwhile_is_said_at_the_top_of_the_queue(self, town):
        """Another supervisor decided the request while this one typed: the queue
        again, without the card, the refusal said at the top; nothing decided twice."""
        from commitments.services import workflow
        from tests import factories

        new = town.item.deadline + __import__("datetime").timedelta(days=30)
        request = workflow.request_extension(town.clerk, town.item, new, "设备到货推迟")
        colleague = factories.user("duban2", role="supervisor")
        client = client_for(town.supervisor)
        queue = client.get("/workspace/queue/").content.decode()
        workflow.approve_extension(colleague, request)
        response = client.post(
            "/workspace/queue/",
            {
                "action": "reject_extension",
                "reject_extension-form_token": token(queue, "reject_extension"),
                "reject_extension-request_id": request.pk,
                "reject_extension-reason": "不同意",
            },
        )
        assert response.status_code == 409
        html = response.content.decode()
        assert [t.name for t in response.templates][0] == "workspace/queue.html"
        assert f'id="request-extension-{request.pk}"' not in html
        assert "该申请已审核" in html.split('id="pending"')[0]  # the message, at the top
        request.refresh_from_db()
        assert request.state == RequestState.APPROVED and request.decided_by == colleague

    def test_a_supervisor_gets_no_extension_form_and_cannot_ask(self, town):
        """Owners ask for an extension; a supervisor decides, or corrects the deadline."""
        client = client_for(town.supervisor)
        html = client.get(page_url(town.item)).content.decode()
        assert 'name="extension-form_token"' not in html and 'id="extension"' not in html
        assert 'name="correct-form_token"' in html  # the deadline is theirs to change
        response = client.post(
            page_url(town.item),
            {
                "action": "extension",
                "extension-form_token": "b" * 32,
                "extension-requested_deadline": (
                    town.item.deadline + __import__("datetime").timedelta(days=30)
                ).isoformat(),
                "extension-reason": "代为申请",
            },
        )
        assert response.status_code == 403
        assert "只有责任单位经办人可以申请延期" in response.content.decode()
        assert not ExtensionRequest.objects.exists()
        clerk = client_for(town.clerk).get(page_url(town.item)).content.decode()
        assert 'name="extension-form_token"' in clerk

    def test_the_queue_shows_no_count_when_nothing_waits(self, town):
        html = client_for(town.supervisor).get("/workspace/queue/").content.decode()
        assert 'data-count="pending"' not in html and "没有待审核的申请" in html

    def test_staff_have_no_queue_and_cannot_decide(self, town):
        from commitments.services import workflow

        new = town.item.deadline + __import__("datetime").timedelta(days=30)
        request = workflow.request_extension(town.clerk, town.item, new, "理由")
        assert client_for(town.clerk).get("/workspace/queue/").status_code == 403
        response = client_for(town.co_clerk).post(
            page_url(town.item),
            {
                "action": "approve_extension",
                "approve_extension-form_token": "a" * 32,
                "approve_extension-request_id": request.pk,
            },
        )
        assert response.status_code == 403
        town.item.refresh_from_db()
        assert town.item.deadline != new

    def test_a_supervisor_of_other_departments_gets_no_decision_forms(self, town):
        from commitments.services import workflow

        new = town.item.deadline + __import__("datetime").timedelta(days=30)
        workflow.request_extension(town.clerk, town.item, new, "理由")
        queue = client_for(town.other_supervisor).get("/workspace/queue/").content.decode()
        assert town.item.title not in queue
        html = client_for(town.other_supervisor).get(page_url(town.item)).content.decode()
        assert "approve_extension-form_token" not in html

    def test_a_supervisor_corrects_the_deadline_and_it_shows_in_the_history(self, town):
        client = client_for(town.supervisor)
        html = client.get(page_url(town.item)).content.decode()
        new = town.item.deadline + __import__("datetime").timedelta(days=10)
        response = client.post(
            page_url(town.item),
            {
                "action": "correct",
                "correct-form_token": token(html, "correct"),
                "correct-lead_owner": town.lead.pk,
                "correct-co_owners": [town.co.pk],
                "correct-deadline": new.isoformat(),
                "correct-milestones": f"{town.item.deadline.isoformat()} 完成设备安装",
                "correct-note": "按会议纪要调整",
            },
        )
        assert response.status_code == 302
        town.item.refresh_from_db()
        assert town.item.deadline == new and town.item.milestones.count() == 1
        page = client.get(page_url(town.item)).content.decode()
        assert "督办人修改" in page and "按会议纪要调整" in page and new.isoformat() in page


class TestCancel:
    """取消 ends a pledge's reports and requests: the page asks why and asks to confirm."""

    def cancel(self, town, reason: str, confirm: bool):
        client = client_for(town.supervisor)
        html = client.get(page_url(town.item)).content.decode()
        data = {
            "action": "cancel",
            "cancel-form_token": token(html, "cancel"),
            "cancel-reason": reason,
        }
        if confirm:
            data["cancel-confirm"] = "on"
        return client.post(page_url(town.item), data)

    def box(self, html: str, name: str) -> str:
        return re.search(rf'data-field="cancel-{name}".*?</div>', html, re.S).group(0)

    def test_it_refuses_a_cancel_without_a_reason(self, town):
        response = self.cancel(town, "   ", confirm=True)
        assert response.status_code == 400
        box = self.box(response.content.decode(), "reason")
        assert 'class="error"' in box and "请填写取消理由" in box
        town.item.refresh_from_db()
        assert town.item.status != "cancelled"
        assert not CommitmentEvent.objects.filter(kind=EventKind.CANCELLED).exists()

    def test_it_refuses_a_cancel_that_is_not_confirmed(self, town):
        response = self.cancel(town, "并入其他事项", confirm=False)
        assert response.status_code == 400
        html = response.content.decode()
        assert "请勾选确认后再取消" in self.box(html, "confirm")
        assert re.search(r'name="cancel-reason"[^>]*>\s*并入其他事项</textarea>', html)  # kept
        town.item.refresh_from_db()
        assert town.item.status != "cancelled"

    def test_it_cancels_with_a_reason_and_a_confirmation(self, town):
        response = self.cancel(town, "并入其他事项", confirm=True)
        assert response.status_code == 302
        town.item.refresh_from_db()
        assert town.item.status == "cancelled"
        assert CommitmentEvent.objects.get(kind=EventKind.CANCELLED).note == "并入其他事项"


def test_history_text_that_only_looks_like_a_time_is_shown_as_written():
    from workspace.templatetags.workspace_tags import change_lines

    rows = change_lines({"narrative": ["2026-13-45T10:00", "Target 5T"]})
    assert rows == [("narrative", "2026-13-45T10:00", "Target 5T")]


class TestEnglish:
    """In English the pages read as English: punctuation from the translation, months
    by name, capitalised labels, the importer's note translated; the plan's own
    words (names, units such as 兆瓦) stay as written."""

    @staticmethod
    def english(user, url: str) -> str:
        html = in_language(client_for(user), "en").get(url).content.decode()
        return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))

    def test_the_commitment_page_reads_as_english(self, town):
        import datetime

        from commitments.models import CommitmentEvent as Event
        from commitments.models.workflow import IMPORTED_NOTE
        from commitments.services import supervision, workflow

        type(town.target).objects.filter(pk=town.target.pk).update(value=90)
        Event.objects.create(
            commitment=town.item,
            kind=EventKind.IMPORTED,
            note=IMPORTED_NOTE % {"name": "2026年工作安排.docx"},
        )
        supervision.update_commitment(
            town.item.pk, town.supervisor, {"co_owners": [town.co, town.outsider_dept]}
        )
        workflow.request_extension(
            town.clerk, town.item, town.item.deadline + datetime.timedelta(days=30), "设备到货推迟"
        )
        text = self.english(town.clerk, page_url(town.item))

        # No Chinese punctuation after English words, anywhere on the page.
        assert not re.findall(r"[A-Za-z)\]][：；、（）]", text), re.findall(
            r".{20}[A-Za-z)][：；、（）].{20}", text
        )
        assert "Why this light: " in text
        assert "for month" not in text  # a missing report's month is named
        assert "Target: at least 90兆瓦" in text and "Target At least" not in text
        assert "Imported from 2026年工作安排.docx" in text and "从 " not in text
        assert "Awaiting review" in text and "awaiting review" not in text
        assert "农业农村办, 社会事务办" in text  # the co-owners
        assert "社会事务办 → 社会事务办, 农业农村办" in text  # the history's change
        assert "Language: 中文" in text

    def test_a_merge_note_reads_in_the_readers_language(self, town):
        """A merge's note is shown from what the merge changed, so an event stored
        with the Chinese note reads as English in English and as before in Chinese."""
        from django.utils import translation

        from commitments.models import CommitmentEvent as Event
        from commitments.models import CoOwnership
        from commitments.services.catalog import merge_department
        from tests import factories

        hall = factories.department("镇招商服务中心")
        CoOwnership.objects.create(commitment=town.item, department=hall)
        merge_department(hall, town.co)
        event = Event.objects.get(commitment=town.item, changes__has_key="department_merged")
        # walk16 m6: 已合并至 (merged into), as the admin list says, not 合并为
        assert event.note == "单位“镇招商服务中心”已合并至“社会事务办”"
        assert event.shown_note == "单位“镇招商服务中心”已合并至“社会事务办”"
        with translation.override("en"):
            assert event.shown_note == "Department “镇招商服务中心” merged into “社会事务办”"

        text = self.english(town.clerk, page_url(town.item))
        assert "Department merge: 镇招商服务中心 → 社会事务办" in text
        assert "已合并至" not in text and "department_merged" not in text
        # The entry says it once: its change line, no note repeating it.
        assert "Department “镇招商服务中心” merged into" not in text
        html = in_language(client_for(town.clerk), "zh-hans").get(page_url(town.item))
        said = html.content.decode()
        assert "单位合并：镇招商服务中心 → <strong>社会事务办</strong>" in said
        assert "已合并至“社会事务办”" not in said

    def test_merging_a_unit_into_itself_is_refused_in_the_readers_language(self, town):
        import pytest
        from django.utils import translation

        from commitments.services.catalog import CatalogError, merge_department

        with translation.override("en"), pytest.raises(CatalogError) as refused:
            merge_department(town.co, town.co)
        assert str(refused.value.message) == "A department cannot be merged into itself"
        with translation.override("zh-hans"), pytest.raises(CatalogError) as refused:
            merge_department(town.co, town.co)
        assert str(refused.value.message) == "不能把单位合并到它自己"

    def test_a_month_is_named_in_either_language(self):
        from django.utils import translation

        from commitments import rules

        with translation.override("en"):
            assert rules.month_name(11) == "November"
        with translation.override("zh-hans"):
            assert rules.month_name(11) == "11月"

    def test_the_queue_names_the_month(self, town):
        text = self.english(town.supervisor, "/workspace/queue/")
        assert "for month" not in text and "Departments that have not yet reported " in text
        assert "月" not in text.split("Departments that have not yet reported ")[1][:40]


def test_a_report_of_not_started_with_progress_comes_back_with_the_error_beside_status(town):
    """The form's status starts at the commitment's (未开始); a clerk who types 40 and
    leaves it gets the report back, the error beside the status, nothing filed."""
    client = client_for(town.clerk)
    html = client.get(page_url(town.item)).content.decode()
    assert re.search(r'<option value="not_started" selected>', html)
    response = client.post(
        page_url(town.item), report_data(html, town, **{"report-status": "not_started"})
    )
    assert response.status_code == 400
    box = re.search(r'data-field="report-status".*?</div>', response.content.decode(), re.S)
    assert "不是“未开始”" in box.group(0)
    assert not ProgressReport.objects.exists()


def _input_value(html: str, name: str) -> str | None:
    import re

    tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', html)
    assert tag, name
    value = re.search(r'value="([^"]*)"', tag.group(0))
    return value.group(1) if value else None


def _selected(html: str, name: str) -> str | None:
    import re

    select = re.search(rf'<select[^>]*name="{name}".*?</select>', html, re.S)
    assert select, name
    option = re.search(r'<option value="([^"]*)"[^>]*selected', select.group(0))
    return option.group(1) if option else None


def test_a_co_owners_report_form_starts_from_its_own_last_report_not_the_leads(town):
    lead = client_for(town.clerk)
    data = report_data(
        lead.get(page_url(town.item)).content.decode(),
        town,
        **{
            "report-status": "at_risk",
            "report-percent": "70",
            f"report-target_{town.target.pk}": "4",
        },
    )
    assert lead.post(page_url(town.item), data).status_code == 302
    co = client_for(town.co_clerk)
    html = co.get(page_url(town.item)).content.decode()
    assert _input_value(html, "report-percent") in (None, "")
    assert _selected(html, "report-status") != "at_risk"
    assert _input_value(html, f"report-target_{town.target.pk}") in (None, "")
    # Filing a report is not 签收: the page says so, and the form stays.
    assert "报送进度不代替签收" in html and 'id="acknowledge"' in html

    data = report_data(html, town, **{"report-percent": "30"})
    assert co.post(page_url(town.item), data).status_code == 302
    html = co.get(page_url(town.item)).content.decode()
    assert _input_value(html, "report-percent") == "30"
    assert _selected(html, "report-status") == "on_track"
    assert _input_value(html, f"report-target_{town.target.pk}") == "2.5"
    assert 'id="acknowledge"' in html
    # The lead still starts from the commitment's (its own) figures.
    html = lead.get(page_url(town.item)).content.decode()
    assert _input_value(html, "report-percent") == "70"
    assert _selected(html, "report-status") == "at_risk"


def test_a_deadline_moved_earlier_reads_brought_forward_not_extended(town):
    import datetime

    from commitments.models import Commitment

    client = client_for(town.supervisor)
    original = town.item.original_deadline
    for days, zh, en in ((-10, "已提前", "Brought forward"), (10, "已延期", "Extended")):
        Commitment.objects.filter(pk=town.item.pk).update(
            deadline=original + datetime.timedelta(days=days)
        )
        html = in_language(client, "zh-hans").get(page_url(town.item)).content.decode()
        moved = html.split('data-field="original_deadline"')[1].split("</dd>")[0]
        assert zh in moved
        assert ({"已提前", "已延期"} - {zh}).pop() not in moved
        english = in_language(client, "en").get(page_url(town.item)).content.decode()
        assert en in english.split('data-field="original_deadline"')[1].split("</dd>")[0]
    Commitment.objects.filter(pk=town.item.pk).update(deadline=original)
    html = in_language(client, "zh-hans").get(page_url(town.item)).content.decode()
    assert "data-moved" not in html


def test_the_reopen_button_reads_reopen_in_english(town):
    from commitments.models import Commitment

    Commitment.objects.filter(pk=town.item.pk).update(
        status="completed", completed_at=timezone.now(), percent=100
    )
    html = in_language(client_for(town.supervisor), "en").get(page_url(town.item)).content.decode()
    button = html.split('value="reopen"')[1].split("</form>")[0]
    assert '<button type="submit">Reopen</button>' in button


def test_history_names_fields_by_their_verbose_names_in_either_language():
    from django.utils import translation

    from workspace.templatetags.workspace_tags import change_lines

    changes = {"public_note": ["", "已选址"], "public_attachment": ["现场照片.pdf", True]}
    rows = change_lines(changes)
    assert rows[0] == ("公开说明", "", "已选址")  # a first value reads as set
    assert rows[1] == ("佐证材料“现场照片.pdf”", "不公开", "公开")
    with translation.override("en"):
        rows = change_lines(changes)
    assert rows[0][0] == "Public note"
    assert "public_note" not in str(rows) and "True" not in str(rows)


class TestReopen:
    """重新打开 takes back a pledge declared done or cancelled: the page asks why."""

    def reopen(self, town, reason: str):
        from commitments.services import workflow

        workflow.cancel(town.supervisor, town.item, "并入其他事项")
        client = client_for(town.supervisor)
        html = client.get(page_url(town.item)).content.decode()
        data = {
            "action": "reopen",
            "reopen-form_token": token(html, "reopen"),
            "reopen-reason": reason,
        }
        return client.post(page_url(town.item), data)

    def test_it_refuses_to_reopen_without_a_reason(self, town):
        response = self.reopen(town, "  ")
        assert response.status_code == 400
        box = re.search(r'data-field="reopen-reason".*?</div>', response.content.decode(), re.S)
        assert box and "请填写重新打开的理由" in box.group(0)
        town.item.refresh_from_db()
        assert town.item.status == "cancelled"
        assert not CommitmentEvent.objects.filter(kind=EventKind.REOPENED).exists()

    def test_it_reopens_with_the_reason_in_the_history(self, town):
        response = self.reopen(town, "撤销有误，恢复督办")
        assert response.status_code == 302
        town.item.refresh_from_db()
        assert town.item.status != "cancelled"
        page = client_for(town.supervisor).get(page_url(town.item)).content.decode()
        assert "重新打开" in page and "撤销有误，恢复督办" in page


def test_a_report_with_a_negative_target_value_is_refused_naming_the_target(town):
    client = client_for(town.clerk)
    html = client.get(page_url(town.item)).content.decode()
    data = report_data(html, town)
    data[f"report-target_{town.target.pk}"] = "-5"
    response = client.post(page_url(town.item), data)
    assert response.status_code == 400
    assert "指标“光伏电站装机”的当前值不能为负数（填写的是 -5）" in response.content.decode()
    assert not ProgressReport.objects.exists()


def test_the_correction_form_does_not_offer_the_lead_as_a_co_owner(town):
    html = client_for(town.supervisor).get(page_url(town.item)).content.decode()
    boxes = re.findall(r'name="correct-co_owners" value="(\d+)"', html)
    assert str(town.co.pk) in boxes
    assert str(town.lead.pk) not in boxes


def test_a_closed_pledge_shows_its_state_not_a_green_light(town):
    """已取消/已办结 is neither behind nor on schedule: the pages show the state, no 绿灯."""
    from commitments.services import workflow

    workflow.cancel(town.supervisor, town.item, "并入其他事项")
    client = client_for(town.supervisor)
    listing = client.get("/workspace/").content.decode()
    row = re.search(rf'<li class="item[^"]*" data-code="{town.item.code}".*?</li>', listing, re.S)
    assert row, "the cancelled pledge is listed"
    assert 'data-light="none"' in row.group(0) and "已取消" in row.group(0)
    assert "绿灯" not in row.group(0) and 'data-light="green"' not in row.group(0)
    page = client.get(page_url(town.item)).content.decode()
    summary = page.split('id="summary"')[1].split("</section>")[0]
    assert "已取消" in summary and "绿灯" not in summary and "预警原因" not in summary
    # The light itself stays SPEC §2's (a closed pledge is green: nothing is asked of
    # anyone), so the API, the roll-ups and the exports keep their contract.
    api = client.get(f"/api/v1/commitments/{town.item.pk}/").json()
    assert api["light"] == "green" and api["status"] == "cancelled"


class TestClosureCards:
    """A supervisor decides a closure on what the lead sent: summary, evidence, progress."""

    def ask(self, town, evidence: list[str], files: list) -> None:
        from commitments.services import evidence as evidence_service
        from commitments.services import workflow

        workflow.excuse_co_owner(town.supervisor, town.item, town.co)
        checked = evidence_service.check_files(files)
        workflow.request_closure(
            town.clerk, town.item, "电站已并网发电\n验收报告见附件", evidence, checked
        )

    def card(self, town) -> str:
        html = client_for(town.supervisor).get("/workspace/queue/").content.decode()
        match = re.search(r'<article class="request" id="request-closure-.*?</article>', html, re.S)
        assert match, "no closure card"
        return match.group(0)

    def test_the_queue_card_shows_the_summary_evidence_and_the_leads_progress(self, town):

        from commitments.services import reporting

        reporting.file_report(
            town.item.pk,
            town.clerk,
            town.lead,
            reporting.ReportInput("on_track", 95, timezone.localdate()),
        )
        upload = SimpleUploadedFile("验收报告.pdf", PDF, content_type="application/pdf")
        self.ask(town, ["https://example.org/acceptance"], [upload])
        card = self.card(town)
        assert "电站已并网发电<br>验收报告见附件" in card
        attachment = Attachment.objects.get(name="验收报告.pdf")
        from django.urls import reverse

        download = reverse("workspace:attachment", args=[attachment.pk])
        assert f'href="{download}"' in card and "验收报告.pdf" in card
        assert 'href="https://example.org/acceptance"' in card
        day = timezone.localdate().isoformat()
        assert f"正常推进，完成 95%（经济发展办 {day} 报送）" in re.sub(r"<[^>]+>", "", card)
        assert "未附佐证材料" not in card

    def test_a_closure_without_evidence_is_flagged_plainly(self, town):
        self.ask(town, [], [])
        card = self.card(town)
        assert 'data-field="no-evidence"' in card and "未附佐证材料" in card
        assert "牵头单位尚未报送" in card
        page = client_for(town.supervisor).get(page_url(town.item)).content.decode()
        assert "未附佐证材料" in page.split('id="requests"')[1].split("</section>")[0]


class TestRefusalsOnThePage:
    """A returned or rejected request is said at the top of the owner's page."""

    def notice(self, town, kind: str) -> str | None:
        html = client_for(town.clerk).get(page_url(town.item)).content.decode()
        summary = html.split('id="summary"')[1].split("</section>")[0]
        match = re.search(
            rf'<p class="refused[^"]*"[^>]*data-field="refused-{kind}">(.*?)</p>', summary, re.S
        )
        return re.sub(r"<[^>]+>", "", match.group(1)) if match else None  # the words read

    def test_a_rejected_extension_says_who_when_and_why(self, town):
        import datetime

        from commitments.services import workflow

        new = town.item.deadline + datetime.timedelta(days=30)
        request = workflow.request_extension(town.clerk, town.item, new, "设备到货延迟")
        workflow.reject_extension(town.supervisor, request, reason="理由不充分，请按期完成")
        request.refresh_from_db()
        notice = self.notice(town, "extension")
        assert notice is not None
        assert f"最近一次延期申请（延至 {new:%Y-%m-%d}）已被驳回" in notice
        assert town.supervisor.username in notice or town.supervisor.get_full_name() in notice
        assert timezone.localtime(request.decided_at).strftime("%Y-%m-%d %H:%M") in notice
        assert "理由不充分，请按期完成" in notice
        # A new request waits: the refusal is no longer the last word.
        workflow.request_extension(town.clerk, town.item, new, "补充说明")
        assert self.notice(town, "extension") is None

    def test_a_returned_closure_says_who_when_and_why(self, town):
        from commitments.services import workflow

        workflow.excuse_co_owner(town.supervisor, town.item, town.co)
        request = workflow.request_closure(town.clerk, town.item, "已完成")
        workflow.return_closure(town.supervisor, request, reason="缺少验收报告")
        notice = self.notice(town, "closure")
        assert notice is not None
        assert "最近一次办结申请已被退回" in notice and "缺少验收报告" in notice
        english = in_language(client_for(town.clerk), "en").get(page_url(town.item))
        assert "缺少验收报告" in english.content.decode()


def test_history_values_carry_their_units():
    from types import SimpleNamespace

    from workspace.templatetags.workspace_tags import change_lines

    target = SimpleNamespace(pk=7, metric="光伏电站装机", unit="兆瓦")
    rows = change_lines({"percent": [30, 45], "target:7": ["2.5000", "5"]}, [target])
    assert rows == [("完成百分比", "30%", "45%"), ("光伏电站装机", "2.5兆瓦", "5兆瓦")]


def test_the_list_says_when_the_last_request_was_refused(town):
    from commitments.services import workflow

    workflow.excuse_co_owner(town.supervisor, town.item, town.co)
    request = workflow.request_closure(town.clerk, town.item, "已完成")
    workflow.return_closure(town.supervisor, request, reason="缺少验收报告")
    listing = client_for(town.clerk).get("/workspace/").content.decode()
    row = re.search(rf'<li class="item[^"]*" data-code="{town.item.code}".*?</li>', listing, re.S)
    assert row and "办结申请被退回" in row.group(0)
    workflow.request_closure(town.clerk, town.item, "补充验收报告")
    listing = client_for(town.clerk).get("/workspace/").content.decode()
    assert "办结申请被退回" not in listing


class TestMilestoneLines:
    """The correction form's milestone lines (walk 3 C5): a bad date is called a bad
    date, and the example is in the plan's year."""

    def _page(self, town):
        from commitments.models import Plan

        Plan.objects.filter(pk=town.item.plan_id).update(year=2031)
        return client_for(town.supervisor), client_for(town.supervisor).get(page_url(town.item))

    def test_the_placeholder_uses_the_plans_year(self, town):
        _client, response = self._page(town)
        html = response.content.decode()
        assert 'placeholder="2031-06-30 完成选址"' in html and "2024-06-30" not in html

    def test_an_impossible_date_is_said_to_be_one(self, town):
        client, response = self._page(town)
        response = client.post(
            page_url(town.item),
            {
                "action": "correct",
                "correct-form_token": token(response.content.decode(), "correct"),
                "correct-lead_owner": town.lead.pk,
                "correct-co_owners": [town.co.pk],
                "correct-deadline": town.item.deadline.isoformat(),
                "correct-milestones": "2031-13-01 完成\n",
            },
        )
        html = response.content.decode()
        assert response.status_code == 400
        assert "第1行：“2031-13-01”不是有效的日期，请写成如“2031-06-30 完成选址”" in html
        assert "请以日期开头" not in html


def test_a_refused_extension_request_says_so_at_the_top_of_its_form(town):
    """The browser lands on the form (#extension), past the page's top banner (walk 3)."""
    client = client_for(town.clerk)
    html = client.get(page_url(town.item)).content.decode()
    response = client.post(
        page_url(town.item),
        {
            "action": "extension",
            "extension-form_token": token(html, "extension"),
            "extension-requested_deadline": "",
            "extension-reason": "",
        },
    )
    body = response.content.decode()
    form = body[body.index('action="#extension"') :]
    form = form[: form.index("</form>")]
    assert "未能提交：请按下面标红的提示修改后重新提交。" in form
    assert form.index("未能提交") < form.index("该字段是必填项。")


def test_the_source_excerpt_reads_as_the_importer_cleaned_it(town):
    """A scraped page's number glued to the next page (``持续扩\\n12、大养老保险``) is no
    part of the excerpt on the pledge page, as it is none of the pledge's text (walk 3)."""
    from pathlib import Path

    from django.conf import settings

    from commitments.models import Commitment, Plan

    raw = (Path(settings.BASE_DIR) / "samples" / "town-speeches-2024.txt").read_text()
    start = raw.index("大力推进全民参保")
    end = raw.index("以上。", start) + len("以上。")
    assert "\n12、" in raw[start:end]
    Plan.objects.filter(pk=town.item.plan_id).update(
        source_text=raw, source_name="town-speeches-2024.txt", source_sha256="walk3"
    )
    Commitment.objects.filter(pk=town.item.pk).update(source_start=start, source_end=end)
    html = client_for(town.clerk).get(page_url(town.item)).content.decode()
    quote = html[html.index('<blockquote class="source">') :]
    quote = quote[: quote.index("</blockquote>")]
    mark = quote[quote.index("<mark>") : quote.index("</mark>")]
    assert "持续扩大养老保险覆盖面" in mark and "12、" not in mark
    assert "城乡医保参保率达到90%以上。" in mark


def test_a_changed_importer_reads_the_source_excerpt_again(town, monkeypatch):
    """The excerpt is cached by the plan's checksum and the importer's version: after an
    upgrade the pledge page shows the new reading at once, not the old one for a day."""
    import commitments.excerpt
    from commitments.models import Commitment, Plan

    raw = "某镇2025年工作要点\n一、发展产业\n新建蔬菜大棚10栋，6月底前完工。\n"
    start = raw.index("新建")
    end = raw.index("完工。") + len("完工。")
    Plan.objects.filter(pk=town.item.plan_id).update(
        source_text=raw, source_name="yaodian.txt", source_sha256="upgrade-test"
    )
    Commitment.objects.filter(pk=town.item.pk).update(source_start=start, source_end=end)

    def marked() -> str:
        html = client_for(town.clerk).get(page_url(town.item)).content.decode()
        return html[html.index("<mark>") : html.index("</mark>")]

    assert "新建蔬菜大棚10栋" in marked()
    reading = commitments.excerpt.clean_extracted

    def upgraded(extracted):  # an importer that reads 大棚 as 温室 (same length, same offsets)
        text = reading(extracted)
        text.clean = text.clean.replace("大棚", "温室")
        return text

    monkeypatch.setattr(commitments.excerpt, "clean_extracted", upgraded)
    assert "新建蔬菜大棚10栋" in marked()  # the same importer: the cached reading
    monkeypatch.setattr(commitments.excerpt, "reader_version", lambda: "next-importer")
    assert "新建蔬菜温室10栋" in marked()  # a changed importer misses the cache
