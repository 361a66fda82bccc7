"""ui16 walk (items 10, 11): on a phone a moved deadline's note stays whole beside its
date; the clerk's pledge page jumps to the report form from its top, and a long history
shows its newest entries with the rest folded under 展开全部."""

from __future__ import annotations

import datetime

import pytest

from commitments.models import Commitment, CommitmentEvent
from tests.reports.test_browser import ARTIFACTS
from tests.workspace.conftest import client_for
from tests.workspace.test_browser import PHONE, log_in, town_site
from tests.workspace.test_browser import town as browser_town  # noqa: F401 (live town)
from tests.workspace.test_pages import page_url
from tests.workspace.test_walk3_fixes import section

HISTORY = 14


def _long_history(town) -> None:
    """Fourteen reports by the lead: fourteen history entries and more."""
    for n in range(HISTORY):
        town.lead_reports("on_track", 5 + n)


def _moved_deadline(town) -> None:
    late = town.item.deadline + datetime.timedelta(days=45)
    Commitment.objects.filter(pk=town.item.pk).update(deadline=late)


def test_the_clerks_page_jumps_to_the_report_form_and_folds_a_long_history(town):
    _long_history(town)
    html = client_for(town.clerk).get(page_url(town.item)).content.decode()
    top = html.split('id="summary"', 1)[0]
    assert 'href="#report-form" data-jump="report"' in top and "填报进度" in top
    log = section(html, 'id="history"')
    shown, folded = log.split('data-field="older-history"', 1)
    events = CommitmentEvent.objects.filter(commitment=town.item).count()
    assert shown.count("<li data-event=") == 5
    assert folded.count("<li data-event=") == events - 5
    assert f"展开全部（共 {events} 条）" in folded
    assert 'start="6"' in folded  # the numbering runs on


def test_a_short_history_is_not_folded_and_a_supervisor_jumps_to_the_supervisors_forms(town):
    town.lead_reports("on_track", 10)
    html = client_for(town.clerk).get(page_url(town.item)).content.decode()
    assert 'data-field="older-history"' not in html
    boss = client_for(town.supervisor).get(page_url(town.item)).content.decode()
    top = boss.split('id="summary"', 1)[0]
    assert 'href="#supervise"' in top and 'href="#report-form"' not in top
    outsider = client_for(town.outsider).get(page_url(town.item))
    if outsider.status_code == 200:  # no form of theirs: no jump links
        assert 'data-field="jump"' not in outsider.content.decode()


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh-hans", "en"])
def test_on_a_phone_the_form_is_one_tap_away_and_the_deadline_note_whole(
    browser_town,  # noqa: F811
    browser,
    lang,
):
    town = browser_town
    _long_history(town)
    _moved_deadline(town)
    page = browser.new_page(viewport=PHONE, locale="zh-CN")
    page.goto(f"{town_site(town)}/workspace/commitments/{town.item.pk}/?lang={lang}")
    log_in(page, "jingji")
    jump = page.locator("[data-jump=report]")
    box = jump.bounding_box()
    assert box is not None and box["y"] + box["height"] <= PHONE["height"]  # in the first screen
    height = page.evaluate("document.documentElement.scrollHeight")
    folded = page.locator("[data-field=older-history]")
    assert folded.get_attribute("open") is None
    jump.click()
    page.wait_for_timeout(200)
    form = page.locator("#report-form").bounding_box()
    assert form is not None and -2 <= form["y"] < PHONE["height"]  # the form is on screen
    page.screenshot(path=str(ARTIFACTS / f"ui16-pledge-jump-390-{lang}.png"), full_page=True)
    summary = folded.locator("summary")
    assert summary.inner_text().startswith("展开全部" if lang == "zh-hans" else "Show all")
    summary.click()
    opened = page.evaluate("document.documentElement.scrollHeight")
    assert opened > height  # the older entries were folded away
    # walk16 m7: opened, it says how to fold them again
    assert summary.inner_text() == ("收起较早的记录" if lang == "zh-hans" else "Hide older entries")
    assert page.locator("#history li[data-event]").count() >= HISTORY
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1

    page.goto(f"{town_site(town)}/workspace/?lang={lang}")
    note = page.locator(f"li[data-id='{town.item.pk}'] [data-field=was]")
    assert note.count() == 1
    # one line box: （原定 and its date never part
    lines = note.evaluate(
        "el => { const r = document.createRange(); r.selectNodeContents(el);"
        " return new Set([...r.getClientRects()].map(b => Math.round(b.bottom))).size; }"
    )
    assert lines == 1
    assert town.item.deadline.isoformat() in note.inner_text()
    page.screenshot(path=str(ARTIFACTS / f"ui16-list-deadline-390-{lang}.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1
    page.close()


def test_a_completed_pledge_with_a_long_history_jumps_to_it(town):
    """walk16 m7: a completed pledge had no jump link at all, though its history was long."""
    from django.utils import timezone

    from commitments.choices import Status

    _long_history(town)
    Commitment.objects.filter(pk=town.item.pk).update(
        status=Status.COMPLETED, percent=100, completed_at=timezone.now()
    )
    html = client_for(town.clerk).get(page_url(town.item)).content.decode()
    top = html.split('id="summary"', 1)[0]
    assert 'href="#history" data-jump="history"' in top
    assert 'data-jump="report"' not in top
