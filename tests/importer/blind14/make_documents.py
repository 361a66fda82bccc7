# ruff: noqa: E501
"""Generate the four blind14 test documents and check them against EXPECTED.py.

Run with:  .venv/bin/python tests/importer/blind14/make_documents.py

Every document is built from text held in this script. After writing, the script
re-opens each file (openpyxl, python-docx + raw XML for the final view of tracked
changes, pdfplumber) and checks that every ``title_contains`` occurs exactly once
in the document's text and lies on one line.
"""

from __future__ import annotations

import datetime as dt
import sys
import zipfile
from pathlib import Path

import docx
import openpyxl
import pdfplumber
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from fpdf import FPDF
from fpdf.fonts import FontFace
from lxml import etree
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from EXPECTED import ANPAI, EXPECTED, HUIBIAN, KAOHE, PIAOJUE  # noqa: E402

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

# ---------------------------------------------------------------------------
# 1. 综合考核指标分解表 (.xlsx, several sheets)
# ---------------------------------------------------------------------------

KAOHE_HEADER = [
    "序号",
    "考核指标",
    "指标属性",
    "2032年基数",
    "2033年指标值",
    "单位",
    "分值",
    "责任科室",
    "配合科室",
    "完成时限",
    "考核方式",
]

D = dt.datetime

# fmt: off
KAOHE_SHEETS = {
    "经济发展": (
        "经济发展类",
        [
            [1, "规模以上工业总产值增长率", "预期性", 8.6, 9, "%", 8, "经发办", "财政所", D(2033, 12, 31), "以县统计局反馈数据为准"],
            [2, "新引进亿元以上产业项目", "约束性", 3, 4, "个", 10, "经发办", "自然资源所、便民服务中心", "2033年11月30日前", "以签约合同及项目入库资料为准"],
            [3, "完成固定资产投资", "约束性", 6.2, 7.5, "亿元", 8, "经发办", "各村（社区）", D(2033, 12, 31), "以统计联网直报平台数据为准"],
            [4, "新增市场主体", "预期性", 312, 350, "户", 6, "便民服务中心", "经发办", "全年", "以市场监管部门登记数据为准"],
            [5, "村级集体经济年经营性收入超过20万元的村", "约束性", 9, 12, "个", 8, "农业办", "财政所", D(2033, 10, 31), "以农经统计年报为准"],
            [6, "新建高标准农田", "约束性", 2100, 2600, "亩", 5, "农业办", "自然资源所、水利站", "一季度开工，10月底前完工", "以县级验收结果为准"],
        ],
        45,
    ),
    "社会民生": (
        "社会民生类",
        [
            [1, "城乡居民医保参保率", "约束性", 96.2, "≥96.5", "%", 6, "社事办", "各村（社区）", D(2033, 3, 31), "以县医保局反馈为准"],
            [2, "新增城镇就业", "预期性", 265, 280, "人", 5, "社事办", "经发办", D(2033, 12, 31), "以就业信息系统数据为准"],
            [3, "新建村级居家养老服务站", "约束性", 2, 3, "个", 5, "民政办", "财政所", "2033年6月30日前", "现场查看"],
            [4, "矛盾纠纷调处成功率", "约束性", 97.8, 98, "%", 5, "平安办", "司法所", "全年", "以综治信息平台数据为准"],
            [5, "信访积案化解", "约束性", "—", "积案动态清零", "—", 5, "平安办", "党政办、各村（社区）", D(2033, 9, 30), "以县信访局通报为准"],
            [6, "退役军人服务站规范化建设", "约束性", "—", "达到省级示范站标准", "—", 4, "退役军人服务站", "", "2033年11月底前", "以市级验收结果为准"],
        ],
        30,
    ),
    "生态安全": (
        "生态安全类",
        [
            [1, "农村生活垃圾分类覆盖率", "约束性", 85, 95, "%", 6, "环保办", "各村（社区）", D(2033, 12, 31), "暗访抽查"],
            [2, "新增造林面积", "预期性", 560, 600, "亩", 4, "林业站", "自然资源所", D(2033, 4, 30), "以县林业局核查面积为准"],
            [3, "病险山塘除险加固", "约束性", 3, 4, "座", 5, "水利站", "应急办", "2033年5月31日（汛期前）", "以县水利局验收为准"],
            [4, "较大及以上生产安全事故", "约束性", 0, 0, "起", 6, "应急办", "各村（社区）", D(2033, 12, 31), "发生即扣除该项全部分值"],
            [5, "秸秆综合利用率", "约束性", 91, 93, "%", 4, "环保办", "农业办", D(2033, 12, 31), "以县农业农村局测算为准"],
        ],
        25,
    ),
}
# fmt: on

KAOHE_NOTES = [
    "填报说明",
    "1. 本表“2033年指标值”为年度考核目标值，“2032年基数”为上年实际完成数，仅作参考。",
    "2. 分值合计100分，另设加分项：获得省级及以上表彰的，每项加1分，最高加3分。",
    "3. 完成时限未注明具体日期的，按2033年12月31日前掌握。",
    "4. 责任科室为第一责任单位，配合科室按职责协同推进，考核结果与年度绩效奖挂钩。",
    "5. 各科室每季度末月20日前向考核办报送指标完成情况。",
    "联系人：陈晓燕　　联系电话：0736-6821473",
]

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def make_kaohe(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append(["石埠镇2033年度综合考核指标汇总表"])
    ws.merge_cells("A1:D1")
    ws["A1"].font = Font(name="宋体", size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["类别", "指标数（项）", "分值", "备注"])
    total_n = 0
    for name, (label, rows, score) in KAOHE_SHEETS.items():
        ws.append([label, len(rows), score, f"详见“{name}”工作表"])
        total_n += len(rows)
    ws.append(["合计", total_n, 100, ""])
    ws.append(["加分项", "", 3, "获得省级及以上表彰的，每项加1分"])
    for row in ws.iter_rows(min_row=2, max_row=ws.max_row):
        for c in row:
            c.border = BOX
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["D"].width = 34

    widths = [6, 34, 9, 11, 13, 7, 6, 14, 24, 22, 28]
    for name, (label, rows, score) in KAOHE_SHEETS.items():
        ws = wb.create_sheet(name)
        ws.append([f"石埠镇2033年度综合考核指标分解表（{label}）"])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(KAOHE_HEADER))
        ws["A1"].font = Font(name="宋体", size=14, bold=True)
        ws["A1"].alignment = Alignment(horizontal="center")
        ws.append(
            [
                "填报单位：石埠镇党政办（考核办）",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "填报日期：2033年1月16日",
            ]
        )
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=4)
        ws.append(KAOHE_HEADER)
        for c in ws[3]:
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="D9D9D9")
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for r in rows:
            ws.append(r)
            cell = ws.cell(row=ws.max_row, column=10)
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "yyyy年m月d日"
        ws.append(["小计", "", "", "", "", "", score, "", "", "", ""])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
        for row in ws.iter_rows(min_row=3, max_row=ws.max_row):
            for c in row:
                c.border = BOX
                if c.column != 1 or c.row == 3:
                    c.alignment = Alignment(vertical="center", wrap_text=True)
        ws.append([])
        ws.append(["审核人：刘建国　　　填表人：陈晓燕　　　联系电话：0736-6821473"])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
        ws.freeze_panes = "A4"

    wb.properties.creator = "石埠镇考核办"
    wb.properties.created = dt.datetime(2033, 1, 16, 9, 30)
    ws = wb.create_sheet("填报说明")
    for line in KAOHE_NOTES:
        ws.append([line])
    ws.column_dimensions["A"].width = 90
    wb.save(path)


def kaohe_text(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path)
    lines = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            lines.extend(str(v) for v in row if v is not None)
    return lines


# ---------------------------------------------------------------------------
# 2. 人大票决结果公告 (.pdf, table over two pages, header row repeated)
# ---------------------------------------------------------------------------

PIAOJUE_TITLE = "关于青禾乡2033年民生实事项目票决结果的公告"
PIAOJUE_INTRO = [
    "（2033年1月12日青禾乡第九届人民代表大会第三次会议通过）",
    "　　青禾乡第九届人民代表大会第三次会议应到代表56名，实到代表52名，符合法定人数。会议根据《青禾乡民生实事项目人大代表票决制实施办法》，对乡人民政府提出的12个民生实事候选项目进行了无记名投票表决。按照得票数超过全体代表半数方为当选的规定，确定以下10个项目为青禾乡2033年民生实事项目。现将票决结果公告如下：",
]
# fmt: off
PIAOJUE_HEAD = ["序号", "项目名称", "主要建设内容及目标", "估算投资（万元）", "牵头单位", "配合单位", "完成时限", "得票数", "票决结果"]
PIAOJUE_ROWS = [
    ["1", "农村饮水提质改造工程", "改造供水管网18公里，新建蓄水池2座，惠及群众1260人", "260", "水利站", "财政所、\n相关村", "2033年6月30日前", "51", "当选"],
    ["2", "农村公路安全生命防护工程", "安装波形护栏12公里、警示标志60块，消除急弯陡坡、临水临崖路段安全隐患", "180", "交通办", "应急办", "2033年9月30日前", "49", "当选"],
    ["3", "乡卫生院发热门诊改造", "改造发热门诊及配套用房260平方米，购置负压救护车1辆", "95", "乡卫生院", "社事办", "2033年12月31日前", "22", "未当选"],
    ["4", "居家养老服务中心建设", "新建乡居家养老服务中心1处，设置床位30张，为80周岁以上老人提供助餐服务", "150", "民政办", "乡卫生院", "2033年10月31日前", "50", "当选"],
    ["5", "中小学校园安防提升", "为全乡6所中小学安装一键报警和视频监控系统，配备专职保安12名", "45", "中心学校", "派出所", "2033年8月31日前\n（秋季开学前）", "52", "当选"],
    ["6", "集镇污水管网延伸工程", "新建污水管网4.5公里，新增污水处理能力300吨/日", "420", "环保办", "自然资源所、\n水利站", "2033年12月31日前", "47", "当选"],
    ["7", "农贸市场提升改造", "改造集镇农贸市场摊位86个，新建水冲式公厕1座", "130", "经发办", "市场监管所", "2033年12月31日前", "24", "未当选"],
    ["8", "农村路灯亮化工程", "安装太阳能路灯480盏，覆盖全乡行政村主干道", "96", "村镇建设办", "各村委会", "2033年上半年", "50", "当选"],
    ["9", "农村妇女“两癌”免费筛查", "免费开展“两癌”筛查1500人次，对象为35-64周岁农村妇女", "30", "社事办", "乡卫生院、\n乡妇联", "2033年11月30日前", "48", "当选"],
    ["10", "乡村公益性岗位扩容", "开发乡村公益性岗位120个，优先安置脱贫户和监测户劳动力", "86", "社事办", "财政所", "2033年一季度", "46", "当选"],
    ["11", "村级文体广场建设", "新建村级文体广场5个，配套健身器材40套", "110", "文化站", "相关村", "2033年9月30日前", "45", "当选"],
    ["12", "防汛应急物资储备点建设", "建设乡级防汛物资储备库1个、村级储备点14个，储备冲锋舟2艘", "65", "应急办", "水利站", "汛期前", "44", "当选"],
]
# fmt: on

PIAOJUE_TOTAL = ["", "合计（当选项目）", "", "1442", "", "", "", "", ""]
PIAOJUE_NOTES = [
    "注：1.得票数为赞成票数，全体代表56名，得票29票以上为当选。",
    "　　2.项目实施过程中确需调整的，由乡人民政府提请乡人大主席团审议决定。",
    "　　3.未当选项目不列入2033年民生实事项目。",
    "　　4.项目实施情况接受人大代表和群众监督，监督电话：0736-5230118。",
]
PIAOJUE_SIGN = ["青禾乡第九届人民代表大会主席团", "2033年1月12日"]


class PiaojuePDF(FPDF):
    def header(self) -> None:
        self.set_font("wqy", size=9)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, "青禾乡人大主席团公告〔2033〕第1号", align="R")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("wqy", size=9)
        self.cell(0, 6, f"第 {self.page_no()} 页  共 {{nb}} 页", align="C")


def make_piaojue(path: Path) -> None:
    pdf = PiaojuePDF(orientation="P", format="A4")
    pdf.set_creation_date(dt.datetime(2033, 1, 12, 16, 0, tzinfo=dt.UTC))
    pdf.set_title(PIAOJUE_TITLE)
    pdf.set_author("青禾乡人大主席团")
    pdf.set_margins(12, 12, 12)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_font("wqy", fname=FONT)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("wqy", size=17)
    pdf.cell(0, 10, PIAOJUE_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("wqy", size=11)
    pdf.cell(0, 7, PIAOJUE_INTRO[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6.5, PIAOJUE_INTRO[1], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("wqy", size=9)
    head_style = FontFace(fill_color=(217, 217, 217))
    with pdf.table(
        col_widths=(7, 22, 48, 13, 20, 22, 30, 10, 11),
        padding=1.5,
        line_height=5.5,
        headings_style=head_style,
        repeat_headings=1,
        text_align="CENTER",
        v_align="MIDDLE",
    ) as table:
        for rowdata in [PIAOJUE_HEAD, *PIAOJUE_ROWS, PIAOJUE_TOTAL]:
            row = table.row()
            for i, text in enumerate(rowdata):
                row.cell(text, align="LEFT" if i == 2 else "CENTER")
    pdf.ln(4)
    pdf.set_font("wqy", size=10.5)
    for line in PIAOJUE_NOTES:
        pdf.cell(0, 6.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for line in PIAOJUE_SIGN:
        pdf.cell(0, 7, line, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def pdf_pages(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


# ---------------------------------------------------------------------------
# 3. 重点工作安排（修订稿） (.docx, automatic 1.1.1 numbering, tracked changes)
# ---------------------------------------------------------------------------

# Each entry: (level, parts, paragraph_change). Level 0/1/2 use the automatic
# multilevel list (1 / 1.1 / 1.1.1); None is an unnumbered body paragraph.
# parts: list of (kind, text) with kind "" (plain), "ins" or "del".
# paragraph_change: "" / "ins" / "del" for the paragraph mark itself.
# fmt: off
ANPAI_BODY = [
    (None, [("", "2032年，全镇实现地区生产总值38.6亿元、增长6.9%，新建高标准农田2400亩，改造老旧小区4个，各项工作取得新成效。2033年是全面落实“十五五”规划的关键之年，为确保全年目标任务落地见效，经镇党委会议研究，现将2033年重点工作安排如下。")], ""),
    (0, [("", "产业发展")], ""),
    (1, [("", "工业经济")], ""),
    (2, [("", "加快工业园区二期建设，新建标准厂房3.2万平方米，"), ("del", "6月底前"), ("ins", "9月底前"), ("", "完成主体工程并交付使用。（牵头单位：经发办；配合单位：自然资源所、便民服务中心）")], ""),
    (2, [("", "全年新引进亿元以上工业项目"), ("del", "2"), ("ins", "3"), ("", "个，完成工业投资4.5亿元。（牵头单位：经发办）")], ""),
    (2, [("del", "推动规上企业实施技术改造，全年完成技改项目6个，6月底前完成项目备案。（牵头单位：经发办；配合单位：财政所）")], "del"),
    (1, [("", "现代农业")], ""),
    (2, [("", "新建高标准农田3000亩，同步配套高效节水灌溉800亩，10月底前通过县级验收。（牵头单位：农业办；配合单位：水利站、财政所）")], ""),
    (2, [("", "扩种油茶1500亩，低改老油茶林2000亩，4月底前全面完成。（责任单位：林业站）")], ""),
    (2, [("", "培育市级以上农民专业合作社示范社2家、示范家庭农场8家。（牵头单位：农业办；配合单位：经发办）")], ""),
    (0, [("", "城乡建设")], ""),
    (1, [("", "基础设施")], ""),
    (2, [("", "实施集镇老街提升改造，完成沿街立面整治1.6公里、强弱电管线下地2.3公里，国庆节前完工。（牵头单位：村建办；配合单位：自然资源所）")], ""),
    (2, [("ins", "新改建通组公路8.5公里、改造危桥2座，11月底前完工。（牵头单位：交通办；配合单位：财政所）")], "ins"),
    (1, [("", "生态环境")], ""),
    (2, [("", "深化河长制，完成柘溪干流12公里岸线整治，出境断面水质稳定达到Ⅲ类标准。（牵头单位：环保办；配合单位：水利站）")], ""),
    (2, [("", "完成3个村生活污水治理设施建设，农村生活污水治理行政村覆盖率达到75%以上，上半年完工。【责任领导：周德明；牵头单位：环保办；配合单位：农业办、各村】")], ""),
    (0, [("", "民生保障")], ""),
    (1, [("", "社会保障和就业")], ""),
    (2, [("", "3月底前完成城乡居民基本养老保险集中征缴，参保率稳定在98%以上。（牵头单位：社事办；配合单位：财政所、各村（社区））")], ""),
    (2, [("", "全年新增城镇就业200人，开展职业技能培训4期、培训300人次。（责任单位：社事办）")], ""),
    (1, [("", "平安建设和安全生产")], ""),
    (2, [("", "推进矛盾纠纷多元化解，矛盾纠纷调处成功率达到98%以上。（牵头单位：平安办；配合单位："), ("ins", "司法所、"), ("", "派出所）")], ""),
    (2, [("", "完成全镇自建房安全隐患排查整治，排查房屋不少于2600栋，8月底前全面完成。（牵头单位：应急办；配合单位：村建办、各村）")], ""),
    (0, [("", "党的建设")], ""),
    (1, [("", "基层党建")], ""),
    (2, [("", "6月底前完成村（社区）“两委”干部履职能力轮训，实现轮训全覆盖。（责任单位：党政办）")], ""),
    (2, [("", "推进清廉村居建设，年底前实现村务监督委员会规范化运行。（牵头单位：纪委办；配合单位：党政办）")], ""),
    (None, [("", "各牵头单位要细化工作措施，于每季度最后一个月25日前将推进情况报送镇党政办。联系人：王丽，电话：0736-7012388。")], ""),
    (None, [("", "附件：柘溪镇2033年重点工作责任领导分工表（略）")], ""),
]
# fmt: on

ABSTRACT_NUM = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr>'
    '<w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>'
    '<w:rPr><w:rFonts w:eastAsia="楷体"/><w:b/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl>'
    "</w:abstractNum>"
)
NUM = f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'

_change_id = [100]


def _change(kind: str) -> OxmlElement:
    el = OxmlElement(f"w:{kind}")
    _change_id[0] += 1
    el.set(qn("w:id"), str(_change_id[0]))
    el.set(qn("w:author"), "镇党政办 王丽")
    el.set(qn("w:date"), "2033-02-10T09:12:00Z")
    return el


def _run(text: str, deleted: bool = False) -> OxmlElement:
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    fonts = OxmlElement("w:rFonts")
    fonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    rpr.append(fonts)
    r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def make_anpai(path: Path) -> None:
    doc = docx.Document()
    doc.core_properties.author = "镇党政办 王丽"
    doc.core_properties.created = dt.datetime(2033, 2, 9, 15, 20)
    doc.core_properties.modified = dt.datetime(2033, 2, 10, 9, 12)
    style = doc.styles["Normal"]
    style.font.size = Pt(16)
    style.font.name = "仿宋_GB2312"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    # 修订模式 is on, as in the file the office circulated for review.
    settings = doc.settings.element
    settings.find(qn("w:proofState")).addnext(OxmlElement("w:trackRevisions"))

    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(ABSTRACT_NUM))
    numbering.append(parse_xml(NUM))

    section = doc.sections[0]
    section.header.paragraphs[
        0
    ].text = "柘溪镇人民政府　　　　　　　　　　　　　　　修订稿　内部资料　注意保存"
    section.footer.paragraphs[0].text = "— 柘溪镇党政办公室印制 —"
    section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("柘溪镇2033年重点工作安排")
    run.font.size = Pt(22)
    run.bold = True
    p = doc.add_paragraph("（2033年2月10日镇党委会议审议　修订稿）")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for level, parts, para_change in ANPAI_BODY:
        p = doc.add_paragraph()
        ppr = p._p.get_or_add_pPr()
        if level is not None:
            numpr = OxmlElement("w:numPr")
            ilvl = OxmlElement("w:ilvl")
            ilvl.set(qn("w:val"), str(level))
            numid = OxmlElement("w:numId")
            numid.set(qn("w:val"), "90")
            numpr.append(ilvl)
            numpr.append(numid)
            ppr.append(numpr)
        else:
            ind = OxmlElement("w:ind")
            ind.set(qn("w:firstLineChars"), "200")
            ppr.append(ind)
        if para_change:
            rpr = OxmlElement("w:rPr")
            rpr.append(_change(para_change))
            ppr.append(rpr)
        for kind, text in parts:
            if kind == "":
                p._p.append(_run(text))
            else:
                wrapper = _change(kind)
                wrapper.append(_run(text, deleted=kind == "del"))
                p._p.append(wrapper)
        if level in (0, 1):
            for r in p._p.iter(qn("w:r")):
                b = OxmlElement("w:b")
                r.find(qn("w:rPr")).append(b)

    doc.add_paragraph()
    for line in ("中共柘溪镇委员会　　　　柘溪镇人民政府", "2033年2月10日"):
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(path)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_final_view(path: Path) -> list[str]:
    """Paragraph texts as Word shows them with all tracked changes accepted."""
    docx.Document(path)  # must open with python-docx
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(f"{W}p"):
        text = "".join(
            t.text or ""
            for t in p.iter(f"{W}t")
            if not any(a.tag == f"{W}del" for a in t.iterancestors())
        )
        mark_deleted = p.find(f"{W}pPr/{W}rPr/{W}del") is not None
        if mark_deleted and not text:
            continue
        out.append(text)
    return out


# ---------------------------------------------------------------------------
# 4. 各办站所工作计划汇编 (.txt, UTF-8)
# ---------------------------------------------------------------------------

HUIBIAN_TEXT = """\
中共桐坪镇委员会办公室
桐坪镇人民政府办公室
关于印发《桐坪镇各办站所2033年重点工作计划汇编》的通知

桐办发〔2033〕4号

各村（社区），镇直各单位：
　　现将《桐坪镇各办站所2033年重点工作计划汇编》印发给你们，请结合实际认真贯彻落实。各单位于每月28日前将工作推进情况报镇党政办，党政办每季度汇总通报一次。

中共桐坪镇委员会办公室　　桐坪镇人民政府办公室
2033年2月8日

桐坪镇各办站所2033年重点工作计划汇编

目　录
一、经济发展办公室2033年重点工作计划……………………1
二、农业农村办公室2033年重点工作计划……………………3
三、社会事务办公室2033年重点工作计划……………………5
四、应急管理办公室2033年重点工作计划……………………7
五、水利站2033年重点工作计划………………………………9

一、经济发展办公室2033年重点工作计划

（一）2032年工作完成情况
　　2032年，我办共引进亿元以上项目4个，完成固定资产投资5.3亿元，规模以上工业产值增长9.2%，新增“个转企”10户，各项指标均超额完成县定任务。

（二）2033年重点工作
　　1.招商引资。聚焦新材料、农产品精深加工两条产业链开展精准招商，全年引进亿元以上项目5个，其中工业项目不少于3个，实际到位资金6亿元以上。
　　2.园区建设。推进桐坪产业园道路及管网配套工程，6月底前完成园区主干道1.8公里建设，自然资源所配合做好用地报批。
　　3.市场主体培育。新增“个转企”12户、“小升规”企业3家，三季度末前全部完成。

（三）保障措施
　　实行项目“一月一调度、一季一通报”制度，落实镇领导联系重点企业机制，确保各项任务按时完成。

二、农业农村办公室2033年重点工作计划

（一）2032年工作完成情况
　　2032年，全镇粮食播种面积稳定在4.2万亩，总产量1.85万吨；新建高标准农田2000亩，创建市级精品村1个，完成农村户厕改造310户。

（二）2033年重点工作
　　1.粮食生产。严格落实粮食安全党政同责，全年粮食播种面积稳定在4.3万亩以上，总产量达到1.9万吨。
　　2.和美乡村建设。建成省级和美乡村示范村1个、市级精品村2个，10月底前通过验收。
　　3.农村改厕。完成农村户厕问题整改260户，上半年全部销号。

（三）保障措施
　　实行班子成员包片、驻村干部包村责任制，农业农村工作经费纳入镇财政预算予以保障。

三、社会事务办公室2033年重点工作计划

（一）2032年工作完成情况
　　2032年，全镇城乡居民医保参保率94.6%，新增城镇就业236人，发放各类救助资金386万元，敬老院入住率达到82%。

（二）2033年重点工作
　　1.社会保障。3月底前完成集中征缴，城乡居民医保参保率达到95%以上。
　　2.养老服务。改造提升镇敬老院1所，新增护理型床位40张，9月30日前投入使用。
　　3.社会救助。持续做好低保、特困人员动态管理，做到应保尽保、应退尽退。

（三）保障措施
　　加强与县人社、医保、民政等部门的沟通衔接，每月通报各村参保进度。

四、应急管理办公室2033年重点工作计划

（一）2032年工作完成情况
　　2032年，全镇未发生较大及以上安全生产事故，共排查企业隐患318处，整改率100%，组织应急演练11场。

（二）2033年重点工作
　　1.安全生产。以“安全生产月”活动为抓手，6月底前完成辖区120家企业安全隐患全覆盖排查。
　　2.防汛防灾。汛期前组织防汛应急演练14场，修订完善村级防汛预案，水利站配合做好水库山塘巡查。
　　3.森林防火。森林防火工作由林业站牵头、应急办配合，全年确保不发生重大森林火灾。

（三）保障措施
　　严格落实24小时值班和领导带班制度，值班电话：0736-5518110。

五、水利站2033年重点工作计划

（一）2032年工作完成情况
　　2032年，完成小型水库除险加固1座、山塘整治5口，新改建农村供水管网18公里，农村自来水普及率达到93.5%。

（二）2033年重点工作
　　1.水利设施建设。完成小型水库除险加固2座、山塘整治6口，汛期前完工。
　　2.农村供水保障。新改建农村供水管网22公里，农村自来水普及率提高到96%。（配合单位：财政所）

（三）保障措施
　　积极争取上级水利专项资金，严格执行项目法人制、招投标制和工程监理制。

抄送：县委办，县政府办。
桐坪镇党政办公室　　　　　　　　　　　　2033年2月8日印发
（共印50份）
"""


def make_huibian(path: Path) -> None:
    path.write_text(HUIBIAN_TEXT, encoding="utf-8")


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------


def check(name: str, lines: list[str], lo: int, hi: int) -> None:
    pledges = EXPECTED[name]["pledges"]
    assert EXPECTED[name]["year"] == 2033
    assert lo <= len(pledges) <= hi, (name, len(pledges))
    full = "\n".join(lines)
    for p in pledges:
        key = p["title_contains"]
        assert full.count(key) == 1, (name, key, full.count(key))
        assert any(key in line for line in lines), (name, key, "crosses a line")
        assert p["deadline"].startswith("2033-"), (name, key)
        for t in p["targets"]:
            assert set(t) == {"metric", "value", "unit"}, (name, key)
    print(f"{name}: {len(pledges)} pledges ok")


def main() -> None:
    kaohe = HERE / KAOHE
    piaojue = HERE / PIAOJUE
    anpai = HERE / ANPAI
    huibian = HERE / HUIBIAN
    make_kaohe(kaohe)
    make_piaojue(piaojue)
    make_anpai(anpai)
    make_huibian(huibian)

    check(KAOHE, kaohe_text(kaohe), 15, 18)

    pages = pdf_pages(piaojue)
    assert len(pages) >= 2, "the table must span two pages"
    assert "主要建设内容及目标" in pages[1], "header row not repeated on page 2"
    assert "冲锋" in pages[1], "the last rows must be on page 2"
    pdf_lines = [line for page in pages for line in page.splitlines()]
    check(PIAOJUE, pdf_lines, 10, 10)

    final = docx_final_view(anpai)
    assert not any("推动规上企业实施技术改造" in line for line in final)
    assert any("9月底前完成主体工程" in line for line in final)
    check(ANPAI, final, 14, 16)

    check(HUIBIAN, HUIBIAN_TEXT.splitlines(), 13, 15)
    total = sum(len(v["pledges"]) for v in EXPECTED.values())
    assert 40 <= total <= 60, total
    print(f"total: {total} pledges")


if __name__ == "__main__":
    main()
