"""Commitments: the ledger (list, detail) and supervisors' edits (PATCH)."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.filters import SearchFilter
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from commitments.api import list_rows
from commitments.api.counting import Counted, department_count, department_only
from commitments.api.filtersets import (
    AliasOrderingFilter,
    CommitmentFilterSet,
)
from commitments.api.parsers import JSONParser
from commitments.api.permissions import CommitmentPermission
from commitments.api.serializers.commitments import (
    CommitmentDetailSerializer,
    CommitmentListSerializer,
    CommitmentUpdateSerializer,
)
from commitments.api.throttles import WriteRateThrottle
from commitments.api.views.common import SafeIdLookupMixin, StrictQueryParamsMixin
from commitments.models import Commitment, CoOwnership, Milestone, Target
from commitments.services import reporting, supervision

#: The columns a list row is made from (``CommitmentListSerializer``, ``lights.light_reason``);
#: a field read beyond them would be a query per row (tests/api/test_queries.py).
LIST_COLUMNS = (
    "code",
    "title",
    "plan",
    "section",
    "lead_owner",
    "official",
    "status",
    "percent",
    "deadline",
    "original_deadline",
    "removed_from_source",
    "acknowledged_at",
    "last_report_at",
    "updated_at",
    "urged_at",
    "urge_reply_by",
    "plan__starts_on",
    "lead_owner__name",
)


def commitment_queryset(today, detail: bool = False) -> QuerySet[Commitment]:
    """Commitments with their light and every related row the serializers read,
    in a fixed number of queries (the workflow views can reuse it). The list's rows
    come without their co-owners: ``with_co_owners`` reads them."""
    qs = Commitment.objects.with_light(today).select_related("plan", "lead_owner")
    if not detail:
        # What a list row shows and its light's reason reads: each model instance,
        # and each JSON column decoded, costs CPU per row (bench/, the list at 10k).
        return qs.only(*LIST_COLUMNS)
    co_owners = CoOwnership.objects.select_related("department").order_by("department__name")
    latest = (
        reporting.latest_reports()
        .select_related("department", "filed_by", "merged_from")
        .prefetch_related("target_values")
    )
    return qs.defer("plan__source_text").prefetch_related(
        Prefetch("coownerships", queryset=co_owners),
        Prefetch("targets", queryset=Target.objects.order_by("position", "id")),
        Prefetch("milestones", queryset=Milestone.objects.order_by("due", "position")),
        Prefetch("reports", queryset=latest, to_attr="latest_reports"),
    )


def with_co_owners(rows: Iterable[Commitment]) -> list[Commitment]:
    """``rows`` as a list, each with ``co_owner_refs``: its co-owners as the list shows
    them (``{"id", "name"}`` by name), read in one query of three columns. Prefetching
    the co-ownership rows and their departments as model instances cost the list ~5 ms
    of CPU for 50 rows (bench/, the list at 10k)."""
    rows = list(rows)
    refs: dict[int, list[dict]] = {row.pk: [] for row in rows}
    found = (
        CoOwnership.objects.filter(commitment_id__in=list(refs))
        .order_by("department__name")
        .values_list("commitment_id", "department_id", "department__name")
    )
    for commitment_id, department_id, name in found if refs else ():
        refs[commitment_id].append({"id": department_id, "name": name})
    for row in rows:
        row.co_owner_refs = refs[row.pk]
    return rows


@extend_schema_view(
    list=extend_schema(summary="督办台账：筛选、搜索、排序、分页"),
    retrieve=extend_schema(summary="事项详情：指标、节点、牵头与配合单位的最新报送"),
    partial_update=extend_schema(
        request=CommitmentUpdateSerializer,
        responses=CommitmentDetailSerializer,
        summary="督办人修改牵头/配合单位、完成时限、阶段节点，取消或重新打开",
    ),
)
class CommitmentViewSet(
    StrictQueryParamsMixin,
    SafeIdLookupMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    http_method_names = ["get", "patch", "head", "options"]
    permission_classes = [IsAuthenticated, CommitmentPermission]
    throttle_classes = [WriteRateThrottle]
    parser_classes = [JSONParser]
    filter_backends = [DjangoFilterBackend, SearchFilter, AliasOrderingFilter]
    filterset_class = CommitmentFilterSet
    search_fields = ["code", "title", "text"]
    ordering_fields = ["deadline", "code", "updated"]
    ordering = ["plan_id", "code"]

    def get_queryset(self) -> QuerySet[Commitment]:
        return commitment_queryset(self.today, detail=self.action != "list").visible_to(
            self.request.user
        )

    def list(self, request, *args, **kwargs):
        """Filter, count and page over bare ids, then load and annotate only the page.

        At 100k commitments the count and the page each joined and annotated every
        row of a department (bench/): the count now runs on the commitment table
        alone, and the light, related rows and co-owners are computed for 50 rows.
        The page of ids is a subquery of the rows' query (``page_rows``).
        """
        ids = self.filter_queryset(self.filterable_queryset()).values_list("pk", flat=True)
        department_id = department_only(request.query_params)
        count = None
        if department_id is not None:  # counted from D's own index entries (``counting``)
            count = functools.partial(department_count, department_id)
        page = self.paginate_queryset(Counted(ids, count, rows=self.page_rows))
        if page is None:  # pagination switched off in settings
            rows = self.filter_queryset(self.get_queryset())
            return Response(self.get_serializer(with_co_owners(rows), many=True).data)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    def page_rows(self, page_ids: QuerySet) -> list[Commitment]:
        """The rows of a page of ids (a sliced, ordered queryset of ids), in its order:
        one query with the ids as its subquery, its statement compiled once a day
        (``list_rows``), then the page's co-owners in one more. Every visible id is a
        readable row (``visible_to`` filtered the ids)."""
        rows = list_rows.page_rows(page_ids, self.today, lambda: commitment_queryset(self.today))
        return with_co_owners(rows)

    def filterable_queryset(self) -> QuerySet[Commitment]:
        """What the list filters and orders: the light is annotated only when it is
        filtered on (it joins plans and reads milestones for every candidate row)."""
        visible = Commitment.objects.visible_to(self.request.user)
        if self.request.query_params.get("light"):
            return visible.with_light(self.today)
        return visible

    @property
    def today(self):
        if not hasattr(self, "_today"):
            self._today = timezone.localdate()
        return self._today

    def get_serializer_class(self):
        if self.action == "list":
            return CommitmentListSerializer
        if self.action == "partial_update":
            return CommitmentUpdateSerializer
        return CommitmentDetailSerializer

    def get_serializer_context(self) -> dict:
        return {**super().get_serializer_context(), "today": self.today}

    def partial_update(self, request, *args, **kwargs):
        commitment = self.get_object()
        serializer = CommitmentUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        supervision.update_commitment(
            commitment.pk,
            request.user,
            serializer.changes(),
            note=serializer.validated_data.get("note", ""),
        )
        fresh = self.get_object()
        return Response(
            CommitmentDetailSerializer(fresh, context=self.get_serializer_context()).data
        )
