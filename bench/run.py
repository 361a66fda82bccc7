"""``python bench/run.py [--sizes 1000,10000,100000] [--json FILE]``: how fast, how it grows.

Against PostgreSQL (``DATABASE_URL``, default a dedicated ``tracker_bench``
database that this creates and migrates). For each size it replaces the
database's contents with a synthetic ledger, then measures the API (list,
detail, filing a report) in process and over HTTP on a local gunicorn, the
floor (the list page as one SQL query), and the reminder sweep (decide only,
and decide + store + send to an SMTP server on loopback). Once: the import
of the seed and of a generated 1,000-commitment plan, a sweep through a
real Celery worker (Redis) at the largest size, and peak memory of the web
and Celery workers. Prints a Markdown table; ``--json`` writes the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import warnings
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/tracker_bench"
DEFAULT_BROKER = "redis://127.0.0.1:6379/11"
WEB_PORT, SMTP_PORT = 8400, 8425
LOG_DIR = BASE_DIR / "var" / "bench"


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        default="1000,10000",
        help="commitments per run, comma-separated (default 1000,10000)",
    )
    parser.add_argument("--json", type=Path, help="write the results to this file")
    parser.add_argument(
        "--requests", type=int, default=200, help="timed requests per kind and size (default 200)"
    )
    parser.add_argument(
        "--departments", type=int, default=None, help="departments at every size (default 200)"
    )
    parser.add_argument(
        "--no-http", action="store_true", help="in-process requests only (no gunicorn)"
    )
    parser.add_argument(
        "--no-celery",
        action="store_true",
        help="skip the sweep through a Celery worker (needs Redis)",
    )
    parser.add_argument(
        "--no-import", action="store_true", help="skip the import and re-import timings"
    )
    parser.add_argument(
        "--no-reports",
        action="store_true",
        help="skip the ledger, overdue and summary reports and their floors",
    )
    parser.add_argument(
        "--max-sweep-size",
        type=int,
        default=100_000,
        help="no reminder sweep above this size (default 100000)",
    )
    parser.add_argument(
        "--celery-sizes",
        default=None,
        help="sizes at which to sweep through a Celery worker (default: every size up to 100000)",
    )
    parser.add_argument(
        "--reuse-seed",
        action="store_true",
        help="keep a ledger of the same size already in the database instead of seeding",
    )
    parser.add_argument("--broker", default=os.environ.get("BENCH_BROKER_URL", DEFAULT_BROKER))
    parser.add_argument("--web-port", type=int, default=WEB_PORT)
    parser.add_argument("--smtp-port", type=int, default=SMTP_PORT)
    return parser.parse_args(argv)


def configure(args: argparse.Namespace) -> dict[str, str]:
    """Environment of this process and of the servers it starts."""
    env = {
        "DATABASE_URL": os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL),
        "DJANGO_SETTINGS_MODULE": "tracker.settings",
        "DEBUG": "false",
        # Filing 200 reports a minute is the benchmark, not abuse.
        "THROTTLE_WRITES": "1000000/min",
        "EMAIL_URL": f"smtp://127.0.0.1:{args.smtp_port}",
        "REMINDER_SWEEP_MINUTES": "0",
    }
    os.environ.update(env)
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    # whitenoise warns once per client about var/static/ (collectstatic is not run here).
    warnings.filterwarnings("ignore", message="No directory at")
    sys.path.insert(0, str(BASE_DIR))
    return env


def main(argv: list[str] | None = None) -> dict:
    args = arguments(argv)
    env = configure(args)
    from bench.database import ensure_database

    ensure_database(env["DATABASE_URL"])
    import django

    django.setup()
    from bench.measure import Bench

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    started = time.perf_counter()
    result = Bench(args, env, LOG_DIR).run(sizes)
    result["total_s"] = round(time.perf_counter() - started, 1)
    from bench.report import goals, table

    print(table(result))
    print()
    print("\n".join(goals(result)))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        print(f"\nwritten: {args.json}")
    return result


if __name__ == "__main__":
    main()
