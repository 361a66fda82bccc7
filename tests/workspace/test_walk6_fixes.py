"""Walk 6 (a tester who had not read the code): the supervisor's queue page."""

from __future__ import annotations

from commitments.services import workflow
from tests.support.language import in_language
from tests.workspace.conftest import client_for

QUEUE = "/workspace/queue/"


def closure_card(town) -> str:
    request = workflow.request_closure(town.clerk, town.item, "已完成。")
    body = client_for(town.supervisor).get(QUEUE).content.decode()
    return body.split(f'id="request-closure-{request.pk}"', 1)[1].split("</article>", 1)[0]


class TestClosureCardSaysShortOfDone:
    def test_a_request_below_100_shows_the_light_and_an_amber_mark(self, town):
        town.both_report("on_track", 70)
        card = closure_card(town)
        light = card.split('data-light="', 1)[1].split('"', 1)[0]
        assert light in ("red", "yellow", "green")
        assert {"red": "红灯", "yellow": "黄灯", "green": "绿灯"}[light] in card
        mark = card.split('data-field="short-of-done"', 1)[1].split("</span>", 1)[0]
        assert "未达100%" in mark
        assert "70%" in card  # the progress line is still there

    def test_a_request_at_risk_is_marked_with_its_status(self, town):
        town.both_report("at_risk", 100)
        card = closure_card(town)
        mark = card.split('data-field="short-of-done"', 1)[1].split("</span>", 1)[0]
        assert "存在风险" in mark and "未达100%" not in mark

    def test_finished_work_has_the_light_but_no_mark(self, town):
        town.both_report("on_track", 100)
        card = closure_card(town)
        assert 'data-light="' in card
        assert 'data-field="short-of-done"' not in card

    def test_the_mark_reads_in_english(self, town):
        town.both_report("on_track", 70)
        request = workflow.request_closure(town.clerk, town.item, "Done.")
        client = client_for(town.supervisor)
        body = in_language(client, "en").get(QUEUE).content.decode()
        card = body.split(f'id="request-closure-{request.pk}"', 1)[1].split("</article>", 1)[0]
        assert "Below 100%" in card


class TestUnreportedTableSaysLeadsOnly:
    def test_the_heading_says_co_owners_are_not_counted(self, town):
        body = client_for(town.supervisor).get(QUEUE).content.decode()
        table = body.split('id="unreported"', 1)[1].split("</table>", 1)[0]
        assert "牵头单位（不含配合单位）" in table
