"""The ledger: filters, search, ordering and pagination."""

from __future__ import annotations

import datetime

import pytest
from django.db.models import Q
from django.utils import timezone

from commitments.choices import Status
from commitments.models import Commitment
from tests import factories
from tests.api.conftest import TODAY

URL = "/api/v1/commitments/"


def _codes(response) -> list[str]:
    assert response.status_code == 200, response.data
    return [row["code"] for row in response.data["results"]]


def test_it_lists_every_commitment_to_staff_with_its_light(world, api):
    response = api("outsider").get(URL)
    assert response.data["count"] == 2
    row = response.data["results"][0]
    assert row["code"] == "A-01"
    assert row["lead_owner"]["name"] == "牵头局"
    assert [c["name"] for c in row["co_owners"]] == ["配合局"]
    assert row["light"] in ("red", "yellow", "green") and row["light_reason"]


def test_it_filters_by_department_lead_or_co_owner(world, api):
    client = api("owner")
    assert _codes(client.get(URL, {"department": world.co.pk})) == ["A-01"]
    assert _codes(client.get(URL, {"department": world.other.pk})) == ["A-02"]
    assert _codes(client.get(URL, {"lead_owner": world.co.pk})) == []


def test_it_filters_by_plan_section_and_status(world, api):
    other_plan_item = factories.commitment(world.lead, code="B-01")
    Commitment.objects.filter(pk=world.elsewhere.pk).update(status=Status.AT_RISK)
    client = api("owner")
    assert _codes(client.get(URL, {"plan": world.item.plan_id})) == ["A-01", "A-02"]
    assert _codes(client.get(URL, {"section": other_plan_item.section_id})) == ["B-01"]
    assert _codes(client.get(URL, {"status": "at_risk"})) == ["A-02"]
    assert _codes(client.get(URL + "?status=at_risk&status=not_started&ordering=code")) == [
        "A-01",
        "A-02",
        "B-01",
    ]


def test_it_filters_by_light_overdue_and_due_dates(world, api):
    Commitment.objects.filter(pk=world.elsewhere.pk).update(
        deadline=TODAY - datetime.timedelta(days=3)
    )
    Commitment.objects.filter(pk=world.item.pk).update(
        percent=100, last_report_on=TODAY, last_report_at=timezone.now(), plan=world.item.plan
    )
    client = api("supervisor")
    assert _codes(client.get(URL, {"light": "red"})) == ["A-02"]
    assert _codes(client.get(URL, {"overdue": "true"})) == ["A-02"]
    assert _codes(client.get(URL, {"overdue": "false"})) == ["A-01"]
    assert _codes(client.get(URL, {"due_before": TODAY.isoformat()})) == ["A-02"]
    assert _codes(client.get(URL, {"due_after": TODAY.isoformat()})) == ["A-01"]
    red = client.get(URL, {"light": "red"}).data["results"][0]
    assert "逾期3天" in red["light_reason"]


def test_it_searches_code_title_and_text(world, api):
    client = api("owner")
    assert _codes(client.get(URL, {"search": "光伏"})) == ["A-01"]
    assert _codes(client.get(URL, {"search": "A-02"})) == ["A-02"]
    assert client.get(URL, {"search": "\x00"}).status_code == 400  # PostgreSQL refuses NUL


def test_it_orders_by_deadline_code_and_updated(world, api):
    client = api("owner")
    assert _codes(client.get(URL, {"ordering": "-code"})) == ["A-02", "A-01"]
    assert _codes(client.get(URL, {"ordering": "-deadline"})) == ["A-02", "A-01"]
    Commitment.objects.filter(pk=world.item.pk).update(
        updated_at=timezone.now() + datetime.timedelta(hours=1)
    )
    assert _codes(client.get(URL, {"ordering": "-updated"})) == ["A-01", "A-02"]
    assert _codes(client.get(URL, {"ordering": ""})) == ["A-01", "A-02"]  # the default


def test_it_paginates(world, api):
    section = world.item.section
    for n in range(3, 8):
        factories.commitment(world.lead, section, code=f"A-{n:02d}")
    client = api("owner")
    first = client.get(URL, {"page_size": 3, "ordering": "code"}).data
    assert first["count"] == 7 and len(first["results"]) == 3 and first["next"]
    second = client.get(first["next"]).data
    third = client.get(second["next"]).data
    codes = [r["code"] for page in (first, second, third) for r in page["results"]]
    assert codes == sorted(codes) and len(set(codes)) == 7
    assert third["next"] is None
    beyond = client.get(URL, {"page": 99})
    assert beyond.status_code == 404 and beyond.data["code"] == "not_found"


@pytest.mark.parametrize("size", ["0", "201", "null", "-1", "2.5"])
def test_it_refuses_a_page_size_it_cannot_honour(world, api, size):
    response = api("owner").get(URL, {"page_size": size})
    assert response.status_code == 400
    assert list(response.data["errors"]) == ["page_size"]


def test_it_explains_bad_filter_values(world, api):
    response = api("owner").get(
        URL, {"department": "99999999999999999999999", "due_before": "tomorrow", "light": "blue"}
    )
    assert response.status_code == 400
    assert set(response.data["errors"]) == {"department", "due_before", "light"}


def test_it_shows_the_detail_with_targets_milestones_and_owners(world, api):
    response = api("outsider").get(f"{URL}{world.item.pk}/")
    assert response.status_code == 200
    data = response.data
    assert [t["metric"] for t in data["targets"]] == ["光伏装机", "投资"]
    assert [m["text"] for m in data["milestones"]] == ["完成选址"]
    assert data["latest_report"] is None
    assert data["original_deadline"] == data["deadline"]
    assert [(o["department"]["name"], o["is_lead"]) for o in data["owners"]] == [
        ("牵头局", True),
        ("配合局", False),
    ]
    assert data["light"] and data["light_reason"]


def test_a_department_pages_by_deadline_across_led_and_co_owned(world, api):
    """The list counts and pages over ids, then loads the page (bench/): the rows,
    their order and the DRF page shape must be what a single query gave."""
    section = world.item.section
    for n, days in enumerate((5, 1, 9, 3, 7)):
        deadline = TODAY + datetime.timedelta(days=days)
        if n % 2:
            factories.commitment(
                world.other, section, deadline=deadline, code=f"C-{n}", co_owners=[world.lead]
            )
        else:
            factories.commitment(world.lead, section, deadline=deadline, code=f"L-{n}")
    client = api("owner")
    pages, url, params = (
        [],
        URL,
        {"department": world.lead.pk, "ordering": "deadline", "page_size": 2},
    )
    while url:
        data = client.get(url, params).data
        assert set(data) == {"count", "next", "previous", "results"} and data["count"] == 6
        pages.append([r["code"] for r in data["results"]])
        url, params = data["next"], None
    assert pages == [["C-1", "C-3"], ["L-0", "L-4"], ["L-2", "A-01"]]
    rows = client.get(URL, {"department": world.lead.pk, "ordering": "-deadline"}).data
    assert [r["code"] for r in rows["results"]][:2] == ["A-01", "L-2"]
    assert rows["previous"] is None and rows["next"] is None


def test_a_department_alone_is_counted_like_the_filter(world, api):
    """``?department=D`` alone is counted from D's rows (``counting``); with any other
    filter the general count runs. Both must agree, co-owned and led rows once each."""
    section = world.item.section
    factories.commitment(world.lead, section, code="L-9", co_owners=[world.co])
    factories.commitment(world.other, section, code="C-9", co_owners=[world.lead, world.co])
    client = api("owner")
    for department in (world.lead, world.co, world.other):
        alone = client.get(URL, {"department": department.pk}).data["count"]
        general = client.get(URL, {"department": department.pk, "due_after": "2000-01-01"})
        expected = Commitment.objects.filter(
            Q(lead_owner=department) | Q(coownerships__department=department)
        ).distinct()
        assert alone == general.data["count"] == expected.count()
