"""The plan year on the admin's review page (minor14): a page user cannot pass the
command's ``--year``, so the page's warnings and refusals point to the page's own 计划年度
box, and that box sets the year without uploading again. The command keeps ``--year``;
the API names its ``year`` field."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from commitments.models import Commitment, Plan, PlanUpload
from tests.importer.test_admin import admin_client, upload  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

#: A plan that states no year anywhere (text, title, file name).
YEARLESS = (
    "某镇工作要点\n一、发展产业\n新建大棚10栋，6月底前完工。\n二、保障民生\n新建养老服务站3个。\n"
)
#: A ledger whose year comes from its file's name only.
LEDGER = (
    "序号,工作事项,责任单位,完成时限\n"
    "1,新建污水管网8公里,规划建设办,6月底\n"
    "2,改造农村公路危桥3座,交通站,9月底\n"
)


def warnings_of(page) -> list[str]:
    return [str(w) for d in page.context["documents"] for w in d["warnings"]]


def test_a_yearless_plan_is_given_its_year_on_the_page_and_imported(admin_client):  # noqa: F811
    review = upload(admin_client, YEARLESS.encode(), "工作要点.txt")
    page = admin_client.get(review)
    html = page.content.decode()
    warned = [w for w in warnings_of(page) if "计划年度" in w]
    assert warned and all("--year" not in w and "本页" in w for w in warned)
    assert "--year" not in html
    assert re.search(r'<input type="number" name="year" id="plan-year"[^>]*value=""', html)

    # confirming without a year is refused in words the page user can act on; nothing stored
    refused = admin_client.post(review, {"action": "commit"}, follow=True)
    said = [str(m) for m in refused.context["messages"]]
    assert any("未能从文件中识别计划年度" in m and "本页“计划年度”" in m for m in said), said
    assert all("--year" not in m for m in said)
    assert not Plan.objects.exists()

    admin_client.post(review, {"action": "year", "year": "2031"})
    page = admin_client.get(review)
    assert page.context["documents"][0]["doc"].plan_year == 2031
    assert not [w for w in warnings_of(page) if "计划年度" in w]
    assert 'value="2031"' in page.content.decode()
    assert "工作要点（2031）" in page.content.decode()

    assert admin_client.post(review, {"action": "commit"}).status_code == 302
    plan = Plan.objects.get()
    assert plan.year == 2031
    greenhouses = Commitment.objects.get(text__startswith="新建大棚")
    assert greenhouses.deadline.isoformat() == "2031-06-30"


def test_a_year_read_from_the_file_name_is_corrected_on_the_page(admin_client):  # noqa: F811
    review = upload(admin_client, LEDGER.encode(), "2029年重点任务.csv")
    page = admin_client.get(review)
    (warned,) = [w for w in warnings_of(page) if "文件名" in w]
    assert "2029年" in warned and "如有误" in warned and "本页“计划年度”" in warned
    assert "--year" not in warned

    admin_client.post(review, {"action": "year", "year": "2030"})
    page = admin_client.get(review)
    assert page.context["documents"][0]["doc"].plan_year == 2030
    assert not [w for w in warnings_of(page) if "文件名" in w]  # the year given, not read
    rows = page.context["documents"][0]["rows"]
    assert {r.item.deadline.year for r in rows} == {2030}

    admin_client.post(review, {"action": "year", "year": ""})  # empty: read from the file again
    page = admin_client.get(review)
    assert page.context["documents"][0]["doc"].plan_year == 2029
    assert PlanUpload.objects.get().year is None


@pytest.mark.parametrize("typed", ["1999", "2101", "二〇三一", "31年", "abc"])
def test_a_bad_year_is_refused_in_chinese_and_changes_nothing(admin_client, typed):  # noqa: F811
    review = upload(admin_client, YEARLESS.encode(), "工作要点.txt")
    admin_client.post(review, {"action": "year", "year": "2031"})
    refused = admin_client.post(review, {"action": "year", "year": typed}, follow=True)
    said = [str(m) for m in refused.context["messages"]]
    assert len(said) == 1 and said[0].startswith("计划年度：")
    assert re.search(r"[\u4e00-\u9fff]", said[0].removeprefix("计划年度："))
    assert PlanUpload.objects.get().year == 2031
    assert refused.context["documents"][0]["doc"].plan_year == 2031


def test_a_bad_year_is_refused_in_english_for_an_english_reader(admin_client):  # noqa: F811
    review = upload(admin_client, YEARLESS.encode(), "工作要点.txt")
    admin_client.cookies["django_language"] = "en"
    refused = admin_client.post(review, {"action": "year", "year": "1999"}, follow=True)
    said = [str(m) for m in refused.context["messages"]]
    assert len(said) == 1 and said[0].startswith("Plan year: ")
    assert "2000" in said[0] and not re.search(r"[\u4e00-\u9fff]", said[0])
    assert PlanUpload.objects.get().year is None
    warned = [w for w in warnings_of(refused) if "plan year" in w.lower()]
    assert warned and all("--year" not in w for w in warned)


def test_the_api_names_its_year_field_and_the_command_keeps_its_option(
    admin_client,  # noqa: F811
    capsys,
    tmp_path,
):
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from rest_framework.test import APIClient

    api = APIClient()
    api.force_authenticate(get_user_model().objects.get(username="importer-admin"))
    preview = api.post(
        "/api/v1/plans/import/",
        {"file": SimpleUploadedFile("工作要点.txt", YEARLESS.encode())},
        format="multipart",
    )
    assert preview.status_code == 200, preview.data
    (warned,) = [w for w in preview.data["documents"][0]["warnings"] if "计划年度" in w]
    assert "year 字段" in warned and "--year" not in warned

    path = tmp_path / "工作要点.txt"
    path.write_text(YEARLESS, encoding="utf-8")
    call_command("import_plan", str(path), "--dry-run")
    assert "请用 --year 指定年度" in capsys.readouterr().out
