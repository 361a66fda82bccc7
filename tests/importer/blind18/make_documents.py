"""Build the blind18 documents from text held in this script, then check them.

Run with:  .venv/bin/python tests/importer/blind18/make_documents.py

Writes three files next to this script, re-opens each (python-docx raw `w:p`
text, openpyxl cell values, UTF-8 text lines) and checks that every
`title_contains` of EXPECTED.py occurs exactly once in its document, on one
line, and that the set holds 30–40 pledges.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import openpyxl
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
QINGDAN_NAME = "沁芦街道2037年重点工作清单.docx"
GONGJIAN_NAME = "黛石县2037年县城品质提升攻坚行动任务清单.xlsx"
YIAN_NAME = "蓼滩镇2037年人大代表议案办理工作方案.txt"

# ---------------------------------------------------------------- 1. DOCX
QINGDAN_INTRO = [
    ("中共沁芦街道工作委员会", True, 16, True),
    ("沁芦街道办事处", True, 16, True),
    ("关于印发《沁芦街道2037年重点工作清单》的通知", True, 18, True),
    ("沁芦工发〔2037〕3号", False, 14, True),
    ("各科室、站所，各社区党组织、居委会：", False, 14, False),
    (
        "经街道党工委会议研究同意，现将《沁芦街道2037年重点工作清单》印发给你们，"
        "请对照清单明确的任务、责任和时限，细化工作举措，确保按期完成。各牵头科室于每月25日前"
        "将工作进展报街道党政办，街道将对清单事项实行挂图作战、销号管理。",
        False,
        14,
        False,
    ),
    ("中共沁芦街道工作委员会　　沁芦街道办事处", False, 14, True),
    ("2037年2月6日", False, 14, True),
    ("沁芦街道2037年重点工作清单", True, 18, True),
]

QINGDAN_HEADER = ["序号", "重点任务", "责任科室", "配合单位", "完成时限"]

QINGDAN_AREAS = [
    (
        "一、经济发展领域（4项）",
        [
            ("全年新引进注册企业120家，其中亿元以上项目2个", "经发办", "便民服务中心", "12月底前"),
            (
                "盘活闲置楼宇3栋、商业用房1.2万平方米，楼宇税收突破8000万元",
                "经发办",
                "财政所、各社区",
                "11月30日前",
            ),
            (
                "培育“沁芦夜巷”特色街区1条，新增个体工商户300户",
                "经发办",
                "城管办、市场监管所",
                "国庆前",
            ),
            ("完成辖区“四上”企业入库8家", "经发办", "统计站", "三季度末"),
        ],
    ),
    (
        "二、城市管理领域（4项）",
        [
            (
                "完成老旧小区改造5个、惠及居民1860户，加装电梯12部",
                "城管办",
                "各社区、区住建局",
                "10月底前",
            ),
            ("新增公共停车泊位400个，改造背街小巷6条", "城管办", "交警中队", "年底前"),
            (
                "生活垃圾分类小区覆盖率达到95%以上，建成可回收物回收站点15个",
                "生态环境办",
                "城管办、物业企业",
                "12月31日前",
            ),
            ("汛期前完成易涝点整治7处，疏通雨污管网18公里", "应急办", "城管办、各社区", "汛期前"),
        ],
    ),
    (
        "三、民生服务领域（4项）",
        [
            (
                "建成社区嵌入式养老服务中心2个，新增老年助餐点6个，对80周岁以上老人给予每餐4元补贴",
                "社事办",
                "财政所、各社区",
                "9月30日前",
            ),
            ("城镇新增就业1500人，开发公益性岗位60个", "社事办", "劳动保障所", "全年"),
            ("新建“15分钟健身圈”站点4处", "文化站", "城管办", "6月底前"),
            ("开展“沁心课堂”四点半托管服务不少于200场", "街道团工委", "各社区", "秋季开学前"),
        ],
    ),
    (
        "四、基层治理领域（3项）",
        [
            (
                "矛盾纠纷调处化解率达到98%以上，信访事项按期办结率100%",
                "综治中心",
                "司法所、派出所",
                "长期坚持",
            ),
            ("完成网格员全员轮训2轮，专职网格员配备达到86名", "综治中心", "党政办", "5月底前"),
            (
                "在职党员到社区报到率达到100%，打造红色物业示范小区3个",
                "党建办",
                "各社区",
                "12月20日前",
            ),
        ],
    ),
]

QINGDAN_NOTE = (
    "注：完成时限为最迟完成时间；配合单位按职责分工积极配合牵头科室工作，"
    "清单事项调整须经街道党工委会议研究。"
)


def _cell(cell, text, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(10.5)
    run.font.name = "仿宋_GB2312"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _para(doc, text, bold=False, size=14, center=False):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = "仿宋_GB2312"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def make_qingdan(path: Path) -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for text, bold, size, center in QINGDAN_INTRO:
        _para(doc, text, bold, size, center)
    widths = [Cm(1.2), Cm(12.5), Cm(2.8), Cm(4.5), Cm(3.0)]
    for heading, rows in QINGDAN_AREAS:
        _para(doc, heading, True, 15)
        table = doc.add_table(rows=1, cols=len(QINGDAN_HEADER))
        table.style = "Table Grid"
        for i, h in enumerate(QINGDAN_HEADER):
            _cell(table.rows[0].cells[i], h, bold=True, center=True)
        for n, row in enumerate(rows, start=1):  # 序号 restarts in every table
            cells = table.add_row().cells
            _cell(cells[0], str(n), center=True)
            for i, value in enumerate(row, start=1):
                _cell(cells[i], value, center=i != 1)
        for row in table.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
    _para(doc, QINGDAN_NOTE, False, 12)
    _para(doc, "抄送：区委办公室，区政府办公室。", False, 12)
    _para(doc, "沁芦街道党政办公室　　　　2037年2月6日印发", False, 12)
    doc.save(path)


# ---------------------------------------------------------------- 2. XLSX
GONGJIAN_TASKS = [
    (
        "1",
        "城市更新攻坚",
        [
            (
                "实施城中村改造3个，完成征收房屋420户",
                "县住建局",
                "城关镇、县自然资源局",
                "2037年11月底前",
            ),
            (
                "改造提升老旧供水管网26公里，县城公共供水普及率达到99%",
                "县水务局",
                "县自来水公司",
                "2037年10月31日前",
            ),
            ("新建改建城市道路4条8.5公里", "县住建局", "县交通运输局、城关镇", "2037年12月底前"),
        ],
    ),
    (
        "2",
        "交通畅通攻坚",
        [
            (
                "新增城市公交线路3条，更新新能源公交车40辆",
                "县交通运输局",
                "县公交公司",
                "2037年9月底前",
            ),
            ("建成智慧停车场2处、新增停车位1100个", "县城投公司", "县公安局交警大队", "2037年Q3"),
            ("打通县城断头路5条", "县住建局", "城关镇、县城投公司", "2037.10"),
        ],
    ),
    (
        "3",
        "环境整治攻坚",
        [
            (
                "县城建成区黑臭水体动态清零，城市生活污水集中收集率达到75%以上",
                "县住建局",
                "市生态环境局黛石分局",
                "2037年12月31日前",
            ),
            ("新增城市绿地面积12公顷，建成口袋公园8个", None, "县林业局", "2037年11月30日前"),
            (
                "PM2.5平均浓度控制在32微克/立方米以内，空气质量优良天数比例达到92%以上",
                "市生态环境局黛石分局",
                "县住建局、县交通运输局",
                "2037年12月底前",
            ),
        ],
    ),
    (
        "4",
        "文明创建攻坚",
        [
            (
                "规范提升农贸市场4个，“门前三包”责任制覆盖沿街商户2600户",
                "县市场监管局",
                "县城管局",
                "2037年6月底前",
            ),
            ("建成新时代文明实践站点30个", "县委宣传部", "县文明办", "2037年8月31日前"),
        ],
    ),
    (
        "5",
        "智慧治理攻坚",
        [
            (
                "建设城市运行管理服务平台，接入视频监控点位1500路",
                "县城管局",
                "县大数据中心",
                "2037年12月20日前",
            ),
        ],
    ),
]


def make_gongjian(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务清单"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.append(["黛石县2037年县城品质提升攻坚行动任务清单"])
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = center
    ws.append(
        [
            "填报单位：县城品质提升攻坚行动指挥部办公室（县住建局代章）",
            None,
            None,
            None,
            None,
            "2037年3月2日",
        ]
    )
    ws.merge_cells("A2:E2")
    ws.append(["序号", "攻坚任务", "具体措施", "责任单位", "配合单位", "时间节点"])
    for c in ws[3]:
        c.font = Font(bold=True)
        c.alignment = center
        c.border = border
    r = 4
    for number, task, measures in GONGJIAN_TASKS:
        start = r
        owner_start = None
        for text, owner, co, due in measures:
            ws.cell(r, 3, text)
            if owner is None:
                # 责任单位 merged down from the row above it.
                if owner_start is None:
                    owner_start = r - 1
            else:
                ws.cell(r, 4, owner)
                if owner_start is not None:
                    ws.merge_cells(
                        start_row=owner_start, start_column=4, end_row=r - 1, end_column=4
                    )
                    owner_start = None
            ws.cell(r, 5, co)
            ws.cell(r, 6, due)
            r += 1
        if owner_start is not None:
            ws.merge_cells(start_row=owner_start, start_column=4, end_row=r - 1, end_column=4)
        ws.cell(start, 1, number)
        ws.cell(start, 2, task)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    for row in ws.iter_rows(min_row=4, max_row=r - 1):
        for c in row:
            c.border = border
            c.alignment = wrap if c.column == 3 else center
    ws.cell(r, 1, "合计：5项攻坚任务、12条具体措施")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r + 1, 1, "填报人：邝  蕾　　　审核人：聂文韬　　　联系电话：0000-6128375")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=6)
    for col, width in zip("ABCDEF", (6, 14, 52, 20, 26, 18), strict=True):
        ws.column_dimensions[col].width = width
    notes = wb.create_sheet("填报说明")
    for line in (
        "1. 本清单由攻坚行动指挥部办公室汇总，各责任单位每月5日前报送上月进展。",
        "2. 时间节点为最迟完成时间，“2037年Q3”指第三季度末，“2037.10”指2037年10月底。",
        "3. 责任单位栏合并的，合并范围内各项措施均由该单位牵头。",
        "4. 联系人：邝蕾，联系电话：0000-6128375。",
    ):
        notes.append([line])
    notes.column_dimensions["A"].width = 90
    wb.save(path)


# ---------------------------------------------------------------- 3. TXT
YIAN_TEXT = """蓼滩镇人民政府
关于印发《蓼滩镇2037年人大代表议案办理工作方案》的通知

蓼政发〔2037〕5号

各办站所，各村（社区）：
现将《蓼滩镇2037年人大代表议案办理工作方案》印发给你们，请认真抓好落实。

蓼滩镇人民政府
2037年2月20日

蓼滩镇2037年人大代表议案办理工作方案

镇第十届人民代表大会第二次会议于2037年1月12日至13日召开，会议期间代表共提出议案12件。经镇人大主席团审议，确定交由镇人民政府办理的议案10件，另有2件转为代表建议办理。为高质量办好代表议案，制定本方案。

一、办理原则
坚持依法办理、实事求是、注重实效的原则，做到件件有着落、事事有回音。对能够解决的问题，集中力量抓紧解决；对受条件限制一时难以解决的，向代表说明情况。

二、议案办理任务分工

议案1：关于加固渔洲村防洪堤的议案（领衔代表：陈立群）
办理目标：完成渔洲村防洪堤加固1.8公里，新建排涝闸2座。
办理单位：水利站
协办单位：应急办、渔洲村
责任领导：副镇长　蒋  涛
办结时限：2037年汛期前

议案2：关于解决蓼滩中心小学学生午餐问题的议案（领衔代表：赵婉秋）
办理目标：改扩建学校食堂800平方米，实现在校学生午餐供应全覆盖。
办理单位：社事办
协办单位：镇中心小学、财政所
责任领导：副镇长　柯晓岚
办结时限：2037年8月31日前

议案3：关于硬化南圩北圩片区通组道路的议案（领衔代表：孙德茂等5名代表）
办理目标：硬化南圩、北圩两个片区通组道路6.4公里，安装太阳能路灯120盏。
办理单位：村镇建设办公室
协办单位：财政所、南圩村、北圩村
责任领导：副镇长　蒋  涛
办结时限：2037年10月底前

议案4：关于发展稻虾共作特色产业的议案（领衔代表：周海燕）
办理目标：新增稻虾共作面积3000亩，新培育家庭农场5家。
办理单位：农业办
协办单位：经发办
责任领导：副镇长　严  磊
办结时限：2037年9月30日前

议案5：关于整治镇区农贸市场周边秩序的议案（领衔代表：吴建华）
办理目标：完成镇区农贸市场提升改造，规范设置临时摊位80个，新增停车位150个。
办理单位：市场监管所
协办单位：综治中心、派出所
责任领导：副镇长　柯晓岚
办结时限：2037年6月30日前

议案6：关于利用闲置粮站建设镇级养老服务中心的议案（领衔代表：郑玉兰等8名代表）
办理目标：利用原粮站闲置用房建设镇级养老服务中心，设置床位50张，年内投入运营。
办理单位：民政办
协办单位：财政所、自然资源所
责任领导：副镇长　柯晓岚
办结时限：2037年12月底前

议案7：关于改善西汊片区饮水安全的议案（领衔代表：许长顺）
办理目标：铺设供水管网14公里，解决西汊片区1120户群众饮水不稳定问题，农村自来水普及率达到98%以上。
办理单位：水利站
协办单位：县自来水公司蓼滩水厂
责任领导：副镇长　蒋  涛
办结时限：2037年11月30日前

议案8：关于加强中小学校园周边交通安全的议案（领衔代表：冯晓东）
办理目标：在镇中心小学、蓼滩初级中学周边设置减速带和警示标志，新增护学岗4个。
办理单位：综治中心
协办单位：派出所、交警中队
责任领导：镇党委委员　韦  宁
办结时限：2037年秋季开学前

议案9：关于推进农村生活垃圾分类的议案（领衔代表：褚建新）
办理目标：建成村级垃圾分类收集点42个，完成农村户厕改造260户，农村生活垃圾无害化处理率达到100%。
办理单位：环保办
协办单位：农业办、各村（社区）
责任领导：副镇长　严  磊
办结时限：长期坚持

议案10：关于加快快递物流服务进村的议案（领衔代表：卫红梅）
办理目标：建成村级快递物流服务点12个，实现行政村全覆盖。
办理单位：经发办
协办单位：便民服务中心、蓼滩邮政支局
责任领导：副镇长　严  磊
办结时限：2037年三季度末

三、办理要求
（一）加强领导。各办理单位主要负责人为议案办理第一责任人，要主动与领衔代表沟通，在3月15日前与领衔代表见面商定办理措施。
（二）按时办结。各办理单位每月底前向镇党政办报送办理进展，办结后5个工作日内书面答复领衔代表，代表满意率力争达到100%。
（三）强化督办。镇人大主席团将议案办理情况纳入年度监督重点，11月底前听取镇人民政府议案办理情况报告，并组织代表进行满意度测评。

联系人：镇党政办　石  芸　　联系电话：0000-7635210

抄送：镇党委，镇人大主席团。
蓼滩镇党政综合办公室　　　　　　2037年2月20日印发
"""


# ---------------------------------------------------------------- check
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


def text_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def load_expected():
    spec = importlib.util.spec_from_file_location("blind18_expected", HERE / "EXPECTED.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.EXPECTED


def check() -> int:
    expected = load_expected()
    readers = {".docx": docx_lines, ".xlsx": xlsx_lines, ".txt": text_lines}
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
            if not re.fullmatch(rf"{year}-\d\d-\d\d", pledge["deadline"]):
                problems.append(f"{name}: bad deadline {pledge['deadline']}")
        print(f"{name}: {len(entry['pledges'])} pledges")
    print(f"total: {total} pledges")
    if not 30 <= total <= 40:
        problems.append(f"total {total} is outside 30–40")
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


def main() -> int:
    make_qingdan(HERE / QINGDAN_NAME)
    make_gongjian(HERE / GONGJIAN_NAME)
    (HERE / YIAN_NAME).write_text(YIAN_TEXT, encoding="utf-8")
    return check()


if __name__ == "__main__":
    sys.exit(main())
