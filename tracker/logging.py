"""Structured logs: one line per HTTP request and one per Celery task.

Production logs go to a collector (journald, Docker, Loki …) that indexes
JSON fields, so each request and each task is a single JSON object carrying
the ids an operator searches by: the user, the commitment in the URL, the
notification or commitment a task worked on. ``LOG_FORMAT=plain`` (the local
default) keeps the same events readable on a terminal; the ``message`` of
every event is a complete human summary, the extra fields are for machines.

Wiring: ``JsonFormatter`` is named in ``settings.LOGGING``;
``RequestLogMiddleware`` is the first entry of ``settings.MIDDLEWARE``;
``connect_celery_signals()`` is called by ``tracker.celery``.
"""

from __future__ import annotations

import inspect
import json
import logging
import logging.config
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.functional import SimpleLazyObject, empty

request_logger = logging.getLogger("tracker.request")
task_logger = logging.getLogger("tracker.task")

# Attributes every LogRecord has; anything else was passed with ``extra=``.
_RECORD_ATTRS = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """Render a record as one JSON object on one line.

    Non-ASCII is kept as is (Chinese messages stay readable in the raw log);
    values JSON cannot encode are rendered with ``str``.
    """

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _RECORD_ATTRS and not key.startswith("_"):
                payload[key] = value
        if record.exc_info:
            payload["exc_info"] = self.formatException(record.exc_info)
        if record.stack_info:
            payload["stack_info"] = self.formatStack(record.stack_info)
        return json.dumps(payload, ensure_ascii=False, default=str)


# --- HTTP requests ----------------------------------------------------------

# A commitment id in an API or admin URL: /api/v1/commitments/12/…,
# /admin/commitments/commitment/12/change/.
_COMMITMENT_IN_PATH = re.compile(r"/commitments?/(\d+)(?=/|$)")
_COMMITMENT_KWARGS = ("commitment_id", "commitment_pk", "commitment")


def commitment_id_of(request: HttpRequest) -> int | None:
    """The commitment a request is about, from URL kwargs or the path."""
    match = getattr(request, "resolver_match", None)
    if match is not None:
        for name in _COMMITMENT_KWARGS:
            value = match.kwargs.get(name)
            if value is not None and str(value).isdigit():
                return int(value)
    found = _COMMITMENT_IN_PATH.search(request.path_info)
    return int(found.group(1)) if found else None


def user_id_of(request: HttpRequest) -> int | None:
    """The authenticated user's id, without costing a query.

    DRF token authentication stores the user on the Django request; the
    session user is a lazy object that we read only if the view already
    evaluated it (evaluating it here would load the session just to log).
    """
    user = getattr(request, "user", None)
    if user is None:
        return None
    if isinstance(user, SimpleLazyObject) and user._wrapped is empty:
        return None
    return user.pk if getattr(user, "is_authenticated", False) else None


class RequestLogMiddleware:
    """Log one line per request: method, path, status, duration, user, commitment.

    First in ``MIDDLEWARE`` so the duration covers the whole stack. A
    successful ``/healthz`` (polled every few seconds by load balancers) is
    logged at DEBUG so it does not drown the log; a failing one is a WARNING.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.monotonic()
        response = self.get_response(request)
        duration_ms = round((time.monotonic() - started) * 1000, 1)
        status = response.status_code
        fields: dict[str, Any] = {
            "event": "request",
            "method": request.method,
            "path": request.path,
            "status": status,
            "duration_ms": duration_ms,
            "user_id": user_id_of(request),
            "commitment_id": commitment_id_of(request),
        }
        request_id = request.headers.get("X-Request-ID")
        if request_id:
            fields["request_id"] = request_id[:64]
        if request.path_info == "/healthz":
            level = logging.DEBUG if status == 200 else logging.WARNING
        elif status >= 500:
            level = logging.ERROR
        else:
            level = logging.INFO
        request_logger.log(
            level,
            "%s %s %s %.1fms",
            request.method,
            request.path,
            status,
            duration_ms,
            extra=fields,
        )
        return response


# --- Celery tasks -----------------------------------------------------------

_ID_PARAM = re.compile(r"^(notification|commitment)_(id|pk)(s?)$")
_started: dict[str, float] = {}
_errors: dict[str, str] = {}


def ids_from_args(task: Any, args: tuple | list | None, kwargs: dict | None) -> dict[str, Any]:
    """Notification/commitment ids a task was called with, by parameter name.

    Parameters named ``notification_id``, ``commitment_ids``, ``…_pk`` are
    reported as ``notification_id``/``commitment_ids``; positional arguments
    are matched to names through the task's signature. Long id lists are
    cut to 50 so one line stays one line.
    """
    args, kwargs = list(args or ()), dict(kwargs or {})
    try:
        bound = inspect.signature(task.run).bind_partial(*args, **kwargs).arguments
    except (TypeError, ValueError, AttributeError):
        bound = kwargs
    found: dict[str, Any] = {}
    for name, value in bound.items():
        match = _ID_PARAM.match(name)
        if not match:
            continue
        key = f"{match.group(1)}_id{match.group(3)}"
        found[key] = list(value)[:50] if isinstance(value, list | tuple | set) else value
    return found


def _on_prerun(task_id: str, **_: Any) -> None:
    _started[task_id] = time.monotonic()


def _on_failure(task_id: str, exception: BaseException | None = None, **_: Any) -> None:
    _errors[task_id] = f"{type(exception).__name__}: {exception}"[:500]


def _on_postrun(
    task_id: str,
    task: Any,
    args: Any = None,
    kwargs: Any = None,
    state: str | None = None,
    **_: Any,
) -> None:
    started = _started.pop(task_id, None)
    runtime_ms = round((time.monotonic() - started) * 1000, 1) if started else None
    error = _errors.pop(task_id, None)
    fields: dict[str, Any] = {
        "event": "task",
        "task": task.name,
        "task_id": task_id,
        "state": state,
        "runtime_ms": runtime_ms,
        **ids_from_args(task, args, kwargs),
    }
    if error:
        fields["error"] = error
    level = logging.ERROR if state == "FAILURE" else logging.INFO
    task_logger.log(
        level, "task %s[%s] %s in %sms", task.name, task_id, state, runtime_ms, extra=fields
    )


def _use_django_logging(**_: Any) -> None:
    """Let Django's LOGGING configure the worker instead of Celery's own set-up."""
    from django.conf import settings

    logging.config.dictConfig(settings.LOGGING)


def connect_celery_signals() -> None:
    """Log every task in the worker and format Celery's own lines like the rest."""
    from celery import signals

    signals.setup_logging.connect(_use_django_logging, weak=False)
    signals.task_prerun.connect(_on_prerun, weak=False)
    signals.task_failure.connect(_on_failure, weak=False)
    signals.task_postrun.connect(_on_postrun, weak=False)


class BrokerOutageFilter(logging.Filter):
    """Say once what a broker (Redis) outage is, on a worker that recovers by itself.

    Celery logs a lost connection as a WARNING, then an ERROR per reconnection
    attempt ("Cannot connect to …, trying again") and unrelated-looking ERROR
    tracebacks from steps it restarts ("Error on restarting Gossip:
    AttributeError … connection_errors"). Operators read those as failures
    needing action. This filter keeps the first line as the one WARNING, turns
    the first failed attempt into a WARNING that says the worker keeps
    retrying, drops the repeats and the restart artefacts, and notes the
    recovery (with its duration) as INFO. One state per process.
    """

    LOST = "Connection to broker lost"
    RETRY = "Cannot connect to"
    RESTART_NOISE = "Error on restarting"
    BACK = "Connected to"

    def __init__(self, name: str = "") -> None:
        super().__init__(name)
        self.down_since: float | None = None
        self.retry_reported = False

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith("celery."):
            return True
        text = record.getMessage()
        if self.RESTART_NOISE in text and "connection_errors" in text:
            return False  # a step restarting while the connection is gone
        if self.LOST in text:
            self.down_since, self.retry_reported = time.monotonic(), False
            self._rewrite(
                record,
                logging.WARNING,
                "broker connection lost; the worker reconnects by itself and resumes",
            )
            return True
        if self.RETRY in text:
            if self.retry_reported:
                return False
            self.retry_reported = True
            if self.down_since is None:
                self.down_since = time.monotonic()
            self._rewrite(
                record,
                logging.WARNING,
                "broker unreachable; retrying every few seconds until it answers "
                "(no action needed unless it stays down)",
            )
            return True
        if text.startswith(self.BACK) and self.down_since is not None:
            seconds = time.monotonic() - self.down_since
            self.down_since, self.retry_reported = None, False
            self._rewrite(record, logging.INFO, f"broker connection restored after {seconds:.0f} s")
        return True

    @staticmethod
    def _rewrite(record: logging.LogRecord, level: int, message: str) -> None:
        record.levelno, record.levelname = level, logging.getLevelName(level)
        record.msg, record.args = message, ()
        record.exc_info = record.exc_text = None
