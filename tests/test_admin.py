"""Every admin page of the domain opens, in Chinese, for an administrator."""

from __future__ import annotations

import re

import pytest
from django.contrib import admin
from django.urls import reverse

from commitments.choices import Role
from tests import factories
from tests.support.language import in_language

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
    response = in_language(admin_client, "en").get(
        reverse("admin:commitments_commitment_changelist")
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
        body = in_language(admin_client, "zh-hans").get("/admin/jsi18n/").content.decode()
        catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});\n", body, re.S).group(1))
        missing = [s for _, s in wanted if s.replace("\\'", "'") not in catalog]
        assert not missing
        assert catalog["Choose all %s"] == "全选%s"
        # Django's own "可用 %s" read 可用 配合单位, a stray space (walk 7); 可选 beside 已选
        # (walk 9: 可选督办单位 / 已选督办单位)
        assert catalog["Available %s"] == "可选%s" and catalog["Chosen %s"] == "已选%s"

    def test_the_supervised_departments_widget_names_its_field_in_either_language(
        self, admin_client
    ):
        from commitments.models import Membership

        membership = (
            Membership.objects.filter(role="supervisor").first() or Membership.objects.first()
        )
        url = reverse("admin:commitments_membership_change", args=[membership.pk])
        english = in_language(admin_client, "en").get(url).content.decode()
        assert 'data-field-name="supervised departments"' in english  # Available supervised …
        assert "Supervised departments" in english  # its label, capitalised
        chinese = in_language(admin_client, "zh-hans").get(url).content.decode()
        assert 'data-field-name="督办单位"' in chinese

    def test_the_co_owner_widget_names_its_field_in_lower_case_in_english(self, admin_client):
        from commitments.models import Commitment

        item = Commitment.objects.get()
        url = reverse("admin:commitments_commitment_change", args=[item.pk])
        english = in_language(admin_client, "en").get(url).content.decode()
        assert 'data-field-name="co-owner departments"' in english  # Available co-owner …
        chinese = in_language(admin_client, "zh-hans").get(url).content.decode()
        assert 'data-field-name="配合单位"' in chinese

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


class TestWalk3:
    """The admin as the fresh tester of walk 3 met it."""

    def _events(self):
        from datetime import timedelta

        from django.utils import timezone

        from commitments.choices import EventKind
        from commitments.models import Commitment, CommitmentEvent

        item = Commitment.objects.get()
        old = CommitmentEvent.objects.create(
            commitment=item, kind=EventKind.ACKNOWLEDGED, note="最早的签收"
        )
        CommitmentEvent.objects.filter(pk=old.pk).update(
            created_at=timezone.now() - timedelta(days=3)
        )
        CommitmentEvent.objects.create(commitment=item, kind=EventKind.REPORTED, note="最新的报送")
        return item

    def test_it_shows_a_commitments_events_on_its_history_page(self, admin_client):
        item = self._events()
        url = reverse("admin:commitments_commitment_history", args=[item.pk])
        html = admin_client.get(url).content.decode()
        assert "没有修改历史" not in html
        assert html.index("最新的报送") < html.index("最早的签收")
        assert f"?commitment__id__exact={item.pk}" in html

    def test_the_event_list_reads_newest_first_and_filters_by_commitment(self, admin_client):
        item = self._events()
        url = reverse("admin:commitments_commitmentevent_changelist")
        response = admin_client.get(f"{url}?commitment__id__exact={item.pk}")
        assert response.status_code == 200
        html = response.content.decode()
        assert html.index("签收") > html.index("进度报送")

    @pytest.mark.parametrize(
        ("language", "name"),
        [("zh-hans", "承诺事项督办台账 · 管理后台"), ("en", "Commitment tracker admin")],
    )
    def test_it_carries_the_products_name(self, admin_client, language, name):
        html = in_language(admin_client, language).get(reverse("admin:index")).content.decode()
        assert name in html and "Django" not in html.split("<body")[1].split("</header>")[0]

    def test_the_department_filter_in_english_translates_the_chinese(self, admin_client):
        url = reverse("admin:commitments_department_changelist")
        english = in_language(admin_client, "en").get(url).content.decode()
        assert "By Needs review" in english and "Proposed" not in english
        assert "待确认" in in_language(admin_client, "zh-hans").get(url).content.decode()

    def test_the_plan_list_shows_a_short_import_time(self, admin_client):
        html = admin_client.get(reverse("admin:commitments_plan_changelist")).content.decode()
        assert re.search(r'<td class="field-imported">\d{4}-\d\d-\d\d \d\d:\d\d</td>', html)
