"""The Markdown table and the goals, from the result object ``run.py`` writes as JSON."""

from __future__ import annotations

GOAL_SIZE = "100000"

COLUMNS = [
    ("commitments", None),
    ("list p50/p95 ms", ("list_p50_ms", "list_p95_ms")),
    ("list q", "list_queries"),
    ("floor p95 ms", "floor_list_p95_ms"),
    ("list/floor", "list_floor_ratio"),
    ("detail p50/p95 ms", ("detail_p50_ms", "detail_p95_ms")),
    ("detail q", "detail_queries"),
    ("report p50/p95 ms", ("report_p50_ms", "report_p95_ms")),
    ("report q", "report_queries"),
    ("sweep s", "sweep_s"),
    ("sweep q", "sweep_queries"),
    ("sweep+send s", "sweep_send_s"),
    ("e-mails", "emails"),
    ("e-mails/s", "smtp_emails_per_s"),
    ("seed s", "seed_s"),
]


#: The reports (issue 17): time to the last byte over HTTP, floors, ratios, memory.
REPORT_COLUMNS = [
    ("commitments", None),
    ("ledger JSON s", "ledger_json_s"),
    ("floor s", "floor_ledger_json_s"),
    ("ratio", "ledger_json_floor_ratio"),
    ("ledger CSV s", "ledger_csv_s"),
    ("ledger XLSX s", "ledger_xlsx_s"),
    ("overdue JSON s", "overdue_json_s"),
    ("floor s", "floor_overdue_json_s"),
    ("ratio", "overdue_json_floor_ratio"),
    ("overdue XLSX s", "overdue_xlsx_s"),
    ("summary p50/p95 ms", ("summary_p50_ms", "summary_p95_ms")),
    ("floor p95 ms", "floor_summary_p95_ms"),
    ("ratio", "summary_p95_floor_ratio"),
    ("summary, groups moved: p95 ms", "summary_moved_p95_ms"),
    ("summary, nothing kept: p95 ms", "summary_live_p95_ms"),
    ("roll-ups rebuild / fold s", ("rollups_rebuild_s", "rollups_fold_s")),
    ("web peak MiB", "report_peak_rss_mb"),
    ("timeouts", "report_worker_timeouts"),
    ("e-mails/s (Celery)", "celery_emails_per_s"),
    ("SMTP floor/s", "smtp_floor_emails_per_s"),
    ("worker MiB", "worker_rss_mb"),
]


def _cell(row: dict, key) -> str:
    if isinstance(key, tuple):
        return " / ".join(_cell(row, k) for k in key)
    value = row.get(key)
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}" if value >= 10 else f"{value:.2f}"
    return str(value)


def _markdown(result: dict, columns: list) -> list[str]:
    lines = [
        "| " + " | ".join(name for name, _ in columns) + " |",
        "|" + "|".join("---:" for _ in columns) + "|",
    ]
    for size, row in result["sizes"].items():
        cells = [f"{int(size):,}"] + [_cell(row, key) for _, key in columns[1:]]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def table(result: dict) -> str:
    lines = _markdown(result, COLUMNS)
    if any("ledger_json_s" in row for row in result["sizes"].values()):
        lines += ["", *_markdown(result, REPORT_COLUMNS)]
    tail = [
        f"import seed: {result.get('import_seed_s')} s (median of dry runs "
        f"{result.get('import_seed_dry_run_s')} s); generated plan of "
        f"{result.get('import_generated_commitments')} commitments: "
        f"{result.get('import_generated_s')} s "
        f"(dry run {result.get('import_generated_dry_run_s')} s)",
        f"SMTP: {result.get('smtp_emails_per_s')} e-mails/s in process (smallest size); "
        f"through a Celery worker {result.get('celery_emails_per_s')} e-mails/s end to end, "
        f"{result.get('celery_send_emails_per_s')} first to last e-mail, "
        f"{result.get('celery_send_alone_emails_per_s')} sending alone (the rows sent again); "
        f"smtplib floor {result.get('smtp_floor_emails_per_s')} e-mails/s (floor ratio "
        f"{result.get('celery_floor_ratio')}× end to end, "
        f"{result.get('celery_send_floor_ratio')}× first to last, "
        f"{result.get('celery_send_alone_floor_ratio')}× sending alone)",
        f"peak RSS: web worker {result.get('web_rss_mb')} MiB, "
        f"Celery worker {result.get('worker_rss_mb')} MiB",
        f"re-import of 5,000 commitments (edited near the top): {result.get('reimport_5000_s')} s, "
        f"{result.get('reimport_5000_queries')} queries, "
        f"{result.get('reimport_5000_events')} history events (parse / compare / write "
        f"{result.get('reimport_5000_parse_s')} / {result.get('reimport_5000_compare_s')} / "
        f"{result.get('reimport_5000_write_s')} s); every pledge changed: "
        f"{result.get('reimport_5000_every_pledge_s')} s, "
        f"{result.get('reimport_5000_every_pledge_queries')} queries",
    ]
    return "\n".join(lines) + "\n\n" + "\n".join(f"- {line}" for line in tail)


def goals(result: dict) -> list[str]:
    """Each goal of issue 8 at 100k (or the largest size run), met or not."""
    sizes = result["sizes"]
    if not sizes:
        return []
    size = GOAL_SIZE if GOAL_SIZE in sizes else max(sizes, key=int)
    row = sizes[size]
    # The sweep works a chunk of departments at a time (chunks bounded in commitments), so
    # its queries grow with the chunks; what must not grow is the queries of a chunk.
    per_chunk = [
        sizes[k]["sweep_queries"] / sizes[k]["sweep_chunks"]
        for k in sorted(sizes, key=int)
        if sizes[k].get("sweep_chunks")
    ]
    checks = [
        ("list p95 < 50 ms", row["list_p95_ms"] < 50),
        ("list ≤ 6 queries", row["list_queries"] <= 6),
        ("report p95 < 50 ms", row["report_p95_ms"] < 50),
        ("sweep < 10 s", row.get("sweep_s", 99) < 10),
        (
            "sweep queries per chunk do not grow",
            bool(per_chunk) and per_chunk[-1] <= per_chunk[0] * 1.1,
        ),
        ("list within 3× of the floor", row["list_floor_ratio"] <= 3),
    ]
    if "ledger_json_s" in row:
        checks += [
            ("ledger JSON within 2× of its floor", row.get("ledger_json_floor_ratio", 99) <= 2),
            ("summary p95 < 2 s", row["summary_p95_ms"] < 2000),
            ("web worker peak < 300 MiB", row["report_peak_rss_mb"] < 300),
            ("no request over the web timeout", not row.get("report_worker_timeouts")),
        ]
    if row.get("celery_emails_per_s"):
        checks += [
            ("≥ 200 e-mails/s end to end through Celery", row["celery_emails_per_s"] >= 200),
            ("Celery within 1.5× of the smtplib floor", row.get("celery_floor_ratio", 99) <= 1.5),
            (
                "Celery sending alone within 1.5× of the smtplib floor",
                (row.get("celery_send_alone_floor_ratio") or 99) <= 1.5,
            ),
        ]
    return [f"{'met' if ok else 'NOT met'}: {name} (at {int(size):,})" for name, ok in checks]
