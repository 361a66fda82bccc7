"""The supervisor's reports over HTTP, each beside its one-query floor.

Requests go to a gunicorn started with the production configuration
(``deploy/gunicorn.conf.py``: sync worker, 30 s timeout, ``LOG_LEVEL=info``
in lower case), one worker, fresh for each size, so that its peak RSS
(``VmHWM``) is the peak over the report and export requests alone. The user
is a supervisor over every department, so the ledger is the whole ledger.

The floors run in this process: one hand-written SQL query for the same
rows (the light as a CASE, co-owners and the latest report as subqueries;
the summary's report punctuality from the kept first-report counts, the
cheapest source the schema has) and ``json.dumps`` of what it returns — no
ORM, no serializer, no HTTP.
"""

from __future__ import annotations

import datetime
import http.client
import json
import time
from dataclasses import dataclass

from django.conf import settings
from django.db import connection

from bench.lights_sql import LIGHT_SQL
from bench.stats import Latency
from commitments.choices import Role
from commitments.models import ApiToken, Membership


@dataclass(frozen=True)
class Fetched:
    seconds: float
    size: int
    status: int


def supervisor_token() -> str:
    """A fresh token of a supervisor who oversees every department."""
    member = (
        Membership.objects.filter(role=Role.SUPERVISOR, supervised_departments__isnull=True)
        .select_related("user")
        .first()
    )
    if member is None:
        raise RuntimeError("no supervisor over all departments in the seeded data")
    _, raw = ApiToken.issue(member.user, name="bench-reports")
    return raw


def fetch(port: int, path: str, token: str, timeout: float = 900.0) -> Fetched:
    """Time to the last byte, reading the body in 64 KiB blocks (nothing kept)."""
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    size, status = 0, 0
    try:
        conn.request("GET", path, headers={"Authorization": f"Token {token}"})
        response = conn.getresponse()
        status = response.status
        while block := response.read(65536):
            size += len(block)
    except (http.client.HTTPException, OSError):
        status = status or 599  # the worker was killed mid-response (timeout)
    finally:
        conn.close()
    return Fetched(round(time.perf_counter() - started, 3), size, status)


def _params(today: datetime.date) -> dict:
    this_month = today.replace(day=1)
    return {
        "today": today,
        "day": today.day,
        "this_month": this_month,
        "last_month": (this_month - datetime.timedelta(days=1)).replace(day=1),
        "due_day": settings.REPORT_DUE_DAY,
        "month_index": today.year * 12 + today.month - 1,
        "tz": settings.TIME_ZONE,
        "margin": int(settings.PROGRESS_MARGIN_PERCENT),
        # The day in the town's time zone ends at this moment.
        "until": datetime.datetime.combine(
            today + datetime.timedelta(days=1),
            datetime.time(),
            tzinfo=datetime.timezone(datetime.timedelta(hours=8)),
        ),
    }


_PAGE = """
page AS (
    SELECT c.id, c.code, c.plan_id, c.section_id, c.lead_owner_id, c.number, c.title,
           c.official, c.deadline, c.original_deadline, c.status, c.percent,
           c.last_report_on, c.completed_at, p.year, p.starts_on,
           COALESCE(p.report_due_day, %(due_day)s) AS due_day,
           COALESCE(p.progress_margin, %(margin)s) AS margin
    FROM commitments_commitment c JOIN commitments_plan p ON p.id = c.plan_id
)"""

FLOOR_LEDGER_SQL = f"""
WITH {_PAGE}
SELECT page.id, page.code, page.plan_id, s.number, s.title, page.title, d.name,
       co.names,
       page.official, page.deadline, page.original_deadline, page.status, page.percent,
       {LIGHT_SQL} AS light,
       (SELECT r.created_at FROM commitments_progressreport r
        WHERE r.commitment_id = page.id AND r.created_at < %(until)s
        ORDER BY r.created_at DESC, r.id DESC LIMIT 1)
FROM page
JOIN commitments_section s ON s.id = page.section_id
JOIN commitments_department d ON d.id = page.lead_owner_id
LEFT JOIN (
    SELECT co.commitment_id, array_agg(cd.name ORDER BY cd.name) AS names
    FROM commitments_coownership co JOIN commitments_department cd ON cd.id = co.department_id
    GROUP BY co.commitment_id
) co ON co.commitment_id = page.id
ORDER BY page.year, page.plan_id, s.number, page.number, page.code, page.id
"""

FLOOR_OVERDUE_SQL = """
SELECT c.id, c.code, c.title, c.plan_id, s.title, c.lead_owner_id, d.name, c.deadline,
       c.original_deadline, %(today)s - c.deadline, c.status, c.percent,
       r.status, r.percent, r.created_at, r.narrative
FROM commitments_commitment c
JOIN commitments_section s ON s.id = c.section_id
JOIN commitments_department d ON d.id = c.lead_owner_id
LEFT JOIN LATERAL (
    SELECT status, percent, created_at, narrative FROM commitments_progressreport r
    WHERE r.commitment_id = c.id AND r.created_at < %(until)s
    ORDER BY r.created_at DESC, r.id DESC LIMIT 1
) r ON true
WHERE c.status NOT IN ('completed', 'cancelled') AND c.deadline < %(today)s
ORDER BY c.deadline, c.code, c.id
"""

#: Monthly reports a ``page`` row owed (``reports_due``): from its plan's month to the
#: last month due, or the month it was completed; none when cancelled or not started.
PERIODS_SQL = """CASE WHEN page.status = 'cancelled' OR page.starts_on > %(today)s THEN 0
     ELSE GREATEST(0, LEAST(
         CASE WHEN page.due_day < %(day)s THEN %(month_index)s
              ELSE %(month_index)s - 1 END,
         CASE WHEN page.status = 'completed' THEN (
             date_part('year', page.completed_at AT TIME ZONE %(tz)s) * 12
             + date_part('month', page.completed_at AT TIME ZONE %(tz)s) - 1)::int
         ELSE %(month_index)s END)
       - (date_part('year', page.starts_on) * 12
          + date_part('month', page.starts_on) - 1)::int + 1) END"""

FLOOR_FULL_PASS_SUMMARY_SQL = f"""
WITH {_PAGE},
lit AS (
    SELECT page.id, page.plan_id, page.section_id, page.lead_owner_id, page.status,
           page.percent, page.deadline, page.original_deadline, page.completed_at,
           {LIGHT_SQL} AS light,
           {PERIODS_SQL} AS periods
    FROM page
),
grouped AS (
    SELECT plan_id, section_id, lead_owner_id,
           count(*) FILTER (WHERE status <> 'cancelled') AS n,
           count(*) FILTER (WHERE status = 'completed') AS completed,
           count(*) FILTER (WHERE status = 'cancelled') AS cancelled,
           count(*) FILTER (WHERE status NOT IN ('completed', 'cancelled')
                            AND deadline < %(today)s) AS overdue,
           count(*) FILTER (WHERE status <> 'cancelled' AND light = 'red') AS red,
           count(*) FILTER (WHERE status <> 'cancelled' AND light = 'yellow') AS yellow,
           count(*) FILTER (WHERE status <> 'cancelled' AND light = 'green') AS green,
           avg(CASE WHEN status = 'completed' THEN 100 WHEN status = 'cancelled' THEN NULL
                    ELSE percent END) AS progress,
           count(*) FILTER (WHERE status = 'completed'
                            AND completed_at < original_deadline + 1) AS on_time_original,
           count(*) FILTER (WHERE status = 'completed'
                            AND completed_at < deadline + 1) AS on_time_approved,
           sum(periods) AS periods
    FROM lit
    GROUP BY GROUPING SETS ((plan_id), (section_id), (lead_owner_id))
),
filings AS (
    -- the first reports of each period, as the filing service counts them
    -- (over all plans: by the plans' due day, 0 for the default)
    SELECT department_id, sum(reports) AS filed,
           sum(reports) FILTER (
               WHERE filed_on <= month + (COALESCE(NULLIF(due_day, 0), %(due_day)s) - 1)
           ) AS on_time
    FROM commitments_duedayreporttally
    WHERE filed_on <= %(today)s
    GROUP BY department_id
),
co_owned AS (
    -- reports owed as co-owner
    SELECT co.department_id, sum({PERIODS_SQL}) AS periods
    FROM commitments_coownership co JOIN page ON page.id = co.commitment_id
    WHERE co.excused_at IS NULL
    GROUP BY co.department_id
)
SELECT (SELECT json_agg(grouped) FROM grouped), (SELECT json_agg(filings) FROM filings),
       (SELECT json_agg(co_owned) FROM co_owned)
"""


#: The summary from the kept roll-ups (reports.kept_rollups), as the product reads them
#: when no group moved: every kept row (plans, sections, departments, their filings).
FLOOR_SUMMARY_SQL = """
SELECT json_agg(r) FROM (SELECT grouping, key, counts FROM reports_rollupcount) r
"""


def _timed(sql: str, today: datetime.date) -> tuple[float, int]:
    """One run: the query, then ``json.dumps`` of its rows. Seconds, bytes."""
    started = time.perf_counter()
    with connection.cursor() as cursor:
        # The product's report reads run so too (commitments.sql.without_jit).
        cursor.execute(f"SET jit = off; SET work_mem = '{settings.REPORT_WORK_MEM}'")
        cursor.execute(sql, _params(today))
        rows = cursor.fetchall()
        cursor.execute("RESET jit; RESET work_mem")
    body = json.dumps(rows, ensure_ascii=False, default=str).encode()
    return time.perf_counter() - started, len(body)


def floor_seconds(sql: str, today: datetime.date, runs: int = 1) -> float:
    return round(min(_timed(sql, today)[0] for _ in range(runs)), 3)


def floor_latency(sql: str, today: datetime.date, count: int) -> Latency:
    return Latency.of([_timed(sql, today)[0] for _ in range(count)])


def http_latency(port: int, path: str, token: str, count: int) -> Latency:
    samples = []
    for _ in range(count):
        fetched = fetch(port, path, token)
        if fetched.status != 200:
            raise RuntimeError(f"{path}: HTTP {fetched.status}")
        samples.append(fetched.seconds)
    return Latency.of(samples)


def query_counts(token: str) -> dict[str, int]:
    """SQL queries of each report request, in process, the body read to the end."""
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    counts = {}
    client = Client()
    for key, path in (
        ("ledger_json_queries", "/api/v1/reports/ledger/"),
        ("ledger_csv_queries", "/api/v1/reports/ledger/?format=csv"),
        ("overdue_json_queries", "/api/v1/reports/overdue/"),
        ("summary_queries", "/api/v1/reports/summary/"),
    ):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path, HTTP_AUTHORIZATION=f"Token {token}")
            if response.streaming:
                for _ in response.streaming_content:
                    pass
            else:
                response.content  # noqa: B018
        if response.status_code != 200:
            raise RuntimeError(f"{path}: HTTP {response.status_code}")
        counts[key] = len(captured.captured_queries)
    return counts
