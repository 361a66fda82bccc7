"""Dump every parse result of the importer's documents to JSON, to check a change keeps them.

    PYTHONPATH=<checkout> python bench/parse_dump.py OUT_DIR   (run from a checkout's root)

Parses, with the shipped catalog, every file under ``tests/importer/`` (``blind*/``,
``published/``, ``documents/``) and ``samples/*.txt`` three times — in Chinese, in English
and with the year given (2026) — and the bench's generated plans (1,000 and 5,000 pledges, and
5,000 different pledges from :mod:`bench.textgen`). Each result goes to its own file in
``OUT_DIR``: ``ParsedFile.as_dict()`` plus each section's and commitment's number and source
span, or the refusal's message. The files to parse are read from the working directory and the
code from ``PYTHONPATH``, so one checkout's code can parse another's documents. ``ONLY=text``
keeps the files whose path holds ``text`` (no generated plans). Compare two dumps with
``diff -rq BEFORE AFTER``; prints the files parsed and the parse CPU seconds.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

SKIPPED_SUFFIXES = {".py", ".md", ".pyc"}
#: (language, year given) of each parse of a document.
RUNS = (("zh-hans", None), ("en", None), ("zh-hans", 2026))


def distinct_plan(pledges: int = 5000, seed: int = 5) -> bytes:
    """A speech of ``pledges`` different pledges from :mod:`bench.textgen`, in 20 paragraphs."""
    from bench import textgen

    rng = random.Random(seed)
    found: dict[str, None] = {}
    while len(found) < pledges:
        found[textgen.pledge(rng)] = None
    texts = list(found)
    per = -(-pledges // 20)
    lines = ["镇长在2024年经济工作会议上的讲话", "二、2025年工作安排"]
    for k in range(20):
        title = textgen.SECTION_TITLES[k % len(textgen.SECTION_TITLES)]
        body = "".join(t + "。" for t in texts[k * per : (k + 1) * per])
        lines.append(f"({'一二三四五六七八九十'[k % 10]}){title}。{body}")
    return "\n".join(lines).encode()


def documents(root: Path) -> list[Path]:
    """The files to parse under ``root``, in a fixed order."""
    folder = root / "tests" / "importer"
    found = []
    for sub in sorted(folder.iterdir()):
        if sub.is_dir() and (
            sub.name.startswith("blind") or sub.name in ("published", "documents")
        ):
            found += [
                f
                for f in sorted(sub.rglob("*"))
                if f.is_file() and f.suffix not in SKIPPED_SUFFIXES and "__pycache__" not in f.parts
            ]
    return found + sorted((root / "samples").glob("*.txt"))


def result(data: bytes, name: str, catalog: list[Any], year: int | None) -> str:
    """One parse as JSON text, or the refusal's message."""
    from commitments.importer import parse_file
    from commitments.importer.errors import PlanImportError

    try:
        parsed = parse_file(data, name, catalog, year=year)
    except PlanImportError as error:
        return f"ERROR {type(error).__name__} {error}"
    shape = {
        "file": parsed.as_dict(),
        "sections": [[s.number, s.start, s.end] for d in parsed.documents for s in d.sections],
        "commitments": [
            [c.number, c.start, c.end] for d in parsed.documents for c in d.commitments()
        ],
        "truncated": [d.truncated for d in parsed.documents],
    }
    return json.dumps(shape, ensure_ascii=False, indent=1, sort_keys=True, default=str)


def main(out: Path) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import django

    django.setup()
    from django.utils import translation

    from bench.importing import generated_plan
    from commitments.services.catalog import importer_entries

    catalog = importer_entries()
    root = Path.cwd()
    out.mkdir(parents=True, exist_ok=True)
    only = os.environ.get("ONLY")
    files = [f for f in documents(root) if not only or only in str(f)]
    jobs = [
        (str(f.relative_to(root)).replace("/", "__"), f.read_bytes(), f.name, language, year)
        for f in files
        for language, year in RUNS
    ]
    if not only:
        plans = {
            "bench-1000.txt": generated_plan(1000),
            "bench-5000.txt": generated_plan(5000),
            "distinct-5000.txt": distinct_plan(),
        }
        jobs += [(name, data, name, "zh-hans", None) for name, data in plans.items()]
    cpu = 0.0
    for key, data, name, language, year in jobs:
        started = time.process_time()
        with translation.override(language):
            text = result(data, name, catalog, year)
        cpu += time.process_time() - started
        (out / f"{key}.{language}.{year}.json").write_text(text, encoding="utf-8")
    print(f"parsed {len(jobs)} files, parse CPU {cpu:.2f} s")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
