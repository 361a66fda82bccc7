"""Build the binary documents of the seventh blind set.

Run from the repository root: ``.venv/bin/python tests/importer/blind7/make_documents.py``.
Writes 02 (DOCX: a 县委全会 report excerpt, three levels of numbering, a Word table of
重点项目 inside the plan part), 03 (XLSX 督办任务分解表 with a two-row merged header, a
责任领导 column, quarter columns, category rows and blank separator rows) and 04 (PDF 乡
实施方案 with 重点任务 and 实施步骤 in stages with date ranges).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def _lead(doc: Document, lead: str, rest: str) -> None:
    """A third-level item: its number and lead clause in bold, then its sentence."""
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.first_line_indent = Pt(24)
    run = paragraph.add_run(lead)
    run.bold = True
    paragraph.add_run(rest)


def make_docx() -> None:
    doc = Document()
    doc.add_heading("坚定信心 实干争先 奋力谱写清河高质量发展新篇章", level=0)
    doc.add_paragraph("——在中共清河县委十五届七次全体会议上的报告（摘要）")
    doc.add_paragraph("县委书记　周立新")
    doc.add_paragraph("（2029年1月12日）")
    doc.add_paragraph("同志们：")
    doc.add_paragraph(
        "这次全会的主要任务是：总结2028年工作，部署2029年任务，审议《中共清河县委关于"
        "2029年全县经济社会发展目标任务的决议》（清发〔2029〕1号）。下面，我代表县委常委会作报告。"
    )
    doc.add_heading("一、2028年工作回顾", level=1)
    doc.add_paragraph(
        "2028年，全县实现地区生产总值286.4亿元，同比增长6.8%；一般公共预算收入18.2亿元，"
        "增长5.1%；新签约亿元以上项目42个，新增规上工业企业31家；新建高标准农田5.2万亩，"
        "城镇新增就业6120人，十件民生实事全面完成。"
    )
    doc.add_paragraph(
        "在肯定成绩的同时，我们也清醒看到，发展中还存在不少困难和问题：一是产业结构偏重，"
        "新兴产业占比仅为18%；二是城乡发展不够平衡；三是民生领域还有不少短板。"
        "对此，我们必须高度重视，认真加以解决。"
    )
    doc.add_heading("二、2029年主要目标任务", level=1)
    doc.add_paragraph(
        "2029年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入"
        "增长5%，规模以上工业增加值增长8%，城乡居民人均可支配收入分别增长5.5%和7%左右。"
    )
    doc.add_paragraph("围绕上述目标，重点抓好以下四个方面工作。")

    doc.add_heading("（一）坚定不移抓项目、强产业", level=2)
    _lead(
        doc,
        "1.全力攻坚重点项目。",
        "全年安排县级重点项目60个，完成年度投资120亿元以上，其中6月底前新开工项目不少于25个。",
    )
    _lead(
        doc,
        "2.做强主导产业集群。",
        "围绕新材料、绿色食品两大主导产业，新引进亿元以上产业项目15个，力争新材料产业产值突破80亿元。",
    )
    _lead(doc, "3.加快重大项目建设。", "2029年重点推进的县级重大项目安排如下表。")
    rows = [
        ("序号", "项目名称", "建设内容及规模", "年度计划投资（亿元）", "责任单位", "完成时限"),
        (
            "1",
            "清河经开区新材料产业园二期",
            "新建标准化厂房12万平方米，配套道路3.2公里",
            "4.5",
            "县经开区管委会",
            "2029年12月",
        ),
        (
            "2",
            "县城第二水厂扩建工程",
            "新增日供水能力5万吨，铺设输水管网18公里",
            "1.2",
            "县水利局\n县城投公司",
            "2029年9月底",
        ),
        (
            "3",
            "G351国道清河段改扩建工程",
            "按一级公路标准改扩建26公里",
            "3.8",
            "县交通运输局",
            "年底前完成路基工程",
        ),
        (
            "4",
            "县人民医院医技综合楼",
            "新增床位400张，建筑面积4.6万平方米",
            "2.1",
            "县卫健局",
            "10月底前主体封顶",
        ),
        (
            "5",
            "城东片区污水处理厂",
            "新建日处理能力3万吨污水处理厂一座",
            "0.9",
            "县住建局",
            "三季度",
        ),
    ]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    doc.add_paragraph("注：年度计划投资为2029年度计划完成投资额。")

    doc.add_heading("（二）坚定不移抓改革、优环境", level=2)
    _lead(
        doc,
        "1.深化营商环境改革。",
        "由县数据局牵头、县政务服务中心配合，政务服务事项网上可办率达到98%以上，"
        "年内新增“跨省通办”事项50项。",
    )
    _lead(
        doc,
        "2.推进国有企业改革。",
        "3月底前完成县属国有企业整合重组，组建县城市发展集团等3家集团公司。",
    )
    doc.add_heading("（三）坚定不移抓乡村、促融合", level=2)
    _lead(
        doc,
        "1.稳定粮食生产。",
        "全县粮食播种面积稳定在68万亩以上，新建高标准农田4万亩，10月底前全面完工。",
    )
    _lead(
        doc,
        "2.建设宜居宜业和美乡村。",
        "创建省级和美乡村示范村10个，农村卫生厕所普及率达到百分之九十二（2028年为89.5%）。",
    )
    doc.add_heading("（四）坚定不移抓民生、守底线", level=2)
    _lead(
        doc,
        "1.办好民生实事。",
        "新增城镇就业5500人，城镇调查失业率控制在5.5%以内，新建改扩建中小学和幼儿园8所，"
        "新增学位6000个。",
    )
    _lead(
        doc,
        "2.守牢安全发展底线。",
        "深入开展安全生产治本攻坚三年行动，一般以上生产安全事故控制在3起以内。",
    )
    doc.add_heading("三、强化组织保障", level=1)
    doc.add_paragraph(
        "各级党组织要切实扛起主体责任，主要负责同志要亲自抓、带头干。县委督查室要加强跟踪督办，"
        "把目标任务完成情况纳入年度综合考核，权重不低于30%。"
    )
    doc.add_paragraph(
        "同志们，新的征程已经开启，新的使命催人奋进。让我们更加紧密地团结在以习近平同志为核心的"
        "党中央周围，真抓实干、埋头苦干，为谱写清河高质量发展新篇章而努力奋斗！"
    )
    doc.save(str(HERE / "02_xianwei_quanhui_baogao.docx"))


QUARTERS = ("一季度", "二季度", "三季度", "四季度")

XLSX_ROWS: list[tuple[str, ...] | str | None] = [
    "一、产业发展类",
    (
        "1",
        "招商引资攻坚行动",
        "全年签约亿元以上项目6个，到位资金不低于8亿元",
        "经发办",
        "财政所",
        "李明",
        "开展产业链招商推介",
        "签约项目不少于2个",
        "项目落地开工",
        "完成全年任务",
        "对接电话：0736-7821056",
    ),
    (
        "2",
        "茶叶精深加工园建设",
        "建成标准化厂房2.6万平方米，引进加工企业4家",
        "经济发展办公室",
        "自然资源所\n供电所",
        "王强",
        "完成土地报批",
        "主体开工",
        "主体完工",
        "竣工投产",
        "",
    ),
    (
        "3",
        "高山蔬菜和油茶基地建设",
        "新发展高山蔬菜3000亩、油茶1500亩",
        "农业办",
        "林业站、各村",
        "赵红",
        "完成规划",
        "完成栽植",
        "—",
        "—",
        "",
    ),
    None,
    "二、城乡建设类",
    (
        "4",
        "集镇提质改造",
        "改造集镇主街2.4公里，新建停车场1处、公厕3座",
        "镇规划建设办",
        "生态办、各社区",
        "刘伟",
        "完成设计",
        "启动施工",
        "主街完工",
        "全面完工",
        "",
    ),
    (
        "5",
        "农村饮水安全巩固提升",
        "新建集中供水工程2处，农村自来水普及率达到93%以上（2028年为88%）",
        "水利站",
        "财政所",
        "刘伟",
        "",
        "完成管网铺设",
        "9月底前通水",
        "",
        "2028年已完成投资320万元",
    ),
    (
        "6",
        "农村人居环境整治",
        "完成农村户厕改造600户，生活垃圾无害化处理率100%",
        "生态环境办",
        "农业办、各村",
        "陈静",
        "完成摸底",
        "完成过半",
        "全部完成",
        "",
        "",
    ),
    None,
    "三、民生保障类",
    (
        "7",
        "就业创业服务",
        "新增城镇就业260人，开展技能培训不少于12期",
        "社事办",
        "各村（社区）",
        "陈静",
        "举办春风行动招聘会",
        "",
        "",
        "全年持续推进",
        "",
    ),
    (
        "8",
        "村级互助养老服务",
        "新建村级互助养老服务点5个，为80岁以上老人按时发放高龄津贴",
        "社会事务办公室",
        "财政所",
        "陈静",
        "",
        "完成选址",
        "全部建成",
        "",
        "",
    ),
    (
        "9",
        "矛盾纠纷排查化解",
        "矛盾纠纷调处成功率达到98%以上，刑事案件发案率同比下降5%",
        "综治中心",
        "派出所、司法所",
        "孙涛",
        "每季度开展一次矛盾纠纷大排查",
        "",
        "",
        "",
        "依据柳政发〔2029〕2号",
    ),
    (
        "10",
        "安全生产隐患排查整治",
        "开展安全隐患排查整治，隐患整改率达到100%",
        "应急办",
        "派出所、各村（社区）",
        "孙涛",
        "节前安全检查",
        "汛前隐患排查",
        "汛期值班值守",
        "冬季森林防火",
        "",
    ),
]


def make_xlsx() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "督办任务"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    sheet.append(["柳塘镇2029年度重点工作督办任务分解表"])
    sheet.merge_cells("A1:K1")
    sheet["A1"].font = Font(bold=True, size=16)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(
        [
            "填报单位：柳塘镇党政综合办公室（督查室）",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "填报日期：2029年2月20日",
        ]
    )
    sheet.merge_cells("A2:F2")
    sheet.merge_cells("I2:K2")
    sheet.append(
        ["序号", "重点任务", "具体目标", "责任分工", "", "责任领导", "时间节点", "", "", "", "备注"]
    )
    sheet.append(["", "", "", "牵头单位", "配合单位", "", *QUARTERS, ""])
    for col in ("A", "B", "C", "F", "K"):
        sheet.merge_cells(f"{col}3:{col}4")
    sheet.merge_cells("D3:E3")
    sheet.merge_cells("G3:J3")
    for row in sheet.iter_rows(min_row=3, max_row=4, max_col=11):
        for cell in row:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center")
            cell.border = border
    for entry in XLSX_ROWS:
        if entry is None:
            sheet.append([])
            continue
        if isinstance(entry, str):
            sheet.append([entry])
            r = sheet.max_row
            sheet.merge_cells(f"A{r}:K{r}")
            sheet[f"A{r}"].font = Font(bold=True)
            continue
        sheet.append(list(entry))
        r = sheet.max_row
        if entry[0] == "9":
            sheet.merge_cells(f"G{r}:J{r}")
        for cell in sheet[r]:
            cell.alignment = wrap
            cell.border = border
    sheet.append([])
    sheet.append(
        ["注：1.时间节点为累计进度要求；2.责任领导为镇分管领导；3.各牵头单位每月25日前报送进度。"]
    )
    sheet.merge_cells(f"A{sheet.max_row}:K{sheet.max_row}")
    sheet.append(["制表：党政办", "", "审核：张伟", "", "", "联系电话：13807361234"])
    for col, width in zip("ABCDEFGHIJK", (6, 22, 40, 16, 18, 10, 16, 16, 16, 16, 22), strict=True):
        sheet.column_dimensions[col].width = width
    book.save(str(HERE / "03_duban_renwu_fenjie.xlsx"))


class _Pdf(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("wqy", size=9)
            self.cell(0, 8, "石门乡人民政府办公室文件", align="R", new_x="LMARGIN", new_y="NEXT")

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("wqy", size=10)
        self.cell(0, 10, f"— {self.page_no()} —", align="C")


def _line(pdf: FPDF, height: float, text: str, align: str = "J") -> None:
    pdf.multi_cell(0, height, text, align=align, new_x="LMARGIN", new_y="NEXT")


PDF_PARTS: list[tuple[str, list[str]]] = [
    (
        "一、总体目标",
        [
            "到2029年底，全乡农村卫生厕所普及率达到95%以上，生活垃圾收运处置体系行政村覆盖率"
            "达到100%，生活污水治理率提高到45%（2028年为38%），创建美丽庭院示范户300户。",
        ],
    ),
    (
        "二、重点任务",
        [
            "（一）农村厕所革命。新改建农村户用卫生厕所800户，新建村级公厕6座，9月底前全部完工。"
            "（牵头单位：乡农业综合服务中心；配合单位：各村委会）",
            "（二）生活垃圾治理。新购置垃圾转运车4辆，新建垃圾分类收集亭120个，农村生活垃圾"
            "收运处置率达到98%。（生态办牵头，各村配合）",
            "（三）生活污水治理。完成洞口、杨柳等5个村的生活污水管网建设，铺设管网12.6公里，"
            "11月30日前通过验收。（责任单位：乡规划建设所、水利站）",
            "（四）村容村貌提升。拆除危旧房和残垣断壁150处，打造“五美庭院”示范户200户，"
            "上半年完成拆除任务，年底前完成庭院创建。（责任单位：各村委会，乡自然资源所配合）",
            "（五）长效管护机制建设。建立村庄保洁长效管护制度，实行“月检查、季评比”，"
            "持续推进。（党政办牵头，各村配合）",
            "（六）畜禽养殖污染治理。规模养殖场粪污处理设施装备配套率达到百分之百，畜禽粪污"
            "资源化利用率不低于85%。（乡畜牧兽医站负责）",
        ],
    ),
    (
        "三、实施步骤",
        [
            "（一）动员部署阶段（2029年3月1日—3月20日）。召开全乡动员大会，制定各村实施方案，"
            "完成农户底数摸排。",
            "（二）集中攻坚阶段（2029年3月21日—9月30日）。各村对照任务清单集中开展整治，"
            "完成厕所、垃圾、污水等重点任务。",
            "（三）巩固提升阶段（2029年10月1日—12月31日）。开展“回头看”，组织考核验收，"
            "总结推广经验做法。",
        ],
    ),
    (
        "四、保障措施",
        [
            "（一）加强组织领导。成立以乡长为组长的工作领导小组，领导小组办公室设在乡农业综合"
            "服务中心。",
            "（二）强化资金保障。乡财政安排专项资金150万元，统筹用于整治奖补。",
            "（三）严格督查考核。整治工作纳入村级年度考核，占比15%，对排名后2位的村进行约谈。",
        ],
    ),
]


def make_pdf() -> None:
    pdf = _Pdf(format="A4")
    pdf.add_font("wqy", fname=FONT)
    pdf.set_auto_page_break(auto=True, margin=22)
    pdf.set_margins(28, 25, 26)
    pdf.add_page()
    pdf.set_font("wqy", size=11)
    _line(pdf, 7, "石政办发〔2029〕7号", align="C")
    pdf.ln(2)
    pdf.set_font("wqy", size=16)
    _line(pdf, 10, "石门乡2029年农村人居环境整治提升行动实施方案", align="C")
    pdf.ln(3)
    pdf.set_font("wqy", size=11.5)
    _line(
        pdf,
        7.5,
        "为深入贯彻落实上级关于农村人居环境整治提升五年行动的部署要求，持续改善全乡农村人居"
        "环境，结合我乡实际，制定本方案。2028年，全乡完成改厕620户，清理村庄垃圾1.2万吨，"
        "14个行政村全部建立保洁制度。",
    )
    for heading, paragraphs in PDF_PARTS:
        pdf.ln(2)
        pdf.set_font("wqy", size=13)
        _line(pdf, 9, heading)
        pdf.set_font("wqy", size=11.5)
        for text in paragraphs:
            _line(pdf, 7.5, text)
    pdf.ln(6)
    _line(pdf, 7.5, "联系人：李敏　　联系电话：0745-6231188")
    pdf.ln(4)
    _line(pdf, 7.5, "石门乡人民政府办公室", align="R")
    _line(pdf, 7.5, "2029年2月26日", align="R")
    pdf.output(str(HERE / "04_xiang_zhengzhi_fangan.pdf"))


if __name__ == "__main__":
    make_docx()
    make_xlsx()
    make_pdf()
