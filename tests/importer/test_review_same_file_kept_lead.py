"""walk14b M1: a supervisor changes a pledge's lead (through the API or the pledge page),
then the administrator imports the *very same* file into the plan again. The import writes
nothing (the plan already holds that file), and the review says so; but its card shows the
lead the plan keeps, marked 保留督办人修改, beside the file's, and its diff lists that kept
lead, as a changed re-import's review does (test_review_kept_owners.py)."""

from __future__ import annotations

import io
import re

import pytest
from django.core.management import call_command
from django.utils import translation

from commitments.choices import Role
from commitments.models import Commitment, Department, Plan
from tests import factories
from tests.api.conftest import token_client
from tests.importer.test_admin import admin_client, upload  # noqa: F401 (fixture)
from tests.importer.test_review_kept_owners import card, file_owner
from tests.workspace.conftest import client_for
from tests.workspace.test_pages import page_url, token

pytestmark = pytest.mark.django_db

SPEECH = (
    "镇长在经济工作会议上的讲话\n同志们：\n二、2025年工作安排\n"
    "（一）抓产业。今年计划新建温室大棚20栋（牵头单位：财政所，配合单位：自然资源所）。"
    "引进项目5个，年底前开工。\n"
    "（二）抓民生。城乡医保参保率达到95%以上。\n同志们！谢谢大家！\n"
).encode()
TABLE = """序号,工作任务,牵头单位,配合单位,完成时限
1,今年计划新建温室大棚20栋,财政所,自然资源所,2025年9月底
2,新建村级综合服务站2个,财政所,,2025年12月底
""".encode("utf-8-sig")


def by_api(pledge: Commitment, supervisor, unit: Department) -> None:
    response = token_client(supervisor).patch(
        f"/api/v1/commitments/{pledge.pk}/", {"lead_owner": unit.pk}, format="json"
    )
    assert response.status_code == 200, response.content.decode()


def by_page(pledge: Commitment, supervisor, unit: Department) -> None:
    client = client_for(supervisor)
    html = client.get(page_url(pledge)).content.decode()
    response = client.post(
        page_url(pledge),
        {
            "action": "correct",
            "correct-form_token": token(html, "correct"),
            "correct-lead_owner": unit.pk,
            "correct-co_owners": [d.pk for d in pledge.co_owners.all() if d != unit],
            "correct-deadline": pledge.deadline.isoformat(),
            # the 2025 plan's pledge is past its deadline: keep it, as the API's PATCH does
            "correct-keep_deadline": "on",
            "correct-milestones": "",
            "correct-note": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:800]


@pytest.mark.parametrize("edit", [by_api, by_page], ids=["api", "page"])
@pytest.mark.parametrize(("data", "name"), [(SPEECH, "讲话.txt"), (TABLE, "分解表.csv")])
def test_the_same_file_again_shows_the_kept_lead_and_keeps_it(
    admin_client,  # noqa: F811
    edit,
    data,
    name,
    tmp_path,
):
    assert admin_client.post(upload(admin_client, data, name), {"action": "commit"}).status_code
    plan = Plan.objects.get()
    pledge = Commitment.objects.get(text__startswith="今年计划新建温室大棚")
    assert pledge.lead_owner.name == "财政所"
    supervisor = factories.user("duban-w14b", role=Role.SUPERVISOR)
    edit(pledge, supervisor, Department.objects.get(name="水利站"))
    pledge.refresh_from_db()
    assert pledge.lead_owner.name == "水利站" and "lead_owner" in pledge.edited_fields

    review = upload(admin_client, data, name)  # the very same bytes
    page = admin_client.get(review)
    assert page.context["documents"][0]["target"].decision == "unchanged"
    shown = card(page.content.decode(), pledge.code)
    selected = re.search(r'<option value="([^"]*)"\s*selected', shown)
    assert selected is not None and selected.group(1) == "水利站"  # not the file's 财政所
    assert re.search(r'data-field="kept-owners">保留督办人修改<', shown)
    assert file_owner(shown) == "文件中为 财政所（文中明确）"
    lines = page.context["documents"][0]["diff_lines"]
    assert lines[0] == f"与工作计划“{plan.title}”（ID {plan.pk}）相同，无变化"
    assert f"  = {pledge.code} 保留督办人修改的牵头单位：水利站（文件中为 财政所）" in lines
    assert "1 项保留了审核修正或督办人修改" in page.content.decode()
    # the other pledge, which nobody edited, shows the file's lead without the mark
    other = Commitment.objects.exclude(pk=pledge.pk).order_by("pk").first()
    assert other is not None
    assert 'data-field="kept-owners"' not in card(page.content.decode(), other.code)

    english = admin_client.get(review, {"lang": "en"})
    shown = card(english.content.decode(), pledge.code)
    assert re.search(r'<option value="水利站"\s*selected', shown)
    assert 'data-field="kept-owners">supervisors\' edits kept<' in shown
    assert file_owner(shown).startswith("In the file: 财政所 (")
    lines = english.context["documents"][0]["diff_lines"]
    assert lines[0] == f"Same as plan “{plan.title}” (ID {plan.pk}): nothing changes"
    assert any(
        line.startswith(f"  = {pledge.code} keeps the supervisor's")
        and "水利站 (the file says 财政所)" in line
        for line in lines
    ), lines

    # the command's dry run says the same
    path = tmp_path / name
    path.write_bytes(data)
    out = io.StringIO()
    with translation.override("zh-hans"):
        call_command("import_plan", str(path), "--dry-run", "--plan", str(plan.pk), stdout=out)
    assert "相同，无变化" in out.getvalue()
    assert f"= {pledge.code} 保留督办人修改的牵头单位：水利站（文件中为 财政所）" in out.getvalue()

    events = pledge.events.count()
    assert admin_client.post(review, {"action": "commit"}).status_code == 302
    pledge.refresh_from_db()
    assert pledge.lead_owner.name == "水利站"
    assert pledge.events.count() == events  # nothing written
