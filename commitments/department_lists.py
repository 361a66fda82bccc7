"""The list fields of a department (e-mail addresses, aliases, keywords): one
rule for what each may hold, used by the model's ``clean``, the admin's form
and the catalog loader, and an admin field that edits a list one item a line.

A reminder sweep reads ``contact_emails`` for every department it mails: a
number instead of a list, or an address the SMTP server will refuse, must be
stopped where an administrator types it, not discovered by the sweep.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

#: RFC 5321: a forward path holds at most 254 characters of address.
MAX_EMAIL_LENGTH = 254
MAX_NAME_LENGTH = 100
MAX_ITEMS = 100

_email = EmailValidator()


def _items(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise ValidationError(_("须为列表（每项一个）"), code="not_a_list")
    if len(value) > MAX_ITEMS:
        raise ValidationError(_("最多 %(n)d 项") % {"n": MAX_ITEMS}, code="too_many")
    return value


def validate_email_list(value: Any) -> None:
    """Every item an e-mail address of at most 254 characters; each error names its item."""
    errors = []
    for index, item in enumerate(_items(value), start=1):
        if not isinstance(item, str):
            errors.append(_("第%(n)d项不是文字：%(item)r") % {"n": index, "item": item})
        elif len(item) > MAX_EMAIL_LENGTH:
            errors.append(_("第%(n)d项超过 %(max)d 个字符") % {"n": index, "max": MAX_EMAIL_LENGTH})
        else:
            try:
                _email(item)
            except ValidationError:
                errors.append(
                    _("第%(n)d项不是有效的邮箱地址：%(item)s") % {"n": index, "item": item}
                )
    if errors:
        raise ValidationError(errors)


def validate_name_list(value: Any) -> None:
    """Every item a non-empty text of at most 100 characters (aliases, keywords)."""
    errors = []
    for index, item in enumerate(_items(value), start=1):
        if not isinstance(item, str) or not item.strip():
            errors.append(_("第%(n)d项须为非空文字") % {"n": index})
        elif len(item) > MAX_NAME_LENGTH:
            errors.append(_("第%(n)d项超过 %(max)d 个字符") % {"n": index, "max": MAX_NAME_LENGTH})
    if errors:
        raise ValidationError(errors)


VALIDATORS = {
    "contact_emails": validate_email_list,
    "aliases": validate_name_list,
    "keywords": validate_name_list,
}


class LineListField(forms.CharField):
    """A list edited as text, one item a line (blank lines and repeats dropped)."""

    widget = forms.Textarea(attrs={"rows": 4, "cols": 60})

    def __init__(self, *args, item_validator=None, **kwargs) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", gettext_lazy("每行一项"))
        self.item_validator = item_validator
        super().__init__(*args, **kwargs)

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, list):
            return "\n".join(str(item) for item in value)
        return value

    def to_python(self, value: Any) -> list[str]:
        text = super().to_python(value) or ""
        lines = [line.strip() for line in text.replace("\r", "\n").split("\n")]
        return list(dict.fromkeys(line for line in lines if line))

    def validate(self, value: list[str]) -> None:
        if self.required and not value:
            raise ValidationError(self.error_messages["required"], code="required")

    def run_validators(self, value: list[str]) -> None:
        if self.item_validator is not None:
            self.item_validator(value)


class DepartmentForm(forms.ModelForm):
    contact_emails = LineListField(
        label=gettext_lazy("联系邮箱"),
        item_validator=validate_email_list,
        help_text=gettext_lazy("每行一个邮箱地址"),
    )
    aliases = LineListField(label=gettext_lazy("别名"), item_validator=validate_name_list)
    keywords = LineListField(label=gettext_lazy("关键词规则"), item_validator=validate_name_list)
