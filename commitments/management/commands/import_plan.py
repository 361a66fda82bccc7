"""``import_plan PATH [--year Y] [--plan ID | --new] [--dry-run] [--format json|text]`` (SPEC §3).

A file that cannot be imported is one error line and exit status 1; so is a
file that looks like a new version of a stored plan when neither ``--plan``
nor ``--new`` says what to do with it.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from commitments.importer.extract import FORMATS
from commitments.services.plan_import import PlanChoice, PlanImportError, import_plan_file


class Command(BaseCommand):
    help = "导入工作计划（讲话稿）：拆分为承诺事项并分配责任单位、完成时限和量化指标"

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            type=Path,
            help=f"{'、'.join(FORMATS)} 文件（.htm 同 .html，.txt 可为 UTF-8/GBK）",
        )
        parser.add_argument("--year", type=int, default=None, help="计划年度（默认从文中识别）")
        choice = parser.add_mutually_exclusive_group()
        choice.add_argument(
            "--plan", type=int, default=None, metavar="ID", help="更新这个已有的工作计划"
        )
        choice.add_argument(
            "--new", action="store_true", help="即使与已有计划相似，也新建一个工作计划"
        )
        parser.add_argument("--dry-run", action="store_true", help="只解析并输出，不写入数据库")
        parser.add_argument(
            "--format", choices=["json", "text"], default="text", help="输出格式（默认 text）"
        )

    def handle(self, *args, path: Path, year, plan, new, dry_run: bool, format: str, **options):
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"无法读取文件：{path.name}（{exc.strerror or exc}）") from exc
        try:
            result = import_plan_file(
                data,
                path.name,
                year=year,
                dry_run=dry_run,
                choice=PlanChoice(plan_id=plan, new=new),
            )
        except PlanImportError as exc:
            raise CommandError(str(exc)) from exc
        if format == "json":
            self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(result.summary_text())
