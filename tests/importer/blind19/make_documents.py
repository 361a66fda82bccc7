"""Build the blind19 documents from text held in this script, then check them.

Run with:  .venv/bin/python tests/importer/blind19/make_documents.py

Writes the documents next to this script, re-opens each (pdfplumber text, python-docx
raw `w:p` text, openpyxl cell values, the HTML page's text without its tags) and checks
that every `title_contains` of EXPECTED.py occurs exactly once in its document, and
that the set holds 40–60 pledges.
"""

from __future__ import annotations

import datetime as dt
import html
import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

BAOGAO_NAME = "鹭坪镇2038年政府工作报告（节选）.pdf"
DUBAN_NAME = "岚塘镇2038年重点工作督查督办任务分解表.xlsx"
XIANGMU_NAME = "芦湾镇2038年重点项目建设计划.docx"
YAODIAN_NAME = "澜岸街道2038年工作要点_潆江区人民政府网.html"

# ---------------------------------------------------------------- 1. PDF
# A paragraph is a list of runs (text, bold); a str is one plain paragraph.
BAOGAO_TITLE = "鹭坪镇2038年政府工作报告（节选）"
BAOGAO_SUB = [
    "——2038年1月14日在鹭坪镇第十九届人民代表大会第三次会议上",
    "鹭坪镇人民政府镇长　林知远",
]
BAOGAO_BODY: list = [
    "各位代表：",
    "现在，我代表鹭坪镇人民政府向大会报告工作，请予审议，并请列席人员提出意见。",
    [("一、2037年工作回顾", True)],
    "过去一年，面对复杂多变的外部环境，全镇上下迎难而上、真抓实干，全年完成地区生产总值38.6亿元、"
    "增长6.2%，一般公共预算收入4860万元；新引进项目14个，其中亿元以上项目3个；新建高标准农田"
    "1.2万亩；城镇新增就业1320人，完成农村户厕改造420户。（回顾部分略）",
    [("二、2038年工作安排", True)],
    "2038年是“十七五”规划承上启下的关键之年。今年政府工作的总体要求是：坚持稳中求进工作总基调，"
    "完整准确全面贯彻新发展理念，统筹发展和安全，扎实推动产业升级、乡村振兴、城镇提质和民生改善，"
    "奋力谱写鹭坪高质量发展新篇章。重点抓好以下四个方面工作：",
    [("（一）聚焦产业升级，壮大镇域经济", True)],
    [
        ("一是突出招商引资。", True),
        ("全年新引进项目16个，其中亿元以上项目4个，实际到位资金达到12亿元，由经发办牵头，"
         "便民服务中心、自然资源所配合。", False),
        ("二是壮大园区平台。", True),
        ("鹭坪智造产业园新建标准厂房4.5万平方米，9月底前完成二期道路及管网配套，新增规上工业企业5家。"
         "经发办负责，财政所配合。", False),
        ("三是培育商贸新业态。", True),
        ("建成镇级电商直播基地1个、村级电商服务站12个，网络零售额增长15%以上。"
         "经发办负责，各村（社区）配合，10月中旬前完成。", False),
    ],
    [("（二）聚焦乡村振兴，建设和美乡村", True)],
    [
        ("一是稳住粮食生产。", True),
        ("粮食播种面积稳定在6.8万亩以上，新建高标准农田两千亩，对种粮大户按每亩80元给予补贴，"
         "由农业办牵头，财政所、自然资源所配合。", False),
        ("二是做优特色产业。", True),
        ("围绕“一村一品”发展茶叶和稻渔综合种养，新增稻渔综合种养面积1500亩，培育市级以上农业龙头企业2家，"
         "由农业办牵头、经发办配合。三季度末前全部完成。", False),
        ("三是改善人居环境。", True),
        ("完成农村户厕改造380户，新建污水管网11.5公里，农村生活污水治理率达到65%（2037年为52%）。"
         "生态环境办负责，农业办、各村配合。", False),
    ],
    [("（三）聚焦城镇提质，完善基础设施", True)],
    [
        ("一是抓好防汛水利。", True),
        ("汛期前完成鹭溪河堤加固2.6公里，整治病险山塘9座。水利站负责，应急办配合。", False),
        ("二是完善交通路网。", True),
        ("新改建农村公路18公里，实施危桥改造3座，端午节前建成鹭溪二桥并通车，由村镇建设办牵头，"
         "财政所、自然资源所配合。", False),
        ("三是提升集镇品质。", True),
        ("改造集镇老旧小区3个、惠及居民640户，新增公共停车位260个，安装太阳能路灯150盏，"
         "由村镇建设办牵头，城管中队配合。", False),
    ],
    [("（四）聚焦民生福祉，提升群众获得感", True)],
    [
        ("一是稳定扩大就业。", True),
        ("城镇新增就业1400人，开展职业技能培训两轮、培训800人次，零就业家庭动态清零，"
         "由社事办牵头，劳动保障所配合。", False),
        ("二是兜牢民生底线。", True),
        ("新建村级幸福食堂6个，为困难家庭发放临时救助金120万元，对80周岁以上老人按每人每月100元"
         "发放高龄津贴。社事办负责，财政所、各村配合，11月上旬前完成。", False),
        ("三是守牢安全底线。", True),
        ("坚持24小时值班值守，全年排查企业260家次，较大及以上生产安全事故控制在0起，"
         "由应急办牵头，派出所、消防救援站配合。", False),
    ],
    "各位代表！新的征程催人奋进，新的使命重任在肩。让我们紧密团结在一起，凝心聚力、实干争先，"
    "为加快建设产业兴旺、生态宜居、幸福美丽的新鹭坪而努力奋斗！",
]


def make_baogao(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import TextMode

    class Report(FPDF):
        def header(self):
            self.set_font("wqy", "", 9)
            self.cell(0, 6, "鹭坪镇第十九届人民代表大会第三次会议文件（5）", align="R")
            self.ln(8)

        def footer(self):
            self.set_y(-15)
            self.set_font("wqy", "", 10)
            self.cell(0, 8, f"— {self.page_no()} —", align="C")

    pdf = Report(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("wqy", "", FONT)
    pdf.add_font("wqy", "B", FONT)
    pdf.add_page()
    pdf.set_font("wqy", "B", 18)
    pdf.text_mode = TextMode.FILL_STROKE
    pdf.line_width = 0.25
    pdf.cell(0, 12, BAOGAO_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.text_mode = TextMode.FILL
    pdf.set_font("wqy", "", 12)
    for line in BAOGAO_SUB:
        pdf.cell(0, 8, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for para in BAOGAO_BODY:
        runs = [(para, False)] if isinstance(para, str) else para
        pdf.set_x(pdf.l_margin)
        pdf.write(8, "　　")
        for text, bold in runs:
            pdf.set_font("wqy", "B" if bold else "", 13)
            pdf.text_mode = TextMode.FILL_STROKE if bold else TextMode.FILL
            pdf.write(8, text)
        pdf.text_mode = TextMode.FILL
        pdf.ln(10)
    pdf.output(str(path))


# ---------------------------------------------------------------- check
def pdf_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "".join((page.extract_text() or "").replace("\n", "") for page in pdf.pages)


def docx_text(path: Path) -> str:
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(path)
    return "\n".join(
        "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in doc.element.body.iter(qn("w:p"))
    )


def xlsx_text(path: Path) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    lines = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            lines.extend(str(v) for v in row if v is not None)
    return "\n".join(lines)


def html_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    raw = re.sub(r"<script.*?</script>|<style.*?</style>", "", raw, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "\n", raw))


def load_expected():
    spec = importlib.util.spec_from_file_location("blind19_expected", HERE / "EXPECTED.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.EXPECTED


def check(names) -> int:
    expected = load_expected()
    readers = {".pdf": pdf_text, ".docx": docx_text, ".xlsx": xlsx_text, ".html": html_text}
    problems = []
    total = 0
    for name, entry in expected.items():
        if name not in names:
            continue
        path = HERE / name
        text = readers[path.suffix](path)
        year = entry["year"]
        for pledge in entry["pledges"]:
            total += 1
            phrase = pledge["title_contains"]
            n = text.count(phrase)
            if n != 1:
                problems.append(f"{name}: {phrase!r} occurs {n} times")
            if not re.fullmatch(rf"{year}-\d\d-\d\d", pledge["deadline"]):
                problems.append(f"{name}: bad deadline {pledge['deadline']}")
        print(f"{name}: {len(entry['pledges'])} pledges")
    print(f"total: {total} pledges")
    if len(names) == 4 and not 40 <= total <= 60:
        problems.append(f"total {total} is outside 40–60")
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


BUILDERS = {
    BAOGAO_NAME: make_baogao,
}


def main() -> int:
    for name, build in BUILDERS.items():
        build(HERE / name)
    return check(set(BUILDERS))


if __name__ == "__main__":
    sys.exit(main())
