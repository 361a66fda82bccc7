"""A project's capacity written in its name (``年产10万吨饲料加工项目``,
``日处理500吨垃圾焚烧发电项目``, ``10万千瓦光伏电站项目``) sizes what the pledge builds: a
target, as SPEC §3's own example ``新建5兆瓦光伏电站一处`` counts 5 兆瓦, also beside the
pledge's money (``完成投资2亿元``), as the blind sets were annotated (blind3 02
``年产20万吨饲料加工项目`` → 20 万吨; blind4 03 ``推进年产5万吨有机肥加工项目建成投产`` with
``完成投资1.6亿元`` → 5 万吨 and 1.6 亿元). Counts in ten thousands of pieces (``年产30万件``)
name the product line and are none (blind11). The capacity's metric names the thing, not the
time it is due (``…项目年内建成`` → 饲料加工项目年产)."""

from __future__ import annotations

import pytest

from tests.importer.conftest import commitments_of


def _targets(pledge) -> list[tuple[str, str, str]]:
    return [(t.metric, str(t.as_dict()["value"]), t.unit) for t in pledge.targets]


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        (
            "建设年产10万吨饲料加工项目，完成投资2亿元。",
            [("饲料加工项目年产", "10", "万吨"), ("投资", "2", "亿元")],
        ),
        (
            "推进日处理500吨垃圾焚烧发电项目建设，年内完成投资3.5亿元。",
            [("垃圾焚烧发电项目日处理", "500", "吨"), ("投资", "3.5", "亿元")],
        ),
        (
            "建设10万千瓦光伏电站项目，完成投资4亿元。",
            [("建设光伏电站项目", "10", "万千瓦"), ("投资", "4", "亿元")],
        ),
        ("年产10万吨饲料加工项目年内建成投产。", [("饲料加工项目年产", "10", "万吨")]),
        ("日处理500吨垃圾焚烧发电项目6月底前投产。", [("垃圾焚烧发电项目日处理", "500", "吨")]),
        (
            "推进年产30万件服装加工项目，完成投资8000万元。",
            [("投资", "8000", "万元")],
        ),
    ],
)
def test_a_capacity_in_a_project_name_sizes_what_is_built(parse, sentence, targets):
    text = f"青石镇2031年重点项目计划\n一、产业项目\n1.{sentence}\n"
    (pledge,) = commitments_of(parse(text, "xiangmu.txt"))
    assert _targets(pledge) == targets
