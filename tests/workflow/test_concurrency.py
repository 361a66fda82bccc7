"""Two people acting at once: the row lock lets exactly one step through.

Needs real row locks, so it runs on PostgreSQL (``CI=true``); SQLite has none.
"""

from __future__ import annotations

import datetime
import threading
from collections.abc import Callable

import pytest
from django.db import connection

from commitments import errors
from commitments.choices import EventKind
from commitments.models import Commitment, ExtensionRequest
from commitments.services import workflow

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL (run with CI=true)")


def race(*steps: Callable[[], object]) -> list[str]:
    """Run the steps in threads released together; each gives "ok" or its error code."""
    barrier, results = threading.Barrier(len(steps)), []

    def run(step):
        try:
            barrier.wait()
            step()
            results.append("ok")
        except errors.DomainError as error:
            results.append(error.code)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(step,)) for step in steps]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return sorted(results)


def test_it_keeps_one_pending_extension_when_two_owners_ask_at_once(world):
    later = world.item.deadline + datetime.timedelta(days=20)
    results = race(
        lambda: workflow.request_extension(world.lead_staff, world.item, later, "牵头单位"),
        lambda: workflow.request_extension(world.co_staff, world.item, later, "配合单位"),
    )
    assert results == ["extension_pending", "ok"]
    assert ExtensionRequest.objects.filter(commitment=world.item).count() == 1
    assert world.item.events.filter(kind=EventKind.EXTENSION_REQUESTED).count() == 1


def test_it_decides_a_request_once_when_two_supervisors_approve_at_once(world):
    request = workflow.request_extension(
        world.lead_staff, world.item, world.item.deadline + datetime.timedelta(days=20), "延期"
    )
    results = race(
        lambda: workflow.approve_extension(world.supervisor, request),
        lambda: workflow.approve_extension(world.global_supervisor, request),
    )
    assert results == ["ok", "request_decided"]
    assert Commitment.objects.get(pk=world.item.pk).deadline == request.requested_deadline
    assert world.item.events.filter(kind=EventKind.EXTENSION_APPROVED).count() == 1


def test_it_acknowledges_once_when_two_colleagues_click_at_once(world):
    results = race(
        lambda: workflow.acknowledge(world.lead_staff, world.item),
        lambda: workflow.acknowledge(world.colleague, world.item),
    )
    assert results == ["already_acknowledged", "ok"]
    assert world.item.events.filter(kind=EventKind.ACKNOWLEDGED).count() == 1
