"""The shared cast: each persona may do what the product says, and no more."""

from __future__ import annotations

import datetime

import pytest

from commitments import access
from commitments.models import Commitment
from tests.clock import CURRENT_TIME, TODAY, at


def test_the_clock_is_frozen_and_travels(clock):
    from django.utils import timezone

    assert timezone.localdate() == TODAY
    assert timezone.now() == CURRENT_TIME
    clock.move_to(at("2024-07-22 09:30"))
    assert timezone.localdate() == datetime.date(2024, 7, 22)


def test_the_ledger_comes_from_an_import(cast):
    assert cast.item.lead_owner == cast.lead
    assert list(cast.item.coownerships.values_list("department", flat=True)) == [cast.co.pk]
    assert cast.elsewhere.lead_owner == cast.other


@pytest.mark.parametrize(
    ("persona", "reports", "supervises_item", "supervises_elsewhere"),
    [
        ("owner", True, False, False),
        ("co_owner", True, False, False),
        ("outsider", False, False, False),
        ("supervisor", False, True, False),
        ("supervisor_of_all", False, True, True),
        ("admin", False, True, True),
    ],
)
def test_each_persona_may_do_what_the_product_says(
    cast, persona, reports, supervises_item, supervises_elsewhere
):
    who = cast[persona]
    assert access.can_report(who, cast.item) is reports
    assert access.can_supervise(who, cast.item) is supervises_item
    assert access.can_supervise(who, cast.elsewhere) is supervises_elsewhere
    assert Commitment.objects.visible_to(who).count() == 2
