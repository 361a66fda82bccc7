"""The workspace's controls for the public promise meter and its carry-over chain."""

from __future__ import annotations

from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from commitments.choices import CarryOverState
from commitments.models import Attachment, CarryOver
from commitments.services import publication
from tests import factories
from tests.support.language import in_language
from tests.workspace.conftest import PDF, client_for
from tests.workspace.test_pages import page_url, report_data, token


def _file_two_pdfs(town) -> list[Attachment]:
    client = client_for(town.clerk)
    html = client.get(page_url(town.item)).content.decode()
    data = report_data(html, town)
    data["report-evidence_files"] = [
        SimpleUploadedFile("会议纪要.pdf", PDF, "application/pdf"),
        SimpleUploadedFile("现场照片.pdf", PDF, "application/pdf"),
    ]
    assert client.post(page_url(town.item), data).status_code == 302
    return list(Attachment.objects.order_by("name"))


def test_a_supervisor_chooses_what_the_public_page_shows(town):
    minutes, photo = _file_two_pdfs(town)
    client = client_for(town.supervisor)
    html = client.get(page_url(town.item)).content.decode()
    answer = client.post(
        page_url(town.item),
        {
            "action": "public",
            "public-form_token": token(html, "public"),
            "public-public_note": "光伏电站已完成选址。",
            "public-public_files": [photo.pk],
        },
    )
    assert answer.status_code == 302
    town.item.refresh_from_db()
    assert town.item.public_note == "光伏电站已完成选址。"
    assert [a.public for a in Attachment.objects.order_by("name")] == [False, True]

    publication.set_plan_public(factories.user("gly", role="admin"), town.item.plan_id, True)
    cache.clear()
    feed = Client().get(f"/public/plans/{town.item.plan_id}.json").json()
    pledge = feed["pledges"][0]
    assert pledge["public_note"] == "光伏电站已完成选址。"
    assert [f["name"] for f in pledge["evidence"]] == ["现场照片.pdf"]
    assert minutes.name not in str(feed)


def test_staff_have_no_public_controls_and_cannot_post_them(town):
    _file_two_pdfs(town)
    client = client_for(town.clerk)
    html = client.get(page_url(town.item)).content.decode()
    assert 'value="public"' not in html
    answer = client.post(
        page_url(town.item),
        {"action": "public", "public-form_token": "a" * 32, "public-public_note": "擅自公开"},
    )
    assert answer.status_code in (400, 403)
    town.item.refresh_from_db()
    assert town.item.public_note == ""
    assert not Attachment.objects.filter(public=True).exists()


def test_the_page_shows_the_carry_over_chain(town):
    last_year = factories.plan(town.item.plan.year - 1, title="上年工作安排")
    old = factories.commitment(
        town.lead, factories.section(last_year, 1), title="建设光伏电站一处", code="OLD-01"
    )
    CarryOver.objects.create(
        predecessor=old, successor=town.item, score=0.9, state=CarryOverState.ACCEPTED
    )
    html = client_for(town.outsider).get(page_url(town.item)).content.decode()
    assert 'id="carry-over"' in html
    assert f"{last_year.year} · 建设光伏电站一处" in html and "<code>OLD-01</code>" in html
    assert "跨 2 个年度" in html
    old_page = client_for(town.outsider).get(page_url(old)).content.decode()
    assert f"{town.item.plan.year} · {town.item.title}" in old_page
    assert f"<code>{town.item.code}</code>" in old_page


def test_the_public_page_writes_a_target_as_a_sentence_in_either_language(town):
    """No label run into a comparator ("TargetAt least"), no Chinese punctuation after
    English words; the plan's words and units stay as written."""
    import re

    type(town.item.plan).objects.filter(pk=town.item.plan_id).update(public=True)
    type(town.target).objects.filter(pk=town.target.pk).update(value=90, current_value=50)
    url = f"/public/plans/{town.item.plan_id}/"
    texts = {}
    for language in ("zh-CN", "en"):
        cache.clear()
        html = in_language(Client(), language).get(url).content.decode()
        texts[language] = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))
    assert "光伏电站装机：目标不低于 90兆瓦，当前 50兆瓦" in texts["zh-CN"]
    assert "光伏电站装机: target at least 90兆瓦, now 50兆瓦" in texts["en"]
    assert not re.findall(r"[A-Za-z][：；，（）]", texts["en"])
