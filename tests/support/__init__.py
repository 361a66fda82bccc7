"""Real parts for tests: an SMTP server on loopback and a Celery worker process."""
