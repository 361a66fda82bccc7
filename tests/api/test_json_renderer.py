"""The API's JSON renderer (orjson) writes what DRF's renderer wrote."""

import datetime
import decimal
import json
import uuid

import pytest
from django.utils import timezone
from django.utils.translation import gettext_lazy
from rest_framework import renderers

from commitments.api.renderers import JSONRenderer

UTC = datetime.UTC
CASES = {
    "text": {"title": "发展壮大村级集体经济", "quote": 'a "b" \\ c', "empty": ""},
    "numbers": {"int": 3, "float": 12.5, "negative": -0.1, "big": 2**53, "none": None},
    "nested": {"rows": [{"lights": {"red": 1}}, [], {}], "flag": True},
    "lazy": {"label": gettext_lazy("督办台账")},
    "decimal": {"amount": decimal.Decimal("5000.50")},
    "dates": {
        "day": datetime.date(2026, 12, 6),
        "utc": datetime.datetime(2026, 12, 6, 10, 30, tzinfo=UTC),
        "micro": datetime.datetime(2026, 12, 6, 10, 30, 0, 123456, tzinfo=UTC),
        "local": timezone.localtime(datetime.datetime(2026, 12, 6, 10, 30, tzinfo=UTC)),
        "naive": datetime.datetime(2026, 12, 6, 10, 30),
        "time": datetime.time(9, 5),
    },
    "uuid": {"key": uuid.UUID("12345678-1234-5678-1234-567812345678")},
    "separators": {"text": "第一行\u2028第二行\u2029完"},
    "huge": {"n": 2**70},
    "keys": {1: "one", 2: "two"},
    "tuple": {"pair": (1, "二")},
    "top_list": [1, "二", None],
}


@pytest.mark.parametrize("name", CASES)
def test_it_writes_the_bytes_drf_wrote(name):
    data = CASES[name]
    assert JSONRenderer().render(data) == renderers.JSONRenderer().render(data)


def test_the_body_stays_a_javascript_subset():
    body = JSONRenderer().render({"text": "a\u2028b\u2029c"})
    assert "\u2028".encode() not in body and "\u2029".encode() not in body
    assert json.loads(body) == {"text": "a\u2028b\u2029c"}


def test_an_indented_body_is_still_indented():
    media_type = "application/json; indent=2"
    body = JSONRenderer().render({"a": [1, 2]}, media_type)
    assert body == renderers.JSONRenderer().render({"a": [1, 2]}, media_type)
    assert b"\n  " in body


def test_none_is_an_empty_body():
    assert JSONRenderer().render(None) == b""


def test_the_api_answers_with_it():
    """Every endpoint's JSON goes through it (settings' DEFAULT_RENDERER_CLASSES)."""
    from rest_framework.settings import api_settings

    assert api_settings.DEFAULT_RENDERER_CLASSES[0] is JSONRenderer


def test_a_dataclass_is_an_object_of_its_fields_in_both_writers():
    """The roll-up rows are written as they are (reports.rollups): the same object
    whether orjson writes it or DRF's renderer does (an indented body)."""
    from reports.rollups import LightCounts, ProgressRollup

    row = ProgressRollup(1, 2, "产业发展", 3, 4, 1, 0, 25.0, LightCounts(1, 0, 3))
    compact = JSONRenderer().render({"rows": [row]})
    indented = JSONRenderer().render({"rows": [row]}, "application/json; indent=2")
    expected = {
        "rows": [
            {
                "id": 1,
                "number": 2,
                "title": "产业发展",
                "plan_id": 3,
                "commitments": 4,
                "completed": 1,
                "overdue": 0,
                "progress": 25.0,
                "lights": {"red": 1, "yellow": 0, "green": 3},
            }
        ]
    }
    assert json.loads(compact) == json.loads(indented) == expected
    assert b'"progress":25.0' in compact
