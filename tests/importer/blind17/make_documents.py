# ruff: noqa: E501
"""Generate the four blind17 test documents and check them against EXPECTED.py.

Run with:  nice -n 19 .venv/bin/python tests/importer/blind17/make_documents.py

All text is held in this script; the script writes the four files next to
itself, re-opens each one (python-docx raw `w:p` text, openpyxl cells,
pdfplumber text, UTF-8 text) and checks that every `title_contains` of
EXPECTED.py occurs exactly once in the document's text and lies on one line,
and that the set holds 45–65 pledges.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import openpyxl
import pdfplumber
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------
# 1. 镇党委全会报告 (DOCX): owners only in the closing 责任分工 appendix
# ---------------------------------------------------------------------------

QUANHUI_NAME = "在中共栖凤镇第十六届委员会第九次全体会议上的报告.docx"

QUANHUI_HEAD = [
    ("title", "凝心聚力  实干争先  奋力谱写栖凤高质量发展新篇章"),
    ("center", "——在中共栖凤镇第十六届委员会第九次全体会议上的报告"),
    ("center", "（2036年1月9日）"),
    ("center", "镇党委书记  詹国栋"),
    ("p", "同志们："),
    ("p", "现在，我代表镇党委向全会报告工作，请予审议。"),
    ("h1", "一、2035年工作回顾"),
    (
        "p",
        "过去一年，面对复杂严峻的形势，全镇上下攻坚克难，经济社会发展稳中有进。全年完成固定资产投资10.6亿元，新签约亿元以上项目3个；新建高标准农田3800亩，粮食播种面积稳定在3万亩；新增城镇就业352人，城乡居民医保参保率达到95.2%；全年未发生较大及以上生产安全事故。这些成绩的取得，是全镇党员干部群众团结奋斗的结果。",
    ),
    (
        "p",
        "在肯定成绩的同时，我们也清醒地看到，产业支撑还不够强，项目储备还不够足，民生短板还比较明显，个别干部担当作为还不够。对此，我们必须高度重视，认真加以解决。",
    ),
    ("h1", "二、2036年工作安排"),
    (
        "p",
        "2036年全镇工作的总体要求是：坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，以项目建设为主抓手，统筹发展和安全，加快建设产业强、乡村美、百姓富的新栖凤。",
    ),
    (
        "p",
        "主要预期目标是：地区生产总值增长6.5%左右，固定资产投资增长8%，农村居民人均可支配收入增长7%以上。",
    ),
]

# (heading, [(item number, text)])
QUANHUI_ITEMS = [
    (
        "（一）坚持项目为王，做强产业支撑",
        [
            ("1", "全年新签约亿元以上项目4个，完成固定资产投资12亿元。"),
            ("2", "加快推进栖凤食品产业园二期建设，10月中旬前完成标准化厂房3.6万平方米主体施工。"),
            (
                "3",
                "抓电商。新培育网销年收入百万元以上的电商主体15家，农产品网络零售额达到1.8亿元。",
            ),
        ],
    ),
    (
        "（二）聚焦乡村振兴，建设和美栖凤",
        [
            ("4", "新建高标准农田4200亩，粮食播种面积稳定在3.1万亩以上。"),
            ("5", "汛期前完成柘水河堤防加固2.4公里，全年新修灌溉渠道8公里。"),
            ("6", "巩固农村户厕问题摸排整改成果，新建村级污水处理站3座。"),
            ("7", "村集体经济年收入20万元以上的村达到9个。"),
        ],
    ),
    (
        "（三）坚持生态优先，守护绿水青山",
        [
            ("8", "完成植树造林1500亩，森林覆盖率稳定在71%以上。"),
            ("9", "镇域生活垃圾无害化处理率达到100%，秸秆综合利用率达到93%以上。"),
        ],
    ),
    (
        "（四）聚焦民生福祉，办好惠民实事",
        [
            ("10", "新建村级养老服务站3个，为80周岁以上老人每季度开展一次上门巡访。"),
            ("11", "新增城镇就业380人，城乡居民医保参保率达到96%以上。"),
            ("12", "春节前走访慰问困难群众和退役军人家庭420户。"),
        ],
    ),
    (
        "（五）坚持统筹发展和安全，建设平安栖凤",
        [
            ("13", "排查整治“九小场所”消防安全隐患260家，较大及以上生产安全事故控制在0起。"),
            ("14", "矛盾纠纷调处成功率达到98%以上，信访积案动态清零。"),
        ],
    ),
    (
        "（六）坚持全面从严治党，锻造过硬队伍",
        [
            ("15", "全年开展党员干部集中轮训两轮，整顿软弱涣散村党组织3个。"),
        ],
    ),
]

QUANHUI_TAIL = [
    ("h1", "三、以钉钉子精神抓好各项工作落实"),
    (
        "p",
        "同志们！新的一年，任务艰巨，使命光荣。全镇各级党组织和广大党员干部要以更加昂扬的斗志、更加务实的作风，一件事情接着一件事情办，一年接着一年干，为奋力谱写栖凤高质量发展新篇章而努力奋斗！",
    ),
    ("p", "谢谢大家！"),
]

# 任务序号, 牵头单位, 配合单位, 完成时限
FENGONG = [
    ("主要预期目标", "经发办", "财政所、统计站", "年底前"),
    ("1", "经发办", "自然资源所、财政所", "年底前"),
    ("2", "经发办", "自然资源所", "10月中旬"),
    ("3", "经发办", "便民服务中心", "年底前"),
    ("4", "农业办", "水利站、财政所", "第三季度"),
    ("5", "水利站", "应急办", "年底前"),
    ("6", "农业办", "环保办", "持续推进"),
    ("7", "农业办", "财政所、各村", "年底前"),
    ("8", "林业站", "各村", "春季"),
    ("9", "环保办", "农业办", "年底前"),
    ("10", "社事办", "卫生院", "6月份"),
    ("11", "社事办", "便民服务中心", "年底前"),
    ("12", "社事办", "退役军人服务站", "春节前"),
    ("13", "安监办", "派出所", "年中"),
    ("14", "综治中心", "司法所", "年底前"),
    ("15", "党政办", "镇纪委", "年底前"),
]


def _font(run, size=14, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "仿宋_GB2312"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")


def make_quanhui(path: Path) -> None:
    doc = Document()
    for kind, text in QUANHUI_HEAD:
        p = doc.add_paragraph()
        run = p.add_run(text)
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(run, 20, True)
        elif kind == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(run, 15)
        elif kind == "h1":
            _font(run, 16, True)
        else:
            p.paragraph_format.first_line_indent = Pt(32)
            _font(run)
    for heading, items in QUANHUI_ITEMS:
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        _font(p.add_run(heading), 16, True)
        for number, text in items:
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(32)
            _font(p.add_run(f"{number}．{text}"))
    for kind, text in QUANHUI_TAIL:
        p = doc.add_paragraph()
        run = p.add_run(text)
        if kind == "h1":
            _font(run, 16, True)
        else:
            p.paragraph_format.first_line_indent = Pt(32)
            _font(run)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    _font(p.add_run("附件"), 16, True)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run("栖凤镇2036年重点工作责任分工表"), 18, True)
    p = doc.add_paragraph()
    _font(p.add_run("（任务序号与报告第二部分所列事项序号一致）"), 12)
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ("任务序号", "牵头单位", "配合单位", "完成时限"), strict=True
    ):
        cell.text = text
    for row in FENGONG:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    p = doc.add_paragraph()
    _font(p.add_run("注：各牵头单位每季度末向镇党政办报送工作推进情况，配合单位积极主动配合。"), 12)
    p = doc.add_paragraph()
    _font(p.add_run("中共栖凤镇委员会办公室                2036年1月10日印发"), 12)
    doc.save(path)


# ---------------------------------------------------------------------------
# 2. 目标管理责任书 (XLSX): one sheet per department
# ---------------------------------------------------------------------------

ZERENSHU_NAME = "柘溪乡2036年度目标管理责任书.xlsx"

# sheet name, unit in the 责任单位 line, 分管领导, rows
# row: 序号, 目标类别, 目标任务及考核指标, 完成时限, 配合单位, 分值, 考核方式
SHEETS = [
    (
        "经发办",
        "经济发展办公室",
        "韦立新",
        [
            (
                "1",
                "招商引资",
                "全年引进市外到位资金3.2亿元，新签约项目8个。",
                "年底前",
                "财政所",
                25,
                "按到位资金台账核定",
            ),
            (
                "2",
                "工业经济",
                "新增规模以上工业企业3家，规上工业产值增长9%以上。",
                "2036年Q4",
                "便民服务中心",
                25,
                "以统计部门数据为准",
            ),
            (
                "3",
                "园区建设",
                "柘溪竹木加工园区新建标准厂房2.2万平方米。",
                "2036.9",
                "自然资源所",
                20,
                "现场查验",
            ),
            (
                "4",
                "营商环境",
                "企业诉求办结率达到98%以上，涉企检查次数同比下降20%。",
                "每季度",
                "便民服务中心",
                15,
                "查阅台账",
            ),
        ],
    ),
    (
        "农业农村办",
        "农业农村办公室",
        "覃海鸥",
        [
            (
                "1",
                "粮食安全",
                "粮食播种面积稳定在2.6万亩，完成撂荒地复耕复种850亩。",
                "秋收前",
                "各村",
                25,
                "以县农业农村局核定面积为准",
            ),
            (
                "2",
                "特色产业",
                "新发展油桐、茶叶等特色经济林1200亩，新培育家庭农场12家。",
                "第三季度",
                "林业站",
                25,
                "现场抽查",
            ),
            (
                "3",
                "人居环境",
                "完成农村改厕260户，村庄清洁行动覆盖率100%。",
                "10月中旬",
                "环保办、卫生院",
                20,
                "入户抽查",
            ),
            (
                "4",
                "集体经济",
                "消除集体经济年收入10万元以下的薄弱村5个。",
                "年底前",
                "财政所",
                20,
                "查阅村级账目",
            ),
        ],
    ),
    (
        "应急办",
        "应急管理办公室",
        "莫承志",
        [
            (
                "1",
                "安全生产",
                "开展危化品、烟花爆竹经营单位专项检查45家次，较大及以上生产安全事故为0起。",
                "持续推进",
                "派出所",
                40,
                "发生较大事故的实行一票否决",
            ),
            (
                "2",
                "防汛减灾",
                "组织山洪灾害危险区群众转移避险演练18场。",
                "汛期前",
                "水利站、各村",
                30,
                "查阅演练资料",
            ),
            (
                "3",
                "消防安全",
                "新建村级微型消防站6个。",
                "2036年6月",
                "乡专职消防队",
                30,
                "现场查验",
            ),
        ],
    ),
    (
        "社事办",
        "社会事务办公室",
        "黎秀英",
        [
            (
                "1",
                "就业创业",
                "新增农村劳动力转移就业650人，开展职业技能培训两轮。",
                "年底前",
                "便民服务中心",
                25,
                "以系统数据为准",
            ),
            (
                "2",
                "养老服务",
                "新建农村互助幸福院2所，为80周岁以上老人按每人每月50元发放高龄津贴。",
                "国庆前",
                "卫生院",
                25,
                "现场查验",
            ),
            (
                "3",
                "医疗保障",
                "城乡居民医保参保率达到97%以上。",
                "2036年3月",
                "卫生院、各村",
                25,
                "以医保系统数据为准",
            ),
            (
                "4",
                "教育资助",
                "义务教育巩固率保持100%，资助家庭经济困难学生400人次。",
                "秋季开学前",
                "乡中心学校",
                25,
                "查阅资助台账",
            ),
        ],
    ),
]

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def make_zerenshu(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append(["柘溪乡2036年度目标管理考核指标汇总"])
    ws.merge_cells("A1:C1")
    ws.append(["类别", "指标数（项）", "分值"])
    for _sheet, unit, _leader, rows in SHEETS:
        ws.append([unit, len(rows), sum(r[5] for r in rows)])
    ws.append(["合计", sum(len(s[3]) for s in SHEETS), sum(r[5] for s in SHEETS for r in s[3])])
    for col, width in zip("ABC", (22, 14, 10), strict=True):
        ws.column_dimensions[col].width = width
    for sheet, unit, leader, rows in SHEETS:
        ws = wb.create_sheet(sheet)
        ws.append(["柘溪乡2036年度目标管理责任书"])
        ws.merge_cells("A1:G1")
        ws["A1"].font = Font(size=16, bold=True)
        ws["A1"].alignment = Alignment(horizontal="center")
        ws.append([f"责任单位：{unit}        分管领导：{leader}"])
        ws.merge_cells("A2:G2")
        ws.append(
            ["序号", "目标类别", "目标任务及考核指标", "完成时限", "配合单位", "分值", "考核方式"]
        )
        for row in rows:
            ws.append(list(row))
        ws.append(["合计", None, None, None, None, sum(r[5] for r in rows), None])
        ws.append([])
        ws.append(["甲方：柘溪乡人民政府（盖章）    乡长：柯晓岚（签字）"])
        ws.append([f"乙方：{unit}（盖章）    负责人：__________（签字）"])
        ws.append(["签订日期：2036年2月20日"])
        for col, width in zip("ABCDEFG", (6, 12, 56, 14, 18, 8, 22), strict=True):
            ws.column_dimensions[col].width = width
        for r in ws.iter_rows(min_row=3, max_row=3 + len(rows) + 1, max_col=7):
            for c in r:
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="center")
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. 县重点项目建设计划表 (PDF, landscape, merged header, over two pages)
# ---------------------------------------------------------------------------

XIANGMU_NAME = "鹤鸣县2036年重点项目建设计划表.pdf"

# group rows and projects:
# 序号, 项目名称, 项目业主, 建设内容及规模, 总投资, 2036年计划投资, 年度建设目标, 责任单位, 包保领导, 完成时限, 备注
XIANGMU = [
    "一、产业项目（4个）",
    (
        "1",
        "锂电池正极材料项目",
        "鹤鸣华锂新材料有限公司",
        "建设年产2万吨锂电池正极材料生产线及配套设施",
        "120000",
        "35000",
        "完成一期厂房8.5万平方米主体建设",
        "鹤鸣经开区管委会",
        "严  维",
        "2036年12月",
        "省重点项目",
    ),
    (
        "2",
        "高山云雾茶精深加工项目",
        "鹤鸣云雾茶业有限公司",
        "新建茶叶加工厂房2.4万平方米及生产线",
        "18000",
        "9000",
        "建成茶叶精深加工生产线3条并投产",
        "县农业农村局",
        "屈晓岚",
        "2036年10月中旬",
        "续建",
    ),
    (
        "3",
        "经开区标准化厂房三期",
        "县城市建设投资有限公司",
        "新建标准化厂房12万平方米",
        "46000",
        "20000",
        "完成厂房6万平方米主体封顶",
        "鹤鸣经开区管委会",
        "严  维",
        "2036年第三季度",
        "专项债项目",
    ),
    (
        "4",
        "白鹭湾文旅康养综合体",
        "鹤鸣白鹭湾旅游开发有限公司",
        "建设康养酒店、游客中心、滨水步道等",
        "65000",
        "15000",
        "游客中心建成并对外开放，滨水步道4.6公里贯通",
        "县文化和旅游局",
        "屈晓岚",
        "国庆前",
        "新开工；2035年已完成前期投资6000万元",
    ),
    "二、基础设施项目（4个）",
    (
        "5",
        "S218鹤鸣至柘溪段改建工程",
        "县交通建设投资有限公司",
        "按二级公路标准改建26.4公里",
        "78000",
        "30000",
        "完成路基工程14公里",
        "县交通运输局",
        "卢国平",
        "2036年12月",
        "续建",
    ),
    (
        "6",
        "城北污水处理厂提标扩容工程",
        "鹤鸣水务有限公司",
        "新增处理能力2万吨/日，出水达到一级A标准",
        "21000",
        "12000",
        "新增污水处理能力1.5万吨/日并通水运行",
        "县住建局、县生态环境分局",
        "卢国平",
        "2036年6月底",
        "",
    ),
    (
        "7",
        "鹤鸣河城区段防洪治理工程",
        "县水利投资有限公司",
        "新建加固堤防9.8公里",
        "32000",
        "16000",
        "完成堤防加固5.2公里",
        "县水利局",
        "卢国平",
        "汛期前",
        "中央预算内投资",
    ),
    (
        "8",
        "城区老旧小区改造项目",
        "县住建局",
        "改造老旧小区23个",
        "27000",
        "11000",
        "完成改造老旧小区14个，惠及居民2860户",
        "县住建局",
        "严  维",
        "2036年11月",
        "分两批实施",
    ),
    "三、社会民生项目（4个）",
    (
        "9",
        "县人民医院感染楼建设项目",
        "县人民医院",
        "新建感染楼1.6万平方米，床位200张",
        "24000",
        "10000",
        "主体工程完工",
        "县卫生健康局",
        "温丽君",
        "2036年12月",
        "续建",
    ),
    (
        "10",
        "鹤鸣二中扩建项目",
        "县教育体育局",
        "新建教学楼、学生宿舍楼及运动场",
        "15000",
        "8000",
        "新增学位1350个，秋季开学前投入使用",
        "县教育体育局",
        "温丽君",
        "秋季开学前",
        "",
    ),
    (
        "11",
        "城区智慧停车项目",
        "县城市建设投资有限公司",
        "建设智慧停车平台及停车场",
        "9000",
        "6000",
        "新增公共停车泊位1800个",
        "县城市管理局",
        "卢国平",
        "年底",
        "",
    ),
    (
        "12",
        "县殡仪馆迁建项目",
        "县民政局",
        "迁建殡仪馆，占地60亩",
        "12000",
        "4000",
        "完成选址及用地、环评等前期手续",
        "县民政局",
        "温丽君",
        "2036年第二季度",
        "前期项目",
    ),
]

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
WIDTHS = (8, 34, 30, 38, 14, 16, 42, 28, 16, 26, 20)


class XiangmuPDF(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("wqy", size=9)
        self.cell(0, 6, f"第 {self.page_no()} 页 共 {{nb}} 页", align="C")


def make_xiangmu(path: Path) -> None:
    pdf = XiangmuPDF(orientation="L", unit="mm", format="A4")
    pdf.add_font("wqy", fname=FONT)
    pdf.add_font("wqy", style="B", fname=FONT)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(10, 10, 10)
    pdf.add_page()
    pdf.set_font("wqy", size=15)
    pdf.cell(0, 9, "鹤鸣县2036年重点项目建设计划表", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("wqy", size=9)
    pdf.cell(
        0,
        6,
        "填报单位：鹤鸣县发展和改革局（县重点项目办）                                                                                              单位：万元",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("wqy", size=8.5)
    with pdf.table(
        col_widths=WIDTHS,
        num_heading_rows=2,
        line_height=5.2,
        padding=1.6,
        text_align="LEFT",
        first_row_as_headings=True,
    ) as table:
        row = table.row()
        for text in ("序号", "项目名称", "项目业主", "建设内容及规模", "总投资"):
            row.cell(text, rowspan=2, align="C")
        row.cell("2036年计划", colspan=2, align="C")
        for text in ("责任单位", "包保领导", "完成时限", "备注"):
            row.cell(text, rowspan=2, align="C")
        row = table.row()
        row.cell("计划投资", align="C")
        row.cell("年度建设目标", align="C")
        for item in XIANGMU:
            row = table.row()
            if isinstance(item, str):
                row.cell(item, colspan=len(WIDTHS))
            else:
                for text in item:
                    row.cell(text)
    pdf.ln(3)
    pdf.set_font("wqy", size=9)
    pdf.multi_cell(
        0,
        5,
        "注：1.“总投资”为项目全部建设内容的估算投资；2.包保领导负责协调解决项目推进中的重大问题；3.各责任单位每月5日前报送上月项目进度。",
    )
    pdf.cell(
        0,
        6,
        "填报人：韩  冰        审核人：周德明        填报日期：2036年1月25日",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# 4. 公众号文章 (UTF-8 text): 十件民生实事 with emoji bullets and 【】 headings
# ---------------------------------------------------------------------------

GONGZHONGHAO_NAME = "桐岭发布_2036年桐岭镇十件民生实事出炉（公众号文章）.txt"

GONGZHONGHAO_TEXT = """\
点击上方蓝字 关注“桐岭发布”

📢重磅！2036年桐岭镇十件民生实事出炉，件件关乎你我！

桐岭发布  2036年02月16日 18:30  鹤鸣县

原创 桐岭发布

民生无小事，枝叶总关情。🌱

近日，桐岭镇第十八届人民代表大会第五次会议采取无记名投票方式，从15件候选项目中票决产生2036年桐岭镇十件民生实事项目。一起来看看有没有你关心的👇👇👇

━━━━━━━━━━━━━━━

【实事一】扩充学前教育资源

🏫新建桐岭镇第二幼儿园，新增学位270个，秋季开学前投入使用。

👉牵头单位：社事办
👉配合单位：自然资源所、财政所

【实事二】办好老年助餐

🍲新建老年助餐点8个，对80周岁以上老人每餐补贴3元，端午节前全部开餐。

👉牵头单位：社事办
👉配合单位：各村（社区）

【实事三】提升农村饮水保障

💧实施农村供水管网改造42公里，解决4100人饮水不稳定问题。

👉牵头单位：水利站
👉配合单位：财政所
⏰完成时限：2036年6月底前

【实事四】畅通群众出行路

🛣️硬化通组道路15公里，安装太阳能路灯600盏。

👉牵头单位：镇规划建设服务中心
⏰完成时限：10月中旬

【实事五】守护水库安全

🌊今冬明春完成小型水库除险加固2座，整治山塘12口。

👉牵头单位：水利站
👉配合单位：应急办

【实事六】改造集镇老街

🏘️完成桐岭老街立面改造1.3公里，新增集镇停车位260个。

👉牵头单位：镇规划建设服务中心
👉配合单位：经发办
⏰完成时限：年底前

【实事七】守护群众健康

🩺为全镇65周岁以上老人免费体检4800人次，完成村卫生室标准化改造5个。

👉牵头单位：镇卫生院
👉配合单位：社事办
⏰完成时限：第三季度

【实事八】稳岗促就业

💼举办“春风行动”等专场招聘会6场，提供就业岗位500个以上。

👉牵头单位：便民服务中心
👉配合单位：社事办
⏰完成时限：年中

【实事九】温暖困难群众

❤️春节前为困难群众送去慰问金和慰问物资，全年发放临时救助资金80万元。

👉牵头单位：民政办

【实事十】建设平安桐岭

🛡️新增高清视频监控点位150个，实现重点路口、学校周边全覆盖。

👉牵头单位：综治中心
👉配合单位：派出所
⏰完成时限：持续推进

━━━━━━━━━━━━━━━

💡小编说

十件实事，件件连着民心。镇人大将全程跟踪监督项目推进情况，欢迎广大群众积极参与、共同监督！监督电话：0739-6612345

（来源：桐岭镇党政办）
编辑：覃  悦  |  审核：龙海清

往期推荐
▶ 桐岭镇召开2036年经济工作会议
▶ 年味渐浓！桐岭老街年货节开市啦

分享  👍点赞  ❤️在看
阅读 3256
"""


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------


def docx_lines(path: Path) -> list[str]:
    doc = Document(path)
    return [
        "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in doc.element.body.iter(qn("w:p"))
    ]


def xlsx_lines(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path)
    lines = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for value in row:
                if value is not None:
                    lines.extend(str(value).splitlines())
    return lines


def pdf_lines(path: Path) -> list[str]:
    lines = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            lines.extend((page.extract_text() or "").splitlines())
    return lines


def text_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def load_expected():
    spec = importlib.util.spec_from_file_location("blind17_expected", HERE / "EXPECTED.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.EXPECTED


def check() -> int:
    expected = load_expected()
    readers = {".docx": docx_lines, ".xlsx": xlsx_lines, ".pdf": pdf_lines, ".txt": text_lines}
    problems = []
    total = 0
    for name, entry in expected.items():
        path = HERE / name
        lines = readers[path.suffix](path)
        text = "\n".join(lines)
        year = entry["year"]
        for pledge in entry["pledges"]:
            total += 1
            phrase = pledge["title_contains"]
            n = text.count(phrase)
            if n != 1:
                problems.append(f"{name}: {phrase!r} occurs {n} times")
            if not any(phrase in line for line in lines):
                problems.append(f"{name}: {phrase!r} is not on one line")
            # 今冬明春 is the one deadline past the plan year (SPEC §3)
            if not re.fullmatch(rf"({year}|{year + 1})-\d\d-\d\d", pledge["deadline"]):
                problems.append(f"{name}: bad deadline {pledge['deadline']}")
        print(f"{name}: {len(entry['pledges'])} pledges")
    print(f"total: {total} pledges")
    if not 45 <= total <= 65:
        problems.append(f"total {total} is outside 45–65")
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


def main() -> int:
    make_quanhui(HERE / QUANHUI_NAME)
    make_zerenshu(HERE / ZERENSHU_NAME)
    make_xiangmu(HERE / XIANGMU_NAME)
    (HERE / GONGZHONGHAO_NAME).write_text(GONGZHONGHAO_TEXT, encoding="utf-8")
    if len(sys.argv) > 1 and sys.argv[1] == "--no-check":
        return 0
    return check()


if __name__ == "__main__":
    sys.exit(main())
