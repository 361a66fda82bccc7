"""``python bench/smtp_sink.py PORT``: a loopback SMTP server in a process of its own,
until SIGTERM; prints how many messages (and bytes) it received.

A real SMTP server (aiosmtpd: the whole conversation, DATA read and dot-unstuffed)
whose handler only counts. The tests' server (``tests.support.smtp``) parses every
message into an ``EmailMessage`` to let tests look inside; on this 2-core box that
parsing was the ceiling of both the worker's rate and the smtplib floor (~260/s on
a quiet box), so it measured the sink, not the sender. The floor and the worker
send to the same sink, so their ratio compares like with like.
"""

from __future__ import annotations

import signal
import sys
import threading

from aiosmtpd.controller import Controller


class Counter:
    def __init__(self) -> None:
        self.messages = 0
        self.octets = 0

    async def handle_DATA(self, server, session, envelope) -> str:
        self.messages += 1
        self.octets += len(envelope.original_content or envelope.content or b"")
        return "250 2.0.0 OK"


def main(port: int) -> None:
    counter = Counter()
    controller = Controller(counter, hostname="127.0.0.1", port=port)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    controller.start()
    print(f"listening on 127.0.0.1:{port}", flush=True)
    stop.wait()
    print(f"received {counter.messages} ({counter.octets:,} octets)", flush=True)
    controller.stop()


if __name__ == "__main__":
    main(int(sys.argv[1]))
