# ruff: noqa: E501  (annotation text and table rows in Chinese run past the line limit)
"""Eleventh blind set: three documents written before the importer ran on them
(tests/importer/blind11/), annotated from their text and SPEC §3 alone. Every plan year is 2033. All
three are written by hand.

01 a plain-text 区政府 notice ``东湖区人民政府关于印发东湖区2033年民生实事项目的通知`` (addressees, an
intro with 2032's results ``10件``/``96.2%`` and the vote ``区十八届人大三次会议``), a line
``2033年民生实事项目``, then seven items ``N. 标题`` each followed by indented labelled lines
``目标：…``, ``时限：…``, ``单位：X（牵头）、Y、Z``; then a 咨询电话/监督电话 line and the sign-off;
02 a CSV 督查台账 (UTF-8 with BOM, LF) with a title line ``宁远县2033年重点工作督查台账,,,,,,,`` above
the header 序号/工作事项/量化指标/责任领导/牵头部门/协同部门/时间要求/进展情况 and six rows, whose
进展情况 holds progress so far (amounts done, percentages of the plan, 2032's figures, a contact's
mobile number); 03 a 镇 ``柳溪镇2033年工作要点`` in prose: an intro with 2032's results and a
``“3个百亿”`` slogan, four sections ``（一）抓实产业发展``…``（四）守住安全底线`` (heading on its own
line), each one paragraph of two sentences ending ``由X负责。`` (once ``由X负责、Y配合。``), with
deadlines ``第一季度末``, ``7月上旬``, ``国庆前``, ``年底前``, ``6月底前``, ``第三季度末前``,
``5月中旬前``; then the office with its phone and the date.

Conventions: those of :mod:`tests.importer.blind10` (and so blind5's–9's), plus:

- a 民生实事 list ``N. 标题`` with indented labelled lines: each number is one pledge; ``目标：`` is the
  pledge's content (its targets; the keys below are pieces found in both the 标题 and the 目标 line, so
  either may be the text); ``时限：`` the deadline; ``单位：X（牵头）、Y`` names X the lead and every
  other unit a co-owner (``（牵头）`` is a label, not part of the name); none of the 区 units is in the
  catalog, so all stay as written;
- a 督查台账 CSV: each numbered row is one pledge, its text the 工作事项; targets come from 量化指标
  only; 进展情况 is progress (current values, not goals) and gives no targets; 责任领导 is the official
  (not scored); 牵头部门 the lead, 协同部门 the co-owners; the title line above the header is no row
  and gives the year;
- a 工作要点 in prose: ``（一）抓实产业发展`` opens a section; each sentence is a pledge and
  ``由X负责`` names X the lead (``由X负责、Y配合`` Y a co-owner); the intro
  (``重点抓好以下几个方面工作``) and the sign-off hold none;
- deadlines: ``2033年9月底前`` → 09-30; ``上半年完成招标，2033年11月30日前全部完工`` → 11-30 (06-30 a
  milestone); ``2033年8月31日前`` → 08-31; ``年内`` → 12-31; ``三季度末`` → 09-30;
  ``2033年10月31日前`` → 10-31; ``全年`` → 12-31; ``2033年10月底前`` → 10-31; ``2033年6月30日前`` →
  06-30; ``2033年12月`` → 12-31; ``2033年9月`` → 09-30; ``全年引进…第一季度末完成首批项目签约`` →
  12-31 (03-31 a milestone; judgment: ``全年`` is the pledge's period, the 签约 an interim step);
  ``7月上旬`` → 07-10 (上旬 ends on the 10th); ``国庆前`` → 09-30 (the day before 10-01);
  ``5月中旬前`` → 05-20 (中旬 ends on the 20th); ``第三季度末前`` → 09-30; no period → 12-31;
- numbers: ``1.2万户`` → 1.2 万户, ``4.5万人次`` → 4.5 万人次, ``百分之九十以上`` → 90 %,
  ``不少于8000平方米`` → 8000 平方米 (>=), ``控制在3.5%以内`` → 3.5 % (<=), ``3.5万亩`` → 3.5 万亩,
  ``15万平方米`` → 15 万平方米, ``一千二百亩`` → 1200 亩, ``2万册`` → 2 万册, ``3亿元以上`` → 3 亿元;
- not targets: 2032's results (``10件``, ``96.2%``, ``1.36亿元``, ``7.4%``, ``9.2亿元``, the 台账's
  ``2032年累计建成856个`` and ``91.3%``), every number of 进展情况 (``1.8亿元``, ``35%``, ``62公里``,
  ``38公里``, ``112个``, ``460个``, ``23%``), ``十八届``/``三次``, ``“10分钟健身圈”``, ``5G``,
  ``“3个百亿”``, ``“安全生产十五条”``, ``二期`` in a name, ``亿元以上项目`` (a class of project),
  qualifiers of who benefits (``65岁以上老年人``, ``80岁以上老人``) and the threshold
  ``收入10万元以上的村`` (judgment: the goal is the 12 villages), phone numbers (``0731-86625109``,
  ``12345``, ``13907315566``, ``0734-5521306``), dates of issue.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.importer.published import Expected, P, Score
from tests.importer.published import run_all as _run_all

FOLDER = Path(__file__).resolve().parent / "blind11"

Y = "2033-12-31"

EXPECTED: dict[str, Expected] = {
    "01_qu_minsheng_shishi.txt": Expected(
        ("shishi", "numbered-items", "indented-labels", "lead-marker", "furniture", "review"),
        2033,
        (
            P(
                "嵌入式养老服务中心",
                "2033-09-30",
                "6 个",
                "240 张",
                owner="区民政局",
                co="区住建局",
            ),
            P(
                "燃气管道",
                "2033-11-30",  # 上半年完成招标 a milestone
                "85 公里",
                "1.2 万户",
                owner="区住建局",
                co="区城管局、各街道办事处",
            ),
            P("公办学位", "2033-08-31", "3 所", "2700 个", owner="区教育局", co="区发改局"),
            P(
                "健身圈",
                Y,  # 年内
                "12 个",  # “10分钟健身圈” a name
                "18 公里",
                owner="区体育局",
                co="区园林中心",
            ),
            P(
                "便民农贸市场",
                "2033-09-30",
                "4 个",
                "8000 平方米",
                owner="区商务局",
                co="区市场监管局",
            ),
            P(
                "免费体检",
                "2033-10-31",
                "4.5 万人次",  # 65岁以上 a qualifier
                "90 %",
                owner="区卫健委",
                co="各街道社区卫生服务中心",
            ),
            P("新增城镇就业", Y, "6000 人", "3.5 %", owner="区人社局"),
        ),
    ),
    "02_xian_ducha_taizhang.csv": Expected(
        ("csv", "bom", "ledger", "title-line", "progress-column", "official-column"),
        2033,
        (
            P(
                "临港产业园标准厂房",
                "2033-10-31",
                "15 万平方米",  # 进展情况 1.8亿元/35% none
                owner="县工信局",
                co="县自然资源局、县住建局",
            ),
            P(
                "农村公路提质改造",
                "2033-11-30",
                "120 公里",
                owner="县交通运输局",
                co="各乡镇人民政府",
            ),
            P(
                "新建5G基站",
                "2033-06-30",
                "300 个",  # 5G a name; 112个/856个 progress
                owner="县工信局",
                co="县通信发展办",
            ),
            P(
                "高标准农田建设",
                "2033-09-30",
                "3.5 万亩",
                owner="县农业农村局",
                co="县水利局、县财政局",
            ),
            P(
                "生活垃圾处理能力",
                Y,  # 2033年12月
                "400 吨",
                "95 %",  # 2032年 91.3% none
                owner="县城管局",
                co="县生态环境分局",
            ),
            P(
                "城区停车场",
                "2033-09-30",
                "2000 个",  # 460个/23% progress
                owner="县住建局",
                co="县公安局交警大队",
            ),
        ),
    ),
    "03_zhen_gongzuo_yaodian.txt": Expected(
        ("prose-yaodian", "sections", "prose-owners", "named-periods", "review", "furniture"),
        2033,
        (
            P(
                "引进亿元以上项目5个",
                Y,  # 全年; 第一季度末 a milestone
                "5 个",
                "3 亿元",
                owner="经济发展办公室",
            ),
            P(
                "工业小区二期",
                "2033-07-10",  # 7月上旬; 二期 a name, no target
                owner="自然资源所",
                co="财政所",
            ),
            P(
                "高标准农田一千二百亩",
                "2033-09-30",  # 国庆前
                "1200 亩",
                owner="农业农村办公室",
            ),
            P(
                "集体经济收入",
                Y,  # 年底前
                "12 个",  # 10万元以上 a threshold
                owner="农业农村办公室",
            ),
            P("综合文化站", "2033-06-30", "2 万册", owner="文化站"),
            P(
                "高龄津贴",
                Y,
                "100 %",  # 80岁以上 a qualifier
                owner="社会事务办公室",
            ),
            P(
                "排查整改隐患",
                "2033-09-30",
                "200 处",  # “安全生产十五条” a name
                owner="应急管理办公室",
            ),
            P("山塘水库", "2033-05-20", "12 座", owner="水利站"),
        ),
    ),
}


def run_all(parse: Any) -> list[Score]:
    """Every document of this set parsed by ``parse(data, name)`` and scored."""
    return _run_all(parse, EXPECTED, FOLDER)


if __name__ == "__main__":
    from tests.importer.published import _parse_with_catalog, print_scores

    print_scores(run_all(_parse_with_catalog()))
