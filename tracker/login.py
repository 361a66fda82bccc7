"""Session logins (``/accounts/login/``, ``/admin/login/``) pass the same
password throttles as the API's token endpoint: per client address and per
user name, counted in the shared cache (``commitments.api.throttles``)."""

from __future__ import annotations

import math

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from commitments.api.throttles import LOGIN_THROTTLES


def refused_attempt(request: HttpRequest) -> str | None:
    """``None`` if this password attempt may go ahead, else why not (and for how long)."""
    if request.method != "POST":
        return None
    waits = []
    for throttle_class in LOGIN_THROTTLES:
        throttle = throttle_class()
        if not throttle.allow_request(request, None):
            waits.append(throttle.wait() or 1)
    if not waits:
        return None
    return _("登录尝试过于频繁，请 %(seconds)d 秒后再试。") % {"seconds": math.ceil(max(waits))}


class ThrottledLoginView(auth_views.LoginView):
    def post(self, request, *args, **kwargs):
        refusal = refused_attempt(request)
        if refusal is not None:
            context = self.get_context_data(form=self.get_form(), throttled=refusal)
            return self.render_to_response(context, status=429)
        return super().post(request, *args, **kwargs)


def admin_login(request: HttpRequest, extra_context: dict | None = None) -> HttpResponse:
    refusal = refused_attempt(request)
    if refusal is not None:
        return HttpResponse(refusal, status=429, content_type="text/plain; charset=utf-8")
    return admin.site.login(request, extra_context)
