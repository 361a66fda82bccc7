"""``/healthz`` as a load balancer sees it: fast 503 naming the failed check,
200 again as soon as the dependency is back, reachable over plain HTTP with
any Host header."""

from __future__ import annotations

import time

import pytest
from django.db import connections
from django.test import Client, override_settings

from tests.deploy.conftest import closed_port
from tracker import health
from tracker.celery import app as celery_app

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def broker_at(monkeypatch):
    """Point the Celery app at another broker for the duration of a test."""

    def point(url: str) -> None:
        monkeypatch.setattr(celery_app.conf, "broker_url", url)

    return point


@pytest.fixture
def live_broker(broker_at, redis_url: str) -> str:
    broker_at(redis_url)
    return redis_url


def get_healthz(client: Client | None = None, **headers):
    started = time.monotonic()
    response = (client or Client()).get("/healthz", headers=headers)
    return response, time.monotonic() - started


def test_it_says_ok_when_database_and_broker_answer(live_broker):
    response, _ = get_healthz()

    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["checks"]) == ("ok", {"database": "ok", "broker": "ok"})
    # Details an operator reads, which never change the status (docs/reminders.md).
    assert body["details"]["reminders"]["unsent"] == 0
    assert response["Cache-Control"] == "no-store"


def test_it_names_the_broker_when_the_broker_is_down(broker_at):
    broker_at(f"redis://127.0.0.1:{closed_port()}/12")

    response, took = get_healthz()

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["broker"].startswith("error: ")
    assert took < 2.5


def test_it_names_the_database_when_the_database_is_down(live_broker, monkeypatch):
    settings_dict = connections["default"].settings_dict
    if settings_dict["ENGINE"] == "django.db.backends.postgresql":
        monkeypatch.setitem(settings_dict, "PORT", closed_port())
    else:
        monkeypatch.setitem(settings_dict, "NAME", "/nonexistent-dir/tracker.sqlite3")

    response, took = get_healthz()

    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "error: OperationalError", "broker": "ok"}
    assert took < 3


def test_it_recovers_when_the_broker_comes_back(broker_at, redis_url):
    broker_at(f"redis://127.0.0.1:{closed_port()}/12")
    assert get_healthz()[0].status_code == 503

    broker_at(redis_url)

    assert get_healthz()[0].status_code == 200


def test_it_gives_up_on_a_hung_check_at_the_deadline(monkeypatch):
    monkeypatch.setitem(health.CHECKS, "broker", lambda timeout: time.sleep(5))

    started = time.monotonic()
    checks = health.run_checks(timeout=0.3)

    assert time.monotonic() - started < 1
    assert checks["database"] == "ok"
    assert checks["broker"] == "error: no answer within 0.3s"


@override_settings(
    ALLOWED_HOSTS=["tracker.example.gov.cn"],
    SECURE_SSL_REDIRECT=True,
    SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
    ROOT_URLCONF="tests.deploy.urls",
)
def test_it_answers_a_load_balancer_over_plain_http_by_ip(live_broker):
    client = Client()

    response, _ = get_healthz(client, Host="10.0.0.7")
    redirected = client.get("/ping/", headers={"Host": "tracker.example.gov.cn"})
    refused = client.get("/ping/", headers={"Host": "10.0.0.7"})

    assert response.status_code == 200
    assert redirected.status_code == 301
    assert redirected["Location"].startswith("https://")
    assert refused.status_code == 400
