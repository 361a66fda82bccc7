"""Robots with real parts: Celery workers on Redis, the loopback robot server,
the loopback SMTP server, the test database shared between them."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator

import pytest

from commitments.choices import NotificationChannel as Channel
from commitments.models import Notification
from tests.reminders.conftest import settled, wait_until
from tests.reminders.robots_town import A_KEY, B_TOKEN, MAYOR_KEY, with_robots
from tests.reminders.scenario import EXPECTED, MONDAY_9_30
from tests.support.robots import RobotServer

pytestmark = [pytest.mark.celery, pytest.mark.smtp, pytest.mark.slow]
ROBOTS = 3


@pytest.fixture
def server() -> Iterator[RobotServer]:
    robot_server = RobotServer().start()
    yield robot_server
    robot_server.stop()


def test_a_doubled_sweep_on_two_workers_posts_nothing_twice(workers, smtp, server):
    with_robots(server)
    workers.start("w1", pool="prefork", concurrency=3)
    workers.start("w2", pool="prefork", concurrency=3)
    for _ in range(10):
        workers.sweep(MONDAY_9_30)
    total = len(EXPECTED) + ROBOTS
    assert wait_until(lambda: settled(total), timeout=40), workers.logs()
    time.sleep(1)  # room for a duplicate to show up
    assert Counter(p.key for p in server.posts) == {A_KEY: 1, B_TOKEN: 1, MAYOR_KEY: 1}
    assert len(smtp.messages) == len(EXPECTED)
    assert {n.channel for n in Notification.objects.all()} == set(Channel.values)


def test_a_rate_limited_robot_gets_the_rest_later_not_never(workers, smtp, server):
    with_robots(server)
    server.limit, server.window = 1, 2.0  # the robot refuses a second post within 2 s
    workers.start()
    days = ["2024-07-22", "2024-07-23", "2024-07-24", "2024-07-25"]
    for day in days:
        workers.sweep(f"{day}T09:30:00+08:00")
    mayors = Notification.objects.filter(robot__user__isnull=False)
    assert wait_until(lambda: mayors.count() == len(days) and settled(), timeout=60), workers.logs()
    assert len(server.received(MAYOR_KEY)) == len(days)
    refused = [key for key, code in server.answers if code == 45009]
    assert refused, "the robot's limit was never hit"
    posted = Counter(p.key for p in server.posts)
    rows = Counter(
        n.robot.department_id or n.robot.user_id
        for n in Notification.objects.exclude(channel=Channel.EMAIL).select_related("robot")
    )
    assert sum(posted.values()) == sum(rows.values())  # every robot message arrived once
    assert posted[MAYOR_KEY] == len(days)
