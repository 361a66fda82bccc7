"""Tokens and the current user."""

from __future__ import annotations

from django.contrib.auth import authenticate
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import exceptions, status
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from commitments.api.parsers import FormParser, JSONParser
from commitments.api.serializers.accounts import (
    MeSerializer,
    TokenRequestSerializer,
    TokenSerializer,
)
from commitments.api.throttles import LOGIN_THROTTLES, WriteRateThrottle
from commitments.api.views.common import StrictQueryParamsMixin
from commitments.models import ApiToken


class TokenView(StrictQueryParamsMixin, APIView):
    """``POST`` exchanges a password for a token; ``DELETE`` revokes the token used."""

    parser_classes = [JSONParser, FormParser]

    def get_permissions(self):
        return [AllowAny()] if self.request.method == "POST" else [IsAuthenticated()]

    def get_throttles(self):
        if self.request.method == "POST":
            return [throttle() for throttle in LOGIN_THROTTLES]
        return [WriteRateThrottle()]

    @extend_schema(
        request=TokenRequestSerializer,
        responses={201: TokenSerializer},
        auth=[],
        summary="用用户名和密码换取 API 令牌",
    )
    def post(self, request):
        serializer = TokenRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = authenticate(request, **serializer.validated_data)
        if user is None or not user.is_active:
            raise exceptions.AuthenticationFailed(_("用户名或密码错误"))
        _token, raw = ApiToken.issue(user, name="api")
        return Response({"token": raw}, status=status.HTTP_201_CREATED)

    @extend_schema(
        request=None,
        responses={204: OpenApiResponse(description="已吊销")},
        summary="吊销本次请求所用的令牌",
    )
    def delete(self, request):
        if isinstance(request.auth, ApiToken):
            request.auth.revoke()
        return Response(status=status.HTTP_204_NO_CONTENT)


class MeView(StrictQueryParamsMixin, APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses=MeSerializer, summary="当前用户、角色与单位")
    def get(self, request):
        return Response(MeSerializer(request.user).data)
