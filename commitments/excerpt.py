"""A pledge in its plan's words, as the importer read them.

``Commitment.source_start``/``source_end`` point into the file's text as stored
(``Plan.source_text``), which still has what the importer's cleaning drops: a scraped
page's number glued to the next page's first word (``持续扩\\n12、大养老保险``), page
furniture, markdown markup. The excerpt is cut from the cleaned text instead, so that
the pledge page reads like the pledge's own text and the public page. Cleaning a plan
takes a moment: each plan's excerpts are computed at once and cached by its checksum and
the importer's version (:func:`commitments.importer.version.reader_version`), so an importer
upgrade shows at once rather than after the cache's day.
"""

from __future__ import annotations

from bisect import bisect_left
from pathlib import PurePath

from django.core.cache import cache

from commitments.importer.documents import split_documents
from commitments.importer.extract import SUFFIX_KINDS, Extracted
from commitments.importer.pipeline import clean_extracted
from commitments.importer.version import reader_version
from commitments.models import Commitment, Plan

#: Characters of the plan's text shown before and after the pledge.
CONTEXT_CHARS = 160
TIMEOUT = 24 * 3600  # a day; a changed importer changes the key (reader_version)


def excerpt(item: Commitment) -> dict[str, str]:
    """``before``, ``pledge`` and ``after``: the pledge and its surroundings."""
    plan = item.plan
    found = cache.get(_key(plan, item.pk, item.source_start, item.source_end))
    if found is None:
        spans = {
            pk: (start, end)
            for pk, start, end in plan.commitments.values_list("pk", "source_start", "source_end")
        }
        spans[item.pk] = (item.source_start, item.source_end)  # as this reader sees it
        cut = _cut(plan, spans)
        cache.set_many(
            {_key(plan, pk, start, end): cut[pk] for pk, (start, end) in spans.items()}, TIMEOUT
        )
        found = cut[item.pk]
    return found or {"before": "", "pledge": item.text, "after": ""}


def _key(plan: Plan, pk: int, start: int, end: int) -> str:
    """The plan's file (checksum) as this importer reads it, and the pledge's span in it."""
    return f"excerpt:{reader_version()}:{plan.pk}:{plan.source_sha256}:{pk}:{start}:{end}"


def _cut(plan: Plan, spans: dict[int, tuple[int, int]]) -> dict[int, dict[str, str]]:
    raw = plan.source_text or ""
    kind = SUFFIX_KINDS.get(PurePath(plan.source_name).suffix.lower(), "text")
    read = clean_extracted(Extracted(raw, kind)) if raw.strip() else None
    out: dict[int, dict[str, str]] = {}
    documents = split_documents(read) if read is not None else []
    for pk, (start, end) in spans.items():
        if read is None or end > len(raw) or not raw[start:end].strip():
            out[pk] = {}  # the pledge's own text stands in
            continue
        text = read.clean
        lo, hi = bisect_left(read.offsets, start), bisect_left(read.offsets, end)
        first, last = _document_bounds(documents, plan.document_index, lo, len(text))
        out[pk] = {
            "before": ("…" if lo - first > CONTEXT_CHARS else "")
            + text[max(first, lo - CONTEXT_CHARS) : lo],
            "pledge": text[lo:hi],
            "after": text[hi : min(last, hi + CONTEXT_CHARS)].rstrip()
            + ("…" if hi + CONTEXT_CHARS < last else ""),
        }
        if not out[pk]["pledge"].strip():
            out[pk] = {}
    return out


def _document_bounds(documents: list, index: int, at: int, length: int) -> tuple[int, int]:
    """The cleaned text's range of the plan's own document (a file may hold several
    speeches; the plan is its ``document_index``-th): the context stops at its ends,
    never running into the next speech. A pledge outside that document (the file was
    read differently) is bounded by the document it falls in."""
    spans = [(d.start, d.end) for d in documents]
    if index < len(spans) and spans[index][0] <= at < spans[index][1]:
        return spans[index]
    return next(((s, e) for s, e in spans if s <= at < e), (0, length))
