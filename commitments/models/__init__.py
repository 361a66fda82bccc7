"""Domain model of the commitment tracker (SPEC §2)."""

from commitments.models.accounts import ApiToken, IdempotencyRecord, hash_token
from commitments.models.attachments import Attachment
from commitments.models.carry_over import CarryOver
from commitments.models.commitment import Commitment, CoOwnership, Milestone, Target
from commitments.models.departments import Department, Membership
from commitments.models.imports import PlanEdit, PlanUpload
from commitments.models.notifications import Notification
from commitments.models.plans import Plan, Section
from commitments.models.progress import AppendOnlyError, ProgressReport, ReportTargetValue
from commitments.models.workflow import ClosureRequest, CommitmentEvent, ExtensionRequest

__all__ = [
    "ApiToken",
    "Attachment",
    "AppendOnlyError",
    "CarryOver",
    "ClosureRequest",
    "CoOwnership",
    "Commitment",
    "CommitmentEvent",
    "Department",
    "ExtensionRequest",
    "IdempotencyRecord",
    "Membership",
    "Milestone",
    "Notification",
    "Plan",
    "PlanEdit",
    "PlanUpload",
    "ProgressReport",
    "ReportTargetValue",
    "Section",
    "Target",
    "hash_token",
]
