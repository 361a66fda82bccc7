"""The admin stays for administrators; supervisors are sent to their workspace.

Supervisors are Django staff (they sign in on the same form), but the admin
has nothing they may change there: every correction of theirs goes through
the workspace and the supervision services. Rather than the admin's bare
"no permission" pages, an authenticated non-administrator who opens
``/admin/`` lands on the workspace with a note saying where things are.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from commitments import access

#: Admin paths everyone may reach (signing in and out).
OPEN = ("/admin/login/", "/admin/logout/")


class AdminForAdministrators:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info
        user = getattr(request, "user", None)
        if (
            path.startswith("/admin/")
            and not path.startswith(OPEN)
            and user is not None
            and user.is_authenticated
            and not access.may_use_admin(user)
        ):
            messages.info(
                request,
                _(
                    "管理后台仅供系统管理员使用。督办事项的审核、修改、取消和重新打开请在工作台办理。"
                ),
            )
            target = "workspace:queue" if access.is_supervisor(user) else "workspace:list"
            return redirect(target)
        return self.get_response(request)
