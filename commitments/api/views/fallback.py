"""JSON 404 for any ``/api/`` address that matches no route.

Without it Django answers an unknown API path (``/api/v1/plans/0.5/``) with
its HTML error page, which scripts cannot parse and which breaks the
documented content type. Routed last in ``tracker/urls.py``.
"""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions
from rest_framework.permissions import AllowAny
from rest_framework.views import APIView


@extend_schema(exclude=True)
class ApiNotFound(APIView):
    authentication_classes: list = []
    permission_classes = [AllowAny]

    def initial(self, request, *args, **kwargs):
        raise exceptions.NotFound(_("没有这个接口地址"))
