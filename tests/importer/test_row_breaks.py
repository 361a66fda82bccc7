"""A table row whose content goes on in the next row (the kind of fault of blind22's pdf): in a
PDF the row breaks over the page, its content's rest at the top of the next page under the
header repeated there, in a row whose other cells are blank; in Word or a workbook a row cut
after a comma goes on in a row with nothing but that content (no 序号, no owner, no time).
Written again in layouts and wordings of its own.

What a user sees: the rest is the row's own — one pledge with all its targets, no pledge of its
own and no part of the row after it — while an unnumbered row that shares a merged owner with
the row above, or that stands after a row closing its sentence, stays a pledge of its own.
"""

from __future__ import annotations

import datetime
import io

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import pdf, xlsx

D = datetime.date
HEADER = ["序号", "项目名称", "建设内容", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    ["1", "城乡环境整治", "整治农村黑臭水体6条，新建垃圾中转站2座。", "生态办", "各村", "9月底前"],
    ["2", "农贸市场提升", "改造农贸市场3个，新增便民摊位120个。", "经发办", "市场监管所", "年底前"],
    [
        "3",
        "镇村道路畅通",
        "改造通村公路28公里，新建错车道40处，",
        "交通运输所",
        "财政所、各村",
        "11月底前",
    ],
]
#: The rest of row 3's content, in the next row (on the next page in the PDF).
REST = "新建港湾式停靠站6个，安装道路护栏12公里。"
AFTER = [
    [
        "4",
        "养老服务提升",
        "新建村级互助养老点5个，新增养老床位60张。",
        "社事办",
        "各村",
        "10月底前",
    ],
    ["5", "平安乡村建设", "新增公共视频监控点位200路。", "平安办", "派出所", "6月底前"],
]
TEXTS = [
    "整治农村黑臭水体6条，新建垃圾中转站2座",
    "改造农贸市场3个，新增便民摊位120个",
    "改造通村公路28公里，新建错车道40处，新建港湾式停靠站6个，安装道路护栏12公里",
    "新建村级互助养老点5个，新增养老床位60张",
    "新增公共视频监控点位200路",
]
THIRD = [(28, "公里"), (40, "处"), (6, "个"), (12, "公里")]


def _check(pledges) -> None:
    assert len(pledges) == 5, [p.text for p in pledges]
    for pledge, text in zip(pledges, TEXTS, strict=True):
        assert text in pledge.text.replace("\n", "")
    third = pledges[2]
    assert [(int(t.value), t.unit) for t in third.targets] == THIRD
    assert (third.owner, third.deadline) == ("交通运输所", D(2038, 11, 30))
    assert list(third.co_owners) == ["财政所", "各村"]
    assert REST not in pledges[3].text and pledges[3].owner == "社会事务办公室"


@pytest.mark.parametrize("footer", [True, False])
def test_a_pdf_row_broken_over_the_page_is_one_pledge(parse, footer):
    blocks: list[tuple[str, object]] = [
        ("line", "柳塘镇2038年为民办实事项目分解表"),
        ("table", [HEADER, *ROWS]),
    ]
    if footer:
        blocks.append(("line", "第 1 页 共 2 页"))
    blocks += [("page", None), ("table", [HEADER, ["", "", REST, "", "", ""], *AFTER])]
    _check(commitments_of(parse(pdf(blocks), "实事.pdf")))


def test_a_pdf_row_cut_after_its_sentence_goes_on_over_the_page_too(parse):
    """The page may cut a cell between two sentences: the row's rest under the repeated header
    is still the row's."""
    rows = [list(r) for r in ROWS]
    rows[2][2] = "改造通村公路28公里，新建错车道40处。"
    blocks: list[tuple[str, object]] = [
        ("line", "柳塘镇2038年为民办实事项目分解表"),
        ("table", [HEADER, *rows]),
        ("page", None),
        ("table", [HEADER, ["", "", REST, "", "", ""], *AFTER]),
    ]
    pledges = commitments_of(parse(pdf(blocks), "实事.pdf"))
    assert len(pledges) == 5
    assert [(int(t.value), t.unit) for t in pledges[2].targets] == THIRD


def _word(rows: list[list[str]]) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("柳塘镇2038年为民办实事项目分解表")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _workbook(rows: list[list[str]]) -> bytes:
    return xlsx({"实事": [["柳塘镇2038年为民办实事项目分解表"], *rows]})


@pytest.mark.parametrize(("fmt", "build"), [("docx", _word), ("xlsx", _workbook)])
def test_a_row_holding_only_the_rest_of_the_content_above_is_no_pledge(parse, fmt, build):
    rows = [HEADER, *ROWS, ["", "", REST, "", "", ""], *AFTER]
    _check(commitments_of(parse(build(rows), f"实事.{fmt}")))


def test_an_unnumbered_row_under_a_merged_owner_stays_a_pledge(parse):
    """A workbook's lead and time merged down over an unnumbered row: that row is a task of the
    merged unit, even after a content cut at a comma."""
    rows = [
        ["柳塘镇2038年为民办实事项目分解表"],
        ["序号", "建设内容", "牵头单位", "完成时限"],
        ["1", "改造通村公路28公里，", "交通运输所", "11月底前"],
        ["", "新建公交候车亭15个", None, None],
        ["2", "新建村级互助养老点5个", "社事办", "10月底前"],
    ]
    data = xlsx({"实事": rows}, {"实事": ["C3:C4", "D3:D4"]})
    pledges = commitments_of(parse(data, "实事.xlsx"))
    assert [p.text for p in pledges] == [
        "改造通村公路28公里",
        "新建公交候车亭15个",
        "新建村级互助养老点5个",
    ]
    assert [p.owner for p in pledges[:2]] == ["交通运输所", "交通运输所"]


def test_an_unnumbered_row_after_a_closed_sentence_stays_a_pledge(parse):
    """In a CSV (merges left blank) an unnumbered row after a row whose content closes its
    sentence is a task that shares the owner above, as before."""
    lines = [
        "序号,重点任务,牵头单位,完成时限",
        "1,改造通村公路28公里。,交通运输所,11月底前",
        ",新建公交候车亭15个。,,",
        "2,新建村级互助养老点5个。,社事办,10月底前",
    ]
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    pledges = commitments_of(parse(data, "柳塘镇2038年实事.csv"))
    assert [p.text for p in pledges] == [
        "改造通村公路28公里。",
        "新建公交候车亭15个。",
        "新建村级互助养老点5个。",
    ]
