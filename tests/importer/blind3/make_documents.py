"""Builds the binary documents of the third blind set: 05 (.xlsx ledger with multi-line
cells) and 07 (.pdf with a text layer, hard line breaks, a running header and page numbers).

Run from this directory: ``python make_documents.py`` (needs openpyxl, fpdf2 and the
WenQuanYi Micro Hei font, ``fonts-wqy-microhei``).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment

HERE = Path(__file__).parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def ledger() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "督办台账"
    sheet.append(["石门镇2026年重点项目及重点工作督办台账"])
    sheet.merge_cells("A1:G1")
    sheet.append(["填报单位：镇党政办（督查室）", "", "", "", "", "更新时间：2026年3月", ""])
    sheet.append(["序号", "工作任务", "具体目标", "责任领导", "责任单位", "完成时限", "推进情况"])
    rows = [
        (
            "集镇污水处理厂\n提标改造工程",
            "日处理能力由2000吨提升至5000吨，\n出水水质达到一级A标准",
            "陈立新\n（副镇长）",
            "生态办（牵头）\n水利站、规划建设办",
            "3月底前完成设计\n9月底前完工",
        ),
        (
            "农产品冷链物流园建设",
            "完成投资6000万元，\n建成冷库2万立方米",
            "刘海\n（副镇长）",
            "经发办\n（配合：国土所、供电所）",
            "2026年12月31日",
        ),
        (
            "背街小巷改造",
            "改造背街小巷18条，\n铺设透水砖1.6万平方米",
            "刘海\n（副镇长）",
            "规划建设办牵头；\n各社区配合",
            "10月份",
        ),
        (
            "全民健身设施建设",
            "新建村级健身广场6处、\n多功能运动场2个",
            "王芳\n（党委委员）",
            "文化站",
            "上半年完成选址，\n年底前建成",
        ),
        (
            "学生营养改善计划",
            "覆盖全镇9所中小学，\n惠及学生2800人",
            "王芳\n（党委委员）",
            "县教育局\n镇中心校",
            "长期坚持",
        ),
        (
            "森林防火",
            "森林火灾受害率控制在0.9‰以内",
            "陈立新\n（副镇长）",
            "林业站、应急办",
            "2026年\n4月30日前",
        ),
        (
            "退役军人服务保障",
            "走访慰问重点优抚对象120人次，\n完成光荣之家挂牌全覆盖",
            "王芳\n（党委委员）",
            "退役军人服务站",
            "8月1日前",
        ),
    ]
    for number, row in enumerate(rows, 1):
        sheet.append([number, *row, ""])
    for line in sheet.iter_rows(min_row=4):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    for column, width in zip("ABCDEFG", (6, 22, 30, 12, 22, 18, 16), strict=True):
        sheet.column_dimensions[column].width = width
    book.save(HERE / "05_dubantaizhang.xlsx")


PDF_TEXT = """\
石政发〔2026〕5号
石门镇2026年农村人居环境整治提升工作实施方案
　　为深入学习运用“千万工程”经验，持续改善农村人居环境，建设宜居宜业和美乡村，根据县委、县政府有关部署，结合我镇实际，制定本方案。
一、指导思想
　　坚持以人民为中心的发展思想，坚持因地制宜、分类施策，坚持政府引导、群众主体，以农村厕所革命、生活垃圾和生活污水治理、村容村貌提升为主攻方向，全面提升农村人居环境质量。
二、工作目标
　　到2026年底，全镇农村卫生厕所普及率达到92%，生活垃圾无害化处理率达到100%，农村生活污水治理率达到40%。
三、重点任务
　　（一）推进农村厕所革命。新改建农村卫生户厕300户，新建农村公厕8座，6月底前完成主体建设，9月底前全部验收。（农业办牵头，各村配合）
　　（二）加强生活垃圾治理。配齐村级保洁员126名，购置分类垃圾桶2400个。建成镇级垃圾转运站1座，三季度末投入运行。（生态办牵头，财政所配合）
　　（三）治理农村生活污水。完成5个行政村生活污水收集管网建设，铺设管网18.5公里，年底前实现集镇污水管网全覆盖。（生态办牵头，规划建设办、各村配合）
　　（四）提升村容村貌。拆除残垣断壁及违章建筑不少于200处，清理沟渠河道45公里，长期坚持开展“美丽庭院”评选。
　　（五）推进绿化美化。村庄绿化植树2万株，创建省级森林乡村1个、“美丽乡村示范点”3个，10月份前完成。（林业站负责）
四、保障措施
　　（一）加强组织领导。成立由镇长任组长的农村人居环境整治提升工作领导小组，领导小组办公室设在农业办，负责统筹协调和督促落实。
　　（二）强化资金保障。整合涉农资金，积极争取上级项目支持，引导社会资本和群众投工投劳参与。
　　（三）严格督查考核。将人居环境整治纳入村级年度考核，对工作不力的村予以通报。
"""


def pdf() -> None:
    from fpdf import FPDF

    class Document(FPDF):
        def header(self) -> None:
            if self.page_no() > 1:
                self.set_font("wqy", size=9)
                self.cell(0, 6, "石门镇人民政府", align="R")
                self.ln(10)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("wqy", size=11)
            self.cell(0, 8, f"— {self.page_no()} —", align="C")

    doc = Document(format="A4")
    doc.add_font("wqy", fname=FONT)
    doc.set_auto_page_break(True, margin=22)
    doc.add_page()
    per_line = 26
    for paragraph in PDF_TEXT.splitlines():
        if paragraph.startswith("石门镇2026年"):
            doc.set_font("wqy", size=18)
            doc.multi_cell(0, 10, paragraph, align="C")
            doc.ln(4)
            continue
        doc.set_font("wqy", size=14)
        # hard line breaks every 26 characters, as a typeset page has them
        for start in range(0, len(paragraph), per_line):
            doc.cell(0, 11, paragraph[start : start + per_line])
            doc.ln(11)
    doc.output(str(HERE / "07_fangan.pdf"))


if __name__ == "__main__":
    ledger()
    pdf()
