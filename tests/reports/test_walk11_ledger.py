"""Walk 11: the ledger file (督办台账) called a completed pledge 绿灯 while the dashboard
counts it under 已办结, not as green (SPEC §2). Its 红黄绿灯 cell now says 已办结/已取消 (no
fill) in CSV and XLSX, Chinese and English; the JSON keeps ``light`` (green: its light) and
its ``light_label`` says the same as the files. Counting the rows as the files show them
gives the summary's numbers."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from django.test import Client

from reports.api.renderers import LIGHT_FILLS
from tests.reports.test_exports import read_csv, read_xlsx
from tests.support.language import in_language

pytestmark = pytest.mark.django_db

# The seed (tests/reports/seed.py): c3 2024-02-01 and c7 2024-03-02 completed, c8 2024-03-03
# cancelled, c2 2024-01-02 open and green.
SHOWN = {
    "zh": {"2024-02-01": "已办结", "2024-03-02": "已办结", "2024-03-03": "已取消"},
    "en": {"2024-02-01": "Completed", "2024-03-02": "Completed", "2024-03-03": "Cancelled"},
}
GREEN = {"zh": "绿灯", "en": "Green light"}
LIGHT = {"zh": "红黄绿灯", "en": "Light"}


def signed_in(seed, language: str) -> Client:
    client = Client()
    client.force_login(seed.supervisor)
    return in_language(client, language)


def ledger(seed, language: str, fmt: str):
    params = {"plan": seed.plan.pk, "date": "2024-07-10", "format": fmt}
    response = signed_in(seed, language).get("/api/v1/reports/ledger/", params)
    assert response.status_code == 200
    return response


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_csv_says_a_closed_pledge_is_closed(seed, language):
    header, *rows = read_csv(ledger(seed, language, "csv"))
    light = header.index(LIGHT[language])
    shown = {row[0]: row[light] for row in rows}
    for code, label in SHOWN[language].items():
        assert shown[code] == label, code
    assert shown["2024-01-02"] == GREEN[language]
    # As the dashboard counts: 2 red, 2 yellow, 1 green, 2 completed, 1 cancelled.
    assert sorted(Counter(shown.values()).values()) == [1, 1, 2, 2, 2]
    assert Counter(shown.values())[GREEN[language]] == 1


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_spreadsheet_says_it_without_a_green_fill(seed, language):
    sheet = read_xlsx(ledger(seed, language, "xlsx")).worksheets[0]
    header = [c.value for c in sheet[1]]
    light = header.index(LIGHT[language]) + 1
    rows = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    for code, label in SHOWN[language].items():
        cell = sheet.cell(rows[code], light)
        assert cell.value == label, code
        assert cell.fill.fgColor.rgb not in LIGHT_FILLS.values(), code
    green = sheet.cell(rows["2024-01-02"], light)
    assert (green.value, green.fill.fgColor.rgb) == (GREEN[language], LIGHT_FILLS["green"])


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_json_keeps_its_light_and_says_closed_in_its_label(seed, language):
    rows = ledger(seed, language, "json")
    items = {item["code"]: item for item in _json(rows)["results"]}
    for code, label in SHOWN[language].items():
        assert (items[code]["light"], items[code]["light_label"]) == ("green", label), code
    assert items["2024-01-02"]["light_label"] == GREEN[language]
    # The open rows' lights are the summary's lights.
    summary = signed_in(seed, language).get(
        "/api/v1/reports/summary/", {"plan": seed.plan.pk, "date": "2024-07-10"}
    )
    plan = summary.json()["plans"][0]
    open_rows = Counter(
        item["light"] for item in items.values() if item["status"] not in ("completed", "cancelled")
    )
    assert dict(open_rows) == {k: plan["lights"][k] for k in ("red", "yellow", "green")}
    assert plan["completed"] == sum(item["status"] == "completed" for item in items.values())


def _json(response) -> dict:
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    return json.loads(raw)
