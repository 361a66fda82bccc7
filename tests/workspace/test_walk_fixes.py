"""Findings of a browser walk (clerk, co-owner clerk, supervisor, admin) via the test client."""

from __future__ import annotations

import datetime
import re
from html.parser import HTMLParser

from django.utils import timezone

from commitments.choices import Role
from commitments.services import workflow
from tests import factories
from tests.workspace.conftest import client_for


class _Form(HTMLParser):
    """The named controls of the page's filter form and what submitting it sends."""

    def __init__(self) -> None:
        super().__init__()
        self.inside = False
        self.sent: dict[str, str] = {}
        self.select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and "filters" in (a.get("class") or ""):
            self.inside = True
        if not self.inside:
            return
        if tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind not in ("checkbox", "radio") or "checked" in a:
                self.sent[a["name"]] = a.get("value") or ""
        elif tag == "select":
            self.select = a.get("name")
        elif tag == "option" and self.select and "selected" in a:
            self.sent[self.select] = a.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        if tag == "select":
            self.select = None


def sent_by_filter_form(html: str) -> dict[str, str]:
    form = _Form()
    form.feed(html)
    return {k: v for k, v in form.sent.items() if v}


class TestListFilters:
    def test_every_filter_of_a_dashboard_count_shows_in_the_form_and_survives_it(self, town):
        day = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
        query = {
            "plan": str(town.item.plan_id),
            "date": day,
            "department": str(town.lead.pk),
            "status": "on_track",
            "live": "1",
        }
        body = client_for(town.supervisor).get("/workspace/", query).content.decode()
        assert sent_by_filter_form(body) == query
        assert 'type="hidden"' not in body.split('class="filters"')[1].split("</form>")[0]

    def test_the_date_survives_even_when_it_is_today(self, town):
        today = timezone.localdate().isoformat()
        body = client_for(town.clerk).get("/workspace/", {"date": today}).content.decode()
        assert sent_by_filter_form(body)["date"] == today

    def test_a_future_date_is_moved_to_today_as_on_the_dashboard(self, town):
        today = timezone.localdate().isoformat()
        body = client_for(town.clerk).get("/workspace/", {"date": "2099-01-01"}).content.decode()
        assert f"已改为今天 {today}" in body


class TestCodes:
    def test_a_code_is_labelled_as_a_number_not_left_to_read_as_a_date(self, town):
        code = town.item.code
        for user, path in (
            (town.clerk, "/workspace/"),
            (town.clerk, f"/workspace/commitments/{town.item.pk}/"),
            (town.supervisor, "/dashboard/"),
        ):
            body = client_for(user).get(path).content.decode()
            badge = rf'<span class="pledge-code">.*?<code>{re.escape(code)}</code>'
            assert re.search(badge, body), path
        page = client_for(town.clerk).get(f"/workspace/commitments/{town.item.pk}/")
        assert '<span class="pledge-code-label">编号</span>' in page.content.decode()

    def test_the_dashboards_cards_on_a_phone_keep_the_label(self, town):
        from commitments.models import Commitment

        Commitment.objects.filter(pk=town.item.pk).update(percent=0)  # behind: a yellow card
        body = client_for(town.supervisor).get("/dashboard/").content.decode()
        label = '<td data-field="code"><span class="pledge-code"><span class="pledge-code-label">'
        assert label in body


class TestAdminLink:
    def test_administrators_find_the_admin_in_the_top_bar(self, town):
        admin = factories.user("guanli", role=Role.ADMIN)
        body = client_for(admin).get("/workspace/").content.decode()
        assert 'href="/admin/" data-nav="admin">管理后台</a>' in body

    def test_a_superuser_supervisor_finds_it_too_but_not_other_supervisors_or_clerks(self, town):
        for user in (town.supervisor, town.clerk):
            assert 'data-nav="admin"' not in client_for(user).get("/workspace/").content.decode()
        town.supervisor.is_superuser = True
        town.supervisor.save()
        assert 'data-nav="admin"' in client_for(town.supervisor).get("/workspace/").content.decode()


class TestAcknowledgementShown:
    def test_a_co_owner_sees_its_own_acknowledgement_beside_the_leads(self, town):
        workflow.acknowledge(town.clerk, town.item)
        url = f"/workspace/commitments/{town.item.pk}/"
        body = client_for(town.co_clerk).get(url).content.decode()
        assert "本单位尚未签收" in body
        assert "牵头单位签收" in body
        workflow.acknowledge(town.co_clerk, town.item)
        body = client_for(town.co_clerk).get(url).content.decode()
        mine = re.search(r'data-field="my_acknowledgement"><span class="date">([^<]+)<', body)
        assert mine and re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", mine.group(1))

    def test_the_lead_sees_only_the_leads_line(self, town):
        url = f"/workspace/commitments/{town.item.pk}/"
        body = client_for(town.clerk).get(url).content.decode()
        assert "本单位签收" not in body and "牵头单位尚未签收" in body
