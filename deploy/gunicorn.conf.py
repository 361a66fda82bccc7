"""gunicorn settings: ``gunicorn -c deploy/gunicorn.conf.py`` from the project root.

Everything is read from the environment (the same ``/etc/tracker/env`` or
compose ``environment`` as Django), so one file serves the systemd unit, the
container and the smoke run. gunicorn's own lines (start-up, worker
timeouts) and its optional access log are JSON when ``LOG_FORMAT=json``,
like the application's; see docs/operations.md for the log fields.

The application already logs one line per request (``tracker.logging``,
with user and commitment ids), so gunicorn's access log is off unless
``GUNICORN_ACCESS_LOG`` names a destination (``-`` for stdout): turn it on
to see requests that never reached Django, with remote address and bytes.
"""

from __future__ import annotations

import json
import logging
import os
import time

from gunicorn.glogging import Logger


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    try:
        return int(raw) if raw else default
    except ValueError as exc:
        raise SystemExit(f"{name}={raw!r} is not an integer") from exc


wsgi_app = "tracker.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")
# Threaded workers (gthread, since threads > 1): the ledger's and the overdue
# list's exports stream for as long as the ledger is big (issue 17: the 100k
# ledger XLSX took longer than 30 s on a loaded 2-core box), and a sync
# worker is killed when one response outlasts ``timeout``; a gthread worker
# keeps its heartbeat while it streams. Memory per request stays flat (the
# exports are streamed), so a few threads per worker are cheap.
workers = _int("GUNICORN_WORKERS", 2 * (os.cpu_count() or 1) + 1)
threads = _int("GUNICORN_THREADS", 4)
# A worker that stops answering its heartbeat for this long is restarted (with
# GUNICORN_THREADS=1, the sync worker: a request that runs longer is killed).
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = _int("GUNICORN_KEEPALIVE", 5)
# Recycle workers now and then so a slow leak never becomes an outage.
max_requests = _int("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = max(1, max_requests // 10) if max_requests else 0
# The proxy in front (nginx on loopback, or the compose network) may set
# X-Forwarded-* headers; Django decides HTTPS from X-Forwarded-Proto itself
# (SECURE_PROXY_SSL_HEADER), so only trust what the proxy can send.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# Heartbeat files in RAM: a container's overlay file system can stall them.
if os.path.isdir("/dev/shm"):
    worker_tmp_dir = "/dev/shm"
proc_name = "tracker-web"
# gunicorn 25+ opens a control socket under $HOME by default; two instances
# on one machine (a smoke run beside the service) would fight over it, and
# a service user may have no home. Opt in with a path.
control_socket_disable = not os.environ.get("GUNICORN_CONTROL_SOCKET")
if not control_socket_disable:
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]

loglevel = os.environ.get("LOG_LEVEL", "info").lower()
errorlog = "-"
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
_production = os.environ.get("DJANGO_ENV") == "production"
_json = os.environ.get("LOG_FORMAT", "json" if _production else "plain") == "json"


class _JsonLineFormatter(logging.Formatter):
    """gunicorn's lines in the shape of tracker.logging.JsonFormatter."""

    def format(self, record: logging.LogRecord) -> str:
        payload = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}+00:00",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        payload.update(getattr(record, "fields", {}))
        if record.exc_info:
            payload["exc_info"] = self.formatException(record.exc_info)
        return json.dumps(payload, ensure_ascii=False, default=str)


class JsonLogger(Logger):
    """gunicorn logger whose error and access lines are JSON objects."""

    def setup(self, cfg) -> None:
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                handler.setFormatter(_JsonLineFormatter())

    def access(self, resp, req, environ, request_time) -> None:
        if not self.cfg.accesslog:
            return
        status = resp.status.split(None, 1)[0] if isinstance(resp.status, str) else resp.status
        fields = {
            "event": "access",
            "remote_addr": environ.get("REMOTE_ADDR"),
            "forwarded_for": environ.get("HTTP_X_FORWARDED_FOR"),
            "method": environ.get("REQUEST_METHOD"),
            "path": environ.get("PATH_INFO"),
            "query": environ.get("QUERY_STRING") or None,
            "status": int(status),
            "bytes": getattr(resp, "sent", None),
            "duration_ms": round(request_time.total_seconds() * 1000, 1),
            "user_agent": environ.get("HTTP_USER_AGENT"),
            "request_id": environ.get("HTTP_X_REQUEST_ID"),
        }
        self.access_log.info(
            "%s %s %s", fields["method"], fields["path"], status, extra={"fields": fields}
        )


if _json:
    logger_class = JsonLogger
