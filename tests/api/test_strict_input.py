"""Input at the edge: what a write or a query does not take is a 400 that names it.

Careless and hostile clients alike: a typo (``dealine``), a mass-assignment
attempt (``percent``, ``light``, ``state``), an unknown filter (``?mine=true``),
a bad value (``?overdue=yes``), JSON nested a thousand deep. Each is refused
with nothing written, and the message names every field by its Chinese label.
"""

from __future__ import annotations

import datetime
import re

import pytest
from django.core.cache import cache
from drf_spectacular.generators import SchemaGenerator
from rest_framework.test import APIClient

from commitments.api.serializers.base import StrictInputMixin
from commitments.api.views.common import StrictQueryParamsMixin
from commitments.models import ApiToken, ClosureRequest, ExtensionRequest, ProgressReport
from tests.api.conftest import TODAY, detail_url, report_body, reports_url, snapshot

DEEP = "[" * 1000 + "]" * 1000  # 2 KB
DEEP_OBJECT = '{"a":' * 500 + "1" + "}" * 500


def _refused(response, *names: str) -> dict:
    assert response.status_code == 400, response.content
    data = response.json()
    assert data["code"] == "validation_error"
    for name in names:
        assert name in data["errors"], data
    return data


# --- Unknown and read-only fields -------------------------------------------------


def test_it_refuses_a_misspelt_field_of_a_patch(world, api):
    before = snapshot()
    response = api("supervisor").patch(
        detail_url(world.item), {"dealine": "2030-01-01"}, format="json"
    )
    data = _refused(response, "dealine")
    assert "没有这个字段" in data["errors"]["dealine"][0]
    assert "dealine" in data["message"]
    assert snapshot() == before


def test_it_refuses_read_only_fields_of_a_patch(world, api):
    before = snapshot()
    body = {"deadline": "2030-01-01", "percent": 100, "light": "green", "code": "X", "id": 9}
    data = _refused(api("supervisor").patch(detail_url(world.item), body, format="json"))
    assert set(data["errors"]) == {"percent", "light", "code", "id"}
    assert all("只读" in messages[0] for messages in data["errors"].values())
    assert snapshot() == before


def test_it_refuses_misspelt_report_fields_and_files_nothing(world, api):
    before = snapshot()
    body = report_body()
    body["narative"] = body.pop("narrative")
    body["evidance"] = body.pop("evidence")
    data = _refused(
        api("owner").post(reports_url(world.item), body, format="json"), "narative", "evidance"
    )
    assert "narative" in data["message"] and "evidance" in data["message"]
    assert snapshot() == before
    assert not ProgressReport.objects.exists()


def test_it_refuses_read_only_report_fields(world, api):
    body = report_body(filed_by="supervisor", created_at="2020-01-01T00:00:00Z", is_lead=True)
    before = snapshot()
    data = _refused(api("co_owner").post(reports_url(world.item), body, format="json"))
    assert set(data["errors"]) == {"filed_by", "created_at", "is_lead"}
    assert snapshot() == before


def test_it_refuses_unknown_fields_inside_nested_items(world, api):
    target = world.item.targets.first()
    body = report_body(targets=[{"target": target.pk, "value": 1, "unit": "兆瓦"}])
    data = _refused(api("owner").post(reports_url(world.item), body, format="json"))
    assert set(data["errors"]) == {"targets.0.unit"}
    milestones = [{"due": TODAY.isoformat(), "text": "选址", "completed_at": "x"}]
    response = api("supervisor").patch(
        detail_url(world.item), {"milestones": milestones}, format="json"
    )
    assert set(_refused(response)["errors"]) == {"milestones.0.completed_at"}


def test_it_refuses_unknown_fields_of_every_workflow_step(world, api):
    base = f"/api/v1/commitments/{world.item.pk}"
    later = (TODAY + datetime.timedelta(days=90)).isoformat()
    cases = [
        ("owner", f"{base}/acknowledge/", {"note": "", "acknowledged_by": 1}, "acknowledged_by"),
        (
            "owner",
            f"{base}/extension-requests/",
            {"requested_deadline": later, "reason": "x", "state": "approved"},
            "state",
        ),
        (
            "owner",
            f"{base}/closure-requests/",
            {"summary": "完成", "decided_by": "supervisor"},
            "decided_by",
        ),
        ("supervisor", f"{base}/cancel/", {"reason": "不再需要", "force": True}, "force"),
    ]
    before = snapshot()
    for persona, url, body, extra in cases:
        response = api(persona).post(url, body, format="json")
        assert response.status_code == 400, (url, response.content)
        assert set(response.json()["errors"]) == {extra}, (url, response.json())
    assert snapshot() == before
    assert not ExtensionRequest.objects.exists() and not ClosureRequest.objects.exists()


def test_it_refuses_unknown_fields_of_a_token_request(world):
    cache.clear()
    body = {"username": "owner", "password": "pw-for-tests-1", "is_superuser": True}
    response = APIClient().post("/api/v1/auth/token/", body, format="json")
    _refused(response, "is_superuser")
    assert not ApiToken.objects.exists()
    cache.clear()


def test_every_request_body_of_the_api_is_read_strictly(db):
    """The mixin is used everywhere: every operation's request serializer and
    every serializer nested in one."""
    generator = SchemaGenerator()
    generator._initialise_endpoints()
    checked = 0
    for path, _regex, method, view in generator._get_paths_and_endpoints():
        if not path.startswith("/api/v1/") or method in ("GET", "DELETE"):
            continue
        view.request = None
        request = view.schema.get_request_serializer() if hasattr(view, "schema") else None
        candidates = request.values() if isinstance(request, dict) else [request]
        for serializer in candidates:
            if serializer is None:
                continue
            instance = serializer() if isinstance(serializer, type) else serializer
            _assert_strict(instance, f"{method} {path}")
            checked += 1
    assert checked >= 12


def _assert_strict(serializer, where: str) -> None:
    from rest_framework import serializers

    if isinstance(serializer, serializers.ListSerializer):
        serializer = serializer.child
    assert isinstance(serializer, StrictInputMixin), f"{where}: {type(serializer).__name__}"
    for field in serializer.fields.values():
        if isinstance(field, serializers.BaseSerializer) and not field.read_only:
            _assert_strict(field, where)


# --- Query strings ------------------------------------------------------------


LISTS = [
    "/api/v1/commitments/",
    "/api/v1/departments/",
    "/api/v1/plans/",
    "/api/v1/reports/overdue/",
    "/api/v1/reports/summary/",
    "/api/v1/reports/ledger/",
]


@pytest.mark.parametrize("url", LISTS)
@pytest.mark.parametrize("param", ["mine", "overdue_days", "owner"])
def test_every_list_refuses_unknown_query_parameters(world, api, url, param):
    response = api("global_supervisor").get(url, {param: "true"})
    data = _refused(response, param)
    assert "没有这个参数" in data["errors"][param][0]


def test_lists_of_one_commitment_refuse_unknown_query_parameters(world, api):
    base = f"/api/v1/commitments/{world.item.pk}"
    for url in (
        f"{base}/reports/",
        f"{base}/history/",
        f"{base}/extension-requests/",
        f"{base}/closure-requests/",
        f"{base}/",
        "/api/v1/me/",
    ):
        _refused(api("supervisor").get(url, {"mine": "true"}), "mine")


def test_a_detail_refuses_list_filters(world, api):
    _refused(api("owner").get(detail_url(world.item), {"overdue": "true"}), "overdue")


def test_it_refuses_bad_filter_values_naming_the_valid_ones(world, api):
    client = api("owner")
    data = _refused(client.get("/api/v1/commitments/", {"overdue": "yes"}), "overdue")
    assert "true" in data["errors"]["overdue"][0]
    data = _refused(client.get("/api/v1/commitments/", {"status": "finished"}), "status")
    assert "on_track" in data["errors"]["status"][0]
    assert "状态" in data["message"]
    data = _refused(client.get("/api/v1/commitments/", {"light": "purple"}), "light")
    assert "red" in data["errors"]["light"][0] and "green" in data["errors"]["light"][0]
    data = _refused(client.get("/api/v1/commitments/", {"ordering": "nonsense"}), "ordering")
    assert "deadline" in data["errors"]["ordering"][0]
    _refused(client.get("/api/v1/commitments/", {"ordering": "code,-bogus"}), "ordering")
    _refused(client.get("/api/v1/commitments/", {"due_before": "soon"}), "due_before")


def test_filter_labels_read_as_words_in_both_languages(world, api):
    """``?overdue=yes`` names the filter 是否逾期 (Overdue), not its help text."""
    client = api("owner")
    response = client.get("/api/v1/commitments/", {"overdue": "yes"})
    assert response.json()["message"] == "提交的数据有误：是否逾期：须为 true 或 false"
    english = client.get("/api/v1/commitments/", {"overdue": "yes"}, HTTP_ACCEPT_LANGUAGE="en")
    assert english.json()["message"] == "Invalid data submitted: Overdue: Must be true or false."
    english = client.get(
        "/api/v1/commitments/", {"light": "purple", "due_before": "soon"}, HTTP_ACCEPT_LANGUAGE="en"
    ).json()["message"]
    assert "Light: " in english and "Due no later than: " in english
    assert not re.search(r"[\u4e00-\u9fff]：", english)  # no Chinese label left


def test_known_filters_still_work(world, api):
    client = api("owner")
    for params in (
        {"overdue": "true"},
        {"overdue": "false"},
        {"status": ["on_track", "not_started"]},
        {"ordering": "-deadline,code"},
        {"format": "json", "page": 1, "page_size": 10},
    ):
        assert client.get("/api/v1/commitments/", params).status_code == 200, params
    assert client.get("/api/v1/reports/ledger/", {"format": "csv"}).status_code == 200


# --- JSON bodies --------------------------------------------------------------


@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT, "[" * 30 + "]" * 30])
def test_it_refuses_deeply_nested_json_without_signing_in(db, body):
    cache.clear()
    response = APIClient().post("/api/v1/auth/token/", body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"
    assert "嵌套" in response.json()["message"]
    cache.clear()


@pytest.mark.parametrize(
    ("persona", "method", "url"),
    [
        ("owner", "post", "reports"),
        ("supervisor", "patch", "detail"),
        ("owner", "post", "extension-requests"),
        ("owner", "post", "closure-requests"),
        ("owner", "post", "acknowledge"),
    ],
)
def test_it_refuses_deeply_nested_json_on_every_write(world, api, persona, method, url):
    address = {
        "reports": reports_url(world.item),
        "detail": detail_url(world.item),
    }.get(url, f"/api/v1/commitments/{world.item.pk}/{url}/")
    before = snapshot()
    response = getattr(api(persona), method)(address, DEEP, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"
    assert snapshot() == before


def test_it_answers_malformed_json_in_the_requests_language(world, api):
    chinese = api("owner").post(reports_url(world.item), "{oops", content_type="application/json")
    assert chinese.status_code == 400
    assert chinese.json()["message"] == "请求体不是有效的 JSON：第 1 行第 2 列有误"
    english = api("owner", HTTP_ACCEPT_LANGUAGE="en").post(
        reports_url(world.item), "{oops", content_type="application/json"
    )
    assert english.json()["message"] == (
        "The request body is not valid JSON: error at line 1, column 2."
    )
    nan = api("owner").post(
        reports_url(world.item), '{"percent": NaN}', content_type="application/json"
    )
    assert nan.status_code == 400 and "NaN" in nan.json()["message"]


# --- Messages -----------------------------------------------------------------


def test_the_message_lists_every_error_by_its_chinese_label(world, api):
    body = report_body(percent=120, status="finished", as_of="2999-01-01")
    data = _refused(api("owner").post(reports_url(world.item), body, format="json"))
    message = data["message"]
    assert "完成百分比：" in message and "状态：" in message
    assert (
        "；截至日期不能晚于今天" in message
    )  # a message that names its field is not labelled again
    assert "截至日期：截至日期" not in message
    assert "percent" not in message and "as_of" not in message
    assert "on_track（" in data["errors"]["status"][0]  # the valid values, with their labels


def test_the_message_names_nested_fields(world, api):
    body = report_body(targets=[{"target": world.item.targets.first().pk, "value": "x"}])
    data = _refused(api("owner").post(reports_url(world.item), body, format="json"))
    assert "指标当前值 第1项 当前值：" in data["message"]


def test_the_message_is_english_on_request(world, api):
    body = report_body(percent=120, status="finished")
    response = api("owner", HTTP_ACCEPT_LANGUAGE="en").post(
        reports_url(world.item), body, format="json"
    )
    message = _refused(response)["message"]
    assert message.startswith("Invalid data submitted: ")
    assert "Percent complete" in message or "percent" in message.lower()
    assert "valid values: not_started" in message


def test_the_schema_says_request_bodies_take_no_other_fields(db):
    schema = APIClient().get("/api/schema/", {"format": "json"}).json()
    components = schema["components"]["schemas"]
    for name in ("ReportCreateRequest", "PatchedCommitmentUpdateRequest", "TokenRequestRequest"):
        assert components[name]["additionalProperties"] is False, name


@pytest.mark.parametrize(
    "path",
    [
        "commitments/{item}/co-owners/4753580660822268444672/excuse/",
        "commitments/99999999999999999999/acknowledge/",
        "commitments/0/history/",
        "extension-requests/18446744073709551616/approve/",
        "closure-requests/9223372036854775808/accept/",
        "plans/import/99999999999999999999/",
    ],
)
def test_ids_out_of_range_in_workflow_paths_are_json_404s(world, api, path):
    url = "/api/v1/" + path.format(item=world.item.pk)
    client = api("admin")
    response = client.get(url) if "plans/import" in url else client.post(url, {}, format="json")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_every_api_view_refuses_unknown_query_parameters(db):
    """One mechanism, everywhere: every DRF view under /api/v1/ has the mixin."""
    from rest_framework.views import APIView

    generator = SchemaGenerator()
    generator._initialise_endpoints()
    views = {
        type(view)
        for path, _regex, _method, view in generator._get_paths_and_endpoints()
        if path.startswith("/api/v1/")
    }
    assert len(views) >= 15
    for view in views:
        assert issubclass(view, APIView)
        assert issubclass(view, StrictQueryParamsMixin), view.__name__
