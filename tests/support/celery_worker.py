"""A real Celery worker in a subprocess, for tests that must survive real
failures (SIGKILL included). The worker reads the test database through
``DATABASE_URL`` and listens on its own queue, so tests in parallel runs or
other suites sharing the Redis database do not take each other's tasks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

from kombu import Connection

BASE_DIR = Path(__file__).resolve().parents[2]
CELERY = Path(sys.executable).with_name("celery")


def database_url(settings_dict: dict) -> str:
    """A ``DATABASE_URL`` for the database a Django connection is using
    (the test database once pytest-django has set it up)."""
    engine = settings_dict["ENGINE"]
    if engine.endswith("sqlite3"):
        name = str(settings_dict["NAME"])
        if name == ":memory:" or "mode=memory" in name:
            raise RuntimeError("a worker process cannot open an in-memory SQLite database")
        return f"sqlite:///{Path(name).resolve()}"
    if engine.endswith("postgresql"):
        user = settings_dict.get("USER") or ""
        password = settings_dict.get("PASSWORD") or ""
        auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
        host = settings_dict.get("HOST") or "127.0.0.1"
        port = settings_dict.get("PORT") or 5432
        return f"postgres://{auth}{host}:{port}/{settings_dict['NAME']}"
    raise RuntimeError(f"no worker support for {engine}")


def new_queue() -> str:
    return f"test-{uuid.uuid4().hex[:12]}"


class WorkerProcess:
    """``start()`` waits until the worker consumes; ``kill()`` is a real SIGKILL."""

    def __init__(
        self,
        env: dict[str, str],
        queue: str,
        log_path: Path,
        name: str = "w",
        pool: str = "solo",
        concurrency: int = 1,
    ) -> None:
        self.env, self.queue, self.log_path = env, queue, log_path
        self.name, self.pool, self.concurrency = name, pool, concurrency
        self.process: subprocess.Popen | None = None
        self._log_offset = 0

    def start(self, timeout: float = 40.0) -> WorkerProcess:
        self._log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [
                    str(CELERY),
                    "-A",
                    "tracker",
                    "worker",
                    f"--pool={self.pool}",
                    f"--concurrency={self.concurrency}",
                    "-Q",
                    self.queue,
                    "-n",
                    f"{self.name}-{self.queue}@%h",
                    "--loglevel=INFO",
                    "--without-gossip",
                    "--without-mingle",
                    "--without-heartbeat",
                ],
                cwd=BASE_DIR,
                env={**os.environ, **self.env, "CELERY_TASK_DEFAULT_QUEUE": self.queue},
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited with {self.process.returncode}:\n{self.log()}")
            if " ready." in self.log():
                return self
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"worker did not become ready:\n{self.log()}")

    def log(self) -> str:
        if not self.log_path.exists():
            return ""
        with self.log_path.open("rb") as handle:
            handle.seek(self._log_offset)
            return handle.read().decode(errors="replace")

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL the worker and its pool children: no clean-up, no acks."""
        if self.process is not None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.process.wait(timeout=10)

    def stop(self, timeout: float = 5.0) -> None:
        """Cold shutdown (SIGQUIT): tests stop idle workers, no need to drain."""
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGQUIT)
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
        except ProcessLookupError:
            pass


def send_task(broker_url: str, queue: str, name: str, args: list | None = None) -> None:
    """Publish a task by name to ``queue`` on ``broker_url``, as beat would."""
    from tracker.celery import app

    with Connection(broker_url) as connection:
        producer = connection.Producer()
        app.send_task(name, args=args or [], queue=queue, producer=producer)


def purge_queue(broker_url: str, queue: str) -> None:
    """Remove a test queue and its binding tables from Redis (kombu keeps a
    queue's binding in ``_kombu.binding.Q`` and, for a queue without expiry,
    in ``_kombu.binding_permanent.Q`` too)."""
    with Connection(broker_url) as connection:
        client = connection.default_channel.client
        client.delete(queue, f"_kombu.binding.{queue}", f"_kombu.binding_permanent.{queue}")
