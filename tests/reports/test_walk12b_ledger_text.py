"""Walk 12b, m7: a pledge's short title keeps its first clause (``引进招商项目5个`` of
``引进招商项目5个，到位资金2亿元``), and the ledger file (督办台账) had only that title: a
supervisor working from the file did not see the funding half. The CSV and the XLSX now
carry the pledge's full wording (承诺内容) beside its title, Chinese and English."""

from __future__ import annotations

import pytest

from commitments.models import Commitment, Plan
from commitments.services.plan_import import PlanChoice, import_plan_file
from tests.reports.test_exports import read_csv, read_xlsx
from tests.reports.test_walk11_ledger import signed_in

pytestmark = pytest.mark.django_db

#: Pledges of two or three measurable parts, in several wordings.
PLEDGES = [
    "引进招商项目5个，到位资金2亿元",
    "新建村级养老服务站3个；改造农村户厕400户",
    "完成高标准农田建设1.2万亩，新增耕地200亩，年内全部验收",
]
LEDGER = "序号,工作任务,责任单位,完成时限\n" + "".join(
    f'{n},"{text}",经济发展办,2024年12月31日\n' for n, text in enumerate(PLEDGES, start=1)
)
HEADERS = {"zh": ("事项名称", "承诺内容"), "en": ("Commitment", "Full text")}


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_ledger_file_carries_each_pledges_full_text(seed, language, fmt):
    import_plan_file(LEDGER.encode(), "任务分解表.csv", choice=PlanChoice(new=True))
    plan = Plan.objects.get(source_name="任务分解表.csv")
    stored = {c.text: c.title for c in Commitment.objects.filter(plan=plan)}
    assert set(stored) == set(PLEDGES)
    assert any(title != text for text, title in stored.items())  # a title shorter than its text
    params = {"plan": plan.pk, "date": "2024-07-10", "format": fmt}
    response = signed_in(seed, language).get("/api/v1/reports/ledger/", params)
    assert response.status_code == 200
    if fmt == "csv":
        header, *rows = read_csv(response)
    else:
        sheet = read_xlsx(response).worksheets[0]
        header, *rows = [[c.value for c in row] for row in sheet.iter_rows()]
    title, text = HEADERS[language]
    assert header.index(text) == header.index(title) + 1  # beside the title
    shown = {r[header.index(text)]: r[header.index(title)] for r in rows}
    assert shown == stored


@pytest.mark.parametrize(("language", "joint"), [("zh", "、"), ("en", ", ")])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_ledger_files_join_co_owners_in_their_language(seed, language, joint, fmt):
    """The co-owners of a pledge, one cell: 、 in a Chinese file, ", " in an English one
    (the catalog's separator, as on the pages)."""
    from tests import factories

    item = seed.items["c1"]
    helpers = [factories.department("协办甲"), factories.department("协办乙")]
    for department in helpers:
        item.coownerships.create(department=department)
    params = {"plan": seed.plan.pk, "date": "2024-07-10", "format": fmt}
    response = signed_in(seed, language).get("/api/v1/reports/ledger/", params)
    if fmt == "csv":
        header, *rows = read_csv(response)
    else:
        header, *rows = [
            [c.value for c in row] for row in read_xlsx(response).worksheets[0].iter_rows()
        ]
    row = next(r for r in rows if r[0] == item.code)
    cell = row[header.index("配合单位" if language == "zh" else "Co-owner departments")]
    assert set(cell.split(joint)) == {"协办甲", "协办乙"}, cell
    assert ("、" in cell) == (language == "zh")
