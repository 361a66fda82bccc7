"""A real SMTP server on loopback (aiosmtpd) that records what it receives and
can be told to misbehave: answer 451 for a while, refuse a recipient with
550, be slow (to kill a sender mid-conversation), or be down altogether."""

from __future__ import annotations

import asyncio
import email
import email.policy
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email.message import EmailMessage

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Received:
    message: EmailMessage
    envelope_to: list[str]
    at: float

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"]).strip()

    @property
    def subject(self) -> str:
        return str(self.message["Subject"]).strip()

    def part(self, content_type: str) -> str:
        for part in self.message.walk():
            if part.get_content_type() == content_type:
                return part.get_content()
        raise KeyError(content_type)


@dataclass
class Handler:
    received: list[Received] = field(default_factory=list)
    refused: Counter = field(default_factory=Counter)  # reply code → count
    temp_fail_until: float = 0.0  # answer 451 to DATA until this monotonic time
    temp_fail_pending: float = 0.0  # seconds of 451s that start at the next DATA
    reject: set[str] = field(default_factory=set)  # recipients refused with 550
    delay: float = 0.0  # seconds to sit on each accepted message before answering
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server, session, envelope) -> str:
        rcpts = [r.lower() for r in envelope.rcpt_tos]
        if any(r in self.reject for r in rcpts):
            with self.lock:
                self.refused[550] += 1
            return "550 5.1.1 mailbox unavailable"
        if self.temp_fail_pending:
            self.temp_fail_until = time.monotonic() + self.temp_fail_pending
            self.temp_fail_pending = 0.0
        if time.monotonic() < self.temp_fail_until:
            with self.lock:
                self.refused[451] += 1
            return "451 4.3.0 try again later"
        message = email.message_from_bytes(
            envelope.original_content or envelope.content, policy=email.policy.default
        )
        with self.lock:
            self.received.append(Received(message, rcpts, time.monotonic()))
        if self.delay:
            # The message is recorded before we answer: a client killed now
            # has delivered it without knowing (an "in-flight" message).
            await asyncio.sleep(self.delay)
        return "250 2.0.0 OK"


class SmtpServer:
    """``start()``/``stop()`` on a fixed loopback port; ``reset()`` between tests."""

    def __init__(self) -> None:
        self.port = free_port()
        self.handler = Handler()
        self._controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> None:
        if self._controller is None:
            self._controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
            self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def reset(self) -> None:
        with self.handler.lock:
            self.handler.received.clear()
            self.handler.refused.clear()
        self.handler.temp_fail_until = 0.0
        self.handler.temp_fail_pending = 0.0
        self.handler.reject = set()
        self.handler.delay = 0.0

    def fail_temporarily_for(self, seconds: float) -> None:
        """Answer 451 for ``seconds`` from the next message on: timed from the
        first attempt, not from now, so a slow worker start (a loaded machine)
        cannot let the outage pass unseen."""
        self.handler.temp_fail_pending = seconds

    @property
    def messages(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.received)

    def message_ids(self) -> Counter:
        return Counter(m.message_id for m in self.messages)

    def wait_for(self, count: int, timeout: float = 30.0) -> list[Received]:
        """Wait until at least ``count`` messages arrived, then a little longer
        so that unexpected extra ones have a chance to show up."""
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.messages
