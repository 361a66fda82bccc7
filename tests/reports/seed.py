"""A small plan with reports filed at known dates, and its expected numbers.

As of ``TODAY`` (2024-07-10, report due day 25):

| code | lead | section | deadline (original) | status | % | light |
| --- | --- | --- | --- | --- | --- | --- |
| 2024-01-01 | 经济发展办 | 一 | 06-30 | on_track | 60 | red (10 days overdue) |
| 2024-01-02 | 经济发展办 (co: 社会事务办) | 一 | 12-31 | on_track | 60 | green |
| 2024-02-01 | 经济发展办 | 二 | 05-31 (03-31) | completed 05-15 | 100 | green |
| 2024-02-02 | 社会事务办 | 二 | 09-30 | at_risk | 10 | yellow (behind) |
| 2024-02-03 | 社会事务办 | 二 | 12-31 | not_started | 0 | yellow (June missing) |
| 2024-03-01 | 农业农村办 | 三 | 05-31 | delayed | 30 | red (40 days overdue) |
| 2024-03-02 | 农业农村办 | 三 | 04-30 | completed 04-20 | 100 | green |
| 2024-03-03 | 农业农村办 | 三 | 12-31 | cancelled | 0 | — |

Reports (first of their period count; due = the 25th of the period's month):
经济发展办 4 (2 on time; late 3 and 1 days), 社会事务办 2 (1 on time; late 7),
农业农村办 2 (1 on time; late 6); plus a correction (ignored) and a report
filed after TODAY (left out).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone

from commitments.choices import Role, Status
from commitments.models import Commitment, Department, Plan, ProgressReport
from commitments.services import first_reports
from tests import factories

TODAY = datetime.date(2024, 7, 10)


@dataclass
class Seed:
    plan: Plan
    other_plan: Plan
    economy: Department
    social: Department
    farming: Department
    items: dict[str, Commitment]
    supervisor: object
    social_supervisor: object
    admin: object
    staff: object


def at(day: datetime.date, hour: int = 10) -> datetime.datetime:
    """A moment on ``day`` in the town's time zone."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def file_report(
    item: Commitment,
    department: Department,
    by,
    *,
    period: str,
    filed: datetime.date,
    percent: int,
    status: str = Status.ON_TRACK,
    narrative: str = "",
) -> ProgressReport:
    """File a report as if on ``filed`` (at 10:00 that day, its ``created_at``)."""
    report = ProgressReport.objects.create(
        commitment=item,
        department=department,
        filed_by=by,
        is_lead=department.pk == item.lead_owner_id,
        status=status,
        percent=percent,
        narrative=narrative or f"{period}进展",
        as_of=filed,
        period=period,
        created_at=at(filed),
    )
    first_reports.count(report, item.plan_id)  # as the filing service does
    if report.is_lead:
        Commitment.objects.filter(pk=item.pk).update(last_report_on=filed, last_report_at=at(filed))
    return report


def seed_plan() -> Seed:
    economy = factories.department("经济发展办")
    social = factories.department("社会事务办")
    farming = factories.department("农业农村办")
    plan = factories.plan(2024, title="2024年工作安排")
    s1 = factories.section(plan, 1, "狠抓招商引资,积蓄发展动能")
    s2 = factories.section(plan, 2, "保障改善民生,增进百姓福祉")
    s3 = factories.section(plan, 3, "推进乡村振兴,建设和美乡村")

    def item(
        code,
        owner,
        section,
        deadline,
        *,
        original=None,
        status=Status.ON_TRACK,
        percent=0,
        completed=None,
        co_owners=(),
        title=None,
    ):
        number = int(code[-2:])
        c = factories.commitment(
            owner,
            section,
            deadline=deadline,
            co_owners=list(co_owners),
            code=code,
            number=number,
            title=title or f"事项{code}",
            status=status,
            percent=percent,
            completed_at=at(completed) if completed else None,
        )
        if original:
            Commitment.objects.filter(pk=c.pk).update(original_deadline=original)
        return c

    d = datetime.date
    items = {
        "c1": item(
            "2024-01-01", economy, s1, d(2024, 6, 30), percent=60, title="新建5兆瓦光伏电站一处"
        ),
        "c2": item(
            "2024-01-02",
            economy,
            s1,
            d(2024, 12, 31),
            percent=60,
            co_owners=[social],
            title="招引亿元项目3个",
        ),
        "c3": item(
            "2024-02-01",
            economy,
            s2,
            d(2024, 5, 31),
            original=d(2024, 3, 31),
            status=Status.COMPLETED,
            percent=100,
            completed=d(2024, 5, 15),
            title="改造农贸市场",
        ),
        "c4": item(
            "2024-02-02",
            social,
            s2,
            d(2024, 9, 30),
            status=Status.AT_RISK,
            percent=10,
            title="城乡医保参保率达到90%以上",
        ),
        "c5": item(
            "2024-02-03",
            social,
            s2,
            d(2024, 12, 31),
            status=Status.NOT_STARTED,
            title="新建养老服务站2个",
        ),
        "c6": item(
            "2024-03-01",
            farming,
            s3,
            d(2024, 5, 31),
            status=Status.DELAYED,
            percent=30,
            title="完成高标准农田两千五百亩",
        ),
        "c7": item(
            "2024-03-02",
            farming,
            s3,
            d(2024, 4, 30),
            status=Status.COMPLETED,
            percent=100,
            completed=d(2024, 4, 20),
            title="清理沟渠",
        ),
        "c8": item(
            "2024-03-03",
            farming,
            s3,
            d(2024, 12, 31),
            status=Status.CANCELLED,
            title="建设游客中心",
        ),
    }
    other_plan = factories.plan(2023, title="2023年工作安排")
    factories.commitment(
        economy,
        factories.section(other_plan, 1, "旧板块"),
        deadline=d(2023, 12, 31),
        code="2023-01-01",
        number=1,
        status=Status.ON_TRACK,
    )

    e_staff = factories.user("jingji", dept=economy)
    s_staff = factories.user("shehui", dept=social)
    f_staff = factories.user("nongye", dept=farming)
    c = items
    file_report(c["c1"], economy, e_staff, period="2024-05", filed=d(2024, 5, 20), percent=40)
    file_report(
        c["c1"],
        economy,
        e_staff,
        period="2024-06",
        filed=d(2024, 6, 28),
        percent=60,
        narrative="光伏电站设备到场",
    )
    file_report(c["c2"], economy, e_staff, period="2024-06", filed=d(2024, 6, 20), percent=55)
    file_report(c["c2"], social, s_staff, period="2024-06", filed=d(2024, 6, 25), percent=50)
    file_report(c["c2"], economy, e_staff, period="2024-06", filed=d(2024, 7, 5), percent=60)
    file_report(c["c3"], economy, e_staff, period="2024-04", filed=d(2024, 4, 26), percent=80)
    file_report(
        c["c4"],
        social,
        s_staff,
        period="2024-06",
        filed=d(2024, 7, 2),
        percent=10,
        status=Status.AT_RISK,
    )
    file_report(
        c["c6"],
        farming,
        f_staff,
        period="2024-05",
        filed=d(2024, 5, 31),
        percent=30,
        status=Status.DELAYED,
        narrative="土地流转未完成",
    )
    file_report(c["c7"], farming, f_staff, period="2024-04", filed=d(2024, 4, 18), percent=100)
    file_report(
        c["c6"],
        farming,
        f_staff,
        period="2024-07",
        filed=d(2024, 7, 12),
        percent=35,
        status=Status.DELAYED,
        narrative="报送于统计日之后",
    )
    return Seed(
        plan=plan,
        other_plan=other_plan,
        economy=economy,
        social=social,
        farming=farming,
        items=items,
        supervisor=factories.user("duban", role=Role.SUPERVISOR),
        social_supervisor=factories.user("fenguan", role=Role.SUPERVISOR, supervises=[social]),
        admin=factories.user("guanli", role=Role.ADMIN),
        staff=s_staff,
    )
