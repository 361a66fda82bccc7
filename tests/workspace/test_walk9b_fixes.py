"""Walk 9 (second fix round): "/" had no page, so the admin's 查看站点 link was a 404."""

from __future__ import annotations

import re

from django.test import Client

from commitments.choices import Role
from tests import factories
from tests.workspace.conftest import client_for


def site_link(admin_page: str) -> str:
    """The href of the admin header's 查看站点 / View site link."""
    match = re.search(r'<a href="([^"]+)">(?:查看站点|View site)</a>', admin_page)
    assert match, "the admin header has no 查看站点 link"
    return match.group(1)


class TestTheSiteRoot:
    def test_slash_sends_an_anonymous_user_through_the_workspace_to_the_login_page(self, db):
        response = Client().get("/")
        assert response.status_code == 302 and response["Location"] == "/workspace/"
        landed = Client().get("/", follow=True)
        assert landed.status_code == 200
        assert landed.redirect_chain[-1][0].startswith("/accounts/login/")

    def test_slash_sends_a_clerk_to_their_list(self, town):
        landed = client_for(town.clerk).get("/", follow=True)
        assert landed.status_code == 200
        assert landed.request["PATH_INFO"] == "/workspace/"

    def test_the_admins_view_site_link_opens_a_page(self, town):
        admin = factories.user("guanli", role=Role.ADMIN)
        admin.is_staff = admin.is_superuser = True
        admin.save()
        client = client_for(admin)
        link = site_link(client.get("/admin/").content.decode())
        assert link == "/workspace/"
        assert client.get(link).status_code == 200
