"""Domain model of the commitment tracker (SPEC §2)."""

from commitments.models.accounts import ApiToken, IdempotencyRecord, hash_token
from commitments.models.attachments import Attachment
from commitments.models.calendar import CalendarDay
from commitments.models.carry_over import CarryOver
from commitments.models.channels import Platform, RobotChannel, RobotThrottle
from commitments.models.commitment import Commitment, CoOwnership, Milestone, Target
from commitments.models.departments import Department, Membership
from commitments.models.imports import PlanEdit, PlanUpload
from commitments.models.jobs import MergeJob
from commitments.models.notifications import Escalation, Notification
from commitments.models.plans import Plan, Section
from commitments.models.progress import AppendOnlyError, ProgressReport, ReportTargetValue
from commitments.models.tallies import DueDayReportTally, FirstReportTally
from commitments.models.workflow import ClosureRequest, CommitmentEvent, ExtensionRequest

__all__ = [
    "CalendarDay",
    "ApiToken",
    "Attachment",
    "AppendOnlyError",
    "CarryOver",
    "ClosureRequest",
    "CoOwnership",
    "Commitment",
    "CommitmentEvent",
    "Department",
    "DueDayReportTally",
    "Escalation",
    "ExtensionRequest",
    "FirstReportTally",
    "IdempotencyRecord",
    "Membership",
    "MergeJob",
    "Milestone",
    "Notification",
    "Plan",
    "PlanEdit",
    "PlanUpload",
    "Platform",
    "ProgressReport",
    "ReportTargetValue",
    "Section",
    "RobotChannel",
    "RobotThrottle",
    "Target",
    "hash_token",
]
