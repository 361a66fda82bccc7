"""Routes of the supervision workflow (SPEC §4 Workflow), under ``/api/v1/``."""

urlpatterns: list = []
