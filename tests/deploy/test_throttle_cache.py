"""Throttle counters live in a cache every web worker shares: two processes
(as gunicorn's workers are) together accept no more than the limit."""

from __future__ import annotations

import json
import subprocess
import uuid

from tests.deploy.conftest import PYTHON, ROOT

SHOW_CACHE = (
    "import django; django.setup(); from django.conf import settings; "
    "print(settings.CACHES['default']['BACKEND'])"
)

# One gunicorn worker's share of a burst of password attempts from one address.
ATTEMPTS = """
import django, json, sys
django.setup()
from django.test import RequestFactory
from commitments.api.throttles import ClientAddressThrottle
request = RequestFactory().post("/api/v1/auth/token/", REMOTE_ADDR=sys.argv[1])
print(json.dumps(sum(ClientAddressThrottle().allow_request(request, None) for _ in range(15))))
"""


def _settings(env: dict[str, str], **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PYTHON, "-c", SHOW_CACHE],
        cwd=ROOT,
        env={**env, **extra},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_counts_in_redis(production_env):
    broker = _settings(production_env, CELERY_BROKER_URL="redis://127.0.0.1:6379/0")
    assert broker.stdout.strip() == "django.core.cache.backends.redis.RedisCache", broker.stderr
    explicit = _settings(production_env, CACHE_URL="redis://10.0.0.5:6379/1")
    assert explicit.stdout.strip() == "django.core.cache.backends.redis.RedisCache"
    one_machine = _settings(production_env)  # filesystem broker: no Redis at all
    assert one_machine.stdout.strip() == "django.core.cache.backends.filebased.FileBasedCache"
    wrong = _settings(production_env, CACHE_URL="memcached://x")
    assert wrong.returncode != 0 and "CACHE_URL" in wrong.stderr


def test_two_workers_share_one_limit(production_env, redis_url):
    env = {**production_env, "CACHE_URL": redis_url, "THROTTLE_TOKEN": "20/min"}
    address = f"198.18.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"
    workers = [
        subprocess.Popen(
            [PYTHON, "-c", ATTEMPTS, address],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    allowed = []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        allowed.append(json.loads(out))
    assert sum(allowed) == 20, allowed  # 30 attempts in two processes, 20 allowed
