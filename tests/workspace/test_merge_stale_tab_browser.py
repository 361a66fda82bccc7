"""walk14b m8: a merge confirmation left open in a second tab, confirmed after the
first tab's merge ran, said nothing and changed nothing; it now says the units were
already merged, in the administrator's language, and still changes nothing."""

from __future__ import annotations

import pytest

from commitments.choices import Role
from commitments.models import MergeJob
from tests import factories
from tests.workspace.test_browser import DESKTOP, town_site
from tests.workspace.test_browser import town as browser_town  # noqa: F401 (live town)
from tests.workspace.test_merge_jobs import CHANGELIST, ledger
from tests.workspace.test_merge_reports import a_water_station
from tests.workspace.test_walk10_merge import run_queued_merges

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def confirmation(context, town):
    """A tab showing the merge's confirmation of 水利站 → 农业农村办."""
    page = context.new_page()
    page.goto(f"{town_site(town)}{CHANGELIST}")
    page.locator("#result_list tr", has_text="水利站").locator("input.action-select").check()
    page.select_option("select[name=action]", "merge")
    page.click("button[name=index]")
    page.wait_for_load_state()
    assert "“水利站” → “农业农村办”" in page.locator("#merge-pairs").inner_text()
    return page


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("zh-CN", "未合并任何单位：单位“水利站”已合并到“农业农村办”，无需再次合并"),
        ("en-US", "No department was merged: “水利站” has already been merged into “农业农村办”"),
    ],
)
def test_a_stale_second_tab_says_the_units_were_already_merged(
    browser_town,  # noqa: F811
    browser,
    language,
    said,
):
    station, _own, _clerk = a_water_station(browser_town)
    factories.user("guanli", role=Role.ADMIN)
    context = browser.new_context(viewport=DESKTOP, locale=language)
    login = context.new_page()
    login.goto(f"{town_site(browser_town)}/admin/login/?next={CHANGELIST}")
    login.fill("#id_username", "guanli")
    login.fill("#id_password", "pw-for-tests-1")
    login.click("input[type=submit]")
    login.wait_for_load_state()
    if language == "en-US":
        login.goto(f"{town_site(browser_town)}{CHANGELIST}?lang=en")
    first, second = confirmation(context, browser_town), confirmation(context, browser_town)

    first.click("#content-main input[type=submit]")
    first.wait_for_load_state()
    run_queued_merges()  # the worker's part, in this process
    assert MergeJob.objects.get().state == "done"
    after_merge = ledger(station)

    second.click("#content-main input[type=submit]")
    second.wait_for_load_state()
    message = second.locator(".messagelist li")
    assert message.count() == 1 and said in message.inner_text()
    assert "error" in (message.get_attribute("class") or "")
    assert MergeJob.objects.count() == 1 and ledger(station) == after_merge
    context.close()
