"""Walk 12a, m3: each pledge an overdue e-mail lists gives its last report (date,
percent) or, when none came, 尚未报送 (SPEC §5), in the text and the HTML alike."""

from __future__ import annotations

import datetime

import pytest

from commitments.choices import Role
from tests import factories
from tests.reminders.scenario import MONDAY
from tests.reminders.test_digest import mail, received, send, town  # noqa: F401 (fixtures)
from tests.reports.seed import file_report

pytestmark = [pytest.mark.django_db, pytest.mark.smtp]

SUP = "sup-econ@town.test"


def _block(body: str, title: str, titles: list[str]) -> str:
    """What an e-mail says of one pledge: from its title to the next pledge's or the
    end of its section (……另有, the footer)."""
    after = body.split(title, 1)[1]
    ends = [after.find(t) for t in titles if t != title] + [after.find("……"), after.find("——")]
    return after[: min([e for e in ends if e >= 0] or [len(after)])]


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_each_overdue_pledge_gives_its_last_report_or_none(town, mail, settings, language):  # noqa: F811
    settings.EMAIL_LANGUAGE = language
    clerk = factories.user(role=Role.ADMIN)
    econ = town["经济发展办公室"]  # the supervisor's digest: 5 of them, 4 listed
    culture = town["文化站"]
    reported = {
        econ[1].title: (datetime.date(2024, 5, 20), 35),
        culture[0].title: (MONDAY - datetime.timedelta(days=3), 80),
    }
    for item in (econ[1], culture[0]):
        day, percent = reported[item.title]
        file_report(item, item.lead_owner, clerk, period=f"{day:%Y-%m}", filed=day, percent=percent)
    send()
    text, html = received(mail, SUP)
    none = "尚未报送" if language == "zh-hans" else "No report yet"
    said = "最近报送：{}，完成{}%" if language == "zh-hans" else "Latest report: {}, {}% done"
    listed = [c for c in (*econ, *culture) if c.title in text]
    assert len(listed) >= 4
    for body in (text, html):
        for item in listed:
            block = _block(body, item.title, [c.title for c in listed])
            if item.title in reported:
                day, percent = reported[item.title]
                assert said.format(f"{day} 10:00", percent) in block, item.title
                assert none not in block
            else:
                assert none in block, item.title
