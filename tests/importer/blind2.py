"""Second blind set: eleven documents written before reading the importer's code
(tests/importer/blind2/, first kept unscored), annotated afterwards from their text and
SPEC §3 alone — what a careful clerk expects the import to yield, not what it yields.

Conventions of the annotation (the same as :mod:`tests.importer.blind`):

- owners the catalog knows are its names (``镇经济发展办`` → ``经济发展办公室``,
  ``镇综治中心`` → ``平安建设办公室（综治中心）``); units it lacks and groups stay as
  written, in simplified characters (``縣教育局`` → ``县教育局``); a county unit is not
  the town's office of a similar name (``县政务服务中心`` is not ``便民服务中心``);
- a unit that a sentence names as the doer (``X负责``, ``X牵头``, ``X要…``, ``X和Y共同
  负责``, a trailing ``（X、Y，时限）``) owns the pledge; the first named leads, the
  others co-own it; owners are written down only where the document names them;
- a recurring task (``每月10日前``, ``每季度``, ``每月``) runs all year: its deadline is
  the plan year's 12-31;
- ``春节前`` (and ``中秋节前``) are not resolved, a decision recorded in
  :mod:`commitments.importer.deadlines`: the pledge keeps the year end and is flagged
  for review;
- a part heading (``第三部分 保障措施``) is no pledge, and the 保障措施 part after the
  tasks is not the plan's arrangement;
- a ledger without a title row (03) states no plan year: its year is ``None`` (the
  clerk gives ``--year``), and so is every deadline that names no year — SUPERSEDED:
  the sixth set's annotator (tests/importer/blind6.py, 02) read such a ledger's year from
  the deadline cells that state one, and the importer now does so with a warning
  (:mod:`commitments.importer.plan_year`); 03's two dated cells say 2025, so it is
  annotated 2025 like 04, the same ledger with a title row;
- a name's number is no target (``“三合一”站点``, ``第五次全国经济普查``,
  ``60岁以上``); a quoted count is (``“800户”``).
"""

from pathlib import Path
from typing import Any

from tests.importer import published
from tests.importer.published import Expected, P

EXPECTED: dict[str, Expected] = {
    "01_speech.txt": Expected(
        kinds=("txt", "speech", "parts", "yishi", "prose-owners"),
        year=2025,
        pledges=(
            P("主要预期目标是", "2025-12-31", "6 %", "1200 人", "5.5 %"),
            P("加快重点项目推进", "2025-06-30", "12 个", owner="经济发展办公室"),
            P("强化招商引资", "2025-12-31", "5 个", owner="镇招商服务中心"),
            P("推进园区提质", "2025-09-30", "3.5 公里", owner="经济发展办公室", co="县工信局"),
            P("做好就业帮扶", "2025-12-31", "80 个", owner="社会事务办公室"),
            P("提升教育水平", "2025-09-30", owner="县教育局"),
            P("加强养老服务", "2025-10-31", "15 个", owner="各村（社区）"),
            P("实施老旧小区改造", "2025-12-31", "8 个", "1600 户", owner="县住建局"),
            P("开展农村厕所革命", "2025-06-30", "500 户", owner="农业农村办公室"),
        ),
    ),
    "02_yaodian.txt": Expected(
        kinds=("txt", "yaodian", "sub-items", "trailing-bracket"),
        year=2025,
        pledges=(
            P("新增规上工业企业3家", "2025-12-31", "3 家", owner="经济发展办公室"),
            P(
                "完成道路建设2.4公里",
                "2025-09-30",
                "2.4 公里",
                owner="镇规划建设办",
                co="县交通运输局",
            ),
            P("新建高标准农田5000亩", "2025-06-30", "5000 亩", owner="农业农村办公室"),
            P("新增省级示范家庭农场2家", "2025-12-31", "2 家"),
            P("新增农民专业合作社5家", "2025-09-30", "5 家"),
            P("参保率稳定在95%以上", "2025-12-31", "95 %", owner="社会事务办公室"),
            P(
                "完成困难群众救助资金发放",
                "2025-12-31",
                owner="社会事务办公室",
                co="各村（社区）",
            ),
            P("发热门诊改造", "2025-08-31", owner="县卫健委", co="镇卫生院"),
            P("学生课后服务", "2025-08-31", "100 %", owner="县教育局"),
            P("划分网格120个", "2025-03-31", "120 个", owner="平安建设办公室（综治中心）"),
            P("排查整改隐患200处以上", "2025-11-30", "200 处", owner="应急管理办公室"),
        ),
    ),
    "03_fenjie.csv": Expected(
        kinds=("csv", "ledger", "target-column", "no-title"),
        year=2025,
        pledges=(
            P(
                "实施城镇老旧小区改造",
                "2025-11-30",
                "12 个",
                "2300 户",
                owner="县住建局",
                co="各镇人民政府",
            ),
            P("新增城镇就业", "2025-12-31", "3000 人", owner="县人社局", co="各镇（街道）"),
            P("建设农村公路", "2025-09-30", "45 公里", owner="县交通运输局", co="镇规划建设办"),
            P("推进垃圾分类", "2025-10-31", "90 %", owner="县城管局", co="各村（社区）"),
            P("开展义诊活动", "2025-12-31", "24 场", owner="县卫健委", co="社会事务办公室"),
            P("完成植树造林", "2025-04-30", "1.2 万亩", owner="县林业局", co="农业农村办公室"),
            P("建设便民服务中心", "2025-06-30", owner="党政综合办公室", co="经济发展办公室"),
        ),
    ),
    "04_fenjie.xlsx": Expected(
        kinds=("xlsx", "ledger", "target-column", "title-row"),
        year=2025,
        pledges=(
            P(
                "实施城镇老旧小区改造",
                "2025-11-30",
                "12 个",
                "2300 户",
                owner="县住建局",
                co="各镇人民政府",
            ),
            P("新增城镇就业", "2025-12-31", "3000 人", owner="县人社局", co="各镇（街道）"),
            P("建设农村公路", "2025-09-30", "45 公里", owner="县交通运输局", co="镇规划建设办"),
            P("推进垃圾分类", "2025-10-31", "90 %", owner="县城管局", co="各村（社区）"),
            P("开展义诊活动", "2025-12-31", "24 场", owner="县卫健委", co="社会事务办公室"),
            P("完成植树造林", "2025-04-30", "1.2 万亩", owner="县林业局", co="农业农村办公室"),
            P("建设便民服务中心", "2025-06-30", owner="党政综合办公室", co="经济发展办公室"),
        ),
    ),
    "05_minsheng.docx": Expected(
        kinds=("docx", "notice", "table"),
        year=2025,
        pledges=(
            P(
                "新建农村饮水安全工程",
                "2025-09-30",
                "3200 人",
                owner="县水利局",
                co="农业农村办公室",
            ),
            P(
                "新增城市停车泊位1500个",
                "2025-12-31",
                "1500 个",
                owner="县住建局",
                co="县公安局交警大队",
            ),
            P(
                "免费健康体检1.5万人次",
                "2025-09-30",
                "1.5 万人次",
                owner="县卫健委",
                co="社会事务办公室",
            ),
            P(
                "改造提升农贸市场3个",
                "2025-06-30",
                "3 个",
                owner="县市场监管局",
                co="经济发展办公室",
            ),
            P("新建城市公园绿地4处", "2025-10-31", "4 处", owner="县城管局", co="各村（社区）"),
        ),
    ),
    "06_fanti.txt": Expected(
        kinds=("txt", "traditional", "prose-owners"),
        year=2025,
        pledges=(
            P("推進產業園區建設", "2025-06-30", "3 万平方米", owner="经济发展办公室"),
            P("簽約項目不少於10個", "2025-12-31", "10 个", owner="镇招商服务中心"),
            P("發放高齡津貼", "2025-09-30", "2800 人", owner="社会事务办公室"),
            P("改造農村學校衛生間15所", "2025-09-30", "15 所", owner="县教育局"),
            P("開展環境衛生整治", "2025-10-31", "500 吨", owner="各村（社区）"),
            P("改造老舊小區6個", "2025-12-31", "6 个", "1200 户", owner="县住建局"),
            P("實施農村危房改造120戶", "2025-06-30", "120 户", owner="镇规划建设办"),
        ),
    ),
    "07_quotes.txt": Expected(
        kinds=("txt", "quotes", "prose-owners"),
        year=2025,
        pledges=(
            P("全年新增就业3000人", "2025-12-31", "3000 人", "20 场", owner="县人社局"),
            P("加装电梯60部", "2025-10-31", "12 个", "60 部", owner="县住建局"),
            P("站点30个", "2025-09-30", "30 个", owner="县商务局"),
            P("“市级卫生村”8个", "2025-11-30", "2 个", "8 个", owner="农业农村办公室"),
            P("中小学课后服务覆盖率", "2025-08-31", "100 %", owner="县教育局"),
            P("新增高清视频监控点位", "2025-06-30", "500 个", owner="县公安局"),
            P("网上可办率达到95%", "2025-12-31", "95 %", owner="县政务服务中心"),
        ),
    ),
    "08_web.txt": Expected(
        kinds=("txt", "web", "furniture", "labelled"),
        year=2025,
        pledges=(
            P("完成特色小镇规划编制", "2025-06-30", owner="镇规划建设办"),
            P(
                "新增市场主体300户以上",
                "2025-12-31",
                "300 户",
                "80 户",
                owner="经济发展办公室",
                co="县市场监管局",
            ),
            P("新建农村公厕10座", "2025-09-30", "10 座", owner="农业农村办公室", co="各村（社区）"),
            P("慰问困难家庭450户", "2025-12-31", "450 户", owner="社会事务办公室"),
            P("燃气管道老化更新改造8公里", "2025-09-30", "8 公里", owner="县住建局"),
        ),
    ),
    "09_fanti_amb.txt": Expected(
        kinds=("txt", "traditional", "prose-owners", "trailing-bracket"),
        year=2025,
        pledges=(
            P("舉辦幹部培訓班4期", "2025-06-30", "4 期", "200 人次", owner="党政综合办公室"),
            P("儲備年輕幹部30名以上", "2025-12-31", "30 名"),
            P("製衣等企業8家", "2025-09-30", "8 家", owner="经济发展办公室"),
            P("接待遊客人數達到15萬人次", "2025-09-30", "15 万人次"),
            P("品牌2個", "2025-10-31", "2 个"),
            P("資助困難學生120名", "2025-08-31", "120 名", owner="社会事务办公室"),
            P("「週末鄰里」活動", "2025-12-31", "48 场", owner="各村（社区）"),
            P("排澇設施檢修25處", "2025-05-31", "25 处", owner="应急管理办公室"),
            P("調解成功率達到98%以上", "2025-12-31", "98 %", owner="平安建设办公室（综治中心）"),
            P("櫃檯改造", "2025-11-30", "100 %", owner="县卫健委"),
        ),
    ),
    "10_quotes_mix.txt": Expected(
        kinds=("txt", "quotes", "prose-owners", "trailing-bracket"),
        year=2025,
        pledges=(
            P("“爱心包”1200份", "2025-12-31", "1200 份", owner="社会事务办公室"),
            P("完成农村户厕改造", "2025-09-30", "800 户", owner="农业农村办公室"),
            P("创建放心消费示范单位50家", "2025-06-30", "50 家", owner="县市场监管局"),
            P("新建托育机构3所", "2025-09-30", "3 所", "5 个", owner="县民政局"),
            P(
                "改造老旧小区12个",
                "2025-12-31",
                "3000 人",
                "12 个",
                owner="县住建局",
                co="社会事务办公室",
            ),
            P("活动不少于10次", "2025-12-31", "10 次", "4 次", owner="经济发展办公室"),
            P("群众满意度达到", "2025-11-30", "95 %", owner="平安建设办公室（综治中心）"),
            P("创建示范户达200户以上", "2025-10-31", "200 户", owner="各村（社区）"),
        ),
    ),
    "11_owners.txt": Expected(
        kinds=("txt", "yishi", "parts", "prose-owners"),
        year=2025,
        pledges=(
            P(
                "共同负责就业创业工作",
                "2025-12-31",
                "200 户",
                owner="经济发展办公室",
                co="社会事务办公室",
            ),
            P(
                "消防安全大检查",
                "2025-08-31",
                "300 家次",
                owner="应急管理办公室",
                co="平安建设办公室（综治中心）",
            ),
            P("共同负责耕地保护", "2025-06-30", "1200 亩", owner="农业农村办公室", co="自然资源所"),
            P("大气污染防治", "2025-12-31", "35 微克/立方米", owner="生态环境办公室"),
            P("“一窗受理”", "2025-03-31", "99 %", owner="便民服务中心"),
            P("做好信访维稳", "2025-12-31", "100 %", owner="党政综合办公室"),
            P("走访慰问退役军人家庭360户", "2025-12-31", "360 户", owner="退役军人服务站"),
            P("完成预算绩效评价", "2025-12-15", "40 个", owner="财政所"),
            P("经济普查数据核查", "2025-07-15", owner="统计站"),
            P("开展群众文化活动50场次", "2025-09-30", "50 场次", owner="文化站"),
        ),
    ),
}

FOLDER = Path(__file__).resolve().parent / "blind2"


def run_all(parse: Any) -> list[published.Score]:
    return published.run_all(parse, EXPECTED, FOLDER)


if __name__ == "__main__":
    published.print_scores(run_all(published._parse_with_catalog()))
