"""Import timings: the seed speech, and a generated plan of 1,000 commitments.

Dry runs parse only (the pure pipeline plus reading the catalog); a real
import also writes, in one transaction. The median of several dry runs is
reported, and one real import (a second one of the same bytes is a no-op by
checksum, so it would measure nothing).
"""

from __future__ import annotations

import random
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from bench import textgen
from commitments.services.plan_import import import_plan_file

SEED = Path(__file__).resolve().parent.parent / "samples" / "town-speeches-2024.txt"
NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class ImportTiming:
    name: str
    commitments: int
    dry_run_s: float
    import_s: float


def chinese_number(n: int) -> str:
    """1–99 in Chinese numerals (十一, 二十, 二十三)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else NUMERALS[tens - 1] + "十")
    return head + (NUMERALS[ones - 1] if ones else "")


def generated_plan(commitments: int = 1000, year: int = 2025, seed: int = 11) -> bytes:
    """A speech whose arrangement part has ``commitments`` pledges in 20 sections."""
    rng = random.Random(seed)
    sections = 20
    per = -(-commitments // sections)
    lines = [
        f"镇长在{year - 1}年经济工作会议上的讲话",
        "同志们:",
        f"一、{year - 1}年工作回顾",
        f"{year - 1}年,全镇完成税收700万元,经济平稳发展。",
        f"二、{year}年工作安排",
    ]
    left = commitments
    for number in range(1, sections + 1):
        title = textgen.SECTION_TITLES[(number - 1) % len(textgen.SECTION_TITLES)]
        count = min(per, left)
        left -= count
        body = "".join(textgen.pledge(rng) + "。" for _ in range(count))
        lines.append(f"({chinese_number(number)}){title}。{body}")
    lines.append("同志们!新的一年,让我们团结一心,真抓实干。谢谢大家!")
    return "\n".join(lines).encode()


def time_import(data: bytes, name: str, dry_runs: int = 5) -> ImportTiming:
    samples = []
    result = None
    for _ in range(dry_runs):
        started = time.perf_counter()
        result = import_plan_file(data, name, dry_run=True)
        samples.append(time.perf_counter() - started)
    started = time.perf_counter()
    import_plan_file(data, name)
    real = time.perf_counter() - started
    count = sum(len(d.commitments()) for d in result.parsed.documents) if result else 0
    return ImportTiming(name, count, round(statistics.median(samples), 3), round(real, 3))


def time_reimport(commitments: int, path: Path, year: int = 2025) -> float:
    """Seconds to re-import an edited plan through ``manage.py import_plan``."""
    return measure_reimport(commitments, path, year)[f"reimport_{commitments}_s"]


def measure_reimport(commitments: int, path: Path, year: int = 2025) -> dict[str, float | int]:
    """Re-imports of a plan of ``commitments`` pledges, keyed for the bench JSON.

    The plan is imported first (untimed). Then:

    - ``reimport_N_s``: the file edited near the top (a sentence before the
      arrangement part, so every pledge after it moves in the source) through
      ``manage.py import_plan --plan ID``, as an administrator would; with its
      queries (``_queries``) and the history events it wrote (``_events``: none,
      no pledge changed its meaning);
    - ``reimport_N_parse_s`` / ``_compare_s`` / ``_write_s``: the same edit undone,
      in process, split by the import's progress stages (parse includes reading
      the catalog and deciding the plan; write includes the commit);
    - ``reimport_N_every_pledge_s`` (and ``_queries``): the plan's year corrected,
      so every deadline changes and every pledge gets a history event.
    """
    import io

    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from commitments.models import CommitmentEvent, Plan
    from commitments.services.plan_import import PlanChoice

    key = f"reimport_{commitments}"
    original = generated_plan(commitments, year=year)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(original)
    call_command("import_plan", str(path), stdout=io.StringIO())
    marker = f"二、{year}年工作安排".encode()
    edited = original.replace(
        marker, marker + "\n今年是实施“十四五”规划的关键一年,各项工作任务艰巨。".encode(), 1
    )
    path.write_bytes(edited)
    plan = Plan.objects.latest("pk")
    events = CommitmentEvent.objects.count()
    result: dict[str, float | int] = {}
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        call_command("import_plan", str(path), "--plan", str(plan.pk), stdout=io.StringIO())
        result[f"{key}_s"] = round(time.perf_counter() - started, 3)
    result[f"{key}_queries"] = len(queries)
    result[f"{key}_events"] = CommitmentEvent.objects.count() - events

    stamps: dict[str, float] = {}
    started = time.perf_counter()
    import_plan_file(
        original,
        "undone.txt",
        choice=PlanChoice(plan_id=plan.pk),
        progress=lambda stage, done, total: stamps.setdefault(stage, time.perf_counter()),
    )
    ended = time.perf_counter()
    compare = stamps.get("compare", ended)
    write = stamps.get("write", ended)
    result[f"{key}_parse_s"] = round(compare - started, 3)
    result[f"{key}_compare_s"] = round(write - compare, 3)
    result[f"{key}_write_s"] = round(ended - write, 3)

    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        import_plan_file(
            generated_plan(commitments, year=year + 1),
            "next-year.txt",
            choice=PlanChoice(plan_id=plan.pk),
        )
        result[f"{key}_every_pledge_s"] = round(time.perf_counter() - started, 3)
    result[f"{key}_every_pledge_queries"] = len(queries)
    return result
