"""Evidence files: ``GET /api/v1/attachments/{id}/file/`` downloads one for anyone who
may read its commitment (``access.can_read_evidence``; anyone else gets the
same 404 as for a file that does not exist); ``PATCH /api/v1/attachments/{id}/`` with
``{"public": true}`` lets a supervisor offer it on the public page (SPEC §4c).
"""

from __future__ import annotations

from django.http import FileResponse, Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from commitments import access
from commitments.api.serializers.attachments import (
    AttachmentSerializer,
    AttachmentUpdateSerializer,
)
from commitments.api.throttles import WriteRateThrottle
from commitments.api.views.common import StrictQueryParamsMixin, check_id
from commitments.models import Attachment
from commitments.services import publication


def file_response(user, pk: int) -> FileResponse:
    attachment = Attachment.objects.select_related("commitment").filter(pk=pk).first()
    if attachment is None or not access.can_read_evidence(user, attachment.commitment):
        raise Http404
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


class AttachmentFileView(StrictQueryParamsMixin, APIView):
    permission_classes = [IsAuthenticated]
    filter_backends: list = []

    @extend_schema(
        summary="下载佐证材料文件",
        parameters=[OpenApiParameter("id", int, OpenApiParameter.PATH, description="文件 id")],
        responses={
            (200, "application/octet-stream"): OpenApiResponse(
                OpenApiTypes.BINARY, description="以附件形式下载（Content-Disposition: attachment）"
            ),
            404: OpenApiResponse(description="文件不存在，或无权下载"),
        },
    )
    def get(self, request: Request, pk: str) -> FileResponse:
        return file_response(request.user, check_id(pk))


class AttachmentView(StrictQueryParamsMixin, APIView):
    permission_classes = [IsAuthenticated]
    throttle_classes = [WriteRateThrottle]
    filter_backends: list = []

    @extend_schema(
        summary="督办人将佐证材料设为公开（计划公示页面可下载）或取消公开",
        parameters=[OpenApiParameter("id", int, OpenApiParameter.PATH, description="文件 id")],
        request=AttachmentUpdateSerializer,
        responses={200: AttachmentSerializer},
    )
    def patch(self, request: Request, pk: str) -> Response:
        attachment = Attachment.objects.select_related("commitment").filter(pk=check_id(pk)).first()
        if attachment is None or not access.can_read_evidence(request.user, attachment.commitment):
            raise Http404
        body = AttachmentUpdateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        updated = publication.set_attachment_public(
            request.user, attachment.pk, body.validated_data["public"]
        )
        return Response(AttachmentSerializer(updated, context={"request": request}).data)
