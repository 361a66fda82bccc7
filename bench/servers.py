"""Processes the benchmark starts, and their peak memory.

A gunicorn with one sync worker (the production unit of ``deploy/``), an
SMTP server on loopback in its own process (so that receiving does not
steal the sender's CPU time in the same interpreter), and a Celery worker
(``tests.support.celery_worker``). Peak RSS is ``VmHWM`` from
``/proc/<pid>/status``: the high-water mark over the process's life.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def vm_hwm_mb(pid: int) -> float:
    """Peak resident set size of ``pid`` in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError(f"no VmHWM for {pid}")


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listening on {port} after {timeout}s")


class Service:
    """A subprocess in its own session, stopped with SIGTERM then SIGKILL."""

    def __init__(self, args: list[str], env: dict[str, str], log: Path) -> None:
        log.parent.mkdir(parents=True, exist_ok=True)
        self.log = log
        with log.open("ab") as out:
            self.process = subprocess.Popen(
                args,
                cwd=BASE_DIR,
                env={**os.environ, **env},
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)


class Gunicorn(Service):
    def __init__(self, port: int, env: dict[str, str], log: Path) -> None:
        super().__init__(
            [
                str(BIN / "gunicorn"),
                "tracker.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "1",
                "--worker-class",
                "sync",
                "--timeout",
                "120",
            ],
            env,
            log,
        )
        self.port = port
        wait_for_port(port, self.process)

    def worker_rss_mb(self) -> float:
        workers = children(self.pid)
        if not workers:
            raise RuntimeError("gunicorn has no worker")
        return max(vm_hwm_mb(pid) for pid in workers)


class ProductionGunicorn(Service):
    """gunicorn as ``deploy/`` runs it (``-c deploy/gunicorn.conf.py``: sync worker,
    30 s timeout, its logging), with one worker on ``port``."""

    def __init__(self, port: int, env: dict[str, str], log: Path) -> None:
        super().__init__(
            [str(BIN / "gunicorn"), "-c", "deploy/gunicorn.conf.py"],
            {
                **env,
                "GUNICORN_BIND": f"127.0.0.1:{port}",
                "GUNICORN_WORKERS": "1",
                "LOG_LEVEL": "info",  # lower case, as operators write it
            },
            log,
        )
        self.port = port
        wait_for_port(port, self.process)

    def worker_rss_mb(self) -> float:
        workers = children(self.pid)
        if not workers:
            raise RuntimeError("gunicorn has no worker")
        return max(vm_hwm_mb(pid) for pid in workers)

    def worker_restarts(self) -> int:
        """Workers gunicorn replaced (a timeout kills the worker and logs it)."""
        return self.log.read_text(errors="replace").count("WORKER TIMEOUT")


class SmtpSink(Service):
    """``bench/smtp_sink.py`` on ``port``: counts what it receives."""

    def __init__(self, port: int, log: Path) -> None:
        super().__init__(
            [sys.executable, str(BASE_DIR / "bench" / "smtp_sink.py"), str(port)], {}, log
        )
        self.port = port
        wait_for_port(port, self.process)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"
