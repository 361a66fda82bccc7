"""ui16 walk (items 3, 4): a first value reads as set, not as changed from —; a person is
named by their name (full name, else user name) wherever a page or notice names them."""

from __future__ import annotations

import datetime
import io
import re

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from commitments.choices import EventKind, NotificationKind
from commitments.models import CommitmentEvent, Notification
from commitments.services import supervision, workflow
from tests.workspace.conftest import client_for
from tests.workspace.test_pages import page_url
from tests.workspace.test_urge_pages import urge
from tests.workspace.test_walk3_fixes import section, text_of


def _named(user, name: str) -> None:
    user.first_name, user.last_name = name, ""
    user.save(update_fields=["first_name", "last_name"])


def test_a_first_reply_by_reads_as_set_and_a_cleared_value_as_cleared(town):
    boss = client_for(town.supervisor)
    reply_by = (timezone.localdate() + datetime.timedelta(days=6)).isoformat()
    assert urge(boss, town.item, reply_by=reply_by).status_code == 302
    supervision.update_commitment(town.item.pk, town.supervisor, {"co_owners": []})
    log = text_of(section(boss.get(page_url(town.item)).content.decode(), 'id="history"'))
    assert f"回复期限：{reply_by}" in log
    assert "— →" not in log
    assert "配合单位：社会事务办 → —" in log  # a value cleared still says what it was


def test_the_supervisor_is_named_by_name_in_the_pages_notices_and_admin(town, django_user_model):
    _named(town.supervisor, "孙建国")
    _named(town.clerk, "张伟")
    boss = client_for(town.supervisor)
    assert urge(boss, town.item, reply_by="").status_code == 302
    workflow.acknowledge(town.clerk, town.item)
    clerk_page = client_for(town.clerk).get(page_url(town.item)).content.decode()
    head = text_of(section(clerk_page, 'id="summary"'))
    assert "孙建国 于" in head and "duban" not in head
    log = text_of(section(clerk_page, 'id="history"'))
    assert "孙建国" in log and "duban" not in log
    assert "签收人：张伟" in log and "jingji" not in log  # stored as a user name, read as the name
    notice = Notification.objects.filter(kind=NotificationKind.URGE).first()
    assert notice is not None and notice.context["supervisor"] == "孙建国"

    root = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    admin = client_for(root)
    events = admin.get(reverse("admin:commitments_commitmentevent_changelist")).content.decode()
    assert "孙建国" in events and ">duban<" not in events
    urged = CommitmentEvent.objects.get(kind=EventKind.URGED)
    one = admin.get(reverse("admin:commitments_commitmentevent_change", args=[urged.pk]))
    assert "孙建国" in one.content.decode()
    kept = admin.get(reverse("admin:commitments_commitment_history", args=[town.item.pk]))
    assert re.search(r'data-field="actor">\s*孙建国', kept.content.decode())
    # walk16 m6: the commitment's own page named the 签收人 by user name
    change = admin.get(reverse("admin:commitments_commitment_change", args=[town.item.pk]))
    said = change.content.decode()
    assert re.search(r"签收人[:：]?\s*</label>\s*<div class=\"readonly\">张伟</div>", said), said
    assert ">jingji<" not in said


def test_an_account_without_a_name_is_named_by_its_user_name(town):
    boss = client_for(town.supervisor)
    urge(boss, town.item)
    head = text_of(
        section(client_for(town.clerk).get(page_url(town.item)).content.decode(), 'id="summary"')
    )
    assert "duban 于" in head


def test_accounts_are_given_a_name_and_the_demo_names_its_people(db, django_user_model):
    from tests import factories

    factories.department("经济发展办")
    call_command(
        "create_account", "wang", "--role", "supervisor", "--name", "王芳", stdout=io.StringIO()
    )
    assert django_user_model.objects.get(username="wang").get_full_name() == "王芳"
    call_command("demo_accounts", stdout=io.StringIO())
    people = django_user_model.objects.filter(username__in=["supervisor", "admin", "staff01"])
    assert all(user.get_full_name() for user in people) and len(people) == 3


def test_demo_clerks_have_distinct_plain_names():
    """walk16 m9: the 12th demo clerk was "王芳2" (王芳 is staff02), read as a typo."""
    from commitments.management.commands.demo_accounts import staff_name

    names = [staff_name(index) for index in range(1, 221)]
    assert len(set(names)) == len(names)
    assert not any(ch.isdigit() for name in names for ch in name)
    assert staff_name(12) != "王芳2" and staff_name(2) == "王芳"
