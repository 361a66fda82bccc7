# ruff: noqa: E501  (annotation text and table rows in Chinese run past the line limit)
"""Ninth blind set: four documents written before the importer ran on them
(tests/importer/blind9/), annotated from their text and SPEC §3 alone. Every plan year is 2031. 01,
02 and 04 are built by ``blind9/make_documents.py``; 03 is written by hand.

01 an XLSX ``云岭县2031年度乡镇目标管理责任书指标分解表`` for one 镇 (青石镇), one sheet per category
(``经济发展类``, ``社会民生类``) plus a ``填表说明`` sheet of notes; each category sheet has a merged
title row naming the sheet, a 考核单位/被考核单位 row, the header 序号/指标名称/单位/2030年完成/
2031年目标/责任单位/配合单位/完成时限/考核分值 (序号 restarting on each sheet), a 责任单位 cell
``农业办`` merged over two rows, target cells ``≥6.2``/``≥97`` next to plain numbers, deadlines
``2031年10月底前``, ``2031年10月31日``, ``2031年9月底前``, ``2031年6月30日``,
``汛期前（5月31日前）``, ``2031年11月30日`` and blank ones, and a ``合计`` row merged across with the
总分; 02 a DOCX ``县长办公会议纪要`` (``〔2031〕2号``, the issuing office and date, an opening
paragraph naming the meeting and ``第2次``, items ``一、``…``十、`` each opening with a clause
``研究了X。``/``听取了X的汇报。`` and then prose: results of 2030, ``会议原则同意…（共48个，总投资
126亿元）``, ``请X按程序印发实施``, decisions ``会议明确/同意/要求/决定，…由X牵头，Y、Z配合，于…前完成…``
in varied order (owners before or after the task, ``由X负责``), a closing item ``会议强调，…``; then
出席/列席/请假/记录/抄送 and the 印发 line); 03 a 镇 WeChat post ``2031年重点项目清单`` pasted as
text (标题 with emoji, 原创/发表于 line, ``点击上方蓝字``, an intro with the total ``共９个项目、总投资
２.６亿元`` and 2030's results, a legend ``（＊为列入市级重点项目）``, category lines ``🔥一、产业发展``,
items ``✅１．＊X：…——Y负责，Z配合`` on one line each with emoji bullets ✅/📌/💡, full-width digits
(``１８．５公里``, a half-width point in ``４.２公里``), a Chinese numeral ``四百五十户``, owners after
an em-dash pair, a closing slogan, 咨询电话, 来源/编辑/审核, 往期推荐 and 阅读/在看 counts); 04 a CSV
task list exported with GBK encoding, ``;`` separators and CRLF: a title line above the header
类别/序号/工作任务/目标要求/牵头单位/配合单位/完成时限/备注, 序号 restarting at 1 in each 类别,
deadlines ``全年``, ``2031年Q3``, ``2031.6``, ``2031.10``, ``按月``, ``2031年Q4``, ``2031.9``,
``2031年Q2``, a 目标要求 cell split by a full-width ``；``, a 备注 with 2030's figure, a ``“白改黑”``
name, ``每月5日前``, a contact with a mobile number, a ``合计`` line and a 制表 line.

Conventions: those of :mod:`tests.importer.blind8` (and so blind5's–7's), plus:

- a 目标责任书 分解表: each indicator row is one pledge, its text the 指标名称; its one target is the
  ``2031年目标`` cell with the ``单位`` cell's unit (``≥6.2`` + ``万亩`` → 6.2 万亩, ``9`` + ``%`` →
  9 %); the ``2030年完成`` column (last year's result) and ``考核分值`` (points) give no targets, nor
  does the ``合计`` row, which is no pledge; a 责任单位 cell merged over two rows names the lead of
  both rows; every category sheet is read, ``填表说明`` holds no pledge; a blank 完成时限 → 12-31;
- a 会议纪要: each item ``二、研究了X。`` opens a section whose heading is that first clause; a
  sentence that decides a task (``会议明确/同意/要求/决定，…``) with an owner in prose is one pledge;
  ``听取了…汇报``, past results, ``会议原则同意…计划（共48个，总投资126亿元）``, ``请X按程序印发实施``
  and ``会议强调，…`` (no task, no owner) are none, nor are the opening paragraph and the
  出席/列席/请假/记录/抄送/印发 lines; ``由X负责`` names X the lead;
- a WeChat list: emoji bullets and the ``＊`` marker are decoration (``＊`` is not a target, the
  legend is none); full-width digits are digits (``１８．５`` → 18.5); an item ``X：…——Y负责，Z配合``
  names Y the lead and Z a co-owner, ``——X、Y负责`` names X the lead and Y a co-owner (as blind6's
  ``X、Y按职责分工负责``); the intro's total (``共９个项目、总投资２.６亿元``) and 2030's results are
  no pledge; ``全年接待游客突破１５万人次`` → 15 万人次 with ``全年`` → 12-31; ``上半年开工、年底前投入
  运营`` → 12-31 with a milestone;
- a GBK CSV with ``;`` separators is a ledger like any other; each row is one pledge, its text the
  工作任务 (as blind7's 重点任务), targets from 目标要求 (a full-width ``；`` inside a cell does not
  split the row); a title line above the header, the ``合计`` line and the 制表 line are none;
  ``2031年Q3`` → 09-30, ``2031年Q2`` → 06-30, ``2031年Q4`` → 12-31, ``2031.6`` → 06-30, ``2031.9`` →
  09-30, ``2031.10`` → 10-31 (as blind8's ``2030.10``), ``按月`` (a recurring task) → 12-31;
- catalog aliases: ``经发办``/``经济发展办`` → ``经济发展办公室``, ``农业办`` → ``农业农村办公室``,
  ``社事办`` → ``社会事务办公室``, ``生态办`` → ``生态环境办公室``, ``应急办`` → ``应急管理办公室``,
  ``平安办`` → ``平安建设办公室（综治中心）``, ``文体站`` → ``文化站``; units the catalog lacks stay as
  written (``各村``, ``县发改局``, ``县财政局``, ``县自然资源局``, ``县教育局``, ``县住建局``,
  ``县水务局``, ``各乡镇人民政府``, ``城关镇人民政府``, ``县民政局``, ``县交通运输局``,
  ``县公安局交警大队``, ``规划建设办``, ``派出所``, ``市场监管所``, ``街道城建办``, ``各社区``,
  ``物业企业``, ``街道城管执法中队``, ``街道劳动保障所``, ``街道社区卫生服务中心``, ``司法所``);
- deadlines: ``汛期前（5月31日前）``/``汛期前（５月底前）`` → 05-31; ``8月20日前`` → 08-20;
  ``3月15日前`` → 03-15; ``于4月底前全部开工，10月31日前完工`` → 10-31 (04-30 a milestone);
  ``于6月底前完成…开工手续办理，12月底前完成年度投资计划`` → 12-31 (06-30 a milestone);
  ``于三季度末前`` → 09-30; ``年内`` → 12-31;
- not targets: 文号 ``〔2031〕2号``, ``第2次``, 2030's results (``52个``, ``118亿元``, ``106%``,
  ``１０个``, ``１.８亿元``, the ``2030年完成`` column, ``2030年签约6个``), ``（共48个，总投资
  126亿元）``, ``二期``, ``第二实验小学``, ``亿元以上`` and ``规模以上`` in an indicator's name,
  考核分值 and 合计, ``“一盘棋”``, ``“周调度、月通报”``, ``“零增长”``, ``“白改黑”``,
  ``“一老一小”``, ``每月5日前``, ``每季度末次月10日前``, phone numbers, 阅读/在看 counts, the intro's
  total ``共９个项目、总投资２.６亿元``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.importer.published import Expected, P, Score
from tests.importer.published import run_all as _run_all

FOLDER = Path(__file__).resolve().parent / "blind9"

Y = "2031-12-31"

EXPECTED: dict[str, Expected] = {
    "01_xian_mubiao_zerenshu.xlsx": Expected(
        (
            "xlsx",
            "ledger",
            "sheets",
            "last-year-column",
            "score-column",
            "merged-owner",
            "total-row",
        ),
        2031,
        (
            P("一般公共预算收入", Y, "6200 万元", owner="财政所"),
            P("固定资产投资增速", Y, "9 %", owner="经济发展办公室", co="各村"),
            P(
                "新引进亿元以上产业项目",
                "2031-10-31",
                "3 个",  # 亿元以上 a qualifier
                owner="经济发展办公室",
                co="财政所",
            ),
            P("新增规模以上工业企业", Y, "4 家", owner="经济发展办公室"),
            P("粮食播种面积", "2031-10-31", "6.2 万亩", owner="农业农村办公室", co="各村"),
            P(
                "新建高标准农田",
                "2031-09-30",
                "12000 亩",
                owner="农业农村办公室",  # the 责任单位 cell merged over this row and the one above
                co="自然资源所",
            ),
            P("城乡居民医保参保率", "2031-06-30", "97 %", owner="社会事务办公室", co="各村"),
            P("新增城镇就业人数", Y, "320 人", owner="社会事务办公室"),
            P("农村生活垃圾无害化处理率", Y, "95 %", owner="生态环境办公室", co="各村"),
            P("森林覆盖率", Y, "61.5 %", owner="林业站"),
            P("小型水库除险加固", "2031-05-31", "3 座", owner="水利站", co="自然资源所"),
            P(
                "安全生产隐患整改率",
                "2031-11-30",
                "100 %",
                owner="应急管理办公室",
                co="各村",
            ),
        ),
    ),
    "02_xianzhang_bangonghui_jiyao.docx": Expected(
        ("docx", "jiyao", "item-headings", "prose-owners", "non-decisions", "attendance"),
        2031,
        (
            P(
                "县级重点项目完成年度投资38亿元以上",
                Y,  # 6月底前 a milestone
                "38 亿元",
                owner="县发改局",
                co="县财政局、县自然资源局",
            ),
            P(
                "县第二实验小学扩建工程",
                "2031-08-20",
                "900 个",
                "6800 万元",
                owner="县教育局",
                co="县住建局、县自然资源局",
            ),
            P(
                "新铺设供水主管网46公里",
                Y,  # 年内
                "46 公里",
                "98 %",
                owner="县水务局",
                co="各乡镇人民政府",
            ),
            P(
                "改造城镇老旧小区15个",
                "2031-10-31",  # 4月底前 a milestone
                "15 个",
                "2600 户",
                owner="县住建局",
                co="县财政局、城关镇人民政府",
            ),
            P("小型农田水利设施维修养护", "2031-03-15", "1200 万元", owner="县财政局"),
            P(
                "新建乡镇区域养老服务中心4个",
                "2031-09-30",
                "4 个",
                "60 %",
                owner="县民政局",
                co="各乡镇人民政府",
            ),
            P(
                "交通信号灯智能化改造",
                "2031-05-31",
                "28 个",
                owner="县交通运输局",
                co="县公安局交警大队",
            ),
        ),
    ),
    "03_zhen_zhongdian_xiangmu_weixin.txt": Expected(
        ("wechat", "emoji", "full-width-digits", "markers", "dash-owners", "furniture"),
        2031,
        (
            P(
                "青石工业园标准化厂房二期",
                "2031-10-31",
                "3 万平方米",
                "8000 万元",
                owner="经济发展办公室",
            ),
            P(
                "茶旅融合示范园",
                Y,  # 全年
                "1200 亩",
                "1 处",
                "15 万人次",
                owner="农业农村办公室",
                co="文化站",
            ),
            P(
                "农产品冷链物流中心",
                Y,  # 上半年开工 a milestone
                "5000 吨",
                owner="经济发展办公室",
                co="财政所",
            ),
            P("通村公路提档升级", "2031-09-30", "18.5 公里", owner="规划建设办"),
            P(
                "小型水利设施修复",
                "2031-05-31",
                "22 口",
                "6.8 公里",
                owner="水利站",
                co="各村",
            ),
            P(
                "集镇污水管网延伸",
                "2031-11-30",
                "4.2 公里",
                "450 户",
                owner="生态环境办公室",
            ),
            P("镇卫生院发热门诊改造", "2031-06-30", "800 平方米", owner="社会事务办公室"),
            P(
                "村级养老服务站建设",
                Y,
                "6 个",
                "80 %",
                owner="社会事务办公室",
                co="便民服务中心",
            ),
            P(
                "平安乡村建设",
                Y,
                "120 个",
                "98 %",
                owner="平安建设办公室（综治中心）",
                co="派出所",
            ),
        ),
    ),
    "04_jiedao_renwu_qingdan_gbk.csv": Expected(
        ("csv", "gbk", "semicolons", "title-line", "restarting-numbers", "deadline-forms"),
        2031,
        (
            P("招商引资", Y, "8 个", "3.5 亿元", owner="经济发展办公室"),
            P(
                "楼宇经济提质",
                "2031-09-30",
                "30 家",
                "1200 万元",
                owner="经济发展办公室",
                co="财政所",
            ),
            P(
                "个体工商户转企业",
                "2031-06-30",
                "15 户",
                owner="经济发展办公室",
                co="市场监管所",
            ),
            P(
                "背街小巷整治",
                "2031-10-31",
                "12 条",
                "2.4 万平方米",
                owner="街道城建办",
                co="各社区",
            ),
            P(
                "生活垃圾分类",
                Y,
                "95 %",
                "35 %",
                owner="生态环境办公室",
                co="各社区、物业企业",
            ),
            P(
                "违法建设治理",
                Y,  # 按月
                "1.5 万平方米",
                owner="街道城管执法中队",
                co="各社区",
            ),
            P(
                "社区嵌入式养老",
                Y,
                "2 个",
                "2 万人次",
                owner="社会事务办公室",
                co="各社区",
            ),
            P("稳岗就业", Y, "600 人", "300 人", owner="街道劳动保障所"),
            P(
                "普惠托育",
                "2031-09-30",
                "60 个",
                owner="社会事务办公室",
                co="街道社区卫生服务中心",
            ),
            P(
                "消防安全提升",
                "2031-06-30",
                "8 个",
                "100 %",
                owner="应急管理办公室",
                co="各社区、物业企业",
            ),
            P(
                "信访积案化解",
                Y,  # 按月
                "100 %",
                owner="平安建设办公室（综治中心）",
                co="司法所",
            ),
        ),
    ),
}


def run_all(parse: Any) -> list[Score]:
    """Every document of this set parsed by ``parse(data, name)`` and scored."""
    return _run_all(parse, EXPECTED, FOLDER)


if __name__ == "__main__":
    from tests.importer.published import _parse_with_catalog, print_scores

    print_scores(run_all(_parse_with_catalog()))
