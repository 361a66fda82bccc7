"""Every admin page of the domain opens, in Chinese, for an administrator."""

from __future__ import annotations

import re

import pytest
from django.contrib import admin
from django.urls import reverse

from commitments.choices import Role
from tests import factories

pytestmark = pytest.mark.django_db

DOMAIN_MODELS = [m for m in admin.site._registry if m._meta.app_label == "commitments"]


@pytest.fixture
def admin_client(client):
    owner = factories.department(name="经济发展办公室", is_default=True)
    factories.commitment(owner, co_owners=[factories.department()])
    user = factories.user("root", role=Role.ADMIN)
    user.is_staff = user.is_superuser = True
    user.save()
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", DOMAIN_MODELS, ids=lambda m: m.__name__)
def test_it_lists_each_model(admin_client, model):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    response = admin_client.get(url)
    assert response.status_code == 200
    assert str(model._meta.verbose_name_plural) in response.content.decode()


def test_it_opens_a_commitment_with_its_inlines(admin_client):
    from commitments.models import Commitment

    item = Commitment.objects.get()
    response = admin_client.get(reverse("admin:commitments_commitment_change", args=[item.pk]))
    body = response.content.decode()
    assert response.status_code == 200
    assert "牵头单位" in body and "配合单位" in body and "量化指标" in body


def test_it_speaks_english_when_the_browser_asks(admin_client):
    response = admin_client.get(
        reverse("admin:commitments_commitment_changelist"), HTTP_ACCEPT_LANGUAGE="en"
    )
    assert "Commitments" in response.content.decode()


class TestWidgetsInChinese:
    """Django's zh_Hans JavaScript catalog lacks the filter_horizontal widget's strings;
    the project's (locale/zh_Hans/LC_MESSAGES/djangojs.po) supplies them."""

    def test_every_string_of_the_two_box_selector_reads_chinese(self, admin_client):
        import json
        import re
        from pathlib import Path

        import django

        widget = Path(django.__file__).parent / "contrib/admin/static/admin/js/SelectFilter2.js"
        wanted = set(re.findall(r"gettext\((['\"])(.+?)\1\)", widget.read_text()))
        body = admin_client.get("/admin/jsi18n/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
        catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});\n", body, re.S).group(1))
        missing = [s for _, s in wanted if s.replace("\\'", "'") not in catalog]
        assert not missing
        assert catalog["Choose all %s"] == "全选%s"

    def test_the_commitment_form_loads_the_catalog_before_the_widget(self, admin_client):
        from commitments.models import Commitment

        item = Commitment.objects.get()
        body = admin_client.get(
            reverse("admin:commitments_commitment_change", args=[item.pk])
        ).content.decode()
        assert body.index('src="/admin/jsi18n/"') < body.index("admin/js/SelectFilter2.js")


def test_the_event_list_shows_a_short_time_that_does_not_wrap(admin_client):
    from commitments.choices import EventKind
    from commitments.models import Commitment, CommitmentEvent

    CommitmentEvent.objects.create(commitment=Commitment.objects.get(), kind=EventKind.ACKNOWLEDGED)
    body = admin_client.get(reverse("admin:commitments_commitmentevent_changelist")).content
    html = body.decode()
    assert re.search(r'<td class="field-when">\d{4}-\d\d-\d\d \d\d:\d\d</td>', html)
    assert "commitments/admin.css" in html
