"""An import queued through the API runs in a real Celery worker (Redis broker)."""

from __future__ import annotations

import pytest

from commitments.models import Commitment, Plan, PlanUpload
from commitments.services.catalog import load_catalog
from tests.importer.conftest import SEED
from tests.reminders.conftest import (  # noqa: F401 (fixtures)
    smtp,
    smtp_server,
    wait_until,
    workers,
)

pytestmark = pytest.mark.slow


def test_a_worker_imports_a_queued_upload_and_leaves_its_progress(workers):  # noqa: F811
    load_catalog()
    upload = PlanUpload.objects.create(
        data=SEED.read_bytes(), filename=SEED.name, state=PlanUpload.State.QUEUED
    )
    workers.start()
    workers.send("plans.import_upload", upload.pk)
    assert wait_until(
        lambda: PlanUpload.objects.get(pk=upload.pk).state == PlanUpload.State.DONE, timeout=60
    ), workers.logs()
    upload.refresh_from_db()
    assert (upload.stage, upload.progress_done, upload.progress_total) == ("done", 20, 20)
    plan = Plan.objects.get()
    assert upload.result["plan_ids"] == [plan.pk]
    assert Commitment.objects.filter(plan=plan).count() == 20

    # the same task delivered twice (a redelivery) imports once
    workers.send("plans.import_upload", upload.pk)
    workers.send("plans.import_upload", upload.pk)
    assert not wait_until(lambda: Plan.objects.count() > 1, timeout=3)
