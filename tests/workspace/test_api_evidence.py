"""SPEC §4b through the API: multipart reports and closure requests with evidence files."""

from __future__ import annotations

import json

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from commitments.models import Attachment, ClosureRequest, ProgressReport
from tests.workspace.conftest import PDF

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def api(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def report_body(town, *files) -> dict:
    return {
        "status": "on_track",
        "percent": "30",
        "as_of": timezone.localdate().isoformat(),
        "narrative": "现场照片见附件",
        "targets": json.dumps([{"target": town.target.pk, "value": "1.5"}]),
        "evidence_files": list(files),
    }


def test_it_files_a_multipart_report_and_lists_its_files(town):
    url = f"/api/v1/commitments/{town.item.pk}/reports/"
    response = api(town.clerk).post(
        url,
        report_body(
            town,
            SimpleUploadedFile("验收.pdf", PDF, "application/pdf"),
            SimpleUploadedFile("现场.png", PNG, "image/png"),
        ),
        format="multipart",
    )
    assert response.status_code == 201, response.content
    files = response.json()["attachments"]
    assert [(f["name"], f["content_type"]) for f in files] == [
        ("验收.pdf", "application/pdf"),
        ("现场.png", "image/png"),
    ]
    assert files[0]["size"] == len(PDF)
    assert response.json()["target_values"][0]["value"] == "1.5000"
    download = api(town.co_clerk).get(files[0]["url"])
    assert download.status_code == 200 and download["Content-Disposition"].startswith("attachment")
    listed = api(town.supervisor).get(url).json()
    assert listed["results"][0]["attachments"][0]["id"] == files[0]["id"]


def test_whoever_may_read_the_commitment_downloads_its_evidence(town):
    """SPEC §4b: ``url`` downloads the file for users who may read the commitment;
    staff read every commitment (§1), so another department's staff download it
    too, through the API and the page's link alike. Anonymous users get nothing."""
    url = f"/api/v1/commitments/{town.item.pk}/reports/"
    pdf = SimpleUploadedFile("验收.pdf", PDF, "application/pdf")
    created = api(town.clerk).post(url, report_body(town, pdf), format="multipart").json()
    file_url = created["attachments"][0]["url"]
    page_link = f"/workspace/files/{created['attachments'][0]['id']}/"
    readers = [town.clerk, town.co_clerk, town.outsider, town.supervisor, town.other_supervisor]
    for reader in readers:
        listed = api(reader).get(url).json()["results"][0]["attachments"]
        assert listed[0]["url"].endswith(file_url.split("testserver")[-1])
        download = api(reader).get(file_url)
        assert download.status_code == 200, reader.username
        assert b"".join(download.streaming_content) == PDF
        browser = Client()
        browser.force_login(reader)
        assert browser.get(page_link).status_code == 200, reader.username
        page = browser.get(f"/workspace/commitments/{town.item.pk}/").content.decode()
        assert f'href="{page_link}"' in page, reader.username
    assert APIClient().get(file_url).status_code == 401
    assert Client().get(page_link).status_code == 302  # to the login page


def test_an_idempotent_retry_of_an_upload_files_one_report(town):
    url = f"/api/v1/commitments/{town.item.pk}/reports/"
    client = api(town.clerk)
    for _ in range(2):
        response = client.post(
            url,
            report_body(town, SimpleUploadedFile("验收.pdf", PDF, "application/pdf")),
            format="multipart",
            headers={"Idempotency-Key": "upload-1"},
        )
        assert response.status_code == 201
    assert ProgressReport.objects.count() == 1 and Attachment.objects.count() == 1


def test_a_disguised_or_oversized_file_is_refused_and_nothing_written(town, settings):
    url = f"/api/v1/commitments/{town.item.pk}/reports/"
    exe = SimpleUploadedFile("照片.jpg", b"MZ\x90\x00" + b"\x00" * 100, "image/jpeg")
    response = api(town.clerk).post(url, report_body(town, exe), format="multipart")
    assert response.status_code == 400
    assert "不是允许的文件类型" in response.json()["errors"]["evidence_files"][0]
    settings.EVIDENCE_MAX_BYTES = 10
    big = SimpleUploadedFile("验收.pdf", PDF, "application/pdf")
    response = api(town.clerk).post(url, report_body(town, big), format="multipart")
    assert response.status_code == 400 and "大小上限" in response.content.decode()
    assert ProgressReport.objects.count() == 0 and Attachment.objects.count() == 0


def test_another_department_cannot_upload(town):
    url = f"/api/v1/commitments/{town.item.pk}/reports/"
    pdf = SimpleUploadedFile("验收.pdf", PDF, "application/pdf")
    response = api(town.outsider).post(url, report_body(town, pdf), format="multipart")
    assert response.status_code == 403
    assert ProgressReport.objects.count() == 0 and Attachment.objects.count() == 0


def test_a_closure_request_takes_files_too(town):
    from commitments.services import workflow

    ProgressReport.objects.create(
        commitment=town.item,
        department=town.co,
        filed_by=town.co_clerk,
        is_lead=False,
        status="on_track",
        percent=100,
        as_of=timezone.localdate(),
        period=timezone.localdate().strftime("%Y-%m"),
    )
    response = api(town.clerk).post(
        f"/api/v1/commitments/{town.item.pk}/closure-requests/",
        {
            "summary": "已建成并网",
            "evidence": json.dumps(["https://example.org/a"]),
            "evidence_files": [SimpleUploadedFile("并网.pdf", PDF, "application/pdf")],
        },
        format="multipart",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["evidence"] == ["https://example.org/a"]
    assert body["attachments"][0]["name"] == "并网.pdf"
    closure = ClosureRequest.objects.get()
    workflow.return_closure(town.supervisor, closure, "请补充验收单")
    assert Attachment.objects.filter(closure_request=closure).exists()  # kept
