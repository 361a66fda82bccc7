"""Tokens: issued for a password, stored hashed, revocable, throttled; /me/."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.utils import timezone
from rest_framework.test import APIClient

from commitments import access
from commitments.api.authentication import HashedTokenAuthentication
from commitments.models import ApiToken, hash_token

TOKEN_URL = "/api/v1/auth/token/"


def _token(username: str, password: str = "pw-for-tests-1", **extra):
    return APIClient(**extra).post(
        TOKEN_URL, {"username": username, "password": password}, format="json"
    )


def test_it_issues_a_hashed_token_that_works(world):
    response = _token("owner")
    assert response.status_code == 201
    raw = response.data["token"]
    stored = ApiToken.objects.get(user=world.user("owner"))
    assert stored.key_hash == hash_token(raw) and raw not in stored.key_hash
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {raw}")
    assert client.get("/api/v1/me/").data["username"] == "owner"


def test_it_refuses_a_wrong_password(world):
    response = _token("owner", "wrong")
    assert response.status_code == 401
    assert response.data["code"] == "authentication_failed"
    assert response.data["message"] == "用户名或密码错误"
    assert not ApiToken.objects.exists()


def test_it_refuses_a_wrong_password_in_english_too(world):
    response = _token("owner", "", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert response.data["errors"]["password"] == ["This field may not be blank."]


def test_it_revokes_the_token_used(world):
    raw = _token("owner").data["token"]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {raw}")
    assert client.delete(TOKEN_URL).status_code == 204
    response = client.get("/api/v1/me/")
    assert response.status_code == 401
    assert response.data["code"] == "authentication_failed"


def test_it_throttles_token_requests(world):
    statuses = [_token(f"user{n}", "wrong").status_code for n in range(21)]
    assert statuses[:20] == [401] * 20
    assert statuses[20] == 429
    throttled = _token("owner")
    assert throttled.data["code"] == "throttled"


def test_it_tells_staff_who_they_are(world, api):
    data = api("owner").get("/api/v1/me/").data
    assert data["role"] == "staff"
    assert data["department"]["name"] == "牵头局"
    assert data["supervised_departments"] == [] and data["supervises_all"] is False


def test_it_tells_supervisors_what_they_oversee(world, api):
    scoped = api("supervisor").get("/api/v1/me/").data
    assert scoped["role"] == "supervisor" and scoped["department"] is None
    assert [d["name"] for d in scoped["supervised_departments"]] == ["牵头局"]
    everything = api("global_supervisor").get("/api/v1/me/").data
    assert everything["supervises_all"] is True
    assert api("admin").get("/api/v1/me/").data["role"] == "admin"


def test_it_lists_departments(world, api):
    response = api("owner").get("/api/v1/departments/")
    assert response.status_code == 200
    assert {"牵头局", "配合局", "无关局"} <= {d["name"] for d in response.data["results"]}


def test_it_reads_the_token_its_user_and_role_in_one_query(world, django_assert_num_queries):
    # A fresh token: the coarse last_used_at update is then part of the request too.
    _row, raw = ApiToken.issue(world.user("owner"), name="tests")
    ApiToken.objects.filter(key_hash=hash_token(raw)).update(last_used_at=timezone.now())
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {raw}")
    # The token with its user and membership, then the department for /me/'s body:
    # no query of its own for the role that every permission check reads.
    with django_assert_num_queries(2):
        data = client.get("/api/v1/me/").data
    assert data["role"] == "staff" and data["department"]["name"] == "牵头局"


def test_a_supervisors_departments_come_with_the_token(world, django_assert_num_queries):
    # The departments a supervisor oversees are read in the token's own query: a
    # report's permission check needs no query of its own.
    _row, raw = ApiToken.issue(world.user("supervisor"), name="tests")
    ApiToken.objects.filter(key_hash=hash_token(raw)).update(last_used_at=timezone.now())
    with django_assert_num_queries(1):
        user, _token = HashedTokenAuthentication().authenticate_credentials(raw)
        assert access.supervised_department_ids(user) == {world.lead.pk}
    # The same membership's departments written: read again, not the token's.
    user.membership.supervised_departments.set([world.lead, world.other])
    assert access.supervised_department_ids(user) == {world.lead.pk, world.other.pk}
    # None listed: every department.
    _row, everything = ApiToken.issue(world.user("global_supervisor"), name="tests")
    user, _token = HashedTokenAuthentication().authenticate_credentials(everything)
    assert access.supervised_department_ids(user) is None
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {raw}")
    assert client.get("/api/v1/reports/summary/").status_code == 200
    # A revoked token is refused, as before.
    ApiToken.objects.filter(key_hash=hash_token(raw)).update(revoked_at=timezone.now())
    assert client.get("/api/v1/reports/summary/").status_code == 401


def test_it_knows_a_token_user_without_a_role(db):
    someone = User.objects.create_user("nobody", password="pw-for-tests-1")
    _row, raw = ApiToken.issue(someone, name="tests")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {raw}")
    assert client.get("/api/v1/reports/summary/").status_code == 403


def test_a_bearer_header_is_told_to_use_the_token_scheme(world):
    raw = _token("owner").data["token"]
    for scheme in ("Bearer", "bearer", "Basic"):
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"{scheme} {raw}")
        response = client.get("/api/v1/me/")
        assert response.status_code == 401
        assert response.json() == {
            "code": "authentication_failed",
            "message": "请使用 Token 认证方式：Authorization: Token <令牌>",
            "errors": {},
        }
        assert response["WWW-Authenticate"] == "Token"
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {raw}", HTTP_ACCEPT_LANGUAGE="en")
    assert client.get("/api/v1/me/").json()["message"] == (
        "Use the Token scheme: Authorization: Token <token>"
    )
