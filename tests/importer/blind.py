"""Blind test documents: written and annotated before reading the importer's code.

Ten shapes a town or county office publishes (tests/importer/blind/), each annotated with what
the import must yield (SPEC §3). The binary ones are built by blind/make_documents.py.
"""

from pathlib import Path
from typing import Any

from tests.importer import published
from tests.importer.published import Expected, P

EXPECTED: dict[str, Expected] = {
    "01-qingshan-report-2025.txt": Expected(
        kinds=("txt", "report", "yishi"),
        year=2025,
        pledges=(
            P("一般公共预算收入达到1.2亿元", "2025-12-31", "6 %", "1.2 亿元"),
            P("推进2000亩茶园提质改造", "2025-06-30", "2000 亩"),
            P("引进规上工业企业3家以上", "2025-12-31", "3 家"),
            P("完成农村户厕改造500户", "2025-12-31", "500 户", "80 %"),
            P("新建村级养老服务站4个", "2025-09-30", "4 个"),
            # 全年 ends the sentence: its last period is the deadline (SPEC §3), not 汛期前
            # walk14 m6 (imp14b): what must not happen is a naught target, 0 起 (SPEC §3)
            P("小型水库除险加固", "2025-12-31", "12 座", "0 起"),
        ),
    ),
    "02-pingan-minsheng-2026.md": Expected(
        kinds=("md", "table", "merged-cells"),
        year=2026,
        pledges=(
            P("新增学位360个", "2026-08-31", "360 个", owner="县教育局"),
            P("直饮水设备安装", "2026-06-30", "15 所", owner="县教育局"),
            P("数字化诊疗设备", "2026-12-31", "20 个", owner="县卫健局"),
            P("改造农村公路45公里", "2026-11-30", "45 公里", "8600 万元", owner="县交通运输局"),
            P("新开通公交线路3条", "2026-09-30", "3 条", owner="县交通运输局"),
            P("嵌入式养老服务中心", "2026-10-31", "2 个", owner="县民政局"),
            P("改造老旧小区12个", "2026-12-31", "12 个", "1800 户", owner="县住建局"),
        ),
    ),
    "03-qinglong-fenjie-2025.csv": Expected(
        kinds=("csv", "gbk", "title-row"),
        year=2025,
        pledges=(
            P(
                "高标准农田建设1500亩",
                "2025-10-31",
                "1500 亩",
                owner="农业农村办公室",
                co="财政所、自然资源所",
            ),
            P(
                "新增市场主体200户以上",
                "2025-12-31",
                "200 户",
                owner="经济发展办公室",
                co="便民服务中心",
            ),
            P("农村危房改造35户", "2025-06-30", "35 户", owner="县住建局", co="党政综合办公室"),
            P("森林防火专项整治行动", "2025-04-30", owner="应急管理办公室", co="各村（社区）"),
            P(
                "建成污水处理站1座",
                "2025-11-30",
                "1 座",
                "500 吨",
                owner="生态环境办公室",
                co="水利站",
            ),
            P("农民丰收节", "2025-12-31", "10 场", owner="文化站", co="社会事务办公室"),
        ),
    ),
    "04-baisha-taizhang-2026.xlsx": Expected(
        kinds=("xlsx", "two-sheets", "title-row"),
        year=2026,
        pledges=(
            P(
                "完成固定资产投资3.5亿元",
                "2026-12-31",
                "3.5 亿元",
                owner="经济发展办公室",
                co="财政所",
            ),
            P(
                "新引进亿元以上项目2个",
                "2026-09-30",
                "2 个",
                owner="镇招商服务中心",
                co="经济发展办公室",
            ),
            P(
                "冷链物流仓储中心",
                "2026-06-30",
                "5000 平方米",
                owner="经济发展办公室",
                co="自然资源所、便民服务中心",
            ),
            P(
                "新增城镇就业岗位300个",
                "2026-12-31",
                "300 个",
                owner="社会事务办公室",
                co="便民服务中心",
            ),
            P(
                "雨污分流管网改造8公里",
                "2026-10-31",
                "8 公里",
                owner="县住建局",
                co="生态环境办公室、水利站",
            ),
            P(
                "开展应急演练不少于6次",
                "2026-11-30",
                "6 次",
                owner="应急管理办公室",
                co="各村（社区）",
            ),
        ),
    ),
    "05-hexi-news-2026.txt": Expected(
        kinds=("txt", "news", "breadcrumb", "yishi"),
        year=2026,
        pledges=(
            P("新建蔬菜大棚200座", "2026-12-31", "200 座", "5 亿元"),
            P("污水管网铺设", "2026-12-31", "15 个"),
            P("幸福食堂6家", "2026-12-31", "6 家"),
        ),
    ),
    "06-nanshan-yaodian-2026.txt": Expected(
        kinds=("txt", "labelled-lines", "unknown-units"),
        year=2026,
        pledges=(
            P(
                "全年新签约项目10个以上",
                "2026-12-31",
                "10 个",
                "5 亿元",
                owner="镇招商服务中心",
                co="经济发展办公室、财政所",
            ),
            P(
                "撂荒地复耕复种800亩",
                "2026-05-31",
                "800 亩",
                owner="农业农村办公室",
                co="自然资源所、各村（社区）",
            ),
            P("全年巡河不少于120次", "2026-11-30", "120 次", owner="水利站", co="生态环境办公室"),
            P("创建县级文明村3个", "2026-10-31", "3 个", owner="镇宣传文化服务中心", co="文化站"),
            P("事项办理率达到98%", "2026-09-30", "98 %", owner="便民服务中心"),
        ),
    ),
    "07-dongli-speech-2025.docx": Expected(
        kinds=("docx", "speech", "numbered"),
        year=2025,
        pledges=(
            P("东环路改造工程", "2025-08-31", "6000 万元"),
            P("新建屋顶光伏2兆瓦", "2025-12-31", "2 兆瓦"),
            P("背街小巷改造10条", "2025-06-30", "10 条"),
            P("新建停车位400个", "2025-12-31", "400 个"),
            P("医保参保率稳定在95%以上", "2025-12-31", "95 %"),
            P("困难群众救助资金发放", "2025-09-30", owner="社会事务办公室", co="财政所"),
        ),
    ),
    "08-taoyuan-deadlines-2025.txt": Expected(
        kinds=("txt", "deadlines", "ranges"),
        year=2025,
        pledges=(
            P("储备化肥300吨左右", "2025-03-31", "300 吨"),
            P("水稻种植面积", "2025-06-30", "1.2 万亩"),
            P("8处山塘水库除险加固", "2025-05-31", "8 处"),
            P("农产品加工园", "2025-06-30", "1.5 亿元"),
            P("乡村旅游集散中心", "2025-12-31", "2000 万元"),
            P("农村自来水普及率", "2025-12-31", "95 %"),
            P("新增养老床位50张", "2025-12-31", "50 张"),
            P("农村公路安防工程", "2026-12-31", "40 公里"),
        ),
    ),
    "09-xikou-pdfcopy-2025.txt": Expected(
        kinds=("txt", "pdf-copy", "ocr", "hard-wrap"),
        year=2025,
        pledges=(
            P("农业总产值增长5%", "2025-12-31", "5 %", "1200 亩"),
            P("维修加固工程", "2025-12-31", "380 万元"),
            P("公路6.5公里", "2025-12-31", "6.5 公里"),
            P("森林覆盖率保持在68%", "2025-12-31", "20 平方公里", "68 %"),
            P("标准化卫生室", "2025-10-31", "5 个"),
        ),
    ),
    "10-dongping-xiangcun-2026.txt": Expected(
        kinds=("txt", "tsv", "title-row"),
        year=2026,
        pledges=(
            P("发展村级集体经济", "2026-12-31", "8 个", owner="农业农村办公室", co="财政所"),
            P(
                "建设高标准农田2500亩",
                "2026-10-31",
                "2500 亩",
                owner="农业农村办公室",
                co="自然资源所、水利站",
            ),
            P(
                "人居环境整治示范村3个",
                "2026-11-30",
                "3 个",
                owner="生态环境办公室",
                co="各村（社区）",
            ),
            P(
                "培训高素质农民150人次",
                "2026-08-31",
                "150 人次",
                owner="社会事务办公室",
                co="农业农村办公室",
            ),
            P("脱贫人口人均纯收入增长10%以上", "2026-12-31", "10 %", owner="农业农村办公室"),
        ),
    ),
}

FOLDER = Path(__file__).resolve().parent / "blind"


def run_all(parse: Any) -> list[published.Score]:
    return published.run_all(parse, EXPECTED, FOLDER)


if __name__ == "__main__":
    published.print_scores(run_all(published._parse_with_catalog()))
