"""The reminder town with group robots: A on WeCom, B on a signed DingTalk robot
with a keyword check, the mayor on WeCom."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management import call_command

from tests.reminders import scenario
from tests.support.robots import RobotServer

A_KEY, B_TOKEN, B_SECRET, MAYOR_KEY = "a-key-0001", "b-token-0002", "SECb0b0b0b0", "mayor-key-3"


def with_robots(server: RobotServer) -> scenario.Town:
    town = scenario.build_town()
    call_command("set_channel", town.a.name, "--wecom", server.wecom(A_KEY))
    url = server.dingtalk(B_TOKEN, secret=B_SECRET, keywords=("督办",))
    call_command("set_channel", town.b.name, "--dingtalk", url, "--secret", B_SECRET)
    mayor = get_user_model().objects.get(email=scenario.MAYOR)
    call_command("set_channel", mayor.username, "--wecom", server.wecom(MAYOR_KEY))
    return town
