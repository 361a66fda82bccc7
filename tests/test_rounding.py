"""Rates, shares and averages are rounded half up (四舍五入), as government statistics are
published: one rule (``commitments.rules.rounded``) in two forms, Python and PostgreSQL's
``ROUNDED_SQL``, that agree on every quotient, ties included."""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_UP, Decimal

import orjson
import pytest
from django.db import connection

from commitments import lights, rules
from commitments.choices import Role
from reports.rollups import section_rollups
from reports.scope import ReportScope
from tests import factories

#: Quotients with ties at every place (x.x5, x.5) and plain ones, negatives included.
PAIRS = [
    (n, d)
    for d in (1, 2, 3, 4, 7, 8, 16, 20, 40, 80, 125, 160, 400, 625, 800, 1000, 3125)
    for n in range(-130, 1700, 7)
] + [(1, 16), (5, 8), (25, 4), (1, 80), (3, 80), (1, 400), (2**40 + 1, 2**44), (10**15 + 5, 10**16)]


def decimal_half_up(numerator: int, denominator: int, places: int) -> Decimal:
    exact = Decimal(numerator) / Decimal(denominator)
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


@pytest.mark.parametrize("places", [0, 1, 2])
def test_python_rounds_half_up_as_decimal_does(places):
    for n, d in PAIRS:
        assert rules.rounded(n, d, places) == float(decimal_half_up(n, d, places)), (n, d)


def test_ties_round_up_not_to_even():
    assert rules.percent(1, 16) == 6.3  # 6.25 %: round() gives 6.2
    assert rules.percent(5, 8) == 62.5
    assert rules.rounded(25, 4) == 6.3
    assert rules.rounded(-25, 4) == -6.3  # away from zero, as PostgreSQL's round
    assert rules.percent(1, 8) == 12.5
    assert rules.whole_percent(1, 8) == 13  # 12.5 %: round() gives 12
    assert rules.percent(0, 0) is None and rules.whole_percent(3, 0) == 0
    assert orjson.dumps([rules.percent(2, 3), rules.percent(1, 1)]) == b"[66.7,100.0]"


@pytest.mark.django_db
@pytest.mark.skipif("connection.vendor != 'postgresql'")
@pytest.mark.parametrize("places", [0, 1, 2])
def test_postgresql_form_agrees_with_python(places):
    expression = rules.ROUNDED_SQL.format(numerator="n", denominator="d", places=places)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT n, d, {expression}::text, json_build_array({expression})::text"
            " FROM unnest(%s::numeric[], %s::numeric[]) AS p(n, d)",
            [[n for n, _ in PAIRS], [d for _, d in PAIRS]],
        )
        rows = cursor.fetchall()
    assert len(rows) == len(PAIRS)
    for n, d, text, as_json in rows:
        assert Decimal(text) == decimal_half_up(n, d, places), (n, d)
        if places == 1:  # JSON writes the numeric as Python writes the float
            assert as_json == orjson.dumps([rules.rounded(n, d)]).decode()


@pytest.mark.django_db
def test_a_sections_progress_on_a_tie_rounds_half_up():
    """Four commitments at 25, 0, 0, 0 percent: progress 6.25 shows as 6.3, not 6.2."""
    plan = factories.plan(2024)
    section = factories.section(plan)
    lead = factories.department("牵头局")
    for percent in (25, 0, 0, 0):
        factories.commitment(lead, section, percent=percent)
    (line,) = section_rollups(ReportScope(datetime.date(2024, 7, 10), plan))
    assert line.progress == 6.3


@pytest.mark.django_db
def test_the_summary_shows_a_tie_rounded_half_up(client):
    plan = factories.plan(2024)
    section = factories.section(plan)
    lead = factories.department("牵头局")
    for percent in (25, 0, 0, 0):
        factories.commitment(lead, section, percent=percent)
    supervisor = factories.user("督办人", role=Role.SUPERVISOR)
    client.force_login(supervisor)
    response = client.get("/api/v1/reports/summary/", {"plan": plan.pk, "date": "2024-07-10"})
    assert response.status_code == 200
    assert [line["progress"] for line in response.json()["sections"]] == [6.3]
    assert b'"progress":6.3' in response.content


def test_the_time_elapsed_share_rounds_half_up():
    """序时进度 in a light's reason: 1 day of 8 is 12.5 %, shown as 13 %."""
    plan = type("Plan", (), {"starts_on": datetime.date(2024, 1, 1)})
    commitment = type("Item", (), {"plan": plan, "deadline": datetime.date(2024, 1, 9)})
    assert lights.expected_percent(commitment, datetime.date(2024, 1, 2)) == 13
