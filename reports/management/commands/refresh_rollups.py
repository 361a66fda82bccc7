"""``refresh_rollups [--rebuild]``: fold the moved summary groups into the kept
roll-ups now, or count them all again (``reports.kept_rollups.refresh``).

Beat does this every ``ROLLUP_REFRESH_SECONDS``; run it by hand after a
restore from backup, or to see what a refresh costs on this ledger."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from reports import kept_rollups

_ACTIONS = {
    "rebuilt": gettext_noop("已重建"),
    "folded": gettext_noop("已更新"),
    "unchanged": gettext_noop("无变化"),
    "busy": gettext_noop("另一次刷新正在进行，本次跳过"),
    "live": gettext_noop("非 PostgreSQL 数据库：汇总一律实时计算，无需刷新"),
}


class Command(BaseCommand):
    help = "刷新全量督查通报的汇总快照（--rebuild 全部重算）。"

    def add_arguments(self, parser) -> None:
        parser.add_argument("--rebuild", action="store_true", help="全部重新统计")

    def handle(self, *args, **options) -> None:
        started = time.perf_counter()
        done = kept_rollups.refresh(rebuild=options["rebuild"])
        seconds = time.perf_counter() - started
        if done.action in ("busy", "live"):  # nothing was counted
            self.stdout.write(_(_ACTIONS[done.action]))
            return
        self.stdout.write(
            _("汇总快照：%(action)s，写入 %(groups)d 组，统计日 %(day)s，用时 %(seconds).1f 秒")
            % {
                "action": _(_ACTIONS[done.action]),
                "groups": done.groups,
                "day": done.day or "-",
                "seconds": seconds,
            }
        )
