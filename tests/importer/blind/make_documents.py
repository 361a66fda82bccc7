"""Builds the binary blind documents (04 .xlsx ledger, 07 .docx speech).

Run from this directory: ``python make_documents.py``.
"""

from pathlib import Path

import docx
import openpyxl

HERE = Path(__file__).parent


def ledger() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "经济发展类"
    sheet.append(["白沙镇2026年重点工作督办台账（经济发展类）"])
    sheet.merge_cells("A1:F1")
    sheet.append(["序号", "重点工作", "牵头单位", "配合单位", "完成时限", "进展情况"])
    sheet.append([1, "完成固定资产投资3.5亿元", "经济发展办", "财政所", "2026年12月31日", ""])
    sheet.append([2, "新引进亿元以上项目2个", "镇招商服务中心", "经济发展办", "2026年9月30日", ""])
    sheet.append(
        [
            3,
            "建设冷链物流仓储中心一处，面积5000平方米",
            "经济发展办",
            "自然资源所、便民服务中心",
            "2026年6月30日",
            "",
        ]
    )
    second = book.create_sheet("社会民生类")
    second.append(["白沙镇2026年重点工作督办台账（社会民生类）"])
    second.merge_cells("A1:F1")
    second.append(["序号", "重点工作", "牵头单位", "配合单位", "完成时限", "进展情况"])
    second.append([1, "新增城镇就业岗位300个", "社会事务办", "便民服务中心", "2026年12月31日", ""])
    second.append(
        [2, "完成镇区雨污分流管网改造8公里", "县住建局", "生态环境办、水利站", "2026年10月31日", ""]
    )
    second.append([3, "开展应急演练不少于6次", "应急办", "各村（社区）", "2026年11月30日", ""])
    book.save(HERE / "04-baisha-taizhang-2026.xlsx")


def speech() -> None:
    document = docx.Document()
    document.add_heading("在全镇2025年经济工作会议上的讲话", level=1)
    for line in [
        "镇党委书记 王志强",
        "（2025年2月18日）",
        "同志们：",
        "今天召开全镇经济工作会议，主要任务是总结2024年工作，部署2025年任务。",
        "一、2024年工作回顾",
        "去年，全镇完成固定资产投资4.1亿元，新增规上企业2家。",
        "二、2025年重点工作",
        "（一）聚力项目建设",
        "1. 全力推进东环路改造工程，8月底前建成通车，总投资6000万元。",
        "2. 加快光伏发电项目落地，年内新建屋顶光伏2兆瓦。",
        "（二）提升城镇品质",
        "1. 实施背街小巷改造10条，上半年完成主体工程。",
        "2. 新建停车位400个，缓解镇区停车难问题。",
        "（三）兜牢民生底线",
        "1. 城乡居民医保参保率稳定在95%以上。",
        "2. 由社会事务办牵头、财政所配合，三季度末前完成困难群众救助资金发放。",
        "同志们，目标已经明确，关键在于落实。谢谢大家！",
    ]:
        document.add_paragraph(line)
    document.save(HERE / "07-dongli-speech-2025.docx")


if __name__ == "__main__":
    ledger()
    speech()
