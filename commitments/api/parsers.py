"""Parsers that refuse bodies over ``DATA_UPLOAD_MAX_MEMORY_SIZE`` with a 413.

DRF reads JSON straight from the stream and Django only limits form fields,
not uploads, so without this an oversized body would be read whole.
"""

from __future__ import annotations

from django.conf import settings
from rest_framework import parsers

from commitments.api.errors import RequestTooLarge


def check_size(parser_context: dict | None) -> None:
    """Refuse early on the declared length; the read below guards a lying one."""
    request = (parser_context or {}).get("request")
    if request is None:
        return
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
        raise RequestTooLarge()


class LimitedStream:
    """A read-only view of ``stream`` that raises once past the limit."""

    def __init__(self, stream, limit: int) -> None:
        self.stream, self.remaining = stream, limit

    def read(self, size: int = -1) -> bytes:
        want = self.remaining + 1 if size is None or size < 0 else min(size, self.remaining + 1)
        chunk = self.stream.read(want)
        self.remaining -= len(chunk)
        if self.remaining < 0:
            raise RequestTooLarge()
        return chunk


class JSONParser(parsers.JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        check_size(parser_context)
        limited = LimitedStream(stream, settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
        return super().parse(limited, media_type, parser_context)


class MultiPartParser(parsers.MultiPartParser):
    def parse(self, stream, media_type=None, parser_context=None):
        check_size(parser_context)
        return super().parse(stream, media_type, parser_context)


class FormParser(parsers.FormParser):
    def parse(self, stream, media_type=None, parser_context=None):
        check_size(parser_context)
        return super().parse(stream, media_type, parser_context)
