"""Build the documents of the tenth blind set.

Run from the repository root: ``.venv/bin/python tests/importer/blind10/make_documents.py``.
Writes 01 (text copied out of a PDF of a 县政府工作报告 delivered to the 县人民代表大会: hard line
breaks every 31 characters, in the middle of words and numbers, and ``— N —`` page footers),
02 (XLSX: a 镇 重点项目推进计划表 with one row per 推进节点 under merged 项目 cells) and 03 (DOCX: a
街道 为民办实事 list, each 实事 a numbered Heading paragraph whose body is a bulleted Word list).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- 01 PDF copy

REPORT = [
    "清江县人民政府工作报告",
    "——2032年1月9日在清江县第十九届人民代表大会第三次会议上",
    "县长　陈立新",
    "各位代表：",
    "现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。",
    "一、2031年工作回顾",
    "过去一年，面对复杂严峻的外部环境，县政府在县委的坚强领导下，在县人大及其常委会的监督支持下，"
    "全县地区生产总值完成186.4亿元，增长6.8%；一般公共预算收入完成12.7亿元，增长5.2%。"
    "新建农村公路96公里，改造城镇老旧小区23个，新增城镇就业2860人，新建高标准农田1.8万亩，"
    "清江工业园标准化厂房二期建成投用，县第三人民医院综合楼完成主体封顶。",
    "二、2032年工作安排",
    "2032年是“十五五”规划承上启下的关键之年。做好今年工作，要坚持稳中求进工作总基调，"
    "统筹发展和安全，重点抓好以下四个方面工作。",
    "（一）聚焦项目建设，扩大有效投资。一是全年实施县级重点项目60个以上，完成年度投资85亿元，"
    "由县发改局牵头、县财政局配合，一季度完成项目集中开工，年底前完成年度投资计划；"
    "二是加快清江工业园标准化厂房三期建设，新建厂房12万平方米，由县工信局负责，"
    "10月31日前竣工交付。",
    "（二）推进乡村振兴，夯实农业基础。一是新建高标准农田两万三千亩，由县农业农村局牵头、"
    "县水利局配合，9月底前完成主体工程；二是粮食播种面积稳定在52万亩以上，由县农业农村局负责；"
    "三是实施农村供水保障工程，新建改造供水管网一百八十公里，上半年完成招标，"
    "年底前全部完工，由县水利局负责。",
    "（三）补齐民生短板，增进群众福祉。一是新增城镇就业3200人，城镇调查失业率控制在5.5%以内，"
    "由县人社局负责；二是建成县第三人民医院综合楼，新增床位300张，由县卫健委牵头、"
    "县住建局配合，三季度末投入使用；三是新建普惠性幼儿园4所，新增学位1080个，"
    "由县教育局负责，8月31日前完工。",
    "（四）守牢安全底线，建设平安清江。一是深化安全生产治本攻坚三年行动，"
    "重大事故隐患整改率达到百分之百，由县应急管理局牵头、各乡镇人民政府配合，11月底前完成；"
    "二是完成城区内涝点改造14处，由县住建局负责，汛期前（5月底前）完成。",
    "三、全面加强政府自身建设",
    "坚持依法行政，自觉接受县人大及其常委会的法律监督和工作监督，认真办理人大代表建议和政协提案，"
    "办复率保持100%；深化“放管服”改革，12345政务服务便民热线按时办结率达到98%以上。",
    "各位代表！新的一年，任务艰巨，使命光荣。让我们紧密团结在以习近平同志为核心的党中央周围，"
    "真抓实干、奋勇争先，为加快建设富裕美丽幸福新清江而努力奋斗！",
]

WIDTH = 31
PAGE_LINES = 13


def make_pdf_copy() -> None:
    lines: list[str] = []
    for paragraph in REPORT:
        if len(paragraph) <= WIDTH:
            lines.append(paragraph)
            continue
        for start in range(0, len(paragraph), WIDTH):
            lines.append(paragraph[start : start + WIDTH])
    out: list[str] = []
    page = 1
    for number, line in enumerate(lines, 1):
        out.append(line)
        if number % PAGE_LINES == 0:
            out.append("")
            out.append(f"— {page} —")
            out.append("")
            page += 1
    out.append("")
    out.append(f"— {page} —")
    (HERE / "01_xian_zhengfu_baogao_pdfcopy.txt").write_text("\n".join(out) + "\n", "utf-8")


# ---------------------------------------------------------------- 02 XLSX

HEADER = [
    "序号",
    "项目名称",
    "建设内容及规模",
    "总投资（万元）",
    "2032年计划投资（万元）",
    "推进节点",
    "计划时间",
    "形象进度",
    "责任单位",
    "配合单位",
    "备注",
]

# (name, content, total, year, owner, co, note, [(node, time, progress), …])
PROJECTS: list[tuple[str, str, int, int, str, str, str, list[tuple[str, str, str]]]] = [
    (
        "白沙镇农产品加工园二期",
        "新建标准厂房2.4万平方米及配套道路、管网",
        9600,
        5000,
        "经发办",
        "自然资源所、财政所",
        "列入市级重点项目",
        [
            ("前期手续", "2032年2月", "完成立项、用地预审和环评批复"),
            ("开工建设", "2032年3月", "正式开工"),
            ("主体完工", "2032.8", "厂房主体封顶"),
            ("竣工验收", "2032年10月底前", "竣工验收，交付入驻企业"),
        ],
    ),
    (
        "镇区污水管网提升工程",
        "新建污水管网8.6公里，改造提升泵站2座",
        3200,
        2900,
        "生态办",
        "规划建设办",
        "2031年已完成前期投资300万元",
        [
            ("前期手续", "一季度", "完成施工图设计及招标"),
            ("开工建设", "2032年4月", "进场施工"),
            ("主体完工", "三季度", "管网铺设完成"),
            ("竣工验收", "2032年11月30日", "通水试运行并验收"),
        ],
    ),
    (
        "高标准农田建设项目",
        "新建高标准农田5000亩，配套机耕路、灌排渠系",
        1500,
        1500,
        "农业办",
        "水利站、各村",
        "“千亩方”示范片",
        [
            ("前期手续", "2032年1月", "完成规划设计批复"),
            ("开工建设", "2032年2月", "全面开工"),
            ("主体完工", "上半年", "土地平整、渠系工程完成"),
            ("竣工验收", "2032年9月", "县级验收"),
        ],
    ),
    (
        "镇中心幼儿园扩建工程",
        "新建教学综合楼2400平方米，新增学位180个",
        1100,
        1100,
        "社事办",
        "规划建设办",
        "",
        [
            ("开工建设", "2032年2月", "开工"),
            ("主体完工", "2032年6月", "主体封顶"),
            ("竣工验收", "2032年8月20日", "秋季开学前投入使用"),
        ],
    ),
    (
        "白沙河堤防加固工程",
        "加固堤防3.2公里，新建穿堤涵闸4座",
        2600,
        2600,
        "水利站",
        "应急办",
        "防汛应急度汛工程",
        [
            ("前期手续", "2032年1月", "完成初步设计批复"),
            ("开工建设", "2032年2月", "开工"),
            ("主体完工", "4月底", "堤身加固完成"),
            ("竣工验收", "汛期前（5月31日前）", "完工验收，具备度汛条件"),
        ],
    ),
    (
        "镇文体活动中心",
        "新建文体活动中心1处，建筑面积1800平方米",
        900,
        900,
        "文体站",
        "规划建设办",
        "",
        [
            ("前期手续", "2032年3月", "完成方案设计"),
            ("开工建设", "2032年5月", "开工"),
            ("主体完工", "2032年9月", "主体完工"),
            ("竣工验收", "年底前", "竣工并对外开放"),
        ],
    ),
    (
        "通村公路提档升级",
        "提档升级通村公路12.5公里",
        1875,
        1875,
        "规划建设办",
        "各村",
        "G351国道连接线",
        [
            ("前期手续", "2032年Q1", "完成设计、预算评审"),
            ("开工建设", "2032年Q2", "开工"),
            ("竣工验收", "2032年Q4", "交工验收"),
        ],
    ),
]


def make_xlsx() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "推进计划表"
    sheet.append(["白沙镇2032年重点项目推进计划表"])
    sheet.merge_cells("A1:K1")
    sheet["A1"].font = Font(bold=True, size=15)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(
        ["填报单位（盖章）：白沙镇人民政府", "", "", "", "", "", "", "", "填报日期：2032年1月12日"]
    )
    sheet.merge_cells("A2:E2")
    sheet.merge_cells("I2:K2")
    sheet.append(HEADER)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    total = 0
    year_total = 0
    for index, (name, content, whole, year, owner, co, note, nodes) in enumerate(PROJECTS, 1):
        first = sheet.max_row + 1
        for position, (node, when, progress) in enumerate(nodes):
            if position == 0:
                sheet.append(
                    [index, name, content, whole, year, node, when, progress, owner, co, note]
                )
            else:
                sheet.append(["", "", "", "", "", node, when, progress, "", "", ""])
        last = sheet.max_row
        for column in "ABCDEIJK":
            sheet.merge_cells(f"{column}{first}:{column}{last}")
            sheet[f"{column}{first}"].alignment = Alignment(vertical="center", wrap_text=True)
        total += whole
        year_total += year
    sheet.append(["合计", "", "", total, year_total, "", "", "", "", "", ""])
    sheet.merge_cells(f"A{sheet.max_row}:C{sheet.max_row}")
    sheet.append([])
    sheet.append(["联系人：王敏　　联系电话：0739-8821356　13907395512"])
    sheet.merge_cells(f"A{sheet.max_row}:K{sheet.max_row}")
    for column, width in zip(
        "ABCDEFGHIJK", (6, 24, 34, 12, 14, 10, 18, 28, 12, 18, 20), strict=True
    ):
        sheet.column_dimensions[column].width = width
    book.save(HERE / "02_zhen_zhongdian_xiangmu_jiedian.xlsx")


# ---------------------------------------------------------------- 03 DOCX

SHISHI: list[tuple[str, list[str]]] = [
    (
        "一、老旧小区加装电梯",
        [
            "建设内容：为辖区老旧小区加装电梯12部，惠及居民280户。",
            "项目投资：约360万元。",
            "资金来源：区级财政补助、居民自筹。",
            "责任单位：街道城建办",
            "配合单位：各社区",
            "完成时间：2032年10月底前",
        ],
    ),
    (
        "二、社区老年助餐服务",
        [
            "建设内容：新建社区老年食堂3个，日均为辖区老人提供助餐服务400人次。",
            "资金来源：街道财政、社会力量参与。",
            "责任单位：社事办",
            "配合单位：各社区",
            "完成时间：三季度",
        ],
    ),
    (
        "三、背街小巷整治提升",
        [
            "建设内容：改造提升背街小巷9条，整治面积2.1万平方米，同步完善照明和排水设施。",
            "项目投资：480万元。",
            "责任单位：街道城建办",
            "配合单位：街道城管执法中队",
            "完成时间：上半年完成主体施工，年底前全部完工",
        ],
    ),
    (
        "四、“15分钟便民生活圈”建设",
        [
            "建设内容：打造“15分钟便民生活圈”示范社区2个，引进便民服务网点20家以上。",
            "资金来源：市级商贸流通专项资金。",
            "责任单位：经发办",
            "配合单位：便民服务中心、各社区",
            "完成时间：2032年9月30日",
        ],
    ),
    (
        "五、老旧小区智慧安防",
        [
            "建设内容：新增高清监控探头260个，实现18个老旧小区智慧安防全覆盖。",
            "责任单位：平安办",
            "配合单位：青山派出所",
            "完成时间：2032年11月",
        ],
    ),
    (
        "六、普惠托育服务",
        [
            "建设内容：新建普惠托育点2个，新增托位90个。",
            "责任单位：社事办",
            "配合单位：街道社区卫生服务中心",
            "完成时间：8月底前",
        ],
    ),
    (
        "七、就业技能提升",
        [
            "建设内容：开展职业技能培训1500人次，帮扶就业困难人员实现就业120人以上。",
            "责任单位：街道劳动保障所",
            "完成时间：全年",
        ],
    ),
    (
        "八、小区雨污分流改造",
        [
            "建设内容：完成5个小区雨污分流改造，新建排水管网三点六公里。",
            "项目投资：约650万元。",
            "责任单位：生态办",
            "配合单位：街道城建办",
            "完成时间：汛期前（5月底前）",
        ],
    ),
]


def make_docx() -> None:
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "仿宋"
    style.font.size = Pt(14)
    mark = document.add_paragraph("青山街党工〔2032〕5号")
    mark.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title = document.add_heading("青山街道2032年为民办实事项目安排", level=1)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("各社区、街道各部门：")
    document.add_paragraph(
        "2031年，街道确定的10件为民办实事已全部完成，群众满意率达到96.5%。为持续增进民生福祉，"
        "经2031年12月28日街道居民代表会议票决，确定2032年为民办实事项目8件，现将有关事项通知如下。"
    )
    for heading, bullets in SHISHI:
        document.add_heading(heading, level=2)
        for line in bullets:
            document.add_paragraph(line, style="List Bullet")
    document.add_heading("工作要求", level=2)
    document.add_paragraph(
        "各责任单位要倒排工期、挂图作战，每月25日前向街道党政办报送项目进展情况，街道纪工委全程跟踪监督。"
    )
    document.add_paragraph("监督电话：0571-86712345")
    sign = document.add_paragraph("中共青山街道工作委员会　　青山街道办事处\n2032年1月6日")
    sign.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.save(HERE / "03_jiedao_weimin_shishi_list.docx")


if __name__ == "__main__":
    make_pdf_copy()
    make_xlsx()
    make_docx()
