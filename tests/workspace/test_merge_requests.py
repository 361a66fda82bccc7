"""A merged department's extension and closure requests name it, as its reports do.

merge14 left the request rows without ``merged_from``: after 水利站 was merged into
农业农村办, the pledge's 延期申请记录 said 农业农村办 alone, while its report list said
农业农村办（原水利站报送）. The merge now keeps the department that asked on each request
it re-points (migration 0031), and the pledge page (pending card and records), the
supervisors' queue and the API's request JSON say it: （原水利站申请）, "asked as", since a
request is not a report.
"""

from __future__ import annotations

import re

from commitments.models import ClosureRequest, ExtensionRequest
from commitments.services import workflow
from commitments.services.catalog import merge_department
from tests.support.language import in_language
from tests.workspace.conftest import client_for
from tests.workspace.test_merge_reports import a_water_station
from tests.workspace.test_pages import page_url


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


def part(html: str, start: str, end: str) -> str:
    return text_of(html.split(start, 1)[1].split(end, 1)[0])


def merged_station(town):
    """水利站 asked to extend the town's pledge (it co-owns it) and to close its own; then
    it is merged into 农业农村办."""
    station, own, clerk = a_water_station(town)
    closure = workflow.request_closure(clerk, own, "三处设施均已改造完成")
    merge_department(station, town.outsider_dept)
    extension = ExtensionRequest.objects.get(commitment=town.item)
    return own, extension, ClosureRequest.objects.get(pk=closure.pk)


def test_the_merge_keeps_the_department_that_asked_on_each_request(town):
    own, extension, closure = merged_station(town)

    for request in (extension, closure):
        assert (request.department.name, request.merged_from.name) == ("农业农村办", "水利站")


def test_the_pending_cards_name_the_department_that_asked(town):
    own, extension, closure = merged_station(town)

    page = client_for(town.supervisor).get(page_url(town.item)).content.decode()
    queue = client_for(town.supervisor).get("/workspace/queue/").content.decode()

    card = part(page, f'id="request-extension-{extension.pk}"', "</p>")
    assert "农业农村办 （原水利站申请）" in card
    for kind, pk in (("extension", extension.pk), ("closure", closure.pk)):
        shown = part(queue, f'id="request-{kind}-{pk}"', "</article>")
        assert "农业农村办 （原水利站申请）" in shown


def test_the_request_records_name_it_in_both_languages(town):
    own, extension, closure = merged_station(town)
    workflow.reject_extension(town.supervisor, extension, "理由不充分")
    workflow.return_closure(town.supervisor, closure, "请补充验收材料")
    town.lead_reports("on_track", 50)
    workflow.request_extension(town.clerk, town.item, extension.requested_deadline, "资金未到位")

    for language, extended, closed, plain in (
        (
            "zh-hans",
            "农业农村办 （原水利站申请）：",
            "农业农村办 （原水利站申请） · 已退回",
            "经济发展办：",
        ),
        (
            "en",
            "农业农村办 (asked as 水利站):",
            "农业农村办 (asked as 水利站) · Returned",
            "经济发展办:",
        ),
    ):
        client = in_language(client_for(town.supervisor), language)
        records = client.get(page_url(town.item)).content.decode().split('id="requests"', 1)[1]
        own_records = client.get(page_url(own)).content.decode().split('id="requests"', 1)[1]
        texts = [text_of(li) for li in re.findall(r"<li>(.*?)</li>", records, re.S)]
        assert any(extended in t for t in texts), texts[-4:]
        # The lead's own request names no other unit.
        assert any(plain in t and "水利站" not in t for t in texts), texts
        assert closed in text_of(own_records), text_of(own_records)


def test_the_api_gives_merged_from_on_requests(town):
    own, extension, closure = merged_station(town)

    client = client_for(town.supervisor)
    for url, pk in (
        (f"/api/v1/commitments/{town.item.pk}/extension-requests/", extension.pk),
        (f"/api/v1/commitments/{own.pk}/closure-requests/", closure.pk),
    ):
        body = client.get(url).json()
        (row,) = [r for r in (body["results"] if isinstance(body, dict) else body) if r["id"] == pk]
        assert row["department"]["name"] == "农业农村办", row
        assert row["merged_from"] == {"id": row["merged_from"]["id"], "name": "水利站"}
