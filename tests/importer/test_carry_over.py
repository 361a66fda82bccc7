"""Year-over-year carry-over (跨年结转): importing the 2025 plan after the 2024
plan proposes the right predecessors (carried, reworded, split, dropped, new),
decisions stick, and chains survive re-imports of either year."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from commitments.choices import CarryOverState, Role, Status
from commitments.models import ApiToken, CarryOver, Commitment
from commitments.services import carry_over, publication
from commitments.services.plan_import import import_plan_file
from commitments.services.plan_import.identity import PlanChoice
from tests import factories

DOCS = Path(__file__).parent / "documents" / "carry_over"
pytestmark = pytest.mark.django_db


def load(name: str) -> bytes:
    return (DOCS / name).read_bytes()


def by_text(year: int, fragment: str) -> Commitment:
    return Commitment.objects.get(plan__year=year, text__contains=fragment)


@pytest.fixture
def year_2024(departments) -> None:
    import_plan_file(load("plan-2024.txt"), "plan-2024.txt")
    done = by_text(2024, "便民服务中心标准化改造")
    Commitment.objects.filter(pk=done.pk).update(
        status=Status.COMPLETED, completed_at=timezone.now(), percent=100
    )


def client(user) -> APIClient:
    _row, raw = ApiToken.issue(user, name="tests")
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {raw}")
    return api


def test_the_preview_proposes_last_years_unfinished_pledges(year_2024):
    result = import_plan_file(load("plan-2025.txt"), "plan-2025.txt", dry_run=True)
    items = {
        c["text"]: c["predecessor"]
        for s in result.as_dict()["documents"][0]["sections"]
        for c in s["commitments"]
    }
    code = {
        fragment: by_text(2024, fragment).code
        for fragment in ("光伏电站", "农村公路", "污水处理站", "文化服务中心")
    }

    def predecessor_of(fragment: str) -> str | None:
        found = next(p for text, p in items.items() if fragment in text)
        return None if found is None else found["code"]

    assert predecessor_of("续建村级光伏电站") == code["光伏电站"]  # carried
    assert predecessor_of("农村公路提升改造") == code["农村公路"]  # reworded, new numbers
    assert predecessor_of("建成污水处理站") == code["污水处理站"]  # split in two …
    assert predecessor_of("污水收集管网") == code["污水处理站"]  # … both halves
    assert predecessor_of("公益性岗位") is None  # new this year
    proposal = next(p for p in items.values() if p)
    assert proposal["plan_year"] == 2024 and 0 < proposal["score"] <= 1
    assert CarryOver.objects.count() == 0  # a preview writes nothing


def test_a_real_import_stores_proposals_and_lists_what_nothing_carries(year_2024):
    import_plan_file(load("plan-2025.txt"), "plan-2025.txt")
    assert CarryOver.objects.filter(state=CarryOverState.PROPOSED).count() == 4
    # dropped (文化服务中心) is listed; completed (便民服务中心) is not
    assert [c.text for c in carry_over.without_successor(2024)] == [
        by_text(2024, "文化服务中心").text
    ]


def test_decisions_build_a_chain_that_survives_reimports(year_2024):
    import_plan_file(load("plan-2025.txt"), "plan-2025.txt")
    lead = by_text(2025, "续建村级光伏电站").lead_owner
    supervisor = factories.user("sup", role=Role.SUPERVISOR, supervises=[lead])
    outsider = factories.user("staff", dept=factories.department("无关办"))
    solar = CarryOver.objects.get(successor=by_text(2025, "续建村级光伏电站"))
    road = CarryOver.objects.get(successor=by_text(2025, "农村公路提升改造"))

    refused = client(outsider).post(f"/api/v1/carry-overs/{solar.pk}/accept/", {}, format="json")
    assert refused.status_code == 403
    accepted = client(supervisor).post(
        f"/api/v1/carry-overs/{solar.pk}/accept/", {"note": "同一项目续建"}, format="json"
    )
    assert accepted.status_code == 200, accepted.content
    assert accepted.json()["state"] == "accepted"
    admin = factories.user("admin", role=Role.ADMIN)
    assert (
        client(admin).post(f"/api/v1/carry-overs/{road.pk}/reject/", {}, format="json").status_code
        == 200
    )

    successor = by_text(2025, "续建村级光伏电站")
    detail = client(outsider).get(f"/api/v1/commitments/{successor.pk}/").json()["carry_over"]
    assert [(p["code"], p["plan_year"]) for p in detail["predecessors"]] == [
        (by_text(2024, "光伏电站").code, 2024)
    ]
    assert detail["years"] == 2 and detail["open_since"] == "2024-01-01"
    assert successor.events.filter(changes__has_key="predecessor").exists()

    # The public meter says what was carried over, and since when.
    publication.set_plan_public(admin, successor.plan_id, True)
    public = Client().get(f"/public/plans/{successor.plan_id}.json").json()
    carried = {p["code"]: p["carried_over_since"] for p in public["pledges"]}
    assert carried[successor.code] == 2024
    assert public["totals"]["carried_over"] == 1

    # Re-import both years, edited: the chain holds, the rejection is not re-proposed.
    edited_2024 = load("plan-2024.txt").decode().replace("确保群众出行安全", "确保出行安全")
    plan_2024 = by_text(2024, "光伏电站").plan_id
    import_plan_file(edited_2024.encode(), "plan-2024.txt", choice=PlanChoice(plan_id=plan_2024))
    edited_2025 = load("plan-2025.txt").decode() + (
        "6.新建农贸市场1个。\n牵头单位：经济发展办公室\n完成时限：2025年12月31日\n"
    )
    plan_2025 = by_text(2025, "光伏电站").plan_id
    import_plan_file(edited_2025.encode(), "plan-2025.txt", choice=PlanChoice(plan_id=plan_2025))
    assert carry_over.chain(by_text(2025, "续建村级光伏电站")).years == 2
    road_links = CarryOver.objects.filter(successor=by_text(2025, "农村公路提升改造"))
    assert [link.state for link in road_links] == [CarryOverState.REJECTED]
    listed = client(admin).get("/api/v1/carry-overs/", {"state": "proposed"}).json()
    assert {row["successor"]["code"] for row in listed["results"]} == {
        by_text(2025, "建成污水处理站").code,
        by_text(2025, "污水收集管网").code,
    }


PLACES = "东西南北中上下前后新"
WORKS = [
    ("新建", "道路", "公里"),
    ("改造", "供水管网", "公里"),
    ("建设", "文化广场", "个"),
    ("提升", "卫生室", "所"),
    ("修缮", "学校操场", "处"),
    ("新增", "停车位", "个"),
]


def county(year: int, verb_suffix: str = "") -> list[carry_over.Pledge]:
    pledges = []
    for i, (verb, thing, unit) in enumerate(WORKS * 50):
        village = PLACES[i % 10] + PLACES[(i // 10) % 10] + "村"
        text = f"{village}{verb}{verb_suffix}{thing}{i % 7 + 1}{unit}"
        pledges.append(
            carry_over.Pledge(i, f"{year}-{i}", year, text, f"单位{i % 12}", frozenset({unit}))
        )
    return pledges


def test_each_of_many_similar_pledges_finds_its_own_predecessor():
    """300 pledges that differ only by village and numbers: the short-list by
    rare shared bigrams still lands every one on its own predecessor."""
    old, new = county(2024), county(2025, verb_suffix="续")
    matches = carry_over.best_matches(new, old)
    assert {key: m.predecessor.key for key, m in matches.items()} == {p.key: p.key for p in new}


def test_the_admin_review_shows_proposals_and_leads_to_deciding_them(client, year_2024):
    account = factories.user("carry-admin", role=Role.ADMIN)
    account.is_staff = account.is_superuser = True
    account.save()
    client.force_login(account)
    url = reverse("admin:commitments_plan_import")
    sent = client.post(url, {"file": SimpleUploadedFile("plan-2025.txt", load("plan-2025.txt"))})
    review = sent["Location"]
    html = client.get(review).content.decode()
    assert f"上年未完成事项 {by_text(2024, '光伏电站').code}（2024年" in html

    done = client.post(review, {"action": "commit"})
    assert done.status_code == 302
    assert "/admin/commitments/carryover/" in done["Location"]
    listed = client.get(done["Location"])
    assert listed.status_code == 200
    proposals = CarryOver.objects.filter(state=CarryOverState.PROPOSED)
    assert proposals.count() == 4
    solar = proposals.get(successor__text__contains="续建村级光伏电站")
    client.post(
        reverse("admin:commitments_carryover_changelist"),
        {"action": "accept", "_selected_action": [solar.pk]},
    )
    solar.refresh_from_db()
    assert solar.state == CarryOverState.ACCEPTED and solar.decided_by == account
