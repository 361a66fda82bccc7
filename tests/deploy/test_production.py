"""The production settings as the server runs them, in subprocesses:
``check --deploy`` is clean, and gunicorn with ``deploy/gunicorn.conf.py``
serves collected static files with DEBUG off and answers a plain-HTTP probe."""

from __future__ import annotations

import json
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from tests.deploy.conftest import PYTHON, ROOT, free_port, make_production_env

pytestmark = pytest.mark.slow


def manage(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )


def get(url: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_it_passes_check_deploy(production_env):
    result = manage(production_env, "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("level", ["info", "Warning", "DEBUG"])
def test_it_takes_a_log_level_in_any_case(production_env, level):
    result = manage({**production_env, "LOG_LEVEL": level}, "check")
    assert result.returncode == 0, result.stderr


def test_it_refuses_an_unknown_log_level_by_name(production_env):
    result = manage({**production_env, "LOG_LEVEL": "loud"}, "check")
    assert result.returncode != 0
    assert "LOG_LEVEL='LOUD' must be DEBUG, INFO, WARNING, ERROR or CRITICAL" in result.stderr


@pytest.fixture(scope="module")
def gunicorn(django_db_setup, tmp_path_factory):
    """One gunicorn for the module: collectstatic and start-up take seconds."""
    tmp_path = tmp_path_factory.mktemp("gunicorn")
    production_env = make_production_env(tmp_path)
    collected = manage(production_env, "collectstatic", "--noinput")
    assert collected.returncode == 0, collected.stderr
    port = free_port()
    env = {
        **production_env,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2",
        "GUNICORN_ACCESS_LOG": "-",
        "DEBUG": "false",
        # Lower case, as operators write it: it used to stop the web worker at start.
        "LOG_LEVEL": "info",
    }
    log = (tmp_path / "gunicorn.log").open("w+")
    process = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                get(f"{base}/healthz")
                break
            except OSError:
                time.sleep(0.1)
        yield base, tmp_path / "gunicorn.log"
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def test_it_serves_collected_static_files_without_debug(gunicorn):
    base, _ = gunicorn
    https = {"Host": "tracker.example.gov.cn", "X-Forwarded-Proto": "https"}

    status, headers, body = get(f"{base}/static/admin/css/base.css", **https)
    gzipped = get(f"{base}/static/admin/css/base.css", **https, **{"Accept-Encoding": "gzip"})

    assert status == 200
    assert headers["Content-Type"].startswith("text/css")
    assert b"body" in body
    assert gzipped[1].get("Content-Encoding") == "gzip"


def test_it_answers_healthz_by_ip_over_plain_http_and_logs_json(gunicorn):
    base, log_path = gunicorn

    status, _, body = get(f"{base}/healthz", Host="10.0.0.7")
    api_status, _, _ = get(
        f"{base}/api/v1/commitments/9/",
        Host="tracker.example.gov.cn",
        **{"X-Forwarded-Proto": "https"},
    )

    assert status == 200, body
    assert json.loads(body)["checks"] == {"database": "ok", "broker": "ok"}
    assert api_status in {401, 403, 404, 500}
    time.sleep(0.3)
    lines = [json.loads(line) for line in log_path.read_text().splitlines() if line.strip()]
    [request] = [x for x in lines if x.get("event") == "request" and x["path"].endswith("/9/")]
    assert request["commitment_id"] == 9
    assert request["status"] == api_status
    assert any(x.get("event") == "access" and x["path"] == "/healthz" for x in lines)
