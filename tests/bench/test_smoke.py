"""The benchmark cannot rot: seed a tiny ledger and take one of each measurement.

Nothing here is timed — performance is measured by ``bench/run.py``, not by
the test suite; these tests only check that the script's parts still fit the
product (models, API, sweep).
"""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.utils import timezone

from bench import api, floor, reminders, report, seed
from bench import reports as bench_reports
from commitments.models import Commitment, Department, ProgressReport

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def tiny_ledger() -> seed.Seeded:
    if connection.vendor != "postgresql":
        pytest.skip("the benchmark seeds with PostgreSQL COPY (run with CI=true)")
    today = timezone.localdate()
    return seed.seed(50, today.year, today.month, departments=50)


def test_it_seeds_fifty_commitments_with_about_ten_reports_each(tiny_ledger):
    assert Commitment.objects.count() == 50
    assert Department.objects.count() == 50
    assert 250 <= ProgressReport.objects.count() <= 750
    item = (
        Commitment.objects.exclude(last_report_at=None)
        .exclude(status__in=("completed", "cancelled"))
        .first()
    )
    latest = item.reports.filter(is_lead=True).latest("created_at")
    assert (latest.percent, latest.created_at) == (item.percent, item.last_report_at)


def test_it_measures_the_list_and_its_floor_alike(tiny_ledger):
    scenario = api.scenario(sample=10)

    queries = api.count_queries(scenario, "list")
    latency = api.time_in_process(scenario, "list", count=3, warmup=1)
    page = json.loads(floor.list_page(scenario.department_id, timezone.localdate()))

    assert 1 <= queries <= 6
    assert latency.n == 3
    assert page["count"] == api.department_rows(scenario)
    assert len(page["results"]) == min(50, page["count"])


def test_it_files_a_report_through_the_api(tiny_ledger):
    scenario = api.scenario(sample=10)

    assert api.count_queries(scenario, "report") > 0


def test_it_decides_a_sweep_and_prints_the_table(tiny_ledger):
    decided = reminders.decide_only(reminders.moment(tiny_ledger.year))
    result = {
        "sizes": {
            "50": {
                "list_p95_ms": 1.0,
                "list_queries": 4,
                "detail_p95_ms": 1.0,
                "detail_queries": 7,
                "report_p95_ms": 1.0,
                "report_queries": 17,
                "floor_list_p95_ms": 1.0,
                "list_floor_ratio": 1.0,
                "sweep_s": decided.seconds,
                "sweep_queries": decided.queries,
                "sweep_chunks": decided.chunks,
            }
        }
    }

    assert decided.chunks >= 1 and decided.queries > 0
    assert "| 50 |" in report.table(result)
    assert len(report.goals(result)) == 6


def test_the_sweep_goal_is_the_queries_of_a_chunk():
    """The sweep's chunks are bounded in commitments: a larger ledger has more of
    them; what must not grow is what one chunk asks."""

    def row(queries: int, chunks: int) -> dict:
        return {"list_p95_ms": 1.0, "list_queries": 4, "report_p95_ms": 1.0,
                "list_floor_ratio": 1.0, "sweep_s": 1.0, "sweep_queries": queries,
                "sweep_chunks": chunks}  # fmt: skip

    def goal(sizes: dict) -> str:
        return next(g for g in report.goals({"sizes": sizes}) if "per chunk" in g)

    assert goal({"10000": row(49, 5), "100000": row(114, 14)}).startswith("met")
    assert goal({"10000": row(49, 5), "100000": row(300, 14)}).startswith("NOT met")


def test_it_seeds_speeches_of_realistic_length(tiny_ledger):
    from commitments.models import Plan

    assert len(Plan.objects.get().source_text) >= seed.SPEECH_CHARS


def test_it_counts_the_report_queries_and_runs_their_floors(tiny_ledger):
    counts = bench_reports.query_counts(bench_reports.supervisor_token())
    today = timezone.localdate()

    assert set(counts) == {
        "ledger_json_queries",
        "ledger_csv_queries",
        "overdue_json_queries",
        "summary_queries",
    }
    assert all(0 < n < 30 for n in counts.values())
    for sql in (
        bench_reports.FLOOR_LEDGER_SQL,
        bench_reports.FLOOR_OVERDUE_SQL,
        bench_reports.FLOOR_FULL_PASS_SUMMARY_SQL,
    ):
        assert bench_reports.floor_seconds(sql, today) > 0
    # The summary's floor reads what the kept roll-ups hold: every group of the seed.
    from reports import kept_rollups, rollups
    from reports.models import RollupCount
    from reports.scope import ReportScope

    assert kept_rollups.refresh(rebuild=True).action == "rebuilt"
    leads = rollups.group_counts(ReportScope(today))["lead"]
    assert RollupCount.objects.filter(grouping="lead").count() == len(leads) > 0
    assert bench_reports.floor_seconds(bench_reports.FLOOR_SUMMARY_SQL, today) > 0


def test_it_measures_a_reimport_that_writes_no_history_for_moved_pledges(tmp_path):
    from bench import importing
    from commitments.services.catalog import load_catalog

    load_catalog()
    result = importing.measure_reimport(60, tmp_path / "plan.txt")

    assert result["reimport_60_events"] == 0  # an edit near the top changes no meaning
    assert result["reimport_60_queries"] > 0
    assert {"reimport_60_parse_s", "reimport_60_compare_s", "reimport_60_write_s"} <= set(result)
    assert result["reimport_60_every_pledge_queries"] > 0


def test_the_sink_is_a_real_smtp_server_that_counts(tmp_path):
    """The floor and the Celery worker send to it: it speaks SMTP (DATA read to the
    end) and counts, without parsing what it receives."""
    import smtplib

    from bench.servers import SmtpSink
    from tests.support.smtp import free_port

    sink = SmtpSink(free_port(), tmp_path / "smtp.log")
    try:
        with smtplib.SMTP("127.0.0.1", sink.port) as smtp:
            for n in range(3):
                smtp.sendmail("a@example.test", ["b@example.test"], f"Subject: {n}\r\n\r\n.x\r\n")
    finally:
        sink.stop()
    assert "received 3 (" in (tmp_path / "smtp.log").read_text()
