"""``春运前`` as a deadline (SPEC §3, beside ``春节前``): 春运, the travel season around 春节,
opens 15 days before it (腊月十五) and runs 40 days; ``春运前`` is the eve of its first day, of
the 春运 the plan has ahead in its year, from the plan's issue date as ``春节前`` is. Issued
after 春运 opened, or with no date of issue, the next one falls past the plan year: the year
end stands and the import warns, for a supervisor to correct.

2038: 春节 falls on 02-04, so 春运 opens 01-20 and ``春运前`` is 01-19 (``春节前`` 02-03);
2037: 春节 02-15, 春运 from 01-31, ``春运前`` 01-30. Every plan here is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx

ITEMS = (
    "    1.春运前完成汽车客运站安全隐患排查12处。(责任单位:交通运输局)\n"
    "    2.春运开始前组织客运驾驶员安全培训3期,培训驾驶员600人。(责任单位:交通运输局)\n"
    "    3.春节前完成困难群众走访慰问,发放慰问金50万元。(责任单位:民政局)\n"
    "    4.春运之前新增返乡专线公交4条。(责任单位:交通运输局)\n"
)


def _notice(year: int, signed: str) -> str:
    return (
        f"关于印发《云岭县{year}年交通运输重点工作》的通知\n\n"
        "各乡镇,县直各单位:\n"
        f"    现将《云岭县{year}年交通运输重点工作》印发给你们,请认真贯彻落实。\n\n"
        "                              云岭县人民政府办公室\n"
        f"                              {signed}\n\n"
        f"云岭县{year}年交通运输重点工作\n\n"
        "    一、保障群众出行\n" + ITEMS
    )


def _deadlines(parse, text: str, name: str = "重点工作.txt") -> tuple[list[str], list[str]]:
    parsed = parse(text, name)
    pledges = commitments_of(parsed)
    flagged = [w.split(" ")[0] for w in parsed.documents[0].warnings if "没有确定的日期" in w]
    return [p.deadline.isoformat() for p in pledges], [
        str(next(i for i, p in enumerate(pledges, 1) if p.code == code)) for code in flagged
    ]


@pytest.mark.parametrize("signed", ["2038年1月8日", "二〇三八年一月八日", "2037年12月20日"])
def test_a_plan_issued_before_the_travel_season_means_its_eve(parse, signed):
    deadlines, flagged = _deadlines(parse, _notice(2038, signed))
    assert deadlines == ["2038-01-19", "2038-01-19", "2038-02-03", "2038-01-19"]
    assert flagged == []


def test_issued_after_the_travel_season_opened_but_before_spring_festival(parse):
    """Issued 2038-01-25: 春运 opened on 01-20, 春节 (02-04) is still ahead."""
    deadlines, flagged = _deadlines(parse, _notice(2038, "2038年1月25日"))
    assert deadlines == ["2038-12-31", "2038-12-31", "2038-02-03", "2038-12-31"]
    assert flagged == ["1", "2", "4"]


def test_without_an_issue_date_the_year_end_stands_and_is_flagged(parse):
    text = "云岭县2038年交通运输重点工作\n\n    一、保障群众出行\n" + ITEMS
    deadlines, flagged = _deadlines(parse, text)
    assert deadlines == ["2038-12-31"] * 4
    assert flagged == ["1", "2", "3", "4"]


def test_a_ledgers_time_column(parse):
    """A workbook's 完成时限 column says ``春运前``; its 填报 date line dates it (2037-01-06)."""
    data = xlsx(
        {
            "任务": [
                ["石门县2037年春运保障工作任务清单"],
                ["序号", "工作任务", "责任单位", "完成时限"],
                [1, "完成客运车辆安全技术检测320辆", "县交通运输局", "春运前"],
                [2, "储备融雪剂200吨", "县公路中心", "2037年1月20日前"],
                [3, "设置返乡人员服务点6个", "县人社局", "春运开始前"],
                ["", "", "", ""],
                ["石门县交通运输局  2037年1月6日印发"],
            ]
        }
    )
    parsed = parse(data, "石门县2037年春运保障工作任务清单.xlsx")
    deadlines = [p.deadline.isoformat() for p in commitments_of(parsed)]
    assert deadlines == ["2037-01-30", "2037-01-20", "2037-01-30"]
