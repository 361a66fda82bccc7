"""Plans (工作计划) with section and status counts, and the import upload."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.utils import timezone
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.response import Response
from rest_framework.views import APIView

from commitments import uploads
from commitments.api.errors import LikelyDuplicatePlan, PlanImportFailed
from commitments.api.parsers import MultiPartParser
from commitments.api.permissions import IsAdministrator
from commitments.api.serializers.plans import (
    PlanDetailSerializer,
    PlanImportJobSerializer,
    PlanImportResultSerializer,
    PlanImportSerializer,
    PlanListSerializer,
    PlanUpdateSerializer,
)
from commitments.api.throttles import WriteRateThrottle
from commitments.api.views.common import SafeIdLookupMixin, StrictQueryParamsMixin
from commitments.models import Commitment, Plan, PlanUpload, Section
from commitments.services import publication


def _count(model, field: str) -> Coalesce:
    """``COUNT(*)`` of ``model`` rows pointing here, as a correlated subquery
    (two joined COUNTs would multiply each other)."""
    rows = (
        model.objects.filter(**{field: OuterRef("pk")})
        .order_by()
        .values(field)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


@extend_schema_view(
    list=extend_schema(summary="工作计划列表（含板块数、事项数）"),
    retrieve=extend_schema(summary="工作计划详情：工作板块、各状态与红黄绿灯的事项数"),
    partial_update=extend_schema(
        request=PlanUpdateSerializer,
        responses=PlanDetailSerializer,
        summary="管理员公开或撤回计划的承诺兑现公示页面",
        description="public 为 true 时，任何人无需登录即可在公示页面查看本计划各事项的公开信息。",
    ),
)
class PlanViewSet(
    StrictQueryParamsMixin,
    SafeIdLookupMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    http_method_names = ["get", "patch", "head", "options"]
    filter_backends: list = []
    throttle_classes = [WriteRateThrottle]

    def get_queryset(self) -> QuerySet[Plan]:
        qs = (
            Plan.objects.defer("source_text")
            .annotate(
                section_count=_count(Section, "plan"),
                commitment_count=_count(Commitment, "plan"),
            )
            .order_by("-year", "title", "id")
        )
        if self.action in ("retrieve", "partial_update"):
            sections = Section.objects.annotate(
                commitment_count=_count(Commitment, "section")
            ).order_by("number")
            qs = qs.prefetch_related(Prefetch("sections", queryset=sections))
        return qs

    def get_serializer_class(self):
        return PlanDetailSerializer if self.action == "retrieve" else PlanListSerializer

    def retrieve(self, request, *args, **kwargs):
        plan = self.get_object()
        commitments = Commitment.objects.filter(plan=plan).order_by()
        plan.status_counts = dict(commitments.values_list("status").annotate(n=Count("pk")))
        plan.light_counts = dict(
            commitments.with_light(timezone.localdate())
            .values_list("light")
            .annotate(n=Count("pk"))
        )
        return Response(PlanDetailSerializer(plan).data)

    def partial_update(self, request, *args, **kwargs):
        plan = self.get_object()
        serializer = PlanUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        publication.set_plan_public(request.user, plan.pk, serializer.validated_data["public"])
        return self.retrieve(request, *args, **kwargs)


class PlanImportView(StrictQueryParamsMixin, APIView):
    """Administrators upload a plan document: preview (default) or commit."""

    permission_classes = [IsAdministrator]
    throttle_classes = [WriteRateThrottle]
    parser_classes = [MultiPartParser]
    upload_kind = uploads.PLAN

    @extend_schema(
        request={"multipart/form-data": PlanImportSerializer},
        responses={200: PlanImportResultSerializer, 202: PlanImportJobSerializer},
        summary="导入工作计划（commit=false 仅预览；commit=true 排队后台导入）",
    )
    def post(self, request):
        # Imported here: the importer pipeline (python-docx, OpenCC) is only
        # needed by this one administrators' endpoint, not to route the API.
        from commitments.services import plan_import

        serializer = PlanImportSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        upload = serializer.validated_data["file"]
        commit = serializer.validated_data["commit"]
        choice = plan_import.PlanChoice(
            plan_id=serializer.validated_data.get("plan"), new=serializer.validated_data["new"]
        )
        year = serializer.validated_data.get("year")
        try:
            if commit:
                from commitments.services.plan_import import jobs

                with transaction.atomic():
                    job = jobs.queue(
                        upload.read(), upload.name, year=year, choice=choice, user=request.user
                    )
                data = PlanImportJobSerializer(job, context={"request": request}).data
                return Response(
                    data, status=status.HTTP_202_ACCEPTED, headers={"Location": data["url"]}
                )
            result = plan_import.import_plan_file(
                upload.read(), upload.name, year=year, dry_run=True, choice=choice, writer="api"
            )
        except plan_import.LikelyDuplicate as exc:
            raise LikelyDuplicatePlan(exc.worded("api")) from exc
        except plan_import.PlanImportError as exc:
            raise PlanImportFailed(str(exc)) from exc
        return Response(result.as_dict(), status=status.HTTP_200_OK)


class PlanImportJobView(StrictQueryParamsMixin, APIView):
    """An import queued by ``POST /plans/import/`` with ``commit``: state and progress."""

    permission_classes = [IsAdministrator]

    @extend_schema(responses={200: PlanImportJobSerializer}, summary="导入任务的状态与进度")
    def get(self, request, pk: int):
        job = get_object_or_404(PlanUpload.objects.defer("data"), pk=pk)
        return Response(PlanImportJobSerializer(job, context={"request": request}).data)
