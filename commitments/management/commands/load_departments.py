"""``python manage.py load_departments [FILE]`` (SPEC §3)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from commitments.services.catalog import DEFAULT_CATALOG, CatalogError, load_catalog


class Command(BaseCommand):
    help = "加载责任单位目录及关键词规则（可重复执行）"

    def add_arguments(self, parser):
        parser.add_argument(
            "file",
            nargs="?",
            type=Path,
            default=DEFAULT_CATALOG,
            help="JSON 或 YAML 目录文件，默认为系统自带目录",
        )
        parser.add_argument(
            "--update",
            action="store_true",
            help="用文件内容覆盖已存在单位的设置（默认保留后台修改）",
        )

    def handle(self, *args, file: Path, update: bool, **options):
        try:
            result = load_catalog(file, update=update)
        except CatalogError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            _("责任单位：新增 %(created)d，更新 %(updated)d，未变 %(unchanged)d")
            % {"created": result.created, "updated": result.updated, "unchanged": result.unchanged}
        )
