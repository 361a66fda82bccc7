"""Personas of the workspace: a lead department, a co-owner, an outsider, supervisors."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest
from django.test import Client
from django.utils import timezone

from commitments.choices import Role
from commitments.models import Commitment, Department, Target
from commitments.services import reporting
from tests import factories
from tests.reports.test_browser import browser  # noqa: F401 (the headless Chromium fixture)

#: The smallest file that ``filetype`` recognises as a PDF.
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@dataclass
class Town:
    lead: Department
    co: Department
    outsider_dept: Department
    item: Commitment
    target: Target
    clerk: object  # staff of the lead
    co_clerk: object
    outsider: object
    supervisor: object  # oversees every department
    other_supervisor: object  # oversees only the outsider's department

    def lead_reports(self, status: str, percent: int) -> None:
        """The lead department's clerk files a report on the item today."""
        reporting.file_report(
            self.item.pk,
            self.clerk,
            self.lead,
            reporting.ReportInput(status, percent, timezone.localdate()),
        )

    def both_report(self, status: str, percent: int) -> None:
        """The co-owner reports its part done (a closure request needs it), then the lead."""
        reporting.file_report(
            self.item.pk,
            self.co_clerk,
            self.co,
            reporting.ReportInput("on_track", 100, timezone.localdate()),
        )
        self.lead_reports(status, percent)


@pytest.fixture
def evidence_storage(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "media")},
        },
    }
    return tmp_path / "media"


def build_town() -> Town:
    today = timezone.localdate()
    lead = factories.department("经济发展办")
    co = factories.department("社会事务办")
    outsider_dept = factories.department("农业农村办")
    plan = factories.plan(
        today.year,
        title=f"{today.year}年工作安排",
        source_text="一、招商引资。今年计划新建5兆瓦光伏电站一处。同时推进园区建设。",
        starts_on=datetime.date(today.year, 1, 1),
    )
    section = factories.section(plan, 1, "狠抓招商引资,积蓄发展动能")
    item = factories.commitment(
        lead,
        section,
        deadline=today + datetime.timedelta(days=60),
        co_owners=[co],
        text="今年计划新建5兆瓦光伏电站一处。",
        title="新建5兆瓦光伏电站一处",
    )
    Commitment.objects.filter(pk=item.pk).update(source_start=7, source_end=23)
    target = Target.objects.create(commitment=item, metric="光伏电站装机", value=5, unit="兆瓦")
    item.refresh_from_db()
    return Town(
        lead=lead,
        co=co,
        outsider_dept=outsider_dept,
        item=item,
        target=target,
        clerk=factories.user("jingji", dept=lead),
        co_clerk=factories.user("shehui", dept=co),
        outsider=factories.user("nongye", dept=outsider_dept),
        supervisor=factories.user("duban", role=Role.SUPERVISOR),
        other_supervisor=factories.user(
            "fenguan", role=Role.SUPERVISOR, supervises=[outsider_dept]
        ),
    )


@pytest.fixture
def town(db, evidence_storage) -> Town:
    return build_town()


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client
