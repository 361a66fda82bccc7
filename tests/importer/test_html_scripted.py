"""A saved web page whose article its scripts build in the browser (a Vue/React site: the
source holds ``<script>`` and an empty ``<div id="app">``) has no pledge to read: the import is
refused with a message that says why and asks for the page's text (copied into a .txt file,
or printed to PDF), in the user's language, not the generic 未找到工作安排部分 (SPEC §3: a
clear one-line error)."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from commitments.importer import PlanImportError

VUE_SHELL = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>石门县2031年重点工作任务_石门县人民政府</title>
<link rel="stylesheet" href="/static/css/app.8f3a.css">
</head><body>
<noscript><strong>请开启浏览器的JavaScript功能后访问本站。</strong></noscript>
<div id="app"></div>
<script src="/static/js/chunk-vendors.2b1c.js"></script>
<script src="/static/js/app.9d41.js"></script>
</body></html>
"""
#: A site's shell that the script fills: a header bar and a footer in plain divs, the
#: article's place empty.
REACT_SHELL = """<html><head><meta charset="gbk"><title>云溪街道2032年工作要点</title>
<script>window.__INITIAL_STATE__={"page":"article","id":4821};</script></head>
<body><div class="site-head">云溪街道办事处 政务公开</div>
<div id="root"></div>
<div class="site-bottom">主办：云溪街道办事处 地址：云溪路1号 电话：0736-1234567</div>
<script src="https://cdn.example.cn/react.production.min.js"></script></body></html>
"""
#: No mount point named, only a loader script and an empty body.
LOADER_ONLY = (
    "<!doctype html><html><head><title>青石镇2033年重点工作计划</title></head>"
    '<body><div class="page"></div><script>loadArticle("/api/article/77")</script></body></html>'
)


@pytest.mark.parametrize(
    ("page", "name"),
    [
        (VUE_SHELL, "重点工作.html"),
        (REACT_SHELL, "gongzuo.htm"),
        (LOADER_ONLY, "plan.html"),
        (VUE_SHELL, "网页源代码.txt"),
    ],
    ids=["vue", "react-shell-with-header-and-footer", "loader-script", "source-as-txt"],
)
def test_a_page_built_by_its_scripts_asks_for_the_pages_text(parse, page, name):
    with pytest.raises(PlanImportError) as caught:
        parse(page, name)
    message = str(caught.value)
    assert "JavaScript" in message and name in message
    assert "复制正文" in message and "PDF" in message
    assert "未找到工作安排部分" not in message


def test_the_message_reads_in_english_for_an_english_user(parse):
    with translation.override("en"), pytest.raises(PlanImportError) as caught:
        parse(VUE_SHELL, "plan.html")
    message = str(caught.value)
    assert "JavaScript" in message and "copy" in message.lower() and "PDF" in message
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in message.replace("plan.html", ""))


def test_import_plan_names_the_reason(tmp_path, departments):
    page = tmp_path / "plan.html"
    page.write_text(VUE_SHELL, encoding="utf-8")
    with pytest.raises(CommandError, match="JavaScript"):
        call_command("import_plan", str(page), "--dry-run", stdout=io.StringIO())


def test_a_page_with_scripts_and_its_article_is_read(parse):
    """Scripts beside a real article (statistics, share buttons) are no reason to refuse."""
    page = (
        "<!DOCTYPE html><html><head><title>青石镇2033年重点工作计划</title>"
        '<script src="/js/jquery.min.js"></script><script>var _hmt=[];</script></head><body>'
        '<div id="app"><h1>青石镇2033年重点工作计划</h1><div class="content">'
        "<p>一、2033年重点工作</p><p>1.新建高标准农田1000亩，10月底前完成。</p>"
        "<p>2.改造农村公路8公里，由交通办负责。</p></div></div></body></html>"
    )
    (document,) = parse(page, "plan.html").documents
    assert [c.text for s in document.sections for c in s.commitments] == [
        "新建高标准农田1000亩，10月底前完成。",
        "改造农村公路8公里，由交通办负责。",
    ]


def test_a_page_of_furniture_without_scripts_keeps_the_generic_error(parse):
    with pytest.raises(PlanImportError, match="未找到工作安排部分"):
        parse("<html><body><ul class='nav'><li><a>首页</a></li></ul></body></html>", "x.html")
