"""A real broker outage: /healthz goes 503 when Redis stops and 200 when it is back.

Uses a private redis-server on a loopback port (never the shared one), so
stopping it disturbs nobody.
"""

from __future__ import annotations

import shutil
import subprocess
import time

import pytest
from django.test import Client

from tests.conftest import IN_CI
from tests.deploy.conftest import free_port
from tracker.celery import app as celery_app

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]


def start_redis(port: int) -> subprocess.Popen:
    process = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(50):
        try:
            import redis

            redis.Redis(port=port, socket_timeout=0.5).ping()
            return process
        except Exception:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("redis-server did not start")


@pytest.fixture
def private_redis(monkeypatch):
    if not shutil.which("redis-server"):
        if IN_CI:
            pytest.fail("redis-server is needed for the outage test in CI")
        pytest.skip("redis-server not installed")
    port = free_port()
    monkeypatch.setattr(celery_app.conf, "broker_url", f"redis://127.0.0.1:{port}/0")
    processes = [start_redis(port)]
    yield port, processes
    for process in processes:
        process.kill()
        process.wait(timeout=10)


def status() -> tuple[int, dict, float]:
    started = time.monotonic()
    response = Client().get("/healthz")
    return response.status_code, response.json(), time.monotonic() - started


def test_it_flips_to_503_when_redis_stops_and_back_when_it_returns(private_redis):
    port, processes = private_redis
    assert status()[0] == 200

    processes[0].terminate()
    processes[0].wait(timeout=10)
    code, body, took = status()

    assert code == 503
    assert body["checks"]["broker"].startswith("error")
    assert body["checks"]["database"] == "ok"
    assert took < 2.5

    processes.append(start_redis(port))

    assert status()[0] == 200
