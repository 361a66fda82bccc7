"""``?format=`` takes the endpoint's formats; anything else is a 400 that names
the parameter and lists the valid values, like other bad filter values."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("url", "persona", "valid"),
    [
        ("/api/v1/reports/ledger/", "supervisor", "json、csv、xlsx"),
        ("/api/v1/reports/overdue/", "supervisor", "json、csv、xlsx"),
        ("/api/v1/reports/summary/", "supervisor", "json、csv、xlsx"),
        ("/api/v1/commitments/", "owner", "json"),
        ("/api/v1/me/", "owner", "json"),
    ],
)
def test_an_unknown_format_is_a_400_listing_the_valid_ones(world, api, url, persona, valid):
    response = api(persona).get(url, {"format": "pdf"})
    assert response.status_code == 400
    assert response.json() == {
        "code": "validation_error",
        "message": f"提交的数据有误：格式：“pdf”不是有效的选项；可选值：{valid}",
        "errors": {"format": [f"“pdf”不是有效的选项；可选值：{valid}"]},
    }


def test_it_says_so_in_english_too(world, api):
    response = api("supervisor").get(
        "/api/v1/reports/ledger/", {"format": "pdf"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 400
    assert response.json()["message"].startswith("Invalid data submitted: Format: ")
    message = response.json()["message"]
    assert "pdf" in message and "json, csv, xlsx" in message and "、" not in message


def test_a_known_format_still_works(world, api):
    response = api("supervisor").get("/api/v1/reports/ledger/", {"format": "csv"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert api("owner").get("/api/v1/commitments/", {"format": "json"}).status_code == 200
