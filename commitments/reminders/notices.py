"""督办通知: a supervisor's notice about one pledge to the units that own it.

Not the sweep's: a supervisor sends it (``services.workflow.urge``), and it goes
out at once, in the same ledger as every reminder (SPEC §5): one ``Notification``
per recipient and channel, keyed ``(channel, recipient, period_key)`` with
``period_key = urge-<pledge>-<supervisor>-<day>`` (one notice per pledge, per
supervisor, per day), a Message-ID derived from that key, rows queued for
sending only once the transaction that stored them commits. A worker that
restarts, a task run twice, a sweep that requeues the pending rows: the claim
lets one sender have each row, as for reminders.

The words are frozen into the row's context in ``settings.EMAIL_LANGUAGE`` when the
notice is stored, and rendered from it here: an e-mail (subject, text, HTML) and
a robot's markdown.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from commitments import rules
from commitments.choices import NotificationKind, NotificationState
from commitments.links import commitment_url, workspace_url
from commitments.models import Commitment, Notification
from commitments.naming import code_label
from commitments.people import person_name
from commitments.reminders import emails
from commitments.reminders.items import load_items
from commitments.reminders.recipients import EMAIL, Address, department_addresses
from commitments.reminders.robots import literal
from commitments.reminders.sweep import notification_row
from commitments.wording import listed

#: ``Notification.context["notice"]`` of a 督办通知 (reminders have none).
URGE = "urge"
#: How long a notice stays worth sending when SMTP or a robot is down: the sweep
#: queues it again until then, then it is failed as expired (shown in the admin).
VALID_DAYS = 3


def period_key(commitment_id: int, supervisor_id: int, day: datetime.date) -> str:
    """One notice per pledge, per supervisor, per day (``urge-12-3-2026-12-07``)."""
    return f"urge-{int(commitment_id)}-{int(supervisor_id)}-{day.isoformat()}"


def _owners(commitment: Commitment) -> list[tuple[int, str]]:
    """``(id, name)`` of the units a notice goes to: the lead, then each co-owner not
    excused (免报), by name."""
    co_owners = list(
        commitment.coownerships.filter(excused_at__isnull=True)
        .order_by("department__name", "department_id")
        .values_list("department_id", "department__name")
    )
    return [(commitment.lead_owner_id, commitment.lead_owner.name), *co_owners]


def recipients(commitment: Commitment) -> list[tuple[Address, int]]:
    """Every address of the lead and of each co-owner not excused (免报), each once
    (a mailbox or robot shared by two of them gets one notice), with the department
    it reaches first (the lead before the co-owners)."""
    return _addresses([pk for pk, _name in _owners(commitment)])


def _addresses(order: list[int]) -> list[tuple[Address, int]]:
    book = department_addresses(order)
    found: dict[tuple[str, str], tuple[Address, int]] = {}
    for department_id in order:
        for address in book.get(department_id, []):
            found.setdefault((address.channel, address.recipient), (address, department_id))
    return list(found.values())


@dataclass(frozen=True)
class Reach:
    """What a 督办通知 reaches of one unit: how many mailboxes and group robots."""

    name: str
    lead: bool
    emails: int = 0
    robots: int = 0

    @property
    def reached(self) -> bool:
        return bool(self.emails or self.robots)


def reach(commitment: Commitment, sent: list[Notification] | None = None) -> list[Reach]:
    """Unit by unit (the lead first, then the co-owners not excused, by name), the
    mailboxes and robots a notice about ``commitment`` reaches: those of ``sent`` (the
    messages a notice queued), or, without it, those it would reach now (its
    ``recipients`` whose address can be reached)."""
    owners = _owners(commitment)
    pairs: list[tuple[str, int | None]]
    if sent is None:
        pairs = [
            (a.channel, pk) for a, pk in _addresses([pk for pk, _n in owners]) if not a.problem
        ]
    else:
        pairs = [(row.channel, row.department_id) for row in sent]
    return [
        Reach(
            name=name,
            lead=index == 0,
            emails=sum(1 for channel, pk in pairs if pk == department and channel == EMAIL),
            robots=sum(1 for channel, pk in pairs if pk == department and channel != EMAIL),
        )
        for index, (department, name) in enumerate(owners)
    ]


def _unit_words(unit: Reach) -> str:
    """``经济发展办（牵头：邮箱 2 个、群机器人 1 个）``."""
    channels = []
    if unit.emails:
        channels.append(
            ngettext("邮箱 %(n)d 个", "邮箱 %(n)d 个", unit.emails) % {"n": unit.emails}
        )
    if unit.robots:
        channels.append(
            ngettext("群机器人 %(n)d 个", "群机器人 %(n)d 个", unit.robots) % {"n": unit.robots}
        )
    role = gettext("牵头") if unit.lead else gettext("配合")
    return gettext("%(name)s（%(role)s：%(channels)s）") % {
        "name": unit.name,
        "role": role,
        "channels": listed(channels),
    }


def reach_words(units: list[Reach], sent: bool) -> str:
    """Who a notice reaches (``sent``: reached), by which channels, and who it cannot
    (no mailbox, no robot: only the pledge's page shows it), in the reader's language,
    as sentences: the urge form's help says what will happen, the message after it
    what did. ``""`` when there is no unit (never: a pledge has a lead)."""
    reached = [_unit_words(u) for u in units if u.reached]
    missed = [u.name for u in units if not u.reached]
    parts = []
    if reached:
        template = gettext("通知已发给%(who)s。") if sent else gettext("通知将发给%(who)s。")
        parts.append(template % {"who": listed(reached)})
    if missed:
        parts.append(
            gettext("%(names)s未设置邮箱或群机器人，收不到通知，只能在事项页面看到督办。")
            % {"names": listed(missed)}
        )
    return "".join(parts)


def context(
    commitment: Commitment, supervisor: User, note: str, reply_by: datetime.date | None
) -> dict[str, object]:
    """The notice's words and facts, frozen in the messages' language."""
    today = timezone.localdate()
    with emails.language():
        item = load_items([commitment.pk], today)[commitment.pk]
        return {
            "notice": URGE,
            "today": today.isoformat(),
            "code": item["code"],
            "plan": item["plan"],
            "title": item["title"],
            "lead": item["owner"],
            "co_owners": item["co_owners"],
            "deadline": item["deadline"],
            "days_overdue": item["days_overdue"],
            "status": item["status"],
            "percent": item["percent"],
            "light": item["light"],
            "light_label": item["light_label"],
            "light_reason": item["light_reason"],
            "last_report": item["last_report"],
            "supervisor": person_name(supervisor),
            "note": note,
            "reply_by": reply_by.isoformat() if reply_by else "",
            "url": commitment_url(commitment.pk),
            "workspace_url": workspace_url(),
        }


def store(
    commitment: Commitment,
    supervisor: User,
    note: str,
    reply_by: datetime.date | None,
    on_created=None,
) -> list[Notification]:
    """Store the notice's rows (inside the caller's transaction) and queue the pending
    ones once it commits (``on_created(ids)``); a key already stored is skipped."""
    now = timezone.now()
    key = period_key(commitment.pk, supervisor.pk, rules.local_day(now))
    frozen = context(commitment, supervisor, note, reply_by)
    subject = render_subject(frozen)
    not_after = now + datetime.timedelta(days=VALID_DAYS)
    rows = [
        notification_row(
            address,
            kind=NotificationKind.URGE,
            department_id=department_id,
            period_key=key,
            context=frozen,
            subject=subject,
            not_after=not_after,
            decided_by=key,
        )
        for address, department_id in recipients(commitment)
    ]
    if not rows:
        return []
    existing = set(
        Notification.objects.filter(message_id__in=[r.message_id for r in rows]).values_list(
            "message_id", flat=True
        )
    )
    fresh = [row for row in rows if row.message_id not in existing]
    Notification.objects.bulk_create(fresh, ignore_conflicts=True)
    created = list(Notification.objects.filter(message_id__in=[r.message_id for r in fresh]))
    through = Notification.commitments.through
    through.objects.bulk_create(
        [through(notification_id=row.pk, commitment_id=commitment.pk) for row in created],
        ignore_conflicts=True,
    )
    pending = sorted(row.pk for row in created if row.state == NotificationState.PENDING)
    if pending and on_created is not None:
        transaction.on_commit(lambda: on_created(pending))
    return created


# --- rendering ------------------------------------------------------------------


def is_notice(context: Mapping) -> bool:
    return context.get("notice") == URGE


def _code(context: Mapping) -> str:
    return code_label(context.get("code", ""), plan=context.get("plan", ""))


def render_subject(context: Mapping) -> str:
    with emails.language():
        if context.get("reply_by"):
            raw = gettext("【督办通知】%(code)s %(title)s（请于%(reply_by)s前回复）") % {
                "code": _code(context),
                "title": context["title"],
                "reply_by": context["reply_by"],
            }
        else:
            raw = gettext("【督办通知】%(code)s %(title)s") % {
                "code": _code(context),
                "title": context["title"],
            }
    return " ".join(raw.split())[: emails.SUBJECT_MAX]


def _lines(context: Mapping) -> list[tuple[str, str]]:
    """``(label, value)`` of the notice's facts, in order."""
    owners = context["lead"]
    if context.get("co_owners"):
        owners = gettext("%(lead)s（牵头），%(co)s（配合）") % {
            "lead": context["lead"],
            "co": listed(context["co_owners"]),
        }
    deadline = context["deadline"]
    if int(context.get("days_overdue") or 0) > 0:
        deadline = gettext("%(deadline)s（已逾期%(days)s天）") % {
            "deadline": deadline,
            "days": context["days_overdue"],
        }
    report = context.get("last_report")
    said = (
        gettext("%(at)s，%(status)s，完成%(percent)s%%")
        % {"at": report["at"], "status": report["status"], "percent": report["percent"]}
        if report
        else gettext("尚未报送")
    )
    lines = [
        (gettext("事项"), f"{_code(context)} {context['title']}"),
        (gettext("责任单位"), owners),
        (gettext("完成时限"), deadline),
        (
            gettext("预警"),
            gettext("%(label)s（%(reason)s）")
            % {"label": context["light_label"], "reason": context["light_reason"]},
        ),
        (gettext("最近报送"), said),
    ]
    if context.get("reply_by"):
        lines.append((gettext("回复期限"), context["reply_by"]))
    return lines


def _intro(context: Mapping) -> str:
    return gettext("%(supervisor)s于%(today)s就以下事项向贵单位发出督办通知：") % {
        "supervisor": context["supervisor"],
        "today": context["today"],
    }


def _ask(context: Mapping) -> str:
    if context.get("reply_by"):
        return gettext(
            "请于%(reply_by)s前在事项页面报送最新进展（报送即视为回复），如有困难请在进展说明中写明。"
        ) % {"reply_by": context["reply_by"]}
    return gettext("请尽快在事项页面报送最新进展（报送即视为回复），如有困难请在进展说明中写明。")


def _footer() -> str:
    return gettext("本邮件由督办台账系统发送，请勿直接回复。")


def render(context: Mapping, subject: str | None = None) -> emails.Rendered:
    subject = subject or render_subject(context)
    with emails.language():
        return emails.Rendered(subject, _text(context), _html(context, subject))


def _text(context: Mapping) -> str:
    out = [_intro(context), ""]
    out += [gettext("%(label)s：%(value)s") % {"label": k, "value": v} for k, v in _lines(context)]
    if context.get("note"):
        out += ["", gettext("督办意见："), context["note"]]
    out += ["", _ask(context), gettext("事项页面：%(url)s") % {"url": context["url"]}]
    out += ["", "——", _footer()]
    return "\n".join(out).strip() + "\n"


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _html(context: Mapping, subject: str) -> str:
    lang = settings.EMAIL_LANGUAGE
    rows = "".join(
        f'<tr><th style="text-align: left; padding: 2px 12px 2px 0; white-space: nowrap;">'
        f"{_e(k)}</th><td>{_e(v)}</td></tr>\n"
        for k, v in _lines(context)
    )
    note = ""
    if context.get("note"):
        label = gettext("督办意见：")
        body = _e(context["note"]).replace("\n", "<br>")
        note = (
            f'<p style="margin: 12px 0 4px;"><strong>{_e(label)}</strong></p>\n'
            f'<p style="margin: 0; padding: 8px; background: #fff7e6;">{body}</p>\n'
        )
    link = gettext("打开事项页面报送进展")
    return (
        emails.HTML_HEAD.format(lang="zh-CN" if lang[:2] == "zh" else _e(lang), subject=_e(subject))
        + f"<p><strong>{_e(_intro(context))}</strong></p>\n"
        + f'<table style="border-collapse: collapse;">\n{rows}</table>\n'
        + note
        + f"<p>{_e(_ask(context))}</p>\n"
        + f'<p><a href="{_e(context["url"])}">{_e(link)}</a></p>\n'
        + '<p style="color: #888; font-size: 12px; margin-top: 24px;">'
        + f"{_e(_footer())}</p>\n</body>\n</html>\n"
    )


def markdown(context: Mapping, title: str) -> str:
    """The notice as robot markdown (short: a phone screen)."""
    with emails.language():
        lines = [f"### {title}", _intro(context)]
        lines += [
            "> " + gettext("%(label)s：%(value)s") % {"label": k, "value": v}
            for k, v in _lines(context)
        ]
        if context.get("note"):
            lines += ["", gettext("**督办意见：**%(note)s") % {"note": literal(context["note"])}]
        lines += [
            "",
            _ask(context),
            gettext("[打开事项页面](%(url)s)") % {"url": context["url"]},
        ]
        return "\n".join(lines)
