"""Create demo accounts for the local run and print their tokens.

One staff account per department, one supervisor over all departments and
one administrator; every run issues fresh tokens.
"""

from django.core.management.base import BaseCommand

from commitments.choices import Role
from commitments.models import Department
from commitments.services.accounts import create_account

DEMO_PASSWORD = "demo-password-2024"


class Command(BaseCommand):
    help = "创建演示账号（每个责任单位一个经办人、一个督办人、一个管理员）并输出令牌"

    def handle(self, *args, **options):
        rows = []
        for index, department in enumerate(Department.objects.order_by("id"), start=1):
            username = f"staff{index:02d}"
            _, token = create_account(
                username,
                Role.STAFF,
                [department.name],
                email=f"{username}@town.example.gov.cn",
                password=DEMO_PASSWORD,
            )
            rows.append((username, f"经办人 · {department.name}", token))
        _, token = create_account(
            "supervisor",
            Role.SUPERVISOR,
            [],
            email="duban@town.example.gov.cn",
            password=DEMO_PASSWORD,
        )
        rows.append(("supervisor", "督办人 · 全部单位", token))
        _, token = create_account(
            "admin", Role.ADMIN, [], email="admin@town.example.gov.cn", password=DEMO_PASSWORD
        )
        rows.append(("admin", "管理员", token))
        self.stdout.write(f"演示账号（密码均为 {DEMO_PASSWORD}）：")
        for username, label, token in rows:
            self.stdout.write(f"  {username:<12} {token}  {label}")
