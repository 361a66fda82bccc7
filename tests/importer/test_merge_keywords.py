"""walk14b M1 (second part): a merge carries the retired unit's keyword rules to the unit it
merges into, as it carries its names, so a re-import's keyword pass gives the merged unit's
pledges to the unit that now holds them: the review's cards agree with the stored ledger, and
a changed re-import does not move them to a third unit."""

from __future__ import annotations

import re

import pytest

from commitments.choices import OwnerSource
from commitments.models import Commitment, Department, Plan
from commitments.services.catalog import merge_department
from tests.importer.test_admin import admin_client, upload  # noqa: F401 (fixture)
from tests.importer.test_review_kept_owners import card

pytestmark = pytest.mark.django_db


def speech(year_end: str) -> bytes:
    return (
        "镇长在经济工作会议上的讲话\n同志们：\n二、2025年工作安排\n"
        "（一）抓水利。完成河道清淤10公里，年底前完成。\n"
        f"（二）抓民生。城乡医保参保率达到95%以上，{year_end}。\n同志们！谢谢大家！\n"
    ).encode()


TABLE = """序号,工作任务,完成时限
1,完成河道清淤10公里,2025年12月底
2,城乡医保参保率达到95%以上,{end}
"""


def table(end: str) -> bytes:
    return TABLE.format(end=end).encode("utf-8-sig")


@pytest.mark.parametrize(
    ("first", "changed", "name"),
    [
        (speech("年底前完成"), speech("9月底前完成"), "讲话.txt"),
        (table("2025年12月底"), table("2025年9月底"), "分解表.csv"),
    ],
)
def test_a_merged_units_pledges_stay_with_its_new_unit_on_reimport(
    admin_client,  # noqa: F811
    first,
    changed,
    name,
):
    assert admin_client.post(upload(admin_client, first, name), {"action": "commit"})
    plan = Plan.objects.get()
    pledge = Commitment.objects.get(text__contains="河道清淤")
    assert pledge.lead_owner.name == "水利站"
    assert pledge.owner_source == OwnerSource.RULE

    station = Department.objects.get(name="水利站")
    farming = Department.objects.get(name="农业农村办公室")
    merge_department(station, farming)
    farming.refresh_from_db()
    assert {"河道", "水利", "灌溉"} <= set(farming.keywords)
    assert {"农业", "大棚"} <= set(farming.keywords)  # its own stay
    pledge.refresh_from_db()
    assert pledge.lead_owner == farming

    # the same file again: the card shows the unit the ledger holds
    review = upload(admin_client, first, name)
    for lang in ("zh-hans", "en"):
        page = admin_client.get(review, {"lang": lang})
        shown = card(page.content.decode(), pledge.code)
        assert re.search(r'<option value="农业农村办公室"\s*selected', shown), lang
    admin_client.post(review, {"action": "commit"})

    # a changed file: the pledge's lead is not a change, and stays after confirming
    review = upload(admin_client, changed, name)
    admin_client.post(review, {"action": "choose", "plan_choice": str(plan.pk)})
    page = admin_client.get(review)
    shown = card(page.content.decode(), pledge.code)
    assert re.search(r'<option value="农业农村办公室"\s*selected', shown)
    lines = "\n".join(page.context["documents"][0]["diff_lines"])
    assert pledge.code not in lines, lines  # only the other pledge's deadline changes
    assert admin_client.post(review, {"action": "commit"}).status_code == 302
    pledge.refresh_from_db()
    assert pledge.lead_owner == farming
