"""The ledger's and the overdue list's JSON, streamed in chunks (reports.api.streaming)."""

import datetime
import json

import pytest
from rest_framework import renderers

from reports.api import streaming

HEADER = {"as_of": datetime.date(2026, 12, 6), "plan": {"id": 1, "title": "计划", "year": 2026}}


def rows(n: int) -> list[dict]:
    return [{"id": i, "title": f"事项{i}\u2028第二行", "percent": i % 101} for i in range(n)]


@pytest.mark.parametrize("count", [0, 1, 2, 57, 400])
@pytest.mark.parametrize("chunk", [1, 64, 1000, streaming.CHUNK])
def test_the_chunks_make_the_document_drf_would_write(monkeypatch, count, chunk):
    """Whatever the chunk size and the number of rows: one valid document, the same
    bytes as DRF's renderer writes for the whole (U+2028 escaped included)."""
    monkeypatch.setattr(streaming, "CHUNK", chunk)
    items = rows(count)
    chunks = list(streaming.json_chunks(HEADER, count, iter(items)))
    body = b"".join(chunks)
    whole = {"as_of": "2026-12-06", "plan": HEADER["plan"], "count": count, "results": items}
    assert body == renderers.JSONRenderer().render(whole)
    assert json.loads(body)["results"] == items
    if count > 1 and chunk == 1:
        # the header, a chunk per row (nothing kept), then the closing "]}"
        assert len(chunks) == count + 2
