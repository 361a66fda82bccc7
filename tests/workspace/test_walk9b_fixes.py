"""Walk 9 (second fix round): "/" had no page, so the admin's 查看站点 link was a 404."""

from __future__ import annotations

import datetime
import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from commitments.choices import Role
from tests import factories
from tests.support.language import in_language
from tests.workspace.conftest import PDF, client_for


def site_link(admin_page: str) -> str:
    """The href of the admin header's 查看站点 / View site link."""
    match = re.search(r'<a href="([^"]+)">(?:查看站点|View site)</a>', admin_page)
    assert match, "the admin header has no 查看站点 link"
    return match.group(1)


class TestTheSiteRoot:
    def test_slash_sends_an_anonymous_user_through_the_workspace_to_the_login_page(self, db):
        response = Client().get("/")
        assert response.status_code == 302 and response["Location"] == "/workspace/"
        landed = Client().get("/", follow=True)
        assert landed.status_code == 200
        assert landed.redirect_chain[-1][0].startswith("/accounts/login/")

    def test_slash_sends_a_clerk_to_their_list(self, town):
        landed = client_for(town.clerk).get("/", follow=True)
        assert landed.status_code == 200
        assert landed.request["PATH_INFO"] == "/workspace/"

    def test_the_admins_view_site_link_opens_a_page(self, town):
        admin = factories.user("guanli", role=Role.ADMIN)
        admin.is_staff = admin.is_superuser = True
        admin.save()
        client = client_for(admin)
        link = site_link(client.get("/admin/").content.decode())
        assert link == "/workspace/"
        assert client.get(link).status_code == 200


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64


class TestAFileMustBeWhatItsNameSays:
    """A JPEG renamed .pdf was stored as fake.pdf; readers downloaded a ".pdf" photo."""

    def test_the_api_refuses_it_at_the_field_in_chinese_and_english(self, town):
        from commitments.models import Attachment, ProgressReport
        from tests.workspace.test_api_evidence import api, report_body

        url = f"/api/v1/commitments/{town.item.pk}/reports/"
        fake = SimpleUploadedFile("fake.pdf", JPEG, "application/pdf")
        response = api(town.clerk).post(url, report_body(town, fake), format="multipart")
        assert response.status_code == 400
        assert response.json()["errors"]["evidence_files"] == [
            "“fake.pdf”的内容是 JPG 文件，与扩展名 .pdf 不符，请改用正确的扩展名后重新上传"
        ]
        fake = SimpleUploadedFile("fake.pdf", JPEG, "application/pdf")
        english = api(town.clerk).post(
            url, report_body(town, fake), format="multipart", HTTP_ACCEPT_LANGUAGE="en"
        )
        assert "“fake.pdf” is a JPG file, not the .pdf its name says" in str(
            english.json()["errors"]["evidence_files"]
        )
        assert ProgressReport.objects.count() == 0 and Attachment.objects.count() == 0

    def test_the_page_refuses_it_beside_the_file_field_and_keeps_nothing(self, town):
        from commitments.models import Attachment, ProgressReport
        from tests.workspace.test_pages import page_url, report_data

        client = client_for(town.clerk)
        data = report_data(client.get(page_url(town.item)).content.decode(), town)
        data["report-evidence_files"] = SimpleUploadedFile("fake.pdf", JPEG, "application/pdf")
        response = client.post(page_url(town.item), data)
        assert response.status_code == 400
        body = response.content.decode()
        field = body.split('data-field="report-evidence_files"', 1)[1].split("</div>", 1)[0]
        assert 'class="error"' in field and "与扩展名 .pdf 不符" in field
        assert ProgressReport.objects.count() == 0 and Attachment.objects.count() == 0
        data["report-evidence_files"] = SimpleUploadedFile("fake.pdf", JPEG, "application/pdf")
        english = in_language(client, "en").post(page_url(town.item), data)
        assert "not the .pdf its name says" in english.content.decode()

    def test_real_files_under_their_usual_names_still_go_through(self, town):
        from commitments.services.evidence import check_files

        named = [
            ("现场.JPG", JPEG),
            ("现场.jpeg", JPEG),
            ("验收.pdf", PDF),
            ("扫描件", PDF),  # no extension: nothing to disagree with
        ]
        checked = check_files([SimpleUploadedFile(n, c) for n, c in named])
        assert [f.content_type for f in checked] == [
            "image/jpeg",
            "image/jpeg",
            "application/pdf",
            "application/pdf",
        ]


class TestTheRefusalBoxIsWordedAfterItsButton:
    """A closure card said "Reason for refusing" beside a "Return" button."""

    def box_and_button(self, card: str, action: str) -> str:
        part = card.split(f'class="decision {action}"', 1)[1].split("</button>", 1)[0]
        return re.sub(r"<[^>]+>", "", part)

    def test_closure_cards_say_return_and_extension_cards_say_reject(self, town):
        from commitments.services import workflow

        town.both_report("on_track", 100)
        closure = workflow.request_closure(town.clerk, town.item, "已完成。")
        other = factories.commitment(town.lead, town.item.section, number=2)
        pending = workflow.request_extension(
            town.clerk, other, other.deadline + datetime.timedelta(days=30), "设备推迟"
        )
        for language, ret, reject in (
            ("zh-hans", "退回理由（必填）", "驳回理由（必填）"),
            ("en", "Reason for returning (required)", "Reason for rejecting (required)"),
        ):
            client = in_language(client_for(town.supervisor), language)
            page = client.get("/workspace/queue/").content.decode()
            closure_card = page.split(f'id="request-closure-{closure.pk}"', 1)[1]
            closure_card = closure_card.split("</article>", 1)[0]
            shown = self.box_and_button(closure_card, "return_closure")
            assert ret in shown and shown.split(ret)[1].strip().startswith(("退回", "Return"))
            assert "驳回或退回" not in page and "refusing" not in page
            extension_card = page.split(f'id="request-extension-{pending.pk}"', 1)[1]
            extension_card = extension_card.split("</article>", 1)[0]
            assert reject in self.box_and_button(extension_card, "reject_extension")
