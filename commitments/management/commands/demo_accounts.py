"""Create demo accounts for the local run and print their tokens.

One staff account per department, one supervisor over all departments and
one administrator, each with a person's name; every run issues fresh tokens.
"""

from django.core.management.base import BaseCommand

from commitments.choices import Role
from commitments.models import Department
from commitments.services.accounts import create_account

DEMO_PASSWORD = "demo-password-2024"
#: The demo's people: the pages and notices name them (``people.person_name``), as a
#: town's accounts would be named, not by their user names (staff01, supervisor).
#: Every clerk a distinct plain name (walk16 m9: the 12th was "王芳2", read as a typo):
#: these first, then ``staff_name``'s surname-and-given-name pairs.
STAFF_NAMES = (
    "张伟",
    "王芳",
    "李娜",
    "刘洋",
    "陈静",
    "杨磊",
    "赵敏",
    "黄强",
    "周婷",
    "吴刚",
    "徐丽",
    "孙浩",
    "马骏",
    "朱红",
    "胡斌",
    "郭琳",
    "何平",
    "高翔",
    "林霞",
    "罗军",
)
_SURNAMES = "张王李刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"
_GIVEN = ("建华", "秀英", "国强", "海燕", "志刚", "丽华", "卫东", "春梅", "晓东", "玉兰")
SUPERVISOR_NAME = "孙建国"
ADMIN_NAME = "钱晓梅"


def staff_name(index: int) -> str:
    """The ``index``-th clerk's name (1-based): ``STAFF_NAMES``, then a surname with a
    two-character given name (200 more, each once); no two clerks share a name, none
    carries a number."""
    if index <= len(STAFF_NAMES):
        return STAFF_NAMES[index - 1]
    n = (index - len(STAFF_NAMES) - 1) % (len(_SURNAMES) * len(_GIVEN))
    return _SURNAMES[n % len(_SURNAMES)] + _GIVEN[n // len(_SURNAMES)]


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
                full_name=staff_name(index),
            )
            rows.append((username, f"经办人 · {department.name}", token))
        _, token = create_account(
            "supervisor",
            Role.SUPERVISOR,
            [],
            email="duban@town.example.gov.cn",
            password=DEMO_PASSWORD,
            full_name=SUPERVISOR_NAME,
        )
        rows.append(("supervisor", "督办人 · 全部单位", token))
        _, token = create_account(
            "admin",
            Role.ADMIN,
            [],
            email="admin@town.example.gov.cn",
            password=DEMO_PASSWORD,
            full_name=ADMIN_NAME,
        )
        rows.append(("admin", "管理员", token))
        self.stdout.write(f"演示账号（密码均为 {DEMO_PASSWORD}）：")
        for username, label, token in rows:
            self.stdout.write(f"  {username:<12} {token}  {label}")
