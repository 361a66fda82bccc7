# ruff: noqa: E501  (document text in Chinese runs past the line limit)
"""Build the blind22 documents from text held in this script, then check them.

Run with:  .venv/bin/python tests/importer/blind22/make_documents.py [FILE ...]

Writes the documents next to this script, re-opens each (openpyxl cell values,
python-docx raw `w:p` text, pdfplumber text with its line breaks removed, the Markdown
file as UTF-8) and checks that every `title_contains` of EXPECTED.py occurs exactly once
in its document, and that the set holds 40–60 pledges.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

JUZHEN_NAME = "杉岭街道2041年重点工作责任分工表.xlsx"
YAODIAN_NAME = "蒲塘镇2041年工作要点.docx"
SHISHI_NAME = "泓川县2041年为民办实事项目责任分解表.pdf"
FEISHU_NAME = "椿桥街道2041年重点工作任务清单（飞书文档导出）.md"

# ---------------------------------------------------------------- 1. XLSX 责任分工矩阵
JUZHEN_UNITS = [
    "党政办",
    "经发办",
    "城建办",
    "社事办",
    "平安办",
    "应急办",
    "财政所",
    "自然资源所",
    "城管中队",
    "生态办",
    "市场监管所",
    "派出所",
    "各社区",
]
D = dt.datetime
# group row, then rows: (工作任务, 完成时限, 分管领导, {unit: mark})
JUZHEN_GROUPS = [
    (
        "一、经济发展（4项）",
        [
            (
                "全年引进亿元以上产业项目3个，完成固定资产投资12亿元",
                "年底前",
                "韩立峰",
                {"经发办": "★", "财政所": "○", "自然资源所": "○"},
            ),
            (
                "新增规模以上工业企业4家，新增“个转企”30户",
                D(2041, 11, 30),
                "韩立峰",
                {"经发办": "★", "市场监管所": "○"},
            ),
            (
                "盘活闲置厂房和低效工业用地85亩",
                "三季度末",
                "韩立峰",
                {"经发办": "○", "财政所": "○", "自然资源所": "★"},
            ),
            (
                "培育夜间经济特色街区1条，新增各类市场主体600户",
                "国庆前",
                "韩立峰",
                {"经发办": "★", "城管中队": "○", "市场监管所": "★"},
            ),
        ],
    ),
    (
        "二、城市管理（3项）",
        [
            (
                "完成老旧小区综合改造6个，既有住宅加装电梯12台",
                "10月底前",
                "程　岚",
                {"城建办": "★", "财政所": "○", "各社区": "○"},
            ),
            (
                "整治背街小巷9条，规范设置非机动车停放点40处",
                "6月底前",
                "程　岚",
                {"城建办": "○", "城管中队": "★", "各社区": "○"},
            ),
            (
                "生活垃圾分类小区覆盖率达到95%以上",
                "年底前",
                "程　岚",
                {"城管中队": "★", "生态办": "○", "各社区": "○"},
            ),
        ],
    ),
    (
        "三、社会民生（4项）",
        [
            (
                "新建社区嵌入式养老服务站2个，为80周岁以上老人提供助餐服务不少于3万人次",
                D(2041, 9, 30),
                "沈秋白",
                {"社事办": "★", "财政所": "○", "各社区": "○"},
            ),
            (
                "新增城镇就业520人，帮扶就业困难人员再就业60人",
                "年底前",
                "沈秋白",
                {"经发办": "○", "社事办": "★"},
            ),
            (
                "建成“15分钟健身圈”示范点3个",
                "秋季",
                "沈秋白",
                {"城建办": "○", "社事办": "★", "各社区": "○"},
            ),
            (
                "创建无障碍示范社区1个，完成困难残疾人家庭无障碍改造45户",
                "11月中旬",
                "沈秋白",
                {"城建办": "○", "社事办": "★"},
            ),
        ],
    ),
    (
        "四、平安建设（3项）",
        [
            (
                "矛盾纠纷化解率达到98%以上，重复信访事项动态清零",
                "长期坚持",
                "罗　毅",
                {"平安办": "★", "派出所": "○", "各社区": "○"},
            ),
            (
                "开展燃气安全专项整治，全年检查餐饮场所不少于800家次",
                "全年",
                "罗　毅",
                {"应急办": "★", "城管中队": "○", "市场监管所": "○"},
            ),
            (
                "新增高空抛物监控探头300路，建设电动自行车集中充电桩1200个",
                "上半年",
                "罗　毅",
                {"城建办": "○", "平安办": "★", "派出所": "○", "各社区": "○"},
            ),
        ],
    ),
]


def make_juzhen(path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "责任分工"
    first_unit = 5
    ncol = first_unit + len(JUZHEN_UNITS) - 1
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    ws.cell(1, 1, "杉岭街道2041年重点工作责任分工表")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1).font = Font(bold=True, size=18)
    ws.cell(1, 1).alignment = center
    ws.cell(2, 1, "制表：杉岭街道党政办　　　　　　　　　　　　　　　　2041年1月10日")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(2, 1).alignment = Alignment(horizontal="right")

    for j, name in enumerate(["序号", "重点工作任务", "完成时限", "分管领导"], 1):
        ws.cell(3, j, name)
        ws.merge_cells(start_row=3, start_column=j, end_row=4, end_column=j)
    ws.cell(3, first_unit, "责任单位（★牵头　○配合）")
    ws.merge_cells(start_row=3, start_column=first_unit, end_row=3, end_column=ncol)
    for k, unit in enumerate(JUZHEN_UNITS):
        ws.cell(4, first_unit + k, unit)
    for r in (3, 4):
        for j in range(1, ncol + 1):
            c = ws.cell(r, j)
            c.font = Font(bold=True, size=10)
            c.alignment = center
            c.border = box

    r = 5
    n = 0
    lead_counts = dict.fromkeys(JUZHEN_UNITS, 0)
    for group, rows in JUZHEN_GROUPS:
        ws.cell(r, 1, group)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1).font = Font(bold=True)
        r += 1
        for task, due, leader, marks in rows:
            n += 1
            ws.cell(r, 1, n)
            ws.cell(r, 2, task)
            ws.cell(r, 3, due)
            if isinstance(due, dt.datetime):
                ws.cell(r, 3).number_format = 'm"月"d"日前"'
            ws.cell(r, 4, leader)
            for k, unit in enumerate(JUZHEN_UNITS):
                mark = marks.get(unit)
                if mark:
                    ws.cell(r, first_unit + k, mark)
                    if mark == "★":
                        lead_counts[unit] += 1
            for j in range(1, ncol + 1):
                ws.cell(r, j).border = box
                ws.cell(r, j).alignment = (
                    Alignment(vertical="center", wrap_text=True) if j == 2 else center
                )
            r += 1
    ws.cell(r, 1, "牵头任务数（项）")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    for k, unit in enumerate(JUZHEN_UNITS):
        if lead_counts[unit]:
            ws.cell(r, first_unit + k, lead_counts[unit])
    for j in range(1, ncol + 1):
        ws.cell(r, j).border = box
        ws.cell(r, j).alignment = center
    r += 1
    notes = [
        "说明：1.★为牵头单位，○为配合单位；同一任务有两个★的，两个单位共同牵头，排名在前的为第一责任单位。",
        "2.完成时限未注明年份的，均指2041年；牵头单位每月5日前通过街道督办系统报送上月推进情况。",
        "3.分管领导负责协调督促，不列入责任单位考核。",
        "联系人：江　帆　　联系电话：0000-5532107",
    ]
    for note in notes:
        ws.cell(r, 1, note)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 46
    ws.column_dimensions["C"].width = 11
    ws.column_dimensions["D"].width = 9
    for k in range(len(JUZHEN_UNITS)):
        ws.column_dimensions[openpyxl.utils.get_column_letter(first_unit + k)].width = 5.5
    ws.row_dimensions[4].height = 60
    ws.freeze_panes = "E5"
    ws.page_setup.orientation = "landscape"
    wb.save(path)


# ---------------------------------------------------------------- 2. DOCX 空行分隔的工作要点
# ("h", heading) | ("p", paragraph) | ("blank", text of a blank-looking paragraph)
YAODIAN = [
    ("title", "蒲塘镇2041年工作要点"),
    ("sub", "（2041年1月20日镇党委第三次会议审议通过）"),
    ("blank", ""),
    (
        "p",
        "　　2041年是实施“十七五”规划的关键之年。全镇工作的总体要求是：坚持稳中求进工作总基调，"
        "以产业兴镇、生态立镇、民生强镇为主线，统筹发展和安全，奋力建设宜居宜业和美蒲塘。"
        "现将全年重点工作安排如下。",
    ),
    ("blank", ""),
    ("h", "聚力产业发展"),
    ("blank", ""),
    (
        "p",
        "　　全年引进5000万元以上项目4个，其中工业项目不少于2个，实际到位资金突破6亿元。"
        "（牵头单位：经发办；配合单位：自然资源所、财政所；完成时限：年底前）",
    ),
    ("blank", ""),
    (
        "p",
        "　　做强蒲塘菱角产业，新建标准化种植基地1200亩，建成冷链仓储中心1处，10月底前投入使用。"
        "（牵头单位：农业农村办；配合单位：经发办）",
    ),
    ("blank", ""),
    (
        "p",
        "　　发展乡村旅游，打造精品民宿集群1个，办好第五届蒲塘菱角文化节，全年接待游客突破35万人次。"
        "（牵头单位：文化站；配合单位：经发办、农业农村办；完成时限：9月底前）",
    ),
    ("blank", "　　"),
    ("h", "完善基础设施"),
    ("blank", ""),
    (
        "p",
        "　　实施农村公路提档升级工程，改造县乡道12.5公里，新建",
    ),
    (
        "p",
        "错车道20处、港湾式停靠站6个。（牵头单位：村镇建设办；配合单位：财政所、各村；完成时限：11月底前）",
    ),
    ("blank", ""),
    (
        "p",
        "　　加固圩堤3.8公里，疏浚沟渠26条，新建排涝泵站2座，汛期前全面完工。",
    ),
    ("p", "　　（牵头单位：水利站；配合单位：应急管理办、各村）"),
    ("blank", ""),
    (
        "p",
        "　　推进集镇污水管网二期工程，新铺设污水管网5.6公里，实现集镇雨污分流全覆盖。"
        "（牵头单位：生态环境办；配合单位：村镇建设办；完成时限：2041年12月20日）",
    ),
    ("blank", ""),
    ("h", "增进民生福祉"),
    ("blank", ""),
    (
        "p",
        "　　办好教育。新建蒲塘中心幼儿园，新增学位270个，秋季开学前投入使用。"
        "（牵头单位：中心学校；配合单位：村镇建设办、财政所）",
    ),
    ("blank", ""),
    (
        "p",
        "　　扩面提质养老服务，新建村级互助养老点5个，为70周岁以上独居老人安装智能呼叫设备300台。"
        "（牵头单位：社会事务办；配合单位：镇卫生院；完成时限：三季度末）",
    ),
    ("blank", ""),
    (
        "p",
        "　　开展“技能蒲塘”培训行动，组织职业技能培训8期、培训800人次，新增城镇就业400人。"
        "（牵头单位：劳动保障所；配合单位：经发办；完成时限：全年）",
    ),
    ("blank", ""),
    ("h", "建设平安蒲塘"),
    ("blank", ""),
    (
        "p",
        "　　深化“枫桥式”派出所创建，矛盾纠纷调解成功率保持在98%以上。"
        "（牵头单位：平安办；配合单位：派出所、司法所；完成时限：长期坚持）",
    ),
    ("blank", ""),
    (
        "p",
        "　　开展安全生产治本攻坚，全年检查企业和“九小场所”1200家次，确保较大及以上生产安全事故0起。"
        "（牵头单位：应急管理办；配合单位：市场监管所、派出所；完成时限：年底前）",
    ),
    ("blank", ""),
    (
        "p",
        "　　整治电动自行车违规停放充电，新建集中充电车棚40处。"
        "（牵头单位：应急管理办；配合单位：村镇建设办、各村（社区）；完成时限：6月30日前）",
    ),
    ("blank", ""),
    ("blank", ""),
    (
        "p",
        "　　各办站所要对照本要点，逐项细化工作措施，明确推进节点，每月底前将推进情况报镇督查室；"
        "镇督查室每季度通报一次，结果纳入年度综合考核。",
    ),
    ("blank", ""),
    ("sign", "中共蒲塘镇委员会办公室　　　　2041年1月22日印发"),
]


def make_yaodian(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()

    def para(text: str, bold: bool = False, size: float = 14, align=None, font="仿宋_GB2312"):
        p = doc.add_paragraph()
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        if text:
            run = p.add_run(text)
            run.bold = bold
            run.font.size = Pt(size)
            run.font.name = font
            run._element.rPr.rFonts.set(qn("w:eastAsia"), font)
        return p

    for kind, text in YAODIAN:
        if kind == "title":
            para(text, True, 20, WD_ALIGN_PARAGRAPH.CENTER, "方正小标宋简体")
        elif kind == "sub":
            para(text, False, 14, WD_ALIGN_PARAGRAPH.CENTER, "楷体_GB2312")
        elif kind == "h":
            para("　　" + text, True, 14, None, "黑体")
        elif kind == "blank":
            para(text)
        elif kind == "sign":
            para(text, False, 12, WD_ALIGN_PARAGRAPH.RIGHT)
        else:
            para(text)
    doc.save(path)


# ---------------------------------------------------------------- 3. PDF 跨页断行的表格
SHISHI_TITLE = "泓川县2041年为民办实事项目责任分解表"
SHISHI_COLS = [
    ("序号", 12),
    ("项目名称", 36),
    ("建设内容及目标", 100),
    ("牵头单位", 30),
    ("配合单位", 57),
    ("完成时限", 32),
]
# (项目名称, 建设内容及目标, 牵头单位, 配合单位, 完成时限)
SHISHI_ROWS = [
    (
        "扩大学前教育资源",
        "新建、改扩建公办幼儿园4所，新增公办学位1080个。",
        "县教育局",
        "县住建局、县财政局、相关乡镇",
        "2041年8月31日",
    ),
    (
        "课后服务提质",
        "义务教育阶段学校课后服务参与率达到95%以上，新建校园智慧食堂6个。",
        "县教育局",
        "县财政局、县市场监管局",
        "秋季开学前",
    ),
    (
        "基层医疗能力提升",
        "完成乡镇卫生院标准化改造5所，建设村卫生室“云诊室”60个，为65岁以上老年人免费健康体检4.2万人次。",
        "县卫健局",
        "县医保局、各乡镇（街道）",
        "年底前",
    ),
    (
        "城乡供水一体化",
        "新建改造供水管网86公里，更新老旧水表1.5万只，农村自来水普及率达到99%以上。",
        "县水利局",
        "县住建局、县财政局",
        "2041年10月31日",
    ),
    (
        "老旧小区改造",
        "改造老旧小区18个，同步改造雨污管网12公里，既有住宅加装电梯30台。",
        "县住建局",
        "县自然资源局、县供电公司、各街道",
        "11月30日前",
    ),
    (
        "养老服务扩容",
        "新建乡镇区域性养老服务中心3个、城市社区老年食堂10个，对80周岁以上老年人就餐给予每餐3元补助。",
        "县民政局",
        "县财政局、各乡镇（街道）",
        "9月底前",
    ),
    (
        "农村公路安全提升",
        "实施农村公路安全生命防护工程210公里，改造危桥9座，在临水临崖路段增设波形护栏35公里、"
        "警示标志牌600块，新建农村客运候车亭50个，新开通镇村公交线路4条，建制村通客车率保持100%。",
        "县交通运输局",
        "县公安局、县财政局、各乡镇",
        "12月20日前",
    ),
    (
        "就业服务提升",
        "城镇新增就业3200人，开展职业技能培训5000人次，建成标准化零工市场2个。",
        "县人社局",
        "县总工会、团县委、县妇联",
        "年底前",
    ),
    (
        "残疾人关爱",
        "为困难重度残疾人家庭实施无障碍改造200户，为符合条件的残疾儿童提供康复救助150名。",
        "县残联",
        "县民政局、县卫健局",
        "11月中旬",
    ),
    (
        "城区停车改善",
        "新增城区公共停车泊位2000个，建成智慧停车管理平台1个。",
        "县城管局",
        "县公安局、县住建局",
        "三季度末",
    ),
]
SPLIT_ROW = 7  # this row's 建设内容 cell runs on over the page break
SPLIT_LINES = 2  # lines of it on page 1
SHISHI_NOTES = [
    "注：1.完成时限未注明年份的，均为2041年；2.各牵头单位于每月25日前向县政府督查室报送项目进展，"
    "联系电话：0000-8861204。",
    "泓川县人民政府办公室　　2041年2月18日印发",
]


def make_shishi(path: Path) -> None:
    from fpdf import FPDF

    line_h = 9.0

    class Table(FPDF):
        def footer(self):
            self.set_y(-13)
            self.set_font("wqy", "", 9)
            self.cell(0, 6, f"第 {self.page_no()} 页 共 {{nb}} 页", align="C")

    pdf = Table(orientation="L", format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages("{nb}")
    pdf.add_font("wqy", "", FONT)
    pdf.add_font("wqy", "B", FONT)

    def lines(text: str, width: float) -> list[str]:
        if not text:
            return []
        out = pdf.multi_cell(width - 2, line_h, text, dry_run=True, output="LINES")
        # no line opens with a closing mark (as Word sets Chinese): carry a character down
        for k in range(1, len(out)):
            if out[k][:1] in "，。、；：）”" and len(out[k - 1]) > 1:
                out[k - 1], out[k] = out[k - 1][:-1], out[k - 1][-1] + out[k]
        return out

    def row(cells: list[str], bold: bool = False, keep: list[list[str]] | None = None) -> None:
        pdf.set_font("wqy", "B" if bold else "", 10.5)
        wrapped = keep or [lines(c, w) for c, (_, w) in zip(cells, SHISHI_COLS, strict=True)]
        height = max(1, max(len(w) for w in wrapped)) * line_h + 4
        x, y = pdf.l_margin, pdf.get_y()
        for cell_lines, (_, w) in zip(wrapped, SHISHI_COLS, strict=True):
            pdf.rect(x, y, w, height)
            top = y + (height - len(cell_lines) * line_h) / 2
            for k, text in enumerate(cell_lines):
                pdf.set_xy(x + 1, top + k * line_h)
                pdf.cell(w - 2, line_h, text, align="C" if w < 40 else "L")
            x += w
        pdf.set_xy(pdf.l_margin, y + height)

    def header() -> None:
        row([name for name, _ in SHISHI_COLS], bold=True)

    pdf.add_page()
    pdf.set_font("wqy", "B", 18)
    pdf.cell(0, 12, SHISHI_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("wqy", "", 11)
    pdf.cell(
        0,
        7,
        "（经县十九届人大六次会议票决产生，共10项）",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    header()
    for n, (name, content, lead, co, due) in enumerate(SHISHI_ROWS, 1):
        cells = [str(n), name, content, lead, co, due]
        if n == SPLIT_ROW:
            pdf.set_font("wqy", "", 10.5)
            wrapped = [lines(c, w) for c, (_, w) in zip(cells, SHISHI_COLS, strict=True)]
            first = [list(w) for w in wrapped]
            first[2] = wrapped[2][:SPLIT_LINES]
            rest: list[list[str]] = [[] for _ in SHISHI_COLS]
            rest[2] = wrapped[2][SPLIT_LINES:]
            row(cells, keep=first)
            pdf.add_page()
            header()
            row(cells, keep=rest)
        else:
            row(cells)
    pdf.ln(4)
    pdf.set_font("wqy", "", 10.5)
    for note in SHISHI_NOTES:
        pdf.multi_cell(0, 7, note, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------- 4. Markdown from a wiki
FEISHU = """# 椿桥街道2041年重点工作任务清单

> 📌 本文档由党政办维护　最后更新：2041-01-16 17:42　更新人：@陶思远
> 各科室请只在“进展”一栏更新，**不要改动目标和责任分工**；调整任务须经党工委会研究。

[TOC]

---

## 一、经济发展

### 1. 楼宇经济提质
- **目标**：新增入驻企业45家，培育税收超亿元楼宇3幢
- **牵头**：经发办
- **配合**：便民服务中心、财政所
- **分管领导**：@顾长庚
- **时限**：2041-12-31
- **进展**：

### 2. 消费市场培育
- **目标**：改造提升农贸市场2个，举办“椿桥夜市”主题促消费活动12场
- **牵头**：经发办
- **配合**：市场监管所、城管科
- **分管领导**：@顾长庚
- **时限**：国庆前
- **进展**：1月已完成夜市选址比选

### 3. 科创企业培育
- **目标**：新认定高新技术企业8家、科技型中小企业20家，规上企业研发投入增长15%
- **牵头**：经发办
- **配合**：财政所
- **分管领导**：@顾长庚
- **时限**：2041.10
- **进展**：

## 二、城市更新

### 4. 老旧小区改造
- **目标**：完成老旧小区综合改造4个，同步改造雨污管网3.2公里
- **牵头**：城建办
- **配合**：财政所、各社区
- **分管领导**：@龚一鸣
- **时限**：2041年10月底
- **节点**：
  - [x] 2月底前完成设计方案
  - [ ] 6月底前完成主体施工
  - [ ] 10月底前完成竣工验收
- **进展**：设计方案已报区住建局审查

### 5. 公共充电设施建设
- **目标**：~~新增公共充电桩300个~~ 新增公共充电桩500个，其中快充桩不少于120个（1月15日党工委会调整）
- **牵头**：城建办
- **配合**：供电所、各社区
- **分管领导**：@龚一鸣
- **时限**：Q3
- **进展**：

### 6. 背街小巷整治
- **目标**：整治背街小巷15条，新建口袋公园3个
- **牵头**：城管科
- **配合**：城建办、各社区
- **分管领导**：@龚一鸣
- **时限**：汛期前
- **进展**：已完成摸排，初定整治点位22处，完成15%

## 三、民生服务

### 7. “一老一小”服务
- **目标**：新建社区养老服务驿站3个、普惠托育点2个，新增托位80个
- **牵头**：社事办
- **配合**：社区卫生服务中心、各社区
- **分管领导**：@林素琴
- **时限**：2041年6月底
- **进展**：

### 8. 就业帮扶
- **目标**：新增城镇就业650人，零就业家庭动态清零
- **牵头**：社事办
- **配合**：经发办
- **分管领导**：@林素琴
- **时限**：持续推进
- **进展**：

### 9. 家庭医生签约
- **目标**：家庭医生签约服务覆盖率达到45%以上，为65周岁以上老年人开展健康体检3800人
- **牵头**：社区卫生服务中心
- **配合**：社事办
- **分管领导**：@林素琴
- **时限**：11月下旬
- **进展**：

## 四、平安法治

### 10. 矛盾纠纷化解
- **目标**：矛盾纠纷调处成功率达到98%，信访积案化解率100%
- **牵头**：平安办、司法所
- **配合**：各社区
- **分管领导**：@严　骏
- **时限**：年底
- **进展**：

### 11. 高层建筑消防安全
- **目标**：为高层住宅小区配备微型消防站6个，开展消防应急演练24场
- **牵头**：应急办
- **配合**：派出所、各社区
- **分管领导**：@严　骏
- **时限**：9月30日前
- **进展**：

### 12. 防汛排涝
- **目标**：清理疏通排水管道18公里，整治易涝点位7处
- **牵头**：城管科
- **配合**：应急办、城建办
- **分管领导**：@严　骏
- **时限**：5月20日前
- **进展**：

---

## 附：任务统计

| 科室 | 牵头任务（项） | 配合任务（项） |
| --- | --- | --- |
| 经发办 | 3 | 1 |
| 城建办 | 2 | 2 |
| 城管科 | 2 | 1 |
| 社事办 | 2 | 1 |
| 平安办 | 1 | 0 |
| 应急办 | 1 | 1 |
| 社区卫生服务中心 | 1 | 1 |
| **合计** | **12** | **7** |

*有疑问请联系党政办 陶思远（0000-3318026），或在文档下方评论区留言。*
"""


def make_feishu(path: Path) -> None:
    path.write_text(FEISHU, encoding="utf-8")


# ---------------------------------------------------------------- check
def xlsx_text(path: Path) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.extend(str(v) for v in row if v is not None)
    return "\n".join(out)


def docx_text(path: Path) -> str:
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(path)
    return "\n".join(
        "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in doc.element.body.iter(qn("w:p"))
    )


def pdf_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join((page.extract_text() or "") for page in pdf.pages)


def md_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def load_expected():
    spec = importlib.util.spec_from_file_location("blind22_expected", HERE / "EXPECTED.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.EXPECTED


def check(names) -> int:
    expected = load_expected()
    readers = {".docx": docx_text, ".xlsx": xlsx_text, ".pdf": pdf_text, ".md": md_text}
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
    JUZHEN_NAME: make_juzhen,
    YAODIAN_NAME: make_yaodian,
    SHISHI_NAME: make_shishi,
    FEISHU_NAME: make_feishu,
}


def main() -> int:
    only = set(sys.argv[1:]) or set(BUILDERS)
    for name, build in BUILDERS.items():
        if name in only:
            build(HERE / name)
    return check(only)


if __name__ == "__main__":
    sys.exit(main())
