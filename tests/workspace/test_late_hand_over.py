"""A pledge handed to another lead after its deadline had passed (browser walk, MAJOR M1).

The walk: a supervisor gave an overdue pledge to another unit; a minute later it was red,
逾期8天, for the new lead, the former lead's 逾期 dropped to 0, and the form said nothing.
Now the correction form warns and asks for a new 完成时限 in the same submit (the old one
is kept only by ticking 保留原完成时限); a pledge handed over at its missed deadline keeps
its 逾期 counted against the lead when it passed (the scorecard, the summary API), the new
lead's page says 移交时已逾期，原…, and the history records it. The API keeps working
without new fields and says whom the overdue counts against (``overdue_lead``).
"""

from __future__ import annotations

import datetime

import pytest
from rest_framework.test import APIClient

from commitments.choices import EventKind, NotificationKind, Role
from commitments.models import Commitment, CommitmentEvent, Department
from commitments.reminders.items import load_items
from commitments.reminders.messages import why
from commitments.services.catalog import merge_department
from reports.rollups import department_rollups
from reports.scope import ReportScope
from tests import factories
from tests.clock import at, frozen
from tests.support.language import in_language
from tests.workspace.conftest import client_for
from tests.workspace.test_hand_over import assert_all_kept, town  # noqa: F401 (fixture)
from tests.workspace.test_pages import page_url, token
from tests.workspace.test_queue_owed import page, text_of

pytestmark = pytest.mark.django_db

NOW = "2026-12-07 10:00"
TODAY = datetime.date(2026, 12, 7)
MISSED = datetime.date(2026, 11, 29)  # 逾期8天 on the 7th


@pytest.fixture
def late(town):  # noqa: F811
    """The town's pledge, led by 水利站, past its deadline (29 November) on the 7th."""
    item, water, finance, supervisor = town
    Commitment.objects.filter(pk=item.pk).update(deadline=MISSED)
    item.refresh_from_db()
    return item, water, finance, supervisor


def overdue_by_unit(day: datetime.date = TODAY) -> dict[int, int]:
    return {
        line.department_id: line.overdue
        for line in department_rollups(ReportScope(day))
        if line.overdue
    }


def patch(user, item: Commitment, body: dict, when: str = NOW) -> dict:
    client = APIClient()
    client.force_login(user)
    with frozen(at(when)):
        response = client.patch(f"/api/v1/commitments/{item.pk}/", body, format="json")
    assert response.status_code == 200, response.content
    return response.data


def summary_overdue(user) -> dict[str, int]:
    client = APIClient()
    client.force_login(user)
    with frozen(at("2026-12-07 15:00")):
        response = client.get("/api/v1/reports/summary/")
    assert response.status_code == 200, response.content
    return {row["department"]: row["overdue"] for row in response.json()["departments"]}


def test_handed_over_at_its_missed_deadline_its_overdue_stays_the_former_leads(late):
    item, water, finance, supervisor = late
    assert overdue_by_unit() == {water.pk: 1}  # before: 水利站 missed it

    state = patch(supervisor, item, {"lead_owner": finance.pk})  # a script: no new fields

    item.refresh_from_db()
    assert (item.lead_owner, item.overdue_lead, item.deadline) == (finance, water, MISSED)
    # Still red and overdue (nothing was done about the deadline), but 水利站's overdue.
    assert overdue_by_unit() == {water.pk: 1}
    lines = {line.department_id: line for line in department_rollups(ReportScope(TODAY))}
    assert (lines[water.pk].due_approved, lines[finance.pk].due_approved) == (1, 0)
    assert summary_overdue(supervisor)[water.name] == 1
    assert summary_overdue(supervisor).get(finance.name, 0) == 0
    assert state["overdue_lead"] == {"id": water.pk, "name": water.name}
    assert state["light"] == "red"
    # The history says the hand-over was past the deadline, and whom it counts against.
    event = CommitmentEvent.objects.filter(commitment=item, kind=EventKind.EDITED).latest("pk")
    assert event.changes["overdue_lead"] == [
        None,
        {"id": water.pk, "name": water.name, "deadline": "2026-11-29", "days": 8},
    ]
    assert "overdue_lead" not in Commitment.objects.get(pk=item.pk).edited_fields
    # The new lead's page says it arrived overdue; the history in words.
    clerk = factories.user("caizheng", dept=finance)
    html = text_of(page(clerk, page_url(item), "2026-12-07 15:00"))
    assert f"移交时已逾期，原{water.name}" in html
    assert f"移交时已逾期：逾期8天（完成时限 2026-11-29），逾期仍计入{water.name}" in html
    english = text_of(page(clerk, page_url(item), "2026-12-07 15:00", language="en"))
    assert f"previously {water.name}" in english
    assert_all_kept()


def test_a_new_deadline_with_the_hand_over_leaves_nothing_overdue(late):
    item, water, finance, supervisor = late
    state = patch(supervisor, item, {"lead_owner": finance.pk, "deadline": "2026-12-31"})
    assert state["overdue_lead"] is None and state["light"] != "red"
    assert overdue_by_unit() == {}
    event = CommitmentEvent.objects.filter(commitment=item, kind=EventKind.EDITED).latest("pk")
    assert "overdue_lead" not in event.changes
    # Missed again later, it is the new lead's own.
    assert overdue_by_unit(datetime.date(2027, 1, 5))[finance.pk] == 1


def test_it_counts_against_the_lead_it_was_missed_by_until_a_new_deadline(late):
    item, water, finance, supervisor = late
    patch(supervisor, item, {"lead_owner": finance.pk})
    third = Department.objects.exclude(pk__in=[water.pk, finance.pk]).first()
    patch(supervisor, item, {"lead_owner": third.pk}, when="2026-12-08 10:00")
    item.refresh_from_db()
    assert item.overdue_lead == water  # passed on: 水利站 missed it, not 财政所
    assert overdue_by_unit(datetime.date(2026, 12, 8)) == {water.pk: 1}
    # A new deadline ends it (an extension, a correction): not overdue at all.
    patch(supervisor, item, {"deadline": "2026-12-20"}, when="2026-12-08 11:00")
    assert overdue_by_unit(datetime.date(2026, 12, 8)) == {}
    # Handed back to the unit that missed it: its own again.
    Commitment.objects.filter(pk=item.pk).update(deadline=MISSED)
    patch(supervisor, item, {"lead_owner": water.pk}, when="2026-12-09 10:00")
    item.refresh_from_db()
    assert item.overdue_lead is None
    assert overdue_by_unit(datetime.date(2026, 12, 9)) == {water.pk: 1}


def test_a_hand_over_before_the_deadline_is_the_new_leads_if_missed_later(town):  # noqa: F811
    item, water, finance, supervisor = town
    patch(supervisor, item, {"lead_owner": finance.pk})
    assert Commitment.objects.get(pk=item.pk).overdue_lead is None
    # (水利站's other pledge is overdue then too)
    assert overdue_by_unit(datetime.date(2027, 1, 5)) == {finance.pk: 1, water.pk: 1}


# --- The supervisor's page -------------------------------------------------------------


def correct(supervisor, item, language: str = "zh-hans", **fields):
    client = in_language(client_for(supervisor), language)
    with frozen(at(NOW)):
        html = client.get(page_url(item)).content.decode()
        data = {
            "action": "correct",
            "correct-form_token": token(html, "correct"),
            "correct-lead_owner": item.lead_owner_id,
            "correct-co_owners": [c.department_id for c in item.coownerships.all()],
            "correct-deadline": item.deadline.isoformat(),
            "correct-milestones": "",
            "correct-note": "",
        }
        data.update({f"correct-{k}": v for k, v in fields.items()})
        return html, client.post(page_url(item), data)


def test_the_form_warns_and_asks_for_a_new_deadline(late):
    item, water, finance, supervisor = late
    html, response = correct(supervisor, item, lead_owner=finance.pk, note="职能调整")
    said = text_of(html)
    assert "本事项已逾期8天（完成时限 2026-11-29）" in said
    assert f"逾期计入{water.name}" in said and "保留原完成时限 2026-11-29" in said

    assert response.status_code == 400  # nothing changed
    assert Commitment.objects.get(pk=item.pk).lead_owner == water
    refused = response.content.decode()
    assert "事项已逾期8天：更换牵头单位时，请填写今天（2026-12-07）或以后的完成时限" in refused
    # What was typed stays: the new lead chosen, the note.
    assert f'<option value="{finance.pk}" selected>' in refused
    assert "职能调整" in refused
    # A date still past is no new deadline either.
    _html, response = correct(supervisor, item, lead_owner=finance.pk, deadline="2026-12-01")
    assert response.status_code == 400


def test_the_old_deadline_is_kept_only_by_ticking_it(late):
    item, water, finance, supervisor = late
    _html, response = correct(
        supervisor, item, lead_owner=finance.pk, deadline="2026-12-31", keep_deadline="on"
    )
    assert response.status_code == 400
    assert "请二选一" in response.content.decode()

    _html, response = correct(supervisor, item, lead_owner=finance.pk, keep_deadline="on")
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.lead_owner, item.overdue_lead, item.deadline) == (finance, water, MISSED)
    assert overdue_by_unit() == {water.pk: 1}


def test_a_new_deadline_in_the_same_submit_hands_it_over_on_time(late):
    item, water, finance, supervisor = late
    _html, response = correct(supervisor, item, lead_owner=finance.pk, deadline="2026-12-31")
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.lead_owner, item.deadline) == (finance, datetime.date(2026, 12, 31))
    assert overdue_by_unit() == {}


def test_other_corrections_of_an_overdue_pledge_are_not_asked(late):
    item, water, finance, supervisor = late
    _html, response = correct(supervisor, item, note="只改说明", milestones="2026-11-20 选址")
    assert response.status_code == 302


def test_in_english(late):
    item, water, finance, supervisor = late
    html, response = correct(supervisor, item, language="en", lead_owner=finance.pk)
    assert "overdue by 8 days" in text_of(html)
    assert response.status_code == 400
    assert "Keep the old deadline" in response.content.decode()


def test_a_supervisor_of_all_sees_no_warning_on_a_pledge_on_time(town):  # noqa: F811
    item, water, finance, supervisor = town
    html = page(supervisor, page_url(item), "2026-12-07 15:00")
    assert 'data-field="late-hand-over"' not in html
    assert "keep_deadline" not in html
    assert factories.user("other", role=Role.SUPERVISOR)  # the town's own supervisor suffices


def test_the_overdue_digest_says_it_arrived_overdue(late):
    item, water, finance, supervisor = late
    patch(supervisor, item, {"lead_owner": finance.pk})
    with frozen(at("2026-12-08 09:30")):
        found = load_items([item.pk], datetime.date(2026, 12, 8))[item.pk]
    assert found["overdue_from"] == water.name and found["owner"] == finance.name
    said = why(NotificationKind.OVERDUE_DIGEST, found)
    assert said == f"逾期9天（移交时已逾期，原{water.name}）"
    # Given a new deadline and missed again, it is the new lead's own: nothing said.
    patch(supervisor, item, {"deadline": "2026-12-10"}, when="2026-12-08 10:00")
    with frozen(at("2026-12-12 09:30")):
        found = load_items([item.pk], datetime.date(2026, 12, 12))[item.pk]
    assert "overdue_from" not in found
    assert why(NotificationKind.OVERDUE_DIGEST, found) == "逾期2天"


def test_a_merge_of_the_unit_that_missed_it_moves_its_overdue_along(late):
    item, water, finance, supervisor = late
    patch(supervisor, item, {"lead_owner": finance.pk})
    unit = factories.department("农业农村办")
    merge_department(water, unit)
    item.refresh_from_db()
    assert item.overdue_lead == unit
    assert overdue_by_unit()[unit.pk] == 1 and finance.pk not in overdue_by_unit()


# --- The scorecard's 逾期 links and the overdue lists (walk16 M1) ----------------------


def test_the_scorecard_overdue_link_opens_what_it_counted(late):
    """walk16 M1: the former lead's 逾期 1 opened an empty list, the new lead's 逾期 0 a
    list that held the pledge; the overdue table and file named only the new lead."""
    import csv
    import html as html_lib
    import io
    import re

    item, water, finance, supervisor = late
    patch(supervisor, item, {"lead_owner": finance.pk})
    client = client_for(supervisor)
    with frozen(at("2026-12-07 15:00")):
        dashboard = client.get("/dashboard/").content.decode()
        links = dict(
            (int(dept), (html_lib.unescape(href), int(n)))
            for href, dept, n in re.findall(
                r'href="([^"]*department=(\d+)&amp;overdue=1)">(\d+)<', dashboard
            )
        )
        for unit, expected in ((water, 1), (finance, 0)):
            href, count = links[unit.pk]
            assert count == expected, unit.name
            listed = client.get(href).content.decode().split('id="items"', 1)[1]
            assert listed.count(f'data-code="{item.code}"') == expected, unit.name
        # The overdue table says it came overdue, and from whom.
        table = dashboard.split('id="overdue"', 1)[1].split("</section>", 1)[0]
        assert f"（移交时已逾期，原{water.name}）" in table
        response = client.get("/api/v1/reports/overdue/?format=csv")
    text = b"".join(response.streaming_content if response.streaming else [response.content])
    rows = list(csv.reader(io.StringIO(text.decode("utf-8-sig"))))
    assert [r for r in rows if r and r[0] == item.code][0][3] == (
        f"{finance.name}（移交时已逾期，原{water.name}）"
    )
