"""Fields shared by the serializers."""

from __future__ import annotations

from rest_framework import serializers

#: Largest id a BIGINT column holds; larger numbers are "not found", not a crash.
MAX_ID = 2**63 - 1


class SafePrimaryKeyRelatedField(serializers.PrimaryKeyRelatedField):
    """A primary key outside the BIGINT range is reported as not existing
    instead of overflowing in the database driver."""

    def to_internal_value(self, data):
        if isinstance(data, int) and not isinstance(data, bool) and not 0 < data <= MAX_ID:
            self.fail("does_not_exist", pk_value=data)
        if isinstance(data, str) and data.isdigit() and not 0 < int(data) <= MAX_ID:
            self.fail("does_not_exist", pk_value=data)
        return super().to_internal_value(data)
