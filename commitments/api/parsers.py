"""Parsers that refuse bodies over the endpoint's limit (``commitments.uploads``:
JSON bodies ``DATA_UPLOAD_MAX_MEMORY_SIZE``, evidence and plan uploads more)
with a 413, and JSON nested deeper than ``MAX_JSON_DEPTH`` or malformed with a 400.

DRF reads JSON straight from the stream and Django only limits form fields,
not uploads, so without this an oversized body would be read whole. Python's
``json`` recurses once per level: a 2 KB body of ``[[[[…`` nested a thousand
deep ended in a ``RecursionError`` (500), also on the unauthenticated token
endpoint. No body of this API nests deeper than a few levels.
"""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _
from rest_framework import parsers
from rest_framework.exceptions import ParseError

from commitments import uploads
from commitments.api.errors import RequestTooLarge

#: Deepest nesting of arrays and objects a JSON body may have.
MAX_JSON_DEPTH = 20


def _too_deep() -> ParseError:
    return ParseError(_("JSON 嵌套层数过多，最多 %(depth)d 层") % {"depth": MAX_JSON_DEPTH})


def _refuse_constant(name: str) -> None:
    raise ValueError(name)


def check_depth(value: Any, limit: int = MAX_JSON_DEPTH) -> None:
    """Walk the parsed value without recursion; raise once past ``limit`` levels."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = (
            item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        )
        for child in children:
            if isinstance(child, dict | list):
                if depth + 1 > limit:
                    raise _too_deep()
                stack.append((child, depth + 1))


def load_json(raw: bytes | str) -> Any:
    """``json.loads`` with this API's limits and errors in the request's language."""
    try:
        text = raw.decode(settings.DEFAULT_CHARSET) if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as exc:
        raise ParseError(_("请求体不是有效的 UTF-8 文本")) from exc
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError as exc:
        raise _too_deep() from exc
    except json.JSONDecodeError as exc:
        raise ParseError(
            _("请求体不是有效的 JSON：第 %(line)d 行第 %(column)d 列有误")
            % {"line": exc.lineno, "column": exc.colno}
        ) from exc
    except ValueError as exc:  # NaN, Infinity
        raise ParseError(
            _("请求体不是有效的 JSON：不接受 %(value)s") % {"value": exc.args[0]}
        ) from exc
    check_depth(value)
    return value


def check_size(parser_context: dict | None, kind: uploads.Kind | None = None) -> None:
    """Refuse early on the declared length; the read below guards a lying one.
    ``kind`` defaults to the view's (``uploads.accepts``)."""
    context = parser_context or {}
    request = context.get("request")
    if request is None:
        return
    kind = kind or uploads.kind_of(context.get("view"))
    if uploads.is_too_large(request.META, kind):
        raise RequestTooLarge(kind)


class LimitedStream:
    """A read-only view of ``stream`` that raises once past the limit."""

    def __init__(self, stream, limit: int, kind: uploads.Kind = uploads.BODY) -> None:
        self.stream, self.remaining, self.kind = stream, limit, kind

    def read(self, size: int = -1) -> bytes:
        want = self.remaining + 1 if size is None or size < 0 else min(size, self.remaining + 1)
        chunk = self.stream.read(want)
        self.remaining -= len(chunk)
        if self.remaining < 0:
            raise RequestTooLarge(self.kind)
        return chunk


class JSONParser(parsers.JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        check_size(parser_context, uploads.BODY)  # files never come as JSON
        if stream is None:
            return {}
        limited = LimitedStream(stream, uploads.max_request_bytes(uploads.BODY))
        return load_json(limited.read())


class MultiPartParser(parsers.MultiPartParser):
    def parse(self, stream, media_type=None, parser_context=None):
        check_size(parser_context)
        return super().parse(stream, media_type, parser_context)


class FormParser(parsers.FormParser):
    def parse(self, stream, media_type=None, parser_context=None):
        check_size(parser_context)
        return super().parse(stream, media_type, parser_context)
