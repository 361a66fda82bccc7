"""The same 编号 in two plans: the files of the lists that can span plans say whose
each row is (工作计划, always a column), and so do the workspace's cards when more than
one plan is in view (walk 9, finding 3)."""

from __future__ import annotations

import datetime
import re

import pytest
from django.test import Client

from commitments.choices import Status
from tests import factories
from tests.reports.seed import TODAY
from tests.reports.test_api import get
from tests.reports.test_exports import read_csv, read_xlsx

pytestmark = pytest.mark.django_db


@pytest.fixture
def twins(seed):
    """2024-01-01 again, in the 2023 plan, overdue too."""
    factories.commitment(
        seed.economy,
        seed.other_plan.sections.get(),
        deadline=datetime.date(2024, 6, 1),
        code="2024-01-01",
        number=99,
        status=Status.ON_TRACK,
    )
    return seed


@pytest.mark.parametrize("report", ["overdue", "ledger"])
def test_the_files_name_the_plan_of_each_row(twins, report):
    params = {"date": TODAY.isoformat(), "format": "csv"}
    header, *rows = read_csv(get(twins.supervisor, f"/api/v1/reports/{report}/", **params))
    assert header[-1] == "工作计划"
    plans = sorted(r[-1] for r in rows if r[0] == "2024-01-01")
    assert plans == ["2023 · 2023年工作安排", "2024 · 2024年工作安排"]
    book = read_xlsx(
        get(twins.supervisor, f"/api/v1/reports/{report}/", **{**params, "format": "xlsx"})
    )
    sheet = book.active
    assert sheet.cell(1, sheet.max_column).value == "工作计划"


def test_the_cards_name_the_plan_when_more_than_one_is_in_view(twins):
    client = Client()
    client.force_login(twins.supervisor)
    page = client.get("/workspace/", {"date": TODAY}).content.decode()
    cards = page.split('data-code="2024-01-01"')[1:]
    tags = [re.search(r'data-field="plan"[^>]*>([^<]*)<', card).group(1) for card in cards]
    assert sorted(tags) == ["2023 · 2023年工作安排", "2024 · 2024年工作安排"]
    one = client.get("/workspace/", {"date": TODAY, "plan": twins.plan.pk}).content.decode()
    assert 'data-field="plan"' not in one.split('id="items"', 1)[1]
