"""The public promise meter's pages (SPEC §4c): no login, 404 until published.

``/public/plans/{id}/`` (page), ``/public/plans/{id}.json`` (feed),
``/public/plans/{id}/embed/`` (a summary other sites may show in an iframe)
and ``/public/files/{id}/`` (an evidence file marked public, of a published plan).
Each answer is built from the cached ``PublicPlan``: one query to check that
the plan is still public, none per pledge.
"""

from __future__ import annotations

import math
from dataclasses import asdict
from typing import Any

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext_lazy as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from commitments import rules
from commitments.choices import Comparator
from commitments.models import Attachment
from reports.public.meter import PUBLIC_STATUSES, PublicPlan, published_plan


def _published(plan_id: int) -> PublicPlan:
    view = published_plan(plan_id)
    if view is None:
        raise Http404
    return view


def _public(response: HttpResponse) -> HttpResponse:
    """Cacheable by shared caches for ``PUBLIC_CACHE_SECONDS``, kept apart per language:
    a page's language is ``?lang=`` (in the URL) or the language cookie, the feed's the
    ``Accept-Language`` header (``tracker.language``), so a cache keys on both headers."""
    patch_cache_control(response, public=True, max_age=settings.PUBLIC_CACHE_SECONDS)
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def _labels() -> dict[str, str]:
    return {key: str(label) for key, label in PUBLIC_STATUSES.items()}


#: A target's goal in a sentence, per comparator (a label alone reads "TargetAt least").
GOALS = {
    Comparator.GTE: _("目标不低于 %(value)s%(unit)s"),
    Comparator.LTE: _("目标不高于 %(value)s%(unit)s"),
    Comparator.EQ: _("目标等于 %(value)s%(unit)s"),
}


def _target(t: dict) -> dict:
    goal = GOALS.get(t["comparator"], GOALS[Comparator.EQ])
    now = "—" if t["current_value"] is None else f"{t['current_value']}{t['unit']}"
    return {**t, "goal": goal % {"value": t["value"], "unit": t["unit"]}, "now": now}


def _context(view: PublicPlan) -> dict[str, Any]:
    labels = _labels()
    pledges = [
        {
            **p,
            "status_label": labels[p["status"]],
            "targets": [_target(t) for t in p["targets"]],
        }
        for p in view.pledges
    ]
    return {
        "plan": view,
        "refresh_minutes": math.ceil(settings.PUBLIC_CACHE_SECONDS / 60),
        "pledges": pledges,
        "labels": labels,
        "totals": [(key, labels[key], view.totals[key]) for key in labels],
        "sections": [{**s, "cells": [s["counts"][k] for k in labels]} for s in view.sections],
        "departments": [{**d, "cells": [d["counts"][k] for k in labels]} for d in view.departments],
        "done_share": rules.whole_percent(view.totals["completed"], view.totals["total"]),
    }


@require_safe
def plan_page(request: HttpRequest, plan_id: int) -> HttpResponse:
    view = _published(plan_id)
    return _public(render(request, "reports/public/plan.html", _context(view)))


@require_safe
@xframe_options_exempt
def plan_embed(request: HttpRequest, plan_id: int) -> HttpResponse:
    view = _published(plan_id)
    return _public(render(request, "reports/public/embed.html", _context(view)))


@require_safe
def plan_feed(request: HttpRequest, plan_id: int) -> HttpResponse:
    """The feed: ``{"plan": {...}, "statuses": {code: label}, "totals",
    "sections", "departments", "pledges": [...]}``, labels in the request's
    language; pledges carry ``status`` codes (keys of ``statuses``)."""
    view = _published(plan_id)
    data = asdict(view)  # the feed's shape is a contract (SPEC §4c): ``built_at`` stays out
    body = {
        "plan": {"id": data["id"], "title": data["title"], "year": data["year"]},
        "as_of": data["as_of"],
        "statuses": _labels(),
        "totals": data["totals"],
        "sections": data["sections"],
        "departments": data["departments"],
        "pledges": data["pledges"],
    }
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return _public(response)


@require_safe
def public_file(request: HttpRequest, attachment_id: int) -> FileResponse:
    """A public evidence file, always as a download; 404 unless the file is
    marked public and its plan is published (both checked on every request)."""
    attachment = Attachment.objects.filter(
        pk=attachment_id, public=True, commitment__plan__public=True
    ).first()
    if attachment is None:
        raise Http404
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
