"""Walk 12a, B1: a pledge whose targets, milestones, co-owners or wording a re-import
or a correction changed opens (no HTTP 500), and its history says what changed in words."""

from __future__ import annotations

import datetime
import re

import pytest
from django.utils import translation

from commitments import history
from commitments.choices import EventKind, Role
from commitments.models import Commitment, CommitmentEvent, Department, Plan
from commitments.services import supervision, workflow
from commitments.services.catalog import load_catalog
from commitments.services.plan_import import PlanChoice, import_plan_file
from tests import factories
from tests.workspace.conftest import client_for
from tests.workspace.test_pages import page_url

pytestmark = pytest.mark.django_db

HEADER = "序号,工作任务,牵头单位,配合单位,责任领导,完成时限\n"


def _table(rows: list[str]) -> bytes:
    return ("青山镇2027年重点工作任务分解表\n" + HEADER + "\n".join(rows) + "\n").encode()


V1 = [
    "1,新建村级便民服务站5个,党政综合办公室,财政所,张镇长,2027年6月底前",
    "2,完成农村户厕改造300户,农业农村办公室,财政所,李副镇长,2027年9月底前",
    "3,开展消防应急演练12场,应急管理办公室,,孙副镇长,2027年8月底前",
]
TEXT_V1 = (
    "镇长在经济工作会议上的讲话\n同志们：\n一、2026年工作安排\n"
    "（一）抓民生。城乡医保参保率达到95%以上。新建村级养老服务站3个，年底前建成。\n"
    "同志们！谢谢大家！\n"
)


def _reimport(first: bytes, second: bytes, name: str) -> None:
    import_plan_file(first, name, choice=PlanChoice())
    plan = Plan.objects.get()
    import_plan_file(second, "v2-" + name, choice=PlanChoice(plan_id=plan.pk))


def _history_text(html: str) -> str:
    """The page's history lines, tags out."""
    lines = re.findall(r'<ul class="changes">(.*?)</ul>', html, re.S)
    return re.sub(r"<[^>]+>", "", " ".join(lines))


CASES = {
    # a table: a target's figure, a co-owner, the leader and a deadline
    "a workbook's row": (
        _table(V1),
        _table(
            [
                V1[0],
                "2,完成农村户厕改造400户,农业农村办公室,财政所、自然资源所,王副镇长,2027年10月底前",
                V1[2],
            ]
        ),
        "plan.csv",
        "户厕改造",
        ["300户", "400户", "自然资源所", "2027-10-31"],
    ),
    # a speech: a percentage target in running text
    "a speech's sentence": (
        TEXT_V1.encode(),
        TEXT_V1.replace("95%", "97%").encode(),
        "speech.txt",
        "参保率",
        ["95%", "97%"],
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_a_reimported_pledge_opens_and_its_history_says_the_new_targets(case):
    load_catalog()
    first, second, name, words, expected = CASES[case]
    _reimport(first, second, name)
    item = Commitment.objects.get(text__contains=words)
    event = CommitmentEvent.objects.get(commitment=item, kind=EventKind.REIMPORTED)
    assert "targets" in event.changes
    lead_clerk = factories.user(role=Role.STAFF, dept=item.lead_owner)
    supervisor = factories.user(role=Role.SUPERVISOR, supervises=list(Department.objects.all()))
    for user in (lead_clerk, supervisor):
        response = client_for(user).get(page_url(item))
        assert response.status_code == 200
        said = _history_text(response.content.decode())
        assert "量化指标：" in said
        for value in expected:
            assert value in said
        assert "[" not in said and "'" not in said  # no list as Python writes it
    english = _history_text(
        client_for(supervisor).get(page_url(item) + "?lang=en").content.decode()
    )
    assert "Target: " in english
    assert all(value in english for value in expected)


def _lines(changes: dict) -> list[str]:
    """As the pages read them: a first value as set (label：new), a change as old → new."""
    return [
        f"{label}：{old} → {new}" if old else f"{label}：{new}"
        for label, old, new in history.change_lines(changes)
    ]


#: Every field a re-import (``plan_import.diff``) or a correction (``supervision``)
#: writes into a history event, as each stores it, and how the line must read.
EVERY_CHANGE = {
    "section": ([1, 2], "工作板块：1 → 2"),
    "text": (["旧原文", "新原文"], "原文：旧原文 → 新原文"),
    "title": (["旧名称", "新名称"], "事项名称：旧名称 → 新名称"),
    "official": (["张镇长", ""], "责任领导：张镇长 → —"),
    "removed_from_source": ([True, False], "源文已删除：是 → 否"),
    "lead_owner": (["财政所", "农业农村办公室"], "牵头单位：财政所 → 农业农村办公室"),
    "co_owners": ([["财政所"], ["财政所", "自然资源所"]], "配合单位：财政所 → 财政所、自然资源所"),
    "deadline": (["2027-09-30", "2027-10-31"], "完成时限：2027-09-30 → 2027-10-31"),
    "targets": (
        [
            [["户厕改造", "300", "户", ">="]],
            [
                ["户厕改造", "400", "户", ">="],
                ["投资", "2", "亿元", "<="],
                ["公厕", "12", "座", "="],
            ],
        ],
        "量化指标：户厕改造 ≥ 300户 → 户厕改造 ≥ 400户；投资 ≤ 2亿元；公厕 12座",
    ),
    "milestones": (
        [[["2027-01-10", "完成选址"]], [{"due": "2027-01-11", "text": "完成选址"}]],
        "阶段节点：2027-01-10 完成选址 → 2027-01-11 完成选址",
    ),
    "public_note": (["", "已调整"], "公开说明：已调整"),
}


@pytest.mark.parametrize("field", EVERY_CHANGE)
def test_every_kind_of_change_reads_as_words(field):
    pair, line = EVERY_CHANGE[field]
    with translation.override("zh-hans"):
        assert _lines({field: pair}) == [line]
    with translation.override("en"):
        ((label, old, new),) = history.change_lines({field: pair})
    assert label != field and not re.search(r"[\u4e00-\u9fff]", label)  # a word, in English
    assert not {"[", "{", "True", "False"} & set(re.findall(r"\[|\{|\w+", old + new))
    # the field the re-import keeps after a correction is named too (the admin's 保留修改)
    item = factories.commitment(factories.department(), edited_fields=[field])
    with translation.override("zh-hans"):
        assert history.kept_fields(item) == [line.split("：")[0]]


def test_a_correction_of_milestones_and_co_owners_reads_as_words():
    lead, co, other = (factories.department(n) for n in ("甲办", "乙办", "丙办"))
    item = factories.commitment(lead)
    boss = factories.user(role=Role.SUPERVISOR, supervises=[lead, co, other])
    supervision.update_commitment(
        item.pk,
        boss,
        {
            "co_owners": [co, other],
            "milestones": [{"due": datetime.date(2024, 6, 30), "text": "完成招标"}],
        },
    )
    event = CommitmentEvent.objects.filter(commitment=item).latest("created_at")
    with translation.override("zh-hans"):
        said = _lines(event.changes)
    assert "配合单位：乙办、丙办" in said
    assert "阶段节点：2024-06-30 完成招标" in said


def _request_lines(client, item, lang: str = "") -> list[str]:
    html = client.get(page_url(item) + lang).content.decode()
    found = []
    for entry in re.findall(
        r'<li data-event="extension_requested">(.*?)</li>\s*(?:<li data-event|</ol>)', html, re.S
    ):
        found.append(" ".join(re.sub(r"<[^>]+>", "", entry).split()))
    return found


def test_an_extension_request_reads_as_asked_until_it_is_decided(town):
    """m5: 申请延期至 2027-03-31（待审核）, not 完成时限 old → new; the change is the
    approval's line."""
    deadline = town.item.deadline
    asked = deadline + datetime.timedelta(days=90)
    request = workflow.request_extension(town.clerk, town.item, asked, "设备到货推迟")
    client = client_for(town.clerk)
    (line,) = _request_lines(client, town.item)
    assert f"申请延期至：{asked}（待审核）" in line
    assert "→" not in line and str(deadline) not in line
    (english,) = _request_lines(client_for(town.clerk), town.item, "?lang=en")
    assert f"Extension requested to: {asked} (Awaiting review)" in english
    assert "→" not in english
    workflow.approve_extension(town.supervisor, request, "同意")
    html = client.get(page_url(town.item)).content.decode()
    (line,) = _request_lines(client, town.item)
    assert f"申请延期至：{asked}（已批准）" in line
    approved = re.search(r'<li data-event="extension_approved">(.*?)</li>', html, re.S)
    assert approved and f"完成时限：{deadline} → {asked}" in re.sub(
        r"<[^>]+>", "", approved.group(1)
    )


def test_a_rejected_request_says_so_and_the_deadline_stays(town):
    asked = town.item.deadline + datetime.timedelta(days=30)
    request = workflow.request_extension(town.clerk, town.item, asked, "人手不足")
    workflow.reject_extension(town.supervisor, request, "理由不充分")
    (line,) = _request_lines(client_for(town.supervisor), town.item)
    assert f"申请延期至：{asked}（已驳回）" in line and "→" not in line


def test_the_admin_reads_a_request_as_asked_too(town):
    asked = town.item.deadline + datetime.timedelta(days=45)
    workflow.request_extension(town.clerk, town.item, asked, "图纸变更")
    admin = factories.user("guanli12a", role=Role.ADMIN)
    event = town.item.events.get(kind=EventKind.EXTENSION_REQUESTED)
    url = f"/admin/commitments/commitmentevent/{event.pk}/change/"
    text = re.sub(r"<[^>]+>", "", client_for(admin).get(url).content.decode())
    assert f"申请延期至：{asked}（待审核）" in text
    assert f"{town.item.deadline} → {asked}" not in text
