"""A 交办单 laid out one task a card: a small table of label cells (SPEC §3).

Each card's rows pair a label and its value, one pair or two side by side
(``任务名称 | …``, ``牵头单位 | 经发办 | 责任领导 | …``, ``完成时限 | … | 督办等级 | …``): the card
is one item's labelled lines, in Word, a workbook (a sheet per card, or cards one under
another), a web page or a PDF. Its bookkeeping cells (交办编号, 交办时间, 督办等级, 办理情况,
签收人/签收日期) are no text, owner nor time of the task.
"""

from __future__ import annotations

import datetime
import io

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import pdf, xlsx

#: Three cards in the words of a 镇政府督查室: code and date of issue, the task's name and
#: goal, lead unit beside its leader, helpers, time beside the level of supervision, a blank
#: progress row and the receipt's signature row.
CARDS = [
    {
        "编号": "ZX-2040-01",
        "名称": "集镇污水管网延伸",
        "目标": "新建污水管网12公里，新增接户2000户。",
        "牵头": "村镇建设办",
        "领导": "副镇长　韩清",
        "配合": "生态环境办、各村",
        "时限": "2040年9月30日",
        "等级": "一级督办",
    },
    {
        "编号": "ZX-2040-02",
        "名称": "农贸市场改造",
        "目标": "改造农贸市场摊位160个，建成农残快检室1个。",
        "牵头": "经发办",
        "领导": "党委委员　罗平",
        "配合": "市场监管所",
        "时限": "上半年",
        "等级": "二级督办",
    },
    {
        "编号": "ZX-2040-03",
        "名称": "校园安全提升",
        "目标": "为全镇8所学校配齐专职保安，完成校园视频监控联网。",
        "牵头": "社事办",
        "领导": "副镇长　韩清",
        "配合": "派出所",
        "时限": "2040年8月20日",
        "等级": "三级督办",
    },
]
ISSUED = "2040年1月6日"

#: What each card pledges: (goal's words, owner, co-owners, official, deadline); a unit the
#: catalog knows by its full name.
WANTED = [
    ("新建污水管网12公里", "村镇建设办", ["生态环境办公室", "各村"], "副镇长 韩清", "2040-09-30"),
    ("改造农贸市场摊位160个", "经济发展办公室", ["市场监管所"], "党委委员 罗平", "2040-06-30"),
    ("为全镇8所学校配齐专职保安", "社会事务办公室", ["派出所"], "副镇长 韩清", "2040-08-20"),
]
BOOKKEEPING = ("ZX-2040", "督办", "签收", "办理情况", "交办时间", "1月6日")


def _four_columns(card: dict[str, str], labels: dict[str, str] | None = None) -> list[list[str]]:
    """A card's rows, four cells each (a value alone in its row merged over the rest)."""
    name = {
        "编号": "交办编号",
        "日期": "交办时间",
        "名称": "任务名称",
        "目标": "目标要求",
        "牵头": "牵头单位",
        "领导": "责任领导",
        "配合": "配合单位",
        "时限": "完成时限",
        "等级": "督办等级",
        "情况": "办理情况",
        **(labels or {}),
    }
    return [
        [name["编号"], card["编号"], name["日期"], ISSUED],
        [name["名称"], card["名称"], card["名称"], card["名称"]],
        [name["目标"], card["目标"], card["目标"], card["目标"]],
        [name["牵头"], card["牵头"], name["领导"], card["领导"]],
        [name["配合"], card["配合"], card["配合"], card["配合"]],
        [name["时限"], card["时限"], name["等级"], card["等级"]],
        [name["情况"], "", "", ""],
        ["签收人", "", "签收日期", "　　年　　月　　日"],
    ]


def _docx(tables: list[tuple[str, list[list[str]]]], notice: str = "") -> bytes:
    """A Word file: a title and notice, then each table under its caption, cells with the
    same text side by side merged into one (as Word's gridSpan)."""
    import docx

    document = docx.Document()
    document.add_paragraph("青石镇2040年重点工作任务交办单")
    if notice:
        document.add_paragraph(notice)
    for caption, rows in tables:
        if caption:
            document.add_paragraph(caption)
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, values in enumerate(rows):
            c = 0
            while c < len(values):
                end = c
                while end + 1 < len(values) and values[end + 1] == values[c] and values[c]:
                    end += 1
                cell = table.cell(r, c)
                if end > c:
                    cell = cell.merge(table.cell(r, end))
                cell.text = values[c]
                c = end + 1
    document.add_paragraph("抄送：镇党委主要领导。")
    document.add_paragraph("青石镇人民政府督查室　　2040年1月6日印发")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _check(parsed, wanted=WANTED) -> None:
    pledges = commitments_of(parsed)
    assert len(pledges) == len(wanted), [p.text for p in pledges]
    for pledge, (words, owner, co_owners, official, deadline) in zip(pledges, wanted, strict=True):
        assert words in pledge.text
        assert (pledge.owner, pledge.co_owners) == (owner, co_owners)
        assert (pledge.official or "").replace("\u3000", " ") == official
        assert pledge.deadline == datetime.date.fromisoformat(deadline)
        assert not any(word in pledge.text for word in BOOKKEEPING), pledge.text


def test_each_card_of_a_word_file_is_one_pledge_with_its_fields(parse):
    notice = "各办站所：现将重点工作任务交办如下，请于3个工作日内签收，每月25日前报送办理情况。"
    tables = [
        (f"交办单（{n}）", _four_columns(card)) for n, card in zip("一二三", CARDS, strict=True)
    ]
    parsed = parse(_docx(tables, notice), "青石镇交办单.docx")
    _check(parsed)
    pledges = commitments_of(parsed)
    assert pledges[0].title == "集镇污水管网延伸"
    assert [(t.value, t.unit) for t in pledges[1].targets] == [(160, "个"), (1, "个")]


def test_cards_in_other_words_read_the_same(parse):
    """事项 rather than 任务, 责任单位/分管领导/协办单位/办结时限, labels with a colon, a 督办类别
    and a 落实情况 row: the same card."""
    labels = {
        "编号": "事项编号：",
        "日期": "下达日期：",
        "名称": "督办事项：",
        "目标": "工作目标：",
        "牵头": "责任单位：",
        "领导": "分管领导：",
        "配合": "协办单位：",
        "时限": "办结时限：",
        "等级": "督办类别：",
        "情况": "落实情况：",
    }
    tables = [("", _four_columns(card, labels)) for card in CARDS]
    _check(parse(_docx(tables), "青石镇督办事项.docx"))


def test_a_card_of_two_columns_is_one_pledge(parse):
    rows = [
        ["交办编号", "ZX-2040-01"],
        ["任务名称", "集镇污水管网延伸"],
        ["目标要求", "新建污水管网12公里，新增接户2000户。"],
        ["牵头单位", "村镇建设办"],
        ["责任领导", "副镇长　韩清"],
        ["配合单位", "生态环境办、各村"],
        ["完成时限", "2040年9月30日"],
        ["督办等级", "一级督办"],
        ["签收日期", ""],
    ]
    _check(parse(_docx([("交办单", rows)]), "青石镇交办单.docx"), WANTED[:1])


def test_cards_in_a_workbook_a_sheet_each_or_one_under_another(parse):
    sheets = {f"交办单{n}": _four_columns(card) for n, card in enumerate(CARDS, start=1)}
    _check(parse(xlsx(sheets), "青石镇交办单.xlsx"))

    rows: list[list[object]] = [["青石镇2040年重点工作任务交办单", "", "", ""]]
    for n, card in zip("一二三", CARDS, strict=True):
        rows += [[f"交办单（{n}）", "", "", ""], *_four_columns(card)]
    _check(parse(xlsx({"交办单": rows}, {"交办单": ["A1:D1"]}), "青石镇交办单.xlsx"))


def test_cards_on_a_web_page_and_in_a_pdf(parse):
    def table(rows: list[list[str]]) -> str:
        out = []
        for values in rows:
            cells, c = [], 0
            while c < len(values):
                span = 1
                while c + span < len(values) and values[c + span] == values[c] and values[c]:
                    span += 1
                cells.append(f'<td colspan="{span}">{values[c]}</td>')
                c += span
            out.append("<tr>" + "".join(cells) + "</tr>")
        return "<table border='1'>" + "".join(out) + "</table>"

    body = "".join(
        f"<h3>交办单（{n}）</h3>" + table(_four_columns(card))
        for n, card in zip("一二三", CARDS, strict=True)
    )
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>青石镇交办单</title></head>"
        "<body><div class='article'><h1>青石镇2040年重点工作任务交办单</h1>"
        f"{body}</div></body></html>"
    )
    _check(parse(page, "青石镇交办单.html"))

    blocks: list[tuple[str, object]] = [("line", "青石镇2040年重点工作任务交办单")]
    for n, card in zip("一二三", CARDS, strict=True):
        rows = [
            [v if i == 0 or v != r[i - 1] else "" for i, v in enumerate(r)]
            for r in _four_columns(card)
        ]
        blocks += [("line", f"交办单（{n}）"), ("table", rows)]
    _check(parse(pdf(blocks), "青石镇交办单.pdf"))


def test_a_task_table_with_a_header_row_reads_as_before(parse):
    """Its header names label cells too (任务名称 | 牵头单位 | 完成时限), and short task names
    stand where a card's labels would: each row is still a task."""
    rows = [
        ["序号", "任务名称", "牵头单位", "完成时限"],
        ["1", "污水管网", "村镇建设办", "2040年9月30日"],
        ["2", "市场改造", "经发办", "上半年"],
        ["3", "校园安全", "社事办", "2040年8月20日"],
    ]
    pledges = commitments_of(parse(_docx([("", rows)]), "青石镇任务分解.docx"))
    assert [(p.title or p.text, p.owner, p.deadline.isoformat()) for p in pledges] == [
        ("污水管网", "村镇建设办", "2040-09-30"),
        ("市场改造", "经济发展办公室", "2040-06-30"),
        ("校园安全", "社会事务办公室", "2040-08-20"),
    ]
    rows = [[name, owner] for name, owner, _ in [r[1:] for r in rows]]
    pledges = commitments_of(parse(_docx([("", rows)]), "青石镇任务分解.docx", year=2040))
    assert [(p.text, p.owner) for p in pledges] == [
        ("污水管网", "村镇建设办"),
        ("市场改造", "经济发展办公室"),
        ("校园安全", "社会事务办公室"),
    ]
