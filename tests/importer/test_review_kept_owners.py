"""walk12c minor-1/2: a changed re-import's review, for a pledge whose lead a supervisor
corrected. The card shows the lead and co-owners the import will store (the kept
correction), so saving the card keeps it; the diff names the file's co-owner that the
kept lead leaves out."""

from __future__ import annotations

import html
import re

import pytest

from commitments.choices import Role
from commitments.models import Commitment, Department, Plan
from commitments.services import supervision
from tests import factories
from tests.importer.test_admin import admin_client, row_of, upload  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


def plan_text(greenhouses: int, owners: str) -> bytes:
    return (
        "镇长在经济工作会议上的讲话\n同志们：\n二、2025年工作安排\n"
        f"（一）抓产业。今年计划新建温室大棚{greenhouses}栋{owners}。引进项目5个，年底前开工。\n"
        "（二）抓民生。城乡医保参保率达到95%以上。\n同志们！谢谢大家！\n"
    ).encode()


def card(html: str, code: str) -> str:
    start = html.index(f'data-code="{code}"')
    return html[start : html.index("</form>", start)]


def shown_text(card_html: str, field: str) -> str | None:
    found = re.search(rf'data-field="{field}"[^>]*>([^<]*)<', card_html)
    return html.unescape(found.group(1)).strip() if found else None


def file_owner(card_html: str) -> str | None:
    return shown_text(card_html, "file-owner")


def file_co_owners(card_html: str) -> str | None:
    return shown_text(card_html, "file-co-owners")


@pytest.mark.parametrize(
    ("owners", "corrected", "stored_co", "diff_line"),
    [
        # the supervisor made the co-owner the lead: the file's co-owner is left out
        (
            "（牵头单位：财政所，配合单位：自然资源所）",
            "自然资源所",
            [],
            "保留督办人修改的配合单位：—（文件中为 自然资源所）",
        ),
        # two co-owners in the file, one of them now the lead: the other stays
        (
            "（牵头单位：财政所，配合单位：自然资源所、林业站）",
            "林业站",
            ["自然资源所"],
            "保留督办人修改的配合单位：自然资源所（文件中为 林业站、自然资源所）",
        ),
        # the supervisor chose a unit the file does not name: the co-owner stays
        ("（牵头单位：财政所，配合单位：自然资源所）", "水利站", ["自然资源所"], None),
    ],
)
def test_the_card_shows_the_kept_lead_and_saving_it_keeps_it(
    admin_client,  # noqa: F811
    owners,
    corrected,
    stored_co,
    diff_line,
):
    admin_client.post(upload(admin_client, plan_text(20, owners)), {"action": "commit"})
    plan = Plan.objects.get()
    pledge = Commitment.objects.get(text__startswith="今年计划新建温室大棚")
    supervisor = factories.user("duban-r13", role=Role.SUPERVISOR)
    supervision.update_commitment(
        pledge.pk, supervisor, {"lead_owner": Department.objects.get(name=corrected)}
    )
    assert sorted(d.name for d in pledge.co_owners.all()) == stored_co

    # a changed re-import: another pledge changes; the file still names 财政所 as lead
    changed = plan_text(20, owners).decode().replace("95%", "96%").encode()
    review = upload(admin_client, changed, "修订稿.txt")
    admin_client.post(review, {"action": "choose", "plan_choice": str(plan.pk)})
    page = admin_client.get(review)
    html = page.content.decode()
    shown = card(html, pledge.code)
    selected = re.search(r'<option value="([^"]*)"\s*selected', shown)
    assert selected is not None and selected.group(1) == corrected  # not the file's 财政所
    ticked = re.findall(r'name="co_owners" value="([^"]*)" checked', shown)
    assert sorted(ticked) == stored_co
    assert 'data-field="kept-owners"' in shown
    # beside the kept lead, the lead the file names and how the importer read it, to compare
    assert file_owner(shown) == "文件中为 财政所（文中明确）"
    file_co = sorted(re.findall(r"[^、（）：，]+?(?:所|站)", owners.split("配合单位：")[1]))
    assert file_co_owners(shown) == (
        None if file_co == stored_co else "文件中为 " + "、".join(file_co)
    )
    lines = "\n".join(page.context["documents"][0]["diff_lines"])
    assert f"保留督办人修改的牵头单位：{corrected}（文件中为 财政所）" in lines
    if diff_line:
        assert diff_line in lines

    # the administrator saves the card as shown (to fix something else), then commits
    row = row_of(page, "今年计划新建温室大棚")
    admin_client.post(
        review,
        {
            "action": "save",
            "key": row["key"],
            "next": row["next"],
            "owner": selected.group(1),
            "co_owners_shown": "1",
            "co_owners": ticked,
            "deadline": "",
            "milestones": "",
            "targets_shown": "1",
        },
    )
    assert admin_client.post(review, {"action": "commit"}).status_code == 302
    pledge.refresh_from_db()
    assert pledge.lead_owner.name == corrected
    assert sorted(d.name for d in pledge.co_owners.all()) == stored_co


def test_a_pledge_without_a_kept_edit_shows_the_files_owners(admin_client):  # noqa: F811
    owners = "（牵头单位：财政所，配合单位：自然资源所）"
    admin_client.post(upload(admin_client, plan_text(20, owners)), {"action": "commit"})
    plan = Plan.objects.get()
    review = upload(admin_client, plan_text(30, owners), "修订稿.txt")
    admin_client.post(review, {"action": "choose", "plan_choice": str(plan.pk)})
    page = admin_client.get(review)
    code = Commitment.objects.get(text__startswith="今年计划新建温室大棚").code
    shown = card(page.content.decode(), code)
    assert re.search(r'<option value="财政所"\s*selected', shown)
    assert re.findall(r'name="co_owners" value="([^"]*)" checked', shown) == ["自然资源所"]
    assert 'data-field="kept-owners"' not in shown
    assert file_owner(shown) is None and file_co_owners(shown) is None
    assert shown_text(shown, "owner_source") == "文中明确"


def test_an_english_reader_compares_the_kept_lead_with_the_files(admin_client):  # noqa: F811
    owners = "（牵头单位：财政所，配合单位：自然资源所、林业站）"
    admin_client.post(upload(admin_client, plan_text(20, owners)), {"action": "commit"})
    plan = Plan.objects.get()
    pledge = Commitment.objects.get(text__startswith="今年计划新建温室大棚")
    supervisor = factories.user("duban-r14", role=Role.SUPERVISOR)
    supervision.update_commitment(
        pledge.pk, supervisor, {"lead_owner": Department.objects.get(name="林业站")}
    )
    changed = plan_text(20, owners).decode().replace("95%", "96%").encode()
    review = upload(admin_client, changed, "修订稿.txt")
    admin_client.post(review, {"action": "choose", "plan_choice": str(plan.pk)})
    admin_client.cookies["django_language"] = "en"
    page = admin_client.get(review)
    shown = card(page.content.decode(), pledge.code)
    assert file_owner(shown) == "In the file: 财政所 (Named in the text)"
    assert file_co_owners(shown) == "In the file: 林业站, 自然资源所"
    assert shown_text(shown, "co_owners_chosen") == "自然资源所"
    assert 'data-separator=", "' in shown  # the script joins ticked units the same way
