"""A list in a message is joined as the reader's language joins it (minor14): ``甲、乙``
in Chinese, ``A, B`` in English — never a Chinese ``、`` inside an English sentence."""

from __future__ import annotations

import pytest

from commitments.models import CoOwnership
from tests import factories
from tests.api.conftest import report_body, reports_url
from tests.workflow.conftest import report

pytestmark = pytest.mark.django_db

ZH, EN = "zh-hans", "en"


@pytest.mark.parametrize(
    ("language", "listed"),
    [(ZH, "deadline、code、updated"), (EN, "deadline, code, updated")],
)
def test_a_bad_ordering_lists_the_valid_ones(world, api, language, listed):
    response = api("owner").get(
        "/api/v1/commitments/", {"ordering": "-colour"}, HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 400
    message = response.json()["message"]
    assert listed in message
    if language == EN:
        assert "、" not in message


@pytest.mark.parametrize(
    ("language", "listed"),
    [(ZH, "on_track、at_risk、delayed"), (EN, "on_track, at_risk, delayed")],
)
def test_a_bad_status_filter_lists_the_valid_ones(world, api, language, listed):
    response = api("owner").get(
        "/api/v1/commitments/", {"status": "late"}, HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 400
    message = response.json()["message"]
    assert listed in message, message
    if language == EN:
        assert "、" not in message


@pytest.mark.parametrize(
    ("language", "listed"),
    [
        (ZH, "on_track（正常推进）、at_risk（存在风险）"),
        (EN, "on_track (On track), at_risk (At risk)"),
    ],
)
def test_a_bad_report_status_lists_each_choice_with_its_name(world, api, language, listed):
    response = api("owner").post(
        reports_url(world.item),
        report_body(status="finished"),
        format="json",
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert response.status_code == 400
    message = response.json()["errors"]["status"][0]
    assert listed in message, message
    if language == EN:
        assert "、" not in message and "（" not in message


@pytest.mark.parametrize(("language", "joint"), [(ZH, "、"), (EN, ", ")])
def test_closing_before_two_co_owners_reported_names_both(world, api, language, joint):
    CoOwnership.objects.create(commitment=world.item, department=factories.department("水利站"))
    report(world.item, world.user("owner"), world.item.lead_owner, percent=100)
    response = api("owner").post(
        f"/api/v1/commitments/{world.item.pk}/closure-requests/",
        {"summary": "完成"},
        format="json",
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert response.status_code == 409, response.json()
    message = response.json()["message"]
    assert f"配合局{joint}水利站" in message or f"水利站{joint}配合局" in message, message
