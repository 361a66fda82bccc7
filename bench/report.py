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


def _cell(row: dict, key) -> str:
    if isinstance(key, tuple):
        return " / ".join(_cell(row, k) for k in key)
    value = row.get(key)
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}" if value >= 10 else f"{value:.2f}"
    return str(value)


def table(result: dict) -> str:
    lines = [
        "| " + " | ".join(name for name, _ in COLUMNS) + " |",
        "|" + "|".join("---:" for _ in COLUMNS) + "|",
    ]
    for size, row in result["sizes"].items():
        cells = [f"{int(size):,}"] + [_cell(row, key) for _, key in COLUMNS[1:]]
        lines.append("| " + " | ".join(cells) + " |")
    tail = [
        f"import seed: {result.get('import_seed_s')} s (median of dry runs "
        f"{result.get('import_seed_dry_run_s')} s); generated plan of "
        f"{result.get('import_generated_commitments')} commitments: "
        f"{result.get('import_generated_s')} s "
        f"(dry run {result.get('import_generated_dry_run_s')} s)",
        f"SMTP: {result.get('smtp_emails_per_s')} e-mails/s in process (smallest size); "
        f"{result.get('celery_emails_per_s')} e-mails/s through a Celery worker",
        f"peak RSS: web worker {result.get('web_rss_mb')} MiB, "
        f"Celery worker {result.get('worker_rss_mb')} MiB",
    ]
    return "\n".join(lines) + "\n\n" + "\n".join(f"- {line}" for line in tail)


def goals(result: dict) -> list[str]:
    """Each goal of issue 8 at 100k (or the largest size run), met or not."""
    sizes = result["sizes"]
    if not sizes:
        return []
    size = GOAL_SIZE if GOAL_SIZE in sizes else max(sizes, key=int)
    row = sizes[size]
    queries = [r.get("sweep_queries") for r in sizes.values()]
    checks = [
        ("list p95 < 50 ms", row["list_p95_ms"] < 50),
        ("list ≤ 6 queries", row["list_queries"] <= 6),
        ("report p95 < 50 ms", row["report_p95_ms"] < 50),
        ("sweep < 10 s", row["sweep_s"] < 10),
        ("sweep queries constant across sizes", len(set(queries)) == 1),
        ("list within 3× of the floor", row["list_floor_ratio"] <= 3),
    ]
    return [f"{'met' if ok else 'NOT met'}: {name} (at {int(size):,})" for name, ok in checks]
