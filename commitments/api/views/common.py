"""Helpers shared by the views."""

from __future__ import annotations

from rest_framework import exceptions

from commitments.api.serializers.fields import MAX_ID

#: URL pattern of an id: anything up to the next ``/``, so that a bad id gets
#: the JSON 404 of ``check_id`` rather than Django's HTML page.
ID_PATTERN = "[^/.]+"


def check_id(value: object) -> int:
    """An id from the URL, or 404 (not a driver overflow) when out of range."""
    text = str(value)
    if not text.isdigit() or not 0 < int(text) <= MAX_ID:
        raise exceptions.NotFound()
    return int(text)


class SafeIdLookupMixin:
    """``get_object`` that answers 404 for ids no row can have."""

    lookup_value_regex = ID_PATTERN

    def get_object(self):
        check_id(self.kwargs[self.lookup_url_kwarg or self.lookup_field])
        return super().get_object()
