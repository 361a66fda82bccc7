"""An item of a two-column PDF that runs on over the page break (blind20's 公示, kind only).

A 民生实事 公示 set in two text columns fills page 1's left column, then its right column,
then page 2's left column. An item whose heading stands at the foot of page 1's right column
and whose labelled lines open page 2 is one item, as it is in one column; so is a sentence
the page break cuts in the middle of a number (``新装路灯`` | ``300盏``). Page 2 may hold the
end of the list in its left column only, under a running head, over a footer
(``第 2 页 共 2 页``) that stands across the page. The PDFs are typeset here with fpdf2, line by
line, in several wordings and layouts; none is taken from the blind document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.importer.conftest import commitments_of

PAGE_W, MARGIN, GUTTER, LINE = 210.0, 18.0, 8.0, 6.0
COLUMN_W = (PAGE_W - 2 * MARGIN - GUTTER) / 2
BREAK = object()  # the next column (or the next page's left column)


def _item(
    heading: str, content: str, lead: str, helpers: str, due: str, labels: str = "项目内容 责任单位"
):
    """An item: its heading over its labelled lines (content, lead, helpers, time)."""
    what, who = labels.split()
    return (heading, [(what, content), (who, lead), ("配合单位", helpers), ("完成时限", due)])


#: (heading, [(label, value)…]) in two wordings of the same kind of list.
ITEMS_ONE = [
    _item("一、城区学校扩容", "新建小学1所，新增学位540个，改造学校食堂3个。", "教育办",
          "财政所、自然资源所", "2041年8月31日"),
    _item("二、社区养老服务提升", "新建社区养老服务站6个，为80周岁以上老人发放护理补贴120万元。",
          "养老服务中心", "各社区", "2041年10月底前"),
    _item("三、农村道路提档", "改造农村公路32公里，新建错车道40处，完成危桥改造2座。", "交通运输站",
          "各村", "2041年11月30日"),
    _item("四、饮水安全巩固", "更换老旧供水管网18公里，新建蓄水池4座，水质达标率达到98%。",
          "水务站", "供水公司", "2041年6月30日"),
    _item("五、背街小巷亮化", "整治背街小巷15条，新装路灯360盏，同步修复破损路面。", "城管中队",
          "各社区", "2041年9月30日"),
    _item("六、菜市场改造", "完成中心菜市场改造，改造标准化摊位210个，建成快检室1个。",
          "市场监管所", "经发办", "2041年12月20日"),
]  # fmt: skip
TWO = "建设内容 牵头单位"
ITEMS_TWO = [
    _item("1.托育服务扩面", "新增普惠托位300个，建成托育服务中心1个。", "卫健办", "妇联",
          "2041年7月31日", TWO),
    _item("2.公共厕所改造", "新建改建公共厕所26座，其中旅游厕所8座，全部免费开放。", "环卫所",
          "文旅办、各村", "2041年5月31日", TWO),
    _item("3.全民健身设施", "新建健身步道12公里，配建笼式球场5片，更新健身器材150套。",
          "全民健身中心", "各村", "2041年10月31日", TWO),
    _item("4.平安乡村建设", "新增视频监控点位420个，建成综治中心1个，覆盖全部行政村。", "综治办",
          "派出所", "2041年9月30日", TWO),
    _item("5.充电设施建设", "建设公共充电桩280个，新增充电停车位560个，方便群众出行。", "经发办",
          "供电所", "2041年11月30日", TWO),
    _item("6.便民服务升级", "建成村级便民服务点34个，实现高频事项就近办理。", "党政办", "各村",
          "2041年12月31日", TWO),
]  # fmt: skip
#: Each list's pledges: a phrase of its text, lead, deadline.
EXPECTED_ONE = [
    ("新增学位540个", "教育办", "2041-08-31"),
    ("新建社区养老服务站6个", "养老服务中心", "2041-10-31"),
    ("改造农村公路32公里", "交通运输站", "2041-11-30"),
    ("更换老旧供水管网18公里", "水利站", "2041-06-30"),
    ("新装路灯360盏", "城管中队", "2041-09-30"),
    ("改造标准化摊位210个", "市场监管所", "2041-12-20"),
]
EXPECTED_TWO = [
    ("新增普惠托位300个", "卫健办", "2041-07-31"),
    ("新建改建公共厕所26座", "环卫所", "2041-05-31"),
    ("新建健身步道12公里", "全民健身中心", "2041-10-31"),
    ("新增视频监控点位420个", "平安建设办公室（综治中心）", "2041-09-30"),
    ("建设公共充电桩280个", "经济发展办公室", "2041-11-30"),
    ("建成村级便民服务点34个", "党政综合办公室", "2041-12-31"),
]
CLOSING = ["公示期间如有意见，请向镇党政办反映。", "联系电话：0000-6612345"]


def _wrap(document, text: str, width: float) -> list[str]:
    """The text in lines as wide as ``width`` (mm), closing punctuation kept on its line."""
    lines, line = [], ""
    for char in text:
        if line and document.get_string_width(line + char) > width:
            if char in "，。、；：）%":
                lines.append(line + char)
                line = ""
                continue
            lines.append(line)
            line = ""
        line += char
    return [*lines, line] if line else lines


def _two_columns_pdf(
    items,
    *,
    break_after: list[int],
    head: bool,
    footer: bool,
    title: str = "镇民生实事项目公示",
    then: Callable[[Any], None] | None = None,
) -> bytes:
    """A4, a full-width title and intro, then the items in two columns, one column after
    the other. ``break_after`` are numbers of the flow's lines after which the next column
    begins (the third column break is page 2's left column); ``head`` sets a running head
    on page 2, ``footer`` a centred ``第 n 页 共 m 页`` on every page; ``then`` adds pages of its
    own after them."""
    from fpdf import FPDF

    from tests.importer.table_documents import cjk_font

    document = FPDF(format="A4")
    document.set_auto_page_break(False)
    document.add_font("cjk", fname=cjk_font())
    flow: list[tuple[str, float]] = []
    for heading, fields in items:
        document.set_font("cjk", size=11.5)
        flow.extend((line, 11.5) for line in _wrap(document, heading, COLUMN_W))
        document.set_font("cjk", size=10.5)
        for label, value in fields:
            text = f"{label}：{value}"
            flow.extend((line, 10.5) for line in _wrap(document, text, COLUMN_W))
    for text in CLOSING:
        flow.extend((line, 10.5) for line in _wrap(document, text, COLUMN_W))
    placed: list[tuple[int, int, float, str, float]] = []  # page, column, y, text, size
    first_top, top = 52.0, 22.0
    page, column, y = 1, 0, first_top
    for n, (text, size) in enumerate(flow):
        placed.append((page, column, y, text, size))
        y += LINE
        if n in break_after:
            column += 1
            if column == 2:
                page, column = page + 1, 0
            y = first_top if page == 1 else top
    for number in range(1, page + 1):
        document.add_page()
        if number == 1:
            document.set_font("cjk", size=16)
            document.set_xy(MARGIN, 18)
            document.cell(PAGE_W - 2 * MARGIN, 10, title, align="C")
            document.set_font("cjk", size=11)
            intro = "经镇人民代表大会票决，确定本年度民生实事项目6件，现予公示，接受社会监督。"
            document.set_xy(MARGIN, 34)
            document.cell(PAGE_W - 2 * MARGIN, 6, intro)
        elif head:
            document.set_font("cjk", size=9)
            document.set_xy(MARGIN, 10)
            document.cell(PAGE_W - 2 * MARGIN, 5, title, align="C")
        for on, col, yy, text, size in placed:
            if on == number:
                document.set_font("cjk", size=size)
                document.set_xy(MARGIN + col * (COLUMN_W + GUTTER), yy)
                document.cell(COLUMN_W, LINE, text)
        if footer:
            document.set_font("cjk", size=9)
            document.set_xy(MARGIN, 297 - 16)
            document.cell(PAGE_W - 2 * MARGIN, 6, f"第 {number} 页 共 {page} 页", align="C")
    if then is not None:
        then(document)
    return bytes(document.output())


def _flow_lines(items) -> list[str]:
    """The flow's lines as :func:`_two_columns_pdf` sets them (to find where to break)."""
    from fpdf import FPDF

    from tests.importer.table_documents import cjk_font

    document = FPDF(format="A4")
    document.add_font("cjk", fname=cjk_font())
    lines = []
    for heading, fields in items:
        document.set_font("cjk", size=11.5)
        lines.extend(_wrap(document, heading, COLUMN_W))
        document.set_font("cjk", size=10.5)
        for label, value in fields:
            lines.extend(_wrap(document, f"{label}：{value}", COLUMN_W))
    return lines


def _index(lines: list[str], start: str, nth: int = 0) -> int:
    return [i for i, line in enumerate(lines) if line.startswith(start)][nth]


def _check(parsed, expected) -> None:
    found = commitments_of(parsed)
    assert len(found) == len(expected), [c.text for c in found]
    for key, owner, deadline in expected:
        pledge = next((c for c in found if key in c.text), None)
        assert pledge is not None, (key, [c.text for c in found])
        assert owner in (pledge.owner, pledge.owner_source), (
            key,
            pledge.owner,
            pledge.owner_source,
        )
        assert pledge.deadline.isoformat() == deadline, key


LAYOUTS = [(False, True), (True, True), (True, False), (False, False)]
LAYOUT_IDS = ["footer", "head-and-footer", "head", "bare"]


@pytest.mark.parametrize(("head", "footer"), LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize(
    ("items", "expected", "heading"),
    [(ITEMS_ONE, EXPECTED_ONE, "五、"), (ITEMS_TWO, EXPECTED_TWO, "5.")],
    ids=["labels-one", "labels-two"],
)
def test_an_items_heading_at_the_foot_of_page_ones_right_column_keeps_its_body(
    parse, items, expected, heading, head, footer
):
    """Item 5's heading is the last line of page 1; its labelled lines open page 2's left
    column, the rest of the list under them, the right column of page 2 empty."""
    lines = _flow_lines(items)
    fifth = _index(lines, heading)
    data = _two_columns_pdf(items, break_after=[fifth // 2, fifth], head=head, footer=footer)
    _check(parse(data, "民生实事项目公示.pdf", year=2041), expected)


@pytest.mark.parametrize(("head", "footer"), LAYOUTS, ids=LAYOUT_IDS)
def test_a_sentence_cut_by_the_page_break_inside_a_number_reads_whole(parse, head, footer):
    """``…新装路灯`` ends page 1's right column, ``360盏，…`` opens page 2: one pledge,
    one target of 360 盏, the next item its own."""
    content = (
        "整治背街小巷15条，对老旧城区主次干道和背街小巷全面实施亮化，"
        "新装路灯360盏，同步修复破损路面。"
    )
    fifth = _item("五、背街小巷亮化", content, "城管中队", "各社区", "2041年9月30日")
    items = [*ITEMS_ONE[:4], fifth, ITEMS_ONE[5]]
    lines = _flow_lines(items)
    cut = next(i for i, line in enumerate(lines) if "路灯" in line and line[-1] != "。")
    data = _two_columns_pdf(items, break_after=[cut // 2, cut], head=head, footer=footer)
    parsed = parse(data, "民生实事项目公示.pdf", year=2041)
    _check(parsed, EXPECTED_ONE)
    lights = next(c for c in commitments_of(parsed) if "路灯" in c.text)
    assert [(float(t.value), t.unit) for t in lights.targets if t.unit == "盏"] == [(360.0, "盏")]


@pytest.mark.parametrize(("head", "footer"), LAYOUTS, ids=LAYOUT_IDS)
def test_an_item_over_the_page_break_with_both_columns_of_page_two_filled(parse, head, footer):
    """Page 2 set in two columns too: item 4's heading ends page 1, its body and item 5
    fill page 2's left column, item 6 and the closing lines its right column."""
    lines = _flow_lines(ITEMS_TWO)
    fourth = _index(lines, "4.")
    sixth = _index(lines, "6.")
    data = _two_columns_pdf(
        ITEMS_TWO, break_after=[fourth // 2, fourth, sixth - 1], head=head, footer=footer
    )
    _check(parse(data, "民生实事项目公示.pdf", year=2041), EXPECTED_TWO)


def test_a_one_column_list_over_a_page_break_reads_as_before(parse):
    """One column the page's width: item 3's heading ends page 1, its body opens page 2,
    under a running head and over a footer."""
    from fpdf import FPDF

    from tests.importer.table_documents import cjk_font

    document = FPDF(format="A4")
    document.set_auto_page_break(False)
    document.add_font("cjk", fname=cjk_font())
    width = PAGE_W - 2 * MARGIN
    flow: list[tuple[str, float]] = []
    for heading, fields in ITEMS_ONE:
        flow.append((heading, 11.5))
        document.set_font("cjk", size=10.5)
        for label, value in fields:
            flow.extend((line, 10.5) for line in _wrap(document, f"{label}：{value}", width))
    third = next(i for i, (line, _) in enumerate(flow) if line.startswith("三、"))
    pages = [flow[: third + 1], flow[third + 1 :]]
    for number, lines in enumerate(pages, start=1):
        document.add_page()
        document.set_font("cjk", size=9)
        document.set_xy(MARGIN, 10)
        document.cell(width, 5, "镇民生实事项目公示", align="C")
        for n, (text, size) in enumerate(lines):
            document.set_font("cjk", size=size)
            document.set_xy(MARGIN, 30 + n * LINE)
            document.cell(width, LINE, text)
        document.set_font("cjk", size=9)
        document.set_xy(MARGIN, 297 - 16)
        document.cell(width, 6, f"- {number} -", align="C")
    _check(parse(bytes(document.output()), "民生实事项目.pdf", year=2041), EXPECTED_ONE)


@pytest.mark.parametrize(("head", "footer"), LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("right", [1, 2, 3], ids=["one-line", "two-lines", "three-lines"])
def test_the_last_pages_short_right_column_is_read_after_its_left(parse, right, head, footer):
    """Page 2's left column ends the list; its right column holds only the last line or two
    of the flow (too few to bear the columns out on their own): still read after the left
    column, never line by line across it."""
    lines = _flow_lines(ITEMS_ONE)
    fifth = _index(lines, "五、")
    end = len(lines) + len(CLOSING) - 1  # the flow's last line
    data = _two_columns_pdf(
        ITEMS_ONE, break_after=[fifth // 2, fifth, end - right], head=head, footer=footer
    )
    parsed = parse(data, "民生实事项目公示.pdf", year=2041)
    _check(parsed, EXPECTED_ONE)
    assert not any("公示期间" in c.text or "联系电话" in c.text for c in commitments_of(parsed))


@pytest.mark.parametrize("paragraph", [True, False], ids=["under-a-paragraph", "alone"])
def test_a_full_width_page_after_a_columned_one_reads_across(paragraph):
    """Page 2 set full width after a two-column page 1: a contact line whose parts stand far
    apart (``联系人：…`` … ``联系电话：…``, the phone right where page 1's right column began) is
    one line, and the closing paragraph's lines above them, wider than a column, run on."""
    closing = (
        "以上项目如有意见建议，请于公示期内以书面、电话或者电子邮件方式向镇人大主席团办公室反映，"
        "我们将认真研究并及时答复。"
    )

    def full_width(document) -> None:
        document.add_page()
        document.set_font("cjk", size=10.5)
        width = PAGE_W - 2 * MARGIN
        placed = _wrap(document, closing, width) if paragraph else []
        for n, text in enumerate(placed):
            document.set_xy(MARGIN, 30 + n * LINE)
            document.cell(width, LINE, text)
        y = 30 + len(placed) * LINE
        for n, name in enumerate(["周敏", "李强", "王芳"]):
            document.set_xy(MARGIN, y + n * LINE)
            document.cell(COLUMN_W, LINE, f"联系人：{name}")
            document.set_xy(MARGIN + COLUMN_W + GUTTER, y + n * LINE)
            document.cell(COLUMN_W, LINE, f"联系电话：0000-661230{n}")

    lines = _flow_lines(ITEMS_ONE)
    data = _two_columns_pdf(
        ITEMS_ONE, break_after=[len(lines) // 2], head=False, footer=False, then=full_width
    )
    text = _text(data)
    assert closing in text.split("\n") or not paragraph
    for n, name in enumerate(["周敏", "李强", "王芳"]):  # each name beside its phone number
        assert f"联系人：{name} 联系电话：0000-661230{n}" in text


def _text(data: bytes) -> str:
    from commitments.importer.readers.pdf import read_pdf

    return read_pdf(data, "公示.pdf")[0]
