"""The dashboard in a real headless Chromium, as a supervisor sees it.

Chromium comes from Debian's packages (``tests/tools/ensure-chromium``, run by
``make test``) and is driven by the Python ``playwright`` package. Without
the browser the test is skipped locally and FAILS under ``CI=true``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.conf import settings

from reports import export_jobs
from reports.models import ExportJob
from tests.conftest import IN_CI
from tests.reports.seed import TODAY, seed_plan

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def browser():
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: run tests/tools/ensure-chromium"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message + " (allowed outside CI only)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield ChoosingBrowser(chromium)
        chromium.close()


class ChoosingBrowser:
    """The browser, whose ``new_page(locale="en-…")`` is an English-speaking user who chose
    English with the switcher (the language cookie): pages follow that choice, not the
    browser's Accept-Language (tracker.language). ``new_context`` is the browser as it
    is (an English browser that chose nothing gets Chinese pages)."""

    def __init__(self, chromium) -> None:
        self._chromium = chromium

    def __getattr__(self, name: str):
        return getattr(self._chromium, name)

    def new_page(self, **options):
        locale = options.get("locale") or ""
        if not locale.startswith("en"):
            return self._chromium.new_page(**options)
        context = self._chromium.new_context(**options)
        context.add_cookies(
            [
                {"name": "django_language", "value": "en", "domain": host, "path": "/"}
                for host in ("localhost", "127.0.0.1")
            ]
        )
        page = context.new_page()
        return page


@pytest.fixture
def seeded(transactional_db, monkeypatch):
    # Playwright's sync API keeps an event loop in this thread; the ORM work
    # happens before and after the browser runs, never concurrently.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    return seed_plan()


def text(page, selector: str) -> str:
    return page.locator(selector).first.inner_text().strip()


def test_it_shows_a_supervisor_the_plan_at_a_glance(seeded, live_server, browser):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    target = f"/dashboard/?plan={seeded.plan.pk}&date={TODAY.isoformat()}"
    page.goto(live_server.url + target)

    # Not logged in: the login form, then back to the page asked for.
    assert "/accounts/login/" in page.url
    page.fill("#id_username", "duban")
    page.fill("#id_password", "pw-for-tests-1")
    page.click("button[type=submit]")
    page.wait_for_url(f"**{target}")
    assert "督查通报" in page.title()

    assert text(page, "[data-kpi=commitments]") == "7"
    assert text(page, "[data-kpi=completed]") == "2"
    assert text(page, "[data-kpi=overdue]") == "2"
    assert text(page, "[data-kpi=progress]") == "51.4%"
    # the lights of open pledges only (SPEC §2, walk 10 m4): red + yellow + green + 已办结 = 7
    assert [text(page, f"[data-kpi={c}]") for c in ("red", "yellow", "green")] == ["2", "2", "1"]

    assert [text(page, f"[data-section='{n}'] [data-field=progress]") for n in (1, 2, 3)] == [
        "60.0%",
        "36.7%",
        "65.0%",
    ]
    width = page.eval_on_selector(
        "[data-section='2'] .bar span",
        "e => e.getBoundingClientRect().width / e.parentElement.getBoundingClientRect().width",
    )
    assert width == pytest.approx(0.367, abs=0.01)

    economy = "tr[data-department='经济发展办']"
    assert text(page, f"{economy} [data-field=owned]") == "3"
    assert text(page, f"{economy} [data-field=overdue]") == "1"
    assert text(page, f"{economy} [data-field=rank]") == "1"
    assert text(page, f"{economy} [data-field=reports_missing]") == "13"
    assert text(page, f"{economy} [data-field=report_on_time_rate]") == "11.8"
    assert text(page, f"{economy} [data-field=avg_days_late]") == "2.0"
    assert text(page, f"{economy} [data-field=on_time_rate_original]") == "0.0"
    assert text(page, f"{economy} [data-field=on_time_rate_approved]") == "50.0"

    assert text(page, "[data-field=overdue-count]") == "2"
    assert page.locator("#overdue tbody tr").evaluate_all(
        "rows => rows.map(r => [r.dataset.code, "
        "r.querySelector('[data-field=days_overdue]').innerText])"
    ) == [["2024-03-01", "40"], ["2024-01-01", "10"]]

    rows = page.locator("#chart tr[data-period]")
    assert rows.evaluate_all(
        "trs => trs.map(t => [t.dataset.period, t.dataset.onTime, t.dataset.late])"
    ) == [["2024-04", "1", "1"], ["2024-05", "1", "1"], ["2024-06", "2", "2"]]
    # Apache ECharts (served by the app) draws the three charts as SVG.
    page.wait_for_selector("#chart-months[data-rendered=true] svg")
    assert page.evaluate("typeof window.echarts.init") == "function"
    for chart in ("sections", "departments", "months"):
        assert page.locator(f"#chart-{chart} svg path").count() > 3, chart

    # Every count opens the list it counts; each red or yellow item says why.
    assert page.locator("#attention tbody tr[data-light]").count() == 4
    assert "逾期10天" in page.inner_text("#attention tr[data-code='2024-01-01']")
    page.click("[data-kpi=red]")
    page.wait_for_url("**/workspace/?*light=red*")
    assert page.locator("#items li.item").count() == 2
    assert "共 2 项" in page.inner_text("#items h2")
    assert "逾期" in page.inner_text("#items li.item [data-field=reason]")
    page.screenshot(path=str(ARTIFACTS / "workspace-list-red.png"), full_page=True)
    page.go_back()

    # The stylesheet is served by the app itself (no CDN).
    colour = page.eval_on_selector(".topbar", "e => getComputedStyle(e).backgroundColor")
    assert colour == "rgb(26, 86, 176)"
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)

    # Readable on a phone: nothing wider than the screen but the scrolling tables.
    phone = browser.new_page(
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        storage_state=page.context.storage_state(),
    )
    phone.goto(live_server.url + target)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert text(phone, "[data-kpi=overdue]") == "2"
    phone.screenshot(path=str(ARTIFACTS / "dashboard-phone.png"), full_page=True)
    assert os.path.getsize(ARTIFACTS / "dashboard.png") > 10_000


# The 后台导出 list: a queued export's row follows the job (state, progress) without a
# reload and offers its file once done.
def test_a_running_export_is_followed_and_downloaded(
    seeded, live_server, browser, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    job = ExportJob.objects.create(
        owner=seeded.supervisor,
        report="ledger",
        format="xlsx",
        params={"plan": seeded.plan.pk, "date": TODAY.isoformat()},
    )
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    target = f"/dashboard/?plan={seeded.plan.pk}&date={TODAY.isoformat()}"
    page.goto(live_server.url + target)
    page.fill("#id_username", "duban")
    page.fill("#id_password", "pw-for-tests-1")
    page.click("button[type=submit]")
    page.wait_for_url(f"**{target}")

    row = f"tr[data-export='{job.pk}']"
    assert text(page, f"{row} [data-field=state]") == "排队中"
    assert page.locator(f"{row} [data-field=download] a").count() == 0

    assert export_jobs.run(job.pk) == "done"  # what the worker does meanwhile
    page.wait_for_selector(f"{row} [data-field=download] a", timeout=15_000)
    assert text(page, f"{row} [data-field=state]") == "已完成"
    assert text(page, f"{row} [data-field=progress]") == "100% (8/8)"

    with page.expect_download() as download:
        page.click(f"{row} [data-field=download] a")
    assert download.value.suggested_filename == (
        f"督办台账-2024年计划{seeded.plan.pk}号-2024年工作安排-2024-07-10.xlsx"
    )


def test_a_supervisor_reads_the_dashboard_on_a_phone(seeded, live_server, browser):
    """At 390 px the red/yellow and overdue lists are one card per item (the name on a
    line of its own, the reason whole), and the scorecard scrolls inside its card with
    the department fixed on the left; the page itself never scrolls sideways."""
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 390, "height": 844}, locale="zh-CN")
    target = f"/dashboard/?plan={seeded.plan.pk}&date={TODAY.isoformat()}"
    page.goto(live_server.url + target)
    page.fill("#id_username", "duban")
    page.fill("#id_password", "pw-for-tests-1")
    page.click("button[type=submit]")
    page.wait_for_url(f"**{target}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    box = "e => { const r = e.getBoundingClientRect(); return [r.left, r.right, r.width]; }"
    for section in ("attention", "overdue"):
        for cell in page.locator(f"#{section} tbody tr[data-code] [data-field=title]").all():
            left, right, width = cell.evaluate(box)
            assert width > 300 and right <= 390, (section, cell.inner_text(), width)
    for cell in page.locator("#attention tbody [data-field=reason]").all():
        assert cell.evaluate(box)[1] <= 390, cell.inner_text()
    scroller = "#attention .scroll"
    assert page.eval_on_selector(scroller, "e => e.scrollWidth <= e.clientWidth")

    card = page.locator("#departments .scorecard")
    assert card.evaluate("e => e.scrollWidth > e.clientWidth")  # it scrolls, not the page
    assert page.locator("#departments .swipe-hint").is_visible()
    first = page.locator("#departments tbody tr").first
    rank = first.get_attribute("data-rank")
    assert first.locator("th[data-field=department]").inner_text().startswith(rank)
    card.evaluate("e => { e.scrollLeft = e.scrollWidth; }")
    page.wait_for_timeout(100)
    name_left = first.locator("th[data-field=department]").evaluate(box)[0]
    assert name_left == pytest.approx(card.evaluate(box)[0], abs=1)  # still in view
    last = page.locator("#departments thead th[data-field=on_time_rate_approved]")
    assert last.evaluate(box)[1] <= card.evaluate(box)[1] + 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(ARTIFACTS / "dashboard-phone-cards.png"), full_page=True)
