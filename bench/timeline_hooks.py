"""Imported by a worker that ``bench/timeline.py`` starts (``celery worker -I``):
records when each task and each step of a sweep ran, in which process.

One line per event, appended to ``$TIMELINE_FILE`` (``time pid event detail``);
the wrappers are put around the functions the tasks call by name, so the
product's code is measured as it is, unchanged.
"""

from __future__ import annotations

import functools
import os
import time
from typing import Any

from celery import signals

PATH = os.environ.get("TIMELINE_FILE", "")


def note(event: str, detail: object = "") -> None:
    if not PATH:
        return
    line = f"{time.time():.6f} {os.getpid()} {event} {detail}\n"
    fd = os.open(PATH, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode())
    finally:
        os.close(fd)


def _size(args: Any) -> str:
    if not args:
        return ""
    last = args[-1] if isinstance(args, list | tuple) else args
    return str(len(last)) if isinstance(last, list) else ""


@signals.task_received.connect
def _received(request=None, **_: Any) -> None:
    note("received", f"{request.name} {request.id[:8]}")


@signals.task_prerun.connect
def _prerun(task_id=None, task=None, args=None, **_: Any) -> None:
    note("start", f"{task.name} {task_id[:8]} {_size(args)}")


@signals.task_postrun.connect
def _postrun(task_id=None, task=None, **_: Any) -> None:
    note("end", f"{task.name} {task_id[:8]}")


@signals.before_task_publish.connect
def _publish(sender=None, headers=None, **_: Any) -> None:
    note("publish", f"{sender} {(headers or {}).get('id', '')[:8]}")


def _wrap(module: Any, name: str, label: str) -> None:
    original = getattr(module, name)

    @functools.wraps(original)
    def timed(*args: Any, **kwargs: Any) -> Any:
        note("begin", label)
        try:
            return original(*args, **kwargs)
        finally:
            note("done", label)

    setattr(module, name, timed)


@signals.worker_init.connect
def _instrument(**_: Any) -> None:
    from commitments.reminders import backlog, sending, sweep, tasks

    _wrap(tasks, "plan_chunks", "plan")
    _wrap(tasks, "unsent", "unsent")
    _wrap(backlog, "report", "backlog")
    _wrap(sweep, "decide", "decide")
    _wrap(sweep, "store", "store")
    _wrap(sending, "claim_rows", "claim")
    _wrap(sending, "_transmit", "transmit")
