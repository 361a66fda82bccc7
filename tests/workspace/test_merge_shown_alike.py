"""After a department merge every place names a re-pointed report, 签收 or request the
same way: the unit, and the department that filed or acted then.

- The API's report JSON gives ``merged_from`` (``{"id", "name"}`` or null) and
  ``lead_by_merge`` (SPEC §2) in the pledge's report list, its detail (latest report,
  owners) and a filing's answer; a client may not send them.
- The pledge page's header (and the clerk's list, the supervisors' queue) marks the
  progress it shows “，原社会事务办报送” inside its bracket where the report list shows
  “（原社会事务办报送）”.
- History entries of the merged department's reports, 签收 and requests name the unit
  with the department that acted (“农业农村办（原水利站）”), on the page, in the admin's
  history and in the API's history JSON (``department`` + ``merged_from``, as a report).
"""

from __future__ import annotations

import re

import pytest
from django.utils import timezone

from commitments.models import Department, ProgressReport
from commitments.services import reporting, workflow
from commitments.services.catalog import merge_department
from tests.api.conftest import token_client
from tests.workspace.conftest import client_for
from tests.workspace.test_merge_reports import a_water_station
from tests.workspace.test_pages import page_url


def file(item, clerk, department, percent, status="on_track", narrative=""):
    return reporting.file_report(
        item.pk,
        clerk,
        department,
        reporting.ReportInput(status, percent, timezone.localdate(), narrative),
    )


def co_owner_merged_into_lead(town, lead_percent=None):
    """社会事务办 (co-owner) filed 40% (after the lead's ``lead_percent``, if any); then
    it is merged into the lead 经济发展办: its report counts as the unit's, the lead's."""
    if lead_percent is not None:
        file(town.item, town.clerk, town.lead, lead_percent)
    report = file(town.item, town.co_clerk, town.co, 40)
    merge_department(town.co, town.lead)
    return report


def rows(body):
    return body["results"] if isinstance(body, dict) else body


def progress_span(html: str) -> str:
    """The progress line (``_progress.html``), its inner spans (the date) included."""
    rest, depth, end = html.split('data-field="progress"', 1)[1], 1, 0
    while depth:
        opened, closed = rest.find("<span", end), rest.find("</span>", end)
        depth, end = (depth + 1, opened + 5) if -1 < opened < closed else (depth - 1, closed + 7)
    return rest[:end]


def history_entries(html: str, kind: str) -> list[str]:
    part = html.split('id="history"', 1)[1]
    return [e.split("</li>", 1)[0] for e in part.split(f'data-event="{kind}"')[1:]]


class TestTheReportJson:
    def test_the_report_list_says_who_filed_and_whose_it_counts_as(self, town):
        lead_report = file(town.item, town.clerk, town.lead, 20)
        moved = co_owner_merged_into_lead(town)
        body = client_for(town.clerk).get(f"/api/v1/commitments/{town.item.pk}/reports/")
        by_id = {r["id"]: r for r in rows(body.json())}
        assert {
            k: by_id[moved.pk][k] for k in ("department", "merged_from", "is_lead", "lead_by_merge")
        } == {
            "department": {"id": town.lead.pk, "name": "经济发展办"},
            "merged_from": {"id": town.co.pk, "name": "社会事务办"},
            "is_lead": False,  # what happened: filed as a co-owner
            "lead_by_merge": True,  # what it counts as now: the lead's
        }
        mine = by_id[lead_report.pk]
        assert (mine["merged_from"], mine["is_lead"], mine["lead_by_merge"]) == (None, True, False)

    def test_the_detail_gives_them_on_the_latest_report_and_the_owner(self, town):
        co_owner_merged_into_lead(town, lead_percent=20)
        body = token_client(town.clerk).get(f"/api/v1/commitments/{town.item.pk}/").json()
        latest = body["latest_report"]
        assert (latest["percent"], latest["lead_by_merge"], latest["merged_from"]["name"]) == (
            40,
            True,
            "社会事务办",
        )
        assert [
            (o["department"]["name"], o["latest_report"]["merged_from"]) for o in body["owners"]
        ] == [("经济发展办", {"id": town.co.pk, "name": "社会事务办"})]

    def test_a_report_on_a_department_never_merged_gives_null_and_false(self, town):
        """A filing's answer (and a pledge no merge touched) carries both fields too."""
        response = token_client(town.co_clerk).post(
            f"/api/v1/commitments/{town.item.pk}/reports/",
            {"status": "on_track", "percent": 10, "as_of": timezone.localdate().isoformat()},
            format="json",
        )
        assert response.status_code == 201
        body = response.json()
        assert (body["merged_from"], body["is_lead"], body["lead_by_merge"]) == (
            None,
            False,
            False,
        )

    @pytest.mark.parametrize(
        "sent",
        [
            {"merged_from": 1},
            {"lead_by_merge": True},
            {"merged_from": {"id": 1, "name": "水利站"}, "lead_by_merge": False},
        ],
    )
    def test_a_client_may_not_send_them(self, town, sent):
        body = {
            "status": "on_track",
            "percent": 30,
            "as_of": timezone.localdate().isoformat(),
            **sent,
        }
        response = token_client(town.co_clerk).post(
            f"/api/v1/commitments/{town.item.pk}/reports/", body, format="json"
        )
        assert response.status_code == 400
        data = response.json()
        assert set(data["errors"]) == set(sent)
        assert all("只读" in messages[0] for messages in data["errors"].values())
        assert not ProgressReport.objects.exists()

    def test_the_refusal_is_in_english_when_asked(self, town):
        response = token_client(town.co_clerk, HTTP_ACCEPT_LANGUAGE="en").post(
            f"/api/v1/commitments/{town.item.pk}/reports/",
            {
                "status": "on_track",
                "percent": 30,
                "as_of": timezone.localdate().isoformat(),
                "lead_by_merge": True,
            },
            format="json",
        )
        assert response.status_code == 400
        assert "read-only" in response.json()["errors"]["lead_by_merge"][0]
        assert not ProgressReport.objects.exists()

    def test_the_schema_lists_them_as_read_only(self, town):
        schema = client_for(town.clerk).get("/api/schema/?format=json").json()
        report = schema["components"]["schemas"]["Report"]["properties"]
        assert report["lead_by_merge"]["readOnly"] and report["merged_from"]["readOnly"]


class TestTheHeaderSaysWhoFiled:
    def test_the_header_marks_a_report_filed_as_the_merged_department(self, town):
        co_owner_merged_into_lead(town, lead_percent=20)
        html = client_for(town.clerk).get(page_url(town.item)).content.decode()
        head = progress_span(html)
        assert (
            "40%" in head
            and "经济发展办" in head
            and "报送，原社会事务办报送）" in re.sub(r"<[^>]+>", "", head)
        )
        assert "）" not in head.split("原社会事务办报送")[0].split("40%")[1]  # one bracket
        # The card and the report list say it the same way.
        card = html.split('data-department="经济发展办"', 1)[1].split("</article>", 1)[0]
        assert "（原社会事务办报送）" in card

    def test_the_clerks_list_and_the_queue_say_it_too(self, town):
        co_owner_merged_into_lead(town)
        listed = client_for(town.clerk).get("/workspace/").content.decode()
        card = listed.split(town.item.title, 1)[1].split("</article>", 1)[0]
        assert "报送，原社会事务办报送）" in re.sub(r"<[^>]+>", "", progress_span(card))
        workflow.acknowledge(town.clerk, town.item)
        workflow.request_extension(
            town.clerk, town.item, town.item.deadline + timezone.timedelta(days=30), "汛期"
        )
        queue = client_for(town.supervisor).get("/workspace/queue/").content.decode()
        lead = progress_span(queue.split('data-field="lead-progress"')[1])
        assert "报送，原社会事务办报送）" in re.sub(r"<[^>]+>", "", lead)

    def test_in_english_the_header_says_filed_as(self, town):
        co_owner_merged_into_lead(town)
        client = client_for(town.clerk)
        client.cookies["django_language"] = "en"
        head = progress_span(client.get(page_url(town.item)).content.decode())
        assert (
            ", filed as 社会事务办)" in re.sub(r"<[^>]+>", "", head) and "原社会事务办" not in head
        )

    def test_the_units_own_newer_report_has_no_mark(self, town):
        co_owner_merged_into_lead(town)
        file(town.item, town.clerk, town.lead, 55, narrative="合并后本单位报送")
        html = client_for(town.clerk).get(page_url(town.item)).content.decode()
        head = progress_span(html)
        assert "55%" in head and "原社会事务办" not in head
        # The older report keeps its mark in the list of all reports.
        assert "（原社会事务办报送）" in html.split('class="all-reports"', 1)[1]

    def test_a_pledge_no_merge_touched_has_no_mark(self, town):
        file(town.item, town.clerk, town.lead, 30)
        head = progress_span(client_for(town.clerk).get(page_url(town.item)).content.decode())
        assert "30%" in head and "merged-from" not in head and "原" not in head


class TestHistoryNamesTheUnitAndWhoActed:
    """水利站 acknowledged, reported and asked for an extension on the town's pledge; a
    supervisor rejected the request; then 水利站 is merged into 农业农村办. The request
    list and the report list name 农业农村办: so does every history entry, with 水利站."""

    def merged(self, town):
        station, own, clerk = a_water_station(town)
        request = town.item.extension_requests.get()
        workflow.reject_extension(town.supervisor, request, "请按原时限推进")
        merge_department(station, town.outsider_dept)
        return station

    def test_the_page_names_the_unit_and_who_acted_on_every_entry(self, town):
        self.merged(town)
        html = client_for(town.supervisor).get(page_url(town.item)).content.decode()
        rejected = history_entries(html, "extension_rejected")
        assert len(rejected) == 1
        # A supervisor's decision names the department concerned: the unit, formerly 水利站.
        assert "涉及单位：农业农村办（原水利站）" in rejected[0]
        by_station = [e for e in history_entries(html, "reported") if "shuili" in e]
        assert len(by_station) == 1 and "农业农村办（原水利站）" in by_station[0]
        # The request list beside the history names the unit and who asked, as the
        # report list does (test_merge_requests).
        records = re.sub(r"<[^>]+>", "", html.split("延期申请记录", 1)[1])
        assert "农业农村办 （原水利站申请）：" in records
        assert "涉及单位：水利站" not in html

    def test_in_english(self, town):
        self.merged(town)
        client = client_for(town.supervisor)
        client.cookies["django_language"] = "en"
        html = client.get(page_url(town.item)).content.decode()
        assert "农业农村办 (formerly 水利站)" in history_entries(html, "extension_rejected")[0]

    def test_the_api_history_names_them_as_the_report_json_does(self, town):
        station = self.merged(town)
        client = token_client(town.supervisor)
        events = rows(client.get(f"/api/v1/commitments/{town.item.pk}/history/").json())
        reports = rows(client.get(f"/api/v1/commitments/{town.item.pk}/reports/").json())
        report = next(r for r in reports if r["filed_by"] == "shuili")
        entry = next(e for e in events if e["note"] == f"report:{report['id']}")
        unit = {"id": town.outsider_dept.pk, "name": "农业农村办"}
        was = {"id": station.pk, "name": "水利站"}
        assert (entry["department"], entry["merged_from"]) == (unit, was)
        assert (report["department"], report["merged_from"]) == (unit, was)
        for kind in ("acknowledged", "extension_requested", "extension_rejected"):
            found = [e for e in events if e["kind"] == kind and e["department"] == unit]
            assert found and all(e["merged_from"] == was for e in found), kind
        # The lead's own entries were never the merged department's.
        lead = [e for e in events if e["department"] == {"id": town.lead.pk, "name": "经济发展办"}]
        assert all(e["merged_from"] is None for e in lead)

    def test_the_admin_history_names_them_too(self, town, admin_client):
        self.merged(town)
        url = f"/admin/commitments/commitment/{town.item.pk}/history/"
        html = admin_client.get(url).content.decode()
        cells = [c.split("</td>", 1)[0] for c in html.split('data-field="department">')[1:]]
        assert "农业农村办（原水利站）" in cells and "水利站" not in cells


def test_a_step_by_a_department_retired_by_hand_is_refused_plainly(town):
    """Not a merge: an administrator switched 水利站 off (its clerk still belongs to it)."""
    station, own, clerk = a_water_station(town)
    Department.objects.filter(pk=station.pk).update(is_active=False)
    with pytest.raises(workflow.Conflict) as refused:
        reporting.file_report(
            own.pk, clerk, station, reporting.ReportInput("on_track", 97, timezone.localdate())
        )
    assert refused.value.message == "“水利站”已停用，不能再以该单位的名义办理。"
