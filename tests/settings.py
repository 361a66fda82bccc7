"""Settings for the test suite: the product's settings, plus the choice of
database. With ``CI=true`` the tests run on PostgreSQL (never SQLite)."""

import os

if os.environ.get("CI", "").lower() == "true":
    os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/tracker")

from tracker.settings import *  # noqa: F403

# Hashing passwords slowly is a production virtue and a test-suite cost.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
