"""Route the day's hits to recipients: one message per recipient and channel.

Every reason due for a recipient goes into one message, a section per reason
(SPEC §5): a mailbox shared by two departments, a staff member who is also
reached through the department's mailbox, a group robot shared by several
departments, each gets one message. A message *covers* every hit but *lists*
only the worst ``REMINDER_LIST_ITEMS`` per section; the rest are counted and
linked to the workspace, so a message stays short whatever the ledger's size
and its stored context holds only what it shows.

The hits are counted in the database (``tally``: one query a chunk over the
rules' queries of ``decisions.py``); only the listed ones come back, with the
overdue digest's count per department (the largest few). Reading every hit to
count them in Python was most of a sweep (~110,000 hits and ~170,000
ownerships read for 409 messages at 100k commitments, bench/).

No commitment is listed twice in one message: the overdue digest covers every
escalated commitment too (both are ``Commitment.objects.overdue``, and
escalations go only to supervisors of every department, whose digest is every
overdue commitment), so it lists the worst overdue ones *not* listed under
escalation above and says how many of its count were (``LISTED_ABOVE``).
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import NamedTuple

from django.conf import settings
from django.db import connection
from django.utils.translation import gettext_lazy

from commitments import rules
from commitments.choices import NotificationKind
from commitments.lights import RememberedWords, Words
from commitments.links import queue_url, workspace_url
from commitments.models import Department
from commitments.reminders import kept_counts
from commitments.reminders.decisions import (
    DEPARTMENT,
    HIT_COLUMNS,
    KIND_CODE,
    KIND_ORDER,
    SUPERVISOR,
    Day,
    Hit,
    hits_sql,
    milestone_texts,
    rows_sql,
    text_order,
)
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


#: A section's order: the most pressing date first, then the key.
_WORST_FIRST = attrgetter("rank", "key")

#: A section whose count covers every commitment of an earlier one → that section:
#: it lists only commitments the earlier one did not list (and says how many it did).
LISTED_ABOVE = {NotificationKind.OVERDUE_DIGEST: NotificationKind.ESCALATION}
#: ``kind`` of the tally's rows that count a section by department (the overdue digest).
BY_DEPARTMENT = -1


class Section(NamedTuple):
    """A section as a message shows it: its reason, how many hits it covers, the
    ones it lists (worst first), and how many of its count an earlier section
    listed (``LISTED_ABOVE``)."""

    kind: str
    count: int
    hits: list[Hit]
    above: int = 0


@dataclass
class Message:
    """One message to one recipient on one channel: what each section counts, and the
    hits it lists (the worst ``REMINDER_LIST_ITEMS`` of each, by rank, then key)."""

    address: Address
    department_ids: set[int] = field(default_factory=set)
    #: supervisors (membership ids) whose reasons are in this message
    supervisor_ids: set[int] = field(default_factory=set)
    #: kind → hit key → hit: the listed hits of each section, worst first
    sections: dict[str, dict[str, Hit]] = field(default_factory=dict)
    #: kind → how many hits (distinct keys) the section covers
    counts: dict[str, int] = field(default_factory=dict)
    #: how many commitments the message covers, over every section
    commitments: int = 0
    #: the overdue digest by lead owner: the largest ``(name, count)`` first (at most
    #: ``REMINDER_LIST_ITEMS``), and how many departments it covers in all
    overdue_by_department: list[tuple[str, int]] = field(default_factory=list)
    overdue_departments: int = 0

    @property
    def kind(self) -> str:
        """The most pressing reason: the first section."""
        return next(k for k in KIND_ORDER if k in self.sections)

    @property
    def department_id(self) -> int | None:
        return next(iter(self.department_ids)) if len(self.department_ids) == 1 else None

    def worst(self, limit: int) -> list[Section]:
        """Sections, most pressing first: kind, how many hits, the ``limit`` worst (of
        a ``LISTED_ABOVE`` section, the worst not listed in the earlier one)."""
        found: dict[str, Section] = {}
        for kind in KIND_ORDER:
            if not (hits := self.sections.get(kind)):
                continue
            earlier = found.get(LISTED_ABOVE.get(kind, ""))
            if earlier is None:
                found[kind] = Section(kind, self.counts[kind], list(hits.values())[:limit])
                continue
            shown = {hit.commitment_id for hit in earlier.hits}
            rest = [hit for hit in hits.values() if hit.commitment_id not in shown]
            found[kind] = Section(kind, self.counts[kind], rest[:limit], len(shown))
        return list(found.values())

    def listed(self, limit: int) -> list[Hit]:
        return [hit for section in self.worst(limit) for hit in section.hits]

    def commitment_count(self) -> int:
        return self.commitments


#: ``position * FIRST + seq`` orders an audience's hits of one key: its members in
#: order, then each member's ``seq`` (below ``FIRST``: a day has a few report periods).
FIRST = 1000

Member = tuple[int, int]  # (DEPARTMENT, department id) or (SUPERVISOR, membership id)

#: The audiences of a chunk: ``(audience, tag, member, position)``.
AUDIENCE_TYPES = (
    ("audience", "integer"),
    ("tag", "integer"),
    ("member", "bigint"),
    ("position", "integer"),
)


class Audiences:
    """Who reads what: each recipient's members (the departments and supervisors that
    reach that address), in the order hits are merged (departments in the order of
    ``department_addresses``, then supervisors), each distinct list once; and each
    member alone, to know which ones have hits at all."""

    def __init__(self, reach: dict[tuple[str, str], list[Member]], members: list[Member]):
        self.ids: dict[tuple[Member, ...], int] = {}
        for member in members:
            self.id_of((member,))
        self.of_recipient = {key: self.id_of(tuple(found)) for key, found in reach.items()}

    def id_of(self, members: tuple[Member, ...]) -> int:
        return self.ids.setdefault(members, len(self.ids))

    def rows(self) -> list[tuple[int, str, int, int]]:
        return [
            (audience, tag, pk, position)
            for members, audience in self.ids.items()
            for position, (tag, pk) in enumerate(members)
        ]


def _tally_sql(day: Day, audiences: Audiences, limit: int) -> tuple[str, list]:
    """One query: for each audience, each section's count and its ``limit`` worst keys
    (by date, then by the key's text as ``decisions.key_text`` writes it: ``x``
    before ``z``, digits compared as text; only the keys dated no later than the
    ``limit``-th are written as text and sorted again), each with the ``seq`` of
    its first hit (by member, then ``seq``: the one shown); and how many commitments
    the audience covers. A ``LISTED_ABOVE`` section gets twice ``limit`` keys: the
    earlier section lists at most ``limit`` of them. Kinds, keys and members are
    integers; the hits themselves stay in the database.

    Rows of kind ``BY_DEPARTMENT``: the overdue digest's keys per lead owner (``lead``),
    the ``limit`` largest counts per audience (then by department id), with the
    number of departments and the department's name."""
    ctes, hits, hit_params = hits_sql(day)
    audience, audience_params = rows_sql(AUDIENCE_TYPES, audiences.rows())
    digest = KIND_CODE[NotificationKind.OVERDUE_DIGEST]
    longer = ", ".join(str(KIND_CODE[kind]) for kind in LISTED_ABOVE)
    places = f"CASE WHEN kind IN ({longer}) THEN %s ELSE %s END"
    sql = f"""
        WITH {ctes + "," if ctes else ""}
        hits ({", ".join(HIT_COLUMNS)}) AS ({hits}),
        audience (audience, tag, member, position) AS ({audience}),
        reached AS (
            SELECT a.audience, a.position, h.kind, h.key, h.commitment_id, h.rank, h.seq,
                   h.lead
            FROM hits h JOIN audience a ON a.tag = h.tag AND a.member = h.member
        ),
        keyed AS (
            SELECT audience, kind, key, min(commitment_id) AS commitment_id,
                   min(rank) AS rank, min(position * {FIRST} + seq) AS first,
                   min(lead) AS lead
            FROM reached GROUP BY audience, kind, key
        ),
        counted AS (
            SELECT *, count(*) OVER section AS total,
                   row_number() OVER (section ORDER BY rank) AS place
            FROM keyed WINDOW section AS (PARTITION BY audience, kind)
        ),
        bounded AS (
            SELECT *, max(CASE WHEN place = {places} THEN rank END)
                      OVER (PARTITION BY audience, kind) AS last
            FROM counted
        ),
        listed AS (
            SELECT *, row_number() OVER (
                PARTITION BY audience, kind
                ORDER BY rank, key < 0, {text_order("CAST(abs(key) AS TEXT)")}
            ) AS n
            FROM bounded WHERE last IS NULL OR rank <= last
        ),
        per_department AS (
            SELECT audience, lead, count(*) AS total,
                   count(*) OVER (PARTITION BY audience) AS departments,
                   row_number() OVER (
                       PARTITION BY audience ORDER BY count(*) DESC, lead
                   ) AS place
            FROM keyed WHERE kind = {digest}
            GROUP BY audience, lead
        )
        SELECT audience, kind, total, key, commitment_id, rank, first %% {FIRST}, NULL
        FROM listed WHERE n <= {places}
        UNION ALL
        SELECT audience, NULL, count(*), NULL, NULL, NULL, NULL, NULL
        FROM (SELECT DISTINCT audience, commitment_id FROM reached) AS covered
        GROUP BY audience
        UNION ALL
        SELECT p.audience, {BY_DEPARTMENT}, p.total, p.lead, p.departments, NULL, p.place,
               d.name
        FROM per_department p JOIN {connection.ops.quote_name(Department._meta.db_table)} d
             ON d.id = p.lead
        WHERE p.place <= %s
    """
    bounds = [2 * limit, limit]
    return sql, [*hit_params, *audience_params, *bounds, *bounds, limit]


@dataclass
class _Tally:
    counts: dict[str, int] = field(default_factory=dict)
    #: kind → the first hit of each listed key
    listed: dict[str, list[Hit]] = field(default_factory=dict)
    commitments: int = 0
    #: the overdue digest's largest departments: (place, name, count)
    by_department: list[tuple[int, str, int]] = field(default_factory=list)
    departments: int = 0


def _kept_tallies(day: Day, audiences: Audiences, limit: int) -> dict[int, _Tally]:
    """``_tallies`` from the kept counts (``kept_counts``: a chunk of departments, each
    recipient one department)."""
    counted = kept_counts.department_counts(day, limit)
    milestone = NotificationKind.MILESTONE
    texts = milestone_texts(
        key for c in counted.values() for key, *_ in c.listed.get(milestone, [])
    )
    found: dict[int, _Tally] = {}
    for pk, counts in counted.items():
        audience = audiences.ids.get(((DEPARTMENT, pk),))
        if audience is None:
            continue
        tally = found[audience] = _Tally(dict(counts.counts), {}, counts.commitments)
        for kind, rows in counts.listed.items():
            code = KIND_CODE[kind]
            tally.listed[kind] = [day.hit(code, *row, texts) for row in rows]
    return found


def _kept_supervisor_tallies(day: Day, audiences: Audiences, limit: int) -> dict[int, _Tally]:
    """``_tallies`` of the chunk's supervisors (each recipient one supervisor): the
    overdue digest and escalations from the kept deadline buckets
    (``kept_counts.supervisor_counts``), the few reviews from ``day.python_rows``."""
    people = [p for p in day.people if ((SUPERVISOR, p.membership_id),) in audiences.ids]
    counted = kept_counts.supervisor_counts(
        day.today,
        [(p.membership_id, p.user_id, p.department_ids) for p in people],
        day.rules.escalation_days,
        limit,
    )
    review = NotificationKind.REVIEW_PENDING
    reviews: dict[int, dict[int, tuple]] = defaultdict(dict)
    for _tag, member, _code, key, commitment_id, filed_on, _seq, _lead in day.python_rows():
        reviews[member].setdefault(key, (key, commitment_id, filed_on, 0))
    reviewed = {row[1] for rows in reviews.values() for row in rows.values()}
    overdue = kept_counts.overdue_among(day.today, reviewed)
    found: dict[int, _Tally] = {}
    for person in people:
        pk = person.membership_id
        kept, waiting = counted.get(pk), reviews.get(pk, {})
        if kept is None and not waiting:
            continue
        tally = found[audiences.ids[((SUPERVISOR, pk),)]] = _Tally()
        if kept is not None:
            tally.counts = dict(kept.counts)
            tally.commitments = kept.overdue
            tally.by_department = [
                (place, name, n) for place, (name, n) in enumerate(kept.by_department, 1)
            ]
            tally.departments = kept.departments
            for kind, rows in kept.listed.items():
                tally.listed[kind] = [day.hit(KIND_CODE[kind], *row, {}) for row in rows]
        if waiting:
            tally.counts[review] = len(waiting)
            hits = [day.hit(KIND_CODE[review], *row, {}) for row in waiting.values()]
            tally.listed[review] = sorted(hits, key=_WORST_FIRST)[:limit]
            tally.commitments += len({row[1] for row in waiting.values()} - overdue)
    return found


def _tallies(day: Day, audiences: Audiences, limit: int) -> dict[int, _Tally]:
    """Each audience's counts and listed hits: from the kept counts where they apply
    (``kept_counts.usable``: departments' and supervisors'), else by one query over
    every hit."""
    if not kept_counts.usable(day, audiences.ids):
        return _counted(day, audiences, limit)
    found = _kept_tallies(day, audiences, limit) if day.department_ids else {}
    if day.people:
        found.update(_kept_supervisor_tallies(day, audiences, limit))
    return found


def _counted(day: Day, audiences: Audiences, limit: int) -> dict[int, _Tally]:
    sql, params = _tally_sql(day, audiences, limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    milestone = KIND_CODE[NotificationKind.MILESTONE]
    texts = milestone_texts(r[3] for r in rows if r[1] == milestone)
    found: dict[int, _Tally] = defaultdict(_Tally)
    for audience, code, total, key, commitment_id, rank, seq, name in rows:
        tally = found[audience]
        if code is None:
            tally.commitments = total
            continue
        if code == BY_DEPARTMENT:  # key: the department, commitment_id: how many there are
            tally.by_department.append((seq, name, total))
            tally.departments = commitment_id
            continue
        hit = day.hit(code, key, commitment_id, rank, seq, texts)
        tally.counts[hit.kind] = total
        tally.listed.setdefault(hit.kind, []).append(hit)
    return found


def tally(day: Day, limit: int) -> list[Message]:
    """The chunk's messages: one per address of every department and supervisor with
    hits, sorted by channel and recipient. Three queries for the addresses, one for
    the counts and the listed hits (and one for listed milestones' text)."""
    departments = department_addresses(day.department_ids) if day.department_ids else {}
    people = supervisor_addresses(day.people) if day.people else {}
    reach: dict[tuple[str, str], list[Member]] = defaultdict(list)
    members: list[Member] = []
    for tag, book in ((DEPARTMENT, departments), (SUPERVISOR, people)):
        for pk, addresses in book.items():
            if addresses:
                members.append((tag, pk))
            for address in addresses:
                reach[(address.channel, address.recipient)].append((tag, pk))
    audiences = Audiences(reach, members)
    tallies = _tallies(day, audiences, limit)
    with_hits = {
        member for member in members if tallies.get(audiences.ids[(member,)], _Tally()).counts
    }

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

    for pk, addresses in departments.items():
        if (DEPARTMENT, pk) in with_hits:
            for address in addresses:
                message_for(address).department_ids.add(pk)
    for pk, addresses in people.items():
        if (SUPERVISOR, pk) in with_hits:
            for address in addresses:
                message_for(address).supervisor_ids.add(pk)
    for key, message in bag.items():
        found = tallies[audiences.of_recipient[key]]
        message.counts = found.counts
        message.commitments = found.commitments
        message.overdue_by_department = [(name, n) for _, name, n in sorted(found.by_department)]
        message.overdue_departments = found.departments
        message.sections = {
            kind: {hit.key: hit for hit in sorted(found.listed[kind], key=_WORST_FIRST)}
            for kind in KIND_ORDER
            if kind in found.listed
        }
    return [bag[key] for key in sorted(bag)]


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
    line, bare = _("%(why)s｜%(label)s：%(reason)s"), _("%(why)s｜%(label)s")
    owner_led, owner_co = _("（%(owner)s）"), _("（%(owner)s，本单位配合）")
    sections = []
    for kind, count, worst, above in message.worst(limit):
        listed = []
        for hit in worst:
            item = items.get(hit.commitment_id)
            if item is not None:
                entry = {**item, **hit.extra, "co_owned": hit.co_owned}
                entry["why"] = why(kind, entry, words)
                entry["line"] = reason_line(entry, line, bare, words)
                owner = owner_co if hit.co_owned else owner_led
                entry["owner_note"] = owner % {"owner": entry["owner"]}
                listed.append(entry)
        section = {
            "kind": kind,
            "label": labels[kind][0],
            "short": labels[kind][1],
            "count": count,
            "items": listed,
            "more": count - above - len(listed),
        }
        if above:
            section["above"] = above
            section["above_label"] = labels[LISTED_ABOVE[kind]][0]
        if kind == NotificationKind.OVERDUE_DIGEST and message.overdue_by_department:
            section["by_department"] = [list(pair) for pair in message.overdue_by_department]
            section["departments"] = message.overdue_departments
        sections.append(section)
    for section in sections:  # its unlisted items are counted (and listed) below
        below = next((s for s in sections if LISTED_ABOVE.get(s["kind"]) == section["kind"]), None)
        if below is not None and section["more"] > 0:
            section["more_below"] = below["label"]
    return {
        "today": today.isoformat(),
        "count": message.commitment_count(),
        "sections": sections,
        "summary": summary(sections, words),
        "workspace_url": workspace_url(),
        "queue_url": queue_url(),
    }


def reason_line(entry: dict, line: str, bare: str, words: Words) -> str:
    """Why an item is listed and its light: ``逾期3天｜红灯``, with the light's reasons
    that say something the why does not (``逾期3天｜红灯：7月进度未报送``; a
    deadline's ``还有3天…｜黄灯：完成40%，序时应达58%``). When the why says every one of
    them (``逾期11天``), the line gives the progress instead (``逾期11天｜红灯：完成97%，序时应达
    100%``, walk12c): no red or yellow item is listed without a reason. Pops the reasons'
    parts."""
    parts = entry.pop("light_parts", None) or [entry["light_reason"]]
    progress = entry.pop("light_progress", "")
    new = [part for part in parts if part not in entry["why"]]
    if not new and progress:
        new = [progress]
    values = {"why": entry["why"], "label": entry["light_label"]}
    if not new:
        return bare % values
    return line % {**values, "reason": words.gettext("；").join(new)}


def summary(sections: Iterable[dict], words: Words | None = None) -> str:
    """Counts first: ``已逾期2项，即将到期3项``. A section that counts every commitment of
    an earlier one (``LISTED_ABOVE``: the digest counts each escalated commitment too)
    is said with it, so the counts do not read as a sum (walk14 m7: "升级督办16项，
    已逾期16项" read as 32): ``升级督办16项（均已逾期）``, ``已逾期20项（其中升级督办16项）``."""
    _ = (words or Words).gettext
    shown = list(sections)
    by_kind = {s.get("kind"): s for s in shown}
    parts = []
    for s in shown:
        inner = by_kind.get(LISTED_ABOVE.get(s.get("kind"), ""))
        if inner is not None and inner["count"] <= s["count"]:
            continue  # said with the section it covers (below)
        covering = next(
            (
                c
                for c in shown
                if LISTED_ABOVE.get(c.get("kind")) == s.get("kind") and c["count"] >= s["count"]
            ),
            None,
        )
        if covering is None:
            parts.append(_("%(label)s%(count)d项") % {"label": s["short"], "count": s["count"]})
        elif covering["count"] == s["count"]:
            parts.append(
                _("%(label)s%(count)d项（均%(covering)s）")
                % {"label": s["short"], "count": s["count"], "covering": covering["short"]}
            )
        else:
            parts.append(
                _("%(covering)s%(total)d项（其中%(label)s%(count)d项）")
                % {
                    "covering": covering["short"],
                    "total": covering["count"],
                    "label": s["short"],
                    "count": s["count"],
                }
            )
    return _("，").join(parts)


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
        said = ngettext("逾期%(days)d天", "逾期%(days)d天", days) % {"days": days}
        if item.get("overdue_from"):  # handed over after its deadline (SPEC §2)
            said = _("%(said)s（移交时已逾期，原%(name)s）") % {
                "said": said,
                "name": item["overdue_from"],
            }
        return said
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
