"""One e-mail, three parts (subject, plain text, HTML), rendered by one helper.

Every reason due for a recipient is one section of one e-mail. Rendering
reads only the Notification's stored context, so the e-mail a retry sends is
the e-mail that was decided. E-mails are written in
``settings.EMAIL_LANGUAGE`` (Chinese by default), whatever language the
process or request happens to be in; the labels frozen into the context are
produced in that language too (``sweep.build_rows``).

The parts are built with ``gettext`` strings and ``str.join`` rather than
Django templates: a message lists about twenty items, and the template engine
spent 8–12 ms per message on them (two thirds of a worker's time per e-mail at
100k, bench/), this builder well under a millisecond. The HTML escapes every
value from the context (``html.escape``), the text part none.
"""

from __future__ import annotations

import base64
import email
import functools
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from email.header import Header
from email.message import Message
from email.utils import formatdate
from html import escape

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.message import sanitize_address
from django.utils import translation
from django.utils.translation import gettext, ngettext

from commitments.choices import NotificationKind
from commitments.models import Notification
from commitments.naming import code_label, code_template, plan_code_template
from commitments.wording import listed

SUBJECT_MAX = 300
#: RFC 5321: a line of a message is at most 998 octets before its CRLF.
MAX_LINE_OCTETS = 998

#: The dot before each item in the HTML part: the light's colour.
LIGHT_COLORS = {"red": "#c00", "yellow": "#b80"}
GREEN = "#080"
ITEM_FIELDS = ("code", "title", "owner_note", "line", "url")

HTML_HEAD = (
    '<!DOCTYPE html>\n<html lang="{lang}">\n'
    '<head><meta charset="utf-8"><title>{subject}</title></head>\n'
    "<body style=\"font-family: 'Microsoft YaHei', 'PingFang SC', sans-serif; "
    'color: #222; font-size: 14px; line-height: 1.6;">\n'
)


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def language() -> translation.override:
    """The language messages (and the labels frozen into their context) are written in."""
    return translation.override(settings.EMAIL_LANGUAGE)


def render_subject(context: Mapping) -> str:
    if context.get("notice"):  # a supervisor's 督办通知 (``notices``), not a reminder
        from commitments.reminders import notices

        return notices.render_subject(context)
    with language():
        raw = gettext("【督办提醒】%(summary)s") % {"summary": context["summary"]}
    return " ".join(raw.split())[:SUBJECT_MAX]


def render(context: Mapping, subject: str | None = None) -> Rendered:
    if context.get("notice"):  # a supervisor's 督办通知 (``notices``), not a reminder
        from commitments.reminders import notices

        return notices.render(context, subject)
    subject = subject or render_subject(context)
    with language():
        return Rendered(subject, _text(context), _html(context, subject))


def _headline(context: Mapping, value=str) -> str:
    return gettext("%(today)s 督办提醒：%(summary)s。") % {
        "today": value(context["today"]),
        "summary": value(context["summary"]),
    }


def _report_template() -> str:
    """Looked up once per part, not per item: each ``gettext`` call finds the active
    translation anew (~9 µs), and a message lists up to seventy items."""
    return gettext("最近报送：%(at)s，完成%(percent)s%%")


def _report_note(report: Mapping, value=str, template: str | None = None) -> str:
    return (template or _report_template()) % {
        "at": value(report["at"]),
        "percent": value(report["percent"]),
    }


#: The sections whose items say their last report or, when none came, 尚未报送 (SPEC §5:
#: the overdue digest gives "days overdue and the last report"); elsewhere an item
#: says its last report only when it has one.
SAYS_NO_REPORT = frozenset(
    {NotificationKind.ESCALATION.value, NotificationKind.OVERDUE_DIGEST.value}
)


def _report_words(section: Mapping, item: Mapping, value=str, template: str | None = None) -> str:
    """An item's last report (``最近报送：2026-12-01 10:00，完成60%``); 尚未报送 in an
    overdue section for an item without one; else "" (contexts stored by older versions,
    without ``last_report``, say nothing)."""
    report = item.get("last_report")
    if report:
        return _report_note(report, value, template)
    if "last_report" in item and section.get("kind") in SAYS_NO_REPORT:
        return str(value(gettext("尚未报送")))
    return ""


def _more(more: int, section: Mapping | None = None) -> str:
    """``……另有6项，见工作台``; for a section whose count a later one covers and lists
    (the escalations, under the overdue digest: ``messages.LISTED_ABOVE``), where to
    find them: ``……另有6项，见下文“逾期通报”`` (walk14 m7)."""
    below = (section or {}).get("more_below")
    if below:
        return ngettext(
            "……另有%(more)s项，见下文“%(label)s”", "……另有%(more)s项，见下文“%(label)s”", more
        ) % {"more": more, "label": below}
    return ngettext("……另有%(more)s项，见工作台", "……另有%(more)s项，见工作台", more) % {
        "more": more
    }


def _fields(item: Mapping) -> tuple[str, str, str, str, str]:
    """An item's code, title, owner note, reason line and link; a missing one is
    empty (as a template would have it: contexts stored by older versions)."""
    return tuple(str(item.get(key, "")) for key in ITEM_FIELDS)  # type: ignore[return-value]


def by_department(section: Mapping) -> str:
    """The overdue digest's count per department, the largest first (SPEC §5: grouped
    by department): ``按单位：经济发展办公室 5项、文化站 3项，另有4个单位共6项``;
    "" for a section without it."""
    shown = section.get("by_department") or []
    if not shown:
        return ""
    parts = listed(
        ngettext("%(name)s %(n)s项", "%(name)s %(n)s项", n) % {"name": name, "n": n}
        for name, n in shown
    )
    text = gettext("按单位：%(departments)s") % {"departments": parts}
    others = int(section.get("departments") or len(shown)) - len(shown)
    if others > 0:
        rest = int(section["count"]) - sum(n for _, n in shown)
        text += ngettext(
            "，另有%(others)s个单位共%(rest)s项",
            "，另有%(others)s个单位共%(rest)s项",
            others,
        ) % {"others": others, "rest": rest}
    return text


def listed_above(section: Mapping, above: int | None = None) -> str:
    """How many of a section's count an earlier section listed, so they are not listed
    twice (``messages.LISTED_ABOVE``); "" when none."""
    above = section.get("above", 0) if above is None else above
    if not above:
        return ""
    return ngettext(
        "其中%(n)s项已列在上文“%(label)s”中，不再重复",
        "其中%(n)s项已列在上文“%(label)s”中，不再重复",
        above,
    ) % {"n": above, "label": section.get("above_label", "")}


def _text(context: Mapping) -> str:
    out = [_headline(context), "\n"]
    report_template, code_template_ = _report_template(), code_template()
    plan_template = plan_code_template()
    for section in context["sections"]:
        count = section["count"]
        out.append(
            "\n"
            + ngettext("【%(label)s】%(n)s项", "【%(label)s】%(n)s项", count)
            % {"label": section["label"], "n": count}
            + "\n"
        )
        for remark in (by_department(section), listed_above(section)):
            if remark:
                out.append(f"{remark}\n")
        for number, item in enumerate(section["items"], 1):
            code, title, note, line, url = _fields(item)
            label = code_label(code, code_template_, item.get("plan", ""), plan_template)
            out.append(f"{number}. {label} {title}{note}\n   {line}\n")
            if said := _report_words(section, item, str, report_template):
                out.append(f"   {said}\n")
            out.append(f"   {url}\n")
        if section.get("more"):
            out.append(f"   {_more(section['more'], section)}\n")
    out.append("\n" + gettext("全部事项：%(url)s") % {"url": context["workspace_url"]} + "\n")
    out.append("——\n" + gettext("本邮件由督办台账系统根据台账数据自动发送，请勿直接回复。"))
    return "".join(out).strip() + "\n"


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _html(context: Mapping, subject: str) -> str:
    lang = translation.get_language() or settings.EMAIL_LANGUAGE
    out = [
        HTML_HEAD.format(lang="zh-CN" if lang[:2] == "zh" else _e(lang), subject=_e(subject)),
        f"<p><strong>{_headline(context, _e)}</strong></p>\n",
    ]
    report_template, code_template_ = _report_template(), code_template()
    plan_template = plan_code_template()
    for section in context["sections"]:
        count = section["count"]
        label = ngettext("%(label)s（%(n)s项）", "%(label)s（%(n)s项）", count) % {
            "label": _e(section["label"]),
            "n": count,
        }
        out.append(f'\n<h3 style="margin: 18px 0 6px; font-size: 15px;">{label}</h3>\n')
        for remark in (by_department(section), listed_above(section)):
            if remark:
                out.append(f'<p style="margin: 0 0 6px;">{_e(remark)}</p>\n')
        out.append('<ol style="padding-left: 20px; margin: 0;">\n')
        for item in section["items"]:
            code, title, owner_note, line, url = map(_e, _fields(item))
            code = _e(
                code_label(
                    item.get("code", ""), code_template_, item.get("plan", ""), plan_template
                )
            )
            color = LIGHT_COLORS.get(item.get("light"), GREEN)
            said = _report_words(section, item, _e, report_template)
            note = f"<br><small>{said}</small>" if said else ""
            out.append(
                f'<li style="margin-bottom: 6px;"><a href="{url}">{code} {title}</a>'
                f"{owner_note}<br>\n"
                f'<span style="color: {color};">●</span> {line}{note}</li>\n'
            )
        out.append("</ol>\n")
        if section.get("more"):
            out.append(f'<p style="margin: 4px 0;">{_e(_more(section["more"], section))}</p>')
        out.append("\n")
    # Outside the f-string: makemessages does not see a gettext call inside one.
    see_all = gettext("在工作台查看全部事项")
    footer = gettext("本邮件由督办台账系统根据台账数据自动发送，请勿直接回复。")
    out.append(
        f'\n<p><a href="{_e(context["workspace_url"])}">{see_all}</a></p>\n'
        '<p style="color: #888; font-size: 12px; margin-top: 24px;">'
        f"{footer}</p>\n"
        "</body>\n</html>\n"
    )
    return "".join(out)


class RawMessage:
    """What mail backends take from ``EmailMessage.message()``, already as bytes.

    Django builds a MIME tree and folds every header through the ``email``
    package: 4 ms per reminder, more than the SMTP round trips on loopback.
    A reminder is always the same shape (ASCII headers or RFC 2047 words, two
    parts in 8 bits or base64), so it is written directly; anyone who looks inside (a test,
    a debugging session) gets it parsed."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def as_bytes(self, unixfrom: bool = False, linesep: str = "\n") -> bytes:
        return self.data if linesep == "\r\n" else self.data.replace(b"\r\n", linesep.encode())

    def as_string(self, unixfrom: bool = False, linesep: str = "\n") -> str:
        return self.as_bytes(unixfrom, linesep).decode("ascii")

    @functools.cached_property
    def parsed(self) -> Message:
        return email.message_from_bytes(self.data)

    def __getitem__(self, name: str):
        return self.parsed[name]

    def __getattr__(self, name: str):
        if name == "parsed":  # not yet computed: no recursion through __getattr__
            raise AttributeError(name)
        return getattr(self.parsed, name)


#: ``local@domain`` in plain ASCII (a dot-atom on each side, no display name): what
#: ``sanitize_address`` gives back unchanged.
_PLAIN_ADDRESS = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
)


@functools.lru_cache(maxsize=256)
def _address(address: str, encoding: str) -> str:
    """``sanitize_address`` (what Django's SMTP backend puts in the envelope and we in
    the headers), once per address: it parses each one with the ``email`` package, and
    four calls a message cost more than rendering it. A plain ``local@domain`` is its
    own answer (the parse was ~0.04 ms an e-mail: each recipient is new to the cache)."""
    if _PLAIN_ADDRESS.fullmatch(address):
        return address
    return sanitize_address(address, encoding)


def _header(name: str, value: str) -> bytes:
    if value.isascii() and "\n" not in value and "\r" not in value:
        return f"{name}: {value}\r\n".encode()
    encoded = Header(value, "utf-8", header_name=name).encode(linesep="\r\n")
    return f"{name}: {encoded}\r\n".encode()


def _part(content_type: str, body: str) -> bytes:
    """A text part in 8 bits when every line fits SMTP's 998 octets (as Django
    sends UTF-8), else in base64; lines end in CRLF either way (RFC 2045)."""
    data = body.replace("\r\n", "\n").replace("\n", "\r\n").encode()
    if max(map(len, data.split(b"\r\n"))) <= MAX_LINE_OCTETS:
        encoding, payload = "8bit", data if data.endswith(b"\r\n") else data + b"\r\n"
    else:
        encoding, payload = "base64", base64.encodebytes(data).replace(b"\n", b"\r\n")
    # The CRLF before the next boundary belongs to the boundary, not to the body.
    return (
        (
            f'Content-Type: {content_type}; charset="utf-8"\r\n'
            f"Content-Transfer-Encoding: {encoding}\r\n\r\n"
        ).encode()
        + payload
        + b"\r\n"
    )


class ReminderEmail(EmailMultiAlternatives):
    """A reminder: a plain-text body and one HTML alternative, written as bytes once."""

    def envelope(self) -> tuple[str, list[str], bytes]:
        """Sender, recipients and the message's bytes: exactly what Django's SMTP
        backend hands to ``smtplib`` for this message (``EmailBackend._send``)."""
        encoding = self.encoding or settings.DEFAULT_CHARSET
        return (
            _address(self.from_email, encoding),
            [_address(a, encoding) for a in self.recipients()],
            self.message().as_bytes(linesep="\r\n"),
        )

    def message(self) -> RawMessage:  # type: ignore[override]
        encoding = self.encoding or settings.DEFAULT_CHARSET
        boundary = f"=_tracker_{uuid.uuid4().hex}"
        headers = [
            _header("From", _address(self.from_email, encoding)),
            _header("To", ", ".join(_address(a, encoding) for a in self.to)),
            _header("Subject", self.subject),
            _header("Date", formatdate(localtime=settings.EMAIL_USE_LOCALTIME)),
        ]
        headers += [_header(name, value) for name, value in self.extra_headers.items()]
        html = next(content for content, mimetype in self.alternatives if mimetype == "text/html")
        data = b"".join(
            [
                *headers,
                b"MIME-Version: 1.0\r\n",
                f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n\r\n'.encode(),
                f"--{boundary}\r\n".encode(),
                _part("text/plain", self.body),
                f"--{boundary}\r\n".encode(),
                _part("text/html", html),
                f"--{boundary}--\r\n".encode(),
            ]
        )
        return RawMessage(data)


def build_message(notification: Notification, connection=None) -> ReminderEmail:
    """A multipart message carrying the row's stable Message-ID."""
    rendered = render(notification.context, notification.subject)
    message = ReminderEmail(
        subject=rendered.subject,
        body=rendered.text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[notification.recipient],
        headers={
            "Message-ID": notification.message_id,
            "Auto-Submitted": "auto-generated",
            "X-Tracker-Notification": f"{notification.kind}:{notification.period_key}",
        },
        connection=connection or get_connection(fail_silently=False),
    )
    message.attach_alternative(rendered.html, "text/html")
    return message
