"""The floor: the list page as one hand-written SQL query and ``json.dumps``.

Same page as ``GET /api/v1/commitments/?department=D&ordering=deadline``:
the department's commitments as lead or co-owner, soonest deadline first,
50 rows with lead owner, co-owners, the light (same rules as
``commitments.lights``) and the total count. No ORM, no serializers, no
middleware: what is left is the database and the JSON encoder, so
``list_p95_ms / floor_list_p95_ms`` is the framework's overhead.
"""

from __future__ import annotations

import datetime
import json
import time

from django.conf import settings
from django.db import connection

from bench.lights_sql import LIGHT_SQL
from bench.stats import Latency

PAGE_SQL = f"""
WITH mine AS (
    SELECT id FROM commitments_commitment WHERE lead_owner_id = %(dept)s
    UNION
    SELECT commitment_id FROM commitments_coownership WHERE department_id = %(dept)s
), page AS (
    SELECT c.*, p.starts_on, COALESCE(p.report_due_day, %(due_day)s) AS due_day,
           COALESCE(p.progress_margin, %(margin)s) AS margin,
           (SELECT count(*) FROM mine) AS total
    FROM commitments_commitment c
    JOIN mine ON mine.id = c.id
    JOIN commitments_plan p ON p.id = c.plan_id
    ORDER BY c.deadline, c.id
    LIMIT %(limit)s OFFSET %(offset)s
)
SELECT page.total, page.id, page.code, page.title, page.plan_id, page.section_id,
       json_build_object('id', d.id, 'name', d.name) AS lead_owner,
       COALESCE((SELECT json_agg(json_build_object('id', cd.id, 'name', cd.name)
                                 ORDER BY cd.name)
                 FROM commitments_coownership co
                 JOIN commitments_department cd ON cd.id = co.department_id
                 WHERE co.commitment_id = page.id), '[]') AS co_owners,
       page.official, page.status, page.percent, page.deadline, page.original_deadline,
       {LIGHT_SQL} AS light,
       page.acknowledged_at, page.last_report_at, page.updated_at
FROM page
JOIN commitments_department d ON d.id = page.lead_owner_id
ORDER BY page.deadline, page.id
"""


def _plain(value: object) -> object:
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def list_page(
    department_id: int, today: datetime.date, page: int = 1, page_size: int = 50
) -> bytes:
    """The page as JSON bytes, from one query."""
    params = {
        "dept": department_id,
        "due_day": settings.REPORT_DUE_DAY,
        "margin": int(settings.PROGRESS_MARGIN_PERCENT),
        "limit": page_size,
        "offset": (page - 1) * page_size,
        "today": today,
        "this_month": today.replace(day=1),
        "last_month": (today.replace(day=1) - datetime.timedelta(days=1)).replace(day=1),
        "day": today.day,
    }
    with connection.cursor() as cursor:
        cursor.execute(PAGE_SQL, params)
        names = [c.name for c in cursor.description]
        rows = cursor.fetchall()
    total = rows[0][0] if rows else 0
    results = [{n: _plain(v) for n, v in zip(names[1:], row[1:], strict=True)} for row in rows]
    return json.dumps(
        {"count": total, "next": None, "previous": None, "results": results}, ensure_ascii=False
    ).encode()


def time_floor(department_id: int, today: datetime.date, count: int, warmup: int = 5) -> Latency:
    samples = []
    for n in range(warmup + count):
        started = time.perf_counter()
        list_page(department_id, today)
        if n >= warmup:
            samples.append(time.perf_counter() - started)
    return Latency.of(samples)
