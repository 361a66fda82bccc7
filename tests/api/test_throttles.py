"""Password guessing: per client address (X-Forwarded-For trusted only from our
proxy), per user name, on the API and the session logins alike; writes per user."""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache
from django.test import Client, RequestFactory, override_settings
from rest_framework.test import APIClient

from commitments.api.throttles import client_address
from commitments.models import ApiToken

TOKEN_URL = "/api/v1/auth/token/"


@pytest.fixture(autouse=True)
def _fresh_counters():
    cache.clear()
    yield
    cache.clear()


def _attempt(username: str, password: str = "wrong", **meta):
    return APIClient().post(
        TOKEN_URL, {"username": username, "password": password}, format="json", **meta
    )


def test_it_ignores_a_forged_forwarded_address_from_a_client(world):
    """60 wrong passwords, each with another forged address: 20 are answered."""
    statuses = [
        _attempt(f"user{n}", HTTP_X_FORWARDED_FOR=f"10.0.{n}.1").status_code for n in range(60)
    ]
    assert statuses[:20] == [401] * 20
    assert set(statuses[20:]) == {429}


def test_it_throttles_per_user_name_whatever_the_address(world):
    statuses = [_attempt("Owner ", REMOTE_ADDR=f"192.0.2.{n}").status_code for n in range(1, 16)]
    assert statuses[:10] == [401] * 10
    assert set(statuses[10:]) == {429}
    response = _attempt("owner", "pw-for-tests-1", REMOTE_ADDR="198.51.100.7")
    assert response.status_code == 429  # the right password waits too
    assert response.json()["code"] == "throttled"
    message = response.json()["message"]
    assert re.fullmatch(r"登录尝试过于频繁，请 \d+ 秒后再试。", message), message
    english = _attempt("owner", "pw-for-tests-1", HTTP_ACCEPT_LANGUAGE="en").json()["message"]
    assert re.fullmatch(r"Too many sign-in attempts; try again in \d+ seconds\.", english), english
    assert not ApiToken.objects.exists()
    assert _attempt("colleague", "pw-for-tests-1", REMOTE_ADDR="192.0.2.1").status_code == 201


@override_settings(TRUSTED_PROXIES=["127.0.0.1", "10.1.0.0/16"])
def test_it_counts_the_address_our_proxy_saw(world):
    """Behind nginx every request comes from 127.0.0.1; the client is the last
    hop nginx appended, whatever the client put in front of it."""
    forged = [
        _attempt(f"u{n}", HTTP_X_FORWARDED_FOR=f"6.6.6.{n}, 203.0.113.9").status_code
        for n in range(21)
    ]
    assert forged[:20] == [401] * 20 and forged[20] == 429
    other_client = _attempt("u99", HTTP_X_FORWARDED_FOR="203.0.113.10")
    assert other_client.status_code == 401  # another real client is not held up


def test_client_address_trusts_only_configured_proxies():
    factory = RequestFactory()

    def address(remote: str, forwarded: str | None = None) -> str:
        meta = {"REMOTE_ADDR": remote}
        if forwarded is not None:
            meta["HTTP_X_FORWARDED_FOR"] = forwarded
        return client_address(factory.post("/", **meta))

    with override_settings(TRUSTED_PROXIES=[]):
        assert address("127.0.0.1", "1.2.3.4") == "127.0.0.1"
    with override_settings(TRUSTED_PROXIES=["127.0.0.1", "::1", "10.0.0.0/8"]):
        assert address("127.0.0.1", "1.2.3.4") == "1.2.3.4"
        assert address("::1", "5.5.5.5, 1.2.3.4") == "1.2.3.4"
        assert address("127.0.0.1", "1.2.3.4, 10.0.0.5") == "1.2.3.4"  # a chain of ours
        assert address("127.0.0.1", "1.2.3.4, not-an-ip") == "127.0.0.1"
        assert address("127.0.0.1") == "127.0.0.1"
        assert address("198.51.100.1", "1.2.3.4") == "198.51.100.1"  # not a proxy of ours


def _session_login(path: str, username: str, password: str = "wrong", **meta):
    return Client().post(path, {"username": username, "password": password}, **meta)


@pytest.mark.parametrize("path", ["/accounts/login/", "/admin/login/"])
def test_session_logins_are_throttled_per_user_name(world, path):
    statuses = [
        _session_login(path, "supervisor", REMOTE_ADDR=f"192.0.2.{n}").status_code
        for n in range(1, 13)
    ]
    assert statuses[:10] == [200] * 10  # the form again, with its error
    assert statuses[10:] == [429, 429]
    refused = _session_login(path, "supervisor", "pw-for-tests-1")
    assert refused.status_code == 429
    assert "登录尝试过于频繁" in refused.content.decode()
    assert "_auth_user_id" not in refused.client.session


def test_session_logins_are_throttled_per_address(world):
    statuses = [
        _session_login("/accounts/login/", f"nobody{n}", HTTP_X_FORWARDED_FOR=f"7.7.7.{n}")
        for n in range(21)
    ]
    assert [r.status_code for r in statuses[:20]] == [200] * 20
    assert statuses[20].status_code == 429


def test_the_api_and_the_session_login_share_their_counters(world):
    for n in range(6):
        assert _attempt("supervisor", REMOTE_ADDR=f"192.0.2.{n}").status_code == 401
    for n in range(4):
        response = _session_login("/accounts/login/", "supervisor", REMOTE_ADDR=f"192.0.3.{n}")
        assert response.status_code == 200
    assert _session_login("/accounts/login/", "supervisor").status_code == 429


def test_a_throttled_session_login_still_signs_in_others(world):
    for n in range(11):
        _session_login("/accounts/login/", "supervisor", REMOTE_ADDR=f"192.0.2.{n}")
    response = _session_login(
        "/accounts/login/", "global_supervisor", "pw-for-tests-1", REMOTE_ADDR="192.0.2.200"
    )
    assert response.status_code == 302


def test_an_unreachable_counter_cache_lets_requests_through(world, caplog):
    """Redis down (a relay's maintenance): password checks and reports still answer,
    uncounted, with an ERROR in the log, instead of a 500 for everyone."""
    closed = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
        }
    }
    with override_settings(CACHES=closed):
        assert _attempt("supervisor").status_code == 401
    assert "throttle counters unavailable" in caplog.text


def test_a_throttled_write_says_when_to_try_again_in_one_sentence(world, api, monkeypatch):
    from commitments.api.throttles import WriteRateThrottle

    monkeypatch.setattr(WriteRateThrottle, "rate", "1/min", raising=False)
    client = api("owner")
    url = f"/api/v1/commitments/{world.item.pk}/acknowledge/"
    client.post(url, format="json")
    refused = client.post(url, format="json")
    assert refused.status_code == 429
    message = refused.json()["message"]
    assert re.fullmatch(r"请求过于频繁，请 \d+ 秒后再试。", message), message
    english = client.post(url, format="json", HTTP_ACCEPT_LANGUAGE="en").json()["message"]
    assert re.fullmatch(r"Too many requests; try again in \d+ seconds\.", english), english
