"""A test's user choosing a language as the switcher does (the language cookie): pages
follow that choice, never the browser's ``Accept-Language`` (tracker.language)."""

from __future__ import annotations

from django.conf import settings


def in_language(client, language: str):
    """``client`` (a Django test client) with ``language`` chosen, for its next requests."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client
