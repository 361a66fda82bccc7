"""Festival deadlines from the lunar calendar and the plan's issue date (blind15's 扫描识别稿 was
issued 2034-01-18, before that year's 春节 on 02-19: its ``春节前`` is 02-18, not the year end).

``春节前``/``元宵节前`` in a plan issued before that festival of its year mean the coming one: the
day before it. Issued after it, or with no date of issue, the next one falls past the plan
year: the year end stands and the import warns, as before. ``元旦前`` is the plan year's last day;
``春耕前`` is 03-31 with a warning (the season differs by region); ``清明前`` the day before the
solar term 清明. Every plan here is written for these tests, in several layouts of the issue date.
"""

from __future__ import annotations

import pytest

from tests.importer.conftest import commitments_of

ITEMS = (
    "    1.春节前完成全镇困难家庭走访慰问,发放慰问金3O万元。(责任单位:民政办)\n"
    "    2.元宵节前举办迎春文艺汇演2场。(责任单位:文化站)\n"
    "    3.元旦前完成全年农民工工资清欠。(责任单位:劳保所)\n"
    "    4.春耕前完成农田水利设施检修5O处。(责任单位:水利站)\n"
    "    5.清明前完成重点林区防火巡查队组建6支。(责任单位:林业站)\n"
)


def _notice(year: int, signed: str, printed: str = "") -> str:
    """A 镇 plan under its 通知, signed ``signed`` (a date as a 红头文件 writes it, or nothing)."""
    return (
        "河口镇人民政府文件\n\n"
        f"河政发〔{year}〕2号\n\n"
        f"关于印发《河口镇{year}年工作要点》的通知\n\n"
        "各村,镇直各单位:\n"
        f"    现将《河口镇{year}年工作要点》印发给你们,请认真贯彻落实。\n\n"
        "                              河口镇人民政府\n"
        f"                              {signed}\n\n"
        f"河口镇{year}年工作要点\n\n"
        "    一、民生实事\n" + ITEMS + "\n"
        f"抄送:镇党委。\n{printed}\n"
    )


def _plain(year: int) -> str:
    return f"河口镇{year}年工作要点\n\n    一、民生实事\n" + ITEMS


def _deadlines(parse, text: str) -> tuple[list[str], list[str]]:
    parsed = parse(text, "要点.txt")
    pledges = commitments_of(parsed)
    flagged = [w.split(" ")[0] for w in parsed.documents[0].warnings if "没有确定的日期" in w]
    return [p.deadline.isoformat() for p in pledges], [
        str(next(i for i, p in enumerate(pledges, 1) if p.code == code)) for code in flagged
    ]


@pytest.mark.parametrize(
    "text",
    [
        _notice(2034, "2034年1月18日"),
        _notice(2034, "2O34年1月18日"),  # OCR
        _notice(2034, "二〇三四年一月十八日"),
        _notice(2034, "", "河口镇党政综合办公室                  2034年1月18日印发"),
    ],
    ids=["digits", "ocr", "chinese", "printed-line"],
)
def test_a_plan_issued_before_spring_festival_means_the_coming_one(parse, text):
    """2034: 春节 02-19 → 02-18, 元宵 03-05 → 03-04; 清明 04-05 → 04-04."""
    deadlines, flagged = _deadlines(parse, text)
    assert deadlines == ["2034-02-18", "2034-03-04", "2034-12-31", "2034-03-31", "2034-04-04"]
    assert flagged == ["4"]  # 春耕前: a season read as 03-31, for a supervisor to check


def test_a_plan_issued_after_spring_festival_keeps_the_year_end(parse):
    """2035: 春节 02-08, 元宵 02-22; a plan issued 03-02 has both behind it."""
    deadlines, flagged = _deadlines(parse, _notice(2035, "2035年3月2日"))
    assert deadlines == ["2035-12-31", "2035-12-31", "2035-12-31", "2035-03-31", "2035-04-04"]
    assert flagged == ["1", "2", "4"]


def test_between_spring_festival_and_lantern_festival_only_the_lantern_one_is_coming(parse):
    deadlines, flagged = _deadlines(parse, _notice(2035, "2035年2月15日"))
    assert deadlines[:2] == ["2035-12-31", "2035-02-21"]
    assert flagged == ["1", "4"]


def test_a_plan_without_an_issue_date_keeps_the_year_end(parse):
    """No date of issue: which 春节 is meant is not known (SPEC §3), as before."""
    deadlines, flagged = _deadlines(parse, _plain(2034))
    assert deadlines == ["2034-12-31", "2034-12-31", "2034-12-31", "2034-03-31", "2034-04-04"]
    assert flagged == ["1", "2", "4"]


def test_a_date_in_the_items_is_no_issue_date(parse):
    """A date inside an item (``1月10日前``) times the item; it does not date the plan."""
    text = _plain(2034).replace("    2.元宵节前", "    2.1月10日前启动,元宵节前")
    deadlines, _flagged = _deadlines(parse, text)
    assert deadlines[0] == "2034-12-31"


def test_the_plan_issued_the_year_before_means_its_own_years_festival(parse):
    """A 2034 plan issued in December 2033: 春节前 is 2034's 春节."""
    deadlines, _flagged = _deadlines(parse, _notice(2034, "2033年12月26日"))
    assert deadlines[:2] == ["2034-02-18", "2034-03-04"]
