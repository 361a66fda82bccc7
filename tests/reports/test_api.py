"""The report endpoints: numbers, scopes, permissions and query counts."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from commitments.choices import Status
from tests import factories
from tests.reports.seed import TODAY, file_report

pytestmark = pytest.mark.django_db


def client_for(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def body(response) -> bytes:
    """The whole body, of a streamed response too (read once, then kept)."""
    if not hasattr(response, "_body"):
        response._body = (
            b"".join(response.streaming_content) if response.streaming else response.content
        )
    return response._body


def get(user, path: str, **params):
    response = client_for(user).get(path, params)
    if response.streaming:
        # Read now, as a browser would: the queries run while the body is sent.
        raw = body(response)
        response.json = lambda: json.loads(raw)
    return response


def query(seed, **extra) -> dict:
    return {"plan": seed.plan.pk, "date": TODAY.isoformat(), **extra}


class TestOverdue:
    def test_it_lists_overdue_commitments_with_days_and_last_report(self, seed):
        response = get(seed.supervisor, "/api/v1/reports/overdue/", **query(seed))
        assert response.status_code == 200
        body = response.json()
        assert body["as_of"] == "2024-07-10"
        assert body["plan"]["id"] == seed.plan.pk
        assert body["count"] == 2
        assert [(r["code"], r["days_overdue"], r["department"]) for r in body["results"]] == [
            ("2024-03-01", 40, "农业农村办"),
            ("2024-01-01", 10, "经济发展办"),
        ]
        first = body["results"][0]
        # The report filed on 07-12 is after the day in scope: the 05-31 one is the last.
        assert first["last_report_at"].startswith("2024-05-31")
        assert first["last_report_narrative"] == "土地流转未完成"
        assert first["last_report_percent"] == 30

    def test_it_counts_days_from_the_date_asked_for(self, seed):
        body = get(
            seed.supervisor, "/api/v1/reports/overdue/", **query(seed, date="2024-07-31")
        ).json()
        assert [r["days_overdue"] for r in body["results"]] == [61, 31]
        assert body["results"][0]["last_report_narrative"] == "报送于统计日之后"

    def test_it_covers_all_plans_without_a_plan(self, seed):
        body = get(seed.supervisor, "/api/v1/reports/overdue/", date="2024-07-10").json()
        assert body["count"] == 3 and body["plan"] is None


class TestSummary:
    def test_its_rows_are_what_its_documented_serializers_write(self, seed):
        """The rows are written from the roll-up dataclasses as they are: the same
        keys and the same JSON as the serializers that document them (the schema)
        would write, for every row, the rates and nested lights included."""
        from reports.api import serializers as s
        from reports.rollups import department_rollups, plan_rollups, section_rollups
        from reports.scope import ReportScope

        scope = ReportScope(TODAY, seed.plan)
        summary = get(seed.admin, "/api/v1/reports/summary/", **query(seed)).json()
        documented = s.SummarySerializer(
            {
                "as_of": TODAY,
                "plan": {"id": seed.plan.pk, "title": seed.plan.title, "year": seed.plan.year},
                "plans": plan_rollups(scope),
                "departments": department_rollups(scope),
                "sections": section_rollups(scope),
            }
        ).data
        assert json.loads(json.dumps(documented)) == summary
        assert len(summary["departments"]) == 3 and len(summary["sections"]) == 3
        # Same types too: 60.0, not 60, where the schema says a number with decimals.
        assert json.dumps(documented, sort_keys=True) == json.dumps(summary, sort_keys=True)

    def test_it_rolls_up_by_department_and_section(self, seed):
        body = get(seed.admin, "/api/v1/reports/summary/", **query(seed)).json()
        departments = {d["department"]: d for d in body["departments"]}
        economy = departments["经济发展办"]
        assert {
            k: economy[k]
            for k in (
                "owned",
                "completed",
                "on_track",
                "at_risk",
                "overdue",
                "reports_filed",
                "reports_on_time",
                "report_on_time_rate",
                "avg_days_late",
                "on_time_rate_original",
                "on_time_rate_approved",
            )
        } == {
            "owned": 3,
            "completed": 1,
            "on_track": 2,
            "at_risk": 0,
            "overdue": 1,
            "reports_filed": 4,
            "reports_on_time": 2,
            "report_on_time_rate": 11.8,
            "avg_days_late": 2.0,
            "on_time_rate_original": 0.0,
            "on_time_rate_approved": 50.0,
        }
        assert economy["lights"] == {"red": 1, "yellow": 0, "green": 1}  # 1 completed
        assert departments["社会事务办"]["lights"] == {"red": 0, "yellow": 2, "green": 0}
        assert [(s["number"], s["progress"], s["lights"]["red"]) for s in body["sections"]] == [
            (1, 60.0, 1),
            (2, 36.7, 0),
            (3, 65.0, 1),
        ]
        (plan,) = body["plans"]
        assert (plan["commitments"], plan["progress"], plan["overdue"]) == (7, 51.4, 2)

    def test_it_refuses_a_bad_date_and_an_unknown_plan(self, seed):
        assert (
            get(seed.supervisor, "/api/v1/reports/summary/", date="2024-13-45").status_code == 400
        )
        assert get(seed.supervisor, "/api/v1/reports/summary/", plan="abc").status_code == 400
        # a well-formed id of no plan is "not found", like /api/v1/plans/999999/
        missing = get(seed.supervisor, "/api/v1/reports/summary/", plan=999999)
        assert (missing.status_code, missing.json()["code"]) == (404, "not_found")


class TestLedger:
    def test_it_lists_every_commitment_with_light_and_reason(self, seed):
        body = get(seed.supervisor, "/api/v1/reports/ledger/", **query(seed)).json()
        assert body["count"] == 8
        rows = {r["code"]: r for r in body["results"]}
        assert list(rows)[:3] == ["2024-01-01", "2024-01-02", "2024-02-01"]
        assert rows["2024-01-01"]["light"] == "red"
        assert rows["2024-01-01"]["light_reason"] == "逾期10天；完成60%，序时应达100%"
        assert rows["2024-01-02"]["co_owners"] == ["社会事务办"]
        assert rows["2024-01-02"]["last_report_on"] == "2024-07-05"
        assert rows["2024-02-01"]["original_deadline"] == "2024-03-31"
        assert rows["2024-02-01"]["deadline"] == "2024-05-31"
        assert rows["2024-02-03"]["light_reason"] == "6月进度未报送；完成0%，序时应达52%"
        assert rows["2024-02-03"]["last_report_on"] is None
        assert rows["2024-03-01"]["last_report_on"] == "2024-05-31"
        assert rows["2024-03-03"]["status_label"] == "已取消"


class TestPermissions:
    def test_it_asks_for_credentials(self, seed):
        response = APIClient().get("/api/v1/reports/summary/")
        assert response.status_code in (401, 403)

    def test_it_refuses_an_account_without_a_role(self, seed):
        from django.contrib.auth import get_user_model

        nobody = get_user_model().objects.create_user("nobody", password="pw-for-tests-1")
        for path in ("overdue", "summary", "ledger"):
            assert get(nobody, f"/api/v1/reports/{path}/").status_code == 403

    def test_it_scopes_a_supervisor_to_their_departments(self, seed):
        body = get(seed.social_supervisor, "/api/v1/reports/summary/", **query(seed)).json()
        assert [d["department"] for d in body["departments"]] == ["社会事务办"]
        assert (
            get(seed.social_supervisor, "/api/v1/reports/overdue/", **query(seed)).json()["count"]
            == 0
        )

    def test_it_scopes_staff_to_their_own_department(self, seed):
        summary = get(seed.staff, "/api/v1/reports/summary/", **query(seed)).json()
        assert [d["department"] for d in summary["departments"]] == ["社会事务办"]
        ledger = get(seed.staff, "/api/v1/reports/ledger/", **query(seed)).json()
        # What it leads, and what it co-owns.
        assert sorted(r["code"] for r in ledger["results"]) == [
            "2024-01-02",
            "2024-02-02",
            "2024-02-03",
        ]

    def test_it_answers_errors_in_json_even_for_a_file(self, seed):
        response = get(seed.supervisor, "/api/v1/reports/ledger/", date="bad", format="xlsx")
        assert response.status_code == 400
        assert response["Content-Type"].startswith("application/json")


class TestQueryCounts:
    PATHS = ["overdue", "summary", "ledger"]

    def count(self, user, path: str, fmt: str | None) -> int:
        # A fresh user object: nothing cached from an earlier request.
        client = client_for(type(user).objects.get(pk=user.pk))
        params = {"date": TODAY.isoformat()}
        if fmt:
            params["format"] = fmt
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(f"/api/v1/reports/{path}/", params)
            assert response.status_code == 200
            body(response)
        return len(ctx.captured_queries)

    def grow(self, seed) -> None:
        section = seed.items["c1"].section
        who = factories.user(dept=seed.economy)
        for n in range(20, 35):
            item = factories.commitment(
                seed.economy,
                section,
                deadline=TODAY.replace(month=3),
                number=n,
                code=f"2024-01-{n}",
                status=Status.ON_TRACK,
                co_owners=[seed.social, seed.farming],
            )
            file_report(
                item, seed.economy, who, period="2024-02", filed=TODAY.replace(month=2), percent=20
            )

    @pytest.mark.parametrize("fmt", [None, "csv", "xlsx"])
    def test_it_runs_a_constant_number_of_queries(self, seed, fmt):
        before = {p: self.count(seed.supervisor, p, fmt) for p in self.PATHS}
        self.grow(seed)
        after = {p: self.count(seed.supervisor, p, fmt) for p in self.PATHS}
        assert after == before
        # 2 for the role and supervised departments, then: overdue: count (JSON only),
        # rows; summary: plans (aggregate, names) 2, departments (commitments, reports,
        # names) 3, sections (aggregate, names) 2, co-owned reports owed 1; ledger:
        # count (JSON only), the departments' names (for co-owners), rows with their
        # co-owners' ids. Files skip the plans and the counts. On PostgreSQL the big
        # reads turn JIT off in a transaction (here a savepoint, SET LOCAL, release).
        jit = 3 if connection.vendor == "postgresql" else 0
        # summary: the departments add the reports owed as co-owner (1 query). On
        # PostgreSQL one GROUPING SETS query tallies plans, departments and sections
        # (elsewhere one query each) with JIT off in the same statement, the reports'
        # read turns JIT off in a transaction; it first asks the kept roll-ups
        # (reports.kept_rollups: none kept here) in 1; its JSON before that whether a
        # body written earlier still holds (reports.summary_cache) in 1. The scorecard
        # reads the pledges handed over after their deadline in 1
        # (rollups.late_hand_overs: their 逾期 is the former lead's).
        if connection.vendor == "postgresql":
            summary = 12 if fmt else 14
        else:
            summary = 9 if fmt else 11
        rows = 3 + jit if fmt else 4 + jit
        # Files of the lists add the plans' labels (工作计划: a 编号 may be in two plans).
        lists = rows + 1 if fmt else rows
        assert before == {"overdue": lists, "summary": summary, "ledger": lists + 1}
