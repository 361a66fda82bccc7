"""The workspace's forms: what a person types, checked before a service is called.

The services check everything again (they are the rules); these forms only
turn text into values and put each error beside its field, in Chinese.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.core.validators import URLValidator
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from commitments import rules, uploads
from commitments.choices import REPORTABLE_STATUSES, Comparator
from commitments.errors import Invalid
from commitments.models import Commitment, Department, ProgressReport, Target
from commitments.services import evidence, reporting, workflow
from workspace import once

MAX_LINKS = 20


class DateInput(forms.DateInput):
    """``<input type=date>`` wants ISO dates whatever the page's language."""

    input_type = "date"

    def __init__(self, **kwargs) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one ``<input type=file multiple>``; content is checked by the service."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


class EvidenceFilesField(MultipleFileField):
    """Evidence files; the help says the size rule (``uploads.evidence_rule``). The files
    are checked here (``evidence.check_files``: count, size, content type), so that a file
    too large or of a wrong type is reported with the form's other errors, in one round;
    ``cleaned_data`` holds the checked files the services take."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("label", _("佐证材料文件"))
        kwargs.setdefault("help_text", lazy(uploads.evidence_rule, str)())
        super().__init__(**kwargs)

    def clean(self, data, initial=None) -> list[evidence.CheckedFile]:  # type: ignore[override]
        try:
            return evidence.check_files(super().clean(data, initial))
        except Invalid as refused:
            errors = refused.errors.get(evidence.FIELD) or refused.message
            raise forms.ValidationError(errors) from None


class LinksField(forms.CharField):
    """Evidence links, one per line; only http(s) addresses."""

    widget = forms.Textarea(attrs={"rows": 2, "placeholder": "https://"})

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, value) -> list[str]:
        text = super().clean(value) or ""
        links = [line.strip() for line in text.splitlines() if line.strip()]
        if len(links) > MAX_LINKS:
            raise forms.ValidationError(_("佐证链接最多 %(n)d 条") % {"n": MAX_LINKS})
        check = URLValidator(schemes=["http", "https"])
        for link in links:
            try:
                check(link)
            except forms.ValidationError:
                raise forms.ValidationError(
                    _("“%(link)s”不是有效的网址，请以 http:// 或 https:// 开头") % {"link": link}
                ) from None
            if len(link) > 500:
                raise forms.ValidationError(_("网址过长（最多 500 个字符）"))
        return links


class TokenForm(forms.Form):
    """Every write form carries a one-time token: a second submit writes nothing."""

    form_token = forms.CharField(widget=forms.HiddenInput, max_length=64)


#: A target's goal under its box, one sentence per comparator (a comparator's label
#: alone reads "Target At least 90" in English).
GOALS = {
    Comparator.GTE: _("目标 不低于 %(value)s%(unit)s"),
    Comparator.LTE: _("目标 不高于 %(value)s%(unit)s"),
    Comparator.EQ: _("目标 %(value)s%(unit)s"),
}


class ReportForm(TokenForm):
    status = forms.ChoiceField(
        label=_("推进状态"), choices=[(s.value, s.label) for s in REPORTABLE_STATUSES]
    )
    # The range is the service's rule, checked in ``clean`` with the status (one
    # round); the page's form asks the browser not to check it first (novalidate).
    percent = forms.IntegerField(
        label=_("完成百分比"), widget=forms.NumberInput(attrs={"min": 0, "max": 100})
    )
    as_of = forms.DateField(label=_("截至日期"), widget=DateInput())
    narrative = forms.CharField(
        label=_("进展情况"),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    evidence = LinksField(label=_("佐证材料链接（每行一个）"))
    evidence_files = EvidenceFilesField()
    # A page-level guard (the API takes any 0–100): a lower percent than the department's
    # last report is often a typo (20 for 80), and it moves the light and the averages.
    confirm_lower = forms.BooleanField(label=_("确认调低完成百分比"), required=False)

    def __init__(
        self,
        *args,
        targets: list[Target] = (),
        commitment: Commitment | None = None,
        department: Department | None = None,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.targets = list(targets)
        #: whose report it is on what: the service's checks of its date run with
        #: the form's own, so that every error shows in one round
        self.commitment, self.department = commitment, department
        for target in self.targets:
            self.fields[f"target_{target.pk}"] = forms.DecimalField(
                label=target.metric,
                required=False,
                max_digits=18,
                decimal_places=4,
                help_text=GOALS.get(target.comparator, GOALS[Comparator.EQ])
                % {"value": rules.plain_number(target.value), "unit": target.unit},
            )

    def target_fields(self) -> list:
        return [self[f"target_{t.pk}"] for t in self.targets]

    def plain_fields(self) -> list:
        return [self[name] for name in ("status", "percent", "as_of")]

    def clean_as_of(self) -> datetime.date:
        value = self.cleaned_data["as_of"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("截至日期不能晚于今天"))
        if self.commitment is not None and self.department is not None:
            try:
                reporting.check_as_of(self.commitment, self.department.pk, value)
            except workflow.WorkflowError as error:
                raise forms.ValidationError(error.message) from None
        return value

    def clean(self) -> dict:
        """The service's rules of a whole report (``reporting.status_and_percent_errors``,
        ``reporting.target_errors``), each error beside its field, with the fields'
        own: a phone user fixes them all in one round (files are chosen again)."""
        data = super().clean() or {}
        status, percent = data.get("status"), data.get("percent")
        if percent is not None:
            found = reporting.status_and_percent_errors(status or "", percent)
            if status is None:  # its own error is already beside it
                found.pop("status", None)
            for field, error in found.items():
                self.add_error(field, error)
        values = self.target_values()
        metrics = {t.pk: t.metric for t in self.targets}
        for (pk, _value), error in zip(
            values, reporting.target_errors(values, metrics), strict=True
        ):
            if error:
                self.add_error(f"target_{pk}", error[1])
        previous = self.previous_percent()
        if (
            percent is not None
            and previous is not None
            and percent < previous
            and not data.get("confirm_lower")
        ):
            #: the page shows the confirmation box (``asks_lower``) beside this error
            self.asks_lower = True
            self.add_error(
                "percent",
                _(
                    "低于本单位上次报送的 %(previous)d%%：如确需调低（例如上次填报有误），"
                    "请勾选下方“确认调低完成百分比”后再提交"
                )
                % {"previous": previous},
            )
        return data

    #: set by ``clean`` when the percent is lower than the last report's and not confirmed
    asks_lower = False

    def previous_percent(self) -> int | None:
        """The percent of the department's last report on the commitment, if any."""
        if self.commitment is None or self.department is None:
            return None
        return (
            ProgressReport.objects.filter(commitment=self.commitment, department=self.department)
            .order_by("-created_at", "-id")
            .values_list("percent", flat=True)
            .first()
        )

    def target_values(self) -> list[tuple[int, Decimal]]:
        return [
            (t.pk, self.cleaned_data[f"target_{t.pk}"])
            for t in self.targets
            if self.cleaned_data.get(f"target_{t.pk}") is not None
        ]


class NoteForm(TokenForm):
    note = forms.CharField(label=_("备注"), required=False, max_length=2000)


class ExtensionForm(TokenForm):
    requested_deadline = forms.DateField(label=_("申请延至"), widget=DateInput())
    reason = forms.CharField(
        label=_("延期理由"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )


class ClosureForm(TokenForm):
    summary = forms.CharField(
        label=_("办结情况"), max_length=20000, widget=forms.Textarea(attrs={"rows": 4})
    )
    evidence = LinksField(label=_("佐证材料链接（每行一个）"))
    evidence_files = EvidenceFilesField()


class DecisionForm(TokenForm):
    """Approve or refuse a request; its prefix is the action. A refusal must give its
    reason (the workflow says so); the two boxes sit side by side, so each says which
    button it goes with."""

    #: A refusal and its box's label, worded after its button (驳回 / 退回).
    REFUSALS = {
        "reject_extension": _("驳回理由（必填）"),
        "return_closure": _("退回理由（必填）"),
    }

    request_id = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    reason = forms.CharField(
        label=_("审核意见"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.prefix in self.REFUSALS:
            self.fields["reason"].label = self.REFUSALS[self.prefix]
        else:
            self.fields["reason"].label = _("审核意见（可不填）")


#: The two decisions on a pending request of each kind: (approve, refuse).
DECISIONS = {
    "extension": ("approve_extension", "reject_extension"),
    "closure": ("accept_closure", "return_closure"),
}


def decision_forms(kind: str, request_id: int, bound: DecisionForm | None = None) -> dict:
    """The approve and refuse forms of one pending request, one card on the page.

    ``bound`` is the form of this card a POST could not save: it is shown as
    posted (its errors beside its box), and the other box keeps the text typed
    in it (both boxes are in the card's one ``<form>``).
    """
    result = {}
    for action in DECISIONS[kind]:
        if bound is not None and bound.prefix == action:
            result[action] = bound
            continue
        initial: dict = {"request_id": request_id, "form_token": once.new_token()}
        if bound is not None:
            initial["reason"] = bound.data.get(f"{action}-reason", "")
        result[action] = DecisionForm(prefix=action, initial=initial)
    return result


def decision_kind(action: str) -> str | None:
    """``extension`` or ``closure`` for a decision's action, else ``None``."""
    return next((kind for kind, actions in DECISIONS.items() if action in actions), None)


class PublicForm(TokenForm):
    """What the plan's public page (SPEC §4c) shows of this pledge beyond the ledger."""

    public_note = forms.CharField(
        label=_("公开说明"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("在计划的承诺兑现公示页面上公开；勿写内部情况、人名或联系方式"),
    )
    public_files = forms.TypedMultipleChoiceField(
        label=_("公开的佐证文件"), required=False, coerce=int, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, attachments=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["public_files"].choices = [(a.pk, a.name) for a in attachments]


class ReasonForm(TokenForm):
    reason = forms.CharField(
        label=_("理由"), required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 2})
    )


class UrgeForm(TokenForm):
    """督办通知: an optional note and 回复期限; the service holds the rules (the note's
    length, a date not in the past, once a day), shown beside these fields."""

    note = forms.CharField(
        label=_("督办意见（可不填）"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": workflow.URGE_NOTE_MAX}),
    )
    reply_by = forms.DateField(label=_("回复期限（可不填）"), required=False, widget=DateInput())


class CancelForm(ReasonForm):
    """Cancelling ends the pledge's reports and requests: the page asks for the reason
    (the service refuses a blank one when told to, ``cancel(reason_required=True)``) and
    for a tick that says the supervisor means it, a confirmation without JavaScript."""

    confirm = forms.BooleanField(
        label=_("我确认取消此事项：取消后不再接受报送和申请，待审核的申请随之关闭"),
        error_messages={"required": _("请勾选确认后再取消")},
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["reason"].label = _("取消理由（必填）")
        # The browser asks for both before it posts (a blank of spaces reaches the rule).
        self.fields["reason"].widget.attrs["required"] = True

    def clean_reason(self) -> str:
        try:  # the service's rule, so that both asks show at once
            return workflow.required_reason(self.cleaned_data["reason"])
        except workflow.WorkflowError as error:
            raise forms.ValidationError(error.message) from None


class ReopenForm(ReasonForm):
    """Reopening takes back a pledge declared done or cancelled: the history must say
    why (the service's rule, ``workflow.required_reopen_reason``)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["reason"].label = _("重新打开理由（必填）")
        self.fields["reason"].widget.attrs["required"] = True

    def clean_reason(self) -> str:
        try:
            return workflow.required_reopen_reason(self.cleaned_data["reason"])
        except workflow.WorkflowError as error:
            raise forms.ValidationError(error.message) from None


_DATE_LIKE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


class MilestonesField(forms.CharField):
    """Milestones as lines ``2026-06-30 完成选址``; the example takes the plan's year
    (``for_year``)."""

    widget = forms.Textarea(attrs={"rows": 3})

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.year: int | None = None

    def for_year(self, year: int) -> None:
        """Called by the form, when the reader's language is known."""
        self.year = year
        self.widget.attrs["placeholder"] = self.example

    @property
    def example(self) -> str:
        year = self.year or timezone.localdate().year
        return _("%(date)s 完成选址") % {"date": f"{year}-06-30"}

    def clean(self, value) -> list[dict]:
        text = super().clean(value) or ""
        items = []
        for number, line in enumerate(text.splitlines(), start=1):
            line = line.strip()
            if not line:
                continue
            day, _sep, what = line.partition(" ")
            try:
                due = datetime.date.fromisoformat(day)
            except ValueError:
                message = (
                    _("第%(n)d行：“%(day)s”不是有效的日期，请写成如“%(example)s”")
                    if _DATE_LIKE.fullmatch(day)
                    else _("第%(n)d行：请以日期开头，如“%(example)s”")
                )
                raise forms.ValidationError(
                    message % {"n": number, "day": day, "example": self.example}
                ) from None
            if not what.strip():
                raise forms.ValidationError(_("第%(n)d行：请写明节点内容") % {"n": number})
            items.append({"due": due, "text": what.strip()[:300]})
        return items


class CorrectionForm(TokenForm):
    lead_owner = forms.ModelChoiceField(
        label=_("牵头单位"), queryset=Department.objects.filter(is_active=True).order_by("name")
    )
    co_owners = forms.ModelMultipleChoiceField(
        label=_("配合单位"),
        queryset=Department.objects.filter(is_active=True).order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        # not Django's "…24 is not one of the available choices": a unit retired meanwhile
        error_messages={"invalid_choice": _("所选的配合单位已停用或不存在，请重新选择")},
    )
    deadline = forms.DateField(label=_("完成时限（批准）"), widget=DateInput())
    #: Shown only for an overdue pledge (``late``): a change of lead keeps its deadline
    #: only when the supervisor says so here.
    keep_deadline = forms.BooleanField(required=False)
    milestones = MilestonesField(label=_("阶段节点（每行：日期 内容）"))
    note = forms.CharField(label=_("修改说明"), required=False, max_length=2000)

    def __init__(
        self,
        *args,
        lead_id: int | None = None,
        year: int | None = None,
        late: LateHandOver | None = None,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        #: the pledge is overdue: a change of lead asks for a new deadline (``clean``)
        self.late = late
        self.lead_id = lead_id
        if late is None:
            del self.fields["keep_deadline"]
        else:
            self.fields["keep_deadline"].label = _(
                "保留原完成时限 %(deadline)s：移交后事项仍为逾期，逾期计入%(name)s"
            ) % {"deadline": late.deadline.isoformat(), "name": late.counted_against}
        # examples in the plan's year, not another
        self.fields["milestones"].for_year(year or timezone.localdate().year)
        if lead_id is not None:  # the lead is not its own co-owner (the service refuses it)
            # The list leaves out the lead the form holds: the saved one, or the one just
            # chosen when the form comes back refused (without a script, the page cannot
            # follow the choice before it is posted). A unit ticked and then chosen as lead
            # is dropped from the co-owners (``clean``), so a co-owner can be made the lead
            # in one save.
            field = self.fields["co_owners"]
            shown = self._posted_lead() or lead_id
            field.widget.choices = [
                (value, label)
                for value, label in field.choices
                if str(getattr(value, "value", value)) != str(shown)
            ]
            field.help_text = _(
                "牵头单位不在此列：选作牵头单位的单位不再作为配合单位；"
                "更换牵头单位后，可再将原牵头单位设为配合单位"
            )

    def co_owner_names(self) -> list[str]:
        """The co-owners the form holds, as the folded 配合单位 line names them: the ticked
        (posted, or saved) units among the list's choices, so the lead the list leaves out
        is left out here too (``["司法所", …]``; empty for none)."""
        ticked = {str(v) for v in self["co_owners"].value() or []}
        return [
            str(label)
            for value, label in self.fields["co_owners"].widget.choices
            if str(getattr(value, "value", value)) in ticked
        ]

    def _posted_lead(self) -> int | None:
        """The lead the posted form chose (its id), if it names one."""
        if not self.is_bound:
            return None
        posted = str(self.data.get(self.add_prefix("lead_owner"), ""))
        return int(posted) if posted.isdigit() else None

    def clean(self) -> dict:
        """The chosen lead is left out of the co-owners: ``{"lead_owner": Department,
        "co_owners": [Department, …], …}``. An overdue pledge (``late``) given to another
        lead needs a deadline not before today, or the old one kept by ticking
        ``keep_deadline`` (SPEC §4a)."""
        data = super().clean()
        lead = data.get("lead_owner")
        if lead is not None and data.get("co_owners") is not None:
            data["co_owners"] = [d for d in data["co_owners"] if d.pk != lead.pk]
        late, deadline = self.late, data.get("deadline")
        if late is None or lead is None or lead.pk == self.lead_id or deadline is None:
            return data
        if data.get("keep_deadline"):
            if deadline != late.deadline:
                self.add_error(
                    "keep_deadline",
                    _("已勾选保留原完成时限 %(old)s，完成时限却改为了 %(new)s：请二选一")
                    % {"old": late.deadline.isoformat(), "new": deadline.isoformat()},
                )
        elif deadline < late.today:
            self.add_error(
                "deadline",
                _(
                    "事项已逾期%(days)d天：更换牵头单位时，请填写今天（%(today)s）或以后的"
                    "完成时限；如确需保留原完成时限，请勾选下方“保留原完成时限”"
                )
                % {"days": late.days, "today": late.today.isoformat()},
            )
        return data


@dataclass(frozen=True)
class LateHandOver:
    """An overdue pledge, as the correction form warns about a change of its lead:
    ``days`` overdue on ``today`` past ``deadline``, its 逾期 counted against the unit
    ``counted_against`` names (``rules.overdue_counted_against``)."""

    deadline: datetime.date
    today: datetime.date
    days: int
    counted_against: str

    @classmethod
    def of(cls, item: Commitment, today: datetime.date | None = None) -> LateHandOver | None:
        """``None`` unless ``item`` is overdue on ``today`` (default: the town's today)."""
        today = today or timezone.localdate()
        counted = rules.overdue_counted_against(item, today)
        if counted is None:
            return None
        name = (
            item.lead_owner.name
            if counted == item.lead_owner_id
            else Department.objects.filter(pk=counted).values_list("name", flat=True).first()
        )
        return cls(item.deadline, today, (today - item.deadline).days, name or "—")
