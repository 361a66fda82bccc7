"""Re-importing an edited plan: one plan, a diff first, codes that keep their meaning."""

from __future__ import annotations

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commitments.choices import EventKind, Role, Status
from commitments.models import Commitment, CommitmentEvent, Department, Plan, ProgressReport
from commitments.services.plan_import import (
    LikelyDuplicate,
    PlanChoice,
    import_plan_file,
)
from tests import factories

pytestmark = pytest.mark.django_db

HEAD = (
    "镇长在经济工作会议上的讲话\n同志们：\n"
    "一、2024年工作回顾\n全年完成税收700万元。\n二、2025年工作安排\n"
)
TAIL = "同志们！谢谢大家！\n"
INDUSTRY = [
    "今年计划新建温室大棚20栋。",
    "引进项目5个，一季度完成签约，年底前开工。",
    "建成农产品冷链仓储中心一处。",
]
LIVING = ["城乡医保参保率达到95%以上。", "做好困难群体救助保障。", "新建村级养老服务站3个。"]


def speech(industry: list[str] = INDUSTRY, living: list[str] = LIVING) -> str:
    return HEAD + f"（一）抓产业。{''.join(industry)}\n（二）抓民生。{''.join(living)}\n" + TAIL


def run(text: str, name: str = "plan.txt", **choice) -> object:
    return import_plan_file(text.encode(), name, choice=PlanChoice(**choice))


def codes() -> dict[str, str]:
    """Text → code of every pledge still in the source."""
    rows = Commitment.objects.filter(removed_from_source=False)
    return dict(rows.values_list("text", "code"))


def test_an_edited_file_under_a_new_name_is_refused_then_updates_the_one_plan(departments):
    run(speech(), "讲话稿.txt")
    plan = Plan.objects.get()
    edited = speech(
        ["今年计划新建温室大棚30栋。", *INDUSTRY[1:]], [LIVING[0], LIVING[2], "新建公厕5座。"]
    )

    with pytest.raises(LikelyDuplicate) as refused:
        run(edited, "讲话稿（修订）.txt")
    assert f"ID {plan.pk}" in str(refused.value) and plan.title in str(refused.value)
    assert Plan.objects.count() == 1

    preview = import_plan_file(edited.encode(), "讲话稿（修订）.txt", dry_run=True)
    doc = preview.as_dict()["plans"][0]
    assert (doc["decision"], doc["id"], doc["title"]) == ("choose", plan.pk, plan.title)
    assert [c["id"] for c in doc["candidates"]] == [plan.pk]
    diff = doc["diff"]
    assert [a["text"] for a in diff["added"]] == ["新建公厕5座。"]
    assert diff["added"][0]["code"] == "2025-02-04"  # not 2025-02-03: that one is taken
    assert [(r["code"], r["action"]) for r in diff["removed"]] == [("2025-02-02", "delete")]
    changed = {c["code"]: c["changes"] for c in diff["changed"]}
    assert changed["2025-01-01"]["targets"] == [
        [["新建温室大棚", 20, "栋", ">="]],
        [["新建温室大棚", 30, "栋", ">="]],
    ]
    assert set(changed) == {"2025-01-01"}

    result = run(edited, "讲话稿（修订）.txt", plan_id=plan.pk)
    assert result.summary["plans_updated"] == 1 and Plan.objects.count() == 1
    plan.refresh_from_db()
    assert plan.source_name == "讲话稿（修订）.txt"
    assert codes() == {
        "今年计划新建温室大棚30栋。": "2025-01-01",
        INDUSTRY[1]: "2025-01-02",
        INDUSTRY[2]: "2025-01-03",
        LIVING[0]: "2025-02-01",
        LIVING[2]: "2025-02-03",
        "新建公厕5座。": "2025-02-04",
    }
    assert plan.retired_codes == ["2025-02-02"]


def test_new_forces_a_second_plan(departments):
    run(speech())
    run(speech(living=LIVING[:2]), "other.txt", new=True)
    assert Plan.objects.count() == 2


def test_the_same_bytes_again_are_the_same_plan_without_asking(departments):
    run(speech(), "a.txt")
    result = run(speech(), "a.txt")
    assert result.summary["plans_unchanged"] == 1


LEDGER = (
    "序号,工作任务,责任单位,完成时限\n"
    "1,新建温室大棚20栋,农业农村办公室,2025年6月30日\n"
    "2,引进招商项目5个，到位资金2亿元,财政所,2025年12月31日\n"
    "3,新建村级养老服务站3个,民政办公室,2025年9月30日\n"
)


@pytest.mark.parametrize(
    ("content", "first", "again"),
    [
        (speech(), "讲话稿.txt", "讲话稿（副本）.txt"),
        (speech(living=LIVING[:2]), "plan.txt", "plan.txt"),
        (LEDGER, "任务分解表.csv", "任务分解表 copy.csv"),
    ],
)
def test_an_identical_reimport_counts_every_pledge_as_unchanged(departments, content, first, again):
    run(content, first)
    stored = Commitment.objects.count()
    assert stored >= 3
    result = run(content, again)
    s = result.summary
    assert (s["plans_unchanged"], s["commitments_unchanged"]) == (1, stored)
    assert s["commitments_created"] == s["commitments_updated"] == s["commitments_removed"] == 0
    assert f"未变 {stored}，删除 0" in result.outcome_lines()[0]
    assert Commitment.objects.count() == stored


def test_codes_stay_with_their_pledges_through_inserts_deletes_and_reorders(departments):
    run(speech())
    plan = Plan.objects.get()
    first = codes()

    # 1. insert at the top of each section
    inserted = speech(["修缮农田水利设施10处。", *INDUSTRY], ["新建公厕5座。", *LIVING])
    run(inserted, "v2.txt", plan_id=plan.pk)
    second = codes()
    assert all(second[text] == code for text, code in first.items())
    assert second["修缮农田水利设施10处。"] == "2025-01-04"
    assert second["新建公厕5座。"] == "2025-02-04"

    # 2. delete one (it has a report: retired, its code kept) and one without history
    with_report = Commitment.objects.get(text=LIVING[1])
    reporter = factories.user(role=Role.STAFF, dept=with_report.lead_owner)
    ProgressReport.objects.create(
        commitment=with_report,
        department=with_report.lead_owner,
        filed_by=reporter,
        status=Status.ON_TRACK,
        percent=30,
        as_of=datetime.date(2025, 3, 1),
        period="2025-03",
    )
    deleted = speech(
        ["修缮农田水利设施10处。", *INDUSTRY[:2]], ["新建公厕5座。", LIVING[0], LIVING[2]]
    )
    result = run(deleted, "v3.txt", plan_id=plan.pk)
    assert (result.summary["commitments_removed"], result.summary["commitments_kept"]) == (1, 1)
    with_report.refresh_from_db()
    assert with_report.removed_from_source and with_report.code == "2025-02-02"
    assert "2025-01-03" in Plan.objects.get().retired_codes

    # 3. reorder, move one pledge to the other section, and add one: no code is reused
    reordered = speech(
        [INDUSTRY[1], "修缮农田水利设施10处。", LIVING[2]],
        [LIVING[0], INDUSTRY[0], "新建公厕5座。", "建设农家书屋2个。"],
    )
    preview = import_plan_file(
        reordered.encode(), "v4.txt", dry_run=True, choice=PlanChoice(plan.pk)
    )
    moved = preview.as_dict()["plans"][0]["diff"]["moved"]
    assert sorted((m["code"], m["from"], m["to"]) for m in moved) == [
        ("2025-01-01", 1, 2),
        ("2025-02-03", 2, 1),
    ]
    run(reordered, "v4.txt", plan_id=plan.pk)
    third = codes()
    for text in (INDUSTRY[0], INDUSTRY[1], LIVING[0], LIVING[2]):
        assert third[text] == first[text]
    assert third["建设农家书屋2个。"] == "2025-02-05"
    every = list(Commitment.objects.values_list("code", flat=True))
    assert len(every) == len(set(every))
    assert not set(every) & set(Plan.objects.get().retired_codes)


def test_a_reimport_writes_history_only_for_changes_of_meaning(departments):
    run(speech())
    plan = Plan.objects.get()
    before = CommitmentEvent.objects.count()
    # a long new paragraph at the top moves every offset; one pledge really changes
    moved = speech().replace("同志们：\n", "同志们：\n今年是关键之年，形势复杂，任务艰巨。\n", 1)
    moved = moved.replace("95%", "96%")
    result = run(moved, "v2.txt", plan_id=plan.pk)
    events = CommitmentEvent.objects.filter(kind=EventKind.REIMPORTED)
    assert CommitmentEvent.objects.count() - before == 1
    assert list(events.values_list("commitment__code", flat=True)) == ["2025-02-01"]
    assert set(events.get().changes) == {"text", "title", "targets"}
    assert result.summary["commitments_updated"] == 1
    assert result.summary["commitments_unchanged"] == 5
    stored = Commitment.objects.get(code="2025-01-01")
    assert Plan.objects.get().source_text[stored.source_start : stored.source_end] == stored.text


def test_the_diff_names_the_supervisors_edits_it_keeps(departments, tmp_path):
    run(speech())
    plan = Plan.objects.get()
    greenhouse = Commitment.objects.get(code="2025-01-01")
    finance = Department.objects.get(name="财政所")
    greenhouse.lead_owner = finance
    greenhouse.deadline = datetime.date(2025, 8, 31)
    greenhouse.edited_fields = ["deadline", "lead_owner"]
    greenhouse.save()
    edited = speech(["今年计划新建温室大棚20栋，9月底前完成。", *INDUSTRY[1:]])
    out = io.StringIO()
    path = tmp_path / "修订稿.txt"
    path.write_text(edited, encoding="utf-8")
    call_command("import_plan", str(path), "--dry-run", "--plan", str(plan.pk), stdout=out)
    text = out.getvalue()
    assert "保留督办人修改的完成时限：2025-08-31（文件中为 " in text
    assert "~ 2025-01-01 原文" in text
    call_command("import_plan", str(path), "--plan", str(plan.pk), stdout=io.StringIO())
    greenhouse.refresh_from_db()
    assert greenhouse.deadline == datetime.date(2025, 8, 31) and greenhouse.lead_owner == finance
    assert greenhouse.text == "今年计划新建温室大棚20栋，9月底前完成。"


def test_the_command_refuses_a_likely_duplicate_with_one_line(departments, tmp_path):
    first = tmp_path / "a.txt"
    first.write_text(speech(), encoding="utf-8")
    call_command("import_plan", str(first), stdout=io.StringIO())
    second = tmp_path / "b.txt"
    second.write_text(speech(living=LIVING[:2]), encoding="utf-8")
    with pytest.raises(CommandError) as caught:
        call_command("import_plan", str(second))
    assert "--plan" in str(caught.value) and "\n" not in str(caught.value)
    out = io.StringIO()
    call_command("import_plan", str(second), "--dry-run", stdout=out)
    assert (
        "--plan ID" in out.getvalue() and "- 2025-02-03 新建村级养老服务站3个。" in out.getvalue()
    )
    call_command("import_plan", str(second), "--new", stdout=io.StringIO())
    assert Plan.objects.count() == 2
    with pytest.raises(CommandError, match="不存在"):
        call_command("import_plan", str(second), "--plan", "999")


TOPICS = [
    "抓产业",
    "抓民生",
    "抓生态",
    "抓治理",
    "抓改革",
    "抓项目",
    "抓安全",
    "抓教育",
    "抓文化",
    "抓党建",
]


def big_speech(per_section: int, sections: int = 10, skip: int = -1) -> str:
    body = []
    for s in range(sections):
        pledges = "".join(
            f"推进第{s}类第{k}号项目建设，完成投资{k + 1}万元。"
            for k in range(per_section)
            if (s, k) != (0, skip)
        )
        body.append(f"（{'一二三四五六七八九十'[s]}）{TOPICS[s]}。{pledges}\n")
    return HEAD + "".join(body) + TAIL


def test_a_reimport_takes_the_same_number_of_queries_whatever_the_size(departments):
    counts = []
    for per_section in (5, 40):
        run(big_speech(per_section), f"{per_section}.txt", new=True)
        plan = Plan.objects.get(source_name=f"{per_section}.txt")
        last = f"推进第9类第{per_section - 1}号项目建设，完成投资{per_section}万元。"
        edited = big_speech(per_section).replace(
            last, "新建公厕5座。" + last.replace("推进", "加快")
        )
        with CaptureQueriesContext(connection) as queries:
            result = run(edited, "v2.txt", plan_id=plan.pk)
        assert result.summary["commitments_created"] == 1
        assert result.summary["commitments_updated"] == 1
        assert result.summary["commitments_unchanged"] == per_section * 10 - 1
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 40, counts


def test_an_insertion_near_the_top_moves_every_pledge_and_writes_history_for_none_of_them(
    departments,
):
    """The bench's case at two sizes: a paragraph added before the arrangement and a
    pledge added at the top of the first section move every later pledge (offsets
    and positions); one pledge really changes. The same queries at 100 and at 400
    pledges, and history only for the pledge whose meaning changed."""
    counts = []
    for per_section in (10, 40):
        original = big_speech(per_section)
        run(original, f"{per_section}.txt", new=True)
        plan = Plan.objects.get(source_name=f"{per_section}.txt")
        first = "推进第0类第0号项目建设，完成投资1万元。"
        last = f"推进第9类第{per_section - 1}号项目建设，完成投资{per_section}万元。"
        edited = (
            original.replace("同志们：\n", "同志们：\n今年是关键之年，形势复杂，任务艰巨。\n", 1)
            .replace(first, "新建公厕5座。" + first, 1)
            .replace(last, last.replace(f"{per_section}万元", f"{per_section + 100}万元"), 1)
        )
        events_before = set(CommitmentEvent.objects.values_list("pk", flat=True))
        with CaptureQueriesContext(connection) as queries:
            result = run(edited, f"{per_section}-v2.txt", plan_id=plan.pk)
        counts.append(len(queries))

        pledges = per_section * 10
        assert result.summary["commitments_created"] == 1
        assert result.summary["commitments_updated"] == 1
        assert result.summary["commitments_unchanged"] == pledges - 1
        new_events = CommitmentEvent.objects.exclude(pk__in=events_before)
        changed = f"2025-10-{per_section:02d}"
        assert sorted(new_events.values_list("kind", "commitment__code")) == [
            (EventKind.IMPORTED, "2025-01-11" if per_section == 10 else "2025-01-41"),
            (EventKind.REIMPORTED, changed),
        ]
        assert set(new_events.get(kind=EventKind.REIMPORTED).changes) == {"text", "targets"}
        # every pledge that moved was moved: its offsets point at its text, positions follow
        plan.refresh_from_db()
        stored = Commitment.objects.filter(plan=plan)
        assert all(plan.source_text[c.source_start : c.source_end] == c.text for c in stored)
        section_one = stored.filter(section__number=1).order_by("number")
        assert [c.text for c in section_one[:2]] == ["新建公厕5座。", first]
        assert stored.get(code="2025-01-01").number == 2
    assert counts[0] == counts[1], counts


def statements(queries: CaptureQueriesContext) -> int:
    """Statements sent, a bulk ``INSERT`` counted once: SQLite takes at most 999 parameters
    a statement, so Django splits a large bulk insert into batches there (one statement on
    PostgreSQL)."""
    sqls = [q["sql"] for q in queries.captured_queries]
    return sum(
        1
        for previous, sql in zip([None, *sqls], sqls, strict=False)
        if not (sql.startswith("INSERT") and previous and previous[:60] == sql[:60])
    )


def test_a_reimport_that_changes_every_pledge_takes_the_same_queries_at_any_size(departments):
    """The plan's year corrected: every deadline moves, so every pledge gets history
    (one event each, naming the deadline), in the same number of statements at 100
    and at 400 pledges."""
    counts = []
    for per_section in (10, 40):
        Plan.objects.all().delete()  # the plan of the first round would be a candidate
        original = big_speech(per_section)
        run(original, f"{per_section}.txt", new=True)
        plan = Plan.objects.get(source_name=f"{per_section}.txt")
        events_before = set(CommitmentEvent.objects.values_list("pk", flat=True))
        with CaptureQueriesContext(connection) as queries:
            result = run(
                original.replace("2025年工作安排", "2026年工作安排"),
                f"{per_section}-v2.txt",
                plan_id=plan.pk,
            )
        counts.append(statements(queries))
        assert result.summary["commitments_updated"] == per_section * 10
        new_events = CommitmentEvent.objects.exclude(pk__in=events_before)
        assert new_events.count() == per_section * 10
        assert {tuple(e.changes) for e in new_events} == {("deadline",)}
        assert {e.changes["deadline"][1] for e in new_events} == {"2026-12-31"}
        assert set(Commitment.objects.filter(plan=plan).values_list("deadline", flat=True)) == {
            datetime.date(2026, 12, 31)
        }
    assert counts[0] == counts[1], counts
