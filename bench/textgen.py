"""Synthetic but realistic Chinese text: department names, pledges, report narratives.

Row sizes matter for a benchmark (a TOAST-ed ``text`` column, a long
narrative in a JSON e-mail context), so the text is shaped like the seed
speech: pledges of 30–120 characters with numbers and units, narratives of a
few sentences. Everything is drawn from a seeded ``random.Random``.
"""

from __future__ import annotations

import random

DIRECTIONS = "东西南北上下前后大小新老"
PLACES = [
    "王庄",
    "李营",
    "张湾",
    "石桥",
    "柳河",
    "杨树岭",
    "马家沟",
    "黄土坡",
    "白沙",
    "青龙",
    "桃园",
    "梨花",
    "枣林",
    "河口",
    "高台",
    "双井",
    "三里屯",
    "五里铺",
    "八角",
    "九龙",
]
UNITS = ["办公室", "服务站", "所", "中心", "工作站", "队"]
AREAS = [
    "经济发展",
    "农业农村",
    "社会事务",
    "平安建设",
    "应急管理",
    "生态环境",
    "村镇建设",
    "文化旅游",
    "招商引资",
    "乡村振兴",
    "网格治理",
    "营商环境",
    "民生保障",
    "水利",
    "林业",
]

SECTION_TITLES = [
    "狠抓招商引资,积蓄发展动能",
    "推进乡村振兴,夯实农业基础",
    "改善人居环境,建设美丽乡村",
    "保障改善民生,增进群众福祉",
    "强化社会治理,维护和谐稳定",
    "加强自身建设,提升行政效能",
    "壮大村级集体经济,促进农民增收",
    "深化改革创新,优化营商环境",
]

PLEDGES = [
    "今年计划新建{n}兆瓦光伏电站一处,力争{period}建成并网发电",
    "完成{n}亩高标准农田建设任务,{period}前完成土地平整和灌溉设施配套",
    "城乡医保参保率达到{p}%以上,养老保险参保率稳定在{p2}%以上",
    "全年计划招引亿元以上项目{k}个,完成固定资产投资{n}万元",
    "实施{k}个村的人居环境整治提升工程,{period}完成垃圾分类设施全覆盖",
    "新建改建农村公路{n}公里,{period}前完成{k}座危桥改造",
    "扶持发展村级集体经济项目{k}个,村均集体经济收入达到{n}万元以上",
    "完成农村户厕改造{n}户,{period}前实现卫生厕所普及率{p}%",
    "开展安全生产大排查大整治,{period}前完成{n}家企业隐患整改",
    "新增城镇就业{n}人,农村劳动力转移就业{n2}人",
    "建成标准化村级综合服务中心{k}个,政务服务事项网上可办率达到{p}%",
    "完成植树造林{n}亩,森林覆盖率提高到{p}%",
    "推进{k}个老旧小区改造,{period}前完成管网和外立面改造",
    "打造特色产业示范基地{k}个,带动{n}户农户增收",
]
PERIODS = ["一季度", "二季度", "上半年", "三季度", "6月底", "9月底", "10月31日", "年底"]

NARRATIVES = [
    "已完成前期选址和可行性研究，正在办理用地手续。",
    "项目已进场施工，累计完成投资{n}万元，占年度计划的{p}%。",
    "受汛期影响，部分工程进度滞后，已调整施工组织，计划下月追回进度。",
    "已召开专题推进会{k}次，明确责任人和时间节点。",
    "入户宣传{n}户，发放宣传资料{n2}份，群众知晓率明显提高。",
    "资金已到位{n}万元，其余资金正在协调落实。",
    "已完成招投标，施工单位已确定，预计下月开工。",
    "配合单位已提供相关材料，牵头单位正在汇总。",
]


def department_names(count: int, taken: set[str]) -> list[str]:
    """``count`` unique names not in ``taken``: offices first, then village committees."""
    names: list[str] = []
    for area in AREAS:
        for unit in UNITS:
            candidate = f"{area}{unit}"
            if candidate not in taken:
                names.append(candidate)
    for direction in DIRECTIONS:
        for place in PLACES:
            names.append(f"{direction}{place}村民委员会")
    unique = [n for n in dict.fromkeys(names) if n not in taken]
    if len(unique) < count:
        unique += [f"第{i}网格工作站" for i in range(1, count - len(unique) + 1)]
    return unique[:count]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        n=rng.choice([5, 12, 30, 50, 120, 300, 800, 1500, 2500, 5000]),
        n2=rng.choice([200, 600, 1000, 3000]),
        k=rng.randint(2, 12),
        p=rng.choice([80, 85, 90, 95, 98]),
        p2=rng.choice([90, 95, 99]),
        period=rng.choice(PERIODS),
    )


def pledge(rng: random.Random) -> str:
    """One pledge sentence (without its final 。)."""
    parts = [_fill(rng.choice(PLEDGES), rng) for _ in range(rng.choice((1, 1, 2)))]
    return ",".join(parts)


def narrative(rng: random.Random) -> str:
    return "".join(_fill(rng.choice(NARRATIVES), rng) for _ in range(rng.randint(1, 3)))
