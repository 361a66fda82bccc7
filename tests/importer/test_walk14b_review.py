"""Walk 14b m2 and m3, as the administrator reading the import review meets them:

- m2: a file that names no year is titled （年度未定） / (year not set), never （None）;
- m3: the comparator select says 不低于/不高于/等于 (at least/at most/equal to), the
  words of the pledge page and the public meter, while the values sent stay >=, <=, =.
"""

from __future__ import annotations

import re
from html import unescape

import pytest

from commitments.models import PlanEdit
from tests.importer.test_admin import admin_client, row_of, upload  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

NO_YEAR = """关于做好明年重点工作的安排
一、抓产业。新建温室大棚20栋，由农业农村办公室负责。
二、抓民生。全年安全生产事故不发生，由党政综合办公室负责。
"""

WITH_YEAR = """镇长在经济工作会议上的讲话
二、2027年工作安排
（一）抓产业。今年计划新建温室大棚20栋。引进项目5个，年底前开工。
（二）抓民生。城乡医保参保率达到95%以上。
"""


def heading(html: str) -> str:
    found = re.search(r"<h2>([^<]*)</h2>", html)
    assert found, html[:2000]
    return found.group(1)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("zh-hans", "（年度未定）"), ("en", " (year not set)")],
)
def test_a_file_without_a_year_says_the_year_is_not_set(admin_client, lang, expected):  # noqa: F811
    review = upload(admin_client, NO_YEAR.encode(), name="small.txt")
    html = admin_client.get(review, data={"lang": lang}).content.decode()
    title = heading(html)
    assert title.endswith(expected), title
    assert "None" not in title


@pytest.mark.parametrize(("lang", "expected"), [("zh-hans", "（2027）"), ("en", " (2027)")])
def test_a_file_with_a_year_still_shows_it(admin_client, lang, expected):  # noqa: F811
    review = upload(admin_client, WITH_YEAR.encode())
    title = heading(admin_client.get(review, data={"lang": lang}).content.decode())
    assert title.endswith(expected), title


def options(html: str) -> list[list[tuple[str, str]]]:
    """Each comparator select's options as (value, shown text)."""
    return [
        [
            (unescape(value), text)
            for value, text in re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select)
        ]
        for select in re.findall(r'<select name="t_comparator"[^>]*>(.*?)</select>', html)
    ]


@pytest.mark.parametrize(
    ("lang", "words"),
    [("zh-hans", ["不低于", "不高于", "等于"]), ("en", ["At least", "At most", "Equal to"])],
)
def test_the_comparators_are_words_with_the_same_values(admin_client, lang, words):  # noqa: F811
    review = upload(admin_client, WITH_YEAR.encode())
    html = admin_client.get(review, data={"lang": lang}).content.decode()
    selects = options(html)
    assert selects, "no comparator select on the review"
    for select in selects:
        assert select == list(zip([">=", "<=", "="], words, strict=True)), select
    assert "&gt;=</option>" not in html
    # a count reads as a floor: its card has the floor's word selected
    assert f'<option value="&gt;=" selected>{words[0]}</option>' in html


def test_a_comparator_chosen_by_its_word_is_saved_as_its_value(admin_client):  # noqa: F811
    review = upload(admin_client, WITH_YEAR.encode())
    row = row_of(admin_client.get(review), "今年计划新建温室大棚")
    response = admin_client.post(
        review,
        {
            "action": "save",
            "key": row["key"],
            "targets_shown": "1",
            "t_metric": ["温室大棚"],
            "t_comparator": ["<="],
            "t_value": ["20"],
            "t_unit": ["栋"],
        },
        follow=True,
    )
    assert response.status_code == 200
    saved = row_of(response, "今年计划新建温室大棚")["row"].item.targets
    assert [(t.metric, t.comparator) for t in saved] == [("温室大棚", "<=")]
    assert PlanEdit.objects.exists()
