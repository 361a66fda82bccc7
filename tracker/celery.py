"""The Celery app. Configuration lives in ``tracker.settings`` (``CELERY_*``)."""

from __future__ import annotations

import os

from celery import Celery

from tracker.logging import connect_celery_signals

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

app = Celery("tracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
# One structured log line per task; worker logging follows settings.LOGGING.
connect_celery_signals()
