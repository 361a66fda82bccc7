"""Storing an import: one transaction, idempotent, edits and reports survive."""

from __future__ import annotations

import datetime
import io

import pytest
from django.core.management import CommandError, call_command

from commitments.choices import EventKind, Role, Status
from commitments.models import (
    Commitment,
    CommitmentEvent,
    Department,
    Plan,
    ProgressReport,
    Section,
)
from commitments.services.plan_import import PlanChoice, PlanImportError, import_plan_file
from tests import factories
from tests.importer.conftest import SEED

pytestmark = pytest.mark.django_db

PLAN = """镇长在经济工作会议上的讲话
同志们：
一、2024年工作回顾
全年完成税收700万元。
二、2025年工作安排
（一）抓产业。今年计划新建温室大棚20栋。引进项目5个，一季度完成签约，年底前开工。
（二）抓民生。城乡医保参保率达到95%以上。做好困难群体救助保障。
同志们！谢谢大家！
"""


def store(text: str = PLAN, name: str = "plan.txt", plan: int | None = None, **kwargs):
    choice = PlanChoice(plan_id=plan)
    return import_plan_file(text.encode("utf-8"), name, choice=choice, **kwargs)


def file_report(commitment: Commitment) -> ProgressReport:
    reporter = factories.user(role=Role.STAFF, dept=commitment.lead_owner)
    return ProgressReport.objects.create(
        commitment=commitment,
        department=commitment.lead_owner,
        filed_by=reporter,
        status=Status.ON_TRACK,
        percent=30,
        as_of=datetime.date(2025, 3, 1),
        period="2025-03",
    )


def test_it_stores_plans_sections_commitments_targets_and_history(departments):
    result = store()
    assert result.summary["plans_created"] == 1
    assert result.summary["commitments_created"] == 4
    plan = Plan.objects.get()
    assert (plan.year, plan.source_name, plan.document_index) == (2025, "plan.txt", 0)
    assert plan.source_text == PLAN
    assert [s.title for s in plan.sections.all()] == ["抓产业", "抓民生"]
    project = Commitment.objects.get(code="2025-01-02")
    assert plan.source_text[project.source_start : project.source_end] == project.text
    assert project.original_deadline == project.deadline == datetime.date(2025, 12, 31)
    assert [(m.due, m.text) for m in project.milestones.all()] == [
        (datetime.date(2025, 3, 31), "一季度完成签约")
    ]
    assert [(t.value, t.unit) for t in project.targets.all()] == [(5, "个")]
    assert project.events.get().kind == EventKind.IMPORTED
    assert result.as_dict()["summary"]["commitments_created"] == 4


def test_it_writes_nothing_on_a_dry_run(departments):
    result = store(dry_run=True)
    assert "summary" not in result.as_dict()
    assert not Plan.objects.exists()


def test_it_changes_nothing_when_the_same_file_comes_again(departments):
    store()
    before = list(Commitment.objects.values_list("pk", "code", "updated_at"))
    result = store()
    assert result.summary["plans_unchanged"] == 1
    assert result.summary["commitments_created"] == 0
    assert list(Commitment.objects.values_list("pk", "code", "updated_at")) == before
    assert CommitmentEvent.objects.count() == 4


def test_it_updates_an_edited_file_in_place(departments):
    store()
    kept = Commitment.objects.get(code="2025-02-01")
    edited = PLAN.replace("95%", "98%").replace("做好困难群体救助保障。", "")
    result = store(edited, plan=Plan.objects.get().pk)
    assert result.summary["plans_updated"] == 1
    assert result.summary["commitments_removed"] == 1
    assert Plan.objects.count() == 1
    kept.refresh_from_db()
    assert [t.value for t in kept.targets.all()] == [98]
    assert kept.events.filter(kind=EventKind.REIMPORTED).exists()
    assert not Commitment.objects.filter(text__contains="救助").exists()


def test_it_keeps_commitments_with_reports_and_the_supervisors_edits(departments):
    store()
    relief = Commitment.objects.get(text="做好困难群体救助保障。")
    report = file_report(relief)
    greenhouse = Commitment.objects.get(code="2025-01-01")
    finance = Department.objects.get(name="财政所")
    greenhouse.lead_owner = finance
    greenhouse.deadline = datetime.date(2025, 8, 31)
    greenhouse.edited_fields = ["lead_owner", "deadline"]
    greenhouse.save()

    edited = PLAN.replace("做好困难群体救助保障。", "").replace(
        "今年计划新建温室大棚20栋。", "今年计划新建温室大棚30栋，9月底前完成。"
    )
    result = store(edited, plan=relief.plan_id)

    relief.refresh_from_db()
    assert relief.removed_from_source is True
    assert ProgressReport.objects.filter(pk=report.pk).exists()
    assert result.summary["commitments_kept"] == 1
    greenhouse.refresh_from_db()
    assert greenhouse.lead_owner == finance
    assert greenhouse.deadline == datetime.date(2025, 8, 31)
    assert [t.value for t in greenhouse.targets.all()] == [30]
    assert "30栋" in greenhouse.text

    # the pledge comes back: it is matched again, not duplicated
    store(PLAN, plan=relief.plan_id)
    relief.refresh_from_db()
    assert relief.removed_from_source is False
    assert Commitment.objects.filter(text="做好困难群体救助保障。").count() == 1


def test_it_stores_each_document_with_an_arrangement(departments):
    result = import_plan_file(SEED.read_bytes(), SEED.name)
    assert result.summary["plans_created"] == 1
    plan = Plan.objects.get()
    assert plan.document_index == 0 and plan.year == 2024
    assert Section.objects.filter(plan=plan).count() == 5
    assert Commitment.objects.filter(plan=plan).count() == 20
    assert not Commitment.objects.filter(lead_owner__isnull=True).exists()


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"", "empty.txt"),
        (bytes(range(256)) * 8, "binary.txt"),
        (b"not a zip", "fake.docx"),
        ("没有工作安排的文字。".encode(), "note.txt"),
    ],
)
def test_it_writes_nothing_for_a_bad_file(departments, data, name):
    with pytest.raises(PlanImportError):
        import_plan_file(data, name)
    assert not Plan.objects.exists() and not Commitment.objects.exists()


def test_the_command_fails_with_one_line_and_writes_nothing(departments, tmp_path):
    bad = tmp_path / "fake.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(CommandError) as caught:
        call_command("import_plan", str(bad))
    assert "不是有效的 Word 文档" in str(caught.value) and "\n" not in str(caught.value)
    assert caught.value.returncode == 1
    assert not Plan.objects.exists()


def test_the_command_prints_a_summary(departments, tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    out = io.StringIO()
    call_command("import_plan", str(path), stdout=out)
    assert "新建 1" in out.getvalue()
    out = io.StringIO()
    call_command("import_plan", str(path), stdout=out)
    assert "未变 1" in out.getvalue()
