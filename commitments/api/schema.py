"""OpenAPI generation: every operation documents the shared error shape.

Declaring the errors once here (rather than on each view) keeps the schema
truthful about 401/403/404/429 everywhere, which the schemathesis run checks.
"""

from __future__ import annotations

from drf_spectacular.authentication import SessionScheme
from drf_spectacular.openapi import AutoSchema

from commitments.api.serializers.base import StrictInputMixin
from commitments.api.serializers.errors import ErrorSerializer

COMMON_ERRORS = ("400", "401", "403", "404", "429")


class CsrfSessionScheme(SessionScheme):
    """The session sign-in whose CSRF refusal speaks the user's language
    (``CsrfSessionAuthentication``) is the same cookie scheme in the schema."""

    target_class = "commitments.api.authentication.CsrfSessionAuthentication"


BODY_ERRORS = ("413",)


#: Tag of an operation: the resource after ``/api/v1/`` (``extend_schema(tags=…)``
#: overrides it, as the workflow actions do); ``auth`` and ``me`` are accounts.
TAG_OF_RESOURCE = {"auth": "accounts", "me": "accounts"}


class ApiAutoSchema(AutoSchema):
    def get_tags(self) -> list[str]:
        parts = [part for part in self.path.split("/") if part]
        resource = parts[2] if len(parts) > 2 and parts[:2] == ["api", "v1"] else parts[0]
        return [TAG_OF_RESOURCE.get(resource, resource)]

    def get_description(self) -> str:
        """Only what ``extend_schema(description=…)`` says: docstrings are written
        for developers and stay out of the published schema."""
        return ""

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

    def _map_basic_serializer(self, serializer, direction):
        """A strict input serializer refuses fields it does not know: say so
        (``additionalProperties: false``), so clients and schemathesis know too.
        The serializer's docstring is not the component's description."""
        schema = super()._map_basic_serializer(serializer, direction)
        schema.pop("description", None)  # the serializer's docstring, for developers
        if direction == "request" and isinstance(serializer, StrictInputMixin):
            schema["additionalProperties"] = False
        return schema
