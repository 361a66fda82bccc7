"""Every admin page of the domain opens, in Chinese, for an administrator."""

from __future__ import annotations

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
