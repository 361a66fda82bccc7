"""``/workspace/commitments/{id}/``: one commitment, and the forms its reader may use.

GET shows the page; each form POSTs back here with an ``action``. Every action
calls the same service function as the matching API endpoint (one transaction,
the same history events) and redirects on success to the top of the page, where
the message saying it is done is (never to an anchor below it); a refused or invalid
submission shows the page again with the errors beside the fields.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from commitments import uploads
from commitments.models import ClosureRequest, Commitment, ExtensionRequest
from commitments.services import publication, reporting, supervision, workflow
from commitments.services.reporting import ReportInput, TargetValue
from commitments.wording import listed
from workspace import forms, once
from workspace.page import Page, render_page

#: action → (form class, handler(request, commitment, form) -> success message, or the
#: message and what to say after the pledge's name)
Handler = Callable[[HttpRequest, Commitment, object], str | tuple[str, str]]


def _report(request: HttpRequest, item: Commitment, form: forms.ReportForm) -> str:
    files = form.cleaned_data["evidence_files"]  # checked by the form (EvidenceFilesField)
    data = ReportInput(
        status=form.cleaned_data["status"],
        percent=form.cleaned_data["percent"],
        as_of=form.cleaned_data["as_of"],
        narrative=form.cleaned_data["narrative"],
        evidence=tuple(form.cleaned_data["evidence"]),
        targets=tuple(TargetValue(pk, value) for pk, value in form.target_values()),
    )
    department = Page.department(request.user)
    if department is None:
        raise PermissionDenied(_("只有牵头单位或配合单位的经办人可以报送进度"))
    reporting.file_report(item.pk, request.user, department, data, files)
    return _("进度已报送")


def _acknowledge(request: HttpRequest, item: Commitment, form: forms.NoteForm) -> str:
    workflow.acknowledge(request.user, item, note=form.cleaned_data["note"])
    return _("已签收")


def _extension(request: HttpRequest, item: Commitment, form: forms.ExtensionForm) -> str:
    workflow.request_extension(
        request.user, item, form.cleaned_data["requested_deadline"], form.cleaned_data["reason"]
    )
    return _("延期申请已提交，等待督办人审核")


def _closure(request: HttpRequest, item: Commitment, form: forms.ClosureForm) -> str:
    files = form.cleaned_data["evidence_files"]  # checked by the form (EvidenceFilesField)
    workflow.request_closure(
        request.user, item, form.cleaned_data["summary"], form.cleaned_data["evidence"], files
    )
    return _("办结申请已提交，等待督办人审核")


def _decision(model, step, done: str) -> Handler:
    def handle(request: HttpRequest, item: Commitment, form: forms.DecisionForm) -> str:
        try:
            pending = model.objects.get(pk=form.cleaned_data["request_id"], commitment=item)
        except model.DoesNotExist:
            raise Http404 from None
        step(request.user, pending, reason=form.cleaned_data["reason"])
        return done

    return handle


def _correct(request: HttpRequest, item: Commitment, form: forms.CorrectionForm) -> str:
    data = form.cleaned_data
    supervision.update_commitment(
        item.pk,
        request.user,
        {
            "lead_owner": data["lead_owner"],
            "co_owners": list(data["co_owners"]),
            "deadline": data["deadline"],
            "milestones": data["milestones"],
        },
        note=data["note"],
    )
    return _("修改已保存，并记入办理记录")


def _public(request: HttpRequest, item: Commitment, form: forms.PublicForm) -> str:
    supervision.update_commitment(
        item.pk, request.user, {"public_note": form.cleaned_data["public_note"]}
    )
    chosen = set(form.cleaned_data["public_files"])
    for attachment_id, _name in form.fields["public_files"].choices:
        publication.set_attachment_public(request.user, attachment_id, attachment_id in chosen)
    return _("公示内容已保存")


def _urge(request: HttpRequest, item: Commitment, form: forms.UrgeForm) -> tuple[str, str]:
    """What the notice did, and after the pledge's name which units it reached by which
    channels and which it could not (``notices.reach_words``)."""
    from commitments.reminders import notices

    done = workflow.urge(
        request.user, item, form.cleaned_data["note"], form.cleaned_data["reply_by"]
    )
    who = notices.reach_words(notices.reach(done.commitment, done.queued), sent=True)
    if not done.queued:
        sent = _("督办通知已记入办理记录，未发出消息")
    else:
        sent = _("督办通知已发出（%(n)d条消息），并记入办理记录") % {"n": len(done.queued)}
    if done.undeliverable:
        sent = _("%(sent)s；%(m)d个地址无法送达（%(addresses)s），请联系管理员核对单位通讯录") % {
            "sent": sent,
            "m": len(done.undeliverable),
            "addresses": listed(row.recipient for row in done.undeliverable),
        }
    return sent, who


def _cancel(request: HttpRequest, item: Commitment, form: forms.CancelForm) -> str:
    workflow.cancel(request.user, item, reason=form.cleaned_data["reason"], reason_required=True)
    return _("事项已取消")


def _reopen(request: HttpRequest, item: Commitment, form: forms.ReopenForm) -> str:
    workflow.reopen(request.user, item, reason=form.cleaned_data["reason"])
    return _("事项已重新打开")


ACTIONS: dict[str, tuple[type, Handler]] = {
    "report": (forms.ReportForm, _report),
    "acknowledge": (forms.NoteForm, _acknowledge),
    "extension": (forms.ExtensionForm, _extension),
    "closure": (forms.ClosureForm, _closure),
    "approve_extension": (
        forms.DecisionForm,
        _decision(
            ExtensionRequest, workflow.approve_extension, gettext_lazy("延期已批准，完成时限已更新")
        ),
    ),
    "reject_extension": (
        forms.DecisionForm,
        _decision(ExtensionRequest, workflow.reject_extension, gettext_lazy("延期申请已驳回")),
    ),
    "accept_closure": (
        forms.DecisionForm,
        _decision(ClosureRequest, workflow.accept_closure, gettext_lazy("已审核办结")),
    ),
    "return_closure": (
        forms.DecisionForm,
        _decision(ClosureRequest, workflow.return_closure, gettext_lazy("办结申请已退回")),
    ),
    "correct": (forms.CorrectionForm, _correct),
    "public": (forms.PublicForm, _public),
    "urge": (forms.UrgeForm, _urge),
    "cancel": (forms.CancelForm, _cancel),
    "reopen": (forms.ReopenForm, _reopen),
}


def _put_errors(form, error: ValidationError | workflow.WorkflowError) -> None:
    if isinstance(error, workflow.WorkflowError):  # commitments.errors.DomainError
        for field, items in (error.errors or {"": [error.message]}).items():
            target = field if field in form.fields else None
            if field == "targets" and hasattr(form, "targets"):
                target = None
            for message in items:
                form.add_error(target, message)
        return
    if hasattr(error, "error_dict"):
        for field, items in error.message_dict.items():
            target = field if field in form.fields else None
            if field == "targets" and hasattr(form, "targets"):
                target = None
            for message in items:
                form.add_error(target, message)
        return
    for message in error.messages:
        form.add_error(None, message)


def done_message(done: str | tuple[str, str], item: Commitment) -> str:
    """What was done and to which pledge (``已签收：〔2026-01-01〕新建光伏电站``): the
    queue lists many, and a message alone does not say which one it was. ``done``: the
    message, or the message and sentences said after the pledge's name (a notice's
    recipients)."""
    done, after = done if isinstance(done, tuple) else (done, "")
    said = _("%(done)s：〔%(code)s〕%(title)s") % {
        "done": done,
        "code": item.code,
        "title": item.title,
    }
    return _("%(done)s。%(more)s") % {"done": said, "more": after} if after else said


def perform(
    request: HttpRequest,
    item: Commitment,
    page: Page,
    success_url: str | None = None,
    refused: Callable[[int], HttpResponse] | None = None,
) -> HttpResponse:
    """Run the POSTed action through its service. On success, redirect to
    ``success_url`` (default: this page) with a message; otherwise show the page
    again with the form as posted and its errors: ``refused(status)`` renders
    that page (default: this commitment's page), from ``page.bound``."""

    def again(status: int) -> HttpResponse:
        return refused(status) if refused is not None else render_page(request, page, status)

    if uploads.is_too_large(request.META, uploads.EVIDENCE):
        messages.error(request, uploads.too_large_message(uploads.EVIDENCE))
        return again(413)
    action = request.POST.get("action", "")
    if action not in ACTIONS:
        return again(400)
    form_class, handler = ACTIONS[action]
    kwargs: dict = {}
    if form_class is forms.ReportForm:
        kwargs = {"targets": page.targets, "commitment": item, "department": page.my_department}
    if form_class is forms.PublicForm:
        kwargs["attachments"] = page.attachments
    if form_class is forms.CorrectionForm:
        kwargs |= {
            "lead_id": item.lead_owner_id,
            "year": item.plan.year,
            "late": page.late_hand_over,
        }
    form = form_class(request.POST, request.FILES, prefix=action, **kwargs)
    page.bound[action] = form
    kind = forms.decision_kind(action)
    if kind is not None:
        page.bound_request = (kind, request.POST.get(f"{action}-request_id"))
    if not form.is_valid():
        return again(400)
    token = form.cleaned_data["form_token"]
    try:
        done = once.run_once(
            request.user, token, request.path, lambda: handler(request, item, form)
        )
    except (PermissionDenied, workflow.NotAllowed) as denied:
        message = getattr(denied, "message", None) or str(denied) or _("无权办理")
        messages.error(request, message)
        return again(403)
    except workflow.NotFound as missing:
        _put_errors(form, missing)
        return again(404)
    except (ValidationError, workflow.WorkflowError) as error:
        _put_errors(form, error)
        return again(409 if isinstance(error, workflow.StateConflict) else 400)
    if done is None:
        messages.info(request, _("该表单已提交过，未重复办理"))
    else:
        messages.success(request, done_message(done, item))
    # To the top of the page, where the message saying it is done is (above the
    # summary that shows the new state). Named: a redirect without a fragment keeps
    # the one the form posted to (``action="#report-form"``), past the message.
    return redirect((success_url or request.path) + "#top")


@login_required
def commitment_page(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(Commitment, pk=pk)
    page = Page(request.user, item, timezone.localdate())
    if request.method == "POST":
        return perform(request, item, page)
    return render_page(request, page)
