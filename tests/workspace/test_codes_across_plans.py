"""Walk 10, M2: two plans of one year both have ``2026-01-01`` (SPEC §3's codes are
unique within a plan). Wherever a code is quoted alone — the e-mails and robot
messages, the review queue's request cards, a pledge's page — its plan is named
beside it when its year has several plans, and only then (``commitments.naming``)."""

from __future__ import annotations

import datetime
import re

import pytest
from django.utils import timezone

from commitments.reminders.emails import render
from commitments.reminders.items import load_items
from commitments.reminders.robots import render_markdown
from commitments.services.workflow import request_extension
from tests import factories
from tests.workspace.conftest import client_for
from tests.workspace.test_pages import page_url

pytestmark = pytest.mark.django_db


def twin_plan(town):
    """The town's own 工作要点 of the same year, whose first pledge has the same code."""
    plan = factories.plan(town.item.plan.year, title=f"某某镇{town.item.plan.year}年工作要点")
    return factories.commitment(town.lead, factories.section(plan, 1), code=town.item.code)


def tags(html: str) -> list[str]:
    return re.findall(r'data-field="plan"[^>]*>([^<]*)<', html)


def context_for(item: dict) -> dict:
    return {
        "today": "2026-12-07",
        "summary": "1项即将到期",
        "workspace_url": "https://tracker.example/workspace/",
        "sections": [{"label": "即将到期", "count": 1, "items": [item]}],
    }


def test_the_messages_name_the_plan_beside_the_code_only_when_its_year_has_two(town):
    today = timezone.localdate()
    alone = load_items([town.item.pk], today)[town.item.pk]
    assert alone["plan"] == ""
    plain = render(context_for(alone | {"line": "", "owner_note": ""})).text
    assert f"编号 {town.item.code} " in plain

    twin = twin_plan(town)
    items = load_items([town.item.pk, twin.pk], today)
    year = town.item.plan.year
    assert items[town.item.pk]["plan"] == f"{year} · {year}年工作安排"
    assert items[twin.pk]["plan"] == f"{year} · 某某镇{year}年工作要点"
    item = items[twin.pk] | {"line": "", "owner_note": ""}
    rendered = render(context_for(item))
    label = f"编号 {twin.code}（{year} · 某某镇{year}年工作要点）"
    assert label in rendered.text
    assert label in rendered.html
    assert label in render_markdown(context_for(item), "督办提醒", "wecom")


def test_a_request_card_and_the_pledge_page_name_the_plan_when_its_year_has_two(town):
    request_extension(
        town.clerk, town.item, town.item.deadline + datetime.timedelta(days=30), "施工延误"
    )
    supervisor = client_for(town.supervisor)
    queue = supervisor.get("/workspace/queue/").content.decode()
    assert tags(queue) == []
    assert tags(supervisor.get(page_url(town.item)).content.decode()) == []

    twin_plan(town)
    year = town.item.plan.year
    assert tags(supervisor.get("/workspace/queue/").content.decode()) == [
        f"{year} · {year}年工作安排"
    ]
    page = supervisor.get(page_url(town.item)).content.decode()
    head = page.split('id="summary"', 1)[1].split("</h1>", 1)[0]
    assert tags(head) == [f"{year} · {year}年工作安排"]
    title = re.search(r"<title>([^<]*)</title>", page).group(1)
    assert f"编号 {town.item.code} · {year} · {year}年工作安排" in title


def counts(html: str) -> tuple[int, int, str, str]:
    needs = re.search(r'href="([^"]*)" data-count="needs">[^<0-9]*(\d+)', html)
    total = re.search(r'href="([^"]*)" data-count="total">[^<0-9]*(\d+)', html)
    return int(needs.group(2)), int(total.group(2)), needs.group(1), total.group(1)


def test_the_workspace_counts_follow_the_plan_in_view(town):
    """Walk 10, m2: ``?plan=3`` listed that plan's pledges under counts of all plans."""
    twin = twin_plan(town)
    factories.commitment(town.lead, twin.section)
    supervisor = client_for(town.supervisor)
    assert counts(supervisor.get("/workspace/").content.decode())[:2] == (3, 3)
    plan = town.item.plan.pk
    needs, total, needs_link, total_link = counts(
        supervisor.get("/workspace/", {"plan": plan}).content.decode()
    )
    assert (needs, total) == (1, 1)
    assert needs_link == f"?plan={plan}&amp;needs=1" and total_link == f"?plan={plan}"
