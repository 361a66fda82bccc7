"""Walk 10's findings: a report that says nothing new is refused, on the page and the API."""

from __future__ import annotations

import re

from commitments.models import ProgressReport
from tests.workspace.conftest import client_for
from tests.workspace.test_pages import _input_value, _selected, page_url, report_data, token


def _untouched(html: str, town) -> dict:
    """The report form as the page fills it in, submitted without a change."""
    target = f"report-target_{town.target.pk}"
    return {
        "action": "report",
        "report-form_token": token(html, "report"),
        "report-status": _selected(html, "report-status"),
        "report-percent": _input_value(html, "report-percent"),
        "report-as_of": _input_value(html, "report-as_of"),
        "report-narrative": "",
        "report-evidence": "",
        target: _input_value(html, target) or "",
    }


def test_an_untouched_prefilled_report_form_files_nothing_and_asks_for_the_progress(town):
    client = client_for(town.clerk)
    first = report_data(client.get(page_url(town.item)).content.decode(), town)
    assert client.post(page_url(town.item), first).status_code == 302

    html = client.get(page_url(town.item)).content.decode()
    response = client.post(page_url(town.item), _untouched(html, town))

    assert response.status_code == 400
    box = re.search(r'data-field="report-narrative".*?</div>', response.content.decode(), re.S)
    assert box and "请填写进展情况" in box.group(0)
    assert ProgressReport.objects.count() == 1
    # Saying what happened (or changing a figure) files it.
    html = response.content.decode()
    data = _untouched(html, town) | {"report-narrative": "本月无新进展，等待设备到货"}
    assert client.post(page_url(town.item), data).status_code == 302
    assert ProgressReport.objects.count() == 2
