"""History, reports and the notification ledger are records the services write:
the admin shows them and offers no add, change or delete, superusers included."""

from __future__ import annotations

import pytest
from django.urls import reverse

from commitments.choices import EventKind, NotificationKind, NotificationState, Role
from commitments.models import CommitmentEvent, Notification
from tests import factories
from tests.support.language import in_language

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(client):
    user = factories.user("root", role=Role.ADMIN)
    user.is_staff = user.is_superuser = True
    user.save()
    client.force_login(user)
    return client


def test_an_administrator_cannot_forge_a_history_event(superuser_client):
    item = factories.commitment(factories.department(name="经济发展办公室"))
    event = CommitmentEvent.objects.create(commitment=item, kind=EventKind.IMPORTED)
    before = CommitmentEvent.objects.count()
    add = reverse("admin:commitments_commitmentevent_add")
    assert superuser_client.get(add).status_code == 403
    response = superuser_client.post(
        add,
        {"commitment": item.pk, "kind": EventKind.IMPORTED, "changes": "{}", "note": "forged"},
    )
    assert response.status_code == 403
    delete = reverse("admin:commitments_commitmentevent_delete", args=[event.pk])
    assert superuser_client.post(delete, {"post": "yes"}).status_code == 403
    changelist = superuser_client.get(reverse("admin:commitments_commitmentevent_changelist"))
    assert "delete_selected" not in changelist.content.decode()
    assert CommitmentEvent.objects.count() == before
    # still readable
    change = reverse("admin:commitments_commitmentevent_change", args=[event.pk])
    assert superuser_client.get(change).status_code == 200


def test_the_notification_ledger_is_not_added_to_or_deleted(superuser_client):
    row = Notification.objects.create(
        kind=NotificationKind.DEADLINE,
        recipient="a@example.org",
        period_key="2024-07-01",
        message_id="<m1@example.org>",
        state=NotificationState.FAILED,
    )
    assert superuser_client.get(reverse("admin:commitments_notification_add")).status_code == 403
    delete = reverse("admin:commitments_notification_delete", args=[row.pk])
    assert superuser_client.post(delete, {"post": "yes"}).status_code == 403
    change = superuser_client.get(reverse("admin:commitments_notification_change", args=[row.pk]))
    body = change.content.decode()
    assert 'name="state"' not in body  # not even the state: sent by hand would read as sent
    assert 'name="recipient"' not in body and 'name="message_id"' not in body
    assert Notification.objects.filter(pk=row.pk).exists()


def test_the_state_cannot_be_set_to_sent_by_hand(superuser_client):
    row = Notification.objects.create(
        kind=NotificationKind.DEADLINE,
        recipient="a@example.org",
        period_key="2024-07-01",
        message_id="<m1@example.org>",
        state=NotificationState.FAILED,
    )
    change = reverse("admin:commitments_notification_change", args=[row.pk])
    superuser_client.post(change, {"state": NotificationState.SENT})
    row.refresh_from_db()
    assert row.state == NotificationState.FAILED


def test_an_action_sets_failed_rows_back_to_pending_and_nothing_else(superuser_client):
    import datetime

    from django.utils import timezone

    def row(n: int, state: str, **extra) -> Notification:
        return Notification.objects.create(
            kind=NotificationKind.DEADLINE,
            recipient=f"r{n}@example.org",
            period_key="2024-07-01",
            message_id=f"<m{n}@example.org>",
            state=state,
            last_error="550 mailbox unavailable",
            **extra,
        )

    failed = row(1, NotificationState.FAILED)
    sent = row(2, NotificationState.SENT, sent_at=timezone.now())
    expired = row(
        3, NotificationState.FAILED, not_after=timezone.now() - datetime.timedelta(days=2)
    )
    url = reverse("admin:commitments_notification_changelist")
    response = superuser_client.post(
        url,
        {"action": "requeue_failed", "_selected_action": [failed.pk, sent.pk, expired.pk]},
        follow=True,
    )
    body = response.content.decode()
    assert "已将 1 条失败记录改回待发送，下次扫描时重发" in body
    assert "1 条失败记录已过有效期" in body and "1 条记录不是发送失败状态" in body
    states = {r.pk: r.state for r in Notification.objects.all()}
    assert states == {
        failed.pk: NotificationState.PENDING,
        sent.pk: NotificationState.SENT,
        expired.pk: NotificationState.FAILED,
    }
    assert Notification.objects.get(pk=failed.pk).last_error == "550 mailbox unavailable"

    from commitments.reminders import sweep

    assert sweep.unsent() == [failed.pk]  # the next sweep sends it


@pytest.mark.parametrize(
    "model", ["progressreport", "commitmentevent", "notification", "extensionrequest"]
)
def test_append_only_models_offer_no_add_button(superuser_client, model):
    changelist = superuser_client.get(reverse(f"admin:commitments_{model}_changelist"))
    assert reverse(f"admin:commitments_{model}_add") not in changelist.content.decode()


def test_publishing_a_plan_asks_first_then_links_its_public_page(superuser_client):
    plan = factories.plan(2026, title="2026年工作安排")
    url = reverse("admin:commitments_plan_changelist")
    asked = superuser_client.post(url, {"action": "publish", "_selected_action": [plan.pk]})
    assert asked.status_code == 200
    body = asked.content.decode()
    assert "确认公开" in body and "2026年工作安排" in body
    plan.refresh_from_db()
    assert not plan.public  # not yet

    done = superuser_client.post(
        url,
        {"action": "publish", "_selected_action": [plan.pk], "confirm": "yes"},
        follow=True,
    )
    plan.refresh_from_db()
    assert plan.public
    body = done.content.decode()
    link = reverse("public-plan", args=[plan.pk])
    assert f'href="http://testserver{link}"' in body and "<id>" not in body
    assert "&lt;a" not in body


def test_an_events_changes_read_as_words_with_units_not_json(superuser_client):
    from commitments.models import Target

    item = factories.commitment(factories.department(name="经济发展办公室"))
    target = Target.objects.create(commitment=item, metric="新建村卫生室", value=30, unit="个")
    event = CommitmentEvent.objects.create(
        commitment=item,
        kind=EventKind.REPORTED,
        changes={
            "status": ["not_started", "on_track"],
            "percent": [0, 40],
            f"target:{target.pk}": [None, "30.0000"],
        },
    )
    change = reverse("admin:commitments_commitmentevent_change", args=[event.pk])
    body = superuser_client.get(change).content.decode()
    assert "状态：未开始 → <strong>正常推进</strong>" in body
    assert "完成百分比：0% → <strong>40%</strong>" in body
    assert "新建村卫生室：<strong>30个</strong>" in body
    assert "not_started" not in body and "30.0000" not in body
    commitment_page = superuser_client.get(
        reverse("admin:commitments_commitment_change", args=[item.pk])
    ).content.decode()
    assert "新建村卫生室：<strong>30个</strong>" in commitment_page


def test_a_notification_opens_as_a_page_to_read_not_a_form_to_save(superuser_client):
    """Walk 7: the ledger row's page said 修改 (change) and offered 保存 buttons that could
    save nothing; it is titled 查看 (view) and has no save button."""
    row = Notification.objects.create(
        kind=NotificationKind.DEADLINE,
        recipient="a@example.org",
        period_key="2024-07-01",
        message_id="<m1@example.org>",
        state=NotificationState.FAILED,
    )
    change = reverse("admin:commitments_notification_change", args=[row.pk])
    body = superuser_client.get(change).content.decode()
    title = body.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "查看 提醒记录" in title and "修改" not in title
    assert 'name="_save"' not in body and 'name="_continue"' not in body
    assert "a@example.org" in body  # still shown, read-only
    english = in_language(superuser_client, "en").get(change).content.decode()
    assert "view notification" in english.split("</title>", 1)[0].lower()
    listing = superuser_client.get(reverse("admin:commitments_notification_changelist"))
    assert 'value="requeue_failed"' in listing.content.decode()  # the action stays
