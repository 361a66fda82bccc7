"""The supervision workflow (督办流程, SPEC §2): one function per step.

Each step locks the commitment row (``select_for_update``), checks who asks
(403-like), then the commitment's state (409-like), then the input (400-like),
and only then writes the change and one ``CommitmentEvent`` in the same
transaction. A refused step raises a ``commitments.errors.DomainError``
(``Forbidden``, ``Conflict``, ``Invalid``, ``NotFound``) before anything is
written, so callers never clean up.

One module per job: ``common`` (shared checks and history), ``acknowledgement``,
``extensions``, ``closure``, ``co_owners`` (免报), ``closing`` (cancel, reopen),
``urging`` (督办通知).

Decisions worth knowing (also in docs of each function):

- Deciding (approve/reject, accept/return, excuse, cancel, reopen) belongs to
  supervisors who oversee the *lead* owner (``access.can_supervise``) and to
  administrators; nobody decides a request they filed themselves.

- 签收: staff of the lead owner *and* of each co-owner acknowledge, once per
  department. Only the lead's acknowledgment fills ``acknowledged_at/by`` on
  the commitment (what the unacknowledged reminders watch); a co-owner's is
  kept as an event with its department.
- 延期申请: staff of the lead or a co-owner ask, on or before the deadline.
  Supervisors do not ask (50d4530): they decide, and change a deadline
  themselves (``supervision.update_commitment``, also after it passed).
  Nobody decides their own request (requests filed by supervisors before
  50d4530 keep that check).
- 申请办结: the lead only; refused while a co-owner has never reported unless
  a supervisor excused it. Asking does not change the status (there is no
  "under review" status); a returned request leaves the status as it was.
- An approved extension moves ``deadline`` (``original_deadline`` never moves)
  and adds ``deadline`` to ``edited_fields`` so that re-importing the plan
  keeps the decision.
- Closing (accept, cancel) withdraws the other pending request, so a closed
  commitment never has anything pending; reopen restores the status and
  percent that the closing step replaced.
"""

from __future__ import annotations

from commitments.errors import Conflict, DomainError, Forbidden, Invalid, NotFound
from commitments.services.workflow.acknowledgement import acknowledge, acknowledged_department_ids
from commitments.services.workflow.closing import (
    cancel,
    reopen,
    required_reason,
    required_reopen_reason,
)
from commitments.services.workflow.closure import (
    accept_closure,
    progress_short_of_done,
    request_closure,
    return_closure,
    unreported_co_owners,
)
from commitments.services.workflow.co_owners import excuse_co_owner
from commitments.services.workflow.common import (
    ACTIONS,
    ensure_department_current,
    ensure_open,
    lock_commitment,
    step_transaction,
)
from commitments.services.workflow.extensions import (
    approve_extension,
    reject_extension,
    request_extension,
)
from commitments.services.workflow.urging import NOTE_MAX as URGE_NOTE_MAX
from commitments.services.workflow.urging import Urged, urge

# The one error family of every service lives in ``commitments.errors``; the old
# names stay importable from here for callers written against them.
WorkflowError = DomainError
NotAllowed = Forbidden
StateConflict = Conflict
InvalidInput = Invalid

__all__ = [
    "step_transaction",
    "ACTIONS",
    "Conflict",
    "DomainError",
    "Forbidden",
    "Invalid",
    "InvalidInput",
    "NotAllowed",
    "NotFound",
    "StateConflict",
    "URGE_NOTE_MAX",
    "Urged",
    "WorkflowError",
    "accept_closure",
    "acknowledge",
    "acknowledged_department_ids",
    "approve_extension",
    "cancel",
    "ensure_department_current",
    "ensure_open",
    "excuse_co_owner",
    "lock_commitment",
    "progress_short_of_done",
    "reject_extension",
    "reopen",
    "request_closure",
    "request_extension",
    "required_reason",
    "required_reopen_reason",
    "return_closure",
    "unreported_co_owners",
    "urge",
]
