"""API requests measured through the WSGI stack: the list, the detail, filing a report.

The same requests are sent two ways: in process with Django's test ``Client``
(the full middleware and DRF stack, and the only place where SQL queries can
be counted with ``CaptureQueriesContext``), and over HTTP to a gunicorn
worker (``bench.servers``), whose latency is the headline number.
"""

from __future__ import annotations

import http.client
import itertools
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bench.stats import Latency
from commitments.choices import CLOSED_STATUSES
from commitments.models import ApiToken, Commitment, Membership, Target

LIST_PAGE_SIZE = 50


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    body: bytes | None = None


@dataclass
class Scenario:
    """Who asks, and the rotating requests of each kind."""

    token: str
    department_id: int
    requests: dict[str, Callable[[int], Request]]

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Token {self.token}", "Content-Type": "application/json"}


def list_path(department_id: int) -> str:
    """One page of a department's ledger (lead or co-owner), soonest deadline first."""
    return f"/api/v1/commitments/?department={department_id}&ordering=deadline"


def scenario(seed: int = 7, sample: int = 300) -> Scenario:
    """The busiest department's staff member, with a fresh token."""
    rng = random.Random(seed)
    busiest = (
        Commitment.objects.values("lead_owner_id").annotate(n=Count("id")).order_by("-n").first()
    )
    department_id = busiest["lead_owner_id"]
    user = Membership.objects.get(role="staff", department_id=department_id).user
    _, raw = ApiToken.issue(user, name="bench")
    all_ids = list(Commitment.objects.values_list("pk", flat=True))
    detail_ids = rng.sample(all_ids, min(sample, len(all_ids)))
    own = list(
        Commitment.objects.filter(lead_owner_id=department_id)
        .exclude(status__in=CLOSED_STATUSES)
        .values_list("pk", flat=True)
    )
    report_ids = rng.sample(own, min(sample, len(own)))
    targets: dict[int, list[int]] = {}
    for commitment_id, target_id in Target.objects.filter(commitment_id__in=report_ids).values_list(
        "commitment_id", "pk"
    ):
        targets.setdefault(commitment_id, []).append(target_id)
    today = timezone.localdate().isoformat()

    def report(n: int) -> Request:
        pk = report_ids[n % len(report_ids)]
        body = {
            "status": "on_track",
            "percent": 50 + n % 50,
            "as_of": today,
            "narrative": "本月完成主体工程，累计完成投资1200万元。",
            "targets": [{"target": t, "value": str(10 + n)} for t in targets.get(pk, [])],
        }
        return Request(
            "POST",
            f"/api/v1/commitments/{pk}/reports/",
            json.dumps(body, ensure_ascii=False).encode(),
        )

    return Scenario(
        raw,
        department_id,
        {
            "list": lambda n: Request("GET", list_path(department_id)),
            "detail": lambda n: Request(
                "GET", f"/api/v1/commitments/{detail_ids[n % len(detail_ids)]}/"
            ),
            "report": report,
        },
    )


# --- in process: queries and latency ----------------------------------------


def _client_call(client: Client, request: Request, token: str):
    auth = {"HTTP_AUTHORIZATION": f"Token {token}"}
    if request.method == "GET":
        return client.get(request.path, **auth)
    return client.post(request.path, data=request.body, content_type="application/json", **auth)


def count_queries(s: Scenario, kind: str, n: int = 1000) -> int:
    """SQL queries of one request of ``kind`` (after a warm-up request)."""
    client = Client()
    _client_call(client, s.requests[kind](n), s.token)
    with CaptureQueriesContext(connection) as captured:
        response = _client_call(client, s.requests[kind](n + 1), s.token)
    if response.status_code >= 300:
        raise RuntimeError(f"{kind}: HTTP {response.status_code} {response.content[:300]!r}")
    return len(captured.captured_queries)


def time_in_process(s: Scenario, kind: str, count: int, warmup: int = 5) -> Latency:
    client = Client()
    samples = []
    for n in range(warmup + count):
        request = s.requests[kind](n + 2000)
        started = time.perf_counter()
        response = _client_call(client, request, s.token)
        elapsed = time.perf_counter() - started
        if response.status_code >= 300:
            raise RuntimeError(f"{kind}: HTTP {response.status_code} {response.content[:300]!r}")
        if n >= warmup:
            samples.append(elapsed)
    return Latency.of(samples)


# --- over HTTP: a gunicorn worker ---------------------------------------------


def time_http(s: Scenario, kind: str, port: int, count: int, warmup: int = 5) -> Latency:
    """Latency seen by a client on loopback (new connection per request, as
    gunicorn's sync worker closes it after each response)."""
    samples = []
    for n in itertools.islice(itertools.count(4000), warmup + count):
        request = s.requests[kind](n)
        started = time.perf_counter()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request(request.method, request.path, body=request.body, headers=s.headers())
        response = conn.getresponse()
        body = response.read()
        conn.close()
        elapsed = time.perf_counter() - started
        if response.status >= 300:
            raise RuntimeError(f"{kind}: HTTP {response.status} {body[:300]!r}")
        if n - 4000 >= warmup:
            samples.append(elapsed)
    return Latency.of(samples)


def department_rows(s: Scenario) -> int:
    """How many commitments the measured list filters (lead or co-owner)."""
    from commitments.models import CoOwnership

    co = CoOwnership.objects.filter(department_id=s.department_id).values("commitment_id")
    return Commitment.objects.filter(lead_owner_id=s.department_id).count() + co.count()
