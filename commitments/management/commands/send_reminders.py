"""``send_reminders [--at ISO-TIME] [--dry-run]``: the reminder sweep in the foreground.

The same decisions as the Celery sweep, for every chunk in this process, then
the same sender for every unsent row (so it works with no worker running,
and side by side with one: the claim keeps them from sending twice).
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from commitments.reminders import sending
from commitments.reminders.emails import render_subject
from commitments.reminders.sweep import (
    decide,
    existing_keys,
    message_id_for,
    parse_moment,
    plan_chunks,
    run_chunk,
    sending_today,
    unsent,
)


class Command(BaseCommand):
    help = "按台账数据生成并发送提醒、催办和逾期通报邮件（与定时任务相同的规则）。"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--at", help="按此时间运行（ISO 格式，缺省为当前时间，本地时区）")
        parser.add_argument(
            "--dry-run", action="store_true", help="只列出将要发送的邮件，不写数据库、不发送"
        )

    def handle(self, *args, at: str | None = None, dry_run: bool = False, **options) -> None:
        try:
            moment = parse_moment(at)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        local = timezone.localtime(moment)
        chunks = plan_chunks() if sending_today(moment) else []
        if not chunks:
            self.stdout.write(f"{local:%Y-%m-%d %H:%M} 不是发送时间（非工作日或未到发送时刻）。")
        if dry_run:
            self._dry_run(moment, chunks)
            return
        created = sum(len(run_chunk(moment, chunk)) for chunk in chunks)
        outcomes = {outcome: 0 for outcome in sending.Outcome}
        for notification_id in unsent():
            outcomes[sending.deliver(notification_id).outcome] += 1
        self.stdout.write(
            f"新生成 {created} 封；发送成功 {outcomes[sending.Outcome.SENT]} 封，"
            f"待重试 {outcomes[sending.Outcome.RETRY]} 封，"
            f"失败 {outcomes[sending.Outcome.FAILED]} 封。"
        )

    def _dry_run(self, moment, chunks) -> None:
        total = new = 0
        for chunk in chunks:
            decisions = decide(moment, chunk)
            recorded = existing_keys(decisions)
            for decision in decisions:
                total += 1
                known = (
                    message_id_for(decision.kind, decision.recipient, decision.period_key)
                    in recorded
                )
                new += not known
                context = decision.context()
                codes = ", ".join(
                    entry["code"] for group in context["groups"] for entry in group["items"]
                )
                self.stdout.write(
                    f"{'（已记录）' if known else '将发送'} {decision.kind} → {decision.recipient}"
                    f" [{decision.period_key}] {render_subject(decision.kind, context)}: {codes}"
                )
        self.stdout.write(f"试运行：共 {total} 封，其中 {new} 封尚未记录；未写入任何数据。")
