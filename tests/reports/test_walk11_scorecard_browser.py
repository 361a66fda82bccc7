"""Walk 11's scorecard in headless Chromium at 390 and 1280 px, Chinese and English: a
shared place says 并列 (Tied) beside its number — in the 排名 column at desktop width, beside
the department's name on a phone — a department whose only pledge was completed before its
deadline takes no place (不参与排名), and 按时报送 never exceeds 应报次数. Screenshots in
test-artifacts/walk11-scorecard-*.png."""

from __future__ import annotations

import datetime

import pytest

from commitments.choices import Status
from commitments.models import Commitment
from tests import factories
from tests.reports.seed import at
from tests.reports.test_browser import ARTIFACTS, TODAY, browser, seeded  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TIED = {"zh": "并列", "en": "Tied"}
UNRANKED = {"zh": "不参与排名", "en": "Not ranked"}


@pytest.mark.parametrize("language", ["zh-CN", "en"])
@pytest.mark.parametrize("width", [1280, 390])
def test_the_scorecard_says_tied_and_not_ranked(
    seeded,  # noqa: F811
    live_server,
    browser,  # noqa: F811
    language,
    width,
):
    ARTIFACTS.mkdir(exist_ok=True)
    section = seeded.items["c1"].section
    for name, number in (("甲办", 81), ("乙办", 82)):  # equal numbers: one shared place
        factories.commitment(factories.department(name), section, number=number)
    early = factories.commitment(
        factories.department("早办结办"),
        section,
        number=83,
        deadline=datetime.date(2024, 12, 31),
        status=Status.COMPLETED,
        percent=100,
        completed_at=at(datetime.date(2024, 7, 2)),
    )
    Commitment.objects.filter(pk=early.pk).update(created_at=at(TODAY))
    lang = language[:2]
    page = browser.new_page(viewport={"width": width, "height": 900}, locale=language)
    target = f"/dashboard/?plan={seeded.plan.pk}&date={TODAY.isoformat()}"
    page.goto(live_server.url + target)
    page.fill("#id_username", "duban")
    page.fill("#id_password", "pw-for-tests-1")
    page.click("button[type=submit]")
    page.wait_for_url(f"**{target}")

    where = "td[data-field=rank]" if width > 767 else "th[data-field=department] .rank-inline"
    for name in ("甲办", "乙办"):
        place = page.locator(f"tr[data-department='{name}'] {where}")
        assert place.is_visible()
        assert "".join(place.inner_text().split()) == f"4{TIED[lang]}", name
        assert place.locator("small.tied").is_visible(), name
    for name in ("经济发展办", "农业农村办"):
        place = page.locator(f"tr[data-department='{name}'] {where}")
        assert TIED[lang] not in place.inner_text(), name
    row = page.locator("tr[data-department='早办结办']")
    assert UNRANKED[lang] in row.inner_text()
    assert row.get_attribute("data-rank") == ""
    for line in page.locator("#departments tbody tr").all():
        due = line.locator("[data-field=reports_due]").inner_text()
        on_time = line.locator("[data-field=reports_on_time]").inner_text()
        if width > 767:
            assert int(on_time) <= int(due)
    page.locator("tr[data-department='早办结办']").scroll_into_view_if_needed()
    page.locator("#departments").screenshot(
        path=str(ARTIFACTS / f"walk11-scorecard-{width}-{lang}.png")
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.close()


#: The place's box and the first character of the name: where the name starts against it.
_GAP = """tr => {
    const th = tr.querySelector('th[data-field=department]');
    const place = th.querySelector('.rank-inline').getBoundingClientRect();
    const text = [...th.childNodes].find(n => n.nodeType === 3 && n.textContent.trim());
    const r = document.createRange();
    const at = text.textContent.search(/\\S/);
    r.setStart(text, at); r.setEnd(text, at + 1);
    const first = r.getBoundingClientRect();
    return {below: first.top - place.bottom, left: first.left - place.left, text: th.innerText};
}"""


@pytest.mark.parametrize("language", ["zh-CN", "en"])
def test_on_a_phone_a_tied_place_keeps_apart_from_the_name_whatever_its_length(
    seeded,  # noqa: F811
    live_server,
    browser,  # noqa: F811
    language,
):
    """walk12b m5: at 390 px one tied row put its name on a line of its own, the next ones
    ran together as "1Tied文化站". Every row now reads alike: the place on its line, the
    name under it, whatever the name's length."""
    section = seeded.items["c1"].section
    names = ["站", "文化站", "应急管理办公室", "平安建设办公室（综治中心）"]
    for number, name in enumerate(names, start=91):  # equal numbers: one shared place
        factories.commitment(factories.department(name), section, number=number)
    lang = language[:2]
    page = browser.new_page(viewport={"width": 390, "height": 900}, locale=language)
    target = f"/dashboard/?plan={seeded.plan.pk}&date={TODAY.isoformat()}"
    page.goto(live_server.url + target)
    page.fill("#id_username", "duban")
    page.fill("#id_password", "pw-for-tests-1")
    page.click("button[type=submit]")
    page.wait_for_url(f"**{target}")
    for name in names:
        row = page.locator(f"tr[data-department='{name}']")
        seen = row.evaluate(_GAP)
        assert f"{TIED[lang]}\n{name}" in seen["text"], seen
        assert seen["below"] >= -1 and abs(seen["left"]) < 2, (name, seen)
    page.locator("tr[data-department='站']").scroll_into_view_if_needed()
    page.locator("#departments").screenshot(path=str(ARTIFACTS / f"walk12b-tied-390-{lang}.png"))
    page.close()
