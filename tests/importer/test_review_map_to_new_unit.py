"""An abbreviation maps to a unit the same review creates (walk 12a m1): 村建办 to
村镇建设办公室, created on confirm; one unit is created, not two. A unit that is
neither in the catalog nor created here is refused, and nothing is recorded."""

from __future__ import annotations

import re

import pytest

from commitments.models import Commitment, Department, PlanEdit
from tests.importer.test_admin import admin_client, upload  # noqa: F401 (the fixture)

pytestmark = pytest.mark.django_db

SPEECH = """镇长在经济工作会议上的讲话
二、2025年工作安排
（一）抓建设。由村镇建设办公室牵头，完成农村户厕改造300户。
（二）抓环境。由财政所牵头，村建办配合，新建污水处理站2座。
"""

TABLE = """序号,工作任务,牵头单位,配合单位,完成时限
1,完成农村户厕改造300户,村镇建设办公室,,2025年9月底
2,新建污水处理站2座,财政所,村建办,2025年12月底
""".encode("utf-8-sig")


def unit_form(html: str, name: str) -> str:
    found = re.search(rf'<form [^>]*data-unit="{name}".*?</form>', html, re.S)
    assert found, name
    return found.group(0)


@pytest.mark.parametrize(("data", "name"), [(SPEECH.encode(), "讲话.txt"), (TABLE, "分解表.csv")])
def test_an_abbreviation_maps_to_the_unit_the_review_creates(admin_client, data, name):  # noqa: F811
    review = upload(admin_client, data, name)
    html = admin_client.get(review).content.decode()
    assert "村镇建设办公室" not in unit_form(html, "村建办")  # not created yet: not offered

    admin_client.post(review, {"action": "create_unit", "name": "村镇建设办公室"})
    for lang, group in (("zh-hans", "确认导入时新建"), ("en", "created on confirm")):
        html = admin_client.get(review, {"lang": lang}).content.decode()
        offered = unit_form(html, "村建办")
        assert re.search(
            rf'<optgroup label="{group}"[^>]*>\s*<option value="村镇建设办公室">', offered
        )
        # a unit is not offered as its own target
        assert '<option value="村镇建设办公室">' not in unit_form(html, "村镇建设办公室")

    admin_client.post(
        review, {"action": "map_unit", "name": "村建办", "department": "村镇建设办公室"}
    )
    page = admin_client.get(review)
    assert "村建办" not in page.context["documents"][0]["unknown"]
    assert admin_client.post(review, {"action": "commit"}).status_code == 302
    assert not Department.objects.filter(name="村建办").exists()
    created = Department.objects.get(name="村镇建设办公室")
    assert created.needs_review
    sewage = Commitment.objects.get(text__contains="污水处理站")
    assert [c.department_id for c in sewage.coownerships.all()] == [created.pk]


def test_a_unit_neither_in_the_catalog_nor_created_here_is_refused(admin_client):  # noqa: F811
    review = upload(admin_client, SPEECH.encode(), "讲话.txt")
    page = admin_client.post(
        review, {"action": "map_unit", "name": "村建办", "department": "村镇建设所"}, follow=True
    )
    assert "单位目录和本次新建的单位中都没有“村镇建设所”，未映射" in page.content.decode()
    assert not PlanEdit.objects.exists()
