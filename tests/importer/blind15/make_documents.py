# ruff: noqa: E501
"""Generate the four blind15 test documents and check them against EXPECTED.py.

Run with:  .venv/bin/python tests/importer/blind15/make_documents.py

All text is held in this script; the script writes the four files next to
itself, re-opens each one and checks that every `title_contains` of
EXPECTED.py occurs exactly once in the document's text and lies on one line.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import openpyxl
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------
# 1. 乡镇“三张清单” (DOCX): three tables joined by 序号
# ---------------------------------------------------------------------------

QINGDAN_NAME = "白石镇2034年重点工作三张清单.docx"

# 序号, 工作类别, 重点任务, 具体内容及量化目标
RENWU = [
    (
        "1",
        "产业发展",
        "招商引资",
        "全年引进亿元以上项目3个，实际到位资金2.5亿元以上，新增规上企业2家。",
    ),
    ("2", "产业发展", "油茶产业", "新增油茶种植1200亩，完成低产油茶林改造800亩。"),
    ("3", "产业发展", "农村电商", "建成村级电商服务站6个，农产品网络销售额突破3000万元。"),
    ("4", "乡村建设", "人居环境整治", "完成农村户厕改造350户，行政村生活垃圾分类覆盖率达到100%。"),
    ("5", "乡村建设", "道路和桥梁", "新改建通组公路9.6公里，完成危桥改造2座。"),
    (
        "6",
        "乡村建设",
        "饮水安全",
        "实施白石、枫木2处集中供水工程提质改造，农村自来水普及率达到96%。",
    ),
    (
        "7",
        "生态保护",
        "河道治理",
        "完成镇域主要河道清淤4.5公里，镇级河流出境断面水质稳定达到Ⅲ类标准。",
    ),
    ("8", "生态保护", "森林防火", "新建生物防火林带5公里，森林火灾受害率控制在0.9‰以内。"),
    ("9", "民生保障", "就业增收", "新增农村劳动力转移就业260人，开展职业技能培训4期。"),
    ("10", "民生保障", "养老服务", "建成镇区域养老服务中心1个，新增养老床位30张。"),
    (
        "11",
        "社会治理",
        "矛盾纠纷化解",
        "开展矛盾纠纷“大排查大化解”专项行动，矛盾纠纷调处成功率达到98%以上。",
    ),
    ("12", "社会治理", "安全生产", "完成全镇68家企业安全隐患排查整治，组织开展“安全生产月”活动。"),
    ("13", "党的建设", "作风建设", "深化“四下基层”工作制度，健全镇村干部坐班值班和帮代办制度。"),
]

# 序号, 重点任务, 牵头单位, 配合单位, 分管领导
ZEREN = [
    ("1", "招商引资", "经发办", "财政所、自然资源所", "王建军"),
    ("2", "油茶产业", "林业站", "农业办、各村", "刘  芳"),
    ("3", "农村电商", "经发办", "便民服务中心、白石邮政支局", "王建军"),
    ("4", "人居环境整治", "农业办", "环保办、卫生院、各村", "刘  芳"),
    ("5", "道路和桥梁", "村建办", "财政所、自然资源所", "赵  宏"),
    ("6", "饮水安全", "水利站", "卫生院", "赵  宏"),
    ("7", "河道治理", "环保办", "水利站、各村", "赵  宏"),
    ("8", "森林防火", "林业站", "应急办", "刘  芳"),
    ("9", "就业增收", "社事办", "经发办", "陈  丽"),
    ("10", "养老服务", "民政办", "卫生院", "陈  丽"),
    ("11", "矛盾纠纷化解", "综治中心", "司法所、派出所、各村（社区）", "周  勇"),
    ("12", "安全生产", "安监办", "派出所、镇专职消防队", "周  勇"),
    ("13", "作风建设", "党政办", "镇纪委", "李  明"),
]

# 时限清单: ordered by completion time, NOT by 序号 (join on 序号)
# 序号, 重点任务, 阶段性目标, 完成时限
SHIXIAN = [
    ("7", "河道治理", "3月底前完成清淤实施方案和招标", "汛期前（5月31日前）"),
    ("6", "饮水安全", "一季度开工建设", "6月30日前"),
    ("12", "安全生产", "6月集中开展“安全生产月”活动", "6月底前"),
    ("3", "农村电商", "上半年完成站点选址和装修", "9月30日前"),
    ("10", "养老服务", "二季度完成主体装修", "国庆前"),
    ("4", "人居环境整治", "8月底前完成户厕改造主体", "10月底前"),
    ("2", "油茶产业", "3月底前完成春季栽植", "11月底前"),
    ("1", "招商引资", "上半年完成全年任务的50%", "年底前"),
    ("5", "道路和桥梁", "汛期前完成2座危桥改造", "12月底前"),
    ("8", "森林防火", "冬春防火期重点时段24小时值守", "年底前"),
    ("9", "就业增收", "每季度开展培训1期", "12月31日前"),
    ("11", "矛盾纠纷化解", "按季度开展排查，每月研判", "全年"),
    ("13", "作风建设", "长期坚持", "全年"),
]


def _set_cell(cell, text, bold=False, size=10.5, center=False):
    cell.text = ""
    para = cell.paragraphs[0]
    run = para.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = "仿宋_GB2312"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _para(doc, text, bold=False, size=16, center=False, indent=True, font="仿宋_GB2312"):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = font
    run._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        para.paragraph_format.first_line_indent = Pt(size * 2)
    return para


def _table(doc, header, rows, widths, merge_col=None):
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(header):
        _set_cell(table.rows[0].cells[i], name, bold=True, center=True)
    # repeat header row on each page
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    el = tr_pr.makeelement(qn("w:tblHeader"), {qn("w:val"): "true"})
    tr_pr.append(el)
    for row in rows:
        cells = table.add_row().cells
        for i, value in enumerate(row):
            _set_cell(cells[i], value, center=(i != len(row) - 1 and i in (0, 1)))
    for row in table.rows:
        for i, width in enumerate(widths):
            row.cells[i].width = Cm(width)
    if merge_col is not None:
        # vertical merge of equal category cells (工作类别), as offices do
        start = 1
        while start < len(table.rows):
            value = rows[start - 1][merge_col]
            end = start
            while end + 1 < len(table.rows) and rows[end][merge_col] == value:
                end += 1
            if end > start:
                for r in range(start + 1, end + 1):
                    table.rows[r].cells[merge_col].text = ""
                merged = table.cell(start, merge_col).merge(table.cell(end, merge_col))
                _set_cell(merged, value, center=True)
            start = end + 1
    return table


def make_qingdan(path: Path) -> None:
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.6)
    _para(doc, "中共白石镇委员会", bold=True, size=22, center=True, font="方正小标宋简体")
    _para(doc, "白石镇人民政府文件", bold=True, size=22, center=True, font="方正小标宋简体")
    _para(doc, "白石发〔2034〕2号", size=16, center=True)
    _para(
        doc,
        "关于印发《白石镇2034年重点工作“三张清单”》的通知",
        size=22,
        center=True,
        font="方正小标宋简体",
    )
    _para(doc, "各村（社区）党组织、村（居）委会，镇直各单位：", indent=False)
    _para(
        doc,
        "为推动镇第十九届人民代表大会第五次会议确定的各项目标任务落地落实，经镇党委会议研究，"
        "现将《白石镇2034年重点工作“三张清单”》印发给你们，请认真抓好落实。"
        "各牵头单位每月25日前向镇督查办报送工作进展，12月10日前报送全年完成情况。",
    )
    _para(doc, "中共白石镇委员会　　　白石镇人民政府", center=True)
    _para(doc, "2034年2月6日", center=True)
    _para(doc, "（此件发至村级）", indent=True)
    doc.paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)

    # tables go on a landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21.0)
    new.left_margin = new.right_margin = Cm(2.0)

    _para(
        doc,
        "白石镇2034年重点工作“三张清单”",
        bold=True,
        size=20,
        center=True,
        font="方正小标宋简体",
    )
    _para(
        doc,
        "说明：三张清单按同一序号一一对应。任务清单明确“干什么”，责任清单明确“谁来干”，"
        "时限清单明确“什么时候干完”。时限清单按完成时间先后排列。",
        size=12,
    )
    _para(doc, "一、任务清单", bold=True, size=16, indent=False, font="黑体")
    _table(
        doc,
        ("序号", "工作类别", "重点任务", "具体内容及量化目标"),
        RENWU,
        (1.4, 2.4, 3.2, 17.0),
        merge_col=1,
    )
    _para(doc, "二、责任清单", bold=True, size=16, indent=False, font="黑体")
    _table(
        doc,
        ("序号", "重点任务", "牵头单位", "配合单位", "分管领导"),
        ZEREN,
        (1.4, 3.6, 3.6, 12.0, 3.4),
    )
    _para(doc, "三、时限清单", bold=True, size=16, indent=False, font="黑体")
    _table(doc, ("序号", "重点任务", "阶段性目标", "完成时限"), SHIXIAN, (1.4, 3.6, 13.0, 6.0))
    _para(doc, "四、工作要求", bold=True, size=16, indent=False, font="黑体")
    _para(
        doc,
        "（一）压实工作责任。各牵头单位主要负责人为第一责任人，要对照“三张清单”细化工作方案，"
        "配合单位要主动履职、密切协作，确保每项任务有人抓、有人管。",
    )
    _para(
        doc,
        "（二）强化调度督办。镇督查办每月对“三张清单”落实情况进行调度，每季度通报一次，"
        "对进度滞后的任务亮黄牌，对连续两次亮黄牌的单位进行约谈。",
    )
    _para(
        doc,
        "（三）严格考核奖惩。“三张清单”完成情况纳入年度综合考核，占考核总分的30%。",
    )
    _para(doc, "联系人：镇督查办  黄晓燕，联系电话：0739-4512276。", indent=False)
    _para(doc, "抄送：县委督查室，县政府督查室。", size=14, indent=False)
    _para(doc, "白石镇党政综合办公室　　　　　　2034年2月6日印发", size=14, indent=False)
    doc.save(path)


# ---------------------------------------------------------------------------
# 2. 县重点项目季度推进计划表 (XLSX): two-row header, quarter milestone columns
# ---------------------------------------------------------------------------

JIDU_NAME = "长岭县2034年重点建设项目季度推进计划表.xlsx"

# 序号, 项目名称, 建设性质, 2034年建设内容及目标, 总投资, 2034年计划投资,
# 一季度, 二季度, 三季度, 四季度, 责任单位, 配合单位, 县级联系领导, 备注
XIANGMU = [
    ("一、产业项目（5个）",),
    (
        "1",
        "长岭经开区标准厂房三期",
        "续建",
        "新建标准厂房8栋、建筑面积6.4万平方米，年内全部竣工交付",
        28000,
        12000,
        "完成4栋主体封顶",
        "8栋主体全部封顶",
        "完成道路、管网等室外配套工程",
        "竣工验收，交付入驻企业",
        "县经开区管委会",
        "县住建局、县自然资源局",
        "刘志强",
        "",
    ),
    (
        "2",
        "竹木精深加工产业园",
        "新建",
        "建设竹木精深加工生产线3条及配套仓储用房1.2万平方米",
        35000,
        15000,
        "完成土地摘牌和施工许可",
        "开工建设",
        "厂房主体完工",
        "3条生产线安装调试并投产",
        "县工信局",
        "县林业局、县经开区管委会",
        "陈国平",
        "招商引资项目",
    ),
    (
        "3",
        "长岭县冷链物流中心",
        "新建",
        "建设冷库库容2万吨，配套分拣中心1处、冷链运输车辆30台",
        18000,
        10000,
        "完成项目备案和用地报批",
        "开工建设",
        "冷库主体完工，9月底前投入试运营",
        "—",
        "县商务局",
        "县供销社、县交通运输局",
        "陈国平",
        "",
    ),
    (
        "4",
        "茶旅融合示范园（二期）",
        "续建",
        "新增标准化茶园3000亩，建成游客服务中心1处",
        9600,
        4200,
        "完成春季茶苗栽植1800亩",
        "游客服务中心主体完工",
        "完成秋冬茶园整地",
        "完成剩余1200亩栽植，游客服务中心投入运营",
        "县农业农村局",
        "县文旅广体局、龙泉乡",
        "李卫东",
        "",
    ),
    (
        "5",
        "110千伏白沙输变电工程",
        "新建",
        "新建主变容量5万千伏安，架设110千伏线路18公里",
        6500,
        6500,
        "完成可研批复",
        "开工建设",
        "完成线路架设",
        "11月底前建成投运",
        "国网长岭县供电公司",
        "县发改局、县自然资源局、白沙镇",
        "刘志强",
        "省电网公司投资",
    ),
    ("二、基础设施项目（5个）",),
    (
        "6",
        "G353国道长岭段改线工程",
        "续建",
        "完成路基路面工程12.5公里，建成长岭河大桥1座，实现全线通车",
        86000,
        30000,
        "完成剩余征地拆迁",
        "路基工程全部完成",
        "完成路面铺筑和大桥主体",
        "10月底前交工验收并通车",
        "县交通运输局",
        "县自然资源局、沿线乡镇",
        "张海涛",
        "跨年度项目",
    ),
    (
        "7",
        "县城老旧小区改造",
        "新建",
        "改造老旧小区21个、惠及居民3400户，同步加装电梯40部",
        12000,
        12000,
        "完成方案设计和招投标",
        "全面开工",
        "完成主体改造",
        "完成竣工验收",
        "县住建局",
        "县财政局、城关镇",
        "张海涛",
        "",
    ),
    (
        "8",
        "县城污水处理厂扩容提标",
        "续建",
        "新增污水处理能力2万吨/日，出水水质稳定达到一级A标准",
        15000,
        7000,
        "完成设备采购",
        "6月30日前通水试运行",
        "完成环保验收",
        "—",
        "县住建局",
        "市生态环境局长岭分局",
        "张海涛",
        "",
    ),
    (
        "9",
        "城区防洪堤加固工程",
        "新建",
        "加固防洪堤4.8公里，新建排涝泵站2座",
        9800,
        9800,
        "开工建设",
        "汛期前完成险工险段加固",
        "完成排涝泵站主体",
        "全面完工",
        "县水利局",
        "县财政局、城关镇",
        "李卫东",
        "",
    ),
    (
        "10",
        "农村供水一体化工程",
        "续建",
        "新建改造农村供水管网260公里，农村自来水普及率达到95%",
        16000,
        8000,
        "完成管材招标",
        "完成管网铺设120公里",
        "完成管网铺设220公里",
        "全面完工通水",
        "县水利局",
        "县卫健委、各乡镇",
        "李卫东",
        "",
    ),
    ("三、社会民生项目（4个）",),
    (
        "11",
        "县第二人民医院综合住院楼",
        "续建",
        "建成综合住院楼3.6万平方米，新增床位300张",
        32000,
        9000,
        "完成内部装修",
        "完成医疗设备采购安装",
        "竣工验收",
        "投入使用",
        "县卫健委",
        "县发改局、县财政局",
        "王晓红",
        "",
    ),
    (
        "12",
        "城东九年一贯制学校",
        "新建",
        "新建校舍4.2万平方米，提供学位2160个，秋季开学前投入使用",
        26000,
        14000,
        "完成主体封顶",
        "完成装饰装修和设备采购",
        "8月31日前竣工并投入使用",
        "—",
        "县教育局",
        "县住建局、县自然资源局",
        "王晓红",
        "",
    ),
    (
        "13",
        "县城公共停车场及充电设施",
        "新建",
        "新建公共停车位1200个，配建充电桩300个",
        6000,
        6000,
        "完成选址和设计",
        "开工建设",
        "完成主体工程",
        "年底前全部投入使用",
        "县城管局",
        "县住建局、国网长岭县供电公司",
        "张海涛",
        "",
    ),
    (
        "14",
        "县全民健身中心",
        "续建",
        "建成体育馆1座、室外健身场地1.5万平方米",
        8500,
        3500,
        "完成钢结构屋面",
        "完成室内装修",
        "竣工验收，国庆前对外开放",
        "—",
        "县文旅广体局",
        "县住建局",
        "王晓红",
        "",
    ),
]

SHUOMING = [
    "填报说明",
    "1.本表所列项目为县委、县政府确定的2034年县级重点建设项目，共14个，总投资30.84亿元，年度计划投资14.7亿元。",
    "2.“季度推进计划”为该季度末应达到的形象进度，标注具体日期的以具体日期为准；“—”表示该季度无节点任务。",
    "3.投资单位为万元。总投资为项目全部建设期投资，2034年计划投资为本年度应完成的投资额。",
    "4.各责任单位每季度最后一个月20日前通过“长岭项目云”平台报送项目进度，并附现场照片不少于3张。",
    "5.县级联系领导负责协调解决项目推进中的重大问题，不作为项目责任单位。",
    "联系人：县重点项目建设服务中心 罗明亮  电话：0745-7823160",
]


def make_jidu(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "季度推进计划"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ncols = 14
    last = get_column_letter(ncols)

    ws["A1"] = "长岭县2034年重点建设项目季度推进计划表"
    ws["A1"].font = Font(name="方正小标宋简体", size=18)
    ws["A1"].alignment = center
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = "填报单位：长岭县重点项目建设服务中心（盖章）"
    ws.merge_cells("A2:F2")
    ws["L2"] = "单位：万元"
    ws.merge_cells(f"L2:{last}2")

    top = [
        "序号",
        "项目名称",
        "建设性质",
        "2034年建设内容及目标",
        "总投资",
        "2034年计划投资",
        "2034年季度推进计划",
        None,
        None,
        None,
        "责任单位",
        "配合单位",
        "县级联系领导",
        "备注",
    ]
    for col, name in enumerate(top, start=1):
        if name is not None:
            ws.cell(row=3, column=col, value=name)
    for col, name in enumerate(("一季度", "二季度", "三季度", "四季度"), start=7):
        ws.cell(row=4, column=col, value=name)
    for col in list(range(1, 7)) + list(range(11, 15)):
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.merge_cells(start_row=3, start_column=7, end_row=3, end_column=10)
    for row in ws.iter_rows(min_row=3, max_row=4, max_col=ncols):
        for cell in row:
            cell.font = Font(name="黑体", size=11, bold=True)
            cell.alignment = center
            cell.border = border

    r = 5
    total = 0
    year_total = 0
    for item in XIANGMU:
        if len(item) == 1:
            ws.cell(row=r, column=1, value=item[0]).font = Font(name="黑体", size=11, bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        else:
            for col, value in enumerate(item, start=1):
                cell = ws.cell(
                    row=r,
                    column=col,
                    value=(int(value) if col == 1 else value) if value != "" else None,
                )
                cell.alignment = center if col in (1, 3, 5, 6) else wrap
            total += item[4]
            year_total += item[5]
        for col in range(1, ncols + 1):
            ws.cell(row=r, column=col).border = border
        r += 1
    ws.cell(row=r, column=1, value="合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(row=r, column=5, value=total)
    ws.cell(row=r, column=6, value=year_total)
    for col in range(1, ncols + 1):
        ws.cell(row=r, column=col).border = border
        ws.cell(row=r, column=col).font = Font(bold=True)
    r += 2
    ws.cell(
        row=r,
        column=1,
        value="审核人：                填表人：罗明亮                填报日期：2034年1月26日",
    )
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)

    for col, width in enumerate((6, 20, 8, 34, 10, 12, 16, 16, 18, 20, 16, 22, 10, 12), start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "C5"
    ws.print_title_rows = "3:4"
    ws.page_setup.orientation = "landscape"

    notes = wb.create_sheet("填报说明")
    for i, line in enumerate(SHUOMING, start=1):
        notes.cell(row=i, column=1, value=line)
    notes.column_dimensions["A"].width = 120
    wb.active = 0
    wb.save(path)
    assert total == 308400 and year_total == 147000, (total, year_total)


# ---------------------------------------------------------------------------
# 3. 扫描件识别稿 (TXT): OCR of a 工作要点 with noise
# ---------------------------------------------------------------------------

OCR_NAME = "龙泉乡2034年工作要点（扫描识别稿）.txt"

# Hard-wrapped as the OCR engine returned it: lines break where the printed
# lines broke, page numbers are left in, 0 is read as O and 1 as l in places,
# full- and half-width punctuation are mixed.
OCR_TEXT = """\
龙泉乡人民政府文件

龙政发〔2O34〕1号

龙泉乡人民政府
关于印发《龙泉乡2034年工作要点》的通知

各村(社区),乡直各单位:
    现将《龙泉乡2034年工作要点》印发给你们,请结合
实际,认真抓好贯彻落实。

                              龙泉乡人民政府
                              2O34年1月18日
    (此件公开发布)

                    — 1 —

龙泉乡2034年工作要点

    2034年全乡工作的总体要求是:坚持稳中求进工作总基
调,全面推进乡村振兴,奋力建设产业兴、生态美、百姓富
的新龙泉。全乡主要预期目标是:地区生产总值增长6.5%
左右,农村居民人均可支配收入增长7%以上。重点抓好以
下四个方面工作:
    一、聚焦产业兴旺,壮大乡村经济
    1.稳定粮食生产,全年粮食播种面积稳定在2.8万亩以
上,新建高标准农田l200亩。(责任单位:农业办;配合单位:
财政所、各村)
    2.发展特色产业,10月底前新增中药材种植5O0亩,
培育市级以上农民专业合作社示范社2家。(责任单位:农技
站;配合单位:农业办)
    3.抓好招商引资,全年新引进投资千万元以上项目4个,
完成固定资产投资3.5亿元。（责任单位:经发办;配合单位:
自然资源所)
    4.壮大村级集体经济,年底前全乡所有村集体经济经营
性收入全部达到1O万元以上,其中2O万元以上的村达到6个。
(责任单位:乡村振兴办;配合单位:财政所)
    5.完善交通路网,汛期前完成水毁道路修复,年底前新改
建通村通组公路l2公里,完成农村公路生命安全防护工程8
公里。(责任单位:交通站 配合单位:财政所)

                    — 2 —

    二、聚焦生态宜居,建设和美乡村
    6.持续改善人居环境,完成农村户厕改造28O户,农村
生活垃圾无害化处理率达到lOO%,创建美丽屋场5个。(责
任单位:农业办、环保办)
    7.加强河湖管护,汛期前完成龙泉河干流清淤疏浚3.2
公里,拆除河道违建障碍物。(水利站牵头,环保办、相关村
配合)
    8.落实森林防火责任,春节、清明等重点时段实行24小
时值班值守,全年不发生重大森林火灾。(责任单位:林业站;
配合单位:应急办)
    三、聚焦民生福祉,增进群众获得感
    9.春节前完成全乡困难群众走访慰问,发放慰问金及慰
问物资折合不少于35万元。(责任单位:民政办;配合单位:财
政所)
    l0.上半年完成城乡居民医保和养老保险集中征缴,医保
参保率稳定在97%以上,养老保险参保缴费人数不少于1.3万
人。(责任单位:社会事务办;配合单位:各村(社区))
    11.新增城镇就业和农村劳动力转移就业3OO人,开展"雨
露计划"等职业技能培训3期、培训15O人次。(责任单位:劳
保所)

                    — 3 —

    12.秋季开学前完成龙泉中心小学教学楼维修改造,新建塑
胶运动场1个。(责任单位:中心学校;配合单位:社事办)
    四、聚焦平安和谐,夯实治理根基
    13.深化“一村一辅警”机制,矛盾纠纷调处成功率达到98%以
上,信访事项按期办结率达到1OO%。(责任单位:综治办;配合
单位:派出所、司法所)
    14.国庆前完成全乡47家生产经营单位安全隐患排查整治
全覆盖。(责任单位:应急办)
    15.加强机关作风建设,严格落实"三重一大"集体决策制度,
全面推行乡村干部AB岗工作制。(责任单位:党政办)

    各村、乡直各单位要对照本要点细化工作措施,明确责任
人和时间节点,每季度末月25日前将工作进展书面报乡党政
办,乡党委、政府将适时组织督查。

抄送:乡党委,乡人大主席团。
龙泉乡党政综合办公室                  2O34年1月18日印发

                    — 4 —
"""


# ---------------------------------------------------------------------------
# 4. 县督查室 weekly 督办通报, saved from the county website as page source (TXT)
# ---------------------------------------------------------------------------

TONGBAO_NAME = "云溪县重点工作督办通报2034年第15期_网页.txt"

# 序号, 重点任务, 牵头单位 (None = covered by rowspan above), 配合单位, 完成时限,
# 本周进展, 存在问题, 督办状态
DUBAN = [
    (
        "1",
        "规模以上工业增加值增长8%以上，新增规上工业企业12家",
        "县工信局",
        "县统计局、各乡镇",
        "2034年12月31日前",
        "一季度规上工业增加值增长7.6%，新入规企业3家",
        "部分新建项目投产进度偏慢",
        "green",
    ),
    (
        "2",
        "新引进&ldquo;三类500强&rdquo;企业投资项目2个，招商引资实际到位资金45亿元",
        "县商务局",
        "县经开区管委会、各乡镇",
        "2034年12月31日前",
        "已签约项目9个，实际到位资金11.2亿元",
        "重大项目签约后落地转化率不高",
        "yellow",
    ),
    (
        "3",
        "新改建农村公路65公里，完成危桥改造6座",
        "县交通运输局",
        "县财政局、各乡镇",
        "2034年10月31日前",
        "已完成路基工程22公里，危桥改造开工4座",
        "&mdash;",
        "green",
    ),
    (
        "4",
        "完成病险水库除险加固7座",
        "县水利局",
        "各乡镇",
        "2034年汛期前",
        "已完工5座，剩余2座正在进行坝体防渗施工",
        "2座水库施工受连续降雨影响",
        "yellow",
    ),
    (
        "5",
        "新建农村饮水安全巩固提升工程18处，农村自来水普及率达到93%",
        None,
        "县卫健委",
        "2034年11月30日前",
        "已开工11处，完工3处",
        "&mdash;",
        "green",
    ),
    (
        "6",
        "新建公办幼儿园3所，新增普惠性学位900个",
        "县教育局",
        "县住建局、县自然资源局",
        "2034年8月31日前<br/>（秋季开学前）",
        "3所幼儿园主体均已封顶",
        "&mdash;",
        "green",
    ),
    (
        "7",
        "建成乡镇区域养老服务中心4个，新增护理型床位200张",
        "县民政局",
        "县卫健委、相关乡镇",
        "2034年9月30日前",
        "2个中心完成主体装修",
        "1个中心因选址调整开工滞后",
        "green",
    ),
    (
        "8",
        "城镇新增就业4500人，城镇调查失业率控制在5.5%以内",
        "县人社局",
        "县就业服务中心",
        "2034年12月31日前",
        "城镇新增就业1260人，完成年度任务的28%",
        "&mdash;",
        "green",
    ),
    (
        "9",
        "一季度完成县城区主次干道&ldquo;白改黑&rdquo;提质改造5.2公里",
        "县住建局",
        "县城管局、县公安局交警大队",
        "2034年3月31日前",
        "已全部完工，累计完成5.2公里",
        "&mdash;",
        "done",
    ),
    (
        "10",
        "新增5G基站150个，行政村千兆光网通达率达到100%",
        "县工信局",
        "中国电信云溪分公司、中国移动云溪分公司",
        "2034年12月31日前",
        "新建5G基站41个",
        "部分站址协调难度大",
        "green",
    ),
    (
        "11",
        "县城空气质量优良天数比例达到92%以上，PM2.5平均浓度控制在30微克/立方米以下",
        "市生态环境局云溪分局",
        "县住建局、县交通运输局、县城管局",
        "2034年12月31日前",
        "1&mdash;3月县城优良天数比例89.1%，PM2.5平均浓度41微克/立方米",
        "受区域传输影响，PM2.5浓度同比上升",
        "yellow",
    ),
    (
        "12",
        "上半年建成县城东互通连接线3.8公里",
        "县城投集团",
        "县自然资源局、城关镇",
        "2034年6月30日前<br/>（已申请延期至9月30日，待县政府审定）",
        "完成路基1.6公里",
        "征地拆迁尚有7户未签约，工期严重滞后",
        "red",
    ),
    (
        "13",
        "全面推行政务服务&ldquo;一件事一次办&rdquo;，上半年实现高频事项全覆盖",
        "县行政审批服务局",
        "县直各有关单位",
        "2034年6月30日前",
        "已上线&ldquo;一件事&rdquo;主题套餐16个",
        "&mdash;",
        "green",
    ),
    (
        "14",
        "4月底前完成人工造林1.2万亩、封山育林3万亩，森林覆盖率稳定在68%以上",
        "县林业局",
        "各乡镇",
        "2034年4月30日前",
        "完成人工造林1.05万亩",
        "部分乡镇苗木栽植质量不高",
        "yellow",
    ),
]

STATUS = {
    "green": '<span class="light light-green">&#9679;绿灯</span>',
    "yellow": '<span class="light light-yellow">&#9679;黄灯</span>',
    "red": '<span class="light light-red">&#9679;红灯</span>',
    "done": '<span class="light light-done">&#10004;已办结</span>',
}

HTML_HEAD = """\
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="云溪县人民政府门户网站">
<meta name="ColumnName" content="督查通报">
<meta name="ArticleTitle" content="云溪县人民政府督查室关于2034年县政府重点工作推进情况的通报（第15期）">
<meta name="PubDate" content="2034-04-15 16:32">
<title>云溪县人民政府督查室关于2034年县政府重点工作推进情况的通报（第15期）_督查通报_云溪县人民政府门户网站</title>
<link rel="stylesheet" href="/static/css/common.css?v=20340102">
<style>
.article table{border-collapse:collapse;width:100%}
.article td,.article th{border:1px solid #333;padding:4px 6px;font-size:14px}
.light-green{color:#1a9c3e}.light-yellow{color:#e6a700}.light-red{color:#d40000}
</style>
<script type="text/javascript">
var _hmt = _hmt || [];
(function(){var hm=document.createElement("script");hm.src="https://hm.example.com/hm.js?a7c2e";
var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();
</script>
</head>
<body>
<div class="top-bar"><div class="w1200">
<a href="/">首页</a> | <a href="javascript:void(0)" onclick="addFavorite()">加入收藏</a> | <a href="/wza/">无障碍浏览</a> | <a href="/m/">手机版</a>
<span class="weather">2034年4月15日 星期六</span>
</div></div>
<div class="header"><img src="/static/images/logo.png" alt="云溪县人民政府门户网站"></div>
<ul class="nav">
<li><a href="/">首页</a></li>
<li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li>
<li><a href="/zjyx/">走进云溪</a></li>
</ul>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/dctb/">督查通报</a></div>
<div class="article">
<h1 class="art-title">云溪县人民政府督查室关于2034年县政府重点工作推进情况的通报（第15期）</h1>
<div class="art-info">发布时间：2034-04-15 16:32&nbsp;&nbsp;来源：县政府督查室&nbsp;&nbsp;浏览次数：<span id="views">1386</span>&nbsp;&nbsp;【字体：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</div>
<div class="art-con" id="zoom">
<p style="text-align:center">云政督通〔2034〕15号</p>
<p>各乡镇人民政府，县直各单位：</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;根据《云溪县2034年政府工作报告重点工作任务分解方案》（云政办发〔2034〕3号）和县政府重点工作周调度制度，县政府督查室对4月8日至4月14日（第15周）县政府重点工作推进情况进行了督查。现将有关情况通报如下：</p>
<h3>一、总体情况</h3>
<p>&nbsp;&nbsp;&nbsp;&nbsp;本期共调度县政府重点工作任务14项，其中已办结1项、绿灯8项、黄灯4项、红灯1项。从调度情况看，县交通运输局、县教育局、县住建局等单位主动作为、推进有力，序时进度完成较好，予以通报表扬；县城投集团、县林业局等单位的部分任务进度滞后，需加大推进力度。</p>
<h3>二、重点工作推进情况</h3>
<table class="tb-duban" border="1" cellspacing="0" cellpadding="0">
<thead>
<tr>
<th width="4%">序号</th>
<th width="22%">重点任务</th>
<th width="9%">牵头单位</th>
<th width="12%">配合单位</th>
<th width="10%">完成时限</th>
<th width="17%">本周进展</th>
<th width="16%">存在问题</th>
<th width="10%">督办状态</th>
</tr>
</thead>
<tbody>
"""

HTML_TAIL = """\
</tbody>
</table>
<p style="font-size:12px">注：督办状态按照《云溪县重点工作&ldquo;红黄绿&rdquo;三色督办办法》认定，滞后序时进度10个百分点以内为黄灯，10个百分点以上或超过完成时限为红灯。</p>
<h3>三、下步工作要求</h3>
<p>&nbsp;&nbsp;&nbsp;&nbsp;（一）红灯事项牵头单位要在4月20日前向县政府书面说明滞后原因，提出整改措施和完成时限，县政府督查室将跟踪问效。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;（二）黄灯事项牵头单位要倒排工期、挂图作战，确保在下期调度前追上序时进度。连续3期亮黄灯的，按红灯事项管理。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;（三）各牵头单位要于每周五下午5时前通过&ldquo;云溪督查&rdquo;平台报送本周进展，配合单位同步报送配合事项进展。</p>
<p>附件：<a href="/uploads/2034/04/15/dctb15_mx.xlsx">云溪县2034年重点工作推进情况明细表（第15期）.xlsx</a></p>
<p style="text-align:right">云溪县人民政府督查室</p>
<p style="text-align:right">2034年4月15日</p>
</div>
<div class="art-share">分享到：<a class="wx" href="javascript:;">微信</a> <a class="wb" href="javascript:;">微博</a></div>
<div class="art-page">
<p>上一篇：<a href="/zwgk/dctb/202404/t20340408_4417.html">云溪县人民政府督查室关于2034年县政府重点工作推进情况的通报（第14期）</a></p>
<p>下一篇：<a href="/zwgk/dctb/202404/t20340422_4463.html">关于开展2034年安全生产大检查专项督查的通知</a></p>
</div>
<div class="related"><h4>相关链接</h4>
<ul>
<li><a href="/zwgk/zfgzbg/202401/t20340125_4102.html">2034年云溪县人民政府工作报告</a></li>
<li><a href="/zwgk/dctb/202402/t20340226_4258.html">云溪县2034年十件重点民生实事项目清单</a></li>
</ul></div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer">
<p>主办：云溪县人民政府办公室&nbsp;&nbsp;承办：云溪县大数据中心</p>
<p>地址：云溪县政府大院1号&nbsp;&nbsp;邮编：418300&nbsp;&nbsp;联系电话：0745-3362015</p>
<p>网站标识码：4312290013&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">湘ICP备05001234号</a>&nbsp;&nbsp;湘公网安备43122902000118号</p>
</div>
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/common.js"></script>
</body>
</html>
"""


def tongbao_html() -> str:
    rows = []
    for no, task, lead, co, due, progress, problem, status in DUBAN:
        cells = [f'<td align="center">{no}</td>', f"<td>{task}</td>"]
        if lead is not None:
            span = ' rowspan="2"' if no == "4" else ""
            cells.append(f'<td align="center"{span}>{lead}</td>')
        cells += [
            f"<td>{co}</td>",
            f"<td>{due}</td>",
            f"<td>{progress}</td>",
            f"<td>{problem}</td>",
            f'<td align="center">{STATUS[status]}</td>',
        ]
        rows.append("<tr>\n" + "\n".join(cells) + "\n</tr>\n")
    return HTML_HEAD + "".join(rows) + HTML_TAIL


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------


def docx_lines(path: Path) -> list[str]:
    doc = Document(path)
    lines = []
    body = doc.element.body
    for p in body.iter(qn("w:p")):
        text = "".join(t.text or "" for t in p.iter(qn("w:t")))
        lines.append(text)
    return lines


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
    spec = importlib.util.spec_from_file_location("blind15_expected", HERE / "EXPECTED.py")
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
    if not 40 <= total <= 60:
        problems.append(f"total {total} is outside 40–60")
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


def main() -> int:
    make_qingdan(HERE / QINGDAN_NAME)
    make_jidu(HERE / JIDU_NAME)
    (HERE / OCR_NAME).write_text(OCR_TEXT, encoding="utf-8")
    (HERE / TONGBAO_NAME).write_text(tongbao_html(), encoding="utf-8")
    return check()


if __name__ == "__main__":
    sys.exit(main())
