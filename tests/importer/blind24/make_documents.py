# ruff: noqa: E501  (document text in Chinese runs past the line limit)
"""Build the blind24 documents from text held in this script, then check them.

Run with:  .venv/bin/python tests/importer/blind24/make_documents.py [FILE ...]

Writes the documents next to this script, re-opens each (the TXT files decoded, the
python-docx raw `w:p` text, pdfplumber text of each table column cropped page by page)
and checks that every `title_contains` of EXPECTED.py occurs exactly once in its document
with line breaks removed (the web copy and the PDF cells wrap mid-phrase), and that the
set holds 40–60 pledges.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

BAOGAO_NAME = "岫川镇2043年政府工作报告.txt"
YAODIAN_NAME = "关于印发《蘅塘街道2043年工作要点》的通知.docx"
JIEDIAN_NAME = "杓溪乡2043年重点工作任务节点分解表（Excel导出）.pdf"
WANGYE_NAME = "汀埠镇2043年重点工作安排_汀埠县人民政府网（网页复制）.txt"

# ---------------------------------------------------------------- 1. TXT 政府工作报告
BAOGAO_LINES = [
    "岫川镇2043年政府工作报告",
    "——2043年1月12日在岫川镇第九届人民代表大会第三次会议上",
    "镇长　韦承泽",
    "",
    "各位代表：",
    "　　现在，我代表镇人民政府向大会报告工作，请予审议，并请列席人员提出意见。",
    "",
    "一、2042年工作回顾",
    "　　2042年，在县委、县政府和镇党委的坚强领导下，全镇上下攻坚克难，较好完成了镇九届人大二次会议确定的目标任务。全年完成地区生产总值38.6亿元，增长6.4%；一般公共预算收入1.28亿元，增长5.1%；农村居民人均可支配收入2.46万元，增长7.2%。",
    "　　一年来，我们主要做了以下工作：一是产业发展稳中有进。新引进项目11个，其中亿元以上项目3个，新增规上工业企业4家；新建高标准农田2600亩，岫川香芋种植面积达到1.1万亩。二是城乡面貌持续改善。改造集镇老旧小区2个，新改建农村公路18公里，完成农村户厕改造530户，镇区污水管网延伸6.5公里。三是民生福祉不断增进。新增城镇就业410人，新建村级互助养老点3个，发放各类救助资金286万元，镇中心小学运动场改造投入使用。四是平安岫川扎实推进。化解矛盾纠纷312件，全年未发生较大以上安全生产事故。",
    "　　在肯定成绩的同时，我们也清醒看到，经济总量不大、产业链条不长、公共服务短板较多等问题依然存在，我们将采取有力措施加以解决。",
    "",
    "二、2043年工作安排",
    "　　2043年是“十八五”规划承上启下的关键之年。今年政府工作的总体要求是：坚持稳中求进工作总基调，统筹发展和安全，奋力建设产业强、生态美、百姓富的新岫川。",
    "　　主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%以上，农村居民人均可支配收入增长7%左右，城镇调查失业率控制在5.5%以内。",
    "　　围绕上述目标，重点抓好以下四个方面工作：",
    "　　（一）聚焦产业升级，增强发展动能",
    "　　一是全力招商引资，全年引进亿元以上项目4个，新签约项目15个，实际利用内资突破9亿元（责任单位：经发办，配合单位：自然资源所、财政所）；二是培育壮大工业，新增规上工业企业5家，规上工业增加值增长8%，9月底前建成岫川工业集中区标准厂房3.2万平方米（责任单位：经发办）；三是做强特色农业，新建高标准农田3000亩，岫川香芋种植面积稳定在1.2万亩以上；四是发展乡村旅游，办好第五届岫川香芋文化节，全年接待游客突破60万人次。",
    "　　（二）聚焦城乡融合，提升宜居品质",
    "　　一是推进集镇更新，改造老旧小区3个，加装电梯10台，新增公共停车泊位200个，11月底前全部完工（责任单位：村镇建设办，配合单位：财政所、城管中队）；二是完善交通路网，新改建农村公路25公里，新建错车道40处，完成“四好农村路”省级示范创建（责任单位：交通办）；三是守护绿水青山，汛期前完成岫川河堤加固3.5公里，整治病险山塘6口（责任单位：水利站，配合单位：生态环境办）。",
    "　　（三）聚焦民生改善，增进群众福祉",
    "　　一是稳定扩大就业，新增城镇就业450人，开展职业技能培训12期、培训600人次（责任单位：社事办）；二是提升养老服务，新建村级互助养老点4个，为80周岁以上老人每月发放高龄津贴每人100元，新增养老床位60张（责任单位：社事办，配合单位：镇卫生院、各村）；三是办好人民满意教育，秋季开学前完成镇中心幼儿园扩建，新增学位180个；四是做好医疗保障，城乡居民医保参保率稳定在97%以上，家庭医生重点人群签约率达到85%。",
    "　　（四）聚焦安全稳定，建设平安岫川",
    "　　一是深化矛盾纠纷化解，坚持和发展新时代“枫桥经验”，矛盾纠纷调解成功率达到98%以上（责任单位：综治中心，配合单位：司法所、派出所）；二是抓实安全生产，开展“百日攻坚”专项整治，检查企业和经营场所不少于800家次，全年不发生较大及以上生产安全事故（责任单位：安监办，配合单位：市场监管所）；三是强化防汛防火，国庆前新建村级应急物资储备点12个。",
    "",
    "　　各位代表！新征程催人奋进，新使命重任在肩。让我们在县委、县政府和镇党委的坚强领导下，团结一心、真抓实干，为建设产业强、生态美、百姓富的新岫川而努力奋斗！",
]


def make_baogao(path: Path) -> None:
    # UTF-8 with BOM, CRLF: as saved by Notepad on the office PC
    path.write_bytes(("\r\n".join(BAOGAO_LINES) + "\r\n").encode("utf-8-sig"))


# ---------------------------------------------------------------- 2. DOCX 工作要点（一、（一）1.（1））
# ("kind", text): head = red-head lines, p = body paragraph, h1 = 一、, h2 = （一）,
# duty = the 牵头单位 line under a （一） heading, item = 1. / （1） paragraphs
YAODIAN_BLOCKS = [
    ("redhead", "中共蘅塘街道工作委员会\n蘅塘街道办事处"),
    ("center", "蘅工发〔2043〕3号"),
    ("title", "关于印发《蘅塘街道2043年工作要点》的通知"),
    ("p0", "各社区党组织、居委会，街道各办（站、所、中心）："),
    ("p", "　　现将《蘅塘街道2043年工作要点》印发给你们，请结合实际认真抓好落实。"),
    ("right", "中共蘅塘街道工作委员会　　蘅塘街道办事处"),
    ("right", "2043年1月16日"),
    ("pagebreak", ""),
    ("title", "蘅塘街道2043年工作要点"),
    (
        "p",
        "　　2043年街道工作的总体思路是：坚持党建引领，聚焦经济发展、城市更新和民生保障，全力打造宜居宜业幸福蘅塘。",
    ),
    ("h1", "一、推动经济提质增效"),
    ("h2", "（一）招商引资和项目建设"),
    ("duty", "牵头单位：经发办；配合单位：自然资源所、财政所"),
    ("item", "1.全年引进亿元以上项目3个，新签约项目12个，完成固定资产投资6.5亿元。"),
    (
        "item",
        "2.加快蘅塘科创园二期建设，新增入驻企业25家，科技型中小企业达到40家，二期工程11月底前竣工验收。",
    ),
    (
        "item",
        "3.深化“一件事一次办”改革，企业开办时间压缩至1个工作日以内，政务服务事项网上可办率达到98%。（牵头单位：便民服务中心；配合单位：党政办）",
    ),
    ("h2", "（二）商贸消费和市场监管"),
    ("duty", "牵头单位：经发办；配合单位：市场监管所"),
    ("item", "1.社会消费品零售总额增长6%以上，新增限上商贸企业8家。"),
    ("item", "2.举办“蘅塘夜市”消费季活动4场，改造提升农贸市场2个，9月底前全部完成。"),
    ("item", "3.开展食品安全“守护”行动，抽检食品样品不少于600批次。（牵头单位：市场监管所）"),
    ("h1", "二、推进城市更新和基层治理"),
    ("h2", "（一）城市更新"),
    ("duty", "牵头单位：城建办；配合单位：财政所、各社区"),
    ("item", "1.老旧小区改造。"),
    ("sub", "（1）完成桂花苑、龙井新村2个小区综合改造，加装电梯12台，11月底前完工；"),
    ("sub", "（2）新增公共停车泊位300个，建成口袋公园3个。"),
    (
        "item",
        "2.背街小巷整治。整治背街小巷8条，改造雨污管网4.2公里。（牵头单位：城管中队；配合单位：城建办）",
    ),
    ("h2", "（二）基层治理"),
    ("duty", "牵头单位：综治中心；配合单位：派出所、司法所、各社区"),
    ("item", "1.矛盾纠纷化解率达到98%以上，信访事项按期办结率100%。"),
    ("item", "2.深化网格化管理，优化调整网格86个，配齐专职网格员86名。"),
    (
        "item",
        "3.检查“九小场所”不少于1200家次，全年不发生重大及以上安全生产事故。（牵头单位：应急办；配合单位：市场监管所、各社区）",
    ),
    ("h1", "三、增进民生福祉"),
    ("h2", "（一）就业和社会保障"),
    ("duty", "责任单位：社事办"),
    ("item", "1.新增城镇就业600人，帮助困难人员就业50人。"),
    ("item", "2.新建社区嵌入式养老服务站2个，新增普惠托位90个，8月31日前投入运营。"),
    (
        "item",
        "3.家庭医生签约服务覆盖率达到45%，为65周岁以上老年人免费健康体检4000人次。（牵头单位：社区卫生服务中心；配合单位：社事办）",
    ),
    (
        "p",
        "　　各社区、各部门要对照本要点，细化工作措施，明确时间节点，每季度末将推进情况报街道党政办。",
    ),
    ("small", "抄送：区委办、区政府办。"),
    ("small", "蘅塘街道党政办公室　　　　　　　　　　2043年1月16日印发"),
]


def make_yaodian(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    doc = Document()

    def para(text, size=16, bold=False, align=None, font="仿宋_GB2312", color=None, indent=False):
        p = doc.add_paragraph()
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(28)
        if indent:
            p.paragraph_format.first_line_indent = Pt(size * 2)
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
        run.font.name = font
        if color:
            run.font.color.rgb = RGBColor(*color)
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        return p

    for kind, text in YAODIAN_BLOCKS:
        if kind == "redhead":
            for line in text.split("\n"):
                para(line, 26, True, WD_ALIGN_PARAGRAPH.CENTER, "方正小标宋简体", (0xC0, 0, 0))
        elif kind == "center":
            para(text, 16, False, WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "title":
            para(text, 22, False, WD_ALIGN_PARAGRAPH.CENTER, "方正小标宋简体")
        elif kind == "right":
            para(text, 16, False, WD_ALIGN_PARAGRAPH.RIGHT)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            para(text, 16, False, None, "黑体", indent=True)
        elif kind == "h2":
            para(text, 16, True, None, "楷体_GB2312", indent=True)
        elif kind == "duty":
            para(text, 16, False, None, "楷体_GB2312", indent=True)
        elif kind == "small":
            para(text, 14)
        elif kind in ("item", "sub"):
            para(text, 16, indent=True)
        else:
            para(text.lstrip("　"), 16, indent=text.startswith("　"))
    doc.save(path)


# ---------------------------------------------------------------- 3. PDF 任务节点分解表（Excel导出）
JIEDIAN_TITLE = "杓溪乡2043年重点工作任务节点分解表"
JIEDIAN_SUB = ("填报单位：杓溪乡党政综合办公室", "填报日期：2043年1月20日")
JIEDIAN_COLS = [
    ("序号", 10),
    ("重点任务", 22),
    ("目标任务", 66),
    ("时间节点", 21),
    ("节点任务", 62),
    ("牵头单位", 24),
    ("配合单位", 33),
    ("包联领导", 20),
]
# (group, 包联领导, [(重点任务, 目标任务, 牵头单位, 配合单位, [(时间节点, 节点任务), …])])
JIEDIAN_GROUPS = [
    (
        "一、产业发展",
        "吴振华",
        [
            (
                "茶产业提质",
                "新建高标准生态茶园1500亩，改造低产茶园2000亩，新建茶叶精深加工生产线2条并投产。",
                "农业办",
                "林业站、各村",
                [
                    ("3月底前", "完成新建茶园选址和土地流转"),
                    ("6月底前", "完成新建茶园种植800亩，低产茶园改造1000亩"),
                    ("10月底前", "2条生产线建成投产，茶园建设和改造全部完成"),
                ],
            ),
            (
                "招商引资",
                "全年招引5000万元以上项目3个，其中工业项目不少于2个，实际到位资金4.5亿元。",
                "经发办",
                "自然资源所、财政所",
                [
                    ("一季度", "签约项目1个"),
                    ("三季度", "累计签约项目3个，开工2个"),
                    ("12月20日前", "实际到位资金完成全年任务"),
                ],
            ),
            (
                "农旅融合",
                "建成杓溪田园综合体一期，新增民宿20家，全年接待游客25万人次。",
                "经发办",
                "文化站、农业办",
                [
                    ("5月底前", "完成游客服务中心主体工程"),
                    ("国庆前", "田园综合体一期开园运营"),
                    ("11月底前", "新增民宿全部挂牌营业"),
                ],
            ),
        ],
    ),
    (
        "二、乡村建设",
        "宋立群",
        [
            (
                "农村公路提质",
                "新改建农村公路16公里，实施危桥改造3座，新建错车道30处。",
                "村镇建设办",
                "财政所、各村",
                [
                    ("4月底前", "完成施工图设计和招标"),
                    ("8月底前", "完成路基工程和危桥改造3座"),
                    ("11月中旬", "全线完工并交工验收"),
                ],
            ),
            (
                "水利设施建设",
                "完成山塘除险加固8口，新建灌溉机埠2座，改造灌溉渠道12公里。",
                "水利站",
                "应急办、各村",
                [
                    ("汛期前", "完成山塘除险加固8口"),
                    ("10月底前", "完成机埠建设"),
                    ("12月底前", "完成渠道改造并验收"),
                ],
            ),
            (
                "人居环境整治",
                "完成农村户厕改造450户，新建农村公厕6座，农村生活垃圾分类覆盖率达到90%以上。",
                "生态办",
                "农业办、各村",
                [
                    ("3月底前", "完成改厕户摸底登记"),
                    ("6月底前", "完成户厕改造200户"),
                    ("9月底前", "6座公厕全部建成"),
                    ("12月底前", "户厕改造全部完成并通过县级验收"),
                ],
            ),
            (
                "集镇品质提升",
                "实施集镇主街立面改造1.2公里，新增停车泊位150个，新装路灯220盏。",
                "村镇建设办",
                "城管中队、财政所",
                [
                    ("二季度", "完成改造方案设计"),
                    ("三季度", "完成主街立面改造"),
                    ("四季度", "停车泊位和路灯全部完工"),
                ],
            ),
        ],
    ),
    (
        "三、民生保障",
        "谭　慧",
        [
            (
                "教育提质",
                "完成杓溪中心小学教学楼改扩建，新增学位270个。",
                "中心学校",
                "村镇建设办、财政所",
                [
                    ("3月底前", "开工建设"),
                    ("7月底前", "主体完工"),
                    ("秋季开学前", "投入使用"),
                ],
            ),
            (
                "就业增收",
                "新增城镇就业300人，开展技能培训8期、培训400人次，农村劳动力转移就业1200人。",
                "社事办",
                "经发办",
                [
                    ("上半年", "新增城镇就业150人，完成培训4期"),
                    ("下半年", "完成全年目标任务"),
                ],
            ),
            (
                "安全生产",
                "全年开展安全检查不少于900家次，较大及以上生产安全事故零发生。",
                "应急办",
                "市场监管所、派出所",
                [
                    ("每季度末", "完成一轮全覆盖检查"),
                    ("12月底前", "完成全年检查任务并总结"),
                ],
            ),
        ],
    ),
]
# a manual page break (as set in Excel's page-break preview) after this task's n-th node
JIEDIAN_BREAK = ("人居环境整治", 2)
JIEDIAN_NOTES = [
    "注：1.时间节点未注明年份的均为2043年；2.包联领导负责统筹协调，不作为责任单位考核；3.各牵头单位每月25日前将节点完成情况报乡党政综合办公室（联系电话：0000-4418620）。",
    "填表人：邱　敏　　　　审核人：罗建平",
]


def make_jiedian(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("wqy", "", FONT)
    pdf.add_font("wqy", "B", FONT)
    page_w, page_h, margin = 297.0, 210.0, 15.5
    top, bottom, lh, pad = 14.0, 210.0 - 16.0, 4.6, 1.2
    size = 9.5
    xs = [margin]
    for _, w in JIEDIAN_COLS:
        xs.append(xs[-1] + w)

    def wrap(text: str, width: float, bold: bool = False) -> list[str]:
        pdf.set_font("wqy", "B" if bold else "", size)
        lines, line = [], ""
        for ch in text:
            if pdf.get_string_width(line + ch) > width - 2 * pad and line:
                if ch in "，。、；：）”%" and len(line) > 1:
                    # no closing mark at a line's start: its character goes down with it
                    lines.append(line[:-1])
                    line = line[-1]
                else:
                    lines.append(line)
                    line = ""
            line += ch
        if line:
            lines.append(line)
        return lines

    def cell_text(x0, x1, y0, y1, text, center_x=False, bold=False):
        lines = wrap(text, x1 - x0, bold) if text else []
        pdf.set_font("wqy", "B" if bold else "", size)
        y = y0 + ((y1 - y0) - len(lines) * lh) / 2  # Excel's 垂直居中
        for line in lines:
            pdf.set_xy(x0 + pad, y)
            pdf.cell(x1 - x0 - 2 * pad, lh, line, align="C" if center_x else "L")
            y += lh

    pages = []  # list of lists of draw ops
    ops: list = []

    def new_page(first: bool) -> float:
        nonlocal ops
        ops = []
        pages.append(ops)
        y = top
        if first:
            ops.append(("title", y))
            y += 12
            ops.append(("sub", y))
            y += 8
        hh = 9.0
        ops.append(("header", y, hh))
        return y + hh

    y = new_page(True)
    n = 0
    task_cols = (0, 1, 2, 5, 6, 7)
    for group, leader, tasks in JIEDIAN_GROUPS:
        gh = lh + 2 * pad + 1
        if y + gh > bottom:
            y = new_page(False)
        ops.append(("group", y, gh, group))
        y += gh
        for name, goal, lead, co, nodes in tasks:
            n += 1
            texts = {0: str(n), 1: name, 2: goal, 5: lead, 6: co, 7: leader}
            need = max(len(wrap(t, xs[c + 1] - xs[c])) for c, t in texts.items()) * lh + 2 * pad
            hs = [
                max(len(wrap(a, xs[4] - xs[3])), len(wrap(b, xs[5] - xs[4]))) * lh + 2 * pad
                for a, b in nodes
            ]
            split = JIEDIAN_BREAK[1] if name == JIEDIAN_BREAK[0] else None
            first_part = hs[:split] if split else hs
            if sum(first_part) < need:
                first_part[-1] += need - sum(first_part)
                hs[len(first_part) - 1] = first_part[-1]
            if split is None and y + sum(hs) > bottom:
                y = new_page(False)
            block_top = y
            for i, ((when, what), h) in enumerate(zip(nodes, hs, strict=True)):
                if split is not None and i == split:
                    ops.append(("task", block_top, y, texts))
                    y = new_page(False)
                    block_top = y
                    texts = {c: "" for c in texts}  # the merged cells go on, empty
                ops.append(("node", y, h, when, what))
                y += h
            ops.append(("task", block_top, y, texts))
    for note in JIEDIAN_NOTES:
        lines = wrap(note, xs[-1] - xs[0])
        if y + len(lines) * lh + 3 > bottom:
            y = new_page(False)
        ops.append(("note", y + 2, lines))
        y += len(lines) * lh + 3

    total = len(pages)
    for p, page_ops in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_line_width(0.2)
        for op in page_ops:
            kind = op[0]
            if kind == "title":
                pdf.set_font("wqy", "B", 16)
                pdf.set_xy(margin, op[1])
                pdf.cell(xs[-1] - margin, 10, JIEDIAN_TITLE, align="C")
            elif kind == "sub":
                pdf.set_font("wqy", "", 10)
                pdf.set_xy(margin, op[1])
                pdf.cell(120, 6, JIEDIAN_SUB[0])
                pdf.set_xy(xs[-1] - 80, op[1])
                pdf.cell(80, 6, JIEDIAN_SUB[1], align="R")
            elif kind == "header":
                _, yy, hh = op
                for j, (label, _w) in enumerate(JIEDIAN_COLS):
                    pdf.rect(xs[j], yy, xs[j + 1] - xs[j], hh)
                    cell_text(xs[j], xs[j + 1], yy, yy + hh, label, True, True)
            elif kind == "group":
                _, yy, hh, text = op
                pdf.rect(xs[0], yy, xs[-1] - xs[0], hh)
                cell_text(xs[0], xs[-1], yy, yy + hh, text, False, True)
            elif kind == "node":
                _, yy, hh, when, what = op
                pdf.rect(xs[3], yy, xs[4] - xs[3], hh)
                pdf.rect(xs[4], yy, xs[5] - xs[4], hh)
                cell_text(xs[3], xs[4], yy, yy + hh, when, True)
                cell_text(xs[4], xs[5], yy, yy + hh, what)
            elif kind == "task":
                _, y0, y1, texts = op
                for c in task_cols:
                    pdf.rect(xs[c], y0, xs[c + 1] - xs[c], y1 - y0)
                    cell_text(xs[c], xs[c + 1], y0, y1, texts[c], c in (0, 1, 5, 7))
            elif kind == "note":
                _, yy, lines = op
                pdf.set_font("wqy", "", size)
                for line in lines:
                    pdf.set_xy(xs[0], yy)
                    pdf.cell(xs[-1] - xs[0], lh, line)
                    yy += lh
        pdf.set_font("wqy", "", 9)
        pdf.set_xy(margin, page_h - 11)
        pdf.cell(page_w - 2 * margin, 5, f"第 {p} 页，共 {total} 页", align="C")
    pdf.output(str(path))


# ---------------------------------------------------------------- 4. TXT 网页复制（硬换行）
WANGYE_HEAD = [
    "汀埠县人民政府门户网站",
    "首页 > 政务公开 > 乡镇（街道）信息公开 > 汀埠镇 > 计划规划",
    "",
    "汀埠镇2043年重点工作安排",
    "发布时间：2043-01-19 10:26　来源：汀埠镇人民政府　作者：镇党政办　浏览次数：1268",
    "字号：大 中 小　　打印本页　关闭窗口",
    "",
]
# (heading or None, paragraph)
WANGYE_BODY = [
    (None, "为全面完成全年目标任务，经镇党委会议研究，现将2043年重点工作安排如下。"),
    (
        "做强实体经济",
        "围绕新能源装备和食品加工两大主导产业精准招商，全年引进亿元以上项目3个，新增规上工业企业4家，实际利用内资7.2亿元（经发办牵头，自然资源所、财政所配合）。",
    ),
    (
        None,
        "加快汀埠食品产业园建设，新建标准厂房2.8万平方米，9月底前完成园区污水处理站建设，新增污水处理能力500吨/日（经发办牵头，生态办配合）。",
    ),
    (
        None,
        "优化营商环境，新增市场主体800户，企业开办全流程压缩至1个工作日以内（便民服务中心牵头，市场监管所配合）。",
    ),
    (
        "推进乡村振兴",
        "粮食播种面积稳定在5.6万亩以上，新建高标准农田3500亩，10月底前完成（农业办牵头，水利站、自然资源所配合）。",
    ),
    (
        None,
        "做大汀埠黄桃特色产业，新增黄桃种植面积1200亩，建成冷链仓储中心1处，村级集体经济经营性收入20万元以上的村达到15个（农业农村办牵头）。",
    ),
    (None, "汛期前完成汀埠溪堤防加固2.2公里，清淤整治山塘10口（水利站牵头，应急办、各村配合）。"),
    (
        "提升城镇品质",
        "实施集镇老旧小区改造4个，加装电梯8台，11月底前全部完工（村镇建设办牵头，财政所配合）。",
    ),
    (
        None,
        "新改建农村公路20公里，打通断头路3条，实施“四好农村路”提质工程（交通运输管理站、村镇建设办牵头，各村配合）。",
    ),
    (
        None,
        "农村生活垃圾无害化处理率保持100%，完成农村户厕改造500户，镇区PM2.5年均浓度控制在32微克/立方米以内（生态办牵头，城管中队、各村配合）。",
    ),
    (
        "保障改善民生",
        "新增城镇就业500人，开展“汀埠技工”培训10期、培训500人次（社事办牵头，经发办配合）。",
    ),
    (
        None,
        "新建镇敬老院护理楼，新增护理型床位80张，为辖区60周岁以上困难老人免费发放智能手环300个，8月31日前投入运营（民政办牵头，镇卫生院配合）。",
    ),
    (
        None,
        "扎实开展矛盾纠纷排查化解，矛盾纠纷化解率达到98%以上，全年不发生重大群体性事件（综治中心牵头，派出所、司法所配合）。",
    ),
    (None, "以上重点工作，镇党政办将实行月调度、季通报，各责任单位每月25日前报送推进情况。"),
]
WANGYE_TAIL = [
    "",
    "【打印本页】 【关闭窗口】",
    "扫一扫在手机打开当前页",
    "",
    "相关链接：",
    "汀埠镇2042年工作总结",
    "汀埠镇2043年民生实事项目公示",
    "关于汀埠镇2043年财政预算的说明",
    "",
    "主办：汀埠县人民政府办公室　承办：汀埠县大数据中心",
    "地址：汀埠县府前路1号　联系电话：0000-6281234　网站标识码：0000000043",
]
WANGYE_WIDTH = 30


def wangye_text() -> str:
    out = list(WANGYE_HEAD)
    for heading, para in WANGYE_BODY:
        if heading:
            out.append(heading)
        # the article's text as the site sets it: a hard break every 30 characters
        out.extend(textwrap.wrap("　　" + para, WANGYE_WIDTH, drop_whitespace=False))
        out.append("")
    out.extend(WANGYE_TAIL)
    return "\n".join(out) + "\n"


def make_wangye(path: Path) -> None:
    path.write_text(wangye_text(), encoding="utf-8")


# ---------------------------------------------------------------- check
def txt_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig")


def docx_text(path: Path) -> str:
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(path)
    return "\n".join(
        "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in doc.element.body.iter(qn("w:p"))
    )


def pdf_text(path: Path) -> str:
    """Each table column of each page on its own (a reader of the full line mixes cells)."""
    import pdfplumber

    parts = []
    xs = [15.5]
    for _, w in JIEDIAN_COLS:
        xs.append(xs[-1] + w)
    mm = 72 / 25.4
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for x0, x1 in zip(xs, xs[1:], strict=False):
                box = (x0 * mm, 0, x1 * mm, page.height)
                parts.append((page.crop(box).extract_text() or "").replace("\n", ""))
    return "\n".join(parts)


def load_expected():
    spec = importlib.util.spec_from_file_location("blind24_expected", HERE / "EXPECTED.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.EXPECTED


def check(names) -> int:
    expected = load_expected()
    readers = {".txt": txt_text, ".docx": docx_text, ".pdf": pdf_text}
    problems = []
    total = 0
    for name, entry in expected.items():
        if name not in names:
            continue
        path = HERE / name
        text = readers[path.suffix](path)
        # the PDF's columns are one part a line (each column's lines already joined);
        # the text files and the DOCX are read with their line breaks removed
        flat = text if path.suffix == ".pdf" else text.replace("\r\n", "\n").replace("\n", "")
        year = entry["year"]
        for pledge in entry["pledges"]:
            total += 1
            phrase = pledge["title_contains"]
            n = flat.count(phrase)
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
    YAODIAN_NAME: make_yaodian,
    JIEDIAN_NAME: make_jiedian,
    WANGYE_NAME: make_wangye,
}


def main() -> int:
    only = set(sys.argv[1:]) or set(BUILDERS)
    for name, build in BUILDERS.items():
        if name in only:
            build(HERE / name)
    return check(only)


if __name__ == "__main__":
    sys.exit(main())
