"""The product's own error pages: 400, 403, 404, 500 and the CSRF refusal.

Pages answer in the user's language in the site's frame (``reports/base.html``) with a
way back; the machine interfaces (``/api/``, the public JSON feeds) keep the API's JSON
shape ``{"code", "message", "errors"}``. The 500 page is rendered without the request
(no session, no user, no database): whatever failed may be one of those.
"""

from __future__ import annotations

import logging
from urllib.parse import urlparse

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from commitments.api.authentication import CsrfFailed

logger = logging.getLogger(__name__)


def _machine(request: HttpRequest) -> bool:
    path = request.path_info
    return path.startswith("/api/") or (path.startswith("/public/") and path.endswith(".json"))


def _json(code: str, message: str, status: int) -> JsonResponse:
    return JsonResponse(
        {"code": code, "message": message, "errors": {}},
        status=status,
        json_dumps_params={"ensure_ascii": False},
    )


def came_from(request: HttpRequest) -> str:
    """Where the user was: the page that sent the refused form (``Referer``, this site's
    only), else the address asked for (a form posts to the page it is on)."""
    referer = request.META.get("HTTP_REFERER", "")
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        parsed = urlparse(referer)
        return parsed.path + (f"?{parsed.query}" if parsed.query else "")
    return request.get_full_path()


#: What a page says when its own template failed (a request refused before the site's
#: URLs or session were set up: a load balancer asking by IP, a stripped-down URLconf).
PLAIN = {
    400: "请求有误 / Bad request (400)",
    403: "无权访问 / Forbidden (403)",
    404: "页面不存在 / Not found (404)",
}


def _public(request: HttpRequest) -> bool:
    """A citizen's page (``/public/``): no workspace to go back to, no sign-in."""
    return request.path_info.startswith("/public/")


def _public_ways_back(request: HttpRequest) -> dict:
    """A citizen's error page's ways back (``_public_back.html``): the page of this site
    they came from (``Referer``), and the published plans (one query; none when the
    database is what failed)."""
    from commitments.models import Plan

    referer = request.META.get("HTTP_REFERER", "")
    back = ""
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        parsed = urlparse(referer)
        back = parsed.path + (f"?{parsed.query}" if parsed.query else "")
        if back == request.get_full_path():
            back = ""
    try:
        plans = list(Plan.objects.filter(public=True).order_by("-year", "id")[:20])
    except Exception:  # an error page never fails for its links
        logger.exception("public error page: the published plans could not be read")
        plans = []
    return {"back": back, "plans": plans}


def _public_context(status: int) -> dict:
    """What the citizen's page (``error_public.html``) says for ``status`` (400, 403, 500)."""
    heading, message = {
        400: (_("请求有误"), _("无法处理这个请求。请核对链接，或从政府网站的公示入口重新进入。")),
        403: (_("无权访问"), _("这个公示页面不对外开放。请从政府网站的公示入口重新进入。")),
        500: (_("服务器出错"), _("系统暂时无法显示这个公示页面，已记录下来。请稍后刷新重试。")),
    }[status]
    return {"heading": heading, "message": message, "status": status}


def _page(request: HttpRequest, template: str, context: dict, status: int) -> HttpResponse:
    """``template`` in the site's frame; if rendering it fails, a plain page with the
    same status: an error page must never become a 500."""
    try:
        return render(request, template, context, status=status)
    except Exception:
        logger.exception("%s page failed to render", status)
        html = f"<h1>{PLAIN[status]}</h1><p><a href='/'>返回首页 / Home</a></p>"
        return HttpResponse(html, status=status)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if _machine(request):
        return _json("bad_request", _("请求有误"), 400)
    if _public(request):
        context = {**_public_context(400), **_public_ways_back(request)}
        return _page(request, "error_public.html", context, 400)
    return _page(request, "400.html", {}, 400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """The view's own reason when it gave one (``PermissionDenied(_("只有…可以报送进度"))``)."""
    if _machine(request):
        return _json("permission_denied", _("您没有执行该操作的权限"), 403)
    if _public(request):
        context = {**_public_context(403), **_public_ways_back(request)}
        return _page(request, "error_public.html", context, 403)
    said = str(exception or "")
    return _page(request, "403.html", {"message": said}, 403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if _machine(request) and _public(request):  # /public/plans/<id>.json: the address is right
        return _json("not_found", _("该计划不存在或尚未公开"), 404)
    if _machine(request):
        return _json("not_found", _("没有这个接口地址"), 404)
    if _public(request):
        return _page(request, "404_public.html", _public_ways_back(request), 404)
    return _page(request, "404.html", {"asked": request.path}, 404)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form sent with a stale token (signed in again in another tab, the page left open
    overnight): the page expired; go back, refresh, fill it in again."""
    if _machine(request):
        return _json(CsrfFailed.default_code, str(CsrfFailed.default_detail), 403)
    context = {
        "back": came_from(request),
        "posted": request.path,
        # the progress report form keeps its typed values in the tab (commitment.html)
        "draft": request.POST.get("action") == "report",
    }
    return _page(request, "403_csrf.html", context, 403)


def server_error(request: HttpRequest) -> HttpResponse:
    """No request context: the session, the user or the database may be what failed."""
    if _machine(request):
        return _json("server_error", _("服务器内部错误，请稍后重试"), 500)
    language = get_language() or "zh-hans"
    template, context = "500.html", {"lang": language}
    if _public(request):
        template, context = "error_public.html", {"LANGUAGE_CODE": language, **_public_context(500)}
    try:
        html = loader.get_template(template).render(context)
    except Exception:  # the template itself failed: still say it plainly
        logger.exception("500 page failed to render")
        html = "<h1>服务器内部错误 / Server error (500)</h1><p><a href='/'>返回首页</a></p>"
    return HttpResponse(html, status=500)
