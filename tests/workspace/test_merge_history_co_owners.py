"""walk12c minor-3: the 单位合并 history entry says what the merge did to the pledge's
配合单位 — a co-ownership that went (the unit already owned the pledge, or now leads
it) or moved to the unit it became — and names no 配合单位 where they did not change."""

from __future__ import annotations

import re

import pytest

from commitments.choices import EventKind, Role
from commitments.models import Department
from tests import factories
from tests.workspace.conftest import client_for
from tests.workspace.test_pages import page_url
from tests.workspace.test_walk10_merge import merge

pytestmark = pytest.mark.django_db


def merge_entry(viewer, item) -> str:
    """The pledge page's 单位合并 entry as text."""
    html = client_for(viewer).get(page_url(item)).content.decode()
    start = html.index(f'data-event="{EventKind.DEPARTMENT_MERGED}"')
    entry = html[start : html.index("</li>\n", html.index('class="changes"', start))]
    return re.sub(r"<[^>]+>", "", entry)


@pytest.mark.parametrize(
    ("lead", "co_owners", "after"),
    [
        # the merged unit co-owned a pledge its new unit leads: the co-ownership goes
        ("社会事务办", ["文化站"], "配合单位：文化站 → —"),
        # the new unit co-owned a pledge the merged unit led: it now leads, not co-owns
        ("文化站", ["社会事务办"], "配合单位：社会事务办 → —"),
        # both co-owned a third unit's pledge: one co-ownership stays
        ("经济发展办", ["社会事务办", "文化站"], "配合单位：社会事务办、文化站 → 社会事务办"),
        # only the merged unit co-owned it: the co-ownership moves
        (
            "经济发展办",
            ["文化站", "农业农村办"],
            "配合单位：农业农村办、文化站 → 社会事务办、农业农村办",
        ),
    ],
)
def test_the_merge_entry_names_the_co_owner_change(town, lead, co_owners, after):
    station = factories.department("文化站")
    units = {d.name: d for d in Department.objects.all()}
    item = factories.commitment(
        units[lead], town.item.section, co_owners=[units[n] for n in co_owners]
    )
    town.co.aliases = ["文化站"]
    town.co.save()

    merge(client_for(factories.user("guanli", role=Role.ADMIN)), station)

    entry = merge_entry(town.supervisor, item)
    assert "单位合并" in entry and "文化站 → 社会事务办" in entry
    assert after in entry


def test_the_merge_entry_names_no_co_owner_change_where_there_was_none(town):
    station = factories.department("文化站")
    own = factories.commitment(station, town.item.section, co_owners=[town.outsider_dept])
    town.co.aliases = ["文化站"]
    town.co.save()

    merge(client_for(factories.user("guanli", role=Role.ADMIN)), station)

    entry = merge_entry(town.supervisor, own)
    assert "文化站 → 社会事务办" in entry and "配合单位" not in entry
    assert [d.name for d in own.co_owners.all()] == ["农业农村办"]
