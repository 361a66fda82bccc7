"""The administrators' upload page: preview first, then commit."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from commitments.choices import Role
from commitments.models import Commitment, Department, Plan
from tests import factories
from tests.importer.conftest import SEED

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, departments):
    account = factories.user("importer-admin", role=Role.ADMIN)
    account.is_staff = account.is_superuser = True
    account.save()
    client.force_login(account)
    return client


def test_it_links_the_upload_page_from_the_plan_list(admin_client):
    page = admin_client.get(reverse("admin:commitments_plan_changelist"))
    assert reverse("admin:commitments_plan_import").encode() in page.content


def test_it_previews_without_writing_then_commits(admin_client):
    url = reverse("admin:commitments_plan_import")
    upload = SimpleUploadedFile(SEED.name, SEED.read_bytes(), content_type="text/plain")
    preview = admin_client.post(url, {"file": upload, "preview": "1"})
    assert preview.status_code == 200
    assert "狠抓招商引资" in preview.content.decode()
    assert not Plan.objects.exists()

    payload = preview.context["payload"]
    done = admin_client.post(
        url, {"payload": payload, "filename": SEED.name, "year": "", "commit": "1"}
    )
    assert done.status_code == 302
    assert Plan.objects.get().imported_by.username == "importer-admin"
    assert Commitment.objects.count() == 20


def test_it_shows_a_bad_file_as_one_error(admin_client):
    url = reverse("admin:commitments_plan_import")
    upload = SimpleUploadedFile("fake.docx", b"not a zip")
    page = admin_client.post(url, {"file": upload, "preview": "1"})
    assert "不是有效的 Word 文档" in page.content.decode()
    assert not Plan.objects.exists()


def test_it_refuses_department_staff(client, departments):
    clerk = factories.user("clerk", role=Role.STAFF, dept=Department.objects.first())
    client.force_login(clerk)
    page = client.get(reverse("admin:commitments_plan_import"))
    assert page.status_code in (302, 403)


def test_it_offers_the_plan_an_edited_file_would_update_and_shows_the_diff(admin_client):
    url = reverse("admin:commitments_plan_import")
    first = admin_client.post(url, {"file": SimpleUploadedFile(SEED.name, SEED.read_bytes())})
    admin_client.post(
        url, {"payload": first.context["payload"], "filename": SEED.name, "commit": "1"}
    )
    plan = Plan.objects.get()
    edited = SEED.read_text(encoding="utf-8").replace("5兆瓦", "8兆瓦").encode()
    preview = admin_client.post(url, {"file": SimpleUploadedFile("修订稿.txt", edited)})
    page = preview.content.decode()
    assert f'name="plan_choice" value="{plan.pk}"' in page
    assert "~ 2024-" in preview.context["diff_text"] and "8兆瓦" in page

    refused = admin_client.post(
        url, {"payload": preview.context["payload"], "filename": "修订稿.txt", "commit": "1"}
    )
    assert f"ID {plan.pk}" in refused.content.decode()
    done = admin_client.post(
        url,
        {
            "payload": preview.context["payload"],
            "filename": "修订稿.txt",
            "commit": "1",
            "plan_choice": str(plan.pk),
        },
    )
    assert done.status_code == 302
    assert Plan.objects.count() == 1
    assert Commitment.objects.filter(text__contains="8兆瓦").count() == 1


def test_it_imports_a_spreadsheet_ledger(admin_client):
    from tests.importer.table_documents import xlsx

    url = reverse("admin:commitments_plan_import")
    ledger = xlsx(
        {
            "台账": [
                ["2025年城关镇重点工作任务台账"],
                ["序号", "工作任务", "牵头单位", "完成时限", "完成情况"],
                [1, "新建标准化厂房3万平方米", "经发办", "10月底前", "已完成60%"],
                [2, "改造农村危房120户", "社会事务办", "6月底前", "已完成80户"],
            ]
        }
    )
    upload = SimpleUploadedFile("ledger.xlsx", ledger)
    preview = admin_client.post(url, {"file": upload, "preview": "1"})
    assert preview.status_code == 200 and "新建标准化厂房3万平方米" in preview.content.decode()
    done = admin_client.post(
        url,
        {
            "payload": preview.context["payload"],
            "filename": "ledger.xlsx",
            "year": "",
            "commit": "1",
        },
    )
    assert done.status_code == 302
    assert sorted(Commitment.objects.values_list("text", flat=True)) == [
        "改造农村危房120户",
        "新建标准化厂房3万平方米",
    ]
