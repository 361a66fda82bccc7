"""How large a request may be (``commitments.uploads``): evidence uploads take
EVIDENCE_MAX_FILES files of EVIDENCE_MAX_BYTES each, through the API and the
page alike; the limit is said in MB, in the reader's language; nginx lets such
a request through."""

from __future__ import annotations

import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from commitments import uploads
from commitments.models import Attachment, ProgressReport
from tests.deploy.conftest import ROOT
from tests.support.language import in_language
from tests.workspace.conftest import client_for
from tests.workspace.test_api_evidence import PNG, api, report_body
from tests.workspace.test_pages import page_url, report_data

SIX_MB = 6_000_000


def photo(size: int = SIX_MB, name: str = "现场照片.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PNG + b"\x00" * (size - len(PNG)), "image/png")


def test_the_api_takes_a_6_mb_photo_like_the_page_does(town):
    url = f"/api/v1/commitments/{town.item.pk}/reports/"
    response = api(town.clerk).post(url, report_body(town, photo()), format="multipart")
    assert response.status_code == 201, response.content
    assert response.json()["attachments"][0]["size"] == SIX_MB

    client = client_for(town.co_clerk)
    html = client.get(page_url(town.item)).content.decode()
    assert "每个文件不超过 10 MB，最多 10 个" in html  # the page says the rule
    data = report_data(html, town)
    data["report-evidence_files"] = photo(name="另一张.png")
    assert client.post(page_url(town.item), data).status_code == 302
    assert sorted(Attachment.objects.values_list("size", flat=True)) == [SIX_MB, SIX_MB]


@override_settings(EVIDENCE_MAX_BYTES=100 * 1024, EVIDENCE_MAX_FILES=2)
def test_a_request_over_the_evidence_limit_gets_413_in_mb_in_both_languages(town):
    # 2 files x 100 KB + 1 MB for the form: 1.2 MB
    assert uploads.max_request_bytes(uploads.EVIDENCE) == 200 * 1024 + 1024 * 1024
    url = f"/api/v1/commitments/{town.item.pk}/reports/"
    body = report_body(town, photo(1_400_000))
    response = api(town.clerk).post(url, body, format="multipart")
    assert response.status_code == 413
    assert response.json() == {
        "code": "request_too_large",
        "message": "请求内容过大，上限为 1.2 MB（佐证材料每个文件不超过 100 KB，最多 2 个）",
        "errors": {},
    }
    english = in_language(api(town.clerk), "en").post(
        url, report_body(town, photo(1_400_000)), format="multipart"
    )
    assert english.json()["message"] == (
        "The request is too large: at most 1.2 MB "
        "(evidence: at most 100 KB per file, up to 2 files)"
    )
    closure = api(town.clerk).post(
        f"/api/v1/commitments/{town.item.pk}/closure-requests/",
        {"summary": "已完成", "evidence_files": [photo(1_400_000)]},
        format="multipart",
    )
    assert closure.status_code == 413

    client = client_for(town.clerk)
    data = report_data(client.get(page_url(town.item)).content.decode(), town)
    data["report-evidence_files"] = photo(1_400_000)
    page = client.post(page_url(town.item), data)
    assert page.status_code == 413
    assert "上限为 1.2 MB（佐证材料每个文件不超过 100 KB，最多 2 个）" in page.content.decode()
    # a file over the per-file limit but within the request is named
    small = api(town.clerk).post(url, report_body(town, photo(150 * 1024)), format="multipart")
    assert small.status_code == 400
    assert "“现场照片.png”超过 100 KB 的大小上限" in small.json()["message"]
    assert not ProgressReport.objects.exists()


def test_nginx_lets_the_largest_request_through_and_the_docs_say_the_same():
    """deploy/nginx/tracker.conf's client_max_body_size is the largest request
    the defaults allow (an evidence upload: 10 MB x 10 + 1 MB)."""
    assert uploads.largest() == uploads.max_request_bytes(uploads.EVIDENCE) == 101 * 1024 * 1024
    conf = (ROOT / "deploy" / "nginx" / "tracker.conf").read_text()
    sizes = re.findall(r"^\s*client_max_body_size (\d+)m;", conf, re.M)
    assert sizes == ["101"]
    operations = (ROOT / "docs" / "operations.md").read_text()
    assert "101 MB" in operations and "21 MB" in operations
    env = (ROOT / "deploy" / "env.example").read_text()
    assert "101 MB" in env


def test_sizes_read_in_units():
    assert uploads.size_words(5 * 1024 * 1024) == "5 MB"
    assert uploads.size_words(int(10.5 * 1024 * 1024)) == "10.5 MB"
    assert uploads.size_words(512 * 1024) == "512 KB"
    assert uploads.size_words(300) == "300 B"
