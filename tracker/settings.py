"""Settings for the commitment tracker.

Everything that differs between a laptop and production comes from the
environment (see ``deploy/env.example`` for the full list). The defaults are
safe for local use: SQLite and an embedded Celery broker under ``var/``,
e-mails written to ``var/mail/``. ``DJANGO_ENV=production`` switches on the
hardening that ``manage.py check --deploy`` asks for and refuses to start
without a real ``SECRET_KEY``.
"""

from __future__ import annotations

import re
from ipaddress import ip_network
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import dj_database_url
from django.utils.translation import gettext_lazy as _

from tracker.env import (
    ConfigError,
    env_bool,
    env_float,
    env_int,
    env_list,
    env_str,
    parse_email_url,
)

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("TRACKER_VAR_DIR", str(BASE_DIR / "var")))

ENVIRONMENT = env_str("DJANGO_ENV", "development")
PRODUCTION = ENVIRONMENT == "production"

DEBUG = env_bool("DEBUG", not PRODUCTION)
_DEV_SECRET = "dev-only-insecure-key-do-not-use-in-production-0123456789abcdef"
SECRET_KEY = env_str("SECRET_KEY", "" if PRODUCTION else _DEV_SECRET)
if PRODUCTION and (not SECRET_KEY or SECRET_KEY == _DEV_SECRET or len(SECRET_KEY) < 50):
    raise ConfigError("DJANGO_ENV=production needs a random SECRET_KEY of 50+ characters")

ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "[::1]", "testserver"]
)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
# A refused form (signed in again in another tab) says the page expired, in the site's frame.
CSRF_FAILURE_VIEW = "tracker.errors.csrf_failure"
# Public address used in e-mail links (no trailing slash).
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "commitments",
    "reports",
    "workspace",
]

MIDDLEWARE = [
    # One structured log line per request; first, so it times the whole stack.
    "tracker.logging.RequestLogMiddleware",
    # /healthz answers here: before the HTTPS redirect and the ALLOWED_HOSTS
    # check, which a load balancer probing by IP over plain HTTP would fail.
    "tracker.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Chinese unless the user chose (?lang=, the switcher's cookie); never Accept-Language
    # on pages (tracker.language).
    "tracker.language.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # /admin/ is for administrators; supervisors and staff land on the workspace.
    "workspace.middleware.AdminForAdministrators",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "tracker.urls"
WSGI_APPLICATION = "tracker.wsgi.application"
ASGI_APPLICATION = "tracker.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'tracker.sqlite3'}")
# The local defaults keep their files under var/; make sure it exists.
VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60), conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several processes (web, worker, beat) share the file in the local run.
    DATABASES["default"]["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE"}
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # The reports' (department, period) index carries the commitment on PostgreSQL
    # (INCLUDE); SQLite keeps the plain index, as intended: no warning on every command.
    SILENCED_SYSTEM_CHECKS = ["models.W040"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Language and time ------------------------------------------------------
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", _("简体中文")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

# --- Static files -----------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
if not env_str("STATIC_ROOT"):
    # Until collectstatic fills it, whitenoise warns on every start without it.
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STORAGES: dict[str, dict[str, Any]] = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# --- Evidence files (SPEC §4b) -----------------------------------------------
# Stored through the storage API: under MEDIA_ROOT locally, in an S3-compatible
# bucket (MinIO, OSS, COS, S3) when S3_BUCKET is set. Downloads always go through
# the app (/workspace/files/<id>/), which checks who may read the commitment.
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
EVIDENCE_MAX_BYTES = env_int("EVIDENCE_MAX_BYTES", 10 * 1024 * 1024)
EVIDENCE_MAX_FILES = env_int("EVIDENCE_MAX_FILES", 10)
S3_BUCKET = env_str("S3_BUCKET", "")
if S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": env_str("S3_ENDPOINT_URL", "") or None,
            "access_key": env_str("S3_ACCESS_KEY", ""),
            "secret_key": env_str("S3_SECRET_KEY", ""),
            "region_name": env_str("S3_REGION", "") or None,
            "addressing_style": env_str("S3_ADDRESSING_STYLE", "path"),
            "default_acl": None,
            "file_overwrite": False,
            "querystring_auth": True,
        },
    }

LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/workspace/"
LOGOUT_REDIRECT_URL = "/accounts/login/"

# Largest JSON body or form without files; evidence and plan uploads have
# their own limits (commitments/uploads.py).
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 5 * 1024 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = DATA_UPLOAD_MAX_MEMORY_SIZE

# --- E-mail -----------------------------------------------------------------
EMAIL_BACKEND = "tracker.mailfiles.EmailBackend"  # one .eml file per message
EMAIL_FILE_PATH = str(VAR_DIR / "mail")
EMAIL_HOST = env_str("EMAIL_HOST", "127.0.0.1")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
if env_str("EMAIL_BACKEND"):
    EMAIL_BACKEND = env_str("EMAIL_BACKEND")
if env_str("EMAIL_URL"):
    globals().update(parse_email_url(env_str("EMAIL_URL")))
elif PRODUCTION and not env_str("EMAIL_BACKEND"):
    # Reminders written to files on a server would be lost without a trace.
    raise ConfigError("DJANGO_ENV=production needs EMAIL_URL (e.g. smtp+tls://user:pass@host:587)")
# A hung SMTP server must not hold a worker forever; retries pick it up later.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
# Reminders and digests are written in one language (the default: Chinese).
EMAIL_LANGUAGE = env_str("EMAIL_LANGUAGE", "zh-hans")
if EMAIL_LANGUAGE not in dict(LANGUAGES):
    raise ConfigError(f"EMAIL_LANGUAGE must be one of {', '.join(dict(LANGUAGES))}")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "督办系统 <duban@localhost>")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# --- Celery -----------------------------------------------------------------
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "filesystem://")
# How long the broker waits for an ack before it hands a task to another
# worker (Redis). Every countdown and retry delay must stay below it.
CELERY_VISIBILITY_TIMEOUT = env_int("CELERY_VISIBILITY_TIMEOUT", 3600)
if CELERY_BROKER_URL.startswith("filesystem://"):
    _broker_dir = VAR_DIR / "broker"
    CELERY_BROKER_TRANSPORT_OPTIONS: dict[str, object] = {
        "data_folder_in": str(_broker_dir / "queue"),
        "data_folder_out": str(_broker_dir / "queue"),
        "processed_folder": str(_broker_dir / "processed"),
        "control_folder": str(_broker_dir / "control"),  # else kombu writes ./control/
        "store_processed": False,
    }
    # kombu does not create them, and the worker of the local run stops without them.
    for _folder in ("queue", "processed", "control"):
        (_broker_dir / _folder).mkdir(parents=True, exist_ok=True)
else:
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_VISIBILITY_TIMEOUT}
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_TASK_DEFAULT_QUEUE", "celery")
# JSON only: tasks carry ids and ISO times, never pickled objects.
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TIMEZONE = TIME_ZONE
CELERY_ENABLE_UTC = True
# A task is acknowledged after it ran, and given back if its worker dies, so a
# killed worker loses nothing; each worker reserves one task at a time, so a
# death strands at most what it was running. (Tasks are idempotent: they
# claim their row before sending.)
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = True
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Outcomes live in the database (Notification rows), not in a result backend.
CELERY_TASK_IGNORE_RESULT = True
# Celery's Django fix-up closes every database connection before and after each
# task unless this many tasks may share one; then the worker closes them as Django
# does between requests (``tracker.celery``: after DB_CONN_MAX_AGE, or when broken).
# A fresh PostgreSQL backend cost each task ~15 ms of CPU more (bench/, 13th round).
CELERY_DB_REUSE_MAX = 1000

# --- Reminder policy (defaults; a plan can override in admin) -------------
REMINDER_SWEEP_MINUTES = env_int("REMINDER_SWEEP_MINUTES", 15)
REMINDER_SEND_HOUR = env_int("REMINDER_SEND_HOUR", 9)
REPORT_DUE_DAY = env_int("REPORT_DUE_DAY", 25)
REPORT_REMIND_DAYS_BEFORE = env_int("REPORT_REMIND_DAYS_BEFORE", 3)
DEADLINE_REMINDER_DAYS = [int(d) for d in env_list("DEADLINE_REMINDER_DAYS", ["14", "7", "3", "1"])]
ESCALATION_DAYS = env_int("ESCALATION_DAYS", 7)
REVIEW_WAIT_WORKING_DAYS = env_int("REVIEW_WAIT_WORKING_DAYS", 3)
# Yellow light when progress trails the time-elapsed share by more than this.
PROGRESS_MARGIN_PERCENT = env_float("PROGRESS_MARGIN_PERCENT", 10.0)
# Departments (or supervisors) per sweep chunk; each chunk is one task any worker can take.
REMINDER_CHUNK_SIZE = env_int("REMINDER_CHUNK_SIZE", 50)
# ...and about this many commitments (those its departments own, or its supervisors
# oversee): what a chunk's time and memory follow. A heavier department is alone.
REMINDER_CHUNK_COMMITMENTS = env_int("REMINDER_CHUNK_COMMITMENTS", 20000)
# A row left in "sending" longer than this was lost with its worker; the next
# sweep sends it again. Longer than any SMTP conversation (EMAIL_TIMEOUT per step).
REMINDER_SEND_LEASE_SECONDS = env_int("REMINDER_SEND_LEASE_SECONDS", max(120, 10 * EMAIL_TIMEOUT))
# Transient failures (SMTP 4xx, refused connections, timeouts, robots' 5xx and
# rate-limit codes): exponential backoff with jitter; after the quick retries a
# row stays pending for the next sweep, for as long as it is worth sending (until
# the next working day's messages supersede it), whatever the number of attempts.
REMINDER_RETRY_BASE_SECONDS = env_float("REMINDER_RETRY_BASE_SECONDS", 30.0)
REMINDER_RETRY_MAX_SECONDS = env_float("REMINDER_RETRY_MAX_SECONDS", 900.0)
REMINDER_SEND_RETRIES = env_int("REMINDER_SEND_RETRIES", 6)
# A backlog whose oldest pending message is older than this is "stuck": an ERROR
# in the log and in /healthz details.
REMINDER_STUCK_MINUTES = env_int("REMINDER_STUCK_MINUTES", 60)
# Most items one section of a message lists (the worst first); the rest are
# counted and linked, so a message stays short whatever the size of the ledger.
REMINDER_LIST_ITEMS = env_int("REMINDER_LIST_ITEMS", 10)
# Group robots (WeCom, DingTalk): HTTP timeout, and posts per minute per webhook
# (both robots allow 20; a token bucket in the database keeps under it).
ROBOT_TIMEOUT = env_float("ROBOT_TIMEOUT", 10.0)
ROBOT_RATE_PER_MINUTE = env_int("ROBOT_RATE_PER_MINUTE", 20)
# Key that encrypts robot webhooks and secrets at rest (default: from SECRET_KEY).
CHANNEL_SECRET_KEY = env_str("CHANNEL_SECRET_KEY", "")
# The public promise meter (SPEC §4c) is rebuilt from the ledger at most this often.
PUBLIC_CACHE_SECONDS = env_int("PUBLIC_CACHE_SECONDS", 300)
# PostgreSQL work_mem for the whole-ledger report reads (ledger, overdue list,
# roll-ups), set per transaction: their groupings spill to disk at 4 MB.
REPORT_WORK_MEM = env_str("REPORT_WORK_MEM", "64MB")
if not re.fullmatch(r"\d+(kB|MB|GB)", REPORT_WORK_MEM):
    raise ConfigError(f"REPORT_WORK_MEM={REPORT_WORK_MEM!r} must be like 64MB")
# Right-hand side of the stable Message-ID of every reminder.
REMINDER_MESSAGE_ID_DOMAIN = env_str(
    "REMINDER_MESSAGE_ID_DOMAIN", urlparse(SITE_URL).hostname or "localhost"
)
if PUBLIC_CACHE_SECONDS < 0:
    raise ConfigError("PUBLIC_CACHE_SECONDS must be 0 (no caching) or more")
if REMINDER_LIST_ITEMS < 1:
    raise ConfigError("REMINDER_LIST_ITEMS must be 1 or more")
if ROBOT_RATE_PER_MINUTE < 2:
    raise ConfigError("ROBOT_RATE_PER_MINUTE must be 2 or more")
if REMINDER_SWEEP_MINUTES < 0:
    raise ConfigError("REMINDER_SWEEP_MINUTES must be 0 (no beat sweep) or more")
if REMINDER_RETRY_MAX_SECONDS >= CELERY_VISIBILITY_TIMEOUT:
    # The broker would hand a delayed retry to a second worker: a duplicate.
    raise ConfigError("REMINDER_RETRY_MAX_SECONDS must stay below CELERY_VISIBILITY_TIMEOUT")

# --- Background exports (reports.export_jobs) ---------------------------------
# A finished export's file is kept this long, then deleted (the job stays, "expired").
EXPORT_RETENTION_HOURS = env_int("EXPORT_RETENTION_HOURS", 24)
# Beat deletes expired export files and re-queues exports a lost worker left this often.
EXPORT_SWEEP_MINUTES = env_int("EXPORT_SWEEP_MINUTES", 15)
if EXPORT_RETENTION_HOURS < 1:
    raise ConfigError("EXPORT_RETENTION_HOURS must be 1 or more")
if EXPORT_SWEEP_MINUTES < 0:
    raise ConfigError("EXPORT_SWEEP_MINUTES must be 0 (no beat sweep) or more")

# --- Department merges (commitments.services.merge_jobs) ------------------------------
# Seconds a workflow step (a report, 签收, a request) waits for any lock another transaction
# holds — the pledge, or a unit's row (a merge holds every pledge it moves and both units
# for minutes) — before it answers 409 commitment_busy (workflow.step_transaction: each
# wait; a step waits on few); PostgreSQL only. Well below the proxy's 35 s (deploy/nginx).
COMMITMENT_LOCK_TIMEOUT = env_float("COMMITMENT_LOCK_TIMEOUT", 3.0)
if not 0 < COMMITMENT_LOCK_TIMEOUT < 30:
    raise ConfigError("COMMITMENT_LOCK_TIMEOUT must be more than 0 and less than 30 seconds")
# Beat queues again the merges a lost worker left (or fails them after three tries) this often.
MERGE_SWEEP_MINUTES = env_int("MERGE_SWEEP_MINUTES", 5)
if MERGE_SWEEP_MINUTES < 0:
    raise ConfigError("MERGE_SWEEP_MINUTES must be 0 (no beat sweep) or more")

# --- Kept roll-ups (reports.kept_rollups) -----------------------------------------
# Beat folds the summary groups that writes moved into the kept counts this often (and
# rebuilds them on the first run of a day). The summary is exact either way: moved groups
# are counted live until folded; a longer interval only makes busy summaries slower.
ROLLUP_REFRESH_SECONDS = env_int("ROLLUP_REFRESH_SECONDS", 60)
if ROLLUP_REFRESH_SECONDS < 0:
    raise ConfigError("ROLLUP_REFRESH_SECONDS must be 0 (no beat refresh) or more")

# The beat schedule: one table, each entry from the environment (0 disables it).
CELERY_BEAT_SCHEDULE: dict[str, dict[str, object]] = {}
if REMINDER_SWEEP_MINUTES:
    CELERY_BEAT_SCHEDULE["reminders-sweep"] = {
        "task": "reminders.sweep",
        "schedule": REMINDER_SWEEP_MINUTES * 60.0,
        # A sweep still queued when the next is due is stale; the next one covers it.
        "options": {"expires": REMINDER_SWEEP_MINUTES * 60.0},
    }
if ROLLUP_REFRESH_SECONDS and "postgresql" in DATABASES["default"]["ENGINE"]:
    # Elsewhere (SQLite in local runs) nothing is kept: every summary is counted live.
    CELERY_BEAT_SCHEDULE["rollups-refresh"] = {
        "task": "reports.refresh_rollups",
        "schedule": float(ROLLUP_REFRESH_SECONDS),
        "options": {"expires": float(ROLLUP_REFRESH_SECONDS)},
    }
if EXPORT_SWEEP_MINUTES:
    CELERY_BEAT_SCHEDULE["exports-sweep"] = {
        "task": "reports.sweep_exports",
        "schedule": EXPORT_SWEEP_MINUTES * 60.0,
        "options": {"expires": EXPORT_SWEEP_MINUTES * 60.0},
    }
if MERGE_SWEEP_MINUTES:
    CELERY_BEAT_SCHEDULE["merges-sweep"] = {
        "task": "commitments.sweep_merges",
        "schedule": MERGE_SWEEP_MINUTES * 60.0,
        "options": {"expires": MERGE_SWEEP_MINUTES * 60.0},
    }

# --- Cache (throttle counters) --------------------------------------------------
# Shared by every web worker, or the throttles count per process. redis://… in
# production (default: the Celery broker's Redis when it is one); file://PATH
# for one machine without Redis; locmem:// only for a single-process local run.
CACHE_URL = env_str(
    "CACHE_URL",
    CELERY_BROKER_URL
    if CELERY_BROKER_URL.startswith(("redis://", "rediss://"))
    else (f"file://{VAR_DIR / 'cache'}" if PRODUCTION else "locmem://"),
)
if CACHE_URL.startswith(("redis://", "rediss://")):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": "tracker",
        }
    }
elif CACHE_URL.startswith("file://"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": CACHE_URL.removeprefix("file://"),
        }
    }
elif CACHE_URL == "locmem://":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    raise ConfigError(
        f"CACHE_URL={CACHE_URL!r} must be redis://…, rediss://…, file://… or locmem://"
    )

# Addresses (or networks) of the reverse proxies in front of the application
# (deploy/nginx): only a request from one of them may name the client in
# X-Forwarded-For. Used by the login and write throttles.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", ["127.0.0.1", "::1"] if PRODUCTION else [])
for _proxy in TRUSTED_PROXIES:
    try:
        ip_network(_proxy, strict=False)
    except ValueError:
        raise ConfigError(f"TRUSTED_PROXIES: {_proxy!r} is not an IP address or network") from None

# --- REST framework ---------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "commitments.api.authentication.HashedTokenAuthentication",
        "commitments.api.authentication.CsrfSessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    # DRF's JSON, written by orjson (commitments.api.renderers).
    "DEFAULT_RENDERER_CLASSES": [
        "commitments.api.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.SearchFilter",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "commitments.api.pagination.StandardPagination",
    "PAGE_SIZE": env_int("API_PAGE_SIZE", 50),
    "DEFAULT_SCHEMA_CLASS": "commitments.api.schema.ApiAutoSchema",
    # One error shape everywhere: {"code", "message", "errors"}.
    "EXCEPTION_HANDLER": "commitments.api.errors.api_exception_handler",
    # Same parsers as DRF's, but bodies over DATA_UPLOAD_MAX_MEMORY_SIZE get a 413.
    "DEFAULT_PARSER_CLASSES": [
        "commitments.api.parsers.JSONParser",
        "commitments.api.parsers.FormParser",
        "commitments.api.parsers.MultiPartParser",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "token": env_str("THROTTLE_TOKEN", "20/min"),
        "token_user": env_str("THROTTLE_LOGIN_USER", "10/min"),
        "writes": env_str("THROTTLE_WRITES", "120/min"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "承诺事项督办台账 API",
    "DESCRIPTION": "承诺事项督办台账：工作计划、承诺事项、进度报送、督办流程与统计报表。"
    "认证：Authorization: Token <令牌>（POST /api/v1/auth/token/ 获取）。"
    "错误一律为 JSON {code, message, errors}；Accept-Language: en 返回英文。",
    "TAGS": [
        {"name": "accounts", "description": "令牌与当前用户"},
        {"name": "commitments", "description": "承诺事项与进度报送"},
        {"name": "workflow", "description": "签收、延期申请、办结申请与审核"},
        {"name": "attachments", "description": "佐证材料文件"},
        {"name": "plans", "description": "工作计划与导入"},
        {"name": "departments", "description": "责任单位"},
        {"name": "carry-overs", "description": "跨年结转"},
        {"name": "reports", "description": "统计报表与导出"},
    ],
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # Swagger UI from the installed sidecar package: /api/docs/ works offline.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Ids in paths (<id:pk>): whole numbers in the BIGINT range.
    "PATH_CONVERTER_OVERRIDES": {
        "id": {"type": "integer", "minimum": 1, "maximum": 2**63 - 1},
    },
    "ENUM_NAME_OVERRIDES": {
        "StatusEnum": "commitments.choices.Status",
        "LightEnum": "commitments.choices.Light",
        "ReportableStatusEnum": "commitments.choices.reportable_status_choices",
    },
}
INSTALLED_APPS += ["drf_spectacular_sidecar"]  # static files of the Swagger UI above

# --- Logging ----------------------------------------------------------------
# Any case (``info`` works like ``INFO``): a lower-case level stopped the web worker.
LOG_LEVEL = env_str("LOG_LEVEL", "INFO").upper()
if LOG_LEVEL not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
    raise ConfigError(f"LOG_LEVEL={LOG_LEVEL!r} must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
# json: one JSON object per line (requests, tasks, everything) for a log
# collector; plain: readable on a terminal. See tracker/logging.py.
LOG_FORMAT = env_str("LOG_FORMAT", "json" if PRODUCTION else "plain")
if LOG_FORMAT not in {"json", "plain"}:
    raise ConfigError(f"LOG_FORMAT={LOG_FORMAT!r} must be json or plain")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "tracker.logging.JsonFormatter"},
    },
    # A broker outage is said once (tracker.logging.BrokerOutageFilter).
    "filters": {"broker_outage": {"()": "tracker.logging.BrokerOutageFilter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["broker_outage"],
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
}
# /healthz gives up on a dependency after this many seconds (503).
HEALTHZ_TIMEOUT = env_float("HEALTHZ_TIMEOUT", 2.0)

# --- Production hardening ---------------------------------------------------
if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    X_FRAME_OPTIONS = "DENY"
