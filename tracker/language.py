"""Which language a request is answered in: Chinese unless the user chose English.

Pages (workspace, dashboard, admin, public pages) follow only an explicit choice —
``?lang=en`` (kept in the language cookie from then on), the language cookie the
switcher sets (``set_language``), else ``LANGUAGE_CODE`` (Chinese) — never the
browser's ``Accept-Language``: a town's office PC with an English browser still reads
the ledger in Chinese. Machine interfaces — the API (``/api/``) and the public JSON
feeds (``/public/….json``) — keep ``Accept-Language`` as documented (README: errors in
English for ``Accept-Language: en``), after the same explicit choice.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


def by_header(path: str) -> bool:
    """Whether clients of ``path`` (scripts, other systems) choose a language by header."""
    return path.startswith("/api/") or (path.startswith("/public/") and path.endswith(".json"))


def _supported(code: str | None) -> str | None:
    if not code:
        return None
    try:
        return translation.get_supported_language_variant(code)
    except LookupError:
        return None


def chosen_language(request: HttpRequest) -> str | None:
    """The language the user chose: ``?lang=``, then the language cookie; ``None``: none."""
    return _supported(request.GET.get("lang")) or _supported(
        request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    )


class ChosenLanguageMiddleware(LocaleMiddleware):
    """``LocaleMiddleware`` without the browser's say on pages (see the module)."""

    def process_request(self, request: HttpRequest) -> None:
        chosen = chosen_language(request)
        if chosen is None and by_header(request.path_info):
            super().process_request(request)  # the API's Accept-Language
            return
        translation.activate(chosen or settings.LANGUAGE_CODE)
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        response = super().process_response(request, response)
        asked = _supported(request.GET.get("lang"))
        if asked and asked != request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME):
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                asked,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH,
                domain=settings.LANGUAGE_COOKIE_DOMAIN,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
        return response
