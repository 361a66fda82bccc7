"""The history names the people who acknowledged (签收人) by their names, read once for the
whole history: a pledge with many 签收 entries costs no query more than one with none
(review16 B6: one query per 签收 entry, folded entries included)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commitments.choices import EventKind
from commitments.models import CommitmentEvent
from tests import factories
from tests.clock import at, frozen
from tests.workspace.conftest import client_for
from tests.workspace.test_hand_over import town  # noqa: F401 - the fixture
from tests.workspace.test_pages import page_url

pytestmark = pytest.mark.django_db


def test_acknowledgements_are_named_in_one_query_however_many(town):  # noqa: F811
    item, water, _finance, supervisor = town
    client = client_for(supervisor)

    def page() -> tuple[int, str]:
        with frozen(at("2026-12-07 15:00")), CaptureQueriesContext(connection) as q:
            response = client.get(page_url(item))
            assert response.status_code == 200
        return len(q.captured_queries), response.content.decode()

    def acknowledge(n: int) -> None:
        clerk = factories.user(f"qianshou{n}", dept=water)
        clerk.first_name = f"签收人{n}号"
        clerk.save(update_fields=["first_name"])
        CommitmentEvent.objects.create(
            commitment=item,
            kind=EventKind.ACKNOWLEDGED,
            department=water,
            changes={
                "acknowledged_at": [None, "2026-12-02T09:00:00+08:00"],
                "acknowledged_by": [None, clerk.username],
            },
        )

    client.get(page_url(item))
    acknowledge(0)
    one, html = page()
    assert "签收人0号" in html and "qianshou0" not in html
    for n in range(1, 8):  # more than the 5 unfolded entries
        acknowledge(n)
    many, html = page()
    assert many == one, (one, many)
    assert all(f"签收人{n}号" in html for n in range(8))
