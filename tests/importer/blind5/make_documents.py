"""Build the binary (and byte-exact) documents of the fifth blind set.

Run from the repository root: ``.venv/bin/python tests/importer/blind5/make_documents.py``.
Writes 02 (DOCX with Word list numbering), 03 (CSV exported by an office system: BOM,
CRLF, quoted cells with commas and line breaks), 04 (XLSX with a 说明 sheet and a 任务表
sheet ending in a 合计 row) and 05 (PDF with a two-column table per task).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from docx import Document
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def make_docx() -> None:
    doc = Document()
    doc.add_heading("东湖街道2027年上半年工作总结和下半年工作计划", level=0)
    doc.add_paragraph(
        "2027年以来，东湖街道在区委、区政府的坚强领导下，紧扣全年目标任务，"
        "各项工作稳步推进。现将上半年工作总结和下半年工作计划报告如下："
    )
    doc.add_heading("一、上半年工作完成情况", level=1)
    for text in (
        "经济运行稳中有进。完成固定资产投资3.2亿元，同比增长12%，新增市场主体146家。",
        "城市管理持续提升。完成背街小巷改造9条，新增绿地1.5万平方米。",
        "民生保障更加有力。新增城镇就业620人，发放各类救助资金186万元。",
    ):
        doc.add_paragraph(text, style="List Number")
    doc.add_heading("二、存在的问题", level=1)
    for text in (
        "项目招引后劲不足，上半年仅签约项目2个，完成全年任务的40%。",
        "老旧小区改造进度偏慢，3个小区因居民意见不统一尚未开工。",
    ):
        doc.add_paragraph(text, style="List Bullet")
    doc.add_heading("三、下半年工作计划", level=1)
    doc.add_heading("（一）抓项目，促发展", level=2)
    for text in (
        "全力推进东湖智造园标准厂房建设，9月底前建成标准厂房4万平方米。"
        "（牵头：经发办；配合：财政所）",
        "新引进规模以上工业企业5家，其中第三季度完成2家签约，年底前全部落地。",
    ):
        doc.add_paragraph(text, style="List Number")
    doc.add_heading("（二）抓治理，优环境", level=2)
    for text in (
        "完成老旧小区改造6个、惠及居民1280户，11月底前全部完工。"
        "（牵头：街道城建办；配合：各社区居委会）",
        "新建智能充电桩120个，新增公共停车泊位300个。",
        "持续开展“门前三包”专项整治，长期坚持。（责任单位：街道城管执法中队）",
    ):
        doc.add_paragraph(text, style="List Number")
    doc.add_heading("（三）抓民生，保稳定", level=2)
    for text in (
        "举办专场招聘会8场，帮助失业人员再就业800名。（牵头：社会事务办）",
        "为辖区60岁以上老人免费健康体检3000人次，12月15日前完成。"
        "（责任单位：街道社区卫生服务中心）",
        "新建社区嵌入式托育点2个，10月底前投入使用。",
    ):
        doc.add_paragraph(text, style="List Number")
    doc.add_heading("四、保障措施", level=1)
    for text in (
        "强化调度。每月召开1次工作调度会，每季度通报一次进度。",
        "严格考核。下半年工作完成情况占年度综合考核分值的30%。",
    ):
        doc.add_paragraph(text, style="List Number")
    doc.add_paragraph("")
    doc.add_paragraph("东湖街道办事处")
    doc.add_paragraph("2027年7月10日")
    doc.save(str(HERE / "02_jiedao_zongjie_jihua.docx"))


CSV_ROWS = [
    ["督查督办通知单（2027年度第2批）导出", "", "", "", "", "", "", ""],
    [
        "No.",
        "任务事项 Task",
        "责任单位（牵头）",
        "协办单位 Co-units",
        "完成时间 Deadline",
        "进度要求",
        "Status",
        "Remark",
    ],
    [
        "1",
        "完成植树造林1200亩，森林覆盖率由41.5%提高到42%",
        "林业站",
        "自然资源所",
        "2027/4/30",
        "3月底前完成苗木采购",
        "进行中",
        "督办单号：DB-2027-0031",
    ],
    [
        "2",
        "实施小型水库除险加固3座，整治山塘15口",
        "水利站",
        "财政所,各村委会",
        "2027-05-31",
        "汛期前完成",
        "未开始",
        "",
    ],
    [
        "3",
        "新建村级综合文化服务中心4个，全年开展送戏下乡演出40场",
        "综合文化站",
        "",
        "2027年12月31日",
        "每季度报送进度",
        "进行中",
        "",
    ],
    [
        "4",
        "为退役军人和其他优抚对象办理优待证，发放率达到98%以上",
        "退役军人站",
        "各村（社区）",
        "上半年",
        "",
        "进行中",
        "联系人：周强 13807361234",
    ],
    [
        "5",
        "深化“一网通办”改革，政务服务事项网上可办率达到95%",
        "政务服务中心",
        "党政办",
        "2027年6月30日前",
        "",
        "进行中",
        "依据：镇党委〔2027〕5号",
    ],
    [
        "6",
        "建设分布式光伏发电项目，新增装机容量800千瓦",
        "县发展和改革局",
        "经济发展办公室\n供电所",
        "第三季度",
        "分阶段：6月底前完成项目备案；\n9月底前全部并网发电",
        "未开始",
        "",
    ],
    [
        "7",
        "落实森林防火网格化管理，配备专职护林员36名",
        "应急办",
        "林业站",
        "长期坚持",
        "",
        "常态化",
        "按每5000亩配备1名护林员的标准",
    ],
    ["导出时间：2027-03-02 09:15:33", "", "", "", "", "", "", "共7条记录"],
]


def make_csv() -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerows(CSV_ROWS)
    (HERE / "03_duban_tongzhidan.csv").write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode())


def make_xlsx() -> None:
    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "说明"
    for line in (
        "填表说明",
        "1. 本表为白沙镇2027年镇级重点民生项目任务表，共7项。",
        "2. 年度计划投资单位为万元。",
        "3. 完成时限以镇政府白政发〔2027〕7号文件为准。",
        "4. 如有疑问请联系镇党政办，电话：0736-5829988。",
    ):
        notes.append([line])
    notes.column_dimensions["A"].width = 70

    sheet = book.create_sheet("任务表")
    sheet.append(["白沙镇2027年重点民生项目任务表"])
    sheet.merge_cells("A1:H1")
    sheet["A1"].font = Font(bold=True, size=16)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(
        [
            "序号",
            "项目名称",
            "建设内容及规模",
            "年度计划投资（万元）",
            "牵头单位",
            "配合单位",
            "完成时限",
            "备注",
        ]
    )
    rows: list[list[object]] = [
        [
            1,
            "镇区污水管网延伸工程",
            "新建污水管网5.2公里，接户200户",
            680,
            "生态环境办公室",
            "水利站、各村委会",
            "2027年9月底",
            "",
        ],
        [
            2,
            "中心小学扩建工程",
            "新建教学楼1栋，新增学位360个",
            1200,
            "县教育局",
            "自然资源所",
            "2027年8月20日前",
            "按每班45人标准设置",
        ],
        [
            3,
            "农贸市场提质改造",
            "改造市场1.2万平方米，新增摊位80个",
            450,
            "经济发展办",
            "市场监管所",
            "上半年",
            "",
        ],
        [
            4,
            "乡村公路“白改黑”工程",
            "改造通村公路12公里",
            960,
            "县交通运输局",
            "镇规划建设办",
            "分两阶段：6月底前完成6公里，11月底前全部完工",
            "县交发〔2027〕12号",
        ],
        [
            5,
            "应急避难场所建设",
            "建设应急避难场所2座，可容纳3000人",
            300,
            "应急管理办公室",
            "平安办",
            "年底前",
            "",
        ],
        [
            6,
            "农村饮水安全巩固提升",
            "更新供水管道8公里，受益群众4500人",
            520,
            "水利站",
            "财政所",
            "10月31日前",
            "",
        ],
        [
            7,
            "智慧平安乡村建设",
            "新增高清监控探头150个，行政村覆盖率达到100%",
            180,
            "综治中心",
            "各村委会",
            "第三季度",
            "2026年已建成探头320个",
        ],
    ]
    for row in rows:
        sheet.append(row)
    sheet.append(["合计", "", "7个项目", 4290, "", "", "", ""])
    sheet.append([])
    sheet.append(["填表人：刘芳", "", "审核人：陈强", "", "联系电话：13907368899"])
    for column, width in zip("ABCDEFGH", (6, 22, 36, 12, 16, 18, 24, 22), strict=True):
        sheet.column_dimensions[column].width = width
    for line in sheet.iter_rows(min_row=3):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    book.save(str(HERE / "04_zhongdian_xiangmu_renwubiao.xlsx"))


TASKS = [
    (
        "任务一",
        [
            ("工作任务", "茶叶产业提质扩面"),
            ("目标要求", "新建标准化茶园1500亩，改造低产茶园800亩，培育茶叶加工企业2家"),
            ("牵头单位", "农业办"),
            ("配合单位", "林业站、各村委会"),
            ("完成时限", "2027年10月底前"),
        ],
    ),
    (
        "任务二",
        [
            ("工作任务", "乡村旅游融合发展"),
            ("目标要求", "建成民宿集群1个，新增床位120张，全年接待游客突破15万人次"),
            ("牵头单位", "经济发展办公室"),
            ("配合单位", "文化站"),
            ("完成时限", "年底前"),
        ],
    ),
    (
        "任务三",
        [
            ("工作任务", "城乡建设用地增减挂钩"),
            ("目标要求", "完成增减挂钩项目复垦200亩，通过县级验收"),
            ("牵头单位", "自然资源所"),
            ("配合单位", "财政所"),
            ("完成时限", "三季度末"),
        ],
    ),
    (
        "任务四",
        [
            ("工作任务", "防汛减灾能力建设"),
            ("目标要求", "建成村级防汛物资储备点9个，组织防汛应急演练4场"),
            ("牵头单位", "应急管理办"),
            ("配合单位", "水利站"),
            ("完成时限", "5月31日前"),
        ],
    ),
    (
        "任务五",
        [
            ("工作任务", "乡中心幼儿园改扩建"),
            (
                "目标要求",
                "新增学位150个，公办园在园幼儿占比由52%提高到60%",
            ),
            ("牵头单位", "杨林乡中心学校"),
            ("配合单位", "财政所"),
            ("完成时限", "2027年8月31日前"),
        ],
    ),
    (
        "任务六",
        [
            ("工作任务", "特困人员兜底保障"),
            ("目标要求", "落实特困人员救助供养，集中供养率达到45%，实行动态管理"),
            ("牵头单位", "社事办"),
            ("配合单位", "各村委会"),
            ("完成时限", "长期坚持"),
        ],
    ),
    (
        "任务七",
        [
            ("工作任务", "农村电商服务体系建设"),
            ("目标要求", "建设村级电商服务站10个，农产品网络销售额达到3000万元"),
            ("牵头单位", "经发办"),
            ("配合单位", "便民服务中心、杨林邮政所"),
            ("完成时限", "分阶段：6月底前建成5个，12月底前全部建成"),
        ],
    ),
]


class _Pdf(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("wqy", size=9)
        self.cell(0, 10, f"第 {self.page_no()} 页 共 {{nb}} 页", align="C")


def _line(pdf: FPDF, width: float, height: float, text: str, align: str = "J") -> None:
    pdf.multi_cell(width, height, text, align=align, new_x="LMARGIN", new_y="NEXT")


def make_pdf() -> None:
    pdf = _Pdf(format="A4")
    pdf.add_font("wqy", fname=FONT)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    pdf.set_font("wqy", size=16)
    _line(pdf, 0, 10, "杨林乡2027年重点工作责任分工方案", align="C")
    pdf.set_font("wqy", size=11)
    _line(pdf, 0, 7, "杨政发〔2027〕2号", align="C")
    pdf.ln(3)
    _line(
        pdf,
        0,
        7,
        "为确保2027年各项目标任务落到实处，经乡党委、乡政府研究，现将重点工作责任分工如下。"
        "2026年，全乡新建茶园1200亩，接待游客11万人次，为今年工作打下了良好基础。",
    )
    pdf.ln(2)
    pdf.set_font("wqy", size=13)
    _line(pdf, 0, 9, "一、重点工作任务分工")
    for name, rows in TASKS:
        pdf.set_font("wqy", size=12)
        _line(pdf, 0, 8, name)
        pdf.set_font("wqy", size=10.5)
        with pdf.table(
            col_widths=(30, 140), text_align="LEFT", first_row_as_headings=False
        ) as table:
            for label, value in rows:
                row = table.row()
                row.cell(label)
                row.cell(value)
        pdf.ln(3)
    pdf.set_font("wqy", size=13)
    _line(pdf, 0, 9, "二、工作要求")
    pdf.set_font("wqy", size=11)
    _line(
        pdf,
        0,
        7,
        "（一）压实责任。各牵头单位主要负责人为第一责任人，每月5日前报送上月工作进展。"
        "（二）强化督查。乡纪委对重点工作开展专项督查，对连续2次排名后3位的单位进行约谈。"
        "（三）严格考核。重点工作完成情况占年度绩效考核分值的40%。",
    )
    pdf.ln(6)
    _line(pdf, 0, 7, "杨林乡人民政府", align="R")
    _line(pdf, 0, 7, "2027年1月20日", align="R")
    _line(pdf, 0, 7, "（联系人：黄蓉，电话：0743-4526688）", align="R")
    pdf.output(str(HERE / "05_zerenfengong_fangan.pdf"))


if __name__ == "__main__":
    make_docx()
    make_csv()
    make_xlsx()
    make_pdf()
