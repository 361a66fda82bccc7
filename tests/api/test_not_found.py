"""Unknown API addresses answer in the API's JSON error shape, not an HTML page."""

import pytest
from rest_framework.test import APIClient


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/plans/0.5/",
        "/api/v1/commitments/null/history/",
        "/api/v1/no-such-thing/",
        "/api/v2/",
    ],
)
def test_it_answers_unknown_api_paths_with_a_json_404(db, path):
    response = APIClient().get(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert set(response.json()) == {"code", "message", "errors"}


def test_it_says_so_in_english_when_asked(db):
    response = APIClient().post("/api/v1/no-such-thing/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.json() == {"code": "not_found", "message": "No such API address", "errors": {}}


def test_pages_outside_the_api_keep_the_html_404(db):
    response = APIClient().get("/no-such-page/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
