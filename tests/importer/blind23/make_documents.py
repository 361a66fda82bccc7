# ruff: noqa: E501  (document text in Chinese runs past the line limit)
"""Build the blind23 documents from text held in this script, then check them.

Run with:  .venv/bin/python tests/importer/blind23/make_documents.py [FILE ...]

Writes the documents next to this script, re-opens each (python-docx raw `w:p` text,
the CSV decoded from GBK, the HTML page with its tags removed and entities decoded,
openpyxl cell values) and checks that every `title_contains` of EXPECTED.py occurs
exactly once in its document, and that the set holds 40–60 pledges.
"""

from __future__ import annotations

import csv
import html
import importlib.util
import io
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

JIEDIAN_NAME = "岑口镇2042年重点工作任务分解及时间节点表.docx"
TAIZHANG_NAME = "枫垭镇2042年重点工作任务台账_督查督办系统导出.csv"
WEIXIN_NAME = "棠湄发布_2042年县政府工作报告重点任务责任分工来了（公众号文章）.html"
JIDU_NAME = "荇桥街道2042年重点工作季度推进表.xlsx"

# ---------------------------------------------------------------- 1. DOCX 任务分解及时间节点表
JIEDIAN_COLS = [
    ("序号", 1.0),
    ("重点任务", 2.2),
    ("年度目标", 6.0),
    ("时间节点", 2.4),
    ("节点要求", 5.0),
    ("牵头单位", 2.4),
    ("配合单位", 3.2),
    ("分管领导", 2.0),
]
# (group, 分管领导, [(重点任务, 年度目标, 牵头单位, 配合单位, [(时间节点, 节点要求), …])])
# a 牵头单位 equal to the task above it is merged down over both tasks (as typed in Word)
JIEDIAN_GROUPS = [
    (
        "一、产业发展",
        "符建国",
        [
            (
                "招商引资",
                "全年引进亿元以上项目3个，其中制造业项目不少于2个，实际利用内资8.5亿元。",
                "经发办",
                "自然资源所、财政所",
                [
                    ("3月底前", "签约项目1个"),
                    ("6月30日前", "累计签约2个，开工1个"),
                    ("11月底前", "全部签约，实际利用内资完成全年目标"),
                ],
            ),
            (
                "工业企业培育",
                "新增规模以上工业企业5家，规上工业产值增长8%左右。",
                "经发办",
                "财政所",
                [
                    ("二季度", "完成入规培育库企业摸排"),
                    ("四季度", "5家企业通过统计部门审核入库"),
                ],
            ),
            (
                "园区提质",
                "建成岑口工业园二期标准厂房4.2万平方米，完成园区道路“白改黑”1.6公里。",
                "经发办",
                "村镇建设办、自然资源所",
                [
                    ("4月底前", "完成施工招标"),
                    ("汛期前", "完成场地平整和排水管网"),
                    ("10月底前", "厂房主体完工，道路通车"),
                ],
            ),
            (
                "特色农业",
                "新建高标准农田3200亩，“岑口茭白”种植面积达到1.1万亩。",
                "农业农村办",
                "水利站、财政所",
                [
                    ("3月中旬", "完成田块整治设计"),
                    ("9月底前", "完成工程建设并通过验收"),
                ],
            ),
            (
                "村级集体经济",
                "村级集体经济经营性收入50万元以上的村达到6个，全面消除年收入10万元以下的薄弱村。",
                "农业农村办",
                "财政所、各村",
                [
                    ("上半年", "逐村制定增收方案"),
                    ("12月20日前", "完成年度收益核算"),
                ],
            ),
        ],
    ),
    (
        "二、城乡建设",
        "柯慧敏",
        [
            (
                "集镇更新",
                "改造集镇老旧小区3个、背街小巷8条，新增停车泊位260个。",
                "村镇建设办",
                "城管中队、财政所",
                [
                    ("一季度", "完成方案设计"),
                    ("二季度", "完成改造小区1个、小巷4条"),
                    ("三季度", "全面完工"),
                ],
            ),
            (
                "农村公路",
                "实施“四好农村路”提质改造22公里，新建错车道30处。",
                "村镇建设办",
                "财政所、各村",
                [
                    ("5月20日前", "完成施工招标"),
                    ("11月中旬", "完成交工验收"),
                ],
            ),
            (
                "水利防汛",
                "加固圩堤2.4公里，整治病险山塘6口，新建排涝站1座。",
                "水利站",
                "应急管理办、各村",
                [
                    ("汛期前", "完成圩堤加固和山塘整治"),
                    ("10月底前", "排涝站建成投用"),
                ],
            ),
            (
                "人居环境整治",
                "农村生活垃圾无害化处理率保持100%，新建农村公厕8座。",
                "生态环境办",
                "农业农村办、各村",
                [
                    ("9月底前", "8座公厕全部建成"),
                    ("每季度末", "开展村庄清洁行动考评"),
                ],
            ),
        ],
    ),
    (
        "三、民生保障",
        "龙晓岚",
        [
            (
                "学前教育",
                "新建岑口镇中心幼儿园，新增学位180个。",
                "中心学校",
                "村镇建设办、财政所",
                [
                    ("3月底前", "开工建设"),
                    ("7月底前", "竣工验收"),
                    ("秋季开学前", "投入使用"),
                ],
            ),
            (
                "养老服务",
                "新建村级互助养老点4个，为60周岁以上困难老人提供居家上门服务不少于1.2万人次。",
                "社会事务办",
                "镇卫生院、各村",
                [
                    ("6月30日前", "建成互助养老点2个"),
                    ("12月底前", "全部建成并运营"),
                ],
            ),
            (
                "就业创业",
                "新增城镇就业360人，开展“技能岑口”培训6期、培训600人次。",
                "社会事务办",
                "经发办",
                [
                    ("国庆前", "完成培训6期"),
                    ("年底前", "完成全年就业目标"),
                ],
            ),
        ],
    ),
]
JIEDIAN_BEFORE = [
    ("title", "岑口镇2042年重点工作任务分解及时间节点表"),
    ("sub", "（岑口镇人民政府办公室　2042年1月26日）"),
    (
        "p",
        "　　为确保全年目标任务按时完成，现将镇第十八届人民代表大会第四次会议确定的2042年重点工作"
        "逐项分解，明确时间节点和责任单位。各牵头单位要倒排工期、挂图作战，按节点推进。",
    ),
]
JIEDIAN_AFTER = [
    "注：1.时间节点未注明年份的，均为2042年；2.各牵头单位于每月28日前将节点完成情况报镇督查室（联系电话：0000-6627315）；3.分管领导负责统筹协调，不作为责任单位考核。",
    "抄送：镇党委、镇人大主席团。",
    "岑口镇人民政府办公室　　　　2042年1月26日印发",
]


def make_jiedian(path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.8))

    def style_run(run, size: float, bold: bool = False, font: str = "仿宋_GB2312") -> None:
        run.bold = bold
        run.font.size = Pt(size)
        run.font.name = font
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)

    def para(text: str, size: float = 14, bold=False, align=None, font="仿宋_GB2312"):
        p = doc.add_paragraph()
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        style_run(p.add_run(text), size, bold, font)
        return p

    for kind, text in JIEDIAN_BEFORE:
        if kind == "title":
            para(text, 20, True, WD_ALIGN_PARAGRAPH.CENTER, "方正小标宋简体")
        elif kind == "sub":
            para(text, 14, False, WD_ALIGN_PARAGRAPH.CENTER, "楷体_GB2312")
        else:
            para(text)

    n_rows = 1 + sum(1 + sum(len(t[4]) for t in tasks) for _, _, tasks in JIEDIAN_GROUPS)
    table = doc.add_table(rows=n_rows, cols=len(JIEDIAN_COLS))
    table.style = "Table Grid"
    for j, (_name, width) in enumerate(JIEDIAN_COLS):
        for cell in table.columns[j].cells:
            cell.width = Cm(width)

    def put(r: int, c: int, text: str, bold: bool = False, center: bool = True) -> None:
        cell = table.cell(r, c)
        p = cell.paragraphs[0]
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        style_run(p.add_run(text), 10.5, bold)

    for j, (name, _) in enumerate(JIEDIAN_COLS):
        put(0, j, name, bold=True)
    # the header repeats on every page
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header_mark = tr_pr.makeelement(qn("w:tblHeader"), {})
    tr_pr.append(header_mark)

    r = 1
    n = 0
    for group, leader, tasks in JIEDIAN_GROUPS:
        put(r, 0, group, bold=True, center=False)
        table.cell(r, 0).merge(table.cell(r, len(JIEDIAN_COLS) - 1))
        r += 1
        group_top = r
        lead_top = r
        for k, (name, goal, lead, co, nodes) in enumerate(tasks):
            n += 1
            top, bottom = r, r + len(nodes) - 1
            put(top, 0, str(n))
            put(top, 1, name)
            put(top, 2, goal, center=False)
            put(top, 6, co)
            for i, (when, what) in enumerate(nodes):
                put(top + i, 3, when)
                put(top + i, 4, what, center=False)
            for c in (0, 1, 2, 6):
                if bottom > top:
                    table.cell(top, c).merge(table.cell(bottom, c))
            # 牵头单位: one cell merged down over this unit's run of tasks
            next_lead = tasks[k + 1][2] if k + 1 < len(tasks) else None
            if next_lead != lead:
                put(lead_top, 5, lead)
                if bottom > lead_top:
                    table.cell(lead_top, 5).merge(table.cell(bottom, 5))
                lead_top = bottom + 1
            r = bottom + 1
        put(group_top, 7, leader)
        table.cell(group_top, 7).merge(table.cell(r - 1, 7))

    for note in JIEDIAN_AFTER:
        para(note, 12, False, WD_ALIGN_PARAGRAPH.RIGHT if "印发" in note else None)
    doc.save(path)


# ---------------------------------------------------------------- 2. CSV 督查督办系统导出（GBK）
TAIZHANG_HEAD = [
    "任务编号",
    "",
    "序号",
    "任务类别",
    "任务内容",
    "牵头单位",
    "责任人",
    "联系电话",
    "配合单位",
    "完成时限",
    "督办状态",
    "完成进度",
    "备注",
    "",
    "",
]
# (类别, 任务内容, 牵头单位, 责任人, 电话, 配合单位, 完成时限, 督办状态, 进度, 备注)
TAIZHANG_ROWS = [
    (
        "经济发展",
        "全年招引亿元以上项目4个，新开工项目不少于3个，完成固定资产投资15亿元。",
        "经发办",
        "覃志远",
        "0000-7712306",
        "自然资源所、财政所",
        "2042-12-31 00:00:00",
        "推进中",
        "5%",
        "",
    ),
    (
        "经济发展",
        "新增市场主体700户，其中新增企业不少于150户。",
        "便民服务中心",
        "黎　敏",
        "0000-7712318",
        "经发办，市场监管所",
        "2042/11/30",
        "未启动",
        "0%",
        "",
    ),
    (
        "经济发展",
        "推进枫垭电商产业园三期建设，新引进电商企业20家，农产品网络销售额突破2亿元。",
        "经发办",
        "覃志远",
        "0000-7712306",
        "便民服务中心",
        "2042年10月",
        "推进中",
        "10%",
        "",
    ),
    (
        "乡村振兴",
        "新建高标准农田4500亩，粮食播种面积稳定在6.8万亩以上。",
        "农业办",
        "韦宗华",
        "13900007421",
        "水利站、自然资源所",
        "2042Q3",
        "推进中",
        "8%",
        "",
    ),
    (
        "乡村振兴",
        "完成农村户厕改造620户，创建省级和美乡村示范村2个。",
        "农业农村办",
        "韦宗华",
        "13900007421",
        "生态办、各村",
        "2042-10-15",
        "未启动",
        "0%",
        "",
    ),
    (
        "生态环保",
        "开展河湖“清四乱”专项行动，\n整治河道问题点位35处，镇域断面水质达标率保持100%。",
        "生态环境办",
        "潘家树",
        "0000-7712355",
        "水利站、各村",
        "汛期前",
        "推进中",
        "20%",
        "",
    ),
    (
        "生态环保",
        "春季完成新造林1800亩，全年不发生重大森林火灾。",
        "林业站",
        "莫金凤",
        "0000-7712362",
        "应急办、各村",
        "持续推进",
        "推进中",
        "15%",
        "",
    ),
    (
        "社会民生",
        "新增城镇就业480人，城乡居民基本医疗保险参保率稳定在97%以上。",
        "社事办",
        "梁晓春",
        "0000-7712331",
        "便民服务中心",
        "2042年12月",
        "推进中",
        "6%",
        "",
    ),
    (
        "社会民生",
        "按每人每月100元标准为80周岁以上低保老人发放高龄津贴，全年发放各类救助资金320万元。",
        "民政办",
        "梁晓春",
        "0000-7712331",
        "财政所",
        "每季度末",
        "推进中",
        "25%",
        "",
    ),
    (
        "社会民生",
        "建设“15分钟便民生活圈”示范点2个，改造提升农贸市场1个。",
        "市场监管所",
        "蒙志刚",
        "0000-7712377",
        "经发办、村镇建设办",
        "9月30日前",
        "未启动",
        "0%",
        "1月20日镇党委会调整，原牵头单位为经发办",
    ),
    (
        "平安建设",
        "矛盾纠纷调解成功率达到98%以上，信访事项按期受理率100%。",
        "综治中心",
        "黄立新",
        "0000-7712310",
        "司法所、派出所",
        "长期坚持",
        "推进中",
        "—",
        "",
    ),
    (
        "平安建设",
        "开展燃气和自建房安全隐患排查整治，检查经营场所不少于1200家次，确保全年较大及以上生产安全事故零发生。",
        "安监办",
        "罗成斌",
        "0000-7712320",
        "市场监管所，派出所",
        "年底前",
        "推进中",
        "12%",
        "",
    ),
    (
        "党的建设",
        "擦亮“红色枫垭”党建品牌，新建党群服务驿站5个，开展党员冬训轮训2轮。",
        "党政办",
        "韦丽娟",
        "0000-7712301",
        "各村（社区）",
        "11月中旬",
        "未启动",
        "0%",
        "",
    ),
]


def taizhang_text() -> str:
    width = len(TAIZHANG_HEAD)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")

    def line(*cells: str) -> None:
        w.writerow(list(cells) + [""] * (width - len(cells)))

    line("枫垭镇督查督办管理系统")
    line("台账名称：2042年镇党委政府重点工作任务台账")
    line("导出条件：年度=2042；督办状态=全部；牵头单位=全部")
    line("导出时间：2042-02-09 16:21:37", "", "", "", "", "", "", "导出人：督查室 韦丽娟")
    line()
    w.writerow(TAIZHANG_HEAD)
    for k, (kind, content, lead, person, phone, co, due, state, done, note) in enumerate(
        TAIZHANG_ROWS, 1
    ):
        w.writerow(
            [
                f"FY-DB-2042-{k:03d}",
                "",
                str(k),
                kind,
                content,
                lead,
                person,
                phone,
                co,
                due,
                state,
                done,
                note,
                "",
                "",
            ]
        )
    line("合计：13条")
    line("注：完成进度由牵头单位每月25日前在系统中填报；督办状态由督查室维护。")
    return buf.getvalue()


def make_taizhang(path: Path) -> None:
    path.write_bytes(taizhang_text().encode("gbk"))


# ---------------------------------------------------------------- 3. HTML 微信公众号文章
# (badge, heading, [(paragraph, owner paragraph or None)])
WEIXIN_PARTS = [
    (
        "01",
        "稳住经济基本盘",
        [
            (
                "全年招引5000万元以上产业项目30个，其中亿元以上项目不少于12个，实际到位内资突破120亿元。",
                "（县商务局牵头，县发改局、县自然资源局配合）",
            ),
            (
                "新增规模以上工业企业40家，规上工业增加值增长7.5%左右。",
                "（县工信局牵头，县统计局、各乡镇配合）",
            ),
            (
                "落实助企纾困政策，春节前完成农民工工资拖欠问题专项清查，确保在建工程项目欠薪动态清零。",
                "（县人社局牵头，县住建局、县交通运输局配合）",
            ),
        ],
    ),
    (
        "02",
        "建设宜居城乡",
        [
            (
                "实施城镇老旧小区改造28个，同步推进既有住宅加装电梯50台，11月中旬前全部完工。",
                "（县住建局牵头，县财政局、县城投公司配合）",
            ),
            (
                "新改建农村公路120公里，完成危桥改造15座，建制村通双车道比例达到45%。",
                "责任单位：县交通运输局（牵头）、县财政局、各乡镇",
            ),
            (
                "汛期前完成棠江（县城段）防洪堤二期加固4.6公里，整治病险水库9座。",
                "（县水利局牵头，县应急管理局、相关乡镇配合）",
            ),
            (
                "城市生活垃圾无害化处理率保持100%，PM2.5年均浓度控制在33微克/立方米以内，空气质量优良天数比率达到92%以上。",
                "（市生态环境局棠湄分局牵头，县城管局、县住建局配合）",
            ),
        ],
    ),
    (
        "03",
        "增进民生福祉",
        [
            (
                "新建、改扩建公办幼儿园5所，新增学位1350个，秋季开学前投入使用。",
                "（县教育局牵头，县发改局、县住建局配合）",
            ),
            (
                "建成“15分钟医保服务圈”，实现乡镇医保服务站全覆盖，为65周岁以上老年人免费健康体检5.5万人次。",
                "（县医保局、县卫健局牵头，各乡镇配合）",
            ),
            (
                "新增城镇就业5200人，农村劳动力转移就业1.8万人，城镇调查失业率控制在5.5%以内。",
                "（县人社局牵头）",
            ),
            (
                "建成县社会福利中心二期，新增养老床位300张，8月31日前投入运营。",
                "责任单位：县民政局（牵头）、县卫健局",
            ),
        ],
    ),
    (
        "04",
        "守牢安全底线",
        [
            (
                "深入开展安全生产治本攻坚，全年不发生重大及以上生产安全事故，较大事故起数控制在1起以内。",
                "（县应急管理局牵头，县直有关部门、各乡镇配合；责任县领导：蒋明川）",
            ),
            (
                "深化新时代“枫桥经验”县域实践，矛盾纠纷化解率达到96%以上，重复信访同比下降20%。",
                "（县委政法委牵头，县信访局、县公安局配合）",
            ),
        ],
    ),
]
WEIXIN_TITLE = "2042年县政府工作报告重点任务责任分工来了！"


def weixin_html() -> str:
    badge = (
        '<section style="display:flex;justify-content:center;margin:24px 0 6px;">'
        '<section style="width:36px;height:36px;border-radius:50%;background:#c8161d;color:#fff;'
        'line-height:36px;text-align:center;font-size:18px;"><span>{n}</span></section></section>'
    )
    heading = (
        '<section style="text-align:center;margin-bottom:12px;"><span style="font-size:17px;'
        'color:#c8161d;border-bottom:2px solid #c8161d;padding:0 6px;"><strong>{t}</strong>'
        "</span></section>"
    )
    body = []
    for n, title, items in WEIXIN_PARTS:
        body.append(badge.format(n=n))
        body.append(heading.format(t=title))
        for text, owner in items:
            if owner.startswith("（"):
                body.append(
                    '<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;">'
                    f'{text}</span><span style="font-size:14px;color:#888888;">{owner}</span></p>'
                )
            else:
                body.append(
                    '<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;">'
                    f"{text}</span></p>"
                )
                body.append(
                    '<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:14px;'
                    f'color:#888888;">{owner}</span></p>'
                )
            body.append('<p style="line-height:1.75em;"><br></p>')
    body_html = "\n".join(body)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{WEIXIN_TITLE}">
<meta property="og:site_name" content="微信公众平台">
<title>{WEIXIN_TITLE}</title>
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizwap/zh_CN/htmledition/style/page/appmsg_new/winwx.css">
<script nonce="">var ct = "2273990520"; var nickname = "棠湄发布"; var msg_title = "2042年县政府工作报告重点任务责任分工来了！"; var appmsg_type = "9";</script>
<style>.rich_media_title{{font-size:22px;}} .qr_code_pc{{display:none;}}</style>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_wrp" id="js_article">
<div class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">
{WEIXIN_TITLE}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">棠湄县融媒体中心</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">棠湄发布</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2042-01-09 19:02</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于<span id="js_ip_wording">湖南</span></em>
</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">
<section style="text-align:center;"><span style="font-size:12px;color:#576b95;">点击上方蓝字 关注棠湄发布</span></section>
<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;">1月6日至9日，棠湄县第十九届人民代表大会第五次会议胜利召开。会议审议通过的《政府工作报告》明确了2042年全县重点工作。为方便群众监督，现将报告确定的重点任务及责任单位发布如下：</span></p>
<section style="text-align:center;margin-top:16px;"><span style="font-size:17px;"><strong>政府工作报告（摘编）</strong></span></section>
<section style="text-align:center;"><span style="font-size:14px;color:#595959;">——2042年1月6日在棠湄县第十九届人民代表大会第五次会议上</span></section>
<section style="text-align:center;"><span style="font-size:14px;color:#595959;">县长　秦文博</span></section>
{body_html}
<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;">以上重点任务，县政府督查室将实行月调度、季通报、年考核，各责任单位每月25日前报送工作进展。欢迎广大群众监督，监督电话：0000-5262018。</span></p>
<p style="text-align:right;"><span style="font-size:13px;color:#888888;">来源：棠湄县人民政府办公室</span></p>
<p style="text-align:right;"><span style="font-size:13px;color:#888888;">编辑：田小语　审核：莫立群　终审：彭　涛</span></p>
<section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/tangmei/0?wx_fmt=gif" alt="分享 点赞 在看"></section>
</div>
<div id="js_tags" class="article-tag__list">
<span class="article-tag__item">#政府工作报告</span> <span class="article-tag__item">#2042全国两会</span>
</div>
<div class="rich_media_tool" id="js_toobar3">
<a id="js_view_source" href="javascript:void(0);">阅读原文</a>
<span class="media_tool_meta">阅读 1.2万</span>
<span class="media_tool_meta">赞 356</span>
<span class="media_tool_meta">在看 87</span>
</div>
<p class="rich_media_tips">预览时标签不可点</p>
</div>
</div>
<div class="qr_code_pc_outer" id="js_pc_qr_code">
<div class="qr_code_pc"><img class="qr_code_pc_img" src="data:image/png;base64,iVBORw0KGgo="><p>微信扫一扫<br>关注该公众号</p></div>
</div>
<div id="js_related_area"><p>继续滑动看下一个</p><p>棠湄发布</p><p>向上滑动看下一个</p></div>
</div>
<script nonce="">window.__second_open__ = true; (function () {{ var w = window.innerWidth; }})();</script>
</body>
</html>
"""


def make_weixin(path: Path) -> None:
    path.write_text(weixin_html(), encoding="utf-8")


# ---------------------------------------------------------------- 4. XLSX 季度推进表
JIDU_HEAD = [
    "序号",
    "工作任务",
    "全年目标",
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
    "责任单位",
    "分管领导",
    "备注",
]
# group, rows: (工作任务, 全年目标, Q1, Q2, Q3, Q4, 责任单位, 分管领导, 备注)
JIDU_GROUPS = [
    (
        "一、经济发展",
        [
            (
                "楼宇经济",
                "新增入驻企业50家，培育税收超千万元楼宇4幢",
                "完成闲置楼宇摸底",
                "新增入驻企业20家，举办招商推介会2场",
                "累计新增入驻企业35家",
                "完成全年目标",
                "经发办（牵头）、便民服务中心",
                "石　磊",
                "",
            ),
            (
                "消费提振",
                "社会消费品零售总额增长6%左右，新培育限上商贸企业8家",
                "举办“荇桥春季消费节”",
                "新增限上企业3家",
                "新增限上企业3家",
                "新增限上企业2家",
                "经发办（牵头）、市场监管所",
                "石　磊",
                "",
            ),
            (
                "营商环境",
                "政务服务事项“一网通办”率达到98%，企业开办时间压缩至1个工作日以内",
                "梳理事项清单",
                "完成60%",
                "全面完成",
                "—",
                "便民服务中心（牵头）、党政办",
                "石　磊",
                "",
            ),
        ],
    ),
    (
        "二、城市更新",
        [
            (
                "老旧小区改造",
                "完成老旧小区综合改造5个，既有住宅加装电梯16台",
                "完成设计和招标",
                "5个小区全部开工",
                "完工3个，加装电梯10台",
                "全部完工",
                "城建办（牵头）、财政所、各社区",
                "邹明远",
                "区政府民生实事项目",
            ),
            (
                "背街小巷整治",
                "整治背街小巷12条，新增公共停车泊位400个",
                "—",
                "整治6条",
                "整治6条，新增泊位400个",
                "—",
                "城管中队（牵头）、城建办",
                "邹明远",
                "",
            ),
            (
                "垃圾分类",
                "生活垃圾回收利用率达到40%以上，新建“两网融合”回收站点15个",
                "新建站点5个",
                "新建站点5个",
                "新建站点5个",
                "回收利用率达到40%",
                "城管中队（牵头）、生态办、各社区",
                "邹明远",
                "",
            ),
            (
                "防汛排涝",
                "改造易涝点8处，清疏排水管网26公里",
                "完成易涝点排查",
                "完成易涝点改造和管网清疏",
                "—",
                "—",
                "应急办（牵头）、城建办、城管中队",
                "邹明远",
                "",
            ),
        ],
    ),
    (
        "三、民生服务",
        [
            (
                "养老服务",
                "新建社区养老服务驿站3个，为80周岁以上独居老人安装智能烟感和呼叫设备500套",
                "完成选址",
                "建成驿站1个",
                "建成驿站2个，安装设备500套",
                "开展运营评估",
                "社事办（牵头）、社区卫生服务中心、各社区",
                "何丽萍",
                "",
            ),
            (
                "普惠托育",
                "新增普惠托位120个，建成社区托育点2个",
                "—",
                "完成托育点选址和改造设计",
                "建成托育点2个",
                "新增托位120个全部投用",
                "社事办（牵头）、城建办",
                "何丽萍",
                "",
            ),
            (
                "就业帮扶",
                "新增城镇就业800人，帮扶困难人员就业不少于60人，零就业家庭动态清零",
                "举办春风行动招聘会",
                "新增就业400人",
                "—",
                "完成全年目标",
                "社事办（牵头）、经发办",
                "何丽萍",
                "",
            ),
            (
                "家庭医生签约",
                "家庭医生签约率达到50%以上，重点人群签约率达到85%",
                "开展健康义诊",
                "开展健康义诊",
                "开展健康义诊",
                "开展健康义诊",
                "社区卫生服务中心（牵头）、社事办",
                "何丽萍",
                "牵头单位由社事办调整为社区卫生服务中心",
            ),
        ],
    ),
    (
        "四、平安稳定",
        [
            (
                "矛盾纠纷化解",
                "矛盾纠纷调处成功率98%以上，信访积案动态清零",
                "开展矛盾纠纷“大排查”",
                "—",
                "—",
                "开展年度考评",
                "综治中心（牵头）、司法所、派出所、各社区",
                "陈卫东",
                "",
            ),
            (
                "安全生产",
                "检查“九小场所”不少于1500家次，较大及以上安全事故零发生",
                "开展节前安全大检查",
                "检查500家次",
                "检查500家次",
                "检查500家次",
                "应急办（牵头）、城管中队、派出所",
                "陈卫东",
                "",
            ),
        ],
    ),
]
JIDU_NOTES = [
    "注：1.季度节点为该季度末前须完成的事项；2.责任单位中标注“（牵头）”的为牵头单位，其余为配合单位；3.各牵头单位于每季度末前5个工作日报送推进情况。",
    "联系人：卢　静　　联系电话：0000-3307215",
]


def make_jidu(path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "季度推进表"
    ncol = len(JIDU_HEAD)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(vertical="center", wrap_text=True)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    ws.cell(1, 1, "荇桥街道2042年重点工作季度推进表")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1).font = Font(bold=True, size=18)
    ws.cell(1, 1).alignment = center
    ws.cell(2, 1, "填报单位：荇桥街道党工委办公室")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=5)
    ws.cell(2, 6, "填报日期：2042年1月15日")
    ws.merge_cells(start_row=2, start_column=6, end_row=2, end_column=ncol)
    ws.cell(2, 6).alignment = Alignment(horizontal="right")
    for j, name in enumerate(JIDU_HEAD, 1):
        c = ws.cell(3, j, name)
        c.font = Font(bold=True)
        c.alignment = center
        c.border = box
    r = 4
    n = 0
    for group, rows in JIDU_GROUPS:
        ws.cell(r, 1, group)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1).font = Font(bold=True)
        r += 1
        for row in rows:
            n += 1
            ws.cell(r, 1, n)
            for j, value in enumerate(row, 2):
                if value:
                    ws.cell(r, j, value)
            for j in range(1, ncol + 1):
                ws.cell(r, j).border = box
                ws.cell(r, j).alignment = left if j in (3, 4, 5, 6, 7, 8) else center
            r += 1
    for note in JIDU_NOTES:
        ws.cell(r, 1, note)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
    widths = [6, 13, 36, 18, 18, 18, 18, 26, 9, 16]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    ws.freeze_panes = "C4"
    ws.page_setup.orientation = "landscape"
    wb.save(path)


# ---------------------------------------------------------------- check
def docx_text(path: Path) -> str:
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(path)
    return "\n".join(
        "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in doc.element.body.iter(qn("w:p"))
    )


def csv_text(path: Path) -> str:
    return path.read_bytes().decode("gbk")


def html_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    body = raw.split("<body", 1)[1]
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def xlsx_text(path: Path) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.extend(str(v) for v in row if v is not None)
    return "\n".join(out)


def load_expected():
    spec = importlib.util.spec_from_file_location("blind23_expected", HERE / "EXPECTED.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.EXPECTED


def check(names) -> int:
    expected = load_expected()
    readers = {".docx": docx_text, ".csv": csv_text, ".html": html_text, ".xlsx": xlsx_text}
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
    JIEDIAN_NAME: make_jiedian,
    TAIZHANG_NAME: make_taizhang,
    WEIXIN_NAME: make_weixin,
    JIDU_NAME: make_jidu,
}


def main() -> int:
    only = set(sys.argv[1:]) or set(BUILDERS)
    for name, build in BUILDERS.items():
        if name in only:
            build(HERE / name)
    return check(only)


if __name__ == "__main__":
    sys.exit(main())
