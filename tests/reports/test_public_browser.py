"""The public promise meter in headless Chromium, at phone and desktop width,
as a resident sees it: no login, statuses and targets readable at a glance."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.utils import timezone

from commitments.models import Commitment, Target
from tests import factories
from tests.reports.test_browser import ARTIFACTS, browser  # noqa: F401 - the fixture

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def published(transactional_db, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    cache.clear()
    today = timezone.localdate()
    plan = factories.plan(year=today.year, title=f"青山镇{today.year}年民生实事", public=True)
    roads = factories.section(plan, 1, "一、基础设施")
    people = factories.section(plan, 2, "二、民生保障")
    transport = factories.department("交通运输所")
    social = factories.department("社会事务办公室")
    road = factories.commitment(
        transport,
        roads,
        code=f"{today.year}-01-01",
        title="改造农村公路12公里",
        text="改造提升农村公路12公里，年底前完工。",
        status="on_track",
        percent=40,
        public_note="已完成路基施工7公里。",
    )
    Target.objects.create(
        commitment=road,
        metric="改造农村公路",
        value=Decimal(12),
        unit="公里",
        current_value=Decimal(7),
        current_as_of=today,
    )
    factories.commitment(
        transport,
        roads,
        code=f"{today.year}-01-02",
        title="新建停车场1处",
        text="新建镇区公共停车场1处。",
        deadline=today - datetime.timedelta(days=5),
        status="delayed",
    )
    factories.commitment(
        social,
        people,
        code=f"{today.year}-02-01",
        title="新增公益性岗位40个",
        text="新增城乡公益性岗位40个。",
        status="completed",
        percent=100,
        completed_at=timezone.now(),
    )
    yield plan
    cache.clear()


@pytest.mark.parametrize("width", [390, 1280])
def test_a_resident_reads_the_meter_without_logging_in(published, live_server, browser, width):  # noqa: F811
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": width, "height": 900}, locale="zh-CN")
    response = page.goto(f"{live_server.url}/public/plans/{published.pk}/")
    assert response is not None and response.status == 200
    assert "/accounts/login/" not in page.url
    assert "承诺兑现公示" in page.title()
    assert page.locator("h2#summary").inner_text().strip() == "共 3 项承诺"
    badges = page.locator(".pledge .badge").all_inner_texts()
    assert badges == ["推进中", "逾期", "已完成"]
    assert "当前 7公里" in page.locator(".targets").first.inner_text()
    assert "已完成路基施工7公里。" in page.locator(".note").first.inner_text()
    no_scroll = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert no_scroll, "the page must fit the screen without sideways scrolling"
    page.screenshot(path=str(ARTIFACTS / f"public-meter-{width}.png"), full_page=True)

    Commitment.objects.filter(plan=published).update(status="on_track")  # inside, later
    page.goto(f"{live_server.url}/public/plans/{published.pk}/embed/")
    assert "共 3 项" in page.locator(".embed-card").inner_text()


def test_on_a_phone_every_column_is_reachable_and_the_first_stays_in_view(
    published,
    live_server,
    browser,  # noqa: F811
):
    page = browser.new_page(viewport={"width": 390, "height": 900}, locale="zh-CN")
    page.goto(f"{live_server.url}/public/plans/{published.pk}/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.locator(".swipe-hint").first.is_visible()
    for table in page.locator(".scroll").all():
        table.evaluate("el => { el.scrollLeft = el.scrollWidth; }")
        last = table.locator("thead th").last.bounding_box()
        first = table.locator("tbody tr td").first.bounding_box()
        assert last is not None and last["x"] + last["width"] <= 390 + 1  # the 已取消 column
        assert first is not None and 0 <= first["x"] < 40  # the unit's name did not scroll away
    page.close()


def test_the_page_says_when_it_was_updated_and_how_often(published, client):
    cache.clear()
    body = client.get(f"/public/plans/{published.pk}/").content.decode()
    now = timezone.localtime()
    assert f"更新于 {now:%Y-%m-%d}" in body
    assert "（每 5 分钟刷新一次，新报送的进展稍后显示）" in body
    feed = client.get(f"/public/plans/{published.pk}.json").json()
    assert "built_at" not in feed and "updated" not in str(feed.keys())


def test_a_shared_cache_keeps_the_languages_apart(published, client):
    """The page's language is the visitor's cookie (``?lang=`` sets it): a cache in front of
    the site must key on the cookie, or a visitor who chose English is served the Chinese page
    someone else fetched first, and the other way round."""
    cache.clear()
    url = f"/public/plans/{published.pk}/"
    chinese = client.get(url)
    client.get(url + "?lang=en")  # sets the language cookie
    english = client.get(url)
    assert "民生实事" in chinese.content.decode() and "完成" in chinese.content.decode()
    assert chinese.content != english.content
    for response in (chinese, english):
        assert "public" in response["Cache-Control"]
        varies = {v.strip().lower() for v in response["Vary"].split(",")}
        assert {"cookie", "accept-language"} <= varies, response["Vary"]
