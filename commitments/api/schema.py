"""OpenAPI generation: every operation documents the shared error shape.

Declaring the errors once here (rather than on each view) keeps the schema
truthful about 401/403/404/429 everywhere, which the schemathesis run checks.
"""

from __future__ import annotations

from drf_spectacular.openapi import AutoSchema

from commitments.api.serializers.errors import ErrorSerializer

COMMON_ERRORS = ("400", "401", "403", "404", "429")
BODY_ERRORS = ("413",)


class ApiAutoSchema(AutoSchema):
    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        codes = COMMON_ERRORS
        if self.method in ("POST", "PUT", "PATCH"):
            codes = codes + BODY_ERRORS
        for code in codes:
            if code not in responses:
                responses[code] = self._get_response_for_code(
                    ErrorSerializer, code, direction=direction
                )
        return responses
