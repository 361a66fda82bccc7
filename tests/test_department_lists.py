"""Department e-mail addresses, aliases and keywords are lists edited one item a
line, each item checked where an administrator types it (issue 19)."""

from __future__ import annotations

import json

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from commitments.choices import Role
from commitments.models import Department
from commitments.services.catalog import CatalogError, load_catalog
from tests import factories

pytestmark = pytest.mark.django_db

LONG_ADDRESS = "a" * 64 + "@" + ".".join(["b" * 60] * 3) + ".example.org"  # > 254


@pytest.fixture
def admin_client(client):
    user = factories.user("root", role=Role.ADMIN)
    user.is_staff = user.is_superuser = True
    user.save()
    client.force_login(user)
    return client


def _form(**overrides) -> dict:
    data = {
        "name": "应急管理办公室",
        "short_name": "应急办",
        "aliases": "应急办\n应急管理办",
        "keywords": "安全生产\n防汛",
        "priority": "0",
        "contact_emails": "yjb@example.org\nduty@example.org",
        "is_active": "on",
    }
    data.update(overrides)
    return data


def _add(admin_client, **overrides):
    return admin_client.post(reverse("admin:commitments_department_add"), _form(**overrides))


def test_it_stores_one_item_a_line_as_lists(admin_client):
    response = _add(admin_client, contact_emails=" yjb@example.org \n\nyjb@example.org\r\nb@x.cn")
    assert response.status_code == 302, response.content.decode()[:2000]
    department = Department.objects.get(name="应急管理办公室")
    assert department.contact_emails == ["yjb@example.org", "b@x.cn"]
    assert department.aliases == ["应急办", "应急管理办"]
    assert department.keywords == ["安全生产", "防汛"]


def test_it_shows_lists_one_item_a_line(admin_client):
    department = factories.department("应急管理办公室")
    Department.objects.filter(pk=department.pk).update(contact_emails=["a@x.cn", "b@x.cn"])
    page = admin_client.get(
        reverse("admin:commitments_department_change", args=[department.pk])
    ).content.decode()
    assert "a@x.cn\nb@x.cn" in page
    assert '["a@x.cn"' not in page  # no JSON to type


@pytest.mark.parametrize(
    ("emails", "fragment"),
    [
        ("not-an-email", "不是有效的邮箱地址"),
        ('["not-an-email"]', "不是有效的邮箱地址"),
        ("ok@example.org\nbad@", "第2项"),
        (LONG_ADDRESS, "超过 254 个字符"),
        ("a@b.cn, c@d.cn", "不是有效的邮箱地址"),
    ],
)
def test_it_refuses_a_bad_address_and_saves_nothing(admin_client, emails, fragment):
    response = _add(admin_client, contact_emails=emails)
    assert response.status_code == 200
    assert fragment in response.content.decode()
    assert not Department.objects.filter(name="应急管理办公室").exists()


def test_it_refuses_an_overlong_alias(admin_client):
    response = _add(admin_client, aliases="长" * 101)
    assert response.status_code == 200
    assert "超过 100 个字符" in response.content.decode()


def test_the_model_refuses_what_is_not_a_list_of_addresses():
    department = factories.department("应急管理办公室")
    for bad in (5, "a@x.cn", [5], ["not-an-email"], [LONG_ADDRESS], [None]):
        department.contact_emails = bad
        with pytest.raises(ValidationError) as error:
            department.full_clean()
        assert "contact_emails" in error.value.message_dict
    department.contact_emails = ["a@x.cn"]
    department.keywords = ["", "防汛"]
    with pytest.raises(ValidationError) as error:
        department.full_clean()
    assert set(error.value.message_dict) == {"keywords"}


def test_the_catalog_loader_refuses_bad_addresses(tmp_path):
    path = tmp_path / "catalog.json"
    catalog = {"departments": [{"name": "甲办", "contact_emails": ["not-an-email"]}]}
    path.write_text(json.dumps(catalog, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogError, match="contact_emails"):
        load_catalog(path)
    catalog["departments"][0]["contact_emails"] = 12
    path.write_text(json.dumps(catalog, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogError, match="列表"):
        load_catalog(path)
    assert not Department.objects.filter(name="甲办").exists()
