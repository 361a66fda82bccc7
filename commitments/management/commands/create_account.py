"""``python manage.py create_account USERNAME --role … [--department NAME]`` (SPEC §4).

Prints the new API token on the last line, so scripts can take ``tail -1``.
"""

from django.core.management.base import BaseCommand, CommandError

from commitments.choices import Role
from commitments.services.accounts import AccountError, create_account


class Command(BaseCommand):
    help = "创建或更新账号，并输出新的 API 令牌（最后一行）"

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=Role.values)
        parser.add_argument(
            "--department",
            action="append",
            default=[],
            help="所属（经办人）或督办（督办人，可重复）的单位名称",
        )
        parser.add_argument("--email", default="")
        parser.add_argument("--password", default=None)
        parser.add_argument("--name", default="", help="姓名（页面和通知中显示；不填则显示账号名）")

    def handle(self, *args, username, role, department, email, password, name, **options):
        try:
            user, token = create_account(
                username, role, department, email, password, full_name=name
            )
        except AccountError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"账号 {user.username}（{Role(role).label}）已就绪")
        self.stdout.write(token)
