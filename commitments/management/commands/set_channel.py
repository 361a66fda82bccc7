"""``set_channel NAME --wecom URL | --dingtalk URL [--secret S] | --clear`` (SPEC §5).

NAME is a department's name or a user name (a supervisor). The webhook and
the secret are stored encrypted (or as ``env:NAME`` references) and never
printed back in full.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from commitments.models import Department, Platform, RobotChannel


class Command(BaseCommand):
    help = "设置责任单位或督办人的群机器人（企业微信/钉钉），或用 --clear 清除。"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name", help="责任单位名称或用户名")
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--wecom", metavar="URL", help="企业微信群机器人 Webhook 地址")
        group.add_argument("--dingtalk", metavar="URL", help="钉钉群机器人 Webhook 地址")
        group.add_argument("--clear", action="store_true", help="删除该单位或用户的全部群机器人")
        parser.add_argument("--secret", help="钉钉机器人的加签密钥（SEC 开头）")

    def handle(self, *args, name: str, wecom=None, dingtalk=None, clear=False, secret=None, **_):
        owner = self._owner(name)
        if clear:
            deleted, _ = RobotChannel.objects.filter(**owner).delete()
            self.stdout.write(f"已清除 {name} 的 {deleted} 个群机器人。")
            return
        if secret and not dingtalk:
            raise CommandError("--secret 只用于钉钉机器人（--dingtalk）。")
        platform, url = (Platform.WECOM, wecom) if wecom else (Platform.DINGTALK, dingtalk)
        with transaction.atomic():
            robot = RobotChannel.objects.filter(**owner, platform=platform).first()
            robot = robot or RobotChannel(**owner, platform=platform)
            robot.webhook, robot.secret, robot.is_active = url.strip(), (secret or "").strip(), True
            try:
                robot.full_clean()
            except ValidationError as exc:
                raise CommandError("；".join(exc.messages)) from exc
            robot.save()
        signed = "，已设置加签密钥" if robot.secret else ""
        self.stdout.write(
            f"已为 {name} 设置{robot.get_platform_display()}：{robot.masked_webhook}{signed}。"
        )

    def _owner(self, name: str) -> dict[str, object]:
        department = Department.objects.active().filter(name=name).first()
        if department is not None:
            return {"department": department}
        user = get_user_model().objects.filter(username=name).first()
        if user is not None:
            return {"user": user}
        raise CommandError(f"找不到名为“{name}”的责任单位或用户。")
