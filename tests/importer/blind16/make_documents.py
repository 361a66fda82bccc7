# ruff: noqa: E501
"""Generate the five blind16 test documents and check them against EXPECTED.py.

Run with:  nice -n 19 .venv/bin/python tests/importer/blind16/make_documents.py

All text is held in this script; the script writes the four files next to
itself, re-opens each one (pdfplumber text, python-docx raw `w:p` text,
openpyxl cell values, GB18030 text, csv cells split on line breaks) and checks that every `title_contains` of
EXPECTED.py occurs exactly once in the document's text and lies on one line,
and that the set holds 45–65 pledges.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import re
import sys
from pathlib import Path

import openpyxl
import pdfplumber
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from fpdf import FPDF
from fpdf.fonts import FontFace
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

# ---------------------------------------------------------------------------
# 1. 县政府工作报告重点任务分解表 (PDF): a table over several pages, header
#    repeated on every page, category rows spanning the table
# ---------------------------------------------------------------------------

FENJIE_NAME = "霁川县2035年政府工作报告重点任务分解表.pdf"

# category rows are 1-tuples; task rows: 序号, 重点任务, 牵头单位, 配合单位, 县领导, 完成时限
FENJIE = [
    ("一、坚持项目为王，推动产业提质增效（4项）",),
    (
        "1",
        "全年引进5000万元以上产业项目12个，实际利用内资45亿元以上，招商引资到位资金同比增长10%。",
        "县投资促进中心",
        "县发改局、县工信局、县商务局",
        "张立新",
        "年底前",
    ),
    (
        "2",
        "新增规模以上工业企业15家，规模以上工业增加值增长8%左右，高新技术企业总数达到60家。",
        "县工信局",
        "县科技局、县统计局",
        "张立新",
        "全年",
    ),
    (
        "3",
        "新建高标准农田3.2万亩，粮食播种面积稳定在58万亩以上，粮食总产量保持在22万吨以上。",
        "县农业农村局",
        "县财政局、县自然资源局、县水利局",
        "陈  勇",
        "10月底前",
    ),
    (
        "4",
        "加快霁川数字经济产业园二期建设，新增入园企业20家，园区营业收入突破30亿元。",
        "霁川经开区管委会",
        "县工信局、县数据局",
        "张立新",
        "第三季度",
    ),
    ("二、统筹城乡建设，提升功能品质（4项）",),
    (
        "5",
        "改造城镇老旧小区26个、涉及居民3150户，同步完成加装电梯40部。",
        "县住建局",
        "县财政局、各街道办事处",
        "刘  晖",
        "11月底前",
    ),
    (
        "6",
        "新改建农村公路120公里，完成危桥改造15座，新增农村客运班线5条。",
        "县交通运输局",
        "各乡镇人民政府",
        "刘  晖",
        "汛期前完成危桥改造，12月底前全面完成",
    ),
    (
        "7",
        "新建5G基站300个，实现行政村5G网络和千兆光网全覆盖。",
        "县工信局",
        "中国铁塔霁川分公司、各通信运营企业",
        "张立新",
        "9月30日前",
    ),
    (
        "8",
        "完成G207国道霁川城区段改线工程主体施工，同步推进沿线“白改黑”和绿化提质。",
        "县交通运输局",
        "县自然资源局、县城投集团",
        "刘  晖",
        "12月底前",
    ),
    ("三、厚植生态底色，建设美丽霁川（2项）",),
    (
        "9",
        "细颗粒物（PM2.5）平均浓度控制在30微克/立方米以下，空气质量优良天数比例达到92%以上。",
        "市生态环境局霁川分局",
        "县住建局、县交通运输局、县公安局",
        "王  敏",
        "全年",
    ),
    (
        "10",
        "完成营造林4.5万亩，森林覆盖率稳定在65.2%以上，创建省级森林乡村6个。",
        "县林业局",
        "各乡镇人民政府",
        "王  敏",
        "3月底前完成春季造林，12月底前全面完成",
    ),
    ("四、办好民生实事，增进群众福祉（4项）",),
    (
        "11",
        "城镇新增就业4200人，城镇调查失业率控制在5.5%以内，农村劳动力转移就业1.1万人。",
        "县人社局",
        "县就业服务中心、各乡镇人民政府",
        "赵丽华",
        "年底前",
    ),
    (
        "12",
        "新建改扩建公办幼儿园6所，新增公办学位1620个，公办园在园幼儿占比达到55%。",
        "县教育局",
        "县住建局、县自然资源局",
        "赵丽华",
        "秋季开学前",
    ),
    (
        "13",
        "为65岁以上老年人免费开展健康体检8.6万人次，老年人健康管理率达到70%以上。",
        "县卫健委",
        "各乡镇卫生院",
        "赵丽华",
        "10月中旬",
    ),
    (
        "14",
        "持续深化“一件事一次办”改革，政务服务事项网上可办率达到98%，“跨省通办”事项增加到180项。",
        "县政务服务中心",
        "县数据局、县直有关单位",
        "刘  晖",
        "持续推进",
    ),
]

FENJIE_INTRO = [
    "霁川县人民政府办公室文件",
    "霁政办发〔2035〕4号",
    "霁川县人民政府办公室关于印发《霁川县2035年政府工作报告重点任务分解表》的通知",
    "各乡镇人民政府、街道办事处，县政府各部门，县直各单位：",
    "为确保县十八届人大五次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，经县人民政府同意，"
    "现将《霁川县2035年政府工作报告重点任务分解表》印发给你们，请认真贯彻落实。各牵头单位要对照分解表"
    "制定具体推进方案，于3月10日前报县政府督查室备案；每月5日前通过“霁川督查”平台报送上月推进情况，"
    "12月15日前报送全年完成情况。配合单位要主动对接、密切配合。县政府督查室将对重点任务落实情况"
    "实行月调度、季通报，对工作推进不力的单位进行约谈。",
    "附件：霁川县2035年政府工作报告重点任务分解表",
    "霁川县人民政府办公室",
    "2035年2月10日",
]

FENJIE_OUTRO = [
    "注：1. 有多个牵头单位的，排在第一位的为主牵头单位；",
    "2. 完成时限为“全年”“持续推进”的，按年度目标进行考核；",
    "3. 本表所列任务完成情况纳入2035年度县直单位绩效考核，占绩效考核分值的25%。",
    "抄送：县委办公室，县人大常委会办公室，县政协办公室。",
    "霁川县人民政府办公室                      2035年2月10日印发",
]


class _FenjiePDF(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("hei", size=9)
        self.cell(0, 8, f"— {self.page_no()} —", align="C")


def make_fenjie(path: Path) -> None:
    pdf = _FenjiePDF(orientation="L", format="A4")
    pdf.set_title("霁川县2035年政府工作报告重点任务分解表")
    pdf.set_author("霁川县人民政府办公室")
    pdf.add_font("hei", "", CJK_FONT, collection_font_number=0)
    pdf.add_font("hei", "B", CJK_FONT, collection_font_number=0)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 16, 18)

    # cover page: the 通知
    pdf.add_page()
    pdf.set_font("hei", size=24)
    pdf.set_text_color(200, 0, 0)
    pdf.cell(0, 16, FENJIE_INTRO[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("hei", size=13)
    pdf.cell(0, 10, FENJIE_INTRO[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(200, 0, 0)
    pdf.line(18, pdf.get_y() + 1, 279, pdf.get_y() + 1)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(6)
    pdf.set_font("hei", size=15)
    pdf.multi_cell(0, 9, FENJIE_INTRO[2], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("hei", size=12)
    pdf.multi_cell(0, 8, FENJIE_INTRO[3], new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 8, "　　" + FENJIE_INTRO[4], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 8, "　　" + FENJIE_INTRO[5], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.multi_cell(0, 8, FENJIE_INTRO[6], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 8, FENJIE_INTRO[7], align="R", new_x="LMARGIN", new_y="NEXT")

    # the table, starting on a new page
    pdf.add_page()
    pdf.set_font("hei", size=11)
    pdf.cell(0, 8, "附件", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("hei", size=17)
    pdf.cell(
        0, 12, "霁川县2035年政府工作报告重点任务分解表", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("hei", size=10.5)
    head = FontFace(emphasis="BOLD", fill_color=(230, 230, 230))
    with pdf.table(
        col_widths=(12, 118, 32, 52, 18, 29),
        repeat_headings=1,
        line_height=7,
        headings_style=head,
        text_align=("CENTER", "LEFT", "CENTER", "LEFT", "CENTER", "LEFT"),
    ) as table:
        row = table.row()
        for name in ("序号", "重点任务", "牵头单位", "配合单位", "县领导", "完成时限"):
            row.cell(name)
        for item in FENJIE:
            row = table.row()
            if len(item) == 1:
                row.cell(item[0], colspan=6, align="LEFT", style=FontFace(emphasis="BOLD"))
            else:
                for value in item:
                    row.cell(value)
    pdf.ln(4)
    pdf.set_font("hei", size=10)
    for line in FENJIE_OUTRO:
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# 2. 镇政府工作报告 (DOCX): 2035 tasks in prose, owners in brackets at the end
#    of each sentence (the 任务标注稿 the 党政办 circulates after the 人代会)
# ---------------------------------------------------------------------------

BAOGAO_NAME = "榆坪镇2035年政府工作报告（责任单位标注稿）.docx"

BAOGAO_REVIEW = [
    "一、2034年工作回顾",
    "过去的一年，全镇上下团结一心、攻坚克难，较好完成了镇十届人大三次会议确定的目标任务。"
    "全年实现地区生产总值18.6亿元，增长6.2%；引进亿元以上项目3个，新增规上企业2家；"
    "完成农村户厕改造380户，新建高标准农田4200亩；新增城镇就业165人，城乡居民医保参保率达到96.8%。"
    "榆坪食品产业园一期建成投产，榆溪河综合治理工程顺利完工。",
    "在肯定成绩的同时，我们也清醒地看到，经济总量不大、产业链条不长、民生短板较多等问题依然存在，"
    "我们将采取有力措施，认真加以解决。",
]

BAOGAO_PLAN_INTRO = (
    "2035年是“十五五”规划承上启下的关键之年。今年政府工作的总体要求是：坚持稳中求进工作总基调，"
    "以产业振兴为引领，以项目建设为抓手，统筹发展和安全，奋力谱写榆坪高质量发展新篇章。"
    "全镇经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，"
    "农村居民人均可支配收入增长7%以上。围绕上述目标，重点抓好以下五个方面工作："
)

# each section: heading, then the sentences of its paragraph(s)
BAOGAO_SECTIONS = [
    (
        "（一）聚焦产业升级，壮大镇域经济。",
        [
            "坚持招大引强，全年引进亿元以上项目4个、新增规上企业3家（经发办牵头，财政所、自然资源所配合）。",
            "年中前建成榆坪食品产业园二期标准厂房2.4万平方米，力争引进食品加工企业5家入驻（牵头：经发办；配合：自然资源所、便民服务中心）。",
            "做强特色农业，发展设施蔬菜大棚八百亩，新培育家庭农场15家、农民专业合作社示范社3家（责任单位：农业办）。",
        ],
    ),
    (
        "（二）推进乡村建设，改善人居环境。",
        [
            "春节前完成集镇主干道路灯亮化和农贸市场提质改造，让群众过上一个亮堂舒心的新年（村建办牵头，经发办、榆坪供电所配合）。",
            "深化农村人居环境整治，完成农村户厕改造420户，农村生活垃圾无害化处理率达到100%（农业办牵头，环保办、各村配合）。",
            "汛期前完成榆溪河堤防加固3.5公里、山塘除险加固12口（水利站牵头，应急办配合）。",
        ],
    ),
    (
        "（三）守护绿水青山，厚植生态优势。",
        [
            "3月底前完成植树造林1500亩，森林覆盖率稳定在71%以上（责任单位：林业站）。",
            "全面落实河长制，镇域出境断面水质达标率保持100%。（环保办牵头，水利站配合）",
        ],
    ),
    (
        "（四）增进民生福祉，提升幸福指数。",
        [
            "新增城镇就业180人，开展职业技能培训六期、培训农村劳动力三百人次（社事办牵头，便民服务中心配合）。",
            "10月中旬前建成镇敬老院失能照护区，新增护理型床位40张（民政办牵头，镇卫生院配合）。",
            "城乡居民基本医疗保险参保率稳定在97%以上（社事办、镇卫生院）。",
        ],
    ),
    (
        "（五）加强社会治理，建设平安榆坪。",
        [
            "第三季度完成全镇23个村（社区）网格化服务管理标准化建设（综治中心牵头，榆坪派出所、司法所配合）。",
            "6月份集中开展“安全生产月”活动，全年完成企业安全隐患排查整治100家次（安监办牵头，榆坪派出所、镇专职消防队配合）。",
            "长期坚持“四下基层”制度，镇领导班子成员每月驻村走访不少于8天（党政办牵头，镇纪委配合）。",
        ],
    ),
]

BAOGAO_CLOSING = [
    "三、加强政府自身建设",
    "我们将坚持依法行政，自觉接受镇人大的法律监督和工作监督，认真办理人大代表建议，"
    "坚决落实中央八项规定精神，以实干实绩回报全镇人民的信任。",
    "各位代表！新的一年，任务艰巨，使命光荣。让我们在县委、县政府和镇党委的坚强领导下，"
    "凝心聚力、真抓实干，为建设富裕美丽幸福新榆坪而努力奋斗！",
]


def _dpara(doc, text, bold=False, size=16, center=False, indent=True, font="仿宋_GB2312"):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = font
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        para.paragraph_format.first_line_indent = Pt(size * 2)
    para.paragraph_format.line_spacing = Pt(28)
    return para


def make_baogao(path: Path) -> None:
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    _dpara(doc, "（任务分解用稿，请勿外传）", size=12, indent=False)
    _dpara(doc, "政 府 工 作 报 告", bold=True, size=22, center=True, font="方正小标宋简体")
    _dpara(
        doc,
        "——2035年1月12日在榆坪镇第十届人民代表大会第四次会议上",
        size=16,
        center=True,
        font="楷体_GB2312",
    )
    _dpara(doc, "镇长  何  涛", size=16, center=True, font="楷体_GB2312")
    _dpara(doc, "各位代表：", indent=False)
    _dpara(doc, "现在，我代表镇人民政府，向大会报告工作，请予审议。")
    for i, text in enumerate(BAOGAO_REVIEW):
        _dpara(doc, text, bold=(i == 0), font="黑体" if i == 0 else "仿宋_GB2312", indent=(i != 0))
    _dpara(doc, "二、2035年工作安排", bold=True, font="黑体", indent=False)
    _dpara(doc, BAOGAO_PLAN_INTRO)
    for heading, sentences in BAOGAO_SECTIONS:
        # the heading is bold (楷体) at the start of the same paragraph, as typists do
        para = doc.add_paragraph()
        para.paragraph_format.first_line_indent = Pt(32)
        para.paragraph_format.line_spacing = Pt(28)
        run = para.add_run(heading)
        run.bold = True
        run.font.size = Pt(16)
        run.font.name = "楷体_GB2312"
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "楷体_GB2312")
        for sentence in sentences:
            run = para.add_run(sentence)
            run.font.size = Pt(16)
            run.font.name = "仿宋_GB2312"
            run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")
    for i, text in enumerate(BAOGAO_CLOSING):
        _dpara(doc, text, bold=(i == 0), font="黑体" if i == 0 else "仿宋_GB2312", indent=(i != 0))
    _dpara(
        doc,
        "（注：括号内为责任单位，由镇党政办根据镇党委会议研究意见标注，正式印发稿删除。）",
        size=12,
        indent=False,
    )
    doc.save(path)


# ---------------------------------------------------------------------------
# 3. 乡重点工作月度推进计划表 (XLSX): 1月…12月 columns with monthly nodes,
#    a 完成时限 column in the words offices use
# ---------------------------------------------------------------------------

YUEDU_NAME = "苇塘乡2035年重点工作月度推进计划表.xlsx"

MONTHS = [f"{m}月" for m in range(1, 13)]

# 序号, 重点工作, 目标任务, 责任单位, 配合单位, 责任领导, {month: node}, 完成时限, 备注
YUEDU = [
    (
        "1",
        "招商引资",
        "全年签约落地项目5个，其中投资亿元以上项目1个，实际到位资金1.5亿元。",
        "经发办",
        "财政所",
        "周  斌",
        {3: "完成项目储备", 6: "签约2个", 9: "签约4个", 12: "全部落地"},
        "12月20日前",
        "",
    ),
    (
        "2",
        "莲藕产业",
        "新发展莲藕种植三千亩，建成莲藕初加工车间1个。",
        "农业办",
        "经发办、各村",
        "李  芬",
        {2: "完成土地流转", 4: "种植1500亩", 5: "加工车间开工", 6: "全面完成"},
        "6月份",
        "",
    ),
    (
        "3",
        "稻虾共作",
        "推广稻虾综合种养1.2万亩，带动参与农户户均增收3000元以上。",
        "农业办",
        "乡水产站、各村",
        "李  芬",
        {3: "完成田块改造", 5: "投放虾苗", 8: "第一季收获", 9: "验收"},
        "第三季度",
        "",
    ),
    (
        "4",
        "防汛备汛",
        "完成12座小型水库和27处堤防险工险段隐患整治。",
        "水利站",
        "应急办",
        "王  军",
        {1: "隐患排查", 2: "制定方案", 3: "开工", 4: "完成60%", 5: "全面完成"},
        "汛期前",
        "",
    ),
    (
        "5",
        "农村供水",
        "完成苇塘、新垸2处水厂管网延伸工程，新增受益人口6500人。",
        "水利站",
        "乡卫生院",
        "王  军",
        {2: "招标", 3: "开工", 6: "通水"},
        "年中",
        "县水利局项目",
    ),
    (
        "6",
        "人居环境整治",
        "完成农村改厕260户，建成美丽屋场8个。",
        "农业办",
        "环保办、各村",
        "李  芬",
        {4: "改厕100户", 7: "改厕200户", 9: "屋场建设", 10: "验收"},
        "10月中旬",
        "",
    ),
    (
        "7",
        "秸秆禁烧",
        "秸秆综合利用率达到92%以上，全年不发生大面积露天焚烧。",
        "环保办",
        "农业办、各村",
        "王  军",
        {5: "夏收巡查", 6: "夏收巡查", 9: "秋收巡查", 10: "秋收巡查"},
        "长期坚持",
        "",
    ),
    (
        "8",
        "就业培训",
        "开展就业技能培训一千二百人次，新增农村劳动力转移就业350人。",
        "社事办",
        "便民服务中心",
        "陈  静",
        {2: "春风行动招聘会", 5: "培训400人次", 8: "培训800人次", 11: "全面完成"},
        "11月上旬",
        "",
    ),
    (
        "9",
        "互助养老",
        "建成村级互助养老服务点5个，80岁以上老人高龄津贴按时足额发放。",
        "民政办",
        "财政所、各村",
        "陈  静",
        {4: "选址", 6: "建成2个", 9: "建成5个"},
        "三季度末",
        "",
    ),
    (
        "10",
        "矛盾纠纷化解",
        "矛盾纠纷调处成功率达到98%，信访事项按期受理率100%。",
        "综治办",
        "司法所、苇塘派出所",
        "赵  磊",
        {m: "每月研判" for m in range(1, 13)},
        "持续推进",
        "",
    ),
    (
        "11",
        "安全生产",
        "完成全乡35家生产经营单位安全隐患排查，隐患整改率100%。",
        "应急办",
        "苇塘派出所、乡专职消防队",
        "赵  磊",
        {3: "排查15家", 6: "安全生产月", 9: "全面完成"},
        "9月",
        "",
    ),
    (
        "12",
        "群众文化",
        "举办“荷韵苇塘”群众文化活动20场次，建成农家书屋提质示范点3个。",
        "文化站",
        "经发办",
        "周  斌",
        {5: "5场次", 7: "荷花节", 8: "全面完成"},
        "8月底前",
        "",
    ),
]

YUEDU_NOTES = [
    "填报说明",
    "1. 本表由乡党政办汇总，经乡党委会议研究通过后执行，各责任单位按月对照推进。",
    "2. 月份栏填写当月应完成的节点任务，空白表示当月无节点。",
    "3. 完成时限以本表“完成时限”栏为准；“持续推进”“长期坚持”的事项按年度考核。",
    "4. 各责任单位于每月28日前将当月节点完成情况报乡党政办，联系人：胡小燕，电话：0736-7285012。",
]


def make_yuedu(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "月度计划"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    header = [
        "序号",
        "重点工作",
        "目标任务",
        "责任单位",
        "配合单位",
        "责任领导",
        *MONTHS,
        "完成时限",
        "备注",
    ]
    ncols = len(header)
    last = get_column_letter(ncols)
    ws["A1"] = "苇塘乡2035年重点工作月度推进计划表"
    ws["A1"].font = Font(name="方正小标宋简体", size=18)
    ws["A1"].alignment = center
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = "填报单位：苇塘乡党政综合办公室"
    ws.merge_cells("A2:F2")
    ws["M2"] = "更新时间：2035年3月2日"
    ws.merge_cells(f"M2:{last}2")
    for col, name in enumerate(header, start=1):
        cell = ws.cell(row=3, column=col, value=name)
        cell.font = Font(name="黑体", size=11, bold=True)
        cell.alignment = center
        cell.border = border
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    r = 4
    for no, work, goal, lead, co, leader, nodes, due, note in YUEDU:
        values = [int(no), work, goal, lead, co, leader]
        values += [nodes.get(m, None) for m in range(1, 13)]
        values += [due, note or None]
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=col, value=value)
            cell.border = border
            cell.alignment = wrap if col == 3 else center
            cell.font = Font(name="仿宋_GB2312", size=10)
        r += 1
    ws.cell(
        row=r + 1,
        column=1,
        value="乡党委书记：          乡长：          审核：          制表：胡小燕",
    )
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=ncols)
    widths = {"A": 5, "B": 11, "C": 44, "D": 9, "E": 16, "F": 8}
    for col in range(1, ncols + 1):
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = widths.get(letter, 9)
    ws.column_dimensions[get_column_letter(ncols - 1)].width = 11
    ws.freeze_panes = "G4"
    ws.print_title_rows = "3:3"

    notes = wb.create_sheet("填报说明")
    for i, line in enumerate(YUEDU_NOTES, start=1):
        notes.cell(row=i, column=1, value=line)
    notes.column_dimensions["A"].width = 90
    wb.active = 0
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. 镇工作计划 (GB18030 .txt): 〇 in years, full-width digits, Chinese
#    numerals, 一是…二是… inside paragraphs, owners as 由…牵头，…配合
# ---------------------------------------------------------------------------

JIHUA_NAME = "松汀镇二〇三五年工作计划.txt"

JIHUA_TEXT = """\
松汀镇人民政府
关于印发《松汀镇二〇三五年工作计划》的通知
松政发〔２０３５〕３号

各村（社区），镇直各单位：
　　《松汀镇二〇三五年工作计划》已经镇党委会议、镇政府常务会议研究同意，现印发给你们，请结合实际认真抓好落实。各牵头单位每季度末月２５日前将工作推进情况报镇党政办。

松汀镇人民政府
二〇三五年一月二十日

松汀镇二〇三五年工作计划

　　一、二〇三四年工作回顾
　　二〇三四年，全镇完成财政收入４６８０万元，同比增长５．３％；新发展油菜种植二千亩，完成农村改厕三百一十户；新增城镇就业一百九十人，调处矛盾纠纷２１６件，调处成功率９７．６％。松汀古镇游客接待量首次突破一万五千人次。

　　二、二〇三五年工作计划
　　二〇三五年全镇工作的总体思路是：以产业兴镇、旅游活镇、生态立镇为主线，抓项目、强产业、惠民生、保平安，力争财政收入增长５％以上，农村居民人均可支配收入增长７％。重点抓好以下五个方面：
　　（一）产业发展方面。一是由经发办牵头，财政所配合，全年招引亿元以上项目２个、千万元以上项目８个。二是由农业办牵头，各村配合，新发展油菜种植三千亩、优质稻五千五百亩，打造沿江千亩油菜花海观光带。三是由经发办牵头，文化站配合，依托松汀古镇发展乡村旅游，全年接待游客两万人次，旅游综合收入突破一千五百万元。
　　（二）乡村建设方面。一是由村建办牵头，经发办配合，春节前完成集镇农贸市场提质改造并开业运营。二是由水利站牵头，应急办配合，汛期前完成松汀河堤防加固２．６公里、山塘除险加固１２口。三是由农业办牵头，环保办、各村配合，十月中旬前完成农村改厕三百五十户，建成美丽庭院示范户１００户。
　　（三）生态环保方面。一是由林业站牵头，各村配合，完成植树造林一千二百亩，森林覆盖率稳定在６８％以上。二是由环保办牵头，农业办配合，持续推进秸秆禁烧和综合利用，秸秆综合利用率达到百分之九十以上。
　　（四）民生保障方面。一是由社事办牵头，便民服务中心配合，新增城镇就业２００人，农村劳动力转移就业八百人。二是由民政办牵头，镇卫生院配合，第二季度建成镇级区域养老服务中心，新增养老床位５０张。三是由社事办牵头，镇卫生院、各村配合，城乡居民医保参保率稳定在９６％以上，完成６５岁以上老年人健康体检两千人次。
　　（五）社会治理方面。一是由综治中心牵头，松汀派出所、司法所配合，长期坚持矛盾纠纷多元化解，调处成功率达到９８％。二是由应急办牵头，松汀派出所配合，６月份集中开展安全生产月活动，全年排查整治隐患企业４５家。三是由党政办牵头，镇纪委配合，年中前完成全镇１５个村务监督委员会规范化建设。

　　三、保障措施
　　（一）加强组织领导。各牵头单位主要负责人是第一责任人，要细化工作方案，明确时间表、路线图。
　　（二）强化督查考核。镇党政办每季度开展一次督查，督查结果纳入年度综合考核，占考核总分的３０％。

抄送：县人民政府办公室。
松汀镇党政综合办公室　　　　　　　　二〇三五年一月二十日印发
"""


# ---------------------------------------------------------------------------
# 5. 街道重点工作责任分工表 (CSV exported from the 协同办公 system): one row per
#    unit, that unit's tasks numbered inside one cell with line breaks; a row of
#    pinyin field codes above the Chinese header row
# ---------------------------------------------------------------------------

FENGONG_NAME = "澄湖街道2035年重点工作责任分工表_导出.csv"

FENGONG_CODES = ["XH", "ZRDW", "FGLD", "NDZDRW", "BZ", "GXSJ"]
FENGONG_HEADER = ["序号", "责任单位", "分管领导", "年度重点任务", "备注", "更新时间"]

# 序号, 责任单位, 分管领导, [tasks], 备注, 更新时间
FENGONG = [
    (
        "1",
        "经济发展办公室",
        "孙  涛",
        [
            "1.全年新引进企业注册落户60家，其中规上企业4家（配合单位：便民服务中心；完成时限：12月底前）",
            "2.盘活闲置楼宇3栋、面积1.8万平方米（配合单位：城市管理办公室；完成时限：三季度末）",
        ],
        "",
        "2035-02-18 09:12:40",
    ),
    (
        "2",
        "城市管理办公室",
        "钱  伟",
        [
            "1.完成背街小巷改造14条，新增公共停车泊位600个（配合单位：社区建设办公室、各社区；完成时限：10月底前）",
            "2.生活垃圾分类小区覆盖率达到100%，建成再生资源回收站点12个（配合单位：生态环境办公室；完成时限：持续推进）",
        ],
        "区城管局对口",
        "2035-02-18 09:12:40",
    ),
    (
        "3",
        "社会事务办公室",
        "吴  敏",
        [
            "1.建成社区嵌入式养老服务站3个，新增老年助餐点8个（配合单位：各社区；完成时限：国庆前）",
            "2.新增城镇就业850人，帮助就业困难人员实现就业60人（配合单位：便民服务中心；完成时限：全年）",
            "3.暑期开展“童心护苗”托管服务，服务儿童一千五百人次（配合单位：街道团工委、各社区；完成时限：8月底前）",
        ],
        "",
        "2035-02-19 16:03:05",
    ),
    (
        "4",
        "平安办",
        "郑  斌",
        [
            "1.完成老旧小区消防设施改造21个，电动自行车集中充电设施小区覆盖率达到90%（配合单位：应急管理办公室、澄湖派出所；完成时限：6月底前）",
            "2.矛盾纠纷化解率达到98%以上，确保实现“四个不发生”（配合单位：司法所、各社区；完成时限：长期坚持）",
        ],
        "",
        "2035-02-18 09:12:40",
    ),
    (
        "5",
        "党政综合办公室",
        "孙  涛",
        [
            "1.建成“15分钟便民生活圈”示范社区2个（配合单位：经济发展办公室、各社区；完成时限：11月底前）",
        ],
        "牵头单位调整，原为社区建设办公室",
        "2035-02-20 10:41:17",
    ),
]


def fengong_csv() -> str:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(FENGONG_CODES)
    writer.writerow(FENGONG_HEADER)
    for no, unit, leader, tasks, note, stamp in FENGONG:
        # the cell's line breaks are LF inside a quoted field, as the export writes them
        writer.writerow([no, unit, leader, "\n".join(tasks), note, stamp])
    writer.writerow(["导出人：chenghu_admin", "", "", "导出时间：2035-02-20 10:45:02", "", ""])
    return "\ufeff" + out.getvalue()


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------


def pdf_lines(path: Path) -> list[str]:
    lines = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            lines.extend((page.extract_text() or "").splitlines())
    return lines


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


def gb_lines(path: Path) -> list[str]:
    return path.read_bytes().decode("gb18030").splitlines()


def csv_lines(path: Path) -> list[str]:
    lines = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.reader(handle):
            for value in row:
                lines.extend(value.splitlines())
    return lines


def load_expected():
    spec = importlib.util.spec_from_file_location("blind16_expected", HERE / "EXPECTED.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.EXPECTED


def check() -> int:
    expected = load_expected()
    readers = {
        ".pdf": pdf_lines,
        ".docx": docx_lines,
        ".xlsx": xlsx_lines,
        ".txt": gb_lines,
        ".csv": csv_lines,
    }
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
    if not 45 <= total <= 65:
        problems.append(f"total {total} is outside 45–65")
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


def main() -> int:
    make_fenjie(HERE / FENJIE_NAME)
    make_baogao(HERE / BAOGAO_NAME)
    make_yuedu(HERE / YUEDU_NAME)
    (HERE / JIHUA_NAME).write_bytes(JIHUA_TEXT.replace("\n", "\r\n").encode("gb18030"))
    (HERE / FENGONG_NAME).write_bytes(fengong_csv().encode("utf-8"))
    return check()


if __name__ == "__main__":
    sys.exit(main())
