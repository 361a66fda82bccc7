"""Walk 7 (testers' browser walks, both roles): a clerk's own request cards said less
than the supervisor's, the source excerpt ran into the next speech, the list did not
say a request waits, and a few words read wrong in English."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from commitments.models import Commitment, Plan
from commitments.services import workflow
from tests.support.language import in_language
from tests.workspace.conftest import client_for
from tests.workspace.test_pages import page_url
from tests.workspace.test_walk6_fixes import QUEUE


def text_of(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def card(html: str, kind: str, pk: int) -> str:
    return html.split(f'id="request-{kind}-{pk}"', 1)[1].split("</article>", 1)[0]


def pledge_page(town, user=None, language: str = "zh-hans") -> str:
    client = client_for(user or town.clerk)
    return in_language(client, language).get(page_url(town.item)).content.decode()


def queue(town, language: str = "zh-hans") -> str:
    return in_language(client_for(town.supervisor), language).get(QUEUE).content.decode()


class TestTheLeadsClosureCardSaysShortOfDone:
    def test_the_leads_own_pending_card_has_the_light_and_the_mark_the_queue_has(self, town):
        town.both_report("on_track", 70)
        request = workflow.request_closure(town.clerk, town.item, "已完成。")
        mine = card(pledge_page(town), "closure", request.pk)
        theirs = card(queue(town), "closure", request.pk)
        for shown in (mine, theirs):
            light = shown.split('data-light="', 1)[1].split('"', 1)[0]
            assert light in ("red", "yellow", "green")
            mark = shown.split('data-field="short-of-done"', 1)[1].split("</span>", 1)[0]
            assert "未达100%" in mark
            assert "完成 70%" in text_of(shown)

    def test_an_at_risk_report_is_marked_with_its_status_on_the_leads_card(self, town):
        town.both_report("at_risk", 100)
        request = workflow.request_closure(town.clerk, town.item, "已完成。")
        mine = card(pledge_page(town), "closure", request.pk)
        mark = mine.split('data-field="short-of-done"', 1)[1].split("</span>", 1)[0]
        assert "存在风险" in mark and "未达100%" not in mark

    def test_finished_work_has_the_light_and_no_mark_on_the_leads_card(self, town):
        town.both_report("on_track", 100)
        request = workflow.request_closure(town.clerk, town.item, "已完成。")
        mine = card(pledge_page(town), "closure", request.pk)
        assert 'data-light="' in mine and 'data-field="short-of-done"' not in mine

    def test_the_mark_reads_in_english_on_the_leads_card(self, town):
        town.both_report("on_track", 70)
        request = workflow.request_closure(town.clerk, town.item, "Done.")
        mine = card(pledge_page(town, language="en"), "closure", request.pk)
        assert "Below 100%" in mine
        assert re.search(r"(Red|Yellow|Green) light", mine)


class TestExtensionCardsShowTheLightAndProgress:
    def test_the_leads_and_the_supervisors_cards_show_light_and_latest_progress(self, town):
        town.both_report("on_track", 70)
        later = town.item.deadline + datetime.timedelta(days=30)
        request = workflow.request_extension(town.clerk, town.item, later, "设备到货延迟")
        day = timezone.localdate().isoformat()
        for html in (pledge_page(town), queue(town), pledge_page(town, town.supervisor)):
            shown = card(html, "extension", request.pk)
            assert re.search(r'data-light="(red|yellow|green)"', shown)
            assert f"正常推进，完成 70%（经济发展办 {day} 报送）" in text_of(shown)
            assert 'data-field="short-of-done"' not in shown  # a closure's mark only
            assert f"延至 {later:%Y-%m-%d}" in text_of(shown)

    def test_an_unreported_lead_is_said_on_the_extension_card(self, town):
        later = town.item.deadline + datetime.timedelta(days=30)
        request = workflow.request_extension(town.clerk, town.item, later, "设备到货延迟")
        shown = card(queue(town), "extension", request.pk)
        assert "牵头单位经济发展办本身尚未报送进度" in text_of(shown)


class TestTheExcerptStaysInItsSpeech:
    def test_the_last_pledge_of_a_speech_is_not_followed_by_the_next_speech(self, town):
        """The sample holds two speeches; the plan is the first. Its last pledge's
        context ends with the speech (…谢谢大家!), not in the second one's title."""
        raw = (Path(settings.BASE_DIR) / "samples" / "town-speeches-2024.txt").read_text()
        start = raw.index("全面落实优化营商环境条例")
        end = raw.index("坚强保障。", start) + len("坚强保障。")
        Plan.objects.filter(pk=town.item.plan_id).update(
            source_text=raw,
            source_name="town-speeches-2024.txt",
            source_sha256="walk7",
            document_index=0,
        )
        Commitment.objects.filter(pk=town.item.pk).update(source_start=start, source_end=end)
        html = pledge_page(town)
        quote = html.split('<blockquote class="source">', 1)[1].split("</blockquote>", 1)[0]
        after = quote.split("</mark>", 1)[1]
        assert after.rstrip().endswith("谢谢大家!")
        assert "镇长经济工作会议讲话" not in after and "…" not in after
        assert "全面落实优化营商环境条例" in quote.split("<mark>", 1)[1]

    def test_the_second_speechs_pledge_starts_its_context_at_its_own_speech(self, town):
        raw = "镇长讲话甲\n同志们:\n一、2024年工作安排\n(一)发展产业\n新建大棚10栋。\n谢谢大家!\n"
        raw += "镇长讲话乙\n同志们:\n一、2025年工作安排\n(一)改善民生\n新修道路5公里。\n谢谢大家!\n"
        start = raw.index("新修道路")
        end = raw.index("5公里。") + len("5公里。")
        Plan.objects.filter(pk=town.item.plan_id).update(
            source_text=raw, source_name="two.txt", source_sha256="walk7-two", document_index=1
        )
        Commitment.objects.filter(pk=town.item.pk).update(source_start=start, source_end=end)
        quote = pledge_page(town).split('<blockquote class="source">', 1)[1]
        before = quote.split("<mark>", 1)[0]
        assert "新建大棚" not in before and "镇长讲话甲" not in before


class TestTheListSaysARequestWaits:
    def row(self, town, user=None, language: str = "zh-hans") -> str:
        body = in_language(client_for(user or town.clerk), language).get("/workspace/")
        html = body.content.decode()
        return html.split(f'data-id="{town.item.pk}"', 1)[1].split("</li>", 1)[0]

    def test_a_pending_extension_or_closure_is_tagged_until_decided(self, town):
        assert 'data-field="pending"' not in self.row(town)
        later = town.item.deadline + datetime.timedelta(days=30)
        request = workflow.request_extension(town.clerk, town.item, later, "设备到货延迟")
        tag = self.row(town).split('data-field="pending"', 1)[1].split("</small>", 1)[0]
        assert "待审核" in tag
        assert "Pending review" in self.row(town, language="en")
        assert 'data-field="pending"' in self.row(town, town.supervisor)
        workflow.approve_extension(town.supervisor, request, "同意")
        assert 'data-field="pending"' not in self.row(town)
        town.both_report("on_track", 100)
        workflow.request_closure(town.clerk, town.item, "已完成。")
        assert 'data-field="pending"' in self.row(town)


class TestWords:
    def test_the_header_says_expected_progress_once(self, town):
        town.both_report("on_track", 10)
        head = pledge_page(town).split('id="summary"', 1)[1].split("</section>", 1)[0]
        assert text_of(head).count("序时应达") == 1

    def test_english_progress_of_an_unreported_lead_says_the_lead_department(self, town):
        html = in_language(client_for(town.clerk), "en").get("/workspace/")
        body = html.content.decode()
        assert "no report from the lead department yet" in body
        assert "a lead department" not in body

    def test_dates_are_kept_whole(self, town):
        later = town.item.deadline + datetime.timedelta(days=30)
        workflow.request_extension(town.clerk, town.item, later, "设备到货延迟")
        body = queue(town, "en")
        assert f'<span class="date">{later:%Y-%m-%d}</span>' in body
        css = (Path(settings.BASE_DIR) / "workspace/static/workspace/workspace.css").read_text()
        assert re.search(r"\.date \{ white-space: nowrap; \}", css)

    def test_the_statistics_date_has_one_name_in_english(self, town):
        body = in_language(client_for(town.supervisor), "en").get("/dashboard/")
        html = body.content.decode()
        assert "Statistics date" in html and "Report date" not in html


class TestEnglishHistoryHasNoChinesePunctuation:
    def test_an_accepted_carry_over_reads_with_ascii_brackets_in_english(self, town):
        from commitments.choices import EventKind
        from commitments.models import CommitmentEvent

        CommitmentEvent.objects.create(
            commitment=town.item,
            kind=EventKind.EDITED,
            actor=town.supervisor,
            changes={"predecessor": [None, "2025-01-03（2025）"]},
        )
        history = pledge_page(town, language="en").split('id="history"', 1)[1]
        assert "2025-01-03 (2025)" in text_of(history)
        assert "（2025）" not in history
        chinese = pledge_page(town).split('id="history"', 1)[1]
        assert "2025-01-03（2025）" in text_of(chinese)
