"""Carry-over links (跨年结转): list the proposals, accept or reject them, and
list last year's unfinished pledges that nothing carries."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from commitments.api.serializers.carry_overs import (
    CarryOverDecisionSerializer,
    CarryOverQuerySerializer,
    CarryOverSerializer,
    LinkedCommitmentSerializer,
)
from commitments.api.throttles import WriteRateThrottle
from commitments.api.views.common import SafeIdLookupMixin, StrictQueryParamsMixin
from commitments.choices import CarryOverState
from commitments.models import CarryOver
from commitments.services import carry_over

LINKED = (
    "predecessor__plan",
    "predecessor__lead_owner",
    "successor__plan",
    "successor__lead_owner",
)


class CarryOverViewSet(
    StrictQueryParamsMixin, SafeIdLookupMixin, mixins.ListModelMixin, viewsets.GenericViewSet
):
    """``GET /api/v1/carry-overs/?plan=&state=``; ``POST …/{id}/accept/`` and
    ``…/reject/`` (administrators and the successor's supervisors);
    ``GET …/unfinished/?year=``."""

    serializer_class = CarryOverSerializer
    throttle_classes = [WriteRateThrottle]
    filter_backends: list = []
    query_serializer_class = CarryOverQuerySerializer
    extra_query_params = ("page", "page_size")  # the unfinished list pages too

    def query(self) -> dict:
        params = CarryOverQuerySerializer(data=self.request.query_params)
        params.is_valid(raise_exception=True)
        return params.validated_data

    def get_queryset(self) -> QuerySet[CarryOver]:
        qs = CarryOver.objects.select_related(*LINKED).defer(
            "predecessor__plan__source_text", "successor__plan__source_text"
        )
        if self.action != "list":
            return qs
        query = self.query()
        if "plan" in query:
            qs = qs.filter(successor__plan_id=query["plan"])
        if "state" in query:
            qs = qs.filter(state=query["state"])
        return qs.order_by("successor__plan_id", "successor__code", "-score", "id")

    @extend_schema(
        parameters=[
            OpenApiParameter("plan", OpenApiTypes.INT, description="本年计划 id"),
            OpenApiParameter("state", OpenApiTypes.STR, enum=CarryOverState.values),
        ],
        summary="跨年结转：上年未完成事项与本年事项的对应（待确认/已确认/已否决）",
    )
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    def _decide(self, request, accept: bool) -> Response:
        link = self.get_object()
        body = CarryOverDecisionSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        carry_over.decide(request.user, link.pk, accept, note=body.validated_data.get("note", ""))
        return Response(CarryOverSerializer(self.get_queryset().get(pk=link.pk)).data)

    @extend_schema(request=CarryOverDecisionSerializer, summary="确认跨年结转")
    @action(detail=True, methods=["post"])
    def accept(self, request, pk=None):
        return self._decide(request, accept=True)

    @extend_schema(request=CarryOverDecisionSerializer, summary="否决跨年结转（不再提出）")
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        return self._decide(request, accept=False)

    @extend_schema(
        parameters=[OpenApiParameter("year", OpenApiTypes.INT, required=True)],
        responses=LinkedCommitmentSerializer(many=True),
        summary="该年度未完成且无后续事项承接的承诺（由督办人办结或结转）",
    )
    @action(detail=False, methods=["get"])
    def unfinished(self, request):
        year = self.query().get("year")
        if year is None:
            raise ValidationError({"year": [_("必须提供此参数")]})
        rows = (
            carry_over.without_successor(year)
            .select_related("plan", "lead_owner")
            .defer("plan__source_text")
            .order_by("plan_id", "code")
        )
        page = self.paginate_queryset(rows)
        data = LinkedCommitmentSerializer(page if page is not None else rows, many=True).data
        return self.get_paginated_response(data) if page is not None else Response(data)
