"""单位合并 as a background job (``commitments.merge_departments``): the administrator
confirms, the merge runs on a worker and its page follows it (``commitments.background``,
as the ledger's 后台导出 does). A merge of a department with tens of thousands of reports
takes minutes (docs/benchmarks.md, “Department merge”): longer than a request may last.

``queue`` checks what it can at once (which unit each department is, the merge's
refusals, a merge of the same department already queued or running) and keeps the
confirmed pairs as a queued ``MergeJob``; ``run`` claims it, merges every pair in one
transaction (``catalog.merge_department``, the one writer) and records what moved, or
why nothing did, on the row.

``sweep`` (beat, every ``MERGE_SWEEP_MINUTES``) queues again a job a lost worker left
queued or running (a killed worker's task comes back at once and finds the job still
claimed), or one whose task never reached the broker, and fails it after
``MAX_ATTEMPTS`` claims (``background.sweep_lost``). Such a job blocks no later merge
of its departments: ``queue`` fails it as superseded by the new one.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from commitments import background, wording
from commitments.errors import Conflict, DomainError
from commitments.models import Department, MergeJob
from commitments.services import catalog

log = logging.getLogger(__name__)
State = MergeJob.State

#: A running merge whose row has not moved for this long was lost with its worker (its
#: transaction rolled back with it); the longest step at 100k commitments takes ~40 s.
STALE = datetime.timedelta(minutes=15)
#: Claims of one job; a merge that keeps killing its worker is failed after these.
MAX_ATTEMPTS = 3
#: Why a job was failed after ``MAX_ATTEMPTS`` (its page says 合并失败，未合并任何单位：…).
GAVE_UP = gettext_lazy(
    "合并多次中断（处理它的后台进程意外退出），已停止重试，请检查后台服务后重新合并"
)

#: Each step as the job's page names it (``catalog.MERGE_STEPS``).
STEP_WORDS = {
    "lock": gettext_lazy("锁定涉及的承诺事项"),
    "pledges": gettext_lazy("转移承诺事项、账号和群机器人"),
    "reports": gettext_lazy("转移进度报送"),
    "history": gettext_lazy("转移签收、申请和历史记录"),
    "counts": gettext_lazy("重新统计提醒和报送计数"),
}


@dataclass
class Queued:
    job: MergeJob | None  # None: no selected department has a unit that lists its name
    missing: list[str]


def _lock_queue() -> None:
    """Serialize ``queue``: two administrators confirming the same department at once
    make one job (SQLite has one writer anyway)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext('commitments.merge_queue'))")


def plan(
    departments: QuerySet[Department], chosen: Collection[int] = ()
) -> tuple[list[list[Any]], list[str]]:
    """Which unit each department merges into (``[source id, name, target id, name]``),
    and the names no unit lists as an alias; what the administrator confirms. A refusal
    (``catalog.check_merge``, a merge of one of them already under way, one already
    merged: ``chosen``, the ids the administrator chose) is raised."""
    _refuse_merged(chosen)
    pairs: list[list[Any]] = []
    missing: list[str] = []
    for department in departments.order_by("pk"):
        target = catalog.alias_target(department)
        if target is None:
            missing.append(department.name)
            continue
        catalog.check_merge(department, target)
        pairs.append([department.pk, department.name, target.pk, target.name])
    _refuse_running(pairs)
    return pairs, missing


def _refuse_merged(chosen: Collection[int]) -> None:
    """Refuse a confirmation of departments that a finished merge has merged since it
    was shown (a second tab confirmed after the first): a merged department is retired
    or, when nothing named it, deleted, so the confirmation would otherwise merge nothing
    and say nothing. The message names each merge as its job recorded it; a department
    deleted otherwise is said to be gone. One retired by hand is ``catalog.check_merge``'s."""
    ids = {int(pk) for pk in chosen}
    if not ids:
        return
    present = dict(Department.objects.filter(pk__in=ids).values_list("pk", "is_active"))
    ids -= {pk for pk, active in present.items() if active}
    merged: dict[int, tuple[str, str]] = {}
    for job in MergeJob.objects.filter(state=State.DONE).order_by("-pk"):
        for source, source_name, _target, target_name in job.pairs:
            if source in ids:
                merged.setdefault(source, (source_name, target_name))
    if merged:
        raise Conflict(
            "already_merged",
            _("%(merges)s，无需再次合并（可能已在另一个页面确认）")
            % {
                "merges": wording.listed(
                    _("单位“%(source)s”已合并到“%(target)s”") % {"source": s, "target": t}
                    for s, t in merged.values()
                )
            },
        )
    if ids - present.keys():  # deleted otherwise (an administrator deleted a unit)
        raise Conflict("department_gone", _("所选单位已不存在（可能已在另一个页面删除）"))


def _refuse_running(pairs: list[list[Any]]) -> None:
    """Refuse a merge touching a department (as source or as target) that a merge under
    way also touches: with 甲→乙 queued, 乙→丙 would retire 乙 before 甲 moves into it.
    A job lost with its worker (``background.is_live``) blocks nothing."""
    wanted = {p[0] for p in pairs} | {p[2] for p in pairs}
    for running in MergeJob.objects.filter(background.is_live(STALE)).order_by("pk"):
        for source, source_name, target, target_name in running.pairs:
            if source in wanted:
                raise Conflict(
                    "merge_running",
                    _("单位“%(name)s”的合并正在进行（任务 #%(job)s），请等它完成后再试")
                    % {"name": source_name, "job": running.pk},
                )
            if target in wanted:
                raise Conflict(
                    "merge_running",
                    _(
                        "单位“%(name)s”正在接收合并（任务 #%(job)s：“%(source)s” → “%(name)s”），"
                        "请等它完成后再试"
                    )
                    % {"name": target_name, "source": source_name, "job": running.pk},
                )


def _supersede_lost(job: MergeJob) -> None:
    """Fail the lost jobs (``_refuse_running`` let them pass) of the departments ``job``
    merges: the sweep would otherwise run them again after it."""
    wanted = {p[0] for p in job.pairs} | {p[2] for p in job.pairs}
    lost = MergeJob.objects.filter(state__in=[State.QUEUED, State.RUNNING]).exclude(pk=job.pk)
    now = timezone.now()
    for other in lost.exclude(background.is_live(STALE, now)):
        if wanted & ({p[0] for p in other.pairs} | {p[2] for p in other.pairs}):
            with translation.override(other.language):
                error = _("后台进程中断，已由任务 #%(job)s 重新提交") % {"job": job.pk}
            MergeJob.objects.filter(pk=other.pk, state=other.state, attempts=other.attempts).update(
                state=State.FAILED, error=error, finished_at=now, updated_at=now
            )


@transaction.atomic
def queue(
    departments: QuerySet[Department], actor: Any = None, chosen: Collection[int] = ()
) -> Queued:
    """A queued merge of each department into the unit that lists its name as an alias;
    its task is sent once this commits. Refusals (``CatalogError``, ``Conflict``) are
    raised before anything is written; ``chosen`` as for ``plan``."""
    from commitments.tasks import merge_departments

    _lock_queue()
    pairs, missing = plan(departments, chosen)
    if not pairs:
        return Queued(None, missing)
    job = MergeJob.objects.create(
        actor=actor if getattr(actor, "pk", None) else None,
        pairs=pairs,
        language=translation.get_language() or settings.LANGUAGE_CODE,
    )
    _supersede_lost(job)
    transaction.on_commit(lambda: merge_departments.delay(job.pk))
    return Queued(job, missing)


def sweep(now: datetime.datetime | None = None) -> dict[str, int]:
    """Queue again the merges a lost worker (or broker) left queued or running; fail
    them after ``MAX_ATTEMPTS`` claims."""
    from commitments.tasks import merge_departments

    return background.sweep_lost(
        MergeJob, STALE, MAX_ATTEMPTS, merge_departments.delay, GAVE_UP, now
    )


def run(job_id: int) -> str:
    """The task's work: claim the job (once), merge, record the outcome."""
    language = MergeJob.objects.filter(pk=job_id).values_list("language", flat=True).first()
    if language is None:
        return "skipped"
    with translation.override(language):
        return _run(job_id)


def _run(job_id: int) -> str:
    if not background.claim(MergeJob, job_id, STALE, step="", steps_done=0):
        return "skipped"
    job = MergeJob.objects.select_related("actor").get(pk=job_id)
    if job.attempts > MAX_ATTEMPTS:  # a task delivered again after the sweep gave up
        background.finish(job, state=State.FAILED, error=str(GAVE_UP))
        return State.FAILED
    writer = background.RowWriter(job)
    steps = iter(range(len(catalog.MERGE_STEPS) * len(job.pairs)))

    def progress(step: str) -> None:
        writer.write(step=step, steps_done=next(steps))

    try:
        with transaction.atomic():
            results = [
                catalog.merge_department(
                    Department.objects.get(pk=source), Department.objects.get(pk=target),
                    job.actor, progress,
                ).as_dict()
                for source, _source, target, _target in job.pairs
            ]  # fmt: skip
            # The outcome commits with the merge, or neither does (a later claim took over).
            done = len(catalog.MERGE_STEPS) * len(job.pairs)
            if not background.finish(job, state=State.DONE, result=results, steps_done=done):
                transaction.set_rollback(True)  # this attempt no longer owns its job
                return "superseded"
    except Department.DoesNotExist:
        background.finish(job, state=State.FAILED, error=_("要合并的单位已不存在，未合并任何单位"))
        return State.FAILED
    except DomainError as exc:  # refused when it ran (a unit retired since the confirmation)
        background.finish(job, state=State.FAILED, error=str(exc.message))
        return State.FAILED
    except Exception as exc:
        log.exception("merge job %s failed", job_id)
        error = _("合并失败（%(kind)s），未合并任何单位，请稍后重试") % {"kind": type(exc).__name__}
        background.finish(job, state=State.FAILED, error=error)
        return State.FAILED
    finally:
        writer.close()
    return State.DONE


def step_words(job: MergeJob) -> str:
    """Where a running job stands, as its page says it (第 2/5 步：转移进度报送)."""
    total = len(catalog.MERGE_STEPS) * max(1, len(job.pairs))
    if not job.step:
        return ""
    return _("第 %(n)d/%(total)d 步：%(step)s") % {
        "n": min(job.steps_done + 1, total),
        "total": total,
        "step": STEP_WORDS.get(job.step, job.step),
    }


def results(job: MergeJob) -> list[catalog.MergeResult]:
    return [catalog.MergeResult(**item) for item in job.result]
