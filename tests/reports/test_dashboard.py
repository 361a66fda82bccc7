"""The dashboard page and the login, through Django's test client."""

from __future__ import annotations

import html as html_lib
import re

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone

from tests.reports.seed import TODAY

pytestmark = pytest.mark.django_db


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def dashboard_url(seed) -> str:
    return f"/dashboard/?plan={seed.plan.pk}&date={TODAY.isoformat()}"


class TestAccess:
    def test_it_sends_visitors_to_the_login_form(self, seed):
        response = Client().get("/dashboard/")
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=/dashboard/")

    def test_it_logs_a_supervisor_in_through_the_form(self, seed):
        client = Client()
        page = client.get("/accounts/login/")
        assert "登录督办台账" in page.content.decode()
        response = client.post(
            "/accounts/login/",
            {"username": "duban", "password": "pw-for-tests-1", "next": "/dashboard/"},
        )
        assert response.status_code == 302 and response["Location"] == "/dashboard/"
        assert client.get("/dashboard/").status_code == 200

    def test_it_says_when_the_password_is_wrong(self, seed):
        response = Client().post("/accounts/login/", {"username": "duban", "password": "x"})
        assert response.status_code == 200
        assert "用户名或密码不正确" in response.content.decode()

    def test_it_refuses_department_staff_with_a_403_page(self, seed):
        response = logged_in(seed.staff).get("/dashboard/")
        assert response.status_code == 403
        assert "无权访问" in response.content.decode()

    def test_it_logs_out(self, seed):
        client = logged_in(seed.supervisor)
        assert client.post("/accounts/logout/").status_code == 302
        assert client.get("/dashboard/").status_code == 302


class TestPage:
    def test_it_shows_the_plan_numbers(self, seed):
        response = logged_in(seed.supervisor).get(dashboard_url(seed))
        assert response.status_code == 200
        context = response.context
        assert context["scope"].plan == seed.plan
        assert (context["totals"].commitments, context["totals"].overdue) == (7, 2)
        assert [c.code for c in context["overdue"]] == ["2024-03-01", "2024-01-01"]
        assert [(m.period, m.on_time, m.late) for m in context["months"]] == [
            ("2024-04", 1, 1),
            ("2024-05", 1, 1),
            ("2024-06", 2, 2),
        ]
        html = response.content.decode()
        assert '<span class="n" data-kpi="overdue">2</span>' in html
        assert "/static/reports/dashboard.css" in html
        assert "/static/reports/vendor/echarts/echarts.min.js" in html
        assert 'id="chart-data"' in html and "http://" not in html.split("<main>")[1]

    def test_it_defaults_to_the_latest_plan(self, seed):
        response = logged_in(seed.admin).get("/dashboard/")
        assert response.context["scope"].plan == seed.plan

    @pytest.mark.parametrize(
        ("now", "opened"),
        [
            # December: next year's plan is already imported; the running one is shown
            ("2026-12-07T10:00:00+08:00", "2026年工作要点"),
            # New Year's Day in Beijing while it is still 12-31 in UTC: the new year's plan
            ("2027-01-01T00:30:00+08:00", "2027年工作计划（第二版）"),
            # a year with no plan of its own: the newest
            ("2029-03-01T09:00:00+08:00", "2027年工作计划（第二版）"),
        ],
    )
    def test_it_opens_on_the_plan_of_the_current_year(self, db, now, opened):
        import time_machine

        from commitments.choices import Role
        from tests import factories

        factories.plan(2025, title="2025年工作要点")
        factories.plan(2026, title="2026年工作要点")
        factories.plan(2027, title="2027年工作计划")
        factories.plan(2027, title="2027年工作计划（第二版）")
        supervisor = factories.user(role=Role.SUPERVISOR)
        with time_machine.travel(now, tick=False):
            response = logged_in(supervisor).get("/dashboard/")
        assert response.context["scope"].plan.title == opened
        selected = re.search(r"<option[^>]*selected[^>]*>([^<]*)<", response.content.decode())
        assert selected is not None and opened in selected.group(1)

    def test_it_shows_an_empty_page_before_any_plan_is_imported(self, db):
        from commitments.choices import Role
        from tests import factories

        response = logged_in(factories.user(role=Role.ADMIN)).get("/dashboard/")
        assert response.status_code == 200
        assert "暂无工作计划" in response.content.decode()

    def test_it_scopes_a_supervisor_to_their_departments(self, seed):
        response = logged_in(seed.social_supervisor).get(dashboard_url(seed))
        assert [d.department for d in response.context["departments"]] == ["社会事务办"]
        assert response.context["overdue"] == []

    def test_it_runs_a_constant_number_of_queries(self, seed, django_assert_num_queries):
        client = logged_in(seed.supervisor)
        # session, user, membership, supervised departments, plans; totals 2,
        # sections 2, departments 5, overdue 2 (count, the first rows), red and yellow 1,
        # chart 1, the user's recent background exports 1. On PostgreSQL the three
        # tallies are one query, sent with its SET LOCAL jit = off in one text, and the
        # reports' read runs in a transaction without JIT (savepoint, SET LOCAL, release).
        # The departments read the pledges handed over after their deadline in 1
        # (rollups.late_hand_overs).
        with django_assert_num_queries(20 if connection.vendor == "postgresql" else 19):
            assert client.get(dashboard_url(seed)).status_code == 200


class TestSchema:
    def test_it_documents_the_report_endpoints(self, seed):
        response = logged_in(seed.admin).get("/api/schema/", {"format": "json"})
        paths = response.json()["paths"]
        for name in ("overdue", "summary", "ledger"):
            operation = paths[f"/api/v1/reports/{name}/"]["get"]
            assert {p["name"] for p in operation["parameters"]} >= {"plan", "date", "format"}
            assert set(operation["responses"]["200"]["content"]) == {
                "application/json",
                "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            }


class TestTheDay:
    """The 统计日期 lies between the plan's start and today, and the page says what it changes."""

    def test_it_moves_a_day_before_the_plan_to_its_start_and_says_so(self, seed):
        body = (
            logged_in(seed.supervisor)
            .get(f"/dashboard/?plan={seed.plan.pk}&date=2023-06-01")
            .content.decode()
        )
        assert "统计日期 2023-06-01 早于本计划的起始日期，已改为起始日期 2024-01-01。" in body
        assert 'name="date" value="2024-01-01" min="2024-01-01"' in body
        assert "统计截至 2024-01-01" in body

    def test_it_moves_a_future_day_to_today_and_says_so(self, seed):
        today = timezone.localdate().isoformat()
        body = (
            logged_in(seed.supervisor)
            .get(f"/dashboard/?plan={seed.plan.pk}&date=2099-01-01")
            .content.decode()
        )
        assert f"统计日期 2099-01-01 晚于今天，已改为今天 {today}。" in body
        assert f'max="{today}"' in body
        assert f"统计截至 {today}" in body

    def test_it_says_plainly_what_the_day_changes(self, seed):
        body = logged_in(seed.supervisor).get(dashboard_url(seed)).content.decode()
        assert "已改为" not in body
        assert "统计日期可选 2024-01-01 至今天" in body
        assert "事项状态（含已办结）和完成百分比始终是最新的" in body


class TestNothingLate:
    """Red means something is late: a count of 0 is shown plain (walk 3)."""

    def test_the_overdue_counts_are_red_only_when_something_is_late(self, seed):
        client = logged_in(seed.supervisor)
        late = client.get(dashboard_url(seed)).content.decode()
        assert 'class="kpi kpi-link bad"' in late
        assert 'class="count" data-field="overdue-count"' in late
        early = client.get(f"/dashboard/?plan={seed.plan.pk}&date=2024-02-01")
        assert early.context["totals"].overdue == 0
        html = early.content.decode()
        assert 'class="kpi kpi-link bad"' not in html
        assert 'class="count none" data-field="overdue-count"' in html


def test_each_light_tile_counts_the_pledges_its_list_shows(seed):
    """Walk 10, m4: the tiles counted a completed pledge green while its list showed it
    as 已办结 with no light; now a tile's count is its list's length."""
    client = logged_in(seed.supervisor)
    page = client.get(dashboard_url(seed)).content.decode()
    for light in ("red", "yellow", "green"):
        link = re.search(rf'href="([^"]*light={light})"[^>]*>.*?data-kpi="{light}">(\d+)<', page)
        listed = client.get(html_lib.unescape(link.group(1))).content.decode()
        items = listed.split('id="items"', 1)[1]
        assert items.count("data-code=") == int(link.group(2)), light
        assert "light-row-none" not in items, light  # no 已办结 card among the lights
