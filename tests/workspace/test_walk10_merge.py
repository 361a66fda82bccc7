"""walk10 B1, m6, m7: the admin's department merge with a department that has a clerk,
a supervisor who lists it and filed reports (every real department has them).

Before the fix the action ended in HTTP 500 (ProtectedError: Membership.department,
ProgressReport.department), showed nothing when it worked, and the history called the
merge a 督办人修改."""

from __future__ import annotations

import pytest
from django.utils import timezone

from commitments.choices import EventKind, Role
from commitments.models import CommitmentEvent, Department, Membership, ProgressReport
from commitments.services import reporting
from tests import factories
from tests.workspace.conftest import client_for
from tests.workspace.test_browser import DESKTOP, PHONE, town_site
from tests.workspace.test_browser import town as browser_town  # noqa: F401 (live town)
from tests.workspace.test_pages import page_url

CHANGELIST = "/admin/commitments/department/"


def run_queued_merges() -> None:
    """The worker's part, in the test's process (``tests/workspace/test_merge_jobs.py``
    runs it on a real Celery worker)."""
    from commitments.models import MergeJob
    from commitments.services import merge_jobs

    for pk in MergeJob.objects.filter(state="queued").values_list("pk", flat=True):
        merge_jobs.run(pk)


def a_culture_station(town):
    """文化站: leads a pledge and co-owns the town's, a clerk filed a report on each;
    a supervisor oversees only it. 社会事务办 (the town's co-owner) lists it as an alias."""
    station = factories.department("文化站", contact_emails=["wenhua@example.org"])
    own = factories.commitment(station, town.item.section, title="新建村级文化广场3个")
    own.coownerships.create(department=town.outsider_dept)
    town.item.coownerships.create(department=station)
    clerk = factories.user("wenhua", dept=station)
    for item in (own, town.item):
        reporting.file_report(
            item.pk, clerk, station, reporting.ReportInput("on_track", 30, timezone.localdate())
        )
    watcher = factories.user("fenguan2", role=Role.SUPERVISOR, supervises=[station])
    town.co.aliases = [*town.co.aliases, "文化站"]
    town.co.save()
    return station, own, clerk, watcher


def merge(client, *departments):
    """Select, confirm, and let the job run (``merge_jobs.run``, the task's body, here
    in the test's process); the answer is the page the admin lands on."""
    from commitments.models import MergeJob
    from commitments.services import merge_jobs

    chosen = {"action": "merge", "_selected_action": [d.pk for d in departments]}
    asked = client.post(CHANGELIST, chosen, follow=True)
    if 'name="confirm"' not in asked.content.decode():
        return asked  # refused before asking
    response = client.post(CHANGELIST, {**chosen, "confirm": "yes"})
    if response.status_code != 302:
        return response
    job = MergeJob.objects.get(pk=response.url.rstrip("/").rsplit("/", 1)[-1])
    merge_jobs.run(job.pk)
    return client.get(response.url)


def shown(response) -> list[str]:
    """The messages the page shows: Django's, or the merge job's outcome."""
    return [str(m) for m in response.context["messages"]] + list(response.context.get("done") or [])


def test_a_department_with_a_clerk_and_reports_merges_and_says_what_moved(town):
    station, own, clerk, watcher = a_culture_station(town)
    admin = factories.user("guanli", role=Role.ADMIN)

    response = merge(client_for(admin), station)

    assert response.status_code == 200  # was 500 (ProtectedError)
    assert shown(response) == [
        "单位“文化站”已合并到“社会事务办”：转入承诺事项 2 项、账号 2 个、进度报送 2 份。"
        "转入的报送记录注明原报送单位；原单位已停用，作为历史记录保留（邮件记录仍在其名下）。"
    ]
    # The clerk now acts for 社会事务办 and sees both pledges there.
    assert Membership.objects.get(user=clerk).department == town.co
    workspace = client_for(clerk).get("/workspace/").content.decode()
    assert "新建村级文化广场3个" in workspace and "新建5兆瓦光伏电站一处" in workspace
    # The supervisor who listed 文化站 now lists 社会事务办.
    assert list(Membership.objects.get(user=watcher).supervised_departments.all()) == [town.co]
    # Its reports are the unit's now, each naming 文化站 as filed; it is kept, retired.
    station.refresh_from_db()
    assert not station.is_active
    assert set(ProgressReport.objects.values_list("department__name", "merged_from__name")) == {
        ("社会事务办", "文化站")
    }
    own.refresh_from_db()
    assert own.lead_owner == town.co
    assert list(town.item.co_owners.all()) == [town.co]  # not twice
    town.co.refresh_from_db()
    assert "文化站" in town.co.aliases and "wenhua@example.org" in town.co.contact_emails
    # Not offered where a unit is chosen.
    listed = client_for(town.supervisor).get("/api/v1/departments/").json()["results"]
    names = [d["name"] for d in listed]
    assert "文化站" not in names and "社会事务办" in names


def test_the_merge_reads_as_a_merge_by_the_administrator_in_the_history(town):
    station, own, clerk, _ = a_culture_station(town)
    admin = factories.user("guanli", role=Role.ADMIN)
    merge(client_for(admin), station)

    event = CommitmentEvent.objects.get(commitment=own, changes__has_key="department_merged")
    assert event.kind == EventKind.DEPARTMENT_MERGED and event.actor == admin
    html = client_for(clerk).get(page_url(own)).content.decode()
    history = html[html.index(f'data-event="{EventKind.DEPARTMENT_MERGED}"') :][:600]
    assert "单位合并" in history and "管理员" in history and "督办人修改" not in history


def test_a_refused_merge_says_why_and_changes_nothing(town):
    station, own, clerk, _ = a_culture_station(town)
    admin = client_for(factories.user("guanli", role=Role.ADMIN))
    merge(admin, station)

    again = merge(admin, Department.objects.get(pk=station.pk), town.outsider_dept)

    assert again.status_code == 200
    assert shown(again) == [  # merged by the first (walk14b m8: said as a merge, not 已停用)
        "未合并任何单位：单位“文化站”已合并到“社会事务办”，无需再次合并（可能已在另一个页面确认）"
    ]
    assert Department.objects.get(pk=town.outsider_dept.pk).is_active


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize(
    ("viewport", "language", "said"),
    [(PHONE, "en-US", "merged into “社会事务办”"), (DESKTOP, "zh-CN", "已合并到“社会事务办”")],
)
def test_the_merge_in_the_admin_in_chromium(browser_town, browser, viewport, language, said):  # noqa: F811
    """walk10 shots a25/a26 (the 500) and a27 (no message): the list comes back with the
    confirmation, inside the page at phone width."""
    from tests.reports.test_browser import ARTIFACTS

    a_culture_station(browser_town)
    factories.user("guanli", role=Role.ADMIN)
    page = browser.new_page(viewport=viewport, locale=language)
    page.goto(f"{town_site(browser_town)}/admin/login/?next={CHANGELIST}")
    page.fill("#id_username", "guanli")
    page.fill("#id_password", "pw-for-tests-1")
    page.click("input[type=submit]")
    page.wait_for_load_state()
    row = page.locator("#result_list tr", has_text="文化站")
    row.locator("input.action-select").check()
    page.select_option("select[name=action]", "merge")
    page.click("button[name=index]")
    page.wait_for_load_state()
    page.click("input[type=submit][value]")  # 确认合并 / Merge
    page.wait_for_load_state()
    run_queued_merges()
    page.reload()
    name = f"walk10-merge-{viewport['width']}-{language[:2]}.png"
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)
    message = page.locator(".messagelist li.success")
    assert message.count() == 1 and said in message.inner_text()
    assert message.bounding_box()["width"] <= viewport["width"]
    page.close()


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_after_the_merge_the_unit_sees_the_reports_as_its_own_in_chromium(
    browser_town,  # noqa: F811
    browser,
    viewport,
):
    """The browser tester's finding: after merging 水利站 into 农业农村办 the pledge page
    said 农业农村办 尚未报送 and the clerk's list asked for the report and 签收 again. Now
    the unit's card shows the report 水利站 filed, marked （原水利站报送）, inside the page,
    and 需要处理 does not list the pledge."""
    from commitments.services.catalog import merge_department
    from tests.reports.test_browser import ARTIFACTS
    from tests.workspace.test_browser import log_in
    from tests.workspace.test_merge_reports import a_water_station

    station, own, _ = a_water_station(browser_town)
    merge_department(station, browser_town.outsider_dept)
    page = browser.new_page(viewport=viewport, locale="zh-CN")
    page.goto(f"{town_site(browser_town)}/workspace/commitments/{own.pk}/")
    log_in(page, "nongye")
    card = page.locator('#reports article[data-department="农业农村办"]')
    assert "95%" in card.inner_text() and "尚未报送" not in card.inner_text()
    mark = card.locator('[data-field="merged-from"]').first
    assert mark.inner_text() == "（原水利站报送）"
    box = mark.bounding_box()
    assert box is not None and box["x"] + box["width"] <= viewport["width"]
    assert page.locator('#reports article[data-department="水利站"]').count() == 0
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    page.screenshot(
        path=str(ARTIFACTS / f"merge-reports-pledge-{viewport['width']}-zh.png"), full_page=True
    )
    page.goto(f"{town_site(browser_town)}/workspace/?needs=1")
    page.wait_for_load_state()
    assert own.title not in page.locator("main").inner_text()
    page.screenshot(
        path=str(ARTIFACTS / f"merge-reports-needs-{viewport['width']}-zh.png"), full_page=True
    )
    page.close()


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_after_merging_a_co_owner_into_the_lead_the_pledge_agrees_with_itself_in_chromium(
    browser_town,  # noqa: F811
    browser,
    viewport,
):
    """walk12b M1/M2: the co-owner 社会事务办 filed 40% (the lead had not); then it was
    merged into the lead 经济发展办. The header said 完成 0%（牵头单位尚未报送） under a
    card of 40% labelled 牵头. Now the header and the one card both say 40%, the unit
    is not listed as its own co-owner, and the old entries name 社会事务办."""
    from commitments.services.catalog import merge_department
    from tests.reports.test_browser import ARTIFACTS
    from tests.workspace.test_browser import log_in

    town = browser_town
    reporting.file_report(
        town.item.pk,
        town.co_clerk,
        town.co,
        reporting.ReportInput("on_track", 40, timezone.localdate()),
    )
    merge_department(town.co, town.lead)
    page = browser.new_page(viewport=viewport, locale="zh-CN")
    page.goto(f"{town_site(town)}/workspace/commitments/{town.item.pk}/")
    log_in(page, "jingji")
    head = page.locator('[data-field="progress"]').first.inner_text()
    assert "40%" in head and "尚未报送" not in head
    cards = page.locator("#reports article")
    assert cards.count() == 1
    assert "40%" in cards.first.inner_text() and "（原社会事务办报送）" in cards.first.inner_text()
    actor = page.locator('#history li[data-event="reported"] [data-field="actor"]').first
    assert actor.inner_text() == "shehui · 经济发展办（原社会事务办）"
    box = actor.bounding_box()
    assert box is not None and box["x"] + box["width"] <= viewport["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    page.screenshot(
        path=str(ARTIFACTS / f"merge-lead-pledge-{viewport['width']}-zh.png"), full_page=True
    )
    page.close()
