"""Structured logs: one JSON line per request and per task, with the ids an
operator searches by."""

from __future__ import annotations

import json
import logging

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils.functional import SimpleLazyObject

from tracker.celery import app as celery_app
from tracker.logging import JsonFormatter, RequestLogMiddleware, ids_from_args


@celery_app.task(name="tests.deploy.send_notification")
def send_notification(notification_id: int, commitment_ids: list[int] | None = None) -> int:
    if notification_id < 0:
        raise ValueError("no such notification")
    return notification_id


class FakeUser:
    pk = 42
    is_authenticated = True


def records(caplog, name: str) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == name]


def test_it_formats_one_json_object_per_line_with_extra_fields():
    record = logging.makeLogRecord(
        {
            "name": "x",
            "levelname": "INFO",
            "msg": "督办 %s",
            "args": ("提醒",),
            "event": "task",
            "task_id": "abc",
        }
    )

    line = JsonFormatter().format(record)

    assert "\n" not in line
    payload = json.loads(line)
    assert payload["message"] == "督办 提醒"
    assert payload["event"] == "task"
    assert payload["task_id"] == "abc"
    assert payload["level"] == "INFO"
    assert "督办" in line  # kept readable, not \\u-escaped


def test_it_logs_a_request_with_user_and_commitment(caplog):
    request = RequestFactory().post(
        "/api/v1/commitments/17/reports/", headers={"X-Request-ID": "req-1"}
    )
    request.user = FakeUser()
    middleware = RequestLogMiddleware(lambda req: HttpResponse(status=201))

    with caplog.at_level(logging.INFO, logger="tracker.request"):
        middleware(request)

    [record] = records(caplog, "tracker.request")
    assert record.method == "POST"
    assert record.path == "/api/v1/commitments/17/reports/"
    assert record.status == 201
    assert record.duration_ms >= 0
    assert record.user_id == 42
    assert record.commitment_id == 17
    assert record.request_id == "req-1"


def test_it_finds_the_commitment_in_an_admin_url():
    from tracker.logging import commitment_id_of

    request = RequestFactory().get("/admin/commitments/commitment/5/change/")

    assert commitment_id_of(request) == 5
    assert commitment_id_of(RequestFactory().get("/api/v1/commitments/")) is None


def test_it_does_not_load_a_session_user_just_to_log(caplog):
    loaded = []
    request = RequestFactory().get("/api/v1/departments/")
    request.user = SimpleLazyObject(lambda: loaded.append(1) or AnonymousUser())

    with caplog.at_level(logging.INFO, logger="tracker.request"):
        RequestLogMiddleware(lambda req: HttpResponse())(request)

    assert loaded == []
    assert records(caplog, "tracker.request")[0].user_id is None


def test_it_keeps_healthy_healthz_probes_out_of_the_info_log(caplog):
    with caplog.at_level(logging.INFO, logger="tracker.request"):
        RequestLogMiddleware(lambda req: HttpResponse())(RequestFactory().get("/healthz"))
        RequestLogMiddleware(lambda req: HttpResponse(status=503))(RequestFactory().get("/healthz"))

    [record] = records(caplog, "tracker.request")
    assert record.status == 503
    assert record.levelname == "WARNING"


def test_it_maps_positional_task_args_to_id_names():
    assert ids_from_args(send_notification, (7,), {"commitment_ids": [1, 2]}) == {
        "notification_id": 7,
        "commitment_ids": [1, 2],
    }
    assert ids_from_args(send_notification, (), {}) == {}


def test_it_logs_one_line_per_task_with_state_runtime_and_ids(caplog):
    with caplog.at_level(logging.INFO, logger="tracker.task"):
        send_notification.apply(args=(7,), kwargs={"commitment_ids": [3]})

    [record] = records(caplog, "tracker.task")
    assert record.event == "task"
    assert record.task == "tests.deploy.send_notification"
    assert record.task_id
    assert record.state == "SUCCESS"
    assert record.runtime_ms >= 0
    assert record.notification_id == 7
    assert record.commitment_ids == [3]


def test_it_logs_a_failed_task_as_an_error_with_its_cause(caplog):
    with caplog.at_level(logging.INFO, logger="tracker.task"):
        send_notification.apply(args=(-1,))

    [record] = records(caplog, "tracker.task")
    assert record.state == "FAILURE"
    assert record.levelname == "ERROR"
    assert record.error == "ValueError: no such notification"
    assert record.notification_id == -1


@pytest.mark.parametrize(
    ("env", "expected"), [({}, "plain"), ({"DJANGO_ENV": "production"}, "json")]
)
def test_it_defaults_to_json_in_production_and_plain_locally(production_env, env, expected):
    import subprocess

    from tests.deploy.conftest import PYTHON, ROOT

    base = {k: v for k, v in production_env.items() if k not in {"DJANGO_ENV", "LOG_FORMAT"}}
    result = subprocess.run(
        [PYTHON, "-c", "from django.conf import settings; print(settings.LOG_FORMAT)"],
        env={**base, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )

    assert result.stdout.strip() == expected


def test_a_broker_outage_is_said_once_and_its_end_too(settings):
    """The lines a Celery worker logs when Redis goes away and comes back, as
    the workers of ``deploy/smoke`` printed them: one WARNING that says what
    happens, no ERROR tracebacks, the repeats dropped, the recovery noted."""
    import io
    import logging

    from tracker.logging import BrokerOutageFilter

    assert settings.LOGGING["handlers"]["console"]["filters"] == ["broker_outage"]
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    handler.addFilter(BrokerOutageFilter())
    consumer = logging.getLogger("celery.worker.consumer.consumer")
    bootsteps = logging.getLogger("celery.bootsteps")
    connection = logging.getLogger("celery.worker.consumer.connection")
    for logger in (consumer, bootsteps, connection):
        logger.addHandler(handler)
        logger.propagate = False
    try:
        url = "redis://:**@127.0.0.1:6379/0"
        consumer.warning(
            "consumer: Connection to broker lost. Trying to re-establish the connection..."
        )
        bootsteps.error(
            "Error on restarting Gossip: AttributeError(\"'NoneType' object has no "
            "attribute 'connection_errors'\")"
        )
        for attempt in range(1, 4):
            consumer.error(
                "consumer: Cannot connect to %s: Error 111 connecting.\nTrying again in "
                "2.00 seconds... (%s/100)\n",
                url,
                attempt,
            )
        connection.info("Connected to %s", url)
        connection.info("Connected to %s", url)  # an ordinary later reconnect stays as it is
    finally:
        for logger in (consumer, bootsteps, connection):
            logger.removeHandler(handler)
            logger.propagate = True
    lines = stream.getvalue().splitlines()
    assert [line.split()[0] for line in lines] == ["WARNING", "WARNING", "INFO", "INFO"]
    assert "reconnects by itself" in lines[0]
    assert "retrying" in lines[1]
    assert "restored after" in lines[2]
    assert "ERROR" not in stream.getvalue() and "Traceback" not in stream.getvalue()
