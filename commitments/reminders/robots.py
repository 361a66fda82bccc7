"""WeCom (企业微信) and DingTalk (钉钉) group robots: render, sign, post, classify.

Both take an HTTPS POST of JSON (``msgtype`` markdown) and answer HTTP 200
with ``{"errcode": 0, "errmsg": "ok"}``, or another errcode on failure.
The message is the same context an e-mail renders, in markdown, shorter
(a phone screen): counts first, the worst items per section with their
light's reason, a link to the workspace. It is cut to the platform's size
limit (WeCom markdown: 4096 bytes; DingTalk: 20000) with a link to the full
list.

Errors: timeouts, refused connections, HTTP 5xx and the rate-limit codes are
transient (retried later); a bad key, a signature or keyword mismatch, a
malformed message are permanent (failed and shown).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext

from commitments.choices import NotificationChannel
from commitments.naming import code_label
from commitments.reminders.emails import by_department, language, listed_above

WECOM, DINGTALK = NotificationChannel.WECOM, NotificationChannel.DINGTALK
#: Content size limits in UTF-8 bytes, as the platforms document them.
MAX_BYTES = {WECOM: 4096, DINGTALK: 20000}
#: Items listed per section in a robot message (an e-mail lists more).
ROBOT_ITEMS = 3
#: errcodes worth retrying: system busy, rate limits.
TRANSIENT_CODES = {
    WECOM: {-1, 45009, 45033},
    DINGTALK: {-1, 130101, 130102, 410100},
}


class RobotError(Exception):
    """A post the robot did not accept; ``transient`` says whether to retry."""

    def __init__(self, message: str, transient: bool) -> None:
        super().__init__(message)
        self.transient = transient


def validate_webhook(platform: str, url: str) -> None:
    """An http(s) URL (or an ``env:NAME`` reference)."""
    if url.startswith("env:"):
        return
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ValidationError(gettext("Webhook 地址应以 https:// 开头"))


def sign_url(url: str, secret: str, now_ms: int | None = None) -> str:
    """DingTalk's signature: ``timestamp`` (ms) and
    ``sign = base64(HMAC-SHA256(secret, f"{timestamp}\\n{secret}"))`` in the query."""
    timestamp = str(now_ms if now_ms is not None else int(time.time() * 1000))
    digest = hmac.new(secret.encode(), f"{timestamp}\n{secret}".encode(), hashlib.sha256).digest()
    sign = urllib.parse.quote_plus(base64.b64encode(digest))
    joiner = "&" if urllib.parse.urlsplit(url).query else "?"
    return f"{url}{joiner}timestamp={timestamp}&sign={sign}"


def fit(text: str, limit: int, tail: str) -> str:
    """``text`` cut at a line boundary so that it plus ``tail`` fits ``limit`` bytes."""
    if len(text.encode()) <= limit:
        return text
    budget = limit - len(tail.encode()) - 1
    kept: list[str] = []
    used = 0
    for line in text.split("\n"):
        size = len(line.encode()) + 1
        if used + size > budget:
            break
        kept.append(line)
        used += size
    return "\n".join(kept) + "\n" + tail


#: What robot markdown reads as marks (links, emphasis, headings, quotes, code, the
#: ``<@userid>`` mentions), as the full-width look-alikes a Chinese reader sees as the same.
_MARKS = str.maketrans(
    {
        "[": "［",
        "]": "］",
        "(": "（",
        ")": "）",
        "*": "＊",
        "_": "＿",
        "#": "＃",
        ">": "＞",
        "<": "＜",
        "`": "｀",
        "~": "～",
        "\\": "＼",
        "\n": " ",
        "\r": " ",
    }
)


def literal(text: str) -> str:
    """Text a person typed (a supervisor's 督办意见), shown as itself in robot markdown:
    no link, mention, heading or emphasis of its own, on one line."""
    return text.translate(_MARKS)


def render_markdown(context: Mapping, title: str, platform: str, items: int = ROBOT_ITEMS) -> str:
    """The message as robot markdown, within the platform's size limit, in the
    language of e-mails (the labels frozen into its context are)."""
    if context.get("notice"):  # a supervisor's 督办通知 (``notices``), not a reminder
        from commitments.reminders import notices

        with language():
            cut = gettext("……内容过长，[打开事项页面查看](%(url)s)") % {"url": context["url"]}
        return fit(notices.markdown(context, title), MAX_BYTES[platform], cut)
    with language():
        return _markdown(context, title, platform, items)


def _markdown(context: Mapping, title: str, platform: str, items: int) -> str:
    lines = [f"### {title}", gettext("**%(summary)s**") % {"summary": context["summary"]}]
    shown_before = 0
    for section in context["sections"]:
        lines.append("")
        lines.append(
            gettext("**%(label)s**：%(count)d项")
            % {"label": section["label"], "count": section["count"]}
        )
        # The items an earlier section lists are not repeated (``messages.LISTED_ABOVE``);
        # of those, this message shows only the first ``items``.
        above = min(int(section.get("above", 0)), shown_before)
        for remark in (by_department(section), listed_above(section, above)):
            if remark:
                lines.append(remark)
        shown = section["items"][:items]
        for item in shown:
            code = code_label(item["code"], plan=item.get("plan", ""))
            lines.append(
                f"> [{code} {item['title']}]({item['url']}){item['owner_note']}{item['line']}"
            )
        shown_before += len(shown)
        hidden = section["count"] - above - len(shown)
        if hidden > 0:
            lines.append(gettext("> ……另有%(more)d项") % {"more": hidden})
    link = gettext("[在工作台查看全部](%(url)s)") % {"url": context["workspace_url"]}
    lines += ["", link]
    cut = gettext("……内容过长，[在工作台查看全部](%(url)s)") % {"url": context["workspace_url"]}
    return fit("\n".join(lines), MAX_BYTES[platform], cut)


def payload(platform: str, title: str, content: str) -> dict[str, object]:
    if platform == DINGTALK:
        return {"msgtype": "markdown", "markdown": {"title": title, "text": content}}
    return {"msgtype": "markdown", "markdown": {"content": content}}


@dataclass(frozen=True)
class Target:
    platform: str
    url: str
    secret: str = ""


def post(target: Target, body: Mapping[str, object], timeout: float | None = None) -> None:
    """POST the message; return on errcode 0, raise ``RobotError`` otherwise."""
    url = target.url
    if target.platform == DINGTALK and target.secret:
        url = sign_url(url, target.secret)
    request = urllib.request.Request(
        url,
        data=json.dumps(body, ensure_ascii=False).encode(),
        headers={"Content-Type": "application/json; charset=utf-8"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout or settings.ROBOT_TIMEOUT) as response:
            raw = response.read(65536)
    except urllib.error.HTTPError as exc:
        transient = exc.code >= 500 or exc.code == 429
        raise RobotError(f"HTTP {exc.code} {exc.reason}", transient) from exc
    except (urllib.error.URLError, OSError) as exc:  # refused, reset, timed out, DNS
        reason = getattr(exc, "reason", exc)
        raise RobotError(f"{type(reason).__name__}: {reason}", transient=True) from exc
    try:
        answer = json.loads(raw.decode() or "{}")
        code = int(answer.get("errcode", -1))
    except (ValueError, AttributeError, TypeError) as exc:
        raise RobotError(gettext("机器人返回了无法识别的内容"), transient=True) from exc
    if code != 0:
        message = f"errcode {code}: {answer.get('errmsg', '')}"[:500]
        raise RobotError(message, code in TRANSIENT_CODES[target.platform])
