"""A 公众号 article's title (blind17's article was titled ``点击上方蓝字 关注“桐岭发布”``):
the plan's title is the article's headline, not the account's lines above it (its name,
``点击蓝字 关注我们``)
— also when the headline exclaims or runs on after a comma (``重磅！2038年…出炉，件件关乎你我！``),
which a notice's title never does; the emoji that dress it are no part of it. Written in
layouts of its own.
"""

from __future__ import annotations

import pytest

from tests.importer.conftest import commitments_of

BODY = (
    "镇人代会票决产生今年的十件民生实事，一起来看👇\n\n"
    "【实事一】新建社区食堂\n"
    "🍚新建社区食堂3个，年底前投入运营。\n"
    "👉牵头单位：社事办\n\n"
    "【实事二】改造农村公路\n"
    "🛣改造农村公路18公里，9月底前完工。\n"
    "👉牵头单位：规划建设办\n"
)

ARTICLES = {
    "follow-prompt": (
        "点击上方蓝字 关注“青山发布”\n\n"
        "📢重磅！2038年青山镇十件民生实事出炉，件件关乎你我！\n\n"
        "青山发布  2038年02月20日 18:30  云岭县\n\n",
        "重磅！2038年青山镇十件民生实事出炉，件件关乎你我！",
    ),
    "account-name": (
        "青山发布\n官宣！青山镇2038年十件民生实事定了\n原创 青山发布 2038-02-20\n\n",
        "官宣！青山镇2038年十件民生实事定了",
    ),
    "plain-headline": (
        "点击蓝字 关注我们\n\n🔥2038年青山镇十件民生实事公布\n\n青山发布 2038年02月20日\n\n",
        "2038年青山镇十件民生实事公布",
    ),
}


@pytest.mark.parametrize("name", ARTICLES)
def test_an_articles_title_is_its_headline(parse, name):
    head, title = ARTICLES[name]
    parsed = parse(head + BODY, "文章.txt")
    assert parsed.documents[0].title == title
    pledges = commitments_of(parsed)
    assert [p.title for p in pledges] == ["新建社区食堂", "改造农村公路"]
    assert [[(int(t.value), t.unit) for t in p.targets] for p in pledges] == [
        [(3, "个")],
        [(18, "公里")],
    ]
