"""Plans saved from a web page: .html/.htm, or the page's source kept as .txt (SPEC §3)."""

from __future__ import annotations

import datetime
import io
import json
from decimal import Decimal

import pytest
from django.core.management import call_command

from commitments.importer import PlanImportError
from commitments.importer.extract import extract
from commitments.importer.readers.html import looks_like_html
from tests.importer.conftest import commitments_of

#: A county's page as a clerk saves it: scripts, the site's bar, menu and breadcrumb, the
#: article with a task table (the lead unit merged down two rows, a ``<br/>`` in a cell,
#: progress, problem and status columns), related links, a footer.
TASK_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="ArticleTitle" content="石门县2031年重点工作任务推进情况通报">
<title>石门县2031年重点工作任务推进情况通报_通知公告_石门县人民政府</title>
<style>.art td{border:1px solid #333}</style>
<script>var _hmt = _hmt || []; document.write("<p>新建广告位100个</p>");</script>
</head><body>
<div class="top-bar"><a href="/">首页</a> | <a href="/m/">手机版</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li></ul>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
<div class="article">
<h1>石门县2031年重点工作任务推进情况通报</h1>
<div class="info">发布时间：2031-05-06&nbsp;&nbsp;来源：县政府督查室</div>
<div class="content" id="zoom">
<p>各乡镇人民政府，县直各单位：</p>
<p>&nbsp;&nbsp;现将2031年县政府重点工作推进情况通报如下：</p>
<h3>一、总体情况</h3>
<p>本期调度重点任务3项，绿灯2项、黄灯1项。</p>
<h3>二、重点任务推进情况</h3>
<table border="1">
<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th>
<th>本周进展</th><th>存在问题</th><th>督办状态</th></tr>
<tr><td>1</td><td>新建&ldquo;口袋公园&rdquo;8个，改造背街小巷12条</td>
<td rowspan="2">县住建局</td><td>各乡镇</td><td>2031年10月31日前</td>
<td>已开工5个，完成投资1200万元</td><td>&mdash;</td><td>&#9679;绿灯</td></tr>
<tr><td>2</td><td>完成老旧小区改造15个</td><td>县财政局</td>
<td>2031年6月30日前<br/>（一季度完成设计）</td><td>已完成设计</td><td>资金到位慢</td>
<td>&#9679;黄灯</td></tr>
<tr><td>3</td><td>新增城镇就业3000人</td><td>县人社局</td><td>各乡镇</td>
<td>2031年12月31日前</td><td>新增就业860人</td><td>&mdash;</td><td>&#9679;绿灯</td></tr>
</table>
<h3>三、下步工作要求</h3>
<p>各牵头单位要于每周五前报送本周进展。</p>
<p style="text-align:right">石门县人民政府督查室</p>
</div>
<div class="art-share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="related"><h4>相关链接</h4><ul>
<li><a href="/a.html">石门县2030年重点工作任务推进情况通报</a></li>
<li><a href="/b.html">关于新建停车场200个的通知</a></li>
<li><a href="/c.html">石门县政府工作报告</a></li></ul></div>
</div>
<div class="footer"><p>主办：石门县人民政府办公室</p><p>联系电话：0736-5222222</p></div>
<script src="/static/js/common.js"></script>
</body></html>
"""

#: A 工作要点 published as paragraphs, its parts and sections numbered in the text.
PARAGRAPH_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>关于印发青石镇2030年工作要点的通知 - 青石镇人民政府</title></head>
<body><div id="menu"><a href="/">网站首页</a><a href="/xxgk/">信息公开</a>
<a href="/hd/">互动</a></div>
<div class="main"><div class="TRS_Editor">
<p align="center"><strong>青石镇2030年工作要点</strong></p>
<p>一、2030年重点工作</p>
<p>（一）壮大特色产业。新建高标准农田1200亩，
发展设施蔬菜300亩。</p>
<p>（二）改善人居环境。6月底前完成农村户厕改造260户。</p>
<p>（三）办好民生实事。<br>新建村级养老服务站3个。<br>城乡居民医保参保率稳定在95%以上。</p>
<p>二、保障措施</p>
<p>各村要对照本要点，细化工作措施。</p>
</div></div>
<div class="copyright">Copyright 青石镇人民政府 版权所有</div></body></html>
"""

#: A GBK page whose head declares its charset, with a header over two rows (责任分工 over
#: 牵头单位 | 配合单位) and a project's cells merged down two rows of its nodes.
GBK_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>柳河乡2032年民生实事项目表</title></head><body>
<div class="content"><h2>柳河乡2032年民生实事项目表</h2>
<table>
<tr><td rowspan="2">序号</td><td rowspan="2">项目名称</td><td colspan="2">责任分工</td>
<td rowspan="2">完成时限</td></tr>
<tr><td>牵头单位</td><td>配合单位</td></tr>
<tr><td colspan="5">一、教育卫生</td></tr>
<tr><td>1</td><td>新建村卫生室4所</td><td rowspan="2">乡卫生院</td><td>各村</td>
<td>2032年9月30日前</td></tr>
<tr><td>2</td><td>改造乡中心小学运动场1处</td><td>乡教育办</td><td>2032年8月31日前</td></tr>
<tr><td colspan="5">二、基础设施</td></tr>
<tr><td>3</td><td>硬化村组道路18公里</td><td>乡建设办</td><td>各村</td><td>2032年11月30日前</td></tr>
</table></div></body></html>
"""


def _texts(parsed) -> list[str]:
    return [c.text for c in commitments_of(parsed)]


def test_it_reads_a_saved_page_as_its_article_with_the_task_table(parse):
    parsed = parse(TASK_PAGE, "通报.html")
    document = parsed.documents[0]
    assert document.title == "石门县2031年重点工作任务推进情况通报"
    assert document.plan_year == 2031
    items = commitments_of(parsed)
    assert [c.text for c in items] == [
        "新建“口袋公园”8个，改造背街小巷12条",
        "完成老旧小区改造15个",
        "新增城镇就业3000人",
    ]
    # the lead unit merged down two rows owns both; the row's own unit is its co-owner
    assert [(c.owner, c.co_owners) for c in items] == [
        ("县住建局", ["各乡镇"]),
        ("县住建局", ["县财政局"]),
        ("县人社局", ["各乡镇"]),
    ]
    assert [c.deadline for c in items] == [
        datetime.date(2031, 10, 31),
        datetime.date(2031, 6, 30),
        datetime.date(2031, 12, 31),
    ]
    # the report columns (本周进展, 存在问题, 督办状态) give no target
    assert [[(t.value, t.unit) for t in c.targets] for c in items] == [
        [(Decimal(8), "个"), (Decimal(12), "条")],
        [(Decimal(15), "个")],
        [(Decimal(3000), "人")],
    ]
    # the menu, scripts, related links and footer are no part of the plan's text
    text = parsed.source_text
    assert "<" not in text and "&" not in text
    for furniture in ("政务公开", "广告位", "停车场", "0736-5222222", "手机版", "微博"):
        assert furniture not in text


def test_the_page_source_kept_as_text_reads_as_the_page(parse):
    as_page = parse(TASK_PAGE, "通报.html")
    as_text = parse(TASK_PAGE, "通报网页源码.txt")
    assert [c.as_dict() for c in commitments_of(as_text)] == [
        c.as_dict() for c in commitments_of(as_page)
    ]
    assert extract(TASK_PAGE.encode(), "通报网页源码.txt").kind == "html"


def test_it_reads_a_page_of_numbered_paragraphs(parse):
    parsed = parse(PARAGRAPH_PAGE, "gongzuo.htm")
    document = parsed.documents[0]
    assert document.plan_year == 2030
    assert [s.title for s in document.sections] == ["壮大特色产业", "改善人居环境", "办好民生实事"]
    assert _texts(parsed) == [
        "新建高标准农田1200亩，发展设施蔬菜300亩。",
        "6月底前完成农村户厕改造260户。",
        "新建村级养老服务站3个。",
        "城乡居民医保参保率稳定在95%以上。",
    ]
    assert commitments_of(parsed)[1].deadline == datetime.date(2030, 6, 30)
    assert "网站首页" not in parsed.source_text and "版权所有" not in parsed.source_text


def test_it_decodes_a_gbk_page_by_its_declared_charset_and_expands_merged_cells(parse):
    parsed = parse(GBK_PAGE.encode("gbk"), "minsheng.html")
    document = parsed.documents[0]
    assert document.plan_year == 2032
    assert [s.title for s in document.sections] == ["教育卫生", "基础设施"]
    items = commitments_of(parsed)
    assert [(c.text, c.owner, c.co_owners, c.deadline) for c in items] == [
        ("新建村卫生室4所", "乡卫生院", ["各村"], datetime.date(2032, 9, 30)),
        ("改造乡中心小学运动场1处", "乡卫生院", ["乡教育办"], datetime.date(2032, 8, 31)),
        ("硬化村组道路18公里", "乡建设办", ["各村"], datetime.date(2032, 11, 30)),
    ]


def test_a_declared_charset_gives_way_to_utf8_bytes(parse):
    """A page served as GB2312 and saved again by an editor in UTF-8 keeps its old meta."""
    parsed = parse(GBK_PAGE.encode("utf-8"), "minsheng.htm")
    assert commitments_of(parsed)[0].text == "新建村卫生室4所"


@pytest.mark.parametrize(
    "text, page",
    [
        (TASK_PAGE, True),
        ("<p>（一）新建村卫生室4所。</p>\n<p>（二）硬化道路18公里。</p>\n" * 3, True),
        ("| 序号 | 工作任务 | 牵头单位 |\n| 1 | 新建<br>公园 | 县住建局 |\n", False),
        ("一、2030年工作安排\n（一）新建公园2个。<br>改造道路3条。\n" * 5, False),
    ],
)
def test_it_tells_a_page_source_from_text(text, page):
    assert looks_like_html(text) is page


def test_a_page_of_furniture_only_is_refused(parse):
    with pytest.raises(PlanImportError, match="未找到工作安排部分"):
        parse("<html><body><ul class='nav'><li><a>首页</a></li></ul></body></html>", "x.html")


def test_an_unknown_type_names_the_web_page_among_the_formats(parse):
    with pytest.raises(PlanImportError, match=r"\.html"):
        parse(b"{}", "plan.json")


def test_import_plan_reads_a_saved_page(tmp_path, departments):
    page = tmp_path / "通报.html"
    page.write_text(TASK_PAGE, encoding="utf-8")
    out = io.StringIO()
    call_command("import_plan", str(page), "--dry-run", "--format", "json", stdout=out)
    document = json.loads(out.getvalue())["documents"][0]
    assert document["plan_year"] == 2031
    assert [c["text"] for s in document["sections"] for c in s["commitments"]][-1] == (
        "新增城镇就业3000人"
    )


def test_a_supervision_table_reports_in_its_progress_status_and_light_columns(parse):
    """As many report columns as task columns: the header is still found, and the reports
    (本周进展, 本月进展, 督办状态, 亮灯) give no pledge and no target."""
    page = """<html><body><div class="content"><h1>2031年县政府重点工作督办台账</h1>
<table><tr><th>重点任务</th><th>牵头单位</th><th>完成时限</th><th>本周进展</th>
<th>本月进展</th><th>督办状态</th><th>亮灯</th></tr>
<tr><td>新建5G基站150个</td><td>县工信局</td><td>2031年12月31日前</td>
<td>新建基站41个</td><td>累计完成60个</td><td>正常推进</td><td>绿灯</td></tr>
<tr><td>完成人工造林1.2万亩</td><td>县林业局</td><td>2031年4月30日前</td>
<td>完成1.05万亩</td><td>完成90%</td><td>滞后</td><td>黄灯</td></tr>
</table></div></body></html>"""
    items = commitments_of(parse(page, "dubantaizhang.html"))
    assert [(c.text, c.owner) for c in items] == [
        ("新建5G基站150个", "县工信局"),
        ("完成人工造林1.2万亩", "县林业局"),
    ]
    assert [[(t.value, t.unit) for t in c.targets] for c in items] == [
        [(Decimal(150), "个")],
        [(Decimal("1.2"), "万亩")],
    ]


def test_an_old_sites_layout_table_is_read_as_its_article(parse):
    """The site's logo in an ``<h1>``, the page laid out in a table (menu cell, article cell
    of ``<br>`` lines), a hidden box: the article and its title only."""
    body = "<br>".join(
        [
            "一、2030年工作安排",
            "（一）发展产业。新建茶园基地500亩，年底前完成。",
            "（二）改善民生。改造农村危房40户，新建村级文化广场2个。",
            "（三）加强治理。建成村级综治中心6个。",
        ]
    )
    page = f"""<html><head><title>桃源镇2030年工作计划-桃源镇人民政府</title></head><body>
<h1 class="logo">桃源镇人民政府</h1>
<table width="960"><tr><td width="200"><a href="/">首页</a><br><a href="/a">镇情概况</a></td>
<td class="zw">{body}<br>各村要对照本计划抓好落实，每季度报告进展情况。</td>
</tr></table><div style="display:none">新建假数据9999个。</div></body></html>"""
    parsed = parse(page, "taoyuan.htm")
    assert parsed.documents[0].title == "桃源镇2030年工作计划"
    assert _texts(parsed) == [
        "新建茶园基地500亩，年底前完成。",
        "改造农村危房40户，新建村级文化广场2个。",
        "建成村级综治中心6个。",
    ]
    assert "9999" not in parsed.source_text and "镇情概况" not in parsed.source_text
