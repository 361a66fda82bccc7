"""Each persona walks the workspace in headless Chromium; screenshots go to test-artifacts/.

- a clerk opens the reminder e-mail's link, signs in, files a report with a
  target value and a PDF;
- a clerk of another department sees no form and cannot download the file;
- a supervisor approves an extension from the queue and sees the new deadline
  and the history;
- a dashboard count opens the list it counts.
"""

from __future__ import annotations

import datetime
import re

import pytest
from django.utils import timezone

from commitments.models import Attachment, CommitmentEvent, ProgressReport
from commitments.reminders.emails import render
from commitments.reminders.items import load_items
from commitments.services import workflow
from tests.reports.test_browser import ARTIFACTS
from tests.workspace.conftest import PDF, build_town

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def town(transactional_db, monkeypatch, evidence_storage, settings, live_server):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    settings.SITE_URL = live_server.url
    ARTIFACTS.mkdir(exist_ok=True)
    return build_town()


def reminder_text(town) -> str:
    """The reminder the lead department receives about its unreported commitment,
    rendered by the reminders' own template and item facts."""
    today = timezone.localdate()
    item = load_items([town.item.pk], today)[town.item.pk]
    context = {
        "today": today.isoformat(),
        "summary": "未报送1项",
        "sections": [{"label": "未报送", "count": 1, "items": [item], "more": 0}],
        "workspace_url": f"{town_site(town)}/workspace/",
    }
    return render(context).text


def town_site(town) -> str:
    from django.conf import settings

    return settings.SITE_URL


def log_in(page, username: str) -> None:
    page.fill("#id_username", username)
    page.fill("#id_password", "pw-for-tests-1")
    page.click("section.login button[type=submit]")
    page.wait_for_load_state()


def shoot(browser, page, name: str) -> None:
    """Desktop and phone screenshots of the page ``page`` shows; the phone page must fit."""
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    phone = browser.new_page(
        viewport=PHONE,
        device_scale_factor=2,
        locale="zh-CN",
        storage_state=page.context.storage_state(),
    )
    phone.goto(page.url)
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], name
    phone.screenshot(path=str(ARTIFACTS / f"{name}-phone.png"), full_page=True)
    phone.close()


def test_a_clerk_reports_with_a_target_value_and_a_pdf_from_the_reminder(
    town,
    browser,
    tmp_path,
):
    text = reminder_text(town)
    link = re.search(r"https?://\S+/workspace/commitments/\d+/", text).group(0)
    assert "/api/" not in text

    page = browser.new_page(viewport=DESKTOP, locale="zh-CN")
    page.goto(link)
    assert "/accounts/login/" in page.url
    log_in(page, "jingji")
    assert page.url == link
    assert "新建5兆瓦光伏电站一处" in page.title()
    shoot(browser, page, "workspace-commitment-before")

    form = page.locator("#report-form")
    form.locator("select[name=report-status]").select_option("on_track")
    form.locator("input[name=report-percent]").fill("45")
    form.locator(f"input[name=report-target_{town.target.pk}]").fill("2.5")
    form.locator("textarea[name=report-narrative]").fill("光伏板已进场，完成支架安装")
    pdf = tmp_path / "验收单.pdf"
    pdf.write_bytes(PDF)
    form.locator("input[name=report-evidence_files]").set_input_files(str(pdf))
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()

    assert "进度已报送" in page.inner_text(".messages")
    assert page.inner_text(f"tr[data-target='{town.target.pk}'] [data-field=current]") == "2.5兆瓦"
    assert "验收单.pdf" in page.inner_text("#reports")
    assert "进度报送" in page.inner_text("#history")
    report = ProgressReport.objects.get()
    assert report.percent == 45 and report.attachments.get().name == "验收单.pdf"
    shoot(browser, page, "workspace-commitment")

    page.goto(f"{town_site(town)}/workspace/")
    assert "新建5兆瓦光伏电站一处" in page.inner_text("#items")
    shoot(browser, page, "workspace-list")
    page.close()


def test_another_department_sees_no_form_and_downloads_the_evidence(town, browser):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from commitments.services import evidence, reporting

    files = evidence.check_files([SimpleUploadedFile("验收单.pdf", PDF, "application/pdf")])
    reporting.file_report(
        town.item.pk,
        town.clerk,
        town.lead,
        reporting.ReportInput("on_track", 40, timezone.localdate()),
        files,
    )
    attachment = Attachment.objects.get()
    events = CommitmentEvent.objects.count()

    page = browser.new_page(viewport=DESKTOP, locale="zh-CN")
    page.goto(f"{town_site(town)}/workspace/commitments/{town.item.pk}/")
    log_in(page, "nongye")
    assert page.locator("#report-form").count() == 0
    assert page.locator("#acknowledge").count() == 0
    link = page.locator(f'#reports a[data-attachment="{attachment.pk}"]')
    assert link.inner_text() == "验收单.pdf"
    shoot(browser, page, "workspace-commitment-outsider")
    response = page.request.get(f"{town_site(town)}/workspace/files/{attachment.pk}/")
    assert response.status == 200 and response.body() == PDF
    assert ProgressReport.objects.count() == 1 and CommitmentEvent.objects.count() == events
    page.close()


def test_a_supervisor_approves_an_extension_from_the_queue(town, browser):
    new = town.item.deadline + datetime.timedelta(days=45)
    workflow.request_extension(town.clerk, town.item, new, "设备到货推迟一个月")

    page = browser.new_page(viewport=DESKTOP, locale="zh-CN")
    page.goto(f"{town_site(town)}/workspace/queue/")
    log_in(page, "duban")
    request = page.locator("article.request").first
    assert "设备到货推迟一个月" in request.inner_text()
    shoot(browser, page, "workspace-queue")
    request.locator(".approve_extension textarea").fill("同意，请按期完成")
    request.locator("button[data-action=approve_extension]").click()
    page.wait_for_load_state()
    assert "延期已批准" in page.inner_text(".messages")
    assert "没有待审核的申请" in page.inner_text("#pending")

    page.goto(f"{town_site(town)}/workspace/commitments/{town.item.pk}/")
    assert page.inner_text("[data-field=deadline]") == new.isoformat()
    assert page.inner_text("[data-field=original_deadline]").startswith(
        town.item.original_deadline.isoformat()
    )
    history = page.inner_text("#history")
    assert "延期获批" in history and new.isoformat() in history and "同意，请按期完成" in history
    shoot(browser, page, "workspace-commitment-supervisor")
    page.close()


def test_the_commitment_page_and_the_queue_after_this_round_in_both_languages(
    town, browser, tmp_path
):
    """What the sixth round changed on the pages, walked as the clerk and the
    supervisor at desktop and phone width (``shoot``), in Chinese and in English:
    round target numbers, a refused report announced at the top with its files
    asked for again, history times, the request forms' headings and the queue's
    two reason boxes."""
    type(town.target).objects.filter(pk=town.target.pk).update(value=90, current_value=50)
    site, url = town_site(town), f"/workspace/commitments/{town.item.pk}/"

    page = browser.new_page(viewport=DESKTOP, locale="zh-CN")
    page.goto(site + url)
    log_in(page, "jingji")
    assert "90兆瓦" in page.inner_text("#targets") and "E+" not in page.content()
    page.locator("#acknowledge button[type=submit]").click()
    page.wait_for_load_state()
    stamp = timezone.localtime(type(town.item).objects.get(pk=town.item.pk).acknowledged_at)
    assert f"{stamp:%Y-%m-%d %H:%M}" in page.inner_text("#history")
    form = page.locator("#report-form")
    form.locator("input[name=report-percent]").fill("45")
    notes = tmp_path / "notes.txt"  # refused by the server: not an evidence file type
    notes.write_text("会议纪要")
    form.locator("input[name=report-evidence_files]").set_input_files(str(notes))
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    # The browser comes back at the refused form, its errors and the files to choose again
    # in view; the banner at the top links to it.
    assert page.url.endswith("#report-form")
    note = page.locator("#report-form p.error", has_text="所选的附件文件没有保存")
    box = note.bounding_box()
    assert box is not None and 0 <= box["y"] < DESKTOP["height"]
    assert page.locator("#failed a").get_attribute("href") == "#report-form"
    assert not ProgressReport.objects.exists()
    page.screenshot(path=str(ARTIFACTS / "round6-refused-report.png"), full_page=False)
    page.goto(site + url)
    shoot(browser, page, "round6-commitment-clerk")
    page.close()

    english = browser.new_page(viewport=DESKTOP, locale="en-US")
    english.goto(site + url)
    log_in(english, "jingji")
    assert "Request an extension" in english.inner_text("#extension summary")
    assert "Activity log" in english.inner_text("#history h2")
    english.screenshot(path=str(ARTIFACTS / "round6-commitment-clerk-en.png"), full_page=True)
    english.close()

    new = town.item.deadline + datetime.timedelta(days=30)
    workflow.request_extension(town.clerk, town.item, new, "设备到货推迟")
    for locale, approve, refuse in (
        ("zh-CN", "审核意见（可不填）", "驳回理由（必填）"),
        ("en-US", "Comment (optional)", "Reason for rejecting (required)"),
    ):
        queue = browser.new_page(viewport=DESKTOP, locale=locale)
        queue.goto(site + "/workspace/queue/")
        log_in(queue, "duban")
        card = queue.locator("article.request").first
        assert approve in card.locator(".approve_extension").inner_text()
        assert refuse in card.locator(".reject_extension").inner_text()
        shoot(browser, queue, f"round6-queue-{locale}")
        queue.close()


def in_view(page, locator) -> bool:
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    return box is not None and 0 <= box["y"] and box["y"] + box["height"] <= height


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_refusal_without_a_reason_comes_back_to_its_card_in_the_queue(town, browser, viewport):
    """驳回 with the reason box left empty: the queue again, at the card, its error
    beside the box and the text typed in the other box kept; nothing decided."""
    from tests import factories

    site = town_site(town)
    new = town.item.deadline + datetime.timedelta(days=45)
    # Older requests above it, so that the refused card is down the page.
    for number in (2, 3, 4):
        other = factories.commitment(
            town.lead, town.item.section, deadline=town.item.deadline, title=f"园区道路{number}期"
        )
        workflow.request_extension(town.clerk, other, new, "雨季施工受阻")
    pending = workflow.request_extension(town.clerk, town.item, new, "设备到货推迟一个月")

    page = browser.new_page(viewport=viewport, locale="zh-CN")
    page.goto(f"{site}/workspace/queue/")
    log_in(page, "duban")
    card = page.locator(f"#request-extension-{pending.pk}")
    card.locator(".approve_extension textarea").fill("请补充到货证明")
    card.locator("button[data-action=reject_extension]").click()
    page.wait_for_load_state()

    assert page.url == f"{site}/workspace/queue/#request-extension-{pending.pk}"
    assert "待审核的申请" in page.inner_text("h1")
    card = page.locator(f"#request-extension-{pending.pk}")
    error = card.locator("[data-field=reject_extension-reason] p.error")
    assert error.count() == 1 and in_view(page, error)
    assert card.locator(".approve_extension textarea").input_value() == "请补充到货证明"
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    name = "queue-refused-" + ("phone" if viewport is PHONE else "desktop")
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    pending.refresh_from_db()
    assert pending.state == "pending"

    card.locator(".reject_extension textarea").fill("到货证明不全")
    card.locator("button[data-action=reject_extension]").click()
    page.wait_for_load_state()
    assert "延期申请已驳回" in page.inner_text(".messages")
    pending.refresh_from_db()
    assert pending.state == "rejected" and pending.decision_reason == "到货证明不全"
    page.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_message_of_a_done_action_is_in_view_where_the_browser_lands(town, browser, viewport):
    """签收, a report (its form posts to ``#report-form``) and a decision on the page
    (to its card) each land at the top of the page, the message saying it is done
    in view, never scrolled past it."""
    site, url = town_site(town), f"/workspace/commitments/{town.item.pk}/"
    size = "phone" if viewport is PHONE else "desktop"
    page = browser.new_page(viewport=viewport, locale="zh-CN")
    page.goto(site + url)
    log_in(page, "jingji")
    page.locator("#acknowledge button[type=submit]").click()
    page.wait_for_load_state()
    assert page.url == site + url + "#top"
    assert "已签收" in page.inner_text(".messages") and in_view(page, page.locator(".messages"))
    page.screenshot(path=str(ARTIFACTS / f"acknowledged-{size}.png"))

    form = page.locator("#report-form")
    form.locator("select[name=report-status]").select_option("on_track")  # 未开始 is 0%
    form.locator("input[name=report-percent]").fill("30")
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    assert page.url == site + url + "#top"
    assert "进度已报送" in page.inner_text(".messages")
    assert in_view(page, page.locator(".messages"))
    page.close()

    new = town.item.deadline + datetime.timedelta(days=30)
    workflow.request_extension(town.clerk, town.item, new, "设备到货推迟")
    page = browser.new_page(viewport=viewport, locale="zh-CN")
    page.goto(site + url)
    log_in(page, "duban")
    page.locator("#requests button[data-action=approve_extension]").click()
    page.wait_for_load_state()
    assert page.url == site + url + "#top"
    assert "延期已批准" in page.inner_text(".messages")
    assert in_view(page, page.locator(".messages"))
    page.screenshot(path=str(ARTIFACTS / f"approved-on-the-page-{size}.png"))
    page.close()


def test_the_pages_read_as_english_at_desktop_and_phone_width(town, browser):
    """The commitment page (clerk and supervisor) and the queue in English: no
    Chinese punctuation after English words, the target's goal as a sentence, the
    history's import note translated; desktop and phone screenshots."""
    from commitments.models.workflow import IMPORTED_NOTE
    from commitments.services import supervision

    type(town.target).objects.filter(pk=town.target.pk).update(value=90, current_value=50)
    CommitmentEvent.objects.create(
        commitment=town.item, kind="imported", note=IMPORTED_NOTE % {"name": "工作安排.docx"}
    )
    supervision.update_commitment(
        town.item.pk, town.supervisor, {"co_owners": [town.co, town.outsider_dept]}
    )
    workflow.request_extension(
        town.clerk, town.item, town.item.deadline + datetime.timedelta(days=30), "设备到货推迟"
    )
    site, url = town_site(town), f"/workspace/commitments/{town.item.pk}/"
    for user, path, name in (
        ("jingji", url, "english-commitment-clerk"),
        ("duban", url, "english-commitment-supervisor"),
        ("duban", "/workspace/queue/", "english-queue"),
    ):
        for viewport, suffix in ((DESKTOP, ""), (PHONE, "-phone")):
            page = browser.new_page(viewport=viewport, locale="en-US", device_scale_factor=1)
            page.goto(site + path)
            log_in(page, user)
            text = page.inner_text("body")
            assert not re.findall(r"[A-Za-z)][：；、（）]", text), name
            assert "for month" not in text and "Language: 中文" in text
            if path == url:
                assert "Imported from 工作安排.docx" in page.inner_text("#history")
                if user == "jingji":
                    assert "Target: at least 90兆瓦" in page.inner_text("#report-form")
            assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
            page.screenshot(path=str(ARTIFACTS / f"{name}{suffix}.png"), full_page=True)
            page.close()


def test_the_top_bar_says_who_is_signed_in_at_phone_width(town, browser):
    """At 390 px the user's name and department stay in the top bar (shortened if
    need be), and an empty queue shows no "0" badge."""
    site = town_site(town)
    for user, path, name in (
        ("jingji", "/workspace/", "topbar-clerk"),
        ("duban", "/workspace/queue/", "topbar-supervisor"),
    ):
        for locale in ("zh-CN", "en-US"):
            page = browser.new_page(viewport=PHONE, locale=locale, device_scale_factor=2)
            page.goto(site + path)
            log_in(page, user)
            who = page.locator(".topbar .who")
            box = who.bounding_box()
            assert box is not None and box["width"] > 0 and box["height"] > 0, name
            assert 0 <= box["x"] and box["x"] + box["width"] <= PHONE["width"], name
            assert user in who.inner_text()
            assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
            if path.endswith("queue/"):
                assert page.locator("[data-count=pending]").count() == 0
            page.screenshot(
                path=str(ARTIFACTS / f"{name}-{locale}-phone.png"),
                clip={"x": 0, "y": 0, "width": PHONE["width"], "height": 300},
            )
            page.close()


def test_a_supervisor_on_a_phone_must_give_a_reason_and_confirm_to_cancel(town, browser):
    """取消 at 390 px: the browser asks for the reason and the tick before it posts; a
    reason of spaces comes back refused beside its box and the pledge stays open; with
    a reason and the tick it is cancelled, the reason kept in the history."""
    page = browser.new_page(viewport=PHONE, locale="zh-CN")
    page.goto(f"{town_site(town)}/workspace/commitments/{town.item.pk}/")
    log_in(page, "duban")
    url = page.url

    def cancel():
        return page.locator("details.block", has=page.locator("input[name=action][value=cancel]"))

    cancel().locator("summary").click()
    cancel().locator("button.danger").click()  # nothing typed, nothing ticked
    assert page.url == url and not page.evaluate(
        "document.querySelector('#id_cancel-reason').validity.valid"
    )
    cancel().locator("textarea[name=cancel-reason]").fill("   ")
    cancel().locator("input[name=cancel-confirm]").check()
    cancel().locator("button.danger").click()
    page.wait_for_load_state()
    assert "请填写取消理由" in page.inner_text("[data-field=cancel-reason]")
    assert type(town.item).objects.get(pk=town.item.pk).status != "cancelled"
    shoot(browser, page, "workspace-cancel-refused")

    cancel().locator("textarea[name=cancel-reason]").fill("并入其他事项")
    cancel().locator("input[name=cancel-confirm]").check()
    cancel().locator("button.danger").click()
    page.wait_for_load_state()
    assert "事项已取消" in page.inner_text(".messages")
    assert "并入其他事项" in page.inner_text("#history")
    assert type(town.item).objects.get(pk=town.item.pk).status == "cancelled"
    page.close()


def test_the_supervisors_pages_read_as_english(town, browser):
    """English, as a supervisor: the tab says what the heading and the top bar say, the
    plan's year in English brackets, the dashboard's section counts with English
    commas, a milestone example in English, and the list's filters capitalised."""
    from commitments.models import Plan

    Plan.objects.update(title="工作安排")  # a title without its year: str() adds it
    site = town_site(town)
    page = browser.new_page(viewport=DESKTOP, locale="en-US", device_scale_factor=1)
    page.goto(site + "/workspace/")
    log_in(page, "duban")
    brand = page.inner_text(".topbar .brand").strip()
    for path in ("/workspace/", "/workspace/queue/", "/dashboard/"):
        page.goto(site + path)
        heading, *_rest, suffix = page.title().split(" · ")
        assert suffix == brand, path
        assert page.inner_text("h1").startswith(heading), path
        assert not re.search(
            r"[，（）：；、]", page.inner_text(".sections" if "dash" in path else "h1")
        )
    page.goto(site + "/workspace/")
    assert (
        page.locator("label.check", has=page.locator("input[name=overdue]")).inner_text().strip()
        == "Overdue"
    )

    page.goto(f"{site}/workspace/commitments/{town.item.pk}/")
    year = town.item.plan.year
    assert page.inner_text("#source h2 .hint") == f"工作安排 ({year})"
    placeholder = page.get_attribute("textarea[name=correct-milestones]", "placeholder")
    assert placeholder and not re.search(r"[\u4e00-\u9fff]", placeholder), placeholder
    assert page.title().endswith(f" · {brand}")
    page.close()


def test_messages_name_the_commitment_and_supervisors_see_whether_the_plan_is_public(town, browser):
    """A done action's message says which pledge (the queue lists many); a supervisor's
    commitment page and dashboard say that the plan is not public yet, and once it
    is, link to its public page."""
    from commitments.models import Plan

    site, url = town_site(town), f"/workspace/commitments/{town.item.pk}/"
    page = browser.new_page(viewport=PHONE, locale="zh-CN")
    page.goto(site + url)
    log_in(page, "jingji")
    page.locator("#acknowledge button[type=submit]").click()
    page.wait_for_load_state()
    assert page.inner_text(".messages").strip() == f"已签收：〔{town.item.code}〕{town.item.title}"
    page.close()

    page = browser.new_page(viewport=DESKTOP, locale="zh-CN")
    page.goto(site + url)
    log_in(page, "duban")
    assert page.inner_text("#source [data-public=no]") == "未公开"
    assert "尚未公开" in page.text_content("[data-field=plan-public]")
    page.goto(site + "/dashboard/")
    assert page.inner_text("h1 [data-public=no]") == "未公开"

    Plan.objects.update(public=True)
    public = f"/public/plans/{town.item.plan_id}/"
    page.goto(site + "/dashboard/")
    assert page.get_attribute("h1 a[data-public=yes]", "href") == public
    page.goto(site + url)
    assert page.get_attribute("#source a[data-public=yes]", "href") == public
    assert page.locator("#source [data-public=no]").count() == 0
    shoot(browser, page, "workspace-commitment-public-link")
    assert page.goto(site + public).status == 200
    page.close()
