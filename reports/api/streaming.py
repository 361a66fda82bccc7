"""The ledger's and the overdue list's JSON, streamed as the rows are read.

Same document as the serializers in ``reports.api.serializers`` describe
(and the schema publishes): ``{"as_of", "plan", "count", "results": […]}``,
DRF's compact, non-ASCII-escaped encoding, U+2028 and U+2029 escaped
(``commitments.api.renderers``). Rows are encoded one by one, by orjson, and
sent in chunks of about 64 KiB, so memory stays flat at any ledger size.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from typing import Any

import orjson
from django.http import StreamingHttpResponse

from commitments import lights
from commitments.api.renderers import JSONRenderer, escape_line_separators
from commitments.choices import CLOSED_STATUSES, Light, Status
from commitments.lights import shown_label
from reports.ledger import LedgerRow
from reports.overdue import OverdueRow

CHUNK = 64 * 1024


def _day(value: datetime.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _local_moment(value: datetime.datetime | None) -> str | None:
    """DRF's ``DateTimeField`` output (ISO 8601, ``Z`` for UTC) of a time already in
    the current time zone, without its per-value time zone lookup (the overdue
    list's rows come converted: 2.8 s of 45k rows went to that lookup)."""
    if value is None:
        return None
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _header(header: dict[str, Any]) -> dict[str, Any]:
    return {**header, "as_of": _day(header["as_of"])}


def json_chunks(header: dict[str, Any], count: int, items: Iterable[dict]) -> Iterator[bytes]:
    head = JSONRenderer().render({**_header(header), "count": count, "results": []})
    yield head[:-2]  # up to and with "results":[ (without the closing "]}")
    dumps = orjson.dumps
    parts: list[bytes] = []
    size = 0
    first = True  # no row sent yet: the next chunk starts without a comma
    for item in items:
        text = dumps(item)
        parts.append(text)
        size += len(text)
        if size >= CHUNK:
            rows = b",".join(parts)
            yield escape_line_separators(rows if first else b"," + rows)
            parts, size, first = [], 0, False
    rows = b",".join(parts)
    yield escape_line_separators((b"," + rows if parts and not first else rows) + b"]}")


def streamed_json(
    header: dict[str, Any], count: int, items: Iterable[dict]
) -> StreamingHttpResponse:
    return StreamingHttpResponse(json_chunks(header, count, items), content_type="application/json")


def ledger_items(rows: Iterable[LedgerRow]) -> Iterator[dict]:
    """``ledger_item`` of each row, with the labels translated once (not per row)."""
    statuses = {code: str(label) for code, label in Status.choices}
    shown = {code: shown_label(code) for code in (*Light.values, *CLOSED_STATUSES)}
    for row in rows:
        yield ledger_item(row, statuses[row.status], shown[lights.shown(row.light, row.status)])


def ledger_item(
    row: LedgerRow, status_label: str | None = None, light_label: str | None = None
) -> dict:
    return {
        "id": row.id,
        "code": row.code,
        "plan_id": row.plan_id,
        "section_number": row.section_number,
        "section": row.section,
        "title": row.title,
        "lead_owner": row.lead_owner,
        "co_owners": row.co_owners,
        "official": row.official,
        "deadline": _day(row.deadline),
        "original_deadline": _day(row.original_deadline),
        "status": row.status,
        "status_label": status_label or row.status_label,
        "percent": row.percent,
        "light": row.light,
        "light_label": light_label or row.light_label,
        "light_reason": row.light_reason,
        "last_report_on": _day(row.last_report_on),
    }


def overdue_item(row: OverdueRow) -> dict:
    return {
        "id": row.id,
        "code": row.code,
        "title": row.title,
        "plan_id": row.plan_id,
        "section": row.section,
        "department_id": row.department_id,
        "department": row.department,
        "deadline": _day(row.deadline),
        "original_deadline": _day(row.original_deadline),
        "days_overdue": row.days_overdue,
        "status": row.status,
        "percent": row.percent,
        "last_report_status": row.last_report_status,
        "last_report_percent": row.last_report_percent,
        "last_report_at": _local_moment(row.last_report_at),
        "last_report_narrative": row.last_report_narrative,
    }
