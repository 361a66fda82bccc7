"""Build the blind19 documents from text held in this script, then check them.

Run with:  .venv/bin/python tests/importer/blind19/make_documents.py

Writes the documents next to this script, re-opens each (pdfplumber text, python-docx
raw `w:p` text, openpyxl cell values, the HTML page's text without its tags) and checks
that every `title_contains` of EXPECTED.py occurs exactly once in its document, and
that the set holds 40–60 pledges.
"""

# ruff: noqa: E501  (the web page is held as its source, lines as a CMS writes them)

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
        (
            "全年新引进项目16个，其中亿元以上项目4个，实际到位资金达到12亿元，由经发办牵头，"
            "便民服务中心、自然资源所配合。",
            False,
        ),
        ("二是壮大园区平台。", True),
        (
            "鹭坪智造产业园新建标准厂房4.5万平方米，9月底前完成二期道路及管网配套，新增规上工业企业5家。"
            "经发办负责，财政所配合。",
            False,
        ),
        ("三是培育商贸新业态。", True),
        (
            "建成镇级电商直播基地1个、村级电商服务站12个，网络零售额增长15%以上。"
            "经发办负责，各村（社区）配合，10月中旬前完成。",
            False,
        ),
    ],
    [("（二）聚焦乡村振兴，建设和美乡村", True)],
    [
        ("一是稳住粮食生产。", True),
        (
            "粮食播种面积稳定在6.8万亩以上，新建高标准农田两千亩，对种粮大户按每亩80元给予补贴，"
            "由农业办牵头，财政所、自然资源所配合。",
            False,
        ),
        ("二是做优特色产业。", True),
        (
            "围绕“一村一品”发展茶叶和稻渔综合种养，新增稻渔综合种养面积1500亩，培育市级以上农业龙头企业2家，"
            "由农业办牵头、经发办配合。三季度末前全部完成。",
            False,
        ),
        ("三是改善人居环境。", True),
        (
            "完成农村户厕改造380户，新建污水管网11.5公里，农村生活污水治理率达到65%（2037年为52%）。"
            "生态环境办负责，农业办、各村配合。",
            False,
        ),
    ],
    [("（三）聚焦城镇提质，完善基础设施", True)],
    [
        ("一是抓好防汛水利。", True),
        ("汛期前完成鹭溪河堤加固2.6公里，整治病险山塘9座。水利站负责，应急办配合。", False),
        ("二是完善交通路网。", True),
        (
            "新改建农村公路18公里，实施危桥改造3座，端午节前建成鹭溪二桥并通车，由村镇建设办牵头，"
            "财政所、自然资源所配合。",
            False,
        ),
        ("三是提升集镇品质。", True),
        (
            "改造集镇老旧小区3个、惠及居民640户，新增公共停车位260个，安装太阳能路灯150盏，"
            "由村镇建设办牵头，城管中队配合。",
            False,
        ),
    ],
    [("（四）聚焦民生福祉，提升群众获得感", True)],
    [
        ("一是稳定扩大就业。", True),
        (
            "城镇新增就业1400人，开展职业技能培训两轮、培训800人次，零就业家庭动态清零，"
            "由社事办牵头，劳动保障所配合。",
            False,
        ),
        ("二是兜牢民生底线。", True),
        (
            "新建村级幸福食堂6个，为困难家庭发放临时救助金120万元，对80周岁以上老人按每人每月100元"
            "发放高龄津贴。社事办负责，财政所、各村配合，11月上旬前完成。",
            False,
        ),
        ("三是守牢安全底线。", True),
        (
            "坚持24小时值班值守，全年排查企业260家次，较大及以上生产安全事故控制在0起，"
            "由应急办牵头，派出所、消防救援站配合。",
            False,
        ),
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


# ---------------------------------------------------------------- 2. XLSX
DUBAN_TITLE = "岚塘镇2038年重点工作督查督办任务分解表"
D = dt.datetime
# sheet name, unit line, date format, rows (完成时限, 重点任务, 配合单位, 督办方式, 备注)
DUBAN_SHEETS = [
    (
        "经发办",
        "牵头单位：经发办　　　　分管领导：副镇长　邵启明　　　　督办联络员：顾  琳",
        'yyyy"年"m"月"d"日"',
        [
            (
                D(2038, 12, 20),
                "新签约亿元以上项目5个，完成固定资产投资8.2亿元",
                "自然资源所、便民服务中心",
                "月调度",
                "市考指标",
            ),
            (
                D(2038, 9, 30),
                "1.岚塘工业集中区新建标准厂房3栋\n2.盘活闲置工业用地120亩",
                "自然资源所",
                "季通报",
                None,
            ),
            (
                D(2038, 10, 31),
                "培育规上工业企业4家，规上工业产值增长8%—10%",
                "统计站",
                "月调度",
                None,
            ),
            (
                "长期坚持",
                "推行涉企服务“一件事一次办”，涉企政务服务事项网上可办率达到98%",
                "便民服务中心",
                "季通报",
                "牵头单位调整，原为党政办",
            ),
        ],
    ),
    (
        "农业办",
        "牵头单位：农业办　　　　分管领导：副镇长　柴  骏　　　　督办联络员：贺  兰",
        "yyyy/m/d",
        [
            (
                D(2038, 5, 31),
                "完成春季造林绿化800亩，\n其中新造生态景观林200亩",
                "林业站、各村",
                "月调度",
                None,
            ),
            (
                D(2038, 11, 10),
                "新建高标准农田3500亩，粮食播种面积稳定在5.2万亩",
                "财政所、自然资源所",
                "月调度",
                "市考指标",
            ),
            (
                D(2038, 8, 31),
                "1.新增村集体经济收入50万元以上的村3个\n2.发展稻虾共作2000亩",
                "经发办",
                "季通报",
                None,
            ),
            ("汛期前", "完成农村户厕问题整改160户", "各村", "月调度", None),
        ],
    ),
    (
        "社事办",
        "牵头单位：社事办　　　　分管领导：副镇长　冉秋云　　　　督办联络员：祁  悦",
        "yyyy-mm-dd",
        [
            (
                D(2038, 12, 31),
                "城镇新增就业900人，城乡居民医保参保率达到96%以上",
                "劳动保障所、镇卫生院",
                "季通报",
                None,
            ),
            (
                D(2038, 9, 30),
                "建成区域性养老服务中心1个、新增护理型床位60张，对失能老人按每人每月300元发放护理补贴",
                "财政所",
                "月调度",
                None,
            ),
            (D(2038, 8, 31), "完成岚塘中心幼儿园扩建，新增学位180个", "中心学校", "月调度", None),
        ],
    ),
    (
        "平安办",
        "牵头单位：平安办　　　　分管领导：镇党委委员　严  峻　　　　督办联络员：卓  然",
        'm"月"d"日"',
        [
            (
                D(2038, 6, 30),
                "1.开展矛盾纠纷大排查大化解行动，化解率达到95%以上\n2.完成专职网格员培训2轮",
                "司法所、派出所",
                "月调度",
                None,
            ),
            (
                D(2038, 12, 31),
                "信访事项按期办结率达到100%，重复信访化解率90%以上",
                "各村（社区）",
                "季通报",
                None,
            ),
            (D(2038, 11, 30), "建成“雪亮工程”视频监控点位320个", "派出所", "月调度", None),
        ],
    ),
]
DUBAN_HEADER = ["序号", "完成时限", "重点任务", "配合单位", "督办方式", "备注"]


def make_duban(path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    wrap = Alignment(wrap_text=True, vertical="center")
    wb = openpyxl.Workbook()
    summary = wb.active
    summary.title = "汇总"
    summary.append(["岚塘镇2038年重点工作督查督办任务汇总"])
    summary.merge_cells("A1:D1")
    summary["A1"].font = Font(size=14, bold=True)
    summary.append(["牵头单位", "任务数（项）", "月调度（项）", "季通报（项）"])
    for c in summary[2]:
        c.font = Font(bold=True)
    counts = {"经发办": (4, 2, 2), "农业办": (4, 3, 1), "社事办": (3, 2, 1), "平安办": (3, 2, 1)}
    for unit, (n, m, q) in counts.items():
        summary.append([unit, n, m, q])
    summary.append(["合计", 14, 9, 5])
    summary.append(["说明：一格内列有多项任务的，按一项统计。"])
    for col, width in zip("ABCD", (14, 14, 14, 14), strict=True):
        summary.column_dimensions[col].width = width
    for sheet, unit_line, date_format, rows in DUBAN_SHEETS:
        ws = wb.create_sheet(sheet)
        ws.append([DUBAN_TITLE])
        ws.merge_cells("A1:F1")
        ws["A1"].font = Font(size=16, bold=True)
        ws["A1"].alignment = center
        ws.append([unit_line])
        ws.merge_cells("A2:F2")
        ws.append(DUBAN_HEADER)
        for c in ws[3]:
            c.font = Font(bold=True)
            c.alignment = center
            c.border = border
        for n, (due, task, co, how, note) in enumerate(rows, start=1):
            ws.append([n, due, task, co, how, note])
            r = ws.max_row
            if isinstance(due, dt.datetime):
                ws.cell(r, 2).number_format = date_format
            for c in ws[r]:
                c.border = border
                c.alignment = wrap if c.column == 3 else center
        ws.append([f"本表共{len(rows)}项任务"])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
        ws.append(
            ["填报人：" + unit_line.rsplit("督办联络员：", 1)[1] + "　　填报日期：2038年2月12日"]
        )
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
        for col, width in zip("ABCDEF", (6, 16, 50, 22, 10, 24), strict=True):
            ws.column_dimensions[col].width = width
    wb.save(path)


# ---------------------------------------------------------------- 3. DOCX
XIANGMU_INTRO = [
    ("芦湾镇人民政府", True, 16, True),
    ("关于下达芦湾镇2038年重点项目建设计划的通知", True, 18, True),
    ("芦政发〔2038〕4号", False, 14, True),
    ("各办站所，各村（社区），有关企业：", False, 14, False),
    (
        "经镇政府常务会议研究，现将《芦湾镇2038年重点项目建设计划》下达给你们。各包抓领导要"
        "靠前指挥，各责任单位要倒排工期、挂图作战，每月5日前将上月项目进展报镇经发办，确保完成"
        "年度计划投资和形象进度目标。",
        False,
        14,
        False,
    ),
    ("芦湾镇人民政府", False, 14, True),
    ("2038年2月10日", False, 14, True),
    ("芦湾镇2038年重点项目建设计划表", True, 16, True),
    ("单位：万元", False, 11, False),
]

XIANGMU_HEADER = [
    "序号",
    "项目名称",
    "建设内容及规模",
    "建设年限",
    "总投资",
    "2038年度计划投资",
    "形象进度目标",
    "责任单位",
    "包抓领导",
]

# name, scale, years, total, plan, progress goal, owner(s), leader
XIANGMU_GROUPS = [
    (
        "一、产业项目（4个）",
        [
            (
                "芦湾年产30万套智能家居配件生产线项目",
                "新建厂房2.6万平方米，购置自动化生产线6条",
                "2037—2039",
                "32000",
                "12000",
                "6月底前完成厂房主体封顶，年底前2条生产线投产",
                "经发办、芦湾智家科技有限公司",
                "蒋明川",
            ),
            (
                "芦湾现代农业产业园（二期）",
                "建设连栋温室大棚80亩、冷链仓储库5000立方米及配套设施",
                "2038",
                "9600",
                "9600",
                "建成连栋温室大棚80亩、冷链仓储库5000立方米。9月底前投入使用。",
                "农业办、经发办",
                "杭  宁",
            ),
            (
                "芦湾工业厂房屋顶分布式光伏项目",
                "利用工业厂房屋顶建设分布式光伏电站，总装机容量12兆瓦",
                "2038—2039",
                "4800",
                "2400",
                "完成装机6兆瓦并网发电",
                "经发办、县供电公司芦湾供电所",
                "蒋明川",
            ),
            (
                "芦湾物流园冷链分拨中心",
                "新建冷链仓库1.8万平方米及配套分拨场地",
                "2037—2038",
                "15000",
                "6500",
                "10月中旬前竣工验收",
                "经发办、自然资源所",
                "蒋明川",
            ),
        ],
    ),
    (
        "二、基础设施项目（4个）",
        [
            (
                "芦湾镇区雨污分流改造工程",
                "改造雨污管网21公里，新建提升泵站2座",
                "2038",
                "5200",
                "5200",
                "改造雨污管网21公里、新建提升泵站2座，汛期前完成主干管网8公里",
                "村镇建设办、生态环境办",
                "郁文博",
            ),
            (
                "S318芦湾段改线工程",
                "改线道路4.3公里，按二级公路标准建设，含跨河桥梁1座",
                "2037—2039",
                "26000",
                "8000",
                "完成路基工程3.1公里，三季度末前完成跨河桥梁下部结构",
                "村镇建设办、县交通运输局",
                "郁文博",
            ),
            (
                "芦湾水厂扩建工程",
                "扩建净水车间及清水池，新增供水能力1万吨/日",
                "2038",
                "3600",
                "3600",
                "新增供水能力1万吨/日。11月上旬前通水运行。",
                "水利站、芦湾供水有限公司",
                "杭  宁",
            ),
            (
                "农村公路提档升级工程",
                "提档升级农村公路32公里，新建错车道60处",
                "2038",
                "2900",
                "2900",
                "完成提档升级农村公路32公里，新建错车道60处",
                "村镇建设办",
                "郁文博",
            ),
        ],
    ),
    (
        "三、社会民生项目（4个）",
        [
            (
                "芦湾镇中心卫生院医技综合楼",
                "新建医技综合楼6800平方米，设置床位120张",
                "2037—2038",
                "4200",
                "2600",
                "完成主体及外立面工程，年底前投入使用",
                "社事办、镇卫生院",
                "冉  晴",
            ),
            (
                "芦湾中心幼儿园新建工程",
                "新建幼儿园12个班，可提供学位360个",
                "2038",
                "2400",
                "2400",
                "新增学位360个。秋季开学前建成招生。",
                "社事办、中心学校",
                "冉  晴",
            ),
            (
                "芦湾镇区域养老服务中心",
                "改造闲置校舍3200平方米，设置床位80张",
                "2038",
                "1500",
                "1500",
                "设置养老床位80张。端午节前投入运营。",
                "社事办、财政所",
                "冉  晴",
            ),
            (
                "芦湾文体公园",
                "占地46亩，建设全民健身广场、灯光球场4片、健身步道2.5公里",
                "2038—2039",
                "3800",
                "1800",
                "完成灯光球场4片、健身步道2.5公里",
                "文化站、自然资源所",
                "杭  宁",
            ),
        ],
    ),
]

XIANGMU_NOTES = [
    "注：1.“2038年度计划投资”为本年度须完成的投资额；2.责任单位栏列有多个单位的，第一个为牵头单位；"
    "3.包抓领导每月至少到项目现场调度一次。",
    "抄送：镇党委，镇人大主席团。",
    "芦湾镇党政综合办公室　　　　　　2038年2月10日印发",
]


def make_xiangmu(path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    def run_in(p, text, bold=False, size=10.5):
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
        run.font.name = "仿宋_GB2312"
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")
        return run

    def cell(c, text, bold=False, center=True):
        c.text = ""
        p = c.paragraphs[0]
        run_in(p, text, bold)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    for text, bold, size, center in XIANGMU_INTRO:
        p = doc.add_paragraph()
        run_in(p, text, bold, size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = doc.add_table(rows=1, cols=len(XIANGMU_HEADER))
    table.style = "Table Grid"
    for i, h in enumerate(XIANGMU_HEADER):
        cell(table.rows[0].cells[i], h, bold=True)
    n = 0
    total = plan = 0
    for heading, projects in XIANGMU_GROUPS:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[-1])
        cell(merged, heading, bold=True, center=False)
        for project in projects:
            n += 1
            cells = table.add_row().cells
            cell(cells[0], str(n))
            for i, value in enumerate(project, start=1):
                cell(cells[i], value, center=i not in (2, 6))
            total += int(project[3])
            plan += int(project[4])
    cells = table.add_row().cells
    merged = cells[0].merge(cells[3])
    cell(merged, f"合计（{n}个）", bold=True)
    cell(cells[4], str(total), bold=True)
    cell(cells[5], str(plan), bold=True)
    widths = [1.0, 4.0, 5.0, 2.0, 1.6, 1.8, 5.4, 3.4, 1.8]
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    for text in XIANGMU_NOTES:
        p = doc.add_paragraph()
        run_in(p, text, False, 11)
    doc.save(path)


# ---------------------------------------------------------------- 4. HTML
YAODIAN_INTRO = (
    "2038年是澜岸街道深化城市更新、建设幸福街区的攻坚之年。街道工作的总体思路是：坚持以人民为中心，"
    "统筹发展和安全，着力稳经济、优环境、惠民生、强治理，奋力建设宜居宜业的幸福澜岸。现将2038年"
    "工作要点明确如下："
)

YAODIAN_PARTS = [
    (
        "【一】聚焦经济发展，增强街区实力",
        [
            "①新引进注册企业150家，其中总部型企业3家，楼宇税收突破1.5亿元（牵头：经发科，"
            "配合：便民服务中心，时限：12月底前）。",
            "②盘活闲置楼宇2栋、商务空间3.6万平方米，打造“澜岸科创谷”孵化载体1个（牵头：经发科，"
            "配合：财政所，时限：三季度末）。",
            "③新增“四上”企业12家，限上商贸企业零售额增长9%左右（牵头：经发科，配合：统计站，"
            "时限：11月下旬）。",
        ],
    ),
    (
        "【二】聚焦城市更新，提升人居品质",
        [
            "①完成老旧小区改造6个、惠及居民2100户，加装电梯15部（牵头：城建科，配合：各社区、"
            "区住建局，时限：10月底前）。",
            "②新增公共停车泊位500个，打通背街小巷微循环道路4条（牵头：城管科，配合：交警中队，"
            "时限：年底前）。",
            "③汛期前完成易涝点改造5处、清疏雨污管网30公里（牵头：应急办，配合：城管科、各社区）。",
        ],
    ),
    (
        "【三】聚焦民生服务，增进群众福祉",
        [
            "①新建社区嵌入式养老服务站3个、老年助餐点8个，为独居老人按每人每年600元标准购买居家"
            "养老服务（牵头：社事科，配合：财政所、各社区，时限：9月30日前）。",
            "②城镇新增就业2000人，帮扶就业困难人员再就业150人（牵头：社事科，配合：劳动保障所，"
            "时限：全年）。",
            "③开展“百场文化进社区”惠民演出120场（牵头：文化站，配合：各社区，时限：冬季）。",
        ],
    ),
    (
        "【四】聚焦基层治理，守护平安澜岸",
        [
            "①矛盾纠纷调处成功率达到98%以上，信访事项及时受理率100%（牵头：综治中心，配合：司法所、"
            "派出所，时限：长期坚持）。",
            "②深化“一网统管”，配齐专职网格员120名，网格事件办结率达到95%（牵头：综治中心，"
            "配合：党政办，时限：上半年）。",
            "③完成燃气安全隐患排查整治，排查餐饮等经营场所680家，安装燃气泄漏报警器1200个（牵头："
            "应急办，配合：市场监管所、各社区，时限：2038年11月上旬）。",
        ],
    ),
]

YAODIAN_CLOSING = (
    "各科室、各社区要对照本要点，细化工作措施，明确进度安排，每季度末将推进情况报街道党政办，"
    "街道将适时开展督查。"
)


def yaodian_page() -> str:
    e = html.escape
    parts = []
    for heading, items in YAODIAN_PARTS:
        parts.append(f'<p style="text-indent:2em"><strong>{e(heading)}</strong></p>')
        parts.extend(f'<p style="text-indent:2em">{e(item)}</p>' for item in items)
    article = "\n        ".join(parts)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>澜岸街道2038年工作要点_工作计划_潆江区人民政府网</title>
<meta name="keywords" content="澜岸街道,工作要点,2038">
<link rel="stylesheet" href="/static/css/main.css">
<script>var _hmt = _hmt || []; var siteId = "0000000000"; /* 访问统计 */</script>
</head>
<body>
<div class="top-bar">
  <span>2038年1月22日 星期五</span>
  <a href="/wza/">无障碍</a> <a href="/fanti/">繁體</a> <a href="/en/">English</a>
</div>
<div class="header"><img src="/static/img/logo.png" alt="潆江区人民政府"></div>
<ul class="nav">
  <li><a href="/">首页</a></li>
  <li><a href="/zwgk/">政务公开</a></li>
  <li><a href="/zwgk/zcwj/">政策文件</a></li>
  <li><a href="/zwgk/gzjh/">工作计划</a></li>
  <li><a href="/hdjl/">互动交流</a></li>
  <li><a href="/bsfw/">办事服务</a></li>
</ul>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/gzjh/">工作计划</a></div>
<div class="article">
  <h1 class="article-title">澜岸街道2038年工作要点</h1>
  <div class="article-info">
    发布时间：2038-01-22 10:31　　来源：澜岸街道办事处　　浏览次数：1286　　字号：【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】
  </div>
  <div class="article-content" id="zoom">
        <p style="text-indent:2em">{e(YAODIAN_INTRO)}</p>
        {article}
        <p style="text-indent:2em">{e(YAODIAN_CLOSING)}</p>
        <p style="text-align:right">澜岸街道办事处</p>
        <p style="text-align:right">2038年1月20日</p>
  </div>
  <div class="attachments">
    <p>附件：</p>
    <ul>
      <li><a href="/uploads/2038/01/lanan_xiangmu.xlsx">1.澜岸街道2038年重点项目清单.xlsx</a></li>
      <li><a href="/uploads/2038/01/lanan_shishi.docx">2.澜岸街道2038年为民办实事项目表.docx</a></li>
      <li><a href="/uploads/2038/01/lanan_fengong.pdf">3.澜岸街道2038年工作要点责任分工一览表.pdf</a></li>
    </ul>
  </div>
  <div class="article-tools">
    <span class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></span>
    <span>【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</span>
  </div>
  <div class="related">
    <h3>相关链接</h3>
    <ul>
      <li><a href="/zwgk/gzjh/2037/">澜岸街道2037年工作总结和2038年工作思路</a></li>
      <li><a href="/zwgk/gzjh/2038/">潆江区2038年政府工作报告重点任务分工方案</a></li>
    </ul>
  </div>
</div>
<div class="footer">
  <p>主办：潆江区人民政府办公室　承办：潆江区政务服务数据管理局</p>
  <p>网站标识码：0000000000　备案号：X ICP备00000000号-1　联系电话：0000-8812345</p>
  <p>建议使用1920×1080分辨率浏览</p>
</div>
<script src="/static/js/share.js"></script>
</body>
</html>
"""


def make_yaodian(path: Path) -> None:
    path.write_text(yaodian_page(), encoding="utf-8")


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
    DUBAN_NAME: make_duban,
    XIANGMU_NAME: make_xiangmu,
    YAODIAN_NAME: make_yaodian,
}


def main() -> int:
    for name, build in BUILDERS.items():
        build(HERE / name)
    return check(set(BUILDERS))


if __name__ == "__main__":
    sys.exit(main())
