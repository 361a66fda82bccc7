"""Which language a request is answered in: Chinese unless the user chose English.

Pages (workspace, dashboard, admin, public pages) follow only an explicit choice —
``?lang=en`` (kept in the language cookie from then on), the language cookie the
switcher sets (``set_language``), else ``LANGUAGE_CODE`` (Chinese) — never the
browser's ``Accept-Language``: a town's office PC with an English browser still reads
the ledger in Chinese. Machine interfaces — the API (``/api/``) and the public JSON
feeds (``/public/….json``) — keep ``Accept-Language`` as documented (README: errors in
English for ``Accept-Language: en``), after the same explicit choice, for the scripts
and systems that call them. A signed-in browser there (the session cookie, no
``Authorization`` header) follows the pages' rule: the dashboard's download links and
its export jobs give files in the page's language, whatever the browser's.

``?lang=`` is consumed here: the view does not see it in ``request.GET`` (the admin's
change lists would take it for a filter).
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

#: The query parameter of the language switch (``?lang=en``).
PARAM = "lang"


def by_header(request: HttpRequest) -> bool:
    """Whether the client of ``request`` (a script, another system) chooses its language
    by header: a machine interface's path, called without the browser's session."""
    path = request.path_info
    machine = path.startswith("/api/") or (path.startswith("/public/") and path.endswith(".json"))
    return machine and not from_signed_in_browser(request)


def from_signed_in_browser(request: HttpRequest) -> bool:
    """The session cookie and no ``Authorization`` header: the pages' user, not a script
    with a token (token authentication comes first in the API)."""
    return (
        settings.SESSION_COOKIE_NAME in request.COOKIES and "HTTP_AUTHORIZATION" not in request.META
    )


def _supported(code: str | None) -> str | None:
    if not code:
        return None
    try:
        return translation.get_supported_language_variant(code)
    except LookupError:
        return None


def _asked(request: HttpRequest) -> str | None:
    """``?lang=``, read once before it is taken out of ``request.GET``."""
    if not hasattr(request, "_asked_language"):
        request._asked_language = _supported(request.GET.get(PARAM))  # type: ignore[attr-defined]
    return request._asked_language  # type: ignore[attr-defined]


def chosen_language(request: HttpRequest) -> str | None:
    """The language the user chose: ``?lang=``, then the language cookie; ``None``: none."""
    return _asked(request) or _supported(request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME))


def _consume(request: HttpRequest) -> None:
    if PARAM in request.GET:
        rest = request.GET.copy()
        del rest[PARAM]
        rest._mutable = False
        request.GET = rest


class ChosenLanguageMiddleware(LocaleMiddleware):
    """``LocaleMiddleware`` without the browser's say on pages (see the module)."""

    def process_request(self, request: HttpRequest) -> None:
        chosen = chosen_language(request)
        _consume(request)
        if chosen is None and by_header(request):
            super().process_request(request)  # the API's Accept-Language
            return
        translation.activate(chosen or settings.LANGUAGE_CODE)
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        response = super().process_response(request, response)
        asked = _asked(request)
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
