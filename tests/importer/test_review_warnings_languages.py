"""The import review gives the same warnings in every language (walk 12a M3): a unit the
plan maps or creates is settled in English as in Chinese, whatever the warning's words."""

from __future__ import annotations

import pytest

from tests.importer.test_admin import admin_client, upload  # noqa: F401 (the fixture)

pytestmark = pytest.mark.django_db

SPEECH = """镇长在经济工作会议上的讲话
二、2025年工作安排
（一）抓文旅。由镇文旅发展中心牵头，村建办、派出所配合，举办乡村旅游节一次。
（二）抓民生。城乡医保参保率达到95%以上。
"""

TABLE = """序号,工作任务,牵头单位,配合单位,完成时限
1,完成农村户厕改造300户,镇文旅发展中心,村建办、派出所,2025年9月底
2,新建村级综合服务站2个,经济发展办公室,派出所,2025年12月底
""".encode("utf-8-sig")


def warnings_of(client, review: str, lang: str) -> list[str]:
    page = client.get(review, {"lang": lang})
    assert page.status_code == 200
    return [str(w) for d in page.context["documents"] for w in d["warnings"]]


@pytest.mark.parametrize(("data", "name"), [(SPEECH.encode(), "讲话.txt"), (TABLE, "分解表.csv")])
def test_mapped_and_created_units_raise_no_warning_in_any_language(
    admin_client,  # noqa: F811
    data,
    name,
):
    review = upload(admin_client, data, name)
    zh, en = warnings_of(admin_client, review, "zh-hans"), warnings_of(admin_client, review, "en")
    for unit in ("村建办", "派出所", "镇文旅发展中心"):
        assert any(unit in w for w in zh), zh
        assert any(unit in w for w in en), en
    assert len(zh) == len(en)

    admin_client.post(review, {"action": "map_unit", "name": "村建办", "department": "财政所"})
    admin_client.post(review, {"action": "map_unit", "name": "派出所", "department": "财政所"})
    admin_client.post(review, {"action": "create_unit", "name": "镇文旅发展中心"})
    zh, en = warnings_of(admin_client, review, "zh-hans"), warnings_of(admin_client, review, "en")
    assert len(zh) == len(en)
    for unit in ("村建办", "派出所", "镇文旅发展中心"):
        assert not any(unit in w for w in zh), zh
        assert not any(unit in w for w in en), en
