"""One benchmark run: the servers it needs, then every measurement at every size.

Latency headline numbers come from the gunicorn worker over HTTP when it
runs (``--no-http`` falls back to the in-process client); query counts
always come from the in-process client, which goes through the same
middleware and views.
"""

from __future__ import annotations

import argparse
import datetime
import json
import time
from pathlib import Path

from django.utils import timezone

from bench import api, export_job, floor, importing, reminders, seed
from bench import reports as bench_reports
from bench.database import migrate
from bench.servers import Gunicorn, ProductionGunicorn, SmtpSink
from bench.smtp_floor import floor_emails_per_s
from reports import kept_rollups
from reports.models import RollupSnapshot

#: The report requests: (key, path) for a supervisor over every department.
REPORTS = (
    ("ledger_json", "/api/v1/reports/ledger/"),
    ("ledger_csv", "/api/v1/reports/ledger/?format=csv"),
    ("ledger_xlsx", "/api/v1/reports/ledger/?format=xlsx"),
    ("overdue_json", "/api/v1/reports/overdue/"),
    ("overdue_csv", "/api/v1/reports/overdue/?format=csv"),
    ("overdue_xlsx", "/api/v1/reports/overdue/?format=xlsx"),
    ("summary_xlsx", "/api/v1/reports/summary/?format=xlsx"),
)

KINDS = ("list", "detail", "report")


class Bench:
    def __init__(self, args: argparse.Namespace, env: dict[str, str], log_dir: Path) -> None:
        self.args, self.env, self.log_dir = args, env, log_dir
        self.result: dict = {"sizes": {}, "machine": machine()}
        self.web: Gunicorn | None = None
        self.smtp: SmtpSink | None = None

    def say(self, text: str) -> None:
        print(f"· {text}", flush=True)

    def save(self) -> None:
        """What is measured so far, to ``--json`` (a long run that fails keeps it)."""
        if self.args.json:
            self.args.json.write_text(json.dumps(self.result, ensure_ascii=False, indent=2))

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
                self.reimport()
            for size in sizes:
                self.size(size)
            if not self.args.no_celery:
                for size in celery_sizes(self.args, sizes):
                    if size != sizes[-1]:
                        self.say(f"{size:,}: seeding again for the Celery sweep")
                        today = timezone.localdate()
                        seed.seed(size, today.year, today.month, self.args.departments)
                    self.celery(size)
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

    def reimport(self) -> None:
        """A 5,000-commitment plan imported, then an edited version (a sentence added
        near the top, so every later pledge moves) imported again through the
        ``import_plan`` command, as an administrator would."""
        self.say("re-import: a plan of 5,000 commitments, edited near the top")
        seed.reset()
        try:
            self.result.update(importing.measure_reimport(5000, self.log_dir / "reimport-5000.txt"))
        except Exception as exc:  # the rest of the run still counts
            self.result["reimport_error"] = str(exc)[:300]
            self.say(f"re-import failed: {exc}")

    def size(self, size: int) -> None:
        today = timezone.localdate()
        row: dict = self.reused(size) if self.args.reuse_seed else {}
        if not row:
            self.say(f"{size:,}: seeding")
            seeded = seed.seed(size, today.year, today.month, self.args.departments)
            row = {
                "seed_s": round(seeded.seconds, 1),
                "departments": seeded.departments,
                "reports_seeded": seeded.rows["commitments_progressreport"],
            }
        self.say(f"{size:,}: kept roll-ups")
        self.rebuild_rollups(row)
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
        if not self.args.no_reports:
            self.reports(size, row)
            if not self.args.no_celery:
                self.export_job(size, row)
        self.result["sizes"][str(size)] = row
        self.save()
        if size > self.args.max_sweep_size:
            self.say(f"{size:,}: no sweep above --max-sweep-size")
            return
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

    def reused(self, size: int) -> dict:
        """``--reuse-seed``: keep a ledger of this size seeded by an earlier run (a 1M
        seed takes most of an hour on a busy box); only the reminders it stored are
        dropped, so the sweep decides and sends the same messages again. ``{}`` when
        the database holds another size (then it is seeded as usual)."""
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM commitments_commitment")
            (commitments,) = cursor.fetchone()
            if commitments != size:
                return {}
            cursor.execute("SELECT count(*) FROM commitments_department")
            (departments,) = cursor.fetchone()
            cursor.execute("SELECT count(*) FROM commitments_progressreport")
            (reports_count,) = cursor.fetchone()
            cursor.execute(
                "TRUNCATE commitments_notification_commitments, commitments_escalation,"
                " commitments_notification RESTART IDENTITY CASCADE"
            )
        dropped = drop_future_reports()
        self.say(
            f"{size:,}: reusing the seeded ledger ({departments:,} departments"
            f"{f', {dropped:,} reports dated after today dropped' if dropped else ''})"
        )
        return {"seed_s": None, "departments": departments, "reports_seeded": reports_count}

    def reports(self, size: int, row: dict) -> None:
        """Ledger, overdue and summary as JSON and files on the production gunicorn
        config, their floors and ratios, query counts and the worker's peak RSS."""
        today = timezone.localdate()
        token = bench_reports.supervisor_token()
        runs = 3 if size <= 10_000 else 1
        n = 20 if size <= 10_000 else 10 if size <= 100_000 else 5
        web = ProductionGunicorn(
            self.args.web_port + 1, self.env, self.log_dir / f"gunicorn-reports-{size}.log"
        )
        try:
            for key, path in REPORTS:
                self.say(f"{size:,}: {key}")
                fetched = [bench_reports.fetch(web.port, path, token) for _ in range(runs)]
                best = min(fetched, key=lambda f: f.seconds)
                row[f"{key}_s"] = best.seconds
                row[f"{key}_mb"] = round(best.size / 2**20, 1)
                if any(f.status != 200 for f in fetched):
                    row[f"{key}_status"] = [f.status for f in fetched]
            self.summaries(size, row, web.port, token, n)
            row["report_peak_rss_mb"] = web.worker_rss_mb()
            row["report_worker_timeouts"] = web.worker_restarts()
        finally:
            web.stop()
        self.say(f"{size:,}: report floors")
        row["floor_ledger_json_s"] = bench_reports.floor_seconds(
            bench_reports.FLOOR_LEDGER_SQL, today, runs
        )
        row["floor_overdue_json_s"] = bench_reports.floor_seconds(
            bench_reports.FLOOR_OVERDUE_SQL, today, runs
        )
        low = bench_reports.floor_latency(bench_reports.FLOOR_SUMMARY_SQL, today, n)
        row["floor_summary_p50_ms"], row["floor_summary_p95_ms"] = low.p50_ms, low.p95_ms
        full = bench_reports.floor_latency(bench_reports.FLOOR_FULL_PASS_SUMMARY_SQL, today, 3)
        row["floor_summary_full_pass_p95_ms"] = full.p95_ms
        for key, floor_key in (
            ("ledger_json_s", "floor_ledger_json_s"),
            ("overdue_json_s", "floor_overdue_json_s"),
            ("summary_p95_ms", "floor_summary_p95_ms"),
        ):
            if row.get(floor_key):
                row[key.rsplit("_", 1)[0] + "_floor_ratio"] = round(row[key] / row[floor_key], 2)
        if size <= 100_000:
            self.say(f"{size:,}: report query counts")
            row.update(bench_reports.query_counts(token))

    def summaries(self, size: int, row: dict, port: int, token: str, n: int) -> None:
        """The whole ledger's summary (reports.kept_rollups): with the groups that the
        reports filed above moved, counted live; after beat's fold (none moved: the
        ratio to the floor); and with nothing kept (a full pass, as before)."""
        path = "/api/v1/reports/summary/"
        row["summary_moved_groups"] = kept_rollups.moved_groups()
        self.say(f"{size:,}: summary x{n}, {row['summary_moved_groups']} groups moved")
        moved = bench_reports.http_latency(port, path, token, n)
        row["summary_moved_p95_ms"] = moved.p95_ms
        started = time.perf_counter()
        folded = kept_rollups.refresh()
        row["rollups_fold_s"] = round(time.perf_counter() - started, 3)
        row["rollups_fold_groups"] = folded.groups
        self.say(f"{size:,}: summary x{n}, folded")
        summary = bench_reports.http_latency(port, path, token, n)
        row["summary_p50_ms"], row["summary_p95_ms"] = summary.p50_ms, summary.p95_ms
        RollupSnapshot.objects.all().delete()
        self.say(f"{size:,}: summary x3, nothing kept (a full pass)")
        row["summary_live_p95_ms"] = bench_reports.http_latency(port, path, token, 3).p95_ms
        self.rebuild_rollups(row)

    def rebuild_rollups(self, row: dict) -> None:
        started = time.perf_counter()
        kept_rollups.refresh(rebuild=True)
        row["rollups_rebuild_s"] = round(time.perf_counter() - started, 3)

    def export_job(self, size: int, row: dict) -> None:
        """The full-ledger XLSX as a background job on a real Celery worker."""
        self.say(f"{size:,}: ledger XLSX as an export job")
        run = export_job.through_worker(
            self.env, self.args.broker, self.log_dir / f"celery-export-{size}.log"
        )
        row.update(
            export_job_xlsx_s=run.seconds,
            export_worker_rss_mb=run.worker_rss_mb,
            export_worker_idle_rss_mb=run.idle_rss_mb,
            export_job_rows=run.rows,
            export_job_mb=run.size_mb,
        )
        if run.state != "done":
            row["export_job_state"] = run.state
        self.save()

    def celery(self, size: int) -> None:
        self.say(f"{size:,}: sweep through a Celery worker")
        at = reminders.moment(timezone.localdate().year)
        expected = self.result["sizes"][str(size)]["emails_sent"]
        run = reminders.through_celery(
            at, expected, self.env, self.args.broker, self.log_dir / "celery.log"
        )
        rate, floor_emails = floor_emails_per_s(self.smtp.port)
        measured = dict(
            worker_rss_mb=run.worker_rss_mb,
            worker_rss_total_mb=run.worker_rss_total_mb,
            worker_pool=f"{run.pool} x{run.concurrency}",
            celery_sweep_s=run.seconds,
            celery_emails=run.sent,
            celery_emails_per_s=round(run.sent / run.seconds, 1),
            celery_send_s=run.send_seconds,
            celery_send_emails_per_s=round(run.sent / run.send_seconds, 1)
            if run.send_seconds
            else None,
            celery_send_alone_s=run.send_alone_seconds,
            celery_send_alone_emails_per_s=round(run.sent / run.send_alone_seconds, 1)
            if run.send_alone_seconds
            else None,
            smtp_floor_emails_per_s=rate,
            smtp_floor_emails=floor_emails,
        )
        if rate:
            # How many times slower than the floor: end to end (deciding included) and
            # the sending alone. The goal is ≤ 1.5.
            measured["celery_floor_ratio"] = round(rate / measured["celery_emails_per_s"], 2)
            if measured["celery_send_emails_per_s"]:
                measured["celery_send_floor_ratio"] = round(
                    rate / measured["celery_send_emails_per_s"], 2
                )
            if measured["celery_send_alone_emails_per_s"]:
                measured["celery_send_alone_floor_ratio"] = round(
                    rate / measured["celery_send_alone_emails_per_s"], 2
                )
        self.result.update(measured)
        self.result["sizes"][str(size)].update(measured)
        self.save()


def drop_future_reports() -> int:
    """A ledger seeded before the seeder stopped at today holds reports dated later
    this month; the API then refuses the bench's reports (``as_of`` before the
    last one). Drop them (bench databases only: the append-only trigger is off for
    this transaction) and what was derived from them."""
    from django.db import connection, transaction

    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    cutoff = timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time()))
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM commitments_progressreport WHERE created_at >= %s", [cutoff]
        )
        (future,) = cursor.fetchone()
        if not future:
            return 0
        cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute(
            "DELETE FROM commitments_reporttargetvalue v USING commitments_progressreport r"
            " WHERE v.report_id = r.id AND r.created_at >= %s",
            [cutoff],
        )
        cursor.execute("DELETE FROM commitments_progressreport WHERE created_at >= %s", [cutoff])
        cursor.execute("DELETE FROM commitments_firstreporttally WHERE filed_on >= %s", [tomorrow])
        cursor.execute("DELETE FROM commitments_duedayreporttally WHERE filed_on >= %s", [tomorrow])
        cursor.execute(
            "UPDATE commitments_commitment c SET last_report_at = (SELECT max(r.created_at)"
            " FROM commitments_progressreport r WHERE r.commitment_id = c.id AND r.is_lead)"
            " WHERE c.last_report_at >= %s",
            [cutoff],
        )
        cursor.execute(
            "UPDATE commitments_commitment SET last_report_on ="
            " (last_report_at AT TIME ZONE %s)::date WHERE last_report_on >= %s",
            [str(timezone.get_current_timezone()), tomorrow],
        )
        # With the triggers off nothing above was logged: the kept roll-ups must be
        # counted again (reports.kept_rollups; docs/operations.md says so for data fixes).
        cursor.execute("DELETE FROM reports_rollupsnapshot")
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE commitments_progressreport")
        cursor.execute("ANALYZE commitments_commitment")
    return future


def celery_sizes(args: argparse.Namespace, sizes: list[int]) -> list[int]:
    """Where to run the Celery sweep: the size seeded last first (no re-seeding)."""
    if args.celery_sizes:
        wanted = [int(s) for s in args.celery_sizes.split(",") if s.strip()]
    else:
        wanted = [s for s in sizes if s <= args.max_sweep_size]
    wanted = [s for s in sizes if s in wanted]
    return sorted(wanted, key=lambda s: s != sizes[-1])


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
