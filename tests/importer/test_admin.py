"""The administrators' import: upload, review and correct, then commit."""

from __future__ import annotations

import datetime
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from commitments.choices import Role
from commitments.models import Commitment, Department, Plan, PlanEdit, PlanUpload
from commitments.services.plan_import import PlanChoice, import_plan_file
from tests import factories
from tests.importer.conftest import SEED

pytestmark = pytest.mark.django_db

SPEECH = """镇长在经济工作会议上的讲话
同志们：
一、2024年工作回顾
全年完成税收700万元。
二、2025年工作安排
（一）抓产业。今年计划新建温室大棚20栋。引进项目5个，年底前开工。建成农产品冷链仓储中心一处。
（二）抓民生。城乡医保参保率达到95%以上。做好困难群体救助保障。
同志们！谢谢大家！
"""


@pytest.fixture
def admin_client(client, departments):
    account = factories.user("importer-admin", role=Role.ADMIN)
    account.is_staff = account.is_superuser = True
    account.save()
    client.force_login(account)
    return client


def upload(client, data: bytes, name: str = "plan.txt") -> str:
    """Upload a file; the review page's address."""
    url = reverse("admin:commitments_plan_import")
    response = client.post(url, {"file": SimpleUploadedFile(name, data)})
    assert response.status_code == 302, response.content.decode()[:500]
    return response["Location"]


def row_of(page, text: str) -> dict:
    """The review page's form fields of the pledge whose text starts with ``text``."""
    for document in page.context["documents"]:
        for row in document["rows"]:
            if row.item.text.startswith(text):
                return {"key": row.key, "next": row.next_key or "", "row": row}
    raise AssertionError(f"no pledge {text!r}")


def test_it_links_the_upload_page_from_the_plan_list(admin_client):
    page = admin_client.get(reverse("admin:commitments_plan_changelist"))
    assert reverse("admin:commitments_plan_import").encode() in page.content


def test_it_reviews_without_writing_then_commits(admin_client):
    review = upload(admin_client, SEED.read_bytes(), SEED.name)
    page = admin_client.get(review)
    assert page.status_code == 200
    html = page.content.decode()
    assert "狠抓招商引资" in html and 'id="src-0"' in html and 'id="c-0"' in html
    assert not Plan.objects.exists()

    done = admin_client.post(review, {"action": "commit"})
    assert done.status_code == 302
    assert Plan.objects.get().imported_by.username == "importer-admin"
    assert Commitment.objects.count() == 20
    assert PlanUpload.objects.get().state == PlanUpload.State.DONE


def test_it_shows_a_bad_file_as_one_error(admin_client):
    page = admin_client.get(upload(admin_client, b"not a zip", "fake.docx"))
    assert "不是有效的 Word 文档" in page.content.decode()
    assert not Plan.objects.exists()


def test_it_refuses_department_staff(client, departments):
    clerk = factories.user("clerk", role=Role.STAFF, dept=Department.objects.first())
    client.force_login(clerk)
    page = client.get(reverse("admin:commitments_plan_import"))
    assert page.status_code in (302, 403)


def test_it_asks_which_plan_an_edited_file_updates_and_shows_the_diff(admin_client):
    admin_client.post(upload(admin_client, SPEECH.encode()), {"action": "commit"})
    plan = Plan.objects.get()
    # one pledge in five reworded, and a new title: likely the same plan, not clearly
    edited = SPEECH.replace("温室大棚20栋", "温室大棚30栋").replace("镇长在", "全镇").encode()
    review = upload(admin_client, edited, "修订稿.txt")
    page = admin_client.get(review)
    html = page.content.decode()
    assert f'name="plan_choice" value="{plan.pk}"' in html and 'data-decision="choose"' in html
    assert "checked" not in page.content.decode().split('id="choice"')[1].split("</form>")[0]
    assert "30栋" in html

    refused = admin_client.post(review, {"action": "commit"}, follow=True)
    said = refused.content.decode()
    assert f"ID {plan.pk}" in said and "“导入到”" in said  # what to do, on this page
    assert "--plan" not in said and "--new" not in said and "接口" not in said
    assert Plan.objects.count() == 1

    admin_client.post(review, {"action": "choose", "plan_choice": str(plan.pk)})
    page = admin_client.get(review)
    assert any(
        line.lstrip().startswith("~ 2025-") for line in page.context["documents"][0]["diff_lines"]
    )
    assert admin_client.post(review, {"action": "commit"}).status_code == 302
    assert Plan.objects.count() == 1
    assert Commitment.objects.filter(text__contains="30栋").count() == 1


def test_a_clear_new_version_has_its_plan_preselected(admin_client):
    admin_client.post(upload(admin_client, SEED.read_bytes(), SEED.name), {"action": "commit"})
    plan = Plan.objects.get()
    edited = SEED.read_text(encoding="utf-8").replace("5兆瓦", "8兆瓦").encode()  # 19 of 20 same
    review = upload(admin_client, edited, "修订稿.txt")
    page = admin_client.get(review)
    choice = page.content.decode().split('id="choice"')[1].split("</form>")[0]
    assert f'value="{plan.pk}" required\n            checked' in choice
    assert page.context["documents"][0]["diff_lines"][0].startswith("与已有计划")

    assert admin_client.post(review, {"action": "commit"}).status_code == 302  # no choice needed
    assert Plan.objects.count() == 1
    assert Commitment.objects.filter(text__contains="8兆瓦").count() == 1


def test_it_imports_a_spreadsheet_ledger(admin_client):
    from tests.importer.table_documents import xlsx

    ledger = xlsx(
        {
            "台账": [
                ["2025年城关镇重点工作任务台账"],
                ["序号", "工作任务", "牵头单位", "完成时限", "完成情况"],
                [1, "新建标准化厂房3万平方米", "经发办", "10月底前", "已完成60%"],
                [2, "改造农村危房120户", "社会事务办", "6月底前", "已完成80户"],
            ]
        }
    )
    review = upload(admin_client, ledger, "ledger.xlsx")
    preview = admin_client.get(review)
    assert preview.status_code == 200 and "新建标准化厂房3万平方米" in preview.content.decode()
    done = admin_client.post(review, {"action": "commit"})
    assert done.status_code == 302
    assert sorted(Commitment.objects.values_list("text", flat=True)) == [
        "改造农村危房120户",
        "新建标准化厂房3万平方米",
    ]


def test_corrections_are_stored_with_the_plan_and_kept_by_a_reimport(admin_client):
    review = upload(admin_client, SPEECH.encode())
    page = admin_client.get(review)
    first = row_of(page, "今年计划新建温室大棚20栋")
    admin_client.post(review, {"action": "merge", **first})
    page = admin_client.get(review)
    merged = row_of(page, "今年计划新建温室大棚20栋。引进项目5个")
    assert merged["row"].item.text == "今年计划新建温室大棚20栋。引进项目5个，年底前开工。"

    relief = row_of(page, "做好困难群体救助保障")
    admin_client.post(review, {"action": "drop", "key": relief["key"]})
    chain = row_of(page, "建成农产品冷链仓储中心一处")
    admin_client.post(
        review,
        {
            "action": "save",
            "key": chain["key"],
            "owner": "财政所",
            "deadline": "2025-06-30",
            "milestones": "2025-03-31 完成选址",
            "targets_shown": "1",
            "t_metric": ["冷链仓储中心"],
            "t_comparator": [">="],
            "t_value": ["2"],
            "t_unit": ["处"],
        },
    )
    assert set(PlanEdit.objects.values_list("kind", flat=True)) == {
        "merge",
        "drop",
        "owner",
        "deadline",
        "milestones",
        "targets",
    }
    assert admin_client.post(review, {"action": "commit"}).status_code == 302

    plan = Plan.objects.get()
    assert plan.edits.count() == 6
    texts = list(Commitment.objects.values_list("text", flat=True))
    assert "今年计划新建温室大棚20栋。引进项目5个，年底前开工。" in texts
    assert "做好困难群体救助保障。" not in texts
    chain_row = Commitment.objects.get(text__startswith="建成农产品冷链")
    assert chain_row.deadline == datetime.date(2025, 6, 30)
    assert chain_row.lead_owner.name == "财政所"
    assert [(t.metric, t.value, t.unit) for t in chain_row.targets.all()] == [
        ("冷链仓储中心", 2, "处")
    ]
    assert [m.text for m in chain_row.milestones.all()] == ["完成选址"]

    # the same document again, under another name, as an update of that plan
    result = import_plan_file(SPEECH.encode(), "again.txt", choice=PlanChoice(plan.pk))
    assert result.summary["commitments_created"] == 0
    assert result.summary["commitments_updated"] == 0
    assert result.summary["commitments_removed"] == 0
    chain_row.refresh_from_db()
    assert chain_row.deadline == datetime.date(2025, 6, 30)
    assert Commitment.objects.count() == 3


def test_a_pledge_is_split_at_a_sentence_mark(admin_client):
    review = upload(
        admin_client, SPEECH.replace("年底前开工。", "年底前开工，9月底前完成签约。").encode()
    )
    page = admin_client.get(review)
    project = row_of(page, "引进项目5个")
    text = project["row"].item.text
    at = text.index("，年底前") + 1
    assert at in [point for point, _ in project["row"].splits]
    admin_client.post(review, {"action": "split", "key": project["key"], "at": str(at)})
    page = admin_client.get(review)
    first, second = row_of(page, "引进项目5个"), row_of(page, "年底前开工")
    assert first["row"].item.text == "引进项目5个，"
    assert second["row"].item.text == "年底前开工，9月底前完成签约。"
    assert second["row"].item.deadline == datetime.date(2025, 12, 31)
    assert [m.due for m in second["row"].item.milestones] == [datetime.date(2025, 9, 30)]
    assert first["row"].item.code == "2025-01-02" and second["row"].item.code == "2025-01-03"


PAST = """镇长在经济工作会议上的讲话
二、2024年工作安排
（一）抓产业。2月底前完成温室大棚选址。年底前建成农产品冷链仓储中心一处。
"""


def test_a_deadline_already_past_is_warned_of_but_not_refused(admin_client, clock):
    page = admin_client.get(upload(admin_client, PAST.encode()))  # on 2024-03-15
    html = page.content.decode()
    late = row_of(page, "2月底前完成温室大棚选址")["row"]
    assert late.warnings == [
        "已过完成时限（2024-02-29，早于今天 2024-03-15）：确认导入后即为逾期，请核对"
    ]
    assert row_of(page, "年底前建成农产品冷链")["row"].warnings == []
    summary = page.context["documents"][0]["warnings"]
    assert "1 项已过完成时限（早于今天 2024-03-15）：2024-01-01；确认导入后即为逾期" in summary
    assert html.count("已过完成时限") == 2  # on its card, and in the summary

    review = page.request["PATH_INFO"]
    assert admin_client.post(review, {"action": "commit"}).status_code == 302
    assert Commitment.objects.count() == 2


def test_a_created_unit_is_shown_as_created_on_confirm(admin_client):
    speech = SPEECH.replace("城乡医保参保率", "由镇文旅发展中心牵头，城乡医保参保率")
    review = upload(admin_client, speech.encode())
    page = admin_client.get(review)
    assert "“镇文旅发展中心”不在单位目录中" in " ".join(page.context["documents"][0]["warnings"])

    admin_client.post(review, {"action": "create_unit", "name": "镇文旅发展中心"})
    page = admin_client.get(review)
    html = page.content.decode()
    unit = html.split('data-unit="镇文旅发展中心"')[1].split("</form>")[0]
    assert "将新建：确认导入时加入单位目录（待确认）" in unit
    assert 'value="create_unit"' not in unit  # done: no second click
    assert "镇文旅发展中心 (确认导入时新建)" in html
    assert "不在单位目录中" not in " ".join(page.context["documents"][0]["warnings"])

    admin_client.post(review, {"action": "commit"})
    assert Department.objects.get(name="镇文旅发展中心").needs_review


def test_after_the_first_import_it_says_what_was_created_and_links_the_ledger(admin_client):
    speech = SPEECH.replace("城乡医保参保率", "由镇文旅发展中心牵头，城乡医保参保率")
    done = admin_client.post(
        upload(admin_client, speech.encode()), {"action": "commit"}, follow=True
    )
    plan = Plan.objects.get()
    said = [str(m) for m in done.context["messages"]]
    assert said[0].startswith("工作计划：新建 1，更新 0，未变 0；承诺事项：新建 5，")
    assert said[1].startswith("新建待确认的责任单位 1 个")
    link = f'href="/workspace/?plan={plan.pk}"'
    assert link in done.content.decode()

    ledger = admin_client.get(f"/workspace/?plan={plan.pk}")
    assert ledger.status_code == 200 and "2025-01-01" in ledger.content.decode()


def test_the_plan_page_lists_corrections_in_words(admin_client):
    review = upload(admin_client, SPEECH.encode())
    page = admin_client.get(review)
    chain = row_of(page, "建成农产品冷链仓储中心一处")
    admin_client.post(review, {"action": "save", "key": chain["key"], "owner": "财政所"})
    admin_client.post(review, {"action": "commit"})
    plan = Plan.objects.get()
    html = admin_client.get(reverse("admin:commitments_plan_change", args=[plan.pk]))
    table = html.content.decode().split("导入修正")[-1]
    code = Commitment.objects.get(text__startswith="建成农产品冷链").code
    assert f"{code} 建成农产品冷链仓储中心一处" in table
    assert "牵头单位" in table and "财政所" in table
    assert chain["key"] not in table and "department" not in table and "owner" not in table


def test_a_target_value_is_shown_as_written(admin_client):
    speech = SPEECH.replace("城乡医保参保率达到95%以上。", "森林火灾受害率控制在0.9‰以内。")
    page = admin_client.get(upload(admin_client, speech.encode()))
    row = row_of(page, "森林火灾受害率")["row"]
    assert [value for _target, value in row.targets] == ["0.9"]
    assert 'name="t_value" value="0.9"' in page.content.decode()


def test_the_same_plan_as_a_table_changes_nothing_and_keeps_sections_and_fixes(admin_client):
    from commitments.models import CommitmentEvent, Section
    from tests.importer.table_documents import xlsx

    review = upload(admin_client, SPEECH.encode())
    page = admin_client.get(review)
    # the task table: each pledge, its owner as the speech gives it, without the 。
    rows = [
        [n, r.item.text.rstrip("。"), r.item.owner, "年底前"]
        for n, r in enumerate(page.context["documents"][0]["rows"], start=1)
    ]
    chain = row_of(page, "建成农产品冷链仓储中心一处")
    admin_client.post(
        review, {"action": "save", "key": chain["key"], "owner": "财政所", "deadline": "2025-06-30"}
    )
    relief = row_of(page, "做好困难群体救助保障")
    admin_client.post(review, {"action": "save", "key": relief["key"], "owner": "财政所"})
    admin_client.post(review, {"action": "commit"})
    plan = Plan.objects.get()
    sections = dict(Commitment.objects.values_list("code", "section__number"))
    assert set(sections.values()) == {1, 2}

    header = [["2025年重点工作任务分解表"], ["序号", "工作任务", "牵头单位", "完成时限"]]
    table = xlsx({"任务": header + rows})
    review = upload(admin_client, table, "任务分解表.xlsx")
    page = admin_client.get(review)
    summary = page.context["documents"][0]["diff_lines"][0]
    assert "修改 0，调整板块 0，未变 5；保留审核修正 2" in summary, summary  # 5 pledges
    html = page.content.decode()
    assert "文件中没有工作板块：各事项保留在原板块" in html
    assert "2 项保留了审核修正或督办人修改" in html

    assert admin_client.post(review, {"action": "commit"}).status_code == 302
    assert Plan.objects.count() == 1
    assert dict(Commitment.objects.values_list("code", "section__number")) == sections
    assert sorted(Section.objects.filter(plan=plan).values_list("title", flat=True)) == [
        "抓产业",
        "抓民生",
    ]
    chain_row = Commitment.objects.get(text__startswith="建成农产品冷链")
    assert chain_row.lead_owner.name == "财政所"
    assert chain_row.deadline == datetime.date(2025, 6, 30)
    assert not CommitmentEvent.objects.filter(kind="reimported").exists()


def test_a_deadline_set_in_review_is_marked_beside_the_source(admin_client):
    review = upload(admin_client, SPEECH.encode())
    page = admin_client.get(review)
    chain = row_of(page, "建成农产品冷链仓储中心一处")
    admin_client.post(review, {"action": "save", "key": chain["key"], "deadline": "2025-11-30"})
    admin_client.post(review, {"action": "commit"})

    chain_row = Commitment.objects.get(text__startswith="建成农产品冷链")
    said = admin_client.get(reverse("workspace:commitment", args=[chain_row.pk])).content.decode()
    assert "完成时限经审核修改为 2025-11-30：以台账为准，原文所写时限未采用" in said
    other = Commitment.objects.get(text__startswith="城乡医保")
    said = admin_client.get(reverse("workspace:commitment", args=[other.pk])).content.decode()
    assert "经审核修改" not in said


def test_a_reimport_counts_each_pledge_once_and_names_review_corrections(admin_client):
    review = upload(admin_client, SPEECH.encode())
    page = admin_client.get(review)
    chain = row_of(page, "建成农产品冷链仓储中心一处")
    admin_client.post(review, {"action": "save", "key": chain["key"], "deadline": "2025-06-30"})
    projects = row_of(page, "引进项目5个")
    admin_client.post(review, {"action": "save", "key": projects["key"], "owner": "财政所"})
    admin_client.post(review, {"action": "commit"})
    plan = Plan.objects.get()
    before = Commitment.objects.filter(plan=plan).count()

    # v2: one pledge deleted, one reworded, one reworded that also keeps a correction
    edited = (
        SPEECH.replace("做好困难群体救助保障。", "")
        .replace("95%", "96%")
        .replace("年底前开工", "10月底前开工")
    )
    review = upload(admin_client, edited.encode(), "plan_v2.txt")
    admin_client.post(review, {"action": "choose", "plan_choice": str(plan.pk)})
    lines = admin_client.get(review).context["documents"][0]["diff_lines"]
    summary = lines[0]
    buckets = summary.split("：", 1)[1].split("；")[0].split("，")
    numbers = [int(re.sub(r"\D", "", part)) for part in buckets]
    assert sum(numbers) == before, summary  # each of the stored pledges once, nothing added
    # the kept corrections: both pledges whose = line is listed, the changed one's too
    assert "新增 0，移除 1，修改 2，调整板块 0，未变 2；保留审核修正 2" in summary, summary
    assert "督办人" not in summary
    # the kept correction of a changed pledge is listed under its change
    code = Commitment.objects.get(text__startswith="引进项目").code
    mine = [line for line in lines if f" {code} " in line]
    assert [line.lstrip()[0] for line in mine][-1] == "=", lines
    assert lines.index(mine[-1]) == lines.index(mine[0]) + len(mine) - 1


def test_the_plan_page_shows_corrections_as_a_read_only_trail(admin_client):
    speech = SPEECH.replace("城乡医保参保率", "由镇文旅发展中心牵头，城乡医保参保率")
    review = upload(admin_client, speech.encode())
    admin_client.post(review, {"action": "create_unit", "name": "镇文旅发展中心"})
    chain = row_of(admin_client.get(review), "建成农产品冷链仓储中心一处")
    admin_client.post(review, {"action": "save", "key": chain["key"], "deadline": "2025-06-30"})
    admin_client.post(review, {"action": "commit"})
    plan = Plan.objects.get()
    url = reverse("admin:commitments_plan_change", args=[plan.pk])
    html = admin_client.get(url).content.decode()
    table = html.split("导入修正")[-1]
    assert "2025-12-31 → 2025-06-30" in table  # the file's deadline, then the corrected one
    assert "导入时已加入单位目录（待确认）" in table and "确认导入时" not in table
    assert "edits-0-DELETE" not in html  # no 删除 box on an audit record
    assert 'type="checkbox"' not in table and "<textarea" not in table
    assert 'name="edits-0-kind"' not in html and 'name="edits-0-value"' not in html
    assert "添加另一个 导入修正" not in html and "添加另一个导入修正" not in html

    Department.objects.filter(name="镇文旅发展中心").update(needs_review=False)
    table = admin_client.get(url).content.decode().split("导入修正")[-1]
    assert "导入时已加入单位目录" in table and "（待确认）" not in table
    assert PlanEdit.objects.filter(plan=plan).count() == 2


def test_it_imports_a_saved_web_page(admin_client):
    from tests.importer.test_html import TASK_PAGE

    form = admin_client.get(reverse("admin:commitments_plan_import")).content.decode()
    assert ".html" in form
    review = upload(admin_client, TASK_PAGE.encode("utf-8"), "通报.html")
    preview = admin_client.get(review)
    assert preview.status_code == 200 and "完成老旧小区改造15个" in preview.content.decode()
    assert admin_client.post(review, {"action": "commit"}).status_code == 302
    assert Commitment.objects.count() == 3
    assert Plan.objects.get().source_name == "通报.html"


def test_a_review_correction_follows_a_pledge_the_reimport_rewords(admin_client):
    """Walk 9: a milestone added on the review page survives a re-import that changes
    the pledge's target, the preview says it is kept, and the plan page names the pledge."""
    review = upload(admin_client, SPEECH.encode())
    page = admin_client.get(review)
    chain = row_of(page, "建成农产品冷链仓储中心一处")
    admin_client.post(
        review, {"action": "save", "key": chain["key"], "milestones": "2025-06-30 完成选址"}
    )
    admin_client.post(review, {"action": "commit"})
    plan = Plan.objects.get()
    code = Commitment.objects.get(text__startswith="建成农产品冷链").code

    edited = SPEECH.replace("建成农产品冷链仓储中心一处", "建成农产品冷链仓储中心两处")
    review = upload(admin_client, edited.encode(), "plan_v2.txt")
    admin_client.post(review, {"action": "choose", "plan_choice": str(plan.pk)})
    page = admin_client.get(review)
    lines = page.context["documents"][0]["diff_lines"]
    mine = [line for line in lines if f" {code} " in line]
    assert not any("阶段节点：2025-06-30 完成选址 →" in line for line in mine), lines
    assert any("保留审核修正的阶段节点：2025-06-30 完成选址" in line for line in mine), lines
    assert "1 项保留了审核修正或督办人修改" in page.content.decode()
    card = row_of(page, "建成农产品冷链仓储中心两处")["row"]
    assert [kind for kind, _name, _said in card.reviewed_lines] == ["milestones"]  # 已审核修正

    assert admin_client.post(review, {"action": "commit"}).status_code == 302
    chain_row = Commitment.objects.get(code=code)
    assert "两处" in chain_row.text
    assert [m.text for m in chain_row.milestones.all()] == ["完成选址"]
    table = admin_client.get(reverse("admin:commitments_plan_change", args=[plan.pk]))
    table = table.content.decode().split("导入修正")[-1]
    assert f"{code} 建成农产品冷链仓储中心两处" in table
    assert "文件中已无此事项" not in table


def test_the_english_review_page_words_the_diff_plainly(admin_client):
    """Walk 9: 'Remove' beside a target, ASCII punctuation in the English diff, and the
    plan's match in per cent, not 'similarity 1.00'."""
    from tests.support.language import in_language

    review = upload(admin_client, SPEECH.encode())
    admin_client.post(review, {"action": "commit"})
    plan = Plan.objects.get()
    edited = SPEECH.replace("做好困难群体救助保障。", "").replace("95%", "96%")
    review = upload(admin_client, edited.encode(), "plan_v2.txt")
    english = in_language(admin_client, "en")
    page = english.get(review)
    html = page.content.decode()
    # the plan it could update (same title), and how much of it the file keeps: not
    # "match 100%", the titles' likeness (walk 12b m2)
    assert "(2025, plan.txt; 3 of 4 pledges worded as in this plan)" in html
    assert "similarity" not in html
    english.post(review, {"action": "choose", "plan_choice": str(plan.pk)})
    page = english.get(review)
    html = page.content.decode()
    lines = page.context["documents"][0]["diff_lines"]
    removed = [line for line in lines if line.lstrip().startswith("-")]
    assert removed and removed[0].endswith("(to be deleted)"), lines
    changed = [line for line in lines if line.lstrip().startswith("~")]
    assert changed and all("：" not in line.split(" → ")[0] for line in changed), lines
    assert any(" Source text: " in line for line in changed), changed
    assert "> Remove</label>" in html and "> deleted</label>" not in html
