"""Group robots on loopback that behave as WeCom and DingTalk document them.

One HTTP server answers both platforms' webhook paths:

* WeCom ``POST /cgi-bin/webhook/send?key=KEY``; DingTalk
  ``POST /robot/send?access_token=TOKEN[&timestamp=MS&sign=SIGN]``;
* JSON body ``{"msgtype": "markdown", "markdown": {...}}``; every answer is
  HTTP 200 with ``{"errcode": 0, "errmsg": "ok"}`` or an error code:
  an unknown key (WeCom 93000, DingTalk 300001), a content over the size
  limit (WeCom 40058 over 4096 bytes, DingTalk 460101 over 20000), a
  DingTalk signature that does not match or a missing keyword (310000),
  more than ``limit`` posts in ``window`` seconds (WeCom 45009, DingTalk 130101);
* ``delay`` makes it answer slowly.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
import urllib.parse
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Post:
    platform: str
    key: str
    body: dict
    at: float

    @property
    def content(self) -> str:
        markdown = self.body.get("markdown", {})
        return markdown.get("content") or markdown.get("text") or ""


@dataclass
class Robot:
    platform: str
    key: str
    secret: str = ""
    keywords: tuple[str, ...] = ()


@dataclass
class RobotServer:
    limit: int = 20
    window: float = 60.0
    delay: float = 0.0
    robots: dict[str, Robot] = field(default_factory=dict)
    posts: list[Post] = field(default_factory=list)
    answers: list[tuple[str, int]] = field(default_factory=list)  # (key, errcode)
    _recent: dict[str, deque] = field(default_factory=lambda: defaultdict(deque))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> RobotServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                code, message = server.handle(self.path, raw)
                if server.delay:
                    time.sleep(server.delay)
                data = json.dumps({"errcode": code, "errmsg": message}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def wecom(self, key: str) -> str:
        self.robots[key] = Robot("wecom", key)
        return f"{self.base}/cgi-bin/webhook/send?key={key}"

    def dingtalk(self, token: str, secret: str = "", keywords: tuple[str, ...] = ()) -> str:
        self.robots[token] = Robot("dingtalk", token, secret, keywords)
        return f"{self.base}/robot/send?access_token={token}"

    def received(self, key: str) -> list[Post]:
        with self._lock:
            return [p for p in self.posts if p.key == key]

    def handle(self, path: str, raw: bytes) -> tuple[int, str]:
        url = urllib.parse.urlsplit(path)
        query = dict(urllib.parse.parse_qsl(url.query))
        platform = "wecom" if url.path == "/cgi-bin/webhook/send" else "dingtalk"
        key = query.get("key" if platform == "wecom" else "access_token", "")
        with self._lock:
            code, message = self._check(platform, key, query, raw)
            self.answers.append((key, code))
            return code, message

    def _check(self, platform: str, key: str, query: dict, raw: bytes) -> tuple[int, str]:
        robot = self.robots.get(key)
        if robot is None or robot.platform != platform:
            return (93000, "invalid webhook url") if platform == "wecom" else (
                300001, "token is not exist"
            )  # fmt: skip
        try:
            body = json.loads(raw.decode())
            content = body["markdown"]["content" if platform == "wecom" else "text"]
        except (ValueError, KeyError, TypeError):
            return (40008, "invalid message type") if platform == "wecom" else (
                400105, "不支持的消息类型"
            )  # fmt: skip
        if robot.secret:
            timestamp = query.get("timestamp", "0")
            expected = base64.b64encode(
                hmac.new(
                    robot.secret.encode(), f"{timestamp}\n{robot.secret}".encode(), hashlib.sha256
                ).digest()
            ).decode()
            fresh = abs(time.time() * 1000 - int(timestamp)) < 3600_000
            if not fresh or query.get("sign") != expected:
                return 310000, "sign not match"
        if robot.keywords and not any(word in content for word in robot.keywords):
            return 310000, "keywords not in content"
        size = len(content.encode())
        if platform == "wecom" and size > 4096:
            return 40058, "markdown.content exceed max length 4096"
        if platform == "dingtalk" and size > 20000:
            return 460101, "message too long"
        recent = self._recent[key]
        now = time.monotonic()
        while recent and now - recent[0] > self.window:
            recent.popleft()
        if len(recent) >= self.limit:
            return (45009, "api freq out of limit") if platform == "wecom" else (
                130101, "send too fast, exceed 20 times per minute"
            )  # fmt: skip
        recent.append(now)
        self.posts.append(Post(platform, key, body, time.time()))
        return 0, "ok"
