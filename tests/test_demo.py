"""`make run` shows a living ledger: the 2024 sample imported as this year's
plan, with demo progress filed through the services (issue 19)."""

from __future__ import annotations

import collections
import datetime
import email
import email.policy
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import F
from django.utils import timezone

from commitments.choices import ClosureState, EventKind, RequestState
from commitments.models import (
    ClosureRequest,
    Commitment,
    CommitmentEvent,
    CoOwnership,
    ExtensionRequest,
    ProgressReport,
)
from tests.clock import at
from tests.deploy.conftest import ROOT

pytestmark = pytest.mark.django_db


def _run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_the_demo_ledger_is_current_and_alive():
    today = timezone.localdate()
    _run("load_departments")
    _run("import_plan", str(ROOT / "samples" / "town-speeches-2024.txt"), "--year", str(today.year))
    _run("demo_accounts")
    summary = _run("demo_activity")
    assert "已报送" in summary and "已办结" in summary

    items = Commitment.objects.with_light(today)
    assert items.count() >= 10
    assert all(c.deadline.year == today.year for c in items)
    lights = collections.Counter(items.values_list("light", flat=True))
    assert lights["green"] > lights["yellow"] > 0  # mostly on track, some not
    statuses = set(items.values_list("status", flat=True))
    assert {"completed", "on_track", "at_risk", "not_started"} <= statuses
    assert ProgressReport.objects.exists() and CommitmentEvent.objects.exists()

    # a co-owner's clerk sees something: co-owned commitments, acknowledged and reported on
    co_reports = ProgressReport.objects.exclude(department=F("commitment__lead_owner"))
    assert CoOwnership.objects.count() >= 3 and co_reports.count() >= 2
    co_acks = CommitmentEvent.objects.filter(kind=EventKind.ACKNOWLEDGED).exclude(
        department=F("commitment__lead_owner")
    )
    assert co_acks.exists()
    assert "项有配合单位" in summary

    # the supervisor has a request of each kind to decide (待办审核), named by code as
    # the pages name it (a code such as 2026-05-03 alone reads like a date)
    assert "待督办人审核" in summary
    pending = ExtensionRequest.objects.get().commitment.code
    assert f"编号 {pending} 的延期申请" in summary
    assert f"extension request on code {pending}" in summary
    assert ExtensionRequest.objects.filter(state=RequestState.PENDING).count() == 1
    assert ClosureRequest.objects.filter(state=ClosureState.PENDING).count() == 1
    asking = {r.commitment_id for r in ExtensionRequest.objects.all()}
    assert asking.isdisjoint(
        ClosureRequest.objects.filter(state=ClosureState.PENDING).values_list(
            "commitment_id", flat=True
        )
    )

    reports = ProgressReport.objects.count()
    again = _run("demo_activity")
    assert "未改动" in again and "待督办人审核" not in again  # a second run changes nothing
    assert ProgressReport.objects.count() == reports
    assert ExtensionRequest.objects.count() == 1
    assert ClosureRequest.objects.filter(state=ClosureState.PENDING).count() == 1


def test_make_run_says_the_sample_is_imported_as_this_year():
    makefile = (ROOT / "Makefile").read_text()
    assert "--year $(DEMO_YEAR)" in makefile and "demo_activity" in makefile
    assert "演示按今年" in makefile


def test_make_run_says_how_to_see_reminder_e_mails_now(clock, settings, tmp_path):
    """Started at night or on a weekend, the demo sends nothing yet: its console names
    the command and a working day whose sweep has e-mails (the demo's requests then
    wait for review too long)."""
    settings.SITE_URL = "http://127.0.0.1:8000"
    clock.move_to(at("2026-12-07 04:00"))  # a Monday, before the send hour
    _run("load_departments")
    _run("import_plan", str(ROOT / "samples" / "town-speeches-2024.txt"), "--year", "2026")
    _run("demo_accounts")
    summary = _run("demo_activity")
    command = "manage.py send_reminders --at 2026-12-11T09:30"  # 4 working days later
    assert f"立即查看：.venv/bin/python {command}" in summary
    assert "工作日 09:00" in summary and "var/mail/" in summary
    assert f"to see them now: .venv/bin/python {command}" in summary

    settings.SITE_URL = "http://127.0.0.1:8323"  # make run PORT=8323: links to that port
    assert f"SITE_URL=http://127.0.0.1:8323 .venv/bin/python {command}" in _run("demo_activity")

    # the command as printed writes them, each a .eml file a mail client opens
    settings.EMAIL_BACKEND = "tracker.mailfiles.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path)
    call_command("send_reminders", "--at", "2026-12-11T09:30", stdout=StringIO())
    files = list(tmp_path.iterdir())
    assert files and all(f.suffix == ".eml" for f in files)
    read = [email.message_from_bytes(f.read_bytes(), policy=email.policy.default) for f in files]
    review = [m for m in read if "待审核" in m["Subject"]]
    assert review and review[0].get_body(("html",)) is not None
    # walk14b m12: the demo's overdue pledges are in the supervisors' digest
    assert any("已逾期" in m.get_body(("plain",)).get_content() for m in read)


def test_make_run_port_is_a_choice_and_e_mail_links_follow_it():
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^PORT \?= 8000$", makefile, re.M)
    assert "run: export SITE_URL ?= http://127.0.0.1:$(PORT)" in makefile
    recipe = re.search(r"^run: setup\n((?:\t.*\n)+)", makefile, re.M).group(1)
    assert "runserver --insecure 127.0.0.1:$(PORT)" in recipe and "8000" not in recipe


def test_the_demo_scorecard_ranks_units_that_reported_since_january(clock):
    """walk14 m8: the demo's pledges were assigned on the plan's first day and its units
    have reported monthly since then, on time, late or with months missed, so the
    supervisor's scorecard ranks them and the worst are found (not 不参与排名 for all)."""
    from django.contrib.auth.models import User
    from django.test import Client

    clock.move_to(at("2026-07-15 10:00"))
    _run("load_departments")
    _run("import_plan", str(ROOT / "samples" / "town-speeches-2024.txt"), "--year", "2026")
    _run("demo_accounts")
    _run("demo_activity")

    first = timezone.localtime(Commitment.objects.earliest("created_at").created_at).date()
    assert first.isoformat() == "2026-01-01"
    assert Commitment.objects.filter(created_at__date__gt="2026-01-01").count() == 0
    months = {r.period for r in ProgressReport.objects.all()}
    assert {"2026-01", "2026-03", "2026-06", "2026-07"} <= months
    filed = {
        timezone.localtime(r.created_at).date().isoformat()[:7]
        for r in ProgressReport.objects.all()
    }
    assert "2026-01" in filed  # filed then, not back-filled today

    client = Client()
    client.force_login(User.objects.get(username="supervisor"))
    plan = Commitment.objects.first().plan_id
    rows = client.get(f"/api/v1/reports/summary/?plan={plan}").json()["departments"]
    ranked = [r for r in rows if r["rank"] is not None]
    assert len(ranked) >= 5
    assert len({r["rank"] for r in ranked}) >= 4  # not one shared place
    assert any(r["reports_missing"] == 0 for r in ranked)
    assert any(r["reports_missing"] > 0 for r in ranked)
    assert any((r["avg_days_late"] or 0) > 0 for r in ranked)
    best, worst = ranked[0], ranked[-1]
    assert best["reports_on_time"] > 0
    # The worst reported worse (walk16 M3: "—" completion no longer ranks below an overdue
    # pledge, so the last may have filed every month, late, rather than missed some).
    assert worst["report_on_time_rate"] < best["report_on_time_rate"]
    assert worst["overdue"] > best["overdue"] or worst["reports_missing"] > best["reports_missing"]


def _make_run_server(tmp_path, debug: str | None):
    """The server as the Makefile's `run` recipe starts it, with the environment it
    exports (``DEBUG`` unless the developer set it), on a free port and a fresh SQLite
    file (a fresh clone: nothing collected under ``STATIC_ROOT``)."""
    import os
    import subprocess

    from tests.deploy.conftest import PYTHON, free_port

    makefile = (ROOT / "Makefile").read_text()
    default = re.search(r"^run: export DEBUG \?= (\S+)$", makefile, re.M).group(1)
    recipe = re.search(r"^run: setup\n((?:\t.*\n)+)", makefile, re.M).group(1)
    command = re.search(r"\$\(PY\) manage\.py (runserver [^\n\\]*)", recipe).group(1).split()
    port = free_port()
    command = [PYTHON, "manage.py", *(a.replace("$(PORT)", str(port)) for a in command)]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))}
    env.update(
        DEBUG=debug or default,
        DATABASE_URL=f"sqlite:///{tmp_path / 'demo.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
        CELERY_BROKER_URL="memory://",
    )
    process = subprocess.Popen(
        [*command, "--noreload"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return process, f"http://127.0.0.1:{port}"


def _get(url: str) -> tuple[int, str, str]:
    import time
    import urllib.error
    import urllib.request

    for _ in range(150):
        try:
            with urllib.request.urlopen(url) as answer:
                return answer.status, answer.headers["Content-Type"], answer.read().decode()
        except urllib.error.HTTPError as refused:
            return refused.code, refused.headers["Content-Type"], refused.read().decode()
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"{url} never answered")


def test_a_mistyped_address_in_the_demo_shows_the_product_s_404_page(tmp_path):
    """walk14b m1: `make run` ran with DEBUG on, so a clerk trying the demo who mistyped
    an address met Django's yellow technical page. The demo runs with DEBUG off and
    still serves its style sheets; `DEBUG=true make run` keeps the debug page."""
    process, base = _make_run_server(tmp_path, None)
    try:
        status, _type, page = _get(f"{base}/workspace/no-such-page/")
        assert status == 404
        assert "页面不存在" in page and "Using the URLconf" not in page
        for sheet in ("workspace/workspace.css", "admin/css/base.css"):
            status, kind, _body = _get(f"{base}/static/{sheet}")
            assert (status, kind.split(";")[0]) == (200, "text/css")
    finally:
        process.terminate()
        process.wait(timeout=30)

    process, base = _make_run_server(tmp_path, "true")
    try:
        status, _type, page = _get(f"{base}/workspace/no-such-page/")
        assert status == 404 and "Using the URLconf" in page
    finally:
        process.terminate()
        process.wait(timeout=30)


def _json(response) -> dict:
    import json

    body = b"".join(response.streaming_content) if response.streaming else response.content
    return json.loads(body)


def test_the_demo_has_overdue_pledges_for_the_supervisor_to_urge(clock):
    """walk14b m12: every pledge was due on 31 December, so a supervisor trying 督办通知
    on an overdue pledge or the overdue list found none. A few were given an earlier
    deadline on the plan's second day, now passed: not completed, in the overdue list,
    and a 督办通知 on one is sent."""
    clock.move_to(at("2026-12-07 10:00"))
    _run("load_departments")
    _run("import_plan", str(ROOT / "samples" / "town-speeches-2024.txt"), "--year", "2026")
    _run("demo_accounts")
    assert "3 项已逾期" in _run("demo_activity")

    today = timezone.localdate()
    overdue = Commitment.objects.overdue(today)
    assert overdue.count() == 3
    assert all(c.deadline <= today - datetime.timedelta(days=7) for c in overdue)
    assert {c.status for c in overdue} == {"at_risk", "not_started"}  # one never acknowledged
    edits = CommitmentEvent.objects.filter(kind=EventKind.EDITED, changes__has_key="deadline")
    assert {timezone.localtime(e.created_at).date() for e in edits} == {datetime.date(2026, 1, 2)}

    supervisor = _supervisor()
    plan = overdue.first().plan_id
    listed = _json(supervisor.get(f"/api/v1/reports/overdue/?plan={plan}"))
    assert listed["count"] == 3 and all(r["days_overdue"] >= 7 for r in listed["results"])
    red = _json(supervisor.get(f"/api/v1/commitments/?plan={plan}&light=red"))
    assert red["count"] == 3
    item = overdue.get(status="not_started")  # never acknowledged: the one to urge
    urged = supervisor.post(
        f"/api/v1/commitments/{item.pk}/urge/", {"note": "请说明逾期原因"}, "application/json"
    )
    assert urged.status_code in (200, 201), urged.content
    assert _json(supervisor.get(f"/api/v1/commitments/{item.pk}/"))["urged"] is True


def test_the_demo_plan_is_imported_where_its_story_starts(clock):
    """walk14b m10: the demo's activity starts on 1 January, but its 导入 history entry
    (and the plan's 导入时间) said today."""
    clock.move_to(at("2026-07-15 10:00"))
    _run("load_departments")
    _run("import_plan", str(ROOT / "samples" / "town-speeches-2024.txt"), "--year", "2026")
    _run("demo_accounts")
    _run("demo_activity")

    first = datetime.date(2026, 1, 1)
    plan = Commitment.objects.first().plan
    assert timezone.localtime(plan.created_at).date() == first
    assert plan.reports_from == first  # what was owed did not move
    imported = CommitmentEvent.objects.filter(kind=EventKind.IMPORTED)
    assert imported.count() == Commitment.objects.count()
    assert {timezone.localtime(e.created_at).date() for e in imported} == {first}
    history = _json(
        _supervisor().get(f"/api/v1/commitments/{Commitment.objects.first().pk}/history/")
    )["results"]
    assert history[0]["kind_label"] == "导入" and history[0]["time"].startswith("2026-01-01")
    assert [e["time"] for e in history] == sorted(e["time"] for e in history)


def _supervisor():
    from django.contrib.auth.models import User
    from django.test import Client

    client = Client()
    client.force_login(User.objects.get(username="supervisor"))
    return client
