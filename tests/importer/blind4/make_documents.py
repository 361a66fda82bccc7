# ruff: noqa: E501  (the document text is kept one paragraph a line)
"""Builds the fourth blind set's binary documents (02 DOCX, 03 XLSX, 05 PDF) from the text
below; run ``.venv/bin/python tests/importer/blind4/make_documents.py``. The files are
committed; this script says how they were made."""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def make_docx() -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    doc = Document()
    head = doc.add_paragraph("中共桃源镇委员会文件")
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    head.runs[0].font.size = Pt(26)
    number = doc.add_paragraph("桃发〔2027〕3号")
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    notice = doc.add_paragraph(
        "中共桃源镇委员会　桃源镇人民政府\n关于印发《桃源镇2027年工作要点》的通知"
    )
    notice.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("各村（社区）党组织、村（居）委会，镇直各单位：")
    doc.add_paragraph("现将《桃源镇2027年工作要点》印发给你们，请结合实际，认真抓好贯彻落实。")
    doc.add_paragraph("中共桃源镇委员会　　　　桃源镇人民政府")
    last = doc.add_paragraph("2027年1月20日")
    last.add_run().add_break(WD_BREAK.PAGE)

    doc.add_paragraph("桃源镇2027年工作要点", style="Title")
    doc.add_paragraph(
        "2027年全镇工作的总体思路是：坚持稳中求进工作总基调，以产业振兴为抓手，"
        "统筹推进经济建设和社会事业发展。重点抓好以下几个方面工作："
    )
    doc.add_paragraph("一、着力推动经济高质量发展", style="Heading 1")
    doc.add_paragraph("（一）抓实招商引资", style="Heading 2")
    doc.add_paragraph(
        "1.全年引进500万元以上项目10个，实际到位资金3.5亿元。"
        "（牵头单位：经发办；配合单位：财政所、各村）"
    )
    doc.add_paragraph("（二）壮大特色农业", style="Heading 2")
    doc.add_paragraph(
        "2.新建设施蔬菜大棚200栋，发展林下经济1.2万亩，创建省级农业产业化示范基地1个。"
        "（牵头单位：农业农村办公室；配合单位：林业站）"
    )
    doc.add_paragraph(
        "3.完成土地流转面积3000亩，土地流转率由2026年的58%提高到65%。（牵头单位：农业办）"
    )
    doc.add_paragraph("二、着力改善城乡面貌", style="Heading 1")
    doc.add_paragraph("（三）生态环境治理", style="Heading 2")
    doc.add_paragraph(
        "4.6月底前完成桃溪河综合治理一期工程，治理河道4.5公里。"
        "（牵头单位：水利站；配合单位：生态环境办公室）"
    )
    doc.add_paragraph(
        "5.全年森林覆盖率稳定在62%以上，完成植树造林800亩，3月底前完成春季造林任务。"
        "（牵头单位：林业站）"
    )
    doc.add_paragraph("（四）重点项目建设", style="Heading 2")
    doc.add_paragraph("6.2027年安排镇级重点项目如下：")
    rows = [
        ("序号", "项目名称", "2027年建设内容及目标", "责任单位", "完成时限"),
        (
            "1",
            "桃源镇农产品冷链物流中心",
            "新建冷库2座，库容8000吨，建成后投入运营",
            "经发办",
            "2027年12月",
        ),
        (
            "2",
            "镇卫生院综合楼改扩建",
            "新增建筑面积3600平方米，开放床位60张",
            "县卫健局、镇卫生院",
            "2027年9月30日前",
        ),
        (
            "3",
            "农村供水管网延伸工程",
            "铺设供水管网26公里，惠及群众1800户",
            "水利站",
            "分两阶段：5月底前完成主管网，10月底前全部完工",
        ),
    ]
    table = doc.add_table(rows=len(rows), cols=5)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.add_paragraph("三、着力增进民生福祉", style="Heading 1")
    doc.add_paragraph(
        "7.新增城镇就业岗位300个，开展职业技能培训600人次。"
        "（牵头单位：社会事务办公室；配合单位：镇劳动保障所）"
    )
    doc.add_paragraph("四、保障措施", style="Heading 1")
    doc.add_paragraph(
        "（一）加强组织领导。各责任单位主要负责人是第一责任人，要细化措施，倒排工期。"
    )
    doc.add_paragraph(
        "（二）强化督查考核。镇党政办每月通报一次工作进度，考核结果占年度综合考核分值的20%。"
    )
    doc.add_paragraph("抄送：县委办，县政府办。")
    doc.add_paragraph("桃源镇党政综合办公室　　　　2027年1月20日印发")
    doc.save(HERE / "02_gongzuo_yaodian.docx")


def make_xlsx() -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "重点任务清单"
    ws.append(["青山镇2027年重点任务清单"])
    ws.merge_cells("A1:I1")
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(
        [
            "填报单位：青山镇党政综合办公室",
            None,
            None,
            None,
            None,
            None,
            None,
            "更新时间：2027年1月8日",
        ]
    )
    ws.append(
        [
            "序号",
            "完成时限",
            "牵头单位",
            "重点任务",
            "类别",
            "量化指标",
            "配合单位",
            "牵头领导",
            "备注",
        ]
    )
    data = [
        (
            1,
            "2027年6月30日前",
            "经济发展办公室",
            "推进年产5万吨有机肥加工项目建成投产",
            "产业发展",
            "完成投资1.6亿元",
            "自然资源所\n供电所",
            "李卫东\n（副镇长）",
            "2026年已完成投资0.8亿元",
        ),
        (
            2,
            "三季度",
            "农业农村办公室",
            "建设高标准农田",
            None,
            "新建6000亩\n配套高效节水灌溉2000亩",
            "水利站、各村委会",
            None,
            None,
        ),
        (
            3,
            "年内",
            "镇招商服务中心",
            "引进规模以上工业企业",
            None,
            "3家",
            None,
            "孙志刚\n（党委委员）",
            "联系电话：0736-5521234",
        ),
        (
            4,
            "一季度完成选址\n8月底前建成",
            "社会事务办",
            "新建农村互助幸福院\n每所床位不少于20张",
            "民生保障",
            "2所",
            "各村委会",
            "王芳\n（副镇长）",
            None,
        ),
        (
            5,
            "11月底前",
            "镇卫生院",
            "为辖区适龄妇女开展“两癌”免费筛查",
            None,
            "1500人次",
            "镇妇联",
            None,
            None,
        ),
        (
            6,
            "2027年12月31日前",
            "便民服务中心",
            "推进政务服务事项“一网通办”",
            None,
            "可网办率达到90%",
            None,
            None,
            "依据县政务服务〔2027〕5号文件",
        ),
        (
            7,
            "长期坚持",
            "综治中心",
            "推进“雪亮工程”建设，新增高清监控探头120个",
            "基层治理",
            None,
            "派出所、各村（社区）",
            "赵明亮（政法委员）",
            "2026年底已建成探头460个",
        ),
    ]
    for row in data:
        ws.append(list(row))
    ws.merge_cells("E4:E6")  # 类别 产业发展
    ws.merge_cells("H4:H5")  # 牵头领导 李卫东
    ws.merge_cells("E7:E9")  # 类别 民生保障
    ws.merge_cells("H7:H9")  # 牵头领导 王芳
    ws.append(["注：本清单由镇党政办负责调度，各牵头单位每月25日前报送进度。"])
    ws.merge_cells("A11:I11")
    for row in ws.iter_rows(min_row=3, max_row=10):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    for col, width in zip("ABCDEFGHI", (6, 16, 16, 36, 10, 24, 20, 14, 26), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(HERE / "03_zhongdian_renwu_qingdan.xlsx")


PDF_TITLE = "白鹤镇2027年农村人居环境整治提升实施方案"

PDF_TEXT = """为深入贯彻落实中央、省、市、县关于农村人居环境整治的决策部署，持续改善农村人居环境，建设宜居宜业和美乡村，结合我镇实际，制定本方案。
一、指导思想
坚持以人民为中心的发展思想，以农村厕所革命、生活污水垃圾治理和村容村貌提升为主攻方向，坚持因地制宜、分类施策，建立健全长效管护机制。
二、工作目标
到2027年底，全镇农村卫生厕所普及率达到92%以上，生活垃圾收运处置体系覆盖100%的行政村，农村生活污水治理率达到45%，创建美丽乡村示范村3个。
三、重点任务
（一）扎实推进农村厕所革命。2027年新（改）建农村卫生户厕500户，新建农村公厕6座，5月底前完成摸底排查，10月底前完成建设任务。（责任单位：农业农村办公室，配合单位：各村委会）
（二）全面治理农村生活垃圾。购置分类垃圾桶3000个、垃圾转运车4辆，上半年完成配置。（责任单位：生态环境办公室）
（三）梯次推进生活污水治理。实施集镇污水管网延伸工程，新铺设污水管网8.5公里，新建村级污水处理站5座，由镇规划建设办牵头，水利站配合，分三个阶段实施：一季度完成设计招标，二季度开工建设，11月底前全部完工。
（四）持续提升村容村貌。开展“清洁家园”行动，每月组织一次集中整治，全年清理陈年垃圾1.5万吨，拆除危旧房屋和残垣断壁120处。（责任单位：各村委会）
（五）健全长效管护机制。按照每300名村民配备1名保洁员的标准，全镇聘用村庄保洁员85名。
四、保障措施
（一）加强组织领导。成立由镇党委书记任组长、镇长任常务副组长的农村人居环境整治工作领导小组，领导小组办公室设在农业农村办公室。
（二）强化资金保障。镇财政安排专项资金200万元，积极争取上级项目资金，引导村集体和群众投工投劳。
（三）严格考核奖惩。实行“月检查、季评比”制度，每季度评比一次，对排名后3位的村进行通报批评。
白鹤镇人民政府
2027年2月10日
（联系人：刘明　联系电话：13907361234）"""


def make_pdf() -> None:
    from fpdf import FPDF

    class Plan(FPDF):
        def header(self) -> None:
            self.set_font("wqy", size=9)
            self.cell(0, 6, PDF_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("wqy", size=10)
            self.cell(0, 8, f"— {self.page_no()} —", align="C")

    pdf = Plan(format="A5")
    pdf.set_margins(14, 12, 14)
    pdf.add_font("wqy", fname=FONT)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("wqy", size=15)
    pdf.cell(0, 10, "白鹤镇人民政府", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("wqy", size=11)
    pdf.cell(0, 8, "关于印发" + PDF_TITLE + "的通知", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "白政发〔2027〕4号", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    usable = pdf.w - pdf.l_margin - pdf.r_margin
    for paragraph in PDF_TEXT.split("\n"):
        heading = paragraph.startswith(("一、", "二、", "三、", "四、"))
        text = paragraph if heading else "　　" + paragraph
        # hard line breaks as a typesetter makes them: digits and letters stay together,
        # closing punctuation never starts a line
        line = ""
        for token in re.findall(r"[0-9A-Za-z.%]+|.", text):
            if (
                line
                and pdf.get_string_width(line + token) > usable
                and token not in "，。、；：）”"
            ):
                pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
                line = ""
            line += token
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(HERE / "05_shishi_fangan.pdf"))


if __name__ == "__main__":
    make_docx()
    make_xlsx()
    make_pdf()
