"""Filing progress reports: the lead moves the commitment, co-owners report beside it."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.test import override_settings
from django.utils import timezone

from commitments.choices import EventKind, Status
from commitments.models import Commitment, CommitmentEvent, ProgressReport, Target
from tests.api.conftest import TODAY, report_body, reports_url, snapshot


def test_it_files_the_leads_report_and_moves_the_commitment(world, api):
    target = world.item.targets.get(position=0)
    body = report_body(
        status="at_risk", percent=55, targets=[{"target": target.pk, "value": "3.5"}]
    )
    response = api("owner").post(reports_url(world.item), body, format="json")
    assert response.status_code == 201, response.data
    assert response.data["is_lead"] is True
    assert response.data["department"]["name"] == "牵头局"
    assert response.data["target_values"] == [{"target": target.pk, "value": "3.5000"}]
    item = Commitment.objects.get(pk=world.item.pk)
    assert (item.status, item.percent) == ("at_risk", 55)
    assert item.last_report_on == timezone.localdate()
    assert item.last_report_at is not None
    target.refresh_from_db()
    assert (target.current_value, target.current_as_of) == (Decimal("3.5"), TODAY)
    event = CommitmentEvent.objects.get(commitment=item, kind=EventKind.REPORTED)
    assert event.actor == world.user("owner")
    assert event.changes["percent"] == [0, 55]


def test_it_keeps_a_co_owners_report_beside_the_leads(world, api):
    api("owner").post(reports_url(world.item), report_body(percent=30), format="json")
    response = api("co_owner").post(
        reports_url(world.item), report_body(status="delayed", percent=90), format="json"
    )
    assert response.status_code == 201
    assert response.data["is_lead"] is False
    item = Commitment.objects.get(pk=world.item.pk)
    assert (item.status, item.percent) == ("on_track", 30)
    detail = api("outsider").get(f"/api/v1/commitments/{item.pk}/").data
    owners = {o["department"]["name"]: o for o in detail["owners"]}
    assert owners["牵头局"]["is_lead"] and owners["牵头局"]["latest_report"]["percent"] == 30
    assert owners["配合局"]["latest_report"]["percent"] == 90
    assert detail["latest_report"]["percent"] == 30


def test_it_lists_reports_newest_first(world, api):
    client = api("owner")
    for percent in (10, 20, 30):
        client.post(reports_url(world.item), report_body(percent=percent), format="json")
    response = api("outsider").get(reports_url(world.item))
    assert response.status_code == 200
    assert [r["percent"] for r in response.data["results"]] == [30, 20, 10]


def test_it_refuses_reports_on_a_closed_commitment(world, api):
    for status in (Status.CANCELLED, Status.COMPLETED):
        Commitment.objects.filter(pk=world.item.pk).update(
            status=status, completed_at=timezone.now()
        )
        before = snapshot()
        response = api("owner").post(reports_url(world.item), report_body(), format="json")
        assert response.status_code == 409
        assert response.data["code"] == "commitment_closed"
        assert snapshot() == before


def test_it_refuses_to_report_completion(world, api):
    before = snapshot()
    response = api("owner").post(
        reports_url(world.item), report_body(status="completed"), format="json"
    )
    assert response.status_code == 400
    assert response.data["code"] == "validation_error"
    assert "办结" in response.data["errors"]["status"][0]
    assert snapshot() == before


def test_it_explains_bad_fields_in_chinese_by_default(world, api):
    other_target = Target.objects.create(
        commitment=world.elsewhere, metric="参保率", value=90, unit="%"
    )
    body = report_body(
        percent=120,
        status="finished",
        as_of="2999-01-01",
        evidence=["not a url"],
        targets=[{"target": other_target.pk, "value": "x"}],
    )
    before = snapshot()
    response = api("owner").post(reports_url(world.item), body, format="json")
    assert response.status_code == 400
    data = response.data
    assert data["code"] == "validation_error"
    assert set(data["errors"]) >= {"percent", "status", "as_of", "evidence.0", "targets.0.value"}
    assert "100" in data["errors"]["percent"][0]
    assert "今天" in data["errors"]["as_of"][0]
    assert "提交的数据有误" in data["message"]
    assert snapshot() == before


def test_it_names_a_target_of_another_commitment(world, api):
    other_target = Target.objects.create(
        commitment=world.elsewhere, metric="参保率", value=90, unit="%"
    )
    body = report_body(targets=[{"target": other_target.pk, "value": 1}])
    response = api("owner").post(reports_url(world.item), body, format="json")
    assert response.status_code == 400
    assert "不属于该事项" in response.data["errors"]["targets.0.target"][0]


def test_it_refuses_a_negative_target_value_naming_the_target(world, api):
    target = world.item.targets.get(position=0)
    before = snapshot()
    body = report_body(targets=[{"target": target.pk, "value": "-5"}])
    response = api("owner").post(reports_url(world.item), body, format="json")
    assert response.status_code == 400
    message = f"指标“{target.metric}”的当前值不能为负数（填写的是 -5）"
    assert response.data["errors"]["targets.0.value"] == [message]
    assert message in response.data["message"]
    assert snapshot() == before


def test_the_report_service_refuses_a_negative_target_value_too(world):
    from commitments.errors import Invalid
    from commitments.services import reporting

    target = world.item.targets.get(position=0)
    data = reporting.ReportInput(
        status="on_track",
        percent=10,
        as_of=timezone.localdate(),
        targets=(reporting.TargetValue(target.pk, Decimal("-0.5")),),
    )
    try:
        reporting.check_report(data, {target.pk: target.metric})
    except Invalid as refused:
        assert refused.errors["targets"] == [
            f"指标“{target.metric}”的当前值不能为负数（填写的是 -0.5）"
        ]
    else:
        raise AssertionError("a negative value was accepted")


def test_it_explains_bad_fields_in_english_on_request(world, api):
    body = report_body(percent=120, status="finished", targets="nope")
    response = api("owner", HTTP_ACCEPT_LANGUAGE="en").post(
        reports_url(world.item), body, format="json"
    )
    assert response.status_code == 400
    errors = response.data["errors"]
    assert "less than or equal to 100" in errors["percent"][0]
    assert "not a valid choice" in errors["status"][0]
    assert "list" in errors["targets"][0].lower()


def test_it_refuses_wrong_types(world, api):
    body = report_body(percent="forty", as_of=12, evidence="https://example.org", narrative=["x"])
    response = api("owner").post(reports_url(world.item), body, format="json")
    assert response.status_code == 400
    assert set(response.data["errors"]) >= {"percent", "as_of", "evidence", "narrative"}


def test_it_refuses_malformed_json_with_the_error_shape(world, api):
    response = api("owner").post(
        reports_url(world.item), "{not json", content_type="application/json"
    )
    assert response.status_code == 400
    assert response.data["code"] == "parse_error"
    assert ProgressReport.objects.count() == 0


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=2048)
def test_it_refuses_an_oversized_body_with_413(world, api):
    body = report_body(narrative="长" * 3000)
    before = snapshot()
    response = api("owner").post(reports_url(world.item), body, format="json")
    assert response.status_code == 413
    assert response.json()["code"] == "request_too_large"
    assert response.json()["message"] == "请求内容过大，上限为 2 KB"
    assert snapshot() == before


def test_it_refuses_reports_dated_in_the_future(world, api):
    tomorrow = TODAY + datetime.timedelta(days=1)
    response = api("owner").post(
        reports_url(world.item), report_body(as_of=tomorrow.isoformat()), format="json"
    )
    assert response.status_code == 400
    assert list(response.data["errors"]) == ["as_of"]


def test_it_answers_404_for_unknown_or_absurd_commitment_ids(world, api):
    client = api("owner")
    for pk in ("999999", "99999999999999999999999", "abc", "-1"):
        response = client.post(f"/api/v1/commitments/{pk}/reports/", report_body(), format="json")
        assert response.status_code == 404, pk
        assert response.json()["code"] == "not_found"


def test_the_api_refuses_a_repeat_of_the_last_report_with_nothing_new(world, api):
    client = api("owner")
    bare = report_body(percent=40, narrative="", evidence=[])
    assert client.post(reports_url(world.item), bare, format="json").status_code == 201

    response = client.post(reports_url(world.item), bare, format="json")

    assert response.status_code == 400
    assert response.data["code"] == "validation_error"
    assert "请填写进展情况" in response.data["errors"]["narrative"][0]
    assert ProgressReport.objects.count() == 1
    assert (
        client.post(reports_url(world.item), bare | {"percent": 45}, format="json").status_code
        == 201
    )
