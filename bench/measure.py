"""One benchmark run: the servers it needs, then every measurement at every size.

Latency headline numbers come from the gunicorn worker over HTTP when it
runs (``--no-http`` falls back to the in-process client); query counts
always come from the in-process client, which goes through the same
middleware and views.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from django.utils import timezone

from bench import api, floor, importing, reminders, seed
from bench.database import migrate
from bench.servers import Gunicorn, SmtpSink

KINDS = ("list", "detail", "report")


class Bench:
    def __init__(self, args: argparse.Namespace, env: dict[str, str], log_dir: Path) -> None:
        self.args, self.env, self.log_dir = args, env, log_dir
        self.result: dict = {"sizes": {}, "machine": machine()}
        self.web: Gunicorn | None = None
        self.smtp: SmtpSink | None = None

    def say(self, text: str) -> None:
        print(f"· {text}", flush=True)

    def run(self, sizes: list[int]) -> dict:
        migrate()
        try:
            self.smtp = SmtpSink(self.args.smtp_port, self.log_dir / "smtp.log")
            if not self.args.no_http:
                self.web = Gunicorn(
                    self.args.web_port,
                    {**self.env, "LOG_LEVEL": "INFO"},
                    self.log_dir / "gunicorn.log",
                )
            if not self.args.no_import:
                self.imports()
            for size in sizes:
                self.size(size)
            if not self.args.no_celery and sizes:
                self.celery(max(sizes))
            if self.web:
                self.result["web_rss_mb"] = self.web.worker_rss_mb()
        finally:
            for service in (self.web, self.smtp):
                if service:
                    service.stop()
        return self.result

    def imports(self) -> None:
        self.say("import: seed and a generated plan of 1,000 commitments")
        seed.reset()
        timing = importing.time_import(importing.SEED.read_bytes(), importing.SEED.name)
        self.result.update(
            import_seed_s=timing.import_s,
            import_seed_dry_run_s=timing.dry_run_s,
            import_seed_commitments=timing.commitments,
        )
        generated = importing.time_import(
            importing.generated_plan(1000), "generated-1000.txt", dry_runs=3
        )
        self.result.update(
            import_generated_s=generated.import_s,
            import_generated_dry_run_s=generated.dry_run_s,
            import_generated_commitments=generated.commitments,
        )

    def size(self, size: int) -> None:
        today = timezone.localdate()
        self.say(f"{size:,}: seeding")
        seeded = seed.seed(size, today.year, today.month, self.args.departments)
        row: dict = {
            "seed_s": round(seeded.seconds, 1),
            "departments": seeded.departments,
            "reports_seeded": seeded.rows["commitments_progressreport"],
        }
        scenario = api.scenario()
        n = self.args.requests
        for kind in KINDS:
            self.say(f"{size:,}: {kind}")
            row[f"{kind}_queries"] = api.count_queries(scenario, kind)
            local = api.time_in_process(scenario, kind, n)
            row[f"{kind}_inproc_p50_ms"], row[f"{kind}_inproc_p95_ms"] = local.p50_ms, local.p95_ms
            timed = api.time_http(scenario, kind, self.web.port, n) if self.web else local
            row[f"{kind}_p50_ms"], row[f"{kind}_p95_ms"] = timed.p50_ms, timed.p95_ms
        self.say(f"{size:,}: floor")
        low = floor.time_floor(scenario.department_id, today, n)
        row.update(
            floor_list_p50_ms=low.p50_ms,
            floor_list_p95_ms=low.p95_ms,
            list_floor_ratio=round(row["list_p95_ms"] / low.p95_ms, 2),
            list_department_rows=api.department_rows(scenario),
        )
        self.say(f"{size:,}: sweep")
        at = reminders.moment(today.year)
        decided = reminders.decide_only(at)
        sent = reminders.decide_store_send(at)
        row.update(
            sweep_s=decided.seconds,
            sweep_queries=decided.queries,
            sweep_chunks=decided.chunks,
            emails=decided.emails,
            sweep_store_s=sent.store_s,
            sweep_store_queries=sent.store_queries,
            sweep_send_only_s=sent.send_s,
            sweep_send_queries=sent.send_queries,
            sweep_send_s=round(sent.store_s + sent.send_s, 3),
            emails_sent=sent.sent,
            smtp_emails_per_s=sent.emails_per_s,
        )
        self.result["sizes"][str(size)] = row
        # The smallest size's rate: ordinary e-mails. At 100k the overdue digests
        # list tens of thousands of commitments and the rate measures their size.
        self.result.setdefault("smtp_emails_per_s", sent.emails_per_s)
        self.say(
            f"{size:,}: "
            + ", ".join(
                f"{k}={row[k]}"
                for k in (
                    "list_p95_ms",
                    "list_queries",
                    "detail_p95_ms",
                    "report_p95_ms",
                    "floor_list_p95_ms",
                    "sweep_s",
                    "sweep_queries",
                )
            )
        )

    def celery(self, size: int) -> None:
        self.say(f"{size:,}: sweep through a Celery worker")
        at = reminders.moment(timezone.localdate().year)
        expected = self.result["sizes"][str(size)]["emails_sent"]
        run = reminders.through_celery(
            at, expected, self.env, self.args.broker, self.log_dir / "celery.log"
        )
        self.result.update(
            worker_rss_mb=run.worker_rss_mb,
            celery_sweep_s=run.seconds,
            celery_emails=run.sent,
            celery_emails_per_s=round(run.sent / run.seconds, 1),
        )


def machine() -> dict:
    import os
    import platform

    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        version = cursor.fetchone()[0]
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "postgresql": version,
        "platform": platform.platform(),
    }
