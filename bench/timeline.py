"""``python bench/timeline.py [--runs N] [--json FILE]``: where one sweep's wall time goes.

Beat's ``reminders.sweep`` on a real worker node as ``deploy/`` runs it (prefork ×4,
Redis), on a ledger ``bench/run.py`` seeded (``DATABASE_URL``); the worker imports
``bench/timeline_hooks.py``, which records when each task and each step of it ran
and in which process; an SMTP sink records when each message arrived. Prints,
relative to the moment the sweep task was queued: each pool process's tasks, the
idle time of the processes, the first and last e-mail, and the CPU seconds of the
worker's processes and of their PostgreSQL backends.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))


def sink(port: int, path: Path) -> None:
    """aiosmtpd on loopback that only notes when each message arrived (in its own
    process, as ``bench/smtp_sink.py``); writes the times to ``path`` on SIGTERM."""
    import signal

    from aiosmtpd.controller import Controller

    arrived: list[float] = []

    class Handler:
        async def handle_DATA(self, server, session, envelope) -> str:
            arrived.append(time.time())
            return "250 2.0.0 OK"

    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    controller.start()
    print("listening", flush=True)
    stop.wait()
    controller.stop()
    path.write_text("\n".join(f"{t:.6f}" for t in arrived))


class Sink:
    def __init__(self, port: int) -> None:
        self.path = Path(tempfile.mkstemp(prefix="timeline-sink-")[1])
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--sink", str(port), str(self.path)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.process.stdout.readline()

    def stop(self) -> list[float]:
        self.process.terminate()
        self.process.wait(timeout=20)
        text = self.path.read_text()
        self.path.unlink()
        return [float(line) for line in text.split()]


def cpu_seconds(pid: int) -> float:
    """CPU time of ``pid`` so far (``schedstat``: nanoseconds, not clock ticks)."""
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e9
    except OSError:
        return 0.0


class Backends(threading.Thread):
    """CPU seconds of the PostgreSQL backends serving ``database`` (but ``mine``),
    sampled every 50 ms from ``/proc``: a backend that exits (a worker closes its
    connection after each task) keeps its last sample."""

    def __init__(self, database: str, mine: int) -> None:
        super().__init__(daemon=True)
        self.tag, self.mine = f" {database} ", mine
        stat = Path(f"/proc/{mine}/stat").read_text().rsplit(")", 1)[1].split()
        self.postmaster = int(stat[1])
        self.seen: dict[int, float] = {}
        self.running = True

    def sample(self) -> None:
        pm = self.postmaster
        for pid in map(int, Path(f"/proc/{pm}/task/{pm}/children").read_text().split()):
            if pid == self.mine:
                continue
            try:
                title = Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                continue
            if self.tag.encode() in title:
                self.seen[pid] = max(self.seen.get(pid, 0.0), cpu_seconds(pid))

    def run(self) -> None:
        while self.running:
            self.sample()
            time.sleep(0.05)

    def stop(self) -> float:
        self.running = False
        self.join()
        self.sample()
        return sum(self.seen.values())


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--broker", default="redis://127.0.0.1:6379/13")
    parser.add_argument("--smtp-port", type=int, default=8456)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--label", default="")
    parser.add_argument("--expected", type=int, default=409, help="e-mails a sweep sends")
    return parser.parse_args()


def configure(args: argparse.Namespace) -> dict[str, str]:
    env = {
        "DATABASE_URL": os.environ["DATABASE_URL"],
        "DJANGO_SETTINGS_MODULE": "tracker.settings",
        "DEBUG": "false",
        "EMAIL_URL": f"smtp://127.0.0.1:{args.smtp_port}",
        "REMINDER_SWEEP_MINUTES": "0",
        "CELERY_BROKER_URL": args.broker,
    }
    os.environ.update(env)
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    return env


def one_run(args: argparse.Namespace, env: dict[str, str], log: Path) -> dict:
    from django.db import connection
    from django.utils import timezone

    from bench import reminders
    from bench.servers import children
    from commitments.choices import NotificationState
    from commitments.models import Notification
    from tests.support.celery_worker import CELERY, new_queue, purge_queue, send_task

    reminders.clear_outbox()
    events_path = Path(tempfile.mkstemp(prefix="timeline-", suffix=".txt")[1])
    queue = new_queue()
    sink = Sink(args.smtp_port)
    with log.open("ab") as out:
        worker = subprocess.Popen(
            [
                str(CELERY),
                "-A",
                "tracker",
                "worker",
                "-I",
                "bench.timeline_hooks",
                "--pool=prefork",
                f"--concurrency={args.concurrency}",
                "-Q",
                queue,
                "-n",
                f"timeline-{queue}@%h",
                "--loglevel=INFO",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],
            cwd=BASE_DIR,
            env={
                **os.environ,
                **env,
                "CELERY_TASK_DEFAULT_QUEUE": queue,
                "TIMELINE_FILE": str(events_path),
                "LOG_LEVEL": "INFO",
            },
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        offset = log.stat().st_size
        deadline = time.monotonic() + 60
        while " ready." not in log.read_text(errors="replace")[offset - 200 :]:
            if time.monotonic() > deadline or worker.poll() is not None:
                raise RuntimeError("worker did not start")
            time.sleep(0.1)
        time.sleep(1.0)  # the pool's processes up and idle
        pids = [worker.pid, *children(worker.pid)]
        cpu_before = {pid: cpu_seconds(pid) for pid in pids}
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            (mine,) = cursor.fetchone()
        backends = Backends(connection.settings_dict["NAME"], mine)
        backends.sample()
        pg_before = dict(backends.seen)
        backends.start()
        at = reminders.moment(timezone.localdate().year)
        expected = None
        t0 = time.time()
        send_task(args.broker, queue, "reminders.sweep", [at.isoformat()])
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            time.sleep(0.1)
            if Notification.objects.filter(state=NotificationState.SENT).count() >= args.expected:
                expected = Notification.objects.count()
                break
        done = time.time()
        time.sleep(0.3)
        pids = [worker.pid, *children(worker.pid)]
        per_process = {pid: round(cpu_seconds(pid) - cpu_before.get(pid, 0.0), 2) for pid in pids}
        cpu_worker = sum(per_process.values())
        cpu_pg = backends.stop() - sum(pg_before.values())
    finally:
        os.killpg(worker.pid, 3)
        worker.wait(timeout=20)
        arrived = sink.stop()
        purge_queue(args.broker, queue)
    events = [line.split(" ", 3) for line in events_path.read_text().splitlines()]
    events_path.unlink()
    result = summarize(t0, done, events, arrived, expected, cpu_worker, cpu_pg)
    result["cpu_worker_by_process"] = per_process
    result["pg_backends"] = len(backends.seen) - len(pg_before)
    return result


def summarize(t0, done, events, arrived, expected, cpu_worker, cpu_pg) -> dict:
    lanes: dict[str, list] = defaultdict(list)
    open_: dict[tuple[str, str], float] = {}
    steps: dict[str, list] = defaultdict(list)
    step_open: dict[tuple[str, str], float] = {}
    for stamp, pid, event, detail in events:
        t = float(stamp) - t0
        if event == "start":
            name, tid, *rest = detail.split(" ")
            open_[(pid, tid)] = t
        elif event == "end":
            name, tid = detail.split(" ")[:2]
            started = open_.pop((pid, tid), None)
            if started is not None:
                lanes[pid].append((round(started, 3), round(t, 3), name.split(".")[-1]))
        elif event == "begin":
            step_open[(pid, detail)] = t
        elif event == "done":
            started = step_open.pop((pid, detail), None)
            if started is not None:
                steps[detail].append(round(t - started, 4))
    arrived = sorted(a - t0 for a in arrived)
    busy = {pid: sum(b - a for a, b, _ in spans) for pid, spans in lanes.items()}
    last = arrived[-1] if arrived else done - t0
    received = [float(s) - t0 for s, pid, e, d in events if e == "received"]
    ordered = [sorted(spans) for spans in lanes.values()]
    chunks = [b for spans in ordered for _, b, name in spans if name == "sweep_chunk"]
    sends = [a for spans in ordered for a, _, name in spans if name == "send_batch"]
    return {
        "emails": len(arrived),
        "rows": expected,
        "first_email_s": round(arrived[0], 3) if arrived else None,
        "last_email_s": round(last, 3),
        "emails_per_s": round(len(arrived) / last, 1) if arrived else None,
        "sweep_received_s": round(min(received), 3) if received else None,
        "lanes": {pid: sorted(spans) for pid, spans in lanes.items()},
        "busy_s": {pid: round(v, 3) for pid, v in busy.items()},
        "idle_s_to_last_email": round(len(lanes) * last - sum(busy.values()), 3),
        # idle process-seconds: before each process's first task, between its tasks,
        # after its last task until the last e-mail arrived
        "idle_before_first_task_s": round(sum(spans[0][0] for spans in ordered), 3),
        "idle_between_tasks_s": round(
            sum(b[0] - a[1] for spans in ordered for a, b in itertools.pairwise(spans)), 3
        ),
        "idle_after_last_task_s": round(sum(last - spans[-1][1] for spans in ordered), 3),
        "last_chunk_end_s": round(max(chunks), 3) if chunks else None,
        "first_send_start_s": round(min(sends), 3) if sends else None,
        "steps": {
            k: {"n": len(v), "sum_s": round(sum(v), 3), "max_s": max(v)} for k, v in steps.items()
        },
        "cpu_worker_s": round(cpu_worker, 2),
        "cpu_pg_backends_s": round(cpu_pg, 2),
        "arrivals_s": [round(a, 3) for a in arrived[:: max(1, len(arrived) // 40)]],
    }


def show(result: dict) -> None:
    print(
        f"e-mails {result['emails']}: first {result['first_email_s']} s, last "
        f"{result['last_email_s']} s, {result['emails_per_s']}/s; sweep received "
        f"{result['sweep_received_s']} s; CPU worker {result['cpu_worker_s']} s, "
        f"PostgreSQL backends {result['cpu_pg_backends_s']} s ({result['pg_backends']} new);"
        f" by process {result['cpu_worker_by_process']}"
    )
    for pid, spans in result["lanes"].items():
        text = "  ".join(f"{a:.2f}-{b:.2f} {n}" for a, b, n in spans)
        print(f"  {pid}: busy {result['busy_s'][pid]:.2f} s: {text}")
    print(
        f"  idle process-seconds before the last e-mail: {result['idle_s_to_last_email']}"
        f" (before the first task {result['idle_before_first_task_s']}, between tasks"
        f" {result['idle_between_tasks_s']}, after the last {result['idle_after_last_task_s']});"
        f" last chunk ends {result['last_chunk_end_s']} s, first send starts"
        f" {result['first_send_start_s']} s"
    )
    for name, step in result["steps"].items():
        print(f"  {name}: {step}")


def main() -> None:
    if sys.argv[1:2] == ["--sink"]:
        sink(int(sys.argv[2]), Path(sys.argv[3]))
        return
    args = arguments()
    env = configure(args)
    import django

    django.setup()
    log = BASE_DIR / "var" / "bench" / "timeline-celery.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    results = []
    for _ in range(args.runs):
        load = os.getloadavg()
        result = one_run(args, env, log)
        result["load"] = [round(x, 2) for x in load]
        result["label"] = args.label
        show(result)
        results.append(result)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
