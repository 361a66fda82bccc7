"""The list's fast rows are DRF's rows: same keys, order and values, byte for byte.

The list writes its rows itself (``CommitmentListSerializer.to_representation``), reads
co-owners in one query (``views.commitments.with_co_owners``) and loads the page from a
statement compiled once (``api.list_rows``). Each must give what the ORM queryset and
``ModelSerializer.to_representation`` give, over a varied ledger: every status, with
and without co-owners, overdue, past a milestone, reports missing, removed from the
source, acknowledged or not, in Chinese and English, for every ordering and filter.
"""

from __future__ import annotations

import datetime
import json

import pytest
from django.db.models import Prefetch
from django.utils import timezone, translation
from rest_framework import serializers

from commitments.api.renderers import JSONRenderer
from commitments.api.serializers.commitments import CommitmentListSerializer
from commitments.choices import Status
from commitments.models import Commitment, CoOwnership, Milestone
from tests import factories
from tests.api.conftest import TODAY

URL = "/api/v1/commitments/"


@pytest.fixture
def ledger(world):
    """~40 more commitments that differ in everything a row shows."""
    plans = [factories.plan(year=TODAY.year), factories.plan(year=TODAY.year, report_due_day=5)]
    sections = [factories.section(p, number=n) for p in plans for n in (1, 2)]
    departments = [factories.department(f"单位{n}") for n in range(5)]
    statuses = list(Status)
    for n in range(40):
        status = statuses[n % len(statuses)]
        deadline = TODAY + datetime.timedelta(days=(n % 9 - 4) * 40)
        item = factories.commitment(
            departments[n % 5] if n % 4 else world.lead,
            sections[n % 4],
            deadline=deadline,
            co_owners=[departments[(n + k) % 5] for k in range(1, n % 4)],
            code=f"V-{n // 4:02d}-{n % 2}",  # each code in both plans: ties broken by id
            title=f"事项{n}“引号”\u2028%",
            status=status,
            completed_at=timezone.now() if status == Status.COMPLETED else None,
            percent=(n * 13) % 101,
            official="王副镇长" if n % 3 else "",
            removed_from_source=n % 11 == 0,
        )
        if n % 5 == 0:
            Milestone.objects.create(
                commitment=item, due=TODAY - datetime.timedelta(days=n + 1), text=f"节点{n}"
            )
        updates = {}
        if n % 2:
            updates["acknowledged_at"] = timezone.now() - datetime.timedelta(days=n, seconds=n)
        if n % 3 == 0:
            updates["last_report_at"] = timezone.now() - datetime.timedelta(hours=n)
            updates["last_report_on"] = TODAY - datetime.timedelta(days=n * 3)
        if updates:
            Commitment.objects.filter(pk=item.pk).update(**updates)
    return departments


def _drf_rows(ids: list[int]) -> list[dict]:
    """The rows as the ORM and DRF's ``ModelSerializer`` make them."""
    co_owners = CoOwnership.objects.select_related("department").order_by("department__name")
    rows = {
        c.pk: c
        for c in Commitment.objects.with_light(TODAY)
        .select_related("plan", "lead_owner")
        .prefetch_related(Prefetch("coownerships", queryset=co_owners))
        .filter(pk__in=ids)
    }
    serializer = CommitmentListSerializer(context={"today": TODAY})
    return [serializers.ModelSerializer.to_representation(serializer, rows[pk]) for pk in ids]


QUERIES = [
    {},
    {"ordering": "deadline"},
    {"ordering": "-deadline", "page": 2, "page_size": 7},
    {"ordering": "code"},
    {"ordering": "-updated,code"},
    {"status": ["on_track", "delayed", "completed"], "ordering": "code"},
    {"light": "red"},
    {"light": "yellow", "ordering": "deadline"},
    {"overdue": "true"},
    {"search": "事项1"},
    {"page_size": 200},
    {"page": 3, "page_size": 10, "ordering": "code"},
]


@pytest.mark.parametrize("language", ["zh-hans", "en"])
@pytest.mark.parametrize("query", QUERIES, ids=[json.dumps(q) for q in QUERIES])
def test_it_writes_the_rows_drf_writes(world, ledger, api, query, language):
    response = api("owner").get(URL, query, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200, response.data
    body = json.loads(response.content)
    ids = [row["id"] for row in body["results"]]
    assert ids, "every query finds rows"
    with translation.override(language):
        expected = _drf_rows(ids)
    # The same JSON text: keys in the same order, the same values.
    assert json.dumps(body["results"], ensure_ascii=False) == json.dumps(
        json.loads(JSONRenderer().render(expected)), ensure_ascii=False
    )


@pytest.mark.parametrize("department", ["lead", "co", "ledger"])
def test_it_pages_a_department_as_the_orm_orders_it(world, ledger, api, department):
    pk = {"lead": world.lead.pk, "co": world.co.pk, "ledger": ledger[1].pk}[department]
    client = api("owner")
    seen: list[int] = []
    page = 1
    while True:
        body = client.get(
            URL, {"department": pk, "ordering": "deadline", "page_size": 4, "page": page}
        ).data
        seen += [row["id"] for row in body["results"]]
        if not body["next"]:
            break
        page += 1
    expected = list(
        Commitment.objects.owned_by(pk).order_by("deadline", "id").values_list("pk", flat=True)
    )
    assert seen == expected and body["count"] == len(expected)


def test_an_empty_page_of_a_department_is_empty(world, api):
    nobody = factories.department("无事局")
    body = api("owner").get(URL, {"department": nobody.pk}).data
    assert body["count"] == 0 and body["results"] == []


def test_the_compiled_page_follows_a_changed_setting(world, api, settings):
    """The light's settings are part of the compiled statement (``list_rows``)."""
    client = api("owner")
    before = client.get(URL).data["results"]
    settings.PROGRESS_MARGIN_PERCENT = 100  # nothing is behind schedule any more
    after = client.get(URL).data["results"]
    assert [r["id"] for r in after] == [r["id"] for r in before]
    assert _drf_rows([r["id"] for r in after]) == json.loads(json.dumps(after))
