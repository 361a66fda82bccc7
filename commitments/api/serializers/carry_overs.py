"""Carry-over links (跨年结转) between pledges of consecutive years."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from commitments.api.serializers.base import InputSerializer
from commitments.choices import CarryOverState
from commitments.models import CarryOver, Commitment


class LinkedCommitmentSerializer(serializers.ModelSerializer):
    plan_year = serializers.IntegerField(source="plan.year", read_only=True)
    lead_owner = serializers.CharField(source="lead_owner.name", read_only=True)

    class Meta:
        model = Commitment
        fields = ["id", "code", "plan_year", "title", "status", "lead_owner", "deadline"]
        read_only_fields = fields


class CarryOverSerializer(serializers.ModelSerializer):
    predecessor = LinkedCommitmentSerializer(read_only=True)
    successor = LinkedCommitmentSerializer(read_only=True)

    class Meta:
        model = CarryOver
        fields = ["id", "predecessor", "successor", "score", "state", "decided_at"]
        read_only_fields = fields


class CarryOverDecisionSerializer(InputSerializer):
    note = serializers.CharField(
        max_length=2000,
        required=False,
        allow_blank=True,
        label=_("说明"),
        help_text="说明，记入办理记录",
    )


class CarryOverQuerySerializer(InputSerializer):
    """``?plan=&state=`` of the list, ``?year=`` of the unfinished list."""

    plan = serializers.IntegerField(
        min_value=1, max_value=2**63 - 1, required=False, label=_("工作计划")
    )
    state = serializers.ChoiceField(choices=CarryOverState.choices, required=False, label=_("状态"))
    year = serializers.IntegerField(
        min_value=2000, max_value=2100, required=False, label=_("计划年度")
    )
