"""The public promise meter (SPEC §4c): off until an administrator publishes a
plan; then exactly the public fields, following the ledger, at a fixed cost."""

from __future__ import annotations

import datetime
import json

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from commitments.errors import Forbidden
from commitments.models import Commitment, Plan, Target
from commitments.services import evidence, publication, reporting
from tests import factories
from tests.api.conftest import TODAY, report_body, reports_url

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def page_url(plan: Plan) -> str:
    return f"/public/plans/{plan.pk}/"


def feed_url(plan: Plan) -> str:
    return f"/public/plans/{plan.pk}.json"


def publish(api, plan: Plan, public: bool = True):
    return api("admin").patch(f"/api/v1/plans/{plan.pk}/", {"public": public}, format="json")


def feed(plan: Plan) -> dict:
    response = Client().get(feed_url(plan))
    assert response.status_code == 200, response.content
    return response.json()


def pledge(data: dict, code: str) -> dict:
    return next(p for p in data["pledges"] if p["code"] == code)


def test_it_is_off_until_an_administrator_publishes_the_plan(world, api):
    plan = world.item.plan
    anonymous = Client()
    for url in (page_url(plan), feed_url(plan), f"/public/plans/{plan.pk}/embed/"):
        assert anonymous.get(url).status_code == 404
    assert api("admin").get(f"/api/v1/plans/{plan.pk}/").json()["public"] is False

    assert publish(api, plan).status_code == 200
    for url in (page_url(plan), feed_url(plan), f"/public/plans/{plan.pk}/embed/"):
        assert anonymous.get(url).status_code == 200

    assert publish(api, plan, public=False).json()["public"] is False
    assert anonymous.get(page_url(plan)).status_code == 404  # at once, not after the cache


@pytest.mark.parametrize("persona", ["owner", "supervisor", "global_supervisor"])
def test_only_administrators_publish(world, api, persona):
    response = api(persona).patch(
        f"/api/v1/plans/{world.item.plan.pk}/", {"public": True}, format="json"
    )
    assert response.status_code == 403
    assert response.json()["code"]


def test_publishing_refuses_unknown_fields_and_writes_nothing(world, api):
    plan = world.item.plan
    response = api("admin").patch(
        f"/api/v1/plans/{plan.pk}/", {"public": True, "title": "改名"}, format="json"
    )
    assert response.status_code == 400
    assert "title" in response.json()["errors"]
    plan.refresh_from_db()
    assert plan.public is False and plan.title != "改名"


def test_it_shows_exactly_the_public_fields(world, api):
    plan = world.item.plan
    secret = "内部叙述：书记要求保密的协调情况"
    assert (
        api("owner")
        .post(
            reports_url(world.item),
            report_body(
                narrative=secret,
                evidence=["https://intranet.example.org/internal.pdf"],
                targets=[{"target": world.item.targets.get(position=0).pk, "value": 3}],
            ),
            format="json",
        )
        .status_code
        == 201
    )
    assert (
        api("supervisor")
        .patch(
            f"/api/v1/commitments/{world.item.pk}/",
            {"public_note": "光伏电站已开工建设。", "note": "督办人内部备注：不公开"},
            format="json",
        )
        .status_code
        == 200
    )
    publish(api, plan)

    data = feed(plan)
    text = json.dumps(data, ensure_ascii=False)
    for leak in (
        secret,
        "intranet.example.org",
        "督办人内部备注",
        "@example.org",
        "owner",
        "supervisor",
        "配合局",  # co-owners are internal; the lead unit is public
    ):
        assert leak not in text
    item = pledge(data, "A-01")
    assert set(item) == {
        "code",
        "title",
        "text",
        "section",
        "lead_unit",
        "status",
        "percent",
        "deadline",
        "original_deadline",
        "completed_on",
        "targets",
        "public_note",
        "evidence",
        "carried_over_since",
    }
    assert item["carried_over_since"] is None
    assert item["lead_unit"]["name"] == "牵头局"
    assert item["public_note"] == "光伏电站已开工建设。"
    assert item["targets"][0] == {
        "metric": "光伏装机",
        "value": "5",
        "unit": "兆瓦",
        "comparator": ">=",
        "current_value": "3",
        "current_as_of": TODAY.isoformat(),
    }
    assert data["statuses"]["in_progress"] == "推进中"

    page = Client().get(page_url(plan)).content.decode()
    assert "光伏电站已开工建设。" in page and "新建5兆瓦光伏电站一处" in page
    assert secret not in page and "督办人内部备注" not in page and "配合局" not in page


def test_status_follows_the_ledger(world, api):
    plan = world.item.plan
    other_section = factories.section(plan, number=2, title="民生实事")
    factories.commitment(
        world.lead, other_section, code="B-01", deadline=TODAY - datetime.timedelta(days=3)
    )
    moved = factories.commitment(world.lead, other_section, code="B-02")
    Commitment.objects.filter(pk=moved.pk).update(
        deadline=moved.deadline + datetime.timedelta(days=10)
    )
    cancelled = factories.commitment(world.other, other_section, code="B-03")
    api("global_supervisor").patch(
        f"/api/v1/commitments/{cancelled.pk}/",
        {"status": "cancelled", "note": "并入其他事项"},
        format="json",
    )
    retired = factories.commitment(
        world.other, other_section, code="B-04", removed_from_source=True
    )
    publish(api, plan)

    data = feed(plan)
    assert pledge(data, "A-01")["status"] == "not_started"
    assert pledge(data, "B-01")["status"] == "overdue"
    assert pledge(data, "B-02")["status"] == "adjusted"
    assert pledge(data, "B-03")["status"] == "cancelled"
    assert retired.code not in {p["code"] for p in data["pledges"]}
    assert data["totals"]["total"] == 5
    assert data["totals"]["overdue"] == 1
    sections = {s["name"]: s for s in data["sections"]}
    assert sections["民生实事"]["counts"]["adjusted"] == 1
    units = {d["name"]: d["total"] for d in data["departments"]}
    assert units == {"牵头局": 3, "无关局": 2}

    api("owner").post(reports_url(world.item), report_body(), format="json")
    assert pledge(feed(plan), "A-01")["status"] == "not_started"  # cached for a while
    cache.clear()  # the cache period has passed
    assert pledge(feed(plan), "A-01")["status"] == "in_progress"


def test_it_costs_the_same_number_of_queries_whatever_the_plan_size(world, api):
    plan = world.item.plan
    publish(api, plan)

    def queries() -> int:
        cache.clear()
        with CaptureQueriesContext(connection) as ctx:
            assert Client().get(page_url(plan)).status_code == 200
        return len(ctx.captured_queries)

    small = queries()
    section = factories.section(plan, number=7, title="扩容")
    for n in range(40):
        item = factories.commitment(world.other, section, code=f"C-{n:02d}")
        Target.objects.create(commitment=item, metric="道路", value=n + 1, unit="公里")
    assert queries() == small
    assert small <= 8

    with CaptureQueriesContext(connection) as ctx:  # cached: only "is it still public?"
        Client().get(page_url(plan))
    assert len(ctx.captured_queries) <= 2


def test_the_embed_may_be_framed_and_the_feed_read_from_other_sites(world, api):
    plan = world.item.plan
    publish(api, plan)
    embed = Client().get(f"/public/plans/{plan.pk}/embed/")
    assert "X-Frame-Options" not in embed
    assert "共 2 项" in embed.content.decode()
    assert Client().get(feed_url(plan))["Access-Control-Allow-Origin"] == "*"


def test_it_speaks_english_on_request(world, api):
    plan = world.item.plan
    publish(api, plan)
    data = Client(headers={"Accept-Language": "en"}).get(feed_url(plan)).json()
    assert data["statuses"]["overdue"] == "Overdue"


def test_publishing_answers_with_the_plan_as_retrieve_does(world, api):
    plan = world.item.plan
    answer = publish(api, plan).json()
    assert answer == {**api("admin").get(f"/api/v1/plans/{plan.pk}/").json(), "public": True}
    assert answer["sections"][0]["commitment_count"] == 2


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def file_with_evidence(world, name: str):
    """The owner files a report with a PDF, through the services as the API does."""
    upload = SimpleUploadedFile(name, PDF, content_type="application/pdf")
    report = reporting.file_report(
        world.item.pk,
        world.user("owner"),
        world.lead,
        reporting.ReportInput(status="on_track", percent=30, as_of=TODAY),
        files=evidence.check_files([upload]),
    )
    return report.attachments.get()


def test_only_evidence_a_supervisor_marked_public_is_shown_and_served(
    world, api, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    plan = world.item.plan
    kept = file_with_evidence(world, "内部会议纪要.pdf")
    shown = file_with_evidence(world, "施工现场照片.pdf")
    publish(api, plan)

    with pytest.raises(Forbidden):
        publication.set_attachment_public(world.user("owner"), shown.pk, True)
    url = f"/api/v1/attachments/{shown.pk}/"
    assert api("owner").patch(url, {"public": True}, format="json").status_code == 403
    # another department reads the file (SPEC §4b) but may not publish it
    refused = api("outsider").patch(url, {"public": True}, format="json")
    assert refused.status_code == 403
    assert refused.json()["message"] == "只有督办该事项牵头单位的督办人可以公开佐证材料"
    assert (
        api("supervisor").patch(url, {"public": True, "name": "x"}, format="json").status_code
        == 400
    )
    answer = api("supervisor").patch(url, {"public": True}, format="json")
    assert answer.status_code == 200 and answer.json()["public"] is True
    assert world.item.events.filter(changes__has_key="public_attachment").exists()

    files = pledge(feed(plan), "A-01")["evidence"]
    assert [(f["name"], f["content_type"]) for f in files] == [
        ("施工现场照片.pdf", "application/pdf")
    ]
    download = Client().get(files[0]["url"])
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment")
    assert b"".join(download.streaming_content) == PDF
    assert "内部会议纪要" not in Client().get(page_url(plan)).content.decode()
    assert Client().get(f"/public/files/{kept.pk}/").status_code == 404

    publish(api, plan, public=False)  # the plan withdrawn: its files too, at once
    assert Client().get(files[0]["url"]).status_code == 404


def test_ids_no_row_can_have_are_404s_not_errors(db):
    for url in ("/public/plans/99999999999999999999/", "/public/files/99999999999999999999/"):
        assert Client().get(url).status_code == 404


def test_an_unpublished_plans_feed_says_it_is_not_public(world):
    """walk16 m11: the feed of a plan that exists but is not published said 没有这个接口地址
    (no such API address); the address is right, the plan is not public — in the
    reader's language."""
    plan = world.item.plan
    for language, said in (("zh-CN", "该计划不存在或尚未公开"), ("en", "not public")):
        response = Client(headers={"Accept-Language": language}).get(feed_url(plan))
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"
        assert said in response.json()["message"], language
    missing = Client().get("/public/plans/999999.json")
    assert missing.json()["message"] == "该计划不存在或尚未公开"
    assert Client().get("/api/v1/nothing/").json()["message"] == "没有这个接口地址"
