"""The admin writes through the services: an edit leaves a history event, is
marked as a supervisor's edit (a re-import keeps it) and obeys the same rules
as the API; requests are decided by the workflow, never edited by hand."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from commitments.choices import EventKind, RequestState, Role, Status
from commitments.models import Commitment, CommitmentEvent, ExtensionRequest, Plan
from commitments.services import workflow
from commitments.services.catalog import load_catalog
from commitments.services.plan_import import import_plan_file
from commitments.services.plan_import.identity import PlanChoice
from tests import factories

pytestmark = pytest.mark.django_db

PLAN = """镇长在经济工作会议上的讲话
同志们：
二、2025年工作安排
（一）抓产业。今年计划新建温室大棚20栋。引进项目5个，一季度完成签约，年底前开工。
（二）抓民生。城乡医保参保率达到95%以上。做好困难群体救助保障。
同志们！谢谢大家！
"""


def store(text: str = PLAN):
    """Import the plan; once stored, a new version updates that plan (``--plan ID``)."""
    plan = Plan.objects.first()
    choice = PlanChoice(plan_id=plan.pk) if plan is not None else None
    return import_plan_file(text.encode("utf-8"), "plan.txt", choice=choice)


@pytest.fixture
def admin_client(client):
    load_catalog()
    store()
    user = factories.user("root", role=Role.ADMIN)
    user.is_staff = user.is_superuser = True
    user.save()
    client.force_login(user)
    return client


def change_url(item: Commitment) -> str:
    return reverse("admin:commitments_commitment_change", args=[item.pk])


def form_data(client, item: Commitment, **changes) -> dict:
    """What the change page posts back unchanged, with ``changes`` applied."""
    context = client.get(change_url(item)).context
    form = context["adminform"].form
    data = {}
    for name in form.fields:
        value = form[name].value()
        data[name] = "" if value is None else value
    for inline in context["inline_admin_formsets"]:
        formset = inline.formset
        for key, value in formset.management_form.initial.items():
            data[f"{formset.prefix}-{key}"] = value
    data.update(changes)
    return data


def test_an_admin_deadline_edit_is_history_and_survives_a_reimport(admin_client):
    item = Commitment.objects.get(code="2025-01-01")
    response = admin_client.post(
        change_url(item), form_data(admin_client, item, deadline="2025-08-31")
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.deadline == datetime.date(2025, 8, 31)
    assert item.original_deadline == datetime.date(2025, 12, 31)
    assert "deadline" in item.edited_fields
    event = CommitmentEvent.objects.get(commitment=item, kind=EventKind.EDITED)
    assert event.changes == {"deadline": ["2025-12-31", "2025-08-31"]}
    assert event.actor.username == "root"

    store(PLAN.replace("今年计划新建温室大棚20栋。", "今年计划新建温室大棚30栋，9月底前完成。"))
    item.refresh_from_db()
    assert item.deadline == datetime.date(2025, 8, 31)
    assert "30栋" in item.text


def test_an_admin_owner_edit_goes_through_the_service(admin_client):
    item = Commitment.objects.get(code="2025-01-01")
    finance = factories.department("财政审计所")
    helper = factories.department("帮扶办")
    data = form_data(admin_client, item, lead_owner=finance.pk, co_owners=[helper.pk])
    assert admin_client.post(change_url(item), data).status_code == 302
    item.refresh_from_db()
    assert item.lead_owner == finance
    assert item.owner_source == "manual"
    assert list(item.coownerships.values_list("department", flat=True)) == [helper.pk]
    assert {"lead_owner", "co_owners"} <= set(item.edited_fields)
    (event,) = CommitmentEvent.objects.filter(commitment=item, kind=EventKind.EDITED)
    # The 2025 pledge is past its deadline: handed over overdue, its 逾期 stays the
    # former lead's (SPEC §2), and the history says so.
    assert set(event.changes) == {"lead_owner", "co_owners", "overdue_lead"}
    assert "overdue_lead" not in item.edited_fields


def test_the_admin_refuses_what_the_service_refuses(admin_client):
    item = Commitment.objects.get(code="2025-01-01")
    response = admin_client.post(
        change_url(item), form_data(admin_client, item, status=Status.COMPLETED)
    )
    assert response.status_code == 200
    assert "督办人只能取消事项或重新打开" in response.content.decode()
    item.refresh_from_db()
    assert item.status == Status.NOT_STARTED
    assert not CommitmentEvent.objects.filter(commitment=item, kind=EventKind.EDITED).exists()


def test_an_admin_cancel_is_the_workflow_step(admin_client):
    item = Commitment.objects.get(code="2025-01-01")
    data = form_data(admin_client, item, status=Status.CANCELLED)
    assert admin_client.post(change_url(item), data).status_code == 302
    item.refresh_from_db()
    assert item.status == Status.CANCELLED
    assert CommitmentEvent.objects.filter(commitment=item, kind=EventKind.CANCELLED).exists()


def test_a_kept_pledge_stays_tracked_through_reimports(admin_client):
    relief = Commitment.objects.get(text="做好困难群体救助保障。")
    owner = factories.user(dept=relief.lead_owner)
    workflow.acknowledge(owner, relief)
    workflow.request_extension(
        owner,
        relief,
        datetime.date(2026, 3, 31),
        reason="资金未到位",
        today=datetime.date(2025, 6, 1),
    )
    store(PLAN.replace("做好困难群体救助保障。", ""))
    relief.refresh_from_db()
    assert relief.removed_from_source is True

    response = admin_client.post(
        reverse("admin:commitments_commitment_changelist"),
        {"action": "keep_retired", "_selected_action": [relief.pk]},
    )
    assert response.status_code == 302
    relief.refresh_from_db()
    assert relief.removed_from_source is False
    assert "removed_from_source" in relief.edited_fields

    store(PLAN.replace("做好困难群体救助保障。", "").replace("20栋", "25栋"))
    relief.refresh_from_db()
    assert relief.removed_from_source is False


def test_requests_are_decided_by_the_workflow_not_edited(admin_client):
    item = Commitment.objects.get(code="2025-01-01")
    owner = factories.user(dept=item.lead_owner)
    request = workflow.request_extension(
        owner,
        item,
        datetime.date(2026, 3, 31),
        reason="资金未到位",
        today=datetime.date(2025, 6, 1),
    )
    url = reverse("admin:commitments_extensionrequest_change", args=[request.pk])
    admin_client.post(url, {"state": RequestState.APPROVED})  # read-only: ignored
    request.refresh_from_db()
    assert request.state == RequestState.PENDING

    response = admin_client.post(
        reverse("admin:commitments_extensionrequest_changelist"),
        {"action": "approve", "_selected_action": [request.pk]},
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.state == RequestState.APPROVED
    item.refresh_from_db()
    assert item.deadline == datetime.date(2026, 3, 31)
    assert ExtensionRequest.objects.get().decided_by.username == "root"


def test_reopening_in_the_admin_asks_for_the_reason_and_keeps_it(admin_client):
    item = Commitment.objects.get(code="2025-01-01")
    from django.contrib.auth.models import User

    root = User.objects.get(username="root")  # the fixture's administrator
    workflow.cancel(root, item, "并入其他事项")
    data = form_data(admin_client, item, status=Status.ON_TRACK)
    response = admin_client.post(change_url(item), data)
    assert response.status_code == 200  # shown again
    assert "请填写重新打开的理由" in response.content.decode()
    item.refresh_from_db()
    assert item.status == Status.CANCELLED

    data = form_data(admin_client, item, status=Status.ON_TRACK, note="撤销有误")
    assert admin_client.post(change_url(item), data).status_code == 302
    item.refresh_from_db()
    assert item.status != Status.CANCELLED
    assert CommitmentEvent.objects.get(commitment=item, kind=EventKind.REOPENED).note == "撤销有误"
