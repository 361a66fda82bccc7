"""Report endpoints: overdue list, summary and ledger, as JSON, CSV or XLSX.

Thin views: they read ``?plan=``/``?date=``, build a ``ReportScope`` for the
user, and hand the roll-ups to a serializer (JSON) or to the table builders
(files). Each request runs a fixed number of queries.

The ledger and the overdue list grow with the ledger, so their JSON and
CSV are streamed as the rows are read (``StreamingHttpResponse``) and their
XLSX is written row by row as it is sent (``reports.xlsx``): a request's
memory does not depend on the number of rows (issue 17).
"""

from __future__ import annotations

from collections.abc import Iterator

import orjson
from django.http import HttpResponseBase, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import APIView

from commitments.api.renderers import JSONRenderer
from commitments.api.views.common import StrictQueryParamsMixin
from reports import exports, summary_cache
from reports.api import serializers as s
from reports.api.permissions import CanReadReports
from reports.api.renderers import (
    FILE_FORMATS,
    CSVRenderer,
    XLSXRenderer,
    csv_chunks,
    xlsx_chunks,
)
from reports.api.streaming import ledger_items, overdue_item, streamed_json
from reports.ledger import ledger_count, ledger_rows
from reports.overdue import OverdueRow, overdue_count, overdue_rows
from reports.rollups import department_rollups, plan_rollups, section_rollups, written_lines
from reports.scope import ReportScope

XLSX = XLSXRenderer.media_type
SCOPE_DOC = gettext_lazy(
    "督办人和管理员可查看其督办单位的全部数据；责任单位人员只能查看本单位的数据。"
    "?format=csv（UTF-8 带 BOM）或 ?format=xlsx 下载文件。"
)


def report_schema(summary: str, serializer) -> dict:
    """The OpenAPI description shared by the three endpoints."""
    return extend_schema(
        summary=summary,
        description=SCOPE_DOC,
        tags=["reports"],
        parameters=[
            s.ReportQuerySerializer,
            OpenApiParameter(
                "format",
                str,
                enum=["json", "csv", "xlsx"],
                description="json（默认）、csv（UTF-8 带 BOM）或 xlsx",
            ),
        ],
        responses={
            (200, "application/json"): serializer,
            (200, "text/csv"): OpenApiTypes.BINARY,
            (200, XLSX): OpenApiTypes.BINARY,
        },
    )


class ReportView(StrictQueryParamsMixin, APIView):
    permission_classes = [IsAuthenticated, CanReadReports]
    renderer_classes = [*api_settings.DEFAULT_RENDERER_CLASSES, CSVRenderer, XLSXRenderer]
    #: base of the download's file name: (ASCII, Chinese)
    filename: tuple[str, str | object] = ("report", gettext_lazy("报表"))
    #: whether the files start with a line naming the report, plan and day
    titled = False
    department_ids: frozenset[int] | None = None  # set by CanReadReports
    query_serializer_class = s.ReportQuerySerializer

    def get_scope(self) -> ReportScope:
        params = self.request.query_params
        query = s.ReportQuerySerializer(data={k: params[k] for k in params if k != "format"})
        query.is_valid(raise_exception=True)
        return ReportScope(
            today=query.validated_data.get("date") or timezone.localdate(),
            plan=query.validated_data.get("plan"),
            department_ids=self.department_ids,
        )

    def get(self, request, *args, **kwargs) -> HttpResponseBase:
        scope = self.get_scope()
        fmt = request.accepted_renderer.format
        if fmt in FILE_FORMATS:
            slug, name = self.filename
            ascii_name, chinese_name = exports.download_names(
                slug, name, scope.plan, f"{scope.today:%Y-%m-%d}", fmt
            )
            caption = exports.caption(name, scope.plan, scope.today) if self.titled else None
            response: HttpResponseBase
            if fmt == "csv":
                response = StreamingHttpResponse(
                    csv_chunks(self.tables(scope), caption), content_type="text/csv; charset=utf-8"
                )
            else:
                response = StreamingHttpResponse(
                    xlsx_chunks(self.tables(scope), caption), content_type=XLSX
                )
            response["Content-Disposition"] = exports.attachment(ascii_name, chinese_name)
            return response
        return self.json_response(scope)

    def json_response(self, scope: ReportScope) -> HttpResponseBase:
        return Response(self.payload(scope))

    def finalize_response(self, request, response, *args, **kwargs):
        # Errors and other methods' answers (OPTIONS) are JSON whatever ?format= asked
        # for: only a GET that succeeded is a file.
        renderer = getattr(request, "accepted_renderer", None)
        if isinstance(response, Response) and (renderer is None or renderer.format in FILE_FORMATS):
            request.accepted_renderer = JSONRenderer()
            request.accepted_media_type = JSONRenderer.media_type
        return super().finalize_response(request, response, *args, **kwargs)

    def tables(self, scope: ReportScope) -> list[exports.Table]:
        raise NotImplementedError

    def payload(self, scope: ReportScope) -> dict:
        raise NotImplementedError

    @staticmethod
    def header(scope: ReportScope) -> dict:
        plan = scope.plan
        return {
            "as_of": scope.today,
            "plan": None
            if plan is None
            else {"id": plan.pk, "title": plan.title, "year": plan.year},
        }


class OverdueReportView(ReportView):
    """逾期事项：未办结且已过（批准的）完成时限，逾期最久的在前。"""

    filename = ("overdue", gettext_lazy("逾期事项"))

    def items(self, scope: ReportScope) -> Iterator[OverdueRow]:
        return overdue_rows(scope.today, scope.department_ids, scope.plan_id)

    def tables(self, scope):
        return [exports.overdue_table(self.items(scope))]

    def json_response(self, scope):
        count = overdue_count(scope.today, scope.department_ids, scope.plan_id)
        return streamed_json(self.header(scope), count, map(overdue_item, self.items(scope)))

    @report_schema(gettext_lazy("逾期事项清单"), s.OverdueListSerializer)
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class SummaryReportView(ReportView):
    """按责任单位和工作板块汇总：事项数、状态、红黄绿灯、按时报送率、按时办结率。"""

    filename = ("summary", gettext_lazy("督查通报"))
    titled = True

    def tables(self, scope):
        return [
            exports.department_table(department_rollups(scope)),
            exports.section_table(section_rollups(scope)),
        ]

    def json_response(self, scope):
        # The whole ledger's body is sent again while nothing it shows changed
        # (``reports.summary_cache`` says why that is exact), when it is written as
        # compact JSON; the renderer passes the written bytes through.
        renderer = self.request.accepted_renderer
        context = self.get_renderer_context()
        if not isinstance(renderer, JSONRenderer) or not renderer.writes_compact(
            self.request.accepted_media_type, context
        ):
            return super().json_response(scope)
        # The lines are written as JSON each, again only when their numbers or names
        # changed (``rollups.written_lines``): the same bytes.
        body = summary_cache.body(
            summary_cache.key(scope),
            lambda: renderer.render(
                {**self.header(scope), **written_lines(scope)},
                self.request.accepted_media_type,
                context,
            ),
        )
        return Response(orjson.Fragment(body))

    def payload(self, scope):
        # The roll-up rows are dataclasses whose fields are the JSON's keys
        # (``SummarySerializer`` documents them, a test keeps the two alike): the
        # renderer writes them as they are, ~16,000 rows at 1M commitments.
        return {
            **self.header(scope),
            "plans": plan_rollups(scope),
            "departments": department_rollups(scope),
            "sections": section_rollups(scope),
        }

    @report_schema(gettext_lazy("按责任单位和工作板块汇总"), s.SummarySerializer)
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class LedgerReportView(ReportView):
    """督办台账：全部事项及其红黄绿灯和亮灯原因。"""

    filename = ("ledger", gettext_lazy("督办台账"))

    def tables(self, scope):
        return [exports.ledger_table(ledger_rows(scope, with_text=True))]

    def json_response(self, scope):
        return streamed_json(
            self.header(scope), ledger_count(scope), ledger_items(ledger_rows(scope))
        )

    @report_schema(gettext_lazy("督办台账"), s.LedgerSerializer)
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)
