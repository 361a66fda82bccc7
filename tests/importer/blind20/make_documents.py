"""Build the blind20 documents from text held in this script, then check them.

Run with:  .venv/bin/python tests/importer/blind20/make_documents.py

Writes the documents next to this script, re-opens each (pdfplumber text of each page's
left and right column, python-docx raw `w:p` text, openpyxl cell values) and checks
that every `title_contains` of EXPECTED.py occurs exactly once in its document, and
that the set holds 40–60 pledges.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

GONGSHI_NAME = "枫渚镇2039年民生实事项目公示.pdf"
LUXIAN_NAME = "榆溪街道2039年重点工作推进路线图.xlsx"
KAOHE_NAME = "柳汀乡2039年度办站所目标管理考核细则.docx"
JIAOBAN_NAME = "桦湾镇2039年重点工作任务交办单（第一批）.docx"

# ---------------------------------------------------------------- 1. PDF, two columns
GONGSHI_TITLE = "枫渚镇2039年民生实事项目公示"
GONGSHI_INTRO = (
    "根据《枫渚镇民生实事项目人大代表票决制实施办法》，经枫渚镇第九届人民代表大会第四次会议"
    "票决，确定2039年民生实事项目12件。现将项目名称、建设内容、责任单位和完成时限予以公示，"
    "接受社会监督。"
)
# heading, [(label, value)]
GONGSHI_ITEMS = [
    (
        "一、扩充普惠性学前教育资源",
        [
            ("项目内容：", "新建枫渚镇第二幼儿园1所，新增普惠性学位270个。"),
            ("责任单位：", "社事办"),
            ("配合单位：", "中心学校、自然资源所"),
            ("完成时限：", "秋季开学前"),
        ],
    ),
    (
        "二、老年助餐服务提质扩面",
        [
            (
                "项目内容：",
                "新建村（社区）老年助餐点10个，对70周岁以上老人就餐按每餐3元给予补贴，"
                "全年发放助餐补贴90万元。",
            ),
            ("责任单位：", "社事办"),
            ("配合单位：", "财政所、各村（社区）"),
            ("完成时限：", "2039年9月底前"),
        ],
    ),
    (
        "三、农村供水保障提升",
        [
            (
                "项目内容：",
                "改造老旧供水管网26公里，新建加压泵站2座，农村自来水普及率达到99%（2038年为97.5%）。",
            ),
            ("责任单位：", "水利站"),
            ("配合单位：", "枫渚供水有限公司"),
            ("完成时限：", "汛期前"),
        ],
    ),
    (
        "四、城乡公交通达工程",
        [
            ("项目内容：", "新开通镇村公交线路3条，新建港湾式候车亭24个。"),
            ("责任单位：", "交通管理站"),
            ("配合单位：", "县公交集团"),
            ("完成时限：", "10月底前"),
        ],
    ),
    (
        "五、集镇停车难综合治理",
        [
            ("项目内容：", "新增公共停车泊位420个，其中新能源汽车充电泊位60个。"),
            ("责任单位：", "村镇建设办"),
            ("配合单位：", "城管中队、自然资源所"),
            ("完成时限：", "三季度末"),
        ],
    ),
    (
        "六、家门口就业服务",
        [
            (
                "项目内容：",
                "打造“15分钟就业服务圈”，建设村级就业服务站8个，开发公益性岗位80个，"
                "开展职业技能培训3期、培训600人次。",
            ),
            ("责任单位：", "社事办"),
            ("配合单位：", "劳动保障所"),
            ("完成时限：", "年底前"),
        ],
    ),
    (
        "七、农村低收入群体住房安全保障",
        [
            ("项目内容：", "完成农村低收入群体危房改造45户，每户补助不超过3万元。"),
            ("责任单位：", "村镇建设办"),
            ("配合单位：", "社事办、财政所"),
            ("完成时限：", "11月中旬"),
        ],
    ),
    (
        "八、残疾人关爱服务",
        [
            (
                "项目内容：",
                "为符合条件的残疾人免费适配辅助器具260件，完成重度残疾人家庭无障碍改造40户。",
            ),
            ("责任单位：", "镇残联"),
            ("配合单位：", "社事办"),
            ("完成时限：", "12月20日前"),
        ],
    ),
    (
        "九、群众健康守护",
        [
            (
                "项目内容：",
                "为65周岁以上老年人免费健康体检4800人次，完成村卫生室标准化改造6个。",
            ),
            ("责任单位：", "镇卫生院"),
            ("配合单位：", "社事办、各村"),
            ("完成时限：", "上半年"),
        ],
    ),
    (
        "十、文化惠民服务",
        [
            ("项目内容：", "开展送戏下乡演出60场，建成农家书屋数字阅读点12个，新增图书2万册。"),
            ("责任单位：", "文化站"),
            ("配合单位：", "各村"),
            ("完成时限：", "冬季前"),
        ],
    ),
    (
        "十一、背街小巷环境整治",
        [
            ("项目内容：", "整治集镇背街小巷12条，新装路灯300盏。10月31日前全部完工。"),
            ("责任单位：", "城管中队"),
            ("配合单位：", "各社区"),
        ],
    ),
    (
        "十二、农贸市场提档升级",
        [
            (
                "项目内容：",
                "完成枫渚农贸市场提档升级改造，改造标准化摊位180个，建成农产品快检室1个。",
            ),
            ("责任单位：", "市场监管所"),
            ("配合单位：", "经发办"),
            ("完成时限：", "国庆前"),
        ],
    ),
]
GONGSHI_CLOSING = [
    "公示时间：2039年1月10日至2039年1月16日（5个工作日）。",
    "公示期间，如对公示项目有意见建议，请以书面或电话方式向镇党政综合办公室反映。",
    "联系人：许　文　联系电话：0000-5512345",
    "监督电话：0000-5512300",
]
GONGSHI_SIGN = ["枫渚镇人民政府", "2039年1月9日"]


def make_gongshi(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("wqy", "", FONT)
    pdf.add_font("wqy", "B", FONT)
    page_w, margin, gutter = 210.0, 18.0, 8.0
    col_w = (page_w - 2 * margin - gutter) / 2
    top, bottom, lh = 20.0, 297.0 - 24.0, 6.0

    def wrap(text, bold, size, width, indent=""):
        pdf.set_font("wqy", "B" if bold else "", size)
        lines, line = [], indent
        for ch in text:
            if pdf.get_string_width(line + ch) > width and line.strip():
                # keep closing punctuation on the line it closes
                if ch in "，。、；：）”%":
                    line += ch
                    lines.append(line)
                    line = ""
                    continue
                lines.append(line)
                line = ""
            line += ch
        if line:
            lines.append(line)
        return lines

    # flow: (text, bold, align) lines; None is a half-line gap
    flow: list = []
    for heading, fields in GONGSHI_ITEMS:
        flow.extend((t, True, "L") for t in wrap(heading, True, 11.5, col_w))
        for label, value in fields:
            flow.extend((t, False, "L") for t in wrap(label + value, False, 10.5, col_w))
        flow.append(None)
    for para in GONGSHI_CLOSING:
        flow.extend((t, False, "L") for t in wrap(para, False, 10.5, col_w, "　　"))
    flow.append(None)
    flow.extend((t, False, "R") for t in GONGSHI_SIGN)

    # place the lines: page 1 starts below the title and the intro (full width)
    intro_lines = wrap(GONGSHI_INTRO, False, 11, page_w - 2 * margin, "　　")
    first_top = top + 16 + len(intro_lines) * 6.5 + 6
    placed = []  # (page, column, y, text, bold, align)
    page, column, y = 1, 0, first_top
    for item in flow:
        step = lh / 2 if item is None else lh
        if y + step > bottom:
            column += 1
            if column == 2:
                page, column = page + 1, 0
            y = first_top if page == 1 else top
        if item is not None:
            placed.append((page, column, y, *item))
        y += step
    pages = page

    for p in range(1, pages + 1):
        pdf.add_page()
        if p == 1:
            pdf.set_font("wqy", "B", 17)
            pdf.set_xy(margin, top)
            pdf.cell(page_w - 2 * margin, 10, GONGSHI_TITLE, align="C")
            pdf.set_font("wqy", "", 11)
            yy = top + 16
            for line in intro_lines:
                pdf.set_xy(margin, yy)
                pdf.cell(page_w - 2 * margin, 6.5, line)
                yy += 6.5
            pdf.line(margin, first_top - 3, page_w - margin, first_top - 3)
        for pg, col, yy, text, bold, align in placed:
            if pg != p:
                continue
            pdf.set_font("wqy", "B" if bold else "", 11.5 if bold else 10.5)
            pdf.set_xy(margin + col * (col_w + gutter), yy)
            pdf.cell(col_w, lh, text, align=align)
        pdf.set_font("wqy", "", 9)
        pdf.set_xy(margin, 297 - 16)
        pdf.cell(page_w - 2 * margin, 6, f"第 {p} 页 共 {pages} 页", align="C")
    pdf.output(str(path))


# ---------------------------------------------------------------- 2. XLSX roadmap
LUXIAN_TITLE = "榆溪街道2039年重点工作推进路线图（挂图作战表）"
LUXIAN_SUB = "编制单位：榆溪街道党政办　　　　　　更新日期：2039年1月8日"
M = "●"
# task, goal, lead, co-owners, {month: cell}
LUXIAN_GROUPS = [
    (
        "一、产业发展（4项）",
        [
            (
                "楼宇经济提质",
                "新引进企业120家，新增税收亿元楼宇1栋",
                "经发科",
                "便民服务中心、各社区",
                {**{m: M for m in range(1, 12)}, 6: "★引进60家", 12: "✓销号"},
            ),
            (
                "科创孵化载体建设",
                "建成“榆溪创客港”孵化器1个，入驻科技型企业30家",
                "经发科",
                "财政所",
                {
                    2: "★完成选址",
                    3: M,
                    4: M,
                    5: M,
                    6: "★装修完工",
                    7: M,
                    8: M,
                    9: M,
                    10: "✓挂牌运营",
                },
            ),
            (
                "规上企业培育",
                "新增规上企业6家，规上工业产值增长8%",
                "经发科",
                "统计站",
                {3: "★入库1家", 6: "★入库3家", 9: "★入库5家", 12: "★入库6家"},
            ),
            (
                "夜间经济街区打造",
                "打造“榆溪夜巷”特色街区1条，新增夜间经营商户80户",
                "经发科",
                "城管科、市场监管所",
                {3: "★方案审定", 4: M, 5: M, 6: M, 7: M, 8: M, 9: "✓开街运营"},
            ),
        ],
    ),
    (
        "二、城市更新（4项）",
        [
            (
                "老旧小区改造",
                "改造老旧小区4个，加装电梯12部",
                "城建科",
                "各社区、区住建局",
                {3: "★开工", **{m: M for m in range(4, 11)}, 11: "★完工，惠及居民1300户"},
            ),
            (
                "雨污管网改造",
                "改造雨污管网18公里",
                "城建科",
                "城管科",
                {
                    1: M,
                    2: M,
                    3: "★完成6公里",
                    4: M,
                    5: "★完成12公里",
                    6: M,
                    7: M,
                    8: M,
                    9: "✓完成18公里",
                },
            ),
            (
                "口袋公园建设",
                "新建口袋公园5个、绿道3.2公里",
                "城管科",
                "自然资源所",
                {4: "★开工", 5: M, 6: M, 7: M, 8: M, 9: "完成工程量的80%", 10: "✓建成开放"},
            ),
            (
                "停车设施扩容",
                "新增公共停车泊位600个",
                "城管科",
                "交警中队",
                {1: M, 2: M, 3: M, 4: M, 5: M, 6: "✓完成"},
            ),
        ],
    ),
    (
        "三、民生保障（3项）",
        [
            (
                "社区嵌入式养老",
                "新建社区养老服务综合体2个、老年助餐点6个",
                "社事科",
                "各社区、财政所",
                {2: "★选址", 3: M, 4: M, 5: M, 6: M, 7: M, 8: "✓投入运营"},
            ),
            (
                "就业帮扶",
                "城镇新增就业1800人，帮扶就业困难人员就业120人",
                "社事科",
                "劳动保障所",
                {m: M for m in range(1, 13)},
            ),
            (
                "普惠托育服务",
                "新增普惠托位150个",
                "社事科",
                "社区卫生服务中心",
                {5: "★改造", 6: M, 7: M, 8: "✓开园招生"},
            ),
        ],
    ),
    (
        "四、平安治理（3项）",
        [
            (
                "燃气安全整治",
                "排查整治餐饮场所燃气隐患，安装燃气泄漏报警装置900个",
                "应急办",
                "市场监管所、各社区",
                {**{m: M for m in range(1, 12)}, 5: "★完成排查", 12: "✓销号"},
            ),
            (
                "矛盾纠纷化解",
                "矛盾纠纷化解率达到98%以上",
                "综治中心",
                "司法所、派出所",
                {m: M for m in range(1, 13)},
            ),
            (
                "城市防汛排涝",
                "完成易涝点整治7处，配备移动排涝泵车2台",
                "应急办",
                "城建科、各社区",
                {2: M, 3: M, 4: M, 5: "✓汛前完成"},
            ),
        ],
    ),
]
LUXIAN_LEGEND = "图例：● 当月持续推进　★ 关键节点　✓ 完成销号"
LUXIAN_NOTE = "注：各牵头单位每月25日前对照路线图更新推进情况，报街道党政办汇总。"
LUXIAN_HELP = [
    "填报说明",
    "1.本表为2039年重点工作挂图作战路线图，共14项任务，按产业发展、城市更新、民生保障、平安治理分类。",
    "2.●表示当月持续推进，★表示关键节点，✓表示完成销号，当月完成后将●改为✓。",
    "3.牵头单位对任务推进负总责，配合单位按职责协同推进。",
    "4.联系人：党政办 卢晓，联系电话：0000-6623456。",
]


def make_luxian(path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    wrap = Alignment(wrap_text=True, vertical="center")
    fill = PatternFill("solid", fgColor="FCE4D6")
    done = PatternFill("solid", fgColor="E2EFDA")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "路线图"
    ncols = 5 + 12
    ws.append([LUXIAN_TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = center
    ws.append([LUXIAN_SUB])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    ws.append(["序号", "重点任务", "年度目标", "牵头单位", "配合单位", "2039年推进时间表"])
    ws.append([None] * 5 + [f"{m}月" for m in range(1, 13)])
    for c in range(1, 6):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=6, end_row=3, end_column=ncols)
    for r in (3, 4):
        for c in range(1, ncols + 1):
            cell = ws.cell(r, c)
            cell.font = Font(bold=True)
            cell.alignment = center
            cell.border = border
    n = 0
    for heading, tasks in LUXIAN_GROUPS:
        ws.append([heading])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        ws.cell(r, 1).font = Font(bold=True)
        for task, goal, lead, co, nodes in tasks:
            n += 1
            ws.append([n, task, goal, lead, co] + [nodes.get(m) for m in range(1, 13)])
            r = ws.max_row
            for c in range(1, ncols + 1):
                cell = ws.cell(r, c)
                cell.border = border
                cell.alignment = wrap if c in (2, 3) else center
                v = cell.value
                if c > 5 and isinstance(v, str):
                    cell.fill = done if v.startswith("✓") else fill
    for text in (LUXIAN_LEGEND, LUXIAN_NOTE):
        ws.append([text])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 36
    ws.column_dimensions["D"].width = 10
    ws.column_dimensions["E"].width = 18
    for c in range(6, ncols + 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = 9
    ws.freeze_panes = "F5"
    help_ws = wb.create_sheet("填报说明")
    for line in LUXIAN_HELP:
        help_ws.append([line])
    help_ws["A1"].font = Font(bold=True, size=14)
    help_ws.column_dimensions["A"].width = 100
    wb.save(path)


# ---------------------------------------------------------------- 3. DOCX 考核细则
KAOHE_TITLE = "柳汀乡2039年度办站所目标管理考核细则"
KAOHE_INTRO = [
    ("柳汀乡人民政府", True, 16, True),
    (KAOHE_TITLE, True, 18, True),
    ("柳政发〔2039〕3号", False, 14, True),
    (
        "为推动全乡2039年重点工作落地见效，根据《柳汀乡目标管理考核办法》，结合各办站所职责，"
        "制定本细则。",
        False,
        14,
        False,
    ),
    ("一、考核对象", True, 14, False),
    ("乡机关各办站所。", False, 14, False),
    ("二、考核内容及分值", True, 14, False),
    ("考核实行百分制，考核内容、分值和评分标准见附表。", False, 14, False),
    ("三、考核方式", True, 14, False),
    (
        "实行季度督查与年终考核相结合，年终考核得分低于60分的单位评为不合格，得分排名前3位的"
        "单位评为优秀。",
        False,
        14,
        False,
    ),
    ("四、加减分项目", True, 14, False),
    (
        "获得省级以上表彰的每项加2分，市级表彰的每项加1分，加分累计不超过5分；被县级以上通报"
        "批评的每次扣2分。",
        False,
        14,
        False,
    ),
    ("五、一票否决事项", True, 14, False),
    (
        "发生较大及以上生产安全事故、重大群体性事件的单位，年度考核实行一票否决。",
        False,
        14,
        False,
    ),
    ("附表：柳汀乡2039年度办站所目标任务考核表", True, 14, True),
]
KAOHE_HEADER = [
    "序号",
    "考核项目",
    "考核内容（目标任务）",
    "分值",
    "评分标准",
    "责任单位",
    "配合单位",
    "完成时限",
]
# group heading, [(项目, 内容, 分值, 评分标准, 责任单位, 配合单位, 时限)];
# 项目 None = merged with the row above
KAOHE_GROUPS = [
    (
        "一、经济发展（30分）",
        [
            (
                "招商引资",
                "引进亿元以上项目3个，新签约项目实际到位资金5亿元",
                "10",
                "每少1个项目扣2分；到位资金每少1亿元扣1分，扣完为止",
                "经发办",
                "便民服务中心",
                "2039年12月20日",
            ),
            (
                None,
                "清理盘活闲置土地260亩",
                "5",
                "完成得满分，未完成按完成比例得分",
                "自然资源所",
                "经发办",
                "2039年10月31日",
            ),
            (
                "工业经济",
                "规上工业增加值增长7.5%，新增规上企业3家",
                "10",
                "增速每低1个百分点扣1分；新增企业每少1家扣2分",
                "经发办",
                "统计站",
                "全年",
            ),
            (
                "农村电商",
                "新建村级电商服务点15个，农产品网络销售额突破3000万元",
                "5",
                "服务点每少1个扣0.5分",
                "经发办",
                "各村",
                "2039年9月30日",
            ),
        ],
    ),
    (
        "二、乡村振兴（25分）",
        [
            (
                "粮食生产",
                "粮食播种面积稳定在4.6万亩以上，新建高标准农田2800亩",
                "10",
                "播种面积未完成不得分；高标准农田每少100亩扣0.5分",
                "农业办",
                "财政所、自然资源所",
                "2039年11月30日",
            ),
            (
                "村集体经济",
                "集体经济年收入20万元以下的薄弱村全部消除，新增年收入50万元以上的村4个",
                "8",
                "每有1个薄弱村未消除扣2分",
                "农业办",
                "财政所",
                "年底前",
            ),
            (
                "人居环境",
                "完成农村改厕问题整改220户，农村生活垃圾分类覆盖率达到85%",
                "7",
                "改厕每少10户扣0.5分；覆盖率每低1个百分点扣0.5分",
                "生态环境办",
                "农业办、各村",
                "2039年6月30日",
            ),
        ],
    ),
    (
        "三、社会事业（25分）",
        [
            (
                "社会保障",
                "城乡居民医保参保率达到97%，城乡居民养老保险参保续保9600人",
                "8",
                "参保率每低0.5个百分点扣1分",
                "社事办",
                "劳动保障所、各村",
                "2039年12月31日",
            ),
            (
                "养老服务",
                "建成农村互助幸福院5个，对特困供养人员按每人每月800元发放基本生活费",
                "6",
                "幸福院每少1个扣1.5分；生活费未按时足额发放不得分",
                "社事办",
                "财政所",
                "2039年8月31日",
            ),
            (
                "双拥优抚",
                "走访慰问退役军人及其他优抚对象600人次",
                "4",
                "未按要求走访的每次扣0.5分",
                "退役军人服务站",
                "各村",
                "长期坚持",
            ),
            (
                "文化体育",
                "举办“柳汀杯”村BA篮球赛1届，开展文化惠民演出40场",
                "7",
                "演出每少1场扣0.2分",
                "文化站",
                "各村",
                "2039年10月31日",
            ),
        ],
    ),
    (
        "四、平安建设（20分）",
        [
            (
                "安全生产",
                "开展安全生产隐患排查企业320家次，较大及以上生产安全事故为0起",
                "10",
                "发生一般生产安全事故的每起扣3分",
                "应急办",
                "派出所、各村",
                "长期坚持",
            ),
            (
                "信访维稳",
                "信访事项按期办结率达到100%，矛盾纠纷化解率95%以上",
                "6",
                "办结率每低1个百分点扣0.5分",
                "综治中心",
                "司法所",
                "2039年12月31日",
            ),
            (
                "森林防火",
                "完成森林防火隔离带建设18公里，全年不发生重大森林火灾",
                "4",
                "发生森林火灾的不得分",
                "林业站",
                "应急办、各村",
                "2039年4月30日",
            ),
        ],
    ),
]
KAOHE_END = [
    "注：完成时限为“长期坚持”的，按年终完成情况考核。",
    "柳汀乡党政综合办公室　　　　　　2039年1月20日印发",
]


def _docx_helpers():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    def run_in(p, text, bold=False, size=10.5):
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
        run.font.name = "仿宋_GB2312"
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")
        return run

    def cell(c, text, bold=False, center=True, size=10.5):
        c.text = ""
        p = c.paragraphs[0]
        run_in(p, text, bold, size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def para(doc, text, bold, size, center):
        p = doc.add_paragraph()
        run_in(p, text, bold, size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    return run_in, cell, para


def make_kaohe(path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    _, cell, para = _docx_helpers()
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    for text, bold, size, center in KAOHE_INTRO:
        para(doc, text, bold, size, center)
    table = doc.add_table(rows=1, cols=len(KAOHE_HEADER))
    table.style = "Table Grid"
    for i, h in enumerate(KAOHE_HEADER):
        cell(table.rows[0].cells[i], h, bold=True)
    n = 0
    for heading, rows in KAOHE_GROUPS:
        cells = table.add_row().cells
        cell(cells[0].merge(cells[-1]), heading, bold=True, center=False)
        for item, content, score, rule, lead, co, due in rows:
            n += 1
            row = table.add_row()
            cells = row.cells
            cell(cells[0], str(n))
            if item is None:
                above = table.rows[len(table.rows) - 2].cells[1]
                merged = above.merge(cells[1])
                text = "".join(t.text for t in merged.paragraphs)
                cell(merged, text)
            else:
                cell(cells[1], item)
            cell(cells[2], content, center=False)
            cell(cells[3], score)
            cell(cells[4], rule, center=False)
            cell(cells[5], lead)
            cell(cells[6], co)
            cell(cells[7], due)
    cells = table.add_row().cells
    cell(cells[0].merge(cells[2]), "合计", bold=True)
    cell(cells[3], "100", bold=True)
    widths = [1.0, 2.2, 7.0, 1.2, 6.0, 2.4, 3.2, 3.0]
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    for text in KAOHE_END:
        para(doc, text, False, 11, False)
    doc.save(path)


# ---------------------------------------------------------------- 4. DOCX 交办单 cards
JIAOBAN_INTRO = [
    ("桦湾镇人民政府督查室", True, 16, True),
    ("桦湾镇2039年重点工作任务交办单（第一批）", True, 18, True),
    ("桦督〔2039〕1号", False, 14, True),
    ("各办站所，各村（社区）：", False, 14, False),
    (
        "根据镇党委、镇政府2039年工作部署，现将第一批重点工作任务交办如下。请各牵头单位收到后"
        "2个工作日内签收，倒排工期、压实责任，每月28日前将办理情况报镇督查室；未按时限办结的，"
        "纳入年度目标考核。",
        False,
        14,
        False,
    ),
]
# 编号, 任务名称, 目标要求, 牵头单位, 责任领导, 配合单位, 完成时限, 督办等级
JIAOBAN_CARDS = [
    (
        "HWDB-2039-001",
        "桦湾工业园区基础设施配套提升",
        "新建园区道路2.8公里，铺设供水管网4.5公里，新增标准厂房2万平方米。",
        "经发办",
        "副镇长　聂远航",
        "村镇建设办、自然资源所",
        "2039年10月31日",
        "一级督办",
    ),
    (
        "HWDB-2039-002",
        "招商引资攻坚",
        "全年新签约项目12个，其中亿元以上项目3个，完成招商引资到位资金10亿元。",
        "经发办",
        "副镇长　聂远航",
        "便民服务中心",
        "2039年12月25日",
        "一级督办",
    ),
    (
        "HWDB-2039-003",
        "茶产业提质增效",
        "新建标准化生态茶园1500亩，改造低产茶园800亩，培育茶叶区域公用品牌1个。",
        "农业办",
        "副镇长　祁山月",
        "林业站、经发办",
        "2039年6月30日",
        "二级督办",
    ),
    (
        "HWDB-2039-004",
        "桦溪流域综合治理",
        "完成桦溪干流清淤疏浚6.5公里，新建生态护岸3.2公里，出境断面水质稳定达到Ⅲ类。",
        "水利站",
        "副镇长　祁山月",
        "生态环境办、各村",
        "汛期前",
        "一级督办",
    ),
    (
        "HWDB-2039-005",
        "农村人居环境整治提升",
        "创建省级美丽宜居村2个，完成农村户厕改造260户。",
        "农业办",
        "副镇长　祁山月",
        "生态环境办、各村",
        "2039年11月30日",
        "二级督办",
    ),
    (
        "HWDB-2039-006",
        "集镇“微更新”行动",
        "改造集镇沿街立面1.6万平方米，新增停车泊位180个，建成口袋公园3个。",
        "村镇建设办",
        "党委委员　孟庭舟",
        "城管中队",
        "国庆前",
        "二级督办",
    ),
    (
        "HWDB-2039-007",
        "“一老一小”服务提升",
        "建成镇级养老服务中心1个，新增托育托位60个，对困难失能老人每人每月发放护理补贴200元。",
        "社事办",
        "副镇长　岑雨薇",
        "财政所、镇卫生院",
        "2039年9月30日",
        "二级督办",
    ),
    (
        "HWDB-2039-008",
        "稳岗就业促增收",
        "城镇新增就业650人，组织“春风行动”专场招聘会4场，开发公益性岗位50个。",
        "社事办",
        "副镇长　岑雨薇",
        "劳动保障所",
        "长期坚持",
        "三级督办",
    ),
    (
        "HWDB-2039-009",
        "消防安全专项整治",
        "完成“三小场所”消防隐患排查1200家，隐患整改率达到100%。",
        "应急办",
        "党委委员　孟庭舟",
        "派出所、消防救援站",
        "2039年8月31日",
        "一级督办",
    ),
    (
        "HWDB-2039-010",
        "基层治理网格化提升",
        "优化调整网格86个，配齐专职网格员86名，12345热线工单按期办结率达到98%。",
        "综治中心",
        "党委委员　孟庭舟",
        "司法所、各村（社区）",
        "上半年",
        "二级督办",
    ),
]
JIAOBAN_END = [
    "抄送：镇党委主要领导，镇人大主席团。",
    "桦湾镇人民政府督查室　　　　　　2039年1月16日印发",
]
CN = "一二三四五六七八九十"


def make_jiaoban(path: Path) -> None:
    from docx import Document
    from docx.shared import Cm

    _, cell, para = _docx_helpers()
    doc = Document()
    for text, bold, size, center in JIAOBAN_INTRO:
        para(doc, text, bold, size, center)
    for i, (code, name, goal, lead, leader, co, due, level) in enumerate(JIAOBAN_CARDS):
        para(doc, f"交办单（{CN[i]}）", True, 14, True)
        t = doc.add_table(rows=8, cols=4)
        t.style = "Table Grid"
        rows = t.rows

        def pair(r, label, value, label2=None, value2=None, rows=rows):
            cs = rows[r].cells
            cell(cs[0], label, bold=True)
            if label2 is None:
                cell(cs[1].merge(cs[3]), value, center=False)
            else:
                cell(cs[1], value, center=False)
                cell(cs[2], label2, bold=True)
                cell(cs[3], value2, center=False)

        pair(0, "交办编号", code, "交办时间", "2039年1月16日")
        pair(1, "任务名称", name)
        pair(2, "目标要求", goal)
        pair(3, "牵头单位", lead, "责任领导", leader)
        pair(4, "配合单位", co)
        pair(5, "完成时限", due, "督办等级", level)
        pair(6, "办理情况", "")
        pair(7, "签收人", "", "签收日期", "　　年　　月　　日")
        for row in t.rows:
            for j, w in enumerate((2.6, 5.6, 2.6, 5.2)):
                row.cells[j].width = Cm(w)
        doc.add_paragraph()
    for text in JIAOBAN_END:
        para(doc, text, False, 11, False)
    doc.save(path)


# ---------------------------------------------------------------- check
def pdf_text(path: Path) -> str:
    """Each page's left column, then its right column (a reader of the full line mixes them)."""
    import pdfplumber

    parts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            w, h = page.width, page.height
            for box in ((0, 0, w / 2, h), (w / 2, 0, w, h)):
                parts.append((page.crop(box).extract_text() or "").replace("\n", ""))
    return "\n".join(parts)


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


def load_expected():
    spec = importlib.util.spec_from_file_location("blind20_expected", HERE / "EXPECTED.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.EXPECTED


def check(names) -> int:
    expected = load_expected()
    readers = {".pdf": pdf_text, ".docx": docx_text, ".xlsx": xlsx_text}
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
    GONGSHI_NAME: make_gongshi,
    LUXIAN_NAME: make_luxian,
    KAOHE_NAME: make_kaohe,
    JIAOBAN_NAME: make_jiaoban,
}


def main() -> int:
    only = set(sys.argv[1:]) or set(BUILDERS)
    for name, build in BUILDERS.items():
        if name in only:
            build(HERE / name)
    return check(only)


if __name__ == "__main__":
    sys.exit(main())
