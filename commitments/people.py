"""How a person is named to a reader: the one home of that rule.

A user is named by their full name (``张三``), else by their user name (``supervisor``,
an account set up without a name); ``""`` for nobody. Pages (the history's 操作人, a
refusal's 驳回人, a report's 报送人, the top bar), the admin's event pages, the merge
job's page and the 督办通知's e-mails and robot messages all name people through
``person_name`` (templates: the ``person`` filter of ``workspace_tags``). The API keeps
``username`` fields: a script matches accounts by their user name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.contrib.auth import get_user_model


def person_name(user: Any) -> str:
    """``user``'s full name, else their user name; ``""`` for ``None``."""
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def names_by_username(usernames: Iterable[str]) -> dict[str, str]:
    """``{username: person_name}`` of the accounts among ``usernames`` (one query), for
    a history that stored a user name (签收人): a name no account has any more is left
    out (the caller shows it as stored)."""
    wanted = {name for name in usernames if isinstance(name, str) and name}
    if not wanted:
        return {}
    users = get_user_model().objects.filter(username__in=wanted)
    return {user.get_username(): person_name(user) for user in users}
