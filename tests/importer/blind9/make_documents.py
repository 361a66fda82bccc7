"""Build the generated documents of the ninth blind set.

Run from the repository root: ``.venv/bin/python tests/importer/blind9/make_documents.py``.
Writes 01 (XLSX: a 县 目标责任书 指标分解表 for one 镇, one sheet per category, 2030年完成 and
2031年目标 columns, 考核分值, merged title rows and a 责任单位 cell merged over two rows, a 合计
row and a 填表说明 sheet), 02 (DOCX: a 县长办公会议纪要 whose items 一、二、… mix 听取汇报/原则同意
with decisions ``由X牵头，Y配合，于…前完成`` in prose) and 04 (a CSV exported with GBK encoding,
``;`` separators, CRLF, a title line above the header and a 序号 restarting per 类别). 03 is
plain UTF-8 text written by hand.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- 01 XLSX

HEADER = [
    "序号",
    "指标名称",
    "单位",
    "2030年完成",
    "2031年目标",
    "责任单位",
    "配合单位",
    "完成时限",
    "考核分值",
]

SHEETS: dict[str, list[list[str | float | int]]] = {
    "经济发展类": [
        [1, "一般公共预算收入", "万元", 5820, 6200, "财政所", "", "", 12],
        [2, "固定资产投资增速", "%", 8.5, 9, "经发办", "各村", "", 10],
        [3, "新引进亿元以上产业项目", "个", 2, 3, "经发办", "财政所", "2031年10月底前", 10],
        [4, "新增规模以上工业企业", "家", 3, 4, "经发办", "", "", 8],
        [5, "粮食播种面积", "万亩", 6.2, "≥6.2", "农业办", "各村", "2031年10月31日", 8],
        [6, "新建高标准农田", "亩", 8000, 12000, "", "自然资源所", "2031年9月底前", 6],
    ],
    "社会民生类": [
        [1, "城乡居民医保参保率", "%", 96.8, "≥97", "社事办", "各村", "2031年6月30日", 8],
        [2, "新增城镇就业人数", "人", 310, 320, "社事办", "", "", 6],
        [3, "农村生活垃圾无害化处理率", "%", 92, 95, "生态办", "各村", "", 8],
        [4, "森林覆盖率", "%", 61.2, 61.5, "林业站", "", "", 6],
        [5, "小型水库除险加固", "座", 2, 3, "水利站", "自然资源所", "汛期前（5月31日前）", 8],
        [6, "安全生产隐患整改率", "%", 98, 100, "应急办", "各村", "2031年11月30日", 10],
    ],
}


def make_xlsx() -> None:
    book = Workbook()
    first = True
    for title, rows in SHEETS.items():
        sheet = book.active if first else book.create_sheet()
        assert sheet is not None
        first = False
        sheet.title = title
        sheet.append([f"云岭县2031年度乡镇目标管理责任书指标分解表（青石镇·{title}）"])
        sheet.merge_cells("A1:I1")
        sheet["A1"].font = Font(bold=True, size=15)
        sheet["A1"].alignment = Alignment(horizontal="center")
        sheet.append(
            ["考核单位：云岭县目标管理考核办公室", "", "", "", "", "", "被考核单位：青石镇人民政府"]
        )
        sheet.merge_cells("A2:E2")
        sheet.merge_cells("G2:I2")
        sheet.append(HEADER)
        for cell in sheet[3]:
            cell.font = Font(bold=True)
        start = sheet.max_row + 1
        for row in rows:
            sheet.append(row)
            for cell in sheet[sheet.max_row]:
                cell.alignment = Alignment(wrap_text=True, vertical="center")
        if title == "经济发展类":
            # 粮食播种面积 and 新建高标准农田 share one 责任单位 cell (农业办)
            sheet.merge_cells(f"F{start + 4}:F{start + 5}")
        total = sum(int(r[8]) for r in rows)
        sheet.append(["合计", "", "", "", "", "", "", "", total])
        sheet.merge_cells(f"A{sheet.max_row}:H{sheet.max_row}")
        for col, width in zip("ABCDEFGHI", (6, 28, 8, 12, 12, 14, 16, 20, 10), strict=True):
            sheet.column_dimensions[col].width = width
    notes = book.create_sheet("填表说明")
    for line in (
        "填表说明：",
        "1. “2030年完成”栏为2030年统计快报数，仅作参考。",
        "2. 考核分值合计100分，另设加分项不超过5分。",
        "3. 各责任单位于每季度末次月10日前向县目标办报送完成情况。",
        "4. 联系人：县目标办 李娟，电话0739-8821456。",
    ):
        notes.append([line])
    book.save(str(HERE / "01_xian_mubiao_zerenshu.xlsx"))


# ---------------------------------------------------------------- 02 DOCX

JIYAO = [
    "一、听取了县发改局关于2030年全县重点项目建设情况的汇报。2030年全县实施重点项目52个，"
    "完成投资118亿元，完成年度计划的106%。会议对相关工作给予充分肯定。",
    "二、研究了2031年县级重点项目计划。会议原则同意县发改局提出的2031年县级重点项目计划"
    "（共48个，总投资126亿元）。会议明确，2031年县级重点项目完成年度投资38亿元以上，"
    "由县发改局牵头，县财政局、县自然资源局配合，于6月底前完成全部新建项目开工手续办理，"
    "12月底前完成年度投资计划。",
    "三、研究了城区学校扩容工作。会议同意实施县第二实验小学扩建工程，新增学位900个，"
    "总投资6800万元，由县教育局牵头，县住建局、县自然资源局配合，于8月20日前完成主体工程并投入使用。",
    "四、研究了农村供水保障工作。会议要求，加快推进城乡供水一体化二期工程，由县水务局牵头，"
    "各乡镇人民政府配合，年内新铺设供水主管网46公里，农村自来水普及率提高到98%。",
    "五、听取了县市场监管局关于2031年食品安全工作安排的汇报。会议原则同意《云岭县2031年食品安全"
    "工作要点》，请县市场监管局按程序印发实施。",
    "六、研究了城镇老旧小区改造工作。会议决定，2031年改造城镇老旧小区15个、惠及居民二千六百户，"
    "由县住建局牵头，县财政局、城关镇人民政府配合，于4月底前全部开工，10月31日前完工。",
    "七、研究了冬春农田水利建设资金安排。会议同意从县级财政预备费中安排1200万元，用于小型农田"
    "水利设施维修养护，由县财政局负责，于3月15日前拨付到位。",
    "八、研究了养老服务体系建设工作。会议要求，新建乡镇区域养老服务中心4个，农村互助幸福院覆盖率"
    "达到百分之六十，由县民政局牵头，各乡镇人民政府配合，于三季度末前完成。",
    "九、研究了城区交通秩序提升工作。会议决定，由县交通运输局牵头，县公安局交警大队配合，"
    "于5月底前完成城区主干道交通信号灯智能化改造，改造路口28个。",
    "十、会议强调，各单位要牢固树立“一盘棋”思想，严格落实“周调度、月通报”制度，"
    "确保会议议定事项落地见效。",
]


def _para(doc, text: str, *, bold: bool = False, align=None, size: float | None = None):
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if align is not None:
        paragraph.alignment = align
    return paragraph


def make_docx() -> None:
    doc = Document()
    _para(doc, "云岭县人民政府", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=24)
    _para(doc, "县长办公会议纪要", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=24)
    _para(doc, "〔2031〕2号", align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, "云岭县人民政府办公室                    2031年1月16日")
    _para(doc, "2031年第2次县长办公会议纪要", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=16)
    _para(
        doc,
        "2031年1月15日，县长陈立新主持召开2031年第2次县长办公会议，听取2030年重点项目建设情况汇报，"
        "研究2031年重点项目计划、城区学校扩容、农村供水保障等事项。现将会议议定事项纪要如下：",
    )
    for item in JIYAO:
        _para(doc, item)
    _para(doc, "出席：陈立新、王建华、刘芳、赵志强")
    _para(
        doc,
        "列席：县发改局、县财政局、县教育局、县住建局、县水务局、县民政局、县交通运输局、"
        "县自然资源局、县市场监管局主要负责同志",
    )
    _para(doc, "请假：周明（在市参加会议）")
    _para(doc, "记录：县政府办公室 孙婷")
    _para(doc, "抄送：县委办公室，县人大常委会办公室，县政协办公室。")
    _para(doc, "云岭县人民政府办公室                2031年1月16日印发")
    doc.save(str(HERE / "02_xianzhang_bangonghui_jiyao.docx"))


# ---------------------------------------------------------------- 04 CSV (GBK)

CSV_LINES = [
    "云溪街道2031年度重点工作任务清单;;;;;;;",
    "类别;序号;工作任务;目标要求;牵头单位;配合单位;完成时限;备注",
    "经济发展;1;招商引资;全年新签约项目8个，到位资金不低于3.5亿元;经济发展办;;全年;2030年签约6个",
    "经济发展;2;楼宇经济提质;新增入驻企业30家，楼宇税收突破1200万元;经济发展办;财政所;2031年Q3;",
    "经济发展;3;个体工商户转企业;完成个转企15户;经济发展办;市场监管所;2031.6;",
    "城市管理;1;背街小巷整治;整治背街小巷12条；铺设沥青路面2.4万平方米;街道城建办;各社区;2031.10;"
    "“白改黑”工程",
    "城市管理;2;生活垃圾分类;垃圾分类小区覆盖率达到95%，回收利用率35%以上;生态办;各社区、物业企业;全年;",
    "城市管理;3;违法建设治理;新增违建“零增长”，拆除存量违建1.5万平方米;街道城管执法中队;各社区;按月;"
    "每月5日前报送上月台账",
    "社会事业;1;社区嵌入式养老;新建社区嵌入式养老服务点2个，提供助餐服务不少于2万人次;社事办;各社区;"
    "2031年Q4;",
    "社会事业;2;稳岗就业;新增城镇就业600人，帮助失业人员再就业300人;街道劳动保障所;;全年;",
    "社会事业;3;普惠托育;新增普惠性托位60个;社事办;街道社区卫生服务中心;2031.9;“一老一小”项目",
    "安全稳定;1;消防安全提升;完成老旧小区消防设施改造8个，电动自行车集中充电设施覆盖率达到100%;应急办;"
    "各社区、物业企业;2031年Q2;",
    "安全稳定;2;信访积案化解;信访事项按期办结率100%;平安办;司法所;按月;联系人：王磊 13807391234",
    "合计;;共11项;;;;;",
    "制表：云溪街道党政办;;;;;;;2031年1月10日",
]


def make_csv() -> None:
    (HERE / "04_jiedao_renwu_qingdan_gbk.csv").write_bytes(
        ("\r\n".join(CSV_LINES) + "\r\n").encode("gbk")
    )


if __name__ == "__main__":
    make_xlsx()
    make_docx()
    make_csv()
