"""Walk 10, m9: a report that changed no field but said so in words left an empty
entry in the pledge's history. Each report entry now says its 进展情况 (shortened) when
no field changed, and the evidence it added."""

from __future__ import annotations

import re

import pytest
from django.utils import timezone

from commitments.services import reporting
from tests.workspace.conftest import client_for
from tests.workspace.test_pages import page_url

pytestmark = pytest.mark.django_db


def entries(html: str) -> list[str]:
    timeline = html.split('id="history"', 1)[1].split("</ol>", 1)[0]
    return [e for e in timeline.split("<li data-event=")[1:] if e.startswith('"reported"')]


def said(entry: str) -> list[str]:
    return re.findall(r'data-field="report-said">([^<]*)<', entry)


def test_a_report_that_changes_nothing_says_its_words_in_the_history(town):
    today = timezone.localdate()
    town.lead_reports("on_track", 40)
    words = "本月继续推进前期手续，与上月相比暂无新的实质进展，" * 3
    reporting.file_report(
        town.item.pk,
        town.clerk,
        town.lead,
        reporting.ReportInput("on_track", 40, today, narrative=words, evidence=["https://x.cn/1"]),
    )
    newest, first = entries(client_for(town.supervisor).get(page_url(town.item)).content.decode())
    assert 'class="changes"' not in newest
    line, link = said(newest)
    assert line.startswith("进展情况：本月继续推进前期手续") and line.endswith("…")
    assert len(line) == len("进展情况：") + 61
    assert link == "佐证材料链接 1 个"
    assert 'class="changes"' in first and said(first) == []
