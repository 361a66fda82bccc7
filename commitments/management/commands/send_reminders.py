"""``send_reminders [--at ISO-TIME] [--dry-run]``: the reminder sweep in the foreground.

The same decisions as the Celery sweep, for every chunk in this process, then
the same sender for every unsent row (so it works with no worker running,
and side by side with one: the claim keeps them from sending twice).
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from commitments.choices import NotificationChannel
from commitments.reminders import emails, robots, sending
from commitments.reminders.sweep import (
    build_rows,
    decide,
    existing_keys,
    parse_moment,
    plan_chunks,
    run_chunk,
    sending_today,
    unsent,
)

#: How long the command waits for robots' rate limits before leaving the rest
#: to the next sweep (or a worker).
WAIT_LIMIT_S = 180


class Command(BaseCommand):
    help = "按台账数据生成并发送提醒、催办和逾期通报（邮件与群机器人，与定时任务相同的规则）。"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--at", help="按此时间运行（ISO 格式，缺省为当前时间，本地时区）")
        parser.add_argument(
            "--dry-run", action="store_true", help="按渠道列出将要发送的消息，不写数据库、不发送"
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
        waiting = unsent()
        started = time.monotonic()
        while waiting:
            later: list[tuple[float, int]] = []
            for notification_id in waiting:
                result = sending.deliver(notification_id)
                if result.outcome is sending.Outcome.WAIT:
                    later.append((result.delay, notification_id))
                else:
                    outcomes[result.outcome] += 1
            if not later or time.monotonic() - started > WAIT_LIMIT_S:
                outcomes[sending.Outcome.WAIT] = len(later)
                break
            time.sleep(min(delay for delay, _ in later))
            waiting = [pk for _, pk in later]
        self.stdout.write(
            f"新生成 {created} 条；发送成功 {outcomes[sending.Outcome.SENT]} 条，"
            f"待重试 {outcomes[sending.Outcome.RETRY] + outcomes[sending.Outcome.WAIT]} 条，"
            f"失败 {outcomes[sending.Outcome.FAILED]} 条。"
        )

    def _dry_run(self, moment, chunks) -> None:
        counts: dict[str, list[int]] = {c: [0, 0] for c in NotificationChannel.values}
        for chunk in chunks:
            _, messages = decide(moment, chunk)
            recorded = existing_keys(messages, moment)
            for row in build_rows(messages, moment):
                known = row.message_id in recorded
                counts[row.channel][0] += 1
                counts[row.channel][1] += not known
                status = "（已记录）" if known else "将发送"
                if row.last_error:
                    status = f"无法发送（{row.last_error}）"
                self.stdout.write(
                    f"[{NotificationChannel(row.channel).label}] {status} → {row.recipient}"
                    f" [{row.period_key}] {row.subject}"
                )
                self.stdout.write(self._body(row))
        for channel, (total, new) in counts.items():
            self.stdout.write(
                f"{NotificationChannel(channel).label}：共 {total} 条，其中 {new} 条尚未记录"
            )
        self.stdout.write("试运行：未写入任何数据。")

    def _body(self, row) -> str:
        if row.channel == NotificationChannel.EMAIL:
            text = emails.render(row.context, row.subject).text
        else:
            text = robots.render_markdown(row.context, row.subject, row.channel)
        return "\n".join(f"    {line}" for line in text.strip().splitlines())
