"""Route the day's hits to recipients: one message per recipient and channel.

Every reason due for a recipient goes into one message, a section per reason
(SPEC §5): a mailbox shared by two departments, a staff member who is also
reached through the department's mailbox, a group robot shared by several
departments, each gets one message. A message *covers* every hit but *lists*
only the worst ``REMINDER_LIST_ITEMS`` per section; the rest are counted and
linked to the workspace, so a message stays short whatever the ledger's size
and its stored context holds only what it shows.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from heapq import nsmallest
from operator import attrgetter

from django.conf import settings
from django.utils.translation import gettext_lazy

from commitments import rules
from commitments.choices import NotificationKind
from commitments.lights import RememberedWords, Words
from commitments.links import queue_url, workspace_url
from commitments.reminders.decisions import KIND_ORDER, Decided, Hit
from commitments.reminders.items import load_items
from commitments.reminders.recipients import Address, department_addresses, supervisor_addresses

#: Short labels for counts in a subject or a robot's first line.
SHORT_LABELS = {
    NotificationKind.ESCALATION: gettext_lazy("升级督办"),
    NotificationKind.OVERDUE_DIGEST: gettext_lazy("已逾期"),
    NotificationKind.REVIEW_PENDING: gettext_lazy("待审核"),
    NotificationKind.DEADLINE: gettext_lazy("即将到期"),
    NotificationKind.MILESTONE: gettext_lazy("节点临近"),
    NotificationKind.UNACKNOWLEDGED: gettext_lazy("待签收"),
    NotificationKind.MISSING_REPORT: gettext_lazy("未报送"),
}


#: A section's order: the most pressing date first, then the key (C-level, no lambda).
_WORST_FIRST = attrgetter("rank", "key")


def group(hits: Iterable[Hit]) -> dict[str, dict[str, Hit]]:
    """Kind → key → hit, the first hit of each key kept."""
    grouped: dict[str, dict[str, Hit]] = {}
    for hit in hits:
        grouped.setdefault(hit.kind, {}).setdefault(hit.key, hit)
    return grouped


@dataclass
class Message:
    """One message to one recipient on one channel, with its sections."""

    address: Address
    department_ids: set[int] = field(default_factory=set)
    #: kind → hit key → hit
    sections: dict[str, dict[str, Hit]] = field(default_factory=dict)
    #: supervisors (membership ids) whose reasons are in this message
    supervisor_ids: set[int] = field(default_factory=set)
    #: ``worst(limit)``, found once until the next ``add`` (storing asks three times)
    _worst: tuple[int, list[tuple[str, int, list[Hit]]]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def add_grouped(self, grouped: dict[str, dict[str, Hit]]) -> None:
        """Each hit of ``grouped`` (kind → key → hit, from ``group``) into its section;
        a hit whose key the section already holds is left out (the first one stays)."""
        for kind, hits in grouped.items():
            section = self.sections.get(kind)
            self.sections[kind] = dict(hits) if section is None else {**hits, **section}
        self._worst = None

    @property
    def kind(self) -> str:
        """The most pressing reason: the first section."""
        return next(k for k in KIND_ORDER if k in self.sections)

    @property
    def department_id(self) -> int | None:
        return next(iter(self.department_ids)) if len(self.department_ids) == 1 else None

    def worst(self, limit: int) -> list[tuple[str, int, list[Hit]]]:
        """Sections, most pressing first: kind, how many hits, the ``limit`` worst
        (by rank, then key; without sorting the rest: a supervisor
        of every department has ~45,000 overdue hits at 100k and lists ten)."""
        if self._worst is None or self._worst[0] != limit:
            found = [
                (kind, len(hits), nsmallest(limit, hits.values(), key=_WORST_FIRST))
                for kind in KIND_ORDER
                if (hits := self.sections.get(kind))
            ]
            self._worst = (limit, found)
        return self._worst[1]

    def listed(self, limit: int) -> list[Hit]:
        return [hit for _, _, hits in self.worst(limit) for hit in hits]

    def commitment_count(self) -> int:
        return len({h.commitment_id for hits in self.sections.values() for h in hits.values()})


def route(decided: Decided) -> list[Message]:
    """Messages for every address of every department and supervisor with hits."""
    bag: dict[tuple[str, str], Message] = {}

    def message_for(address: Address) -> Message:
        key = (address.channel, address.recipient)
        if key not in bag:
            bag[key] = Message(address)
        elif address.user_id and not bag[key].address.user_id:
            old = bag[key].address
            bag[key].address = Address(
                old.recipient, old.channel, address.user_id, old.robot_id, old.problem
            )
        return bag[key]

    # Each one's hits grouped by kind and key once, then merged into each of its
    # addresses' messages as dicts: adding them one by one to every address was
    # ~290,000 calls at 100k commitments (a department reaches 2–3 addresses).
    departments = {pk: hits for pk, hits in decided.departments.items() if hits}
    for department_id, addresses in department_addresses(departments).items():
        grouped = group(departments[department_id])
        for address in addresses:
            message = message_for(address)
            message.department_ids.add(department_id)
            message.add_grouped(grouped)
    people = [decided.people[pk] for pk, hits in decided.supervisors.items() if hits]
    for membership_id, addresses in supervisor_addresses(people).items():
        grouped = group(decided.supervisors[membership_id])
        for address in addresses:
            message = message_for(address)
            message.supervisor_ids.add(membership_id)
            message.add_grouped(grouped)
    return [bag[key] for key in sorted(bag) if bag[key].sections]


def contexts(
    messages: list[Message], today: datetime.date, limit: int | None = None
) -> list[dict[str, object]]:
    """The JSON context of each message: counts per section, the listed items with
    their facts, links. Loads only the listed commitments (three queries)."""
    limit = limit or settings.REMINDER_LIST_ITEMS
    # Each phrase translated once per call, in the language active now: Django's
    # lookup costs ~10 µs a call, and a 100k sweep asked ~120,000 times for a few
    # dozen phrases (1.4 s of storing 4,081 messages).
    words = RememberedWords()
    items = load_items({h.commitment_id for m in messages for h in m.listed(limit)}, today, words)
    labels = {
        kind: (str(NotificationKind(kind).label), str(SHORT_LABELS[kind])) for kind in KIND_ORDER
    }
    return [_context(message, items, today, limit, words, labels) for message in messages]


def _context(
    message: Message,
    items: dict,
    today: datetime.date,
    limit: int,
    words: Words,
    labels: dict[str, tuple[str, str]],
) -> dict[str, object]:
    _ = words.gettext
    line = _("%(why)s｜%(label)s：%(reason)s")
    owner_led, owner_co = _("（%(owner)s）"), _("（%(owner)s，本单位配合）")
    sections = []
    for kind, count, worst in message.worst(limit):
        listed = []
        for hit in worst:
            item = items.get(hit.commitment_id)
            if item is not None:
                entry = {**item, **hit.extra, "co_owned": hit.co_owned}
                entry["why"] = why(kind, entry, words)
                entry["line"] = line % {
                    "why": entry["why"],
                    "label": entry["light_label"],
                    "reason": entry["light_reason"],
                }
                owner = owner_co if hit.co_owned else owner_led
                entry["owner_note"] = owner % {"owner": entry["owner"]}
                listed.append(entry)
        sections.append(
            {
                "kind": kind,
                "label": labels[kind][0],
                "short": labels[kind][1],
                "count": count,
                "items": listed,
                "more": count - len(listed),
            }
        )
    return {
        "today": today.isoformat(),
        "count": message.commitment_count(),
        "sections": sections,
        "summary": summary(sections, words),
        "workspace_url": workspace_url(),
        "queue_url": queue_url(),
    }


def summary(sections: Iterable[dict], words: Words | None = None) -> str:
    """Counts first: ``已逾期2项，即将到期3项``."""
    _ = (words or Words).gettext
    return _("，").join(
        _("%(label)s%(count)d项") % {"label": s["short"], "count": s["count"]} for s in sections
    )


def _days(days: int, words: Words) -> str:
    _, ngettext = words.gettext, words.ngettext
    if days == 0:
        return _("今天到期")
    return ngettext("还有%(days)d天", "还有%(days)d天", days) % {"days": days}


def why(kind: str, item: dict, words: Words | None = None) -> str:
    """The reason in a few words, as a supervisor would say it (``words``: how
    phrases are translated; ``RememberedWords`` for many messages at once)."""
    words = words or Words()
    _, ngettext = words.gettext, words.ngettext
    if kind in (NotificationKind.OVERDUE_DIGEST, NotificationKind.ESCALATION):
        days = int(item.get("days_overdue") or 0)
        return ngettext("逾期%(days)d天", "逾期%(days)d天", days) % {"days": days}
    if kind == NotificationKind.DEADLINE:
        return _("%(left)s（%(deadline)s到期）") % {
            "left": _days(int(item["days_left"]), words),
            "deadline": item["deadline"],
        }
    if kind == NotificationKind.MILESTONE:
        milestone = item["milestone"]
        return _("阶段节点“%(text)s”%(due)s，%(left)s") % {
            "text": milestone["text"],
            "due": milestone["due"],
            "left": _days(int(milestone["days_left"]), words),
        }
    if kind == NotificationKind.MISSING_REPORT:
        report = item["report"]
        return _("%(month)s进度未报送，%(due)s截止") % {
            "month": rules.month_name(int(report["period"][5:7]), _),
            "due": report["due"],
        }
    if kind == NotificationKind.UNACKNOWLEDGED:
        return _("尚未签收")
    request = item["request"]
    text = _("%(department)s于%(filed_on)s提交%(type)s") % request
    if request.get("requested_deadline"):
        text += _("（申请延至%(deadline)s）") % {"deadline": request["requested_deadline"]}
    days = int(request["waited_working_days"])
    return text + ngettext("，已等待%(days)d个工作日", "，已等待%(days)d个工作日", days) % {
        "days": days
    }
