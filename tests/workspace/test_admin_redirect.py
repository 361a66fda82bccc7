"""Supervisors who open /admin/ (an old bookmark, an old e-mail) never see a 403."""

from __future__ import annotations

from commitments.choices import Role
from tests import factories
from tests.workspace.conftest import client_for


def test_a_supervisor_opening_the_admin_lands_on_the_queue_with_a_note(town):
    client = client_for(town.supervisor)
    for path in ("/admin/", f"/admin/commitments/commitment/{town.item.pk}/change/"):
        response = client.get(path)
        assert response.status_code == 302 and response["Location"] == "/workspace/queue/"
    page = client.get("/admin/", follow=True)
    assert page.status_code == 200
    assert "管理后台仅供系统管理员使用" in page.content.decode()


def test_staff_land_on_their_list(town):
    response = client_for(town.clerk).get("/admin/")
    assert response.status_code == 302 and response["Location"] == "/workspace/"


def test_administrators_keep_the_admin(town):
    admin = factories.user("guanli", role=Role.ADMIN)
    admin.is_staff = admin.is_superuser = True
    admin.save()
    assert client_for(admin).get("/admin/").status_code == 200
    assert (
        client_for(admin).get(f"/admin/commitments/commitment/{town.item.pk}/change/").status_code
        == 200
    )
