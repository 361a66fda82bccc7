"""The API's JSON renderer: DRF's ``JSONRenderer`` output, written by orjson.

DRF's renderer runs ``json.dumps`` with its encoder class; a province's
summary is ~3.6 MB of JSON, and ``json.dumps`` took ~54 ms of the request at
1M commitments (issue 17, docs/benchmarks.md). orjson writes the same
document several times faster. The output keeps DRF's contract:

- compact, UTF-8, non-ASCII characters as they are (``UNICODE_JSON``,
  ``COMPACT_JSON``);
- U+2028 and U+2029 escaped, so the body stays a JavaScript subset;
- times, and values orjson does not know (lazy translations, ``Decimal``,
  query sets, generators…), go through DRF's own ``JSONEncoder.default``;
- an indented body (``Accept: application/json; indent=4``, the browsable
  API) and anything orjson refuses (non-string keys, integers beyond 64 bits)
  are written by DRF's renderer, as before.

One addition: a dataclass is written as an object of its fields, in their
order (DRF's encoder refused dataclasses). The roll-up rows
(``reports.rollups``) are so written without a serializer copying them into
dicts first: ~16,000 rows for a province's summary.
"""

from __future__ import annotations

import dataclasses

import orjson
from rest_framework import renderers
from rest_framework.utils.encoders import JSONEncoder as DRFEncoder

_LINE_SEPARATORS = (("\u2028".encode(), b"\\u2028"), ("\u2029".encode(), b"\\u2029"))
#: Times are left to DRF's encoder, as before (a UTC time ends in "Z").
_OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME


class JSONEncoder(DRFEncoder):
    """DRF's encoder, and a dataclass as an object of its fields (as orjson writes it)."""

    def default(self, obj):
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
        return super().default(obj)


_encoder = JSONEncoder()


def escape_line_separators(body: bytes) -> bytes:
    """U+2028 and U+2029 escaped (``\\u2028``), as DRF's renderer does, so that a
    JSON body stays a JavaScript subset. UTF-8 bytes in and out."""
    for raw, escaped in _LINE_SEPARATORS:
        if raw in body:
            body = body.replace(raw, escaped)
    return body


class JSONRenderer(renderers.JSONRenderer):
    """``rest_framework.renderers.JSONRenderer`` with orjson doing the writing."""

    encoder_class = JSONEncoder

    def writes_compact(self, accepted_media_type=None, renderer_context=None) -> bool:
        """Whether the body is written by orjson, compact (not indented, not ASCII-only):
        then ``data`` may be an ``orjson.Fragment``, bytes already written so."""
        indent = self.get_indent(accepted_media_type, renderer_context or {})
        return indent is None and not self.ensure_ascii and self.compact

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        if data is None:
            return b""
        if not self.writes_compact(accepted_media_type, renderer_context):
            return super().render(data, accepted_media_type, renderer_context)
        try:
            body = orjson.dumps(data, default=_encoder.default, option=_OPTIONS)
        except orjson.JSONEncodeError:
            return super().render(data, accepted_media_type, renderer_context)
        return escape_line_separators(body)
