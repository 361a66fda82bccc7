"""The dashboard's 后台导出: a form that starts an export job, and the list of
the supervisor's recent jobs (state, progress, download link) beside it."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from rest_framework import exceptions

from commitments.access import is_supervisor
from commitments.errors import DomainError
from reports import export_jobs
from reports.api.export_serializers import ExportJobCreateSerializer
from reports.models import STATE_WORDS, ExportJob


def export_context(user) -> dict[str, Any]:
    """What the dashboard shows of the user's export jobs."""
    return {
        "exports": export_jobs.recent(user),
        "export_labels": {
            **{state: str(words) for state, words in STATE_WORDS.items()},
            "download": _("下载"),
        },
    }


def _messages(errors: Any) -> list[str]:
    if isinstance(errors, dict):
        return [m for value in errors.values() for m in _messages(value)]
    if isinstance(errors, list):
        return [m for value in errors for m in _messages(value)]
    return [str(errors)]


@login_required
@require_POST
def start_export(request: HttpRequest) -> HttpResponse:
    if not is_supervisor(request.user):
        return render(request, "reports/forbidden.html", status=403)
    params = {key: request.POST[key] for key in ("plan", "date") if request.POST.get(key)}
    form = ExportJobCreateSerializer(
        data={
            "report": request.POST.get("report", ""),
            "format": request.POST.get("format") or ExportJob.Format.XLSX,
            "params": params,
        }
    )
    try:
        valid = form.is_valid()
    except exceptions.NotFound as exc:
        return render(request, "reports/bad_request.html", {"message": exc.detail}, status=404)
    if not valid:
        message = "；".join(_messages(form.errors))
        return render(request, "reports/bad_request.html", {"message": message}, status=400)
    data = form.validated_data
    try:
        with transaction.atomic():
            export_jobs.queue(
                request.user, data["report"], data["format"], data.get("params") or {}
            )
    except DomainError as exc:
        return render(request, "reports/bad_request.html", {"message": exc.message}, status=409)
    back = f"{reverse('dashboard')}?{urlencode(params)}#exports"
    return HttpResponseRedirect(back)
